package org.gtlab.figure;

import java.util.List;
import java.util.Locale;

import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.model.TableSnapshot;
import org.gtlab.game.TeamGame;

/**
 * The read-only joint-action payoff matrix of a team game for inspection: rows are team A's joint
 * actions, columns team B's, in lexicographic order (agent 0 most significant, spec fxp-psro.md
 * §1.4), each cell U(a, b), the payoff to team A (team B receives −U). A {@link PayoffTable} read
 * lazily, so that the view draws only the visible cells and no dense matrix is built; games with
 * more than {@link #MAX_JOINT_ACTIONS} joint actions per team are refused with a message instead.
 */
public final class JointMatrix implements PayoffTable {

    /** Largest number of joint actions per team shown (a 1024 × 1024 table). */
    public static final int MAX_JOINT_ACTIONS = 1024;

    /** Largest table written to an export (a page of 64 × 64 cells). */
    public static final int MAX_EXPORT_JOINT_ACTIONS = 64;

    private final TeamGame game;
    private final int n;
    private final String[] labels;

    private JointMatrix(TeamGame game) {
        this.game = game;
        this.n = (int) game.jointActionCount();
        this.labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = game.jointActionLabel(game.jointAction(i));
        }
    }

    /**
     * The matrix of {@code game}.
     *
     * @throws IllegalArgumentException if the game has more than {@link #MAX_JOINT_ACTIONS} joint
     *         actions per team, with the size and what to do instead
     */
    public static JointMatrix of(TeamGame game) {
        String problem = tooLarge(game);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new JointMatrix(game);
    }

    /** Why the matrix of {@code game} is not shown, or null if it is. */
    public static String tooLarge(TeamGame game) {
        long k = game.jointActionCount();
        if (k <= MAX_JOINT_ACTIONS) {
            return null;
        }
        String size = k == Long.MAX_VALUE ? "more than 9.2e18"
                : String.format(Locale.ROOT, "%,d", k);
        String cells = k > 3_037_000_499L ? "more than 9.2e18"
                : String.format(Locale.ROOT, "%,d", k * k);
        return "The joint-action matrix of " + game.description() + " is too large to show: each team has "
                + game.actionsPerAgent() + "^" + game.agentsPerTeam() + " = " + size + " joint actions, so the matrix has "
                + cells + " entries. The table shows games with at most " + String.format(Locale.ROOT, "%,d",
                        MAX_JOINT_ACTIONS) + " joint actions per team; choose fewer agents or actions to inspect it. "
                + "The Lab does not need the matrix: it evaluates policies through the game's sufficient statistics.";
    }

    public TeamGame game() {
        return game;
    }

    @Override
    public String title() {
        return "Joint-action payoffs: " + game.description();
    }

    @Override
    public String caption() {
        return "Payoff U(a, b) to team A (rows); team B (columns) receives −U. Joint actions in lexicographic order, "
                + "agent 1 first.";
    }

    @Override
    public int players() {
        return 1;
    }

    @Override
    public String rowPlayer() {
        return "Team A";
    }

    @Override
    public String columnPlayer() {
        return "Team B";
    }

    @Override
    public int rows() {
        return n;
    }

    @Override
    public int columns() {
        return n;
    }

    @Override
    public String rowLabel(int i) {
        return labels[i];
    }

    @Override
    public String columnLabel(int j) {
        return labels[j];
    }

    /** U(a_i, b_j). */
    public double value(int i, int j) {
        return game.payoff(game.jointAction(i), game.jointAction(j));
    }

    @Override
    public Cell cell(int i, int j) {
        return new Cell(List.of(format(value(i, j))), null, null, false);
    }

    @Override
    public LineState rowState(int i) {
        return LineState.NORMAL;
    }

    @Override
    public LineState columnState(int j) {
        return LineState.NORMAL;
    }

    /** A payoff as shown: integers plain, otherwise up to 6 significant digits ("0.1", "-1.5", "7.2622"). */
    public static String format(double v) {
        if (v == 0) {
            return "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * An immutable copy for export.
     *
     * @throws IllegalArgumentException above {@link #MAX_EXPORT_JOINT_ACTIONS} joint actions
     */
    public TableSnapshot snapshot() {
        if (n > MAX_EXPORT_JOINT_ACTIONS) {
            throw new IllegalArgumentException("the joint-action table has " + n + " rows; exports take at most "
                    + MAX_EXPORT_JOINT_ACTIONS);
        }
        return TableSnapshot.copyOf(this);
    }
}
