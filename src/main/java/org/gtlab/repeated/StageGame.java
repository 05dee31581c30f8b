package org.gtlab.repeated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.gtlab.game.NormalFormGame;

/**
 * A two-player stage game with {@code n} options for player 1 (rows) and {@code m} for player 2
 * (columns): payoffs {@code u1[r][c]}, {@code u2[r][c]} (doubles; integer games are stored exactly),
 * option labels per player, and optional library information (number, name, family, 12×12 grid cell)
 * for the Robinson–Goforth ordinal games.
 *
 * <p>Conventions: option 0 of each player is "cooperate" (J) for the binary strategies of the library,
 * and the last option is "defect" (F); in a 2×2 game these are the two options.
 *
 * @throws IllegalArgumentException (constructor) for empty, ragged or non-finite payoff tables
 */
public final class StageGame {

    /** Library information of an ordinal game (number 1–144, name, family, grid row and column 1–12). */
    public record Info(int number, String name, String family, int gridRow, int gridCol) {
    }

    private final double[][] u1;
    private final double[][] u2;
    private final List<String> labels1;
    private final List<String> labels2;
    private final String title;
    private final Info info;

    public StageGame(String title, double[][] u1, double[][] u2, List<String> labels1, List<String> labels2,
                     Info info) {
        int n = u1.length;
        if (n == 0 || u1[0].length == 0) {
            throw new IllegalArgumentException("stage game: payoff table is empty");
        }
        int m = u1[0].length;
        if (u2.length != n) {
            throw new IllegalArgumentException("stage game: player 2's table has " + u2.length + " rows, expected " + n);
        }
        for (int r = 0; r < n; r++) {
            if (u1[r].length != m || u2[r].length != m) {
                throw new IllegalArgumentException("stage game: row " + (r + 1) + " has the wrong number of columns");
            }
            for (int c = 0; c < m; c++) {
                if (!Double.isFinite(u1[r][c]) || !Double.isFinite(u2[r][c])) {
                    throw new IllegalArgumentException("stage game: payoff at row " + (r + 1) + ", column " + (c + 1)
                            + " is not finite");
                }
            }
        }
        this.u1 = deepCopy(u1);
        this.u2 = deepCopy(u2);
        this.labels1 = List.copyOf(labels1 == null ? defaultLabels(n) : labels1);
        this.labels2 = List.copyOf(labels2 == null ? defaultLabels(m) : labels2);
        if (this.labels1.size() != n || this.labels2.size() != m) {
            throw new IllegalArgumentException("stage game: option labels do not match the table size " + n + "×" + m);
        }
        this.title = title == null ? "" : title;
        this.info = info;
    }

    /** A stage game with default labels (1, 2, …) and no library information. */
    public static StageGame of(String title, double[][] u1, double[][] u2) {
        return new StageGame(title, u1, u2, null, null, null);
    }

    /** A 2×2 game with option labels J, F from integer cells r1c1, r1c2, r2c1, r2c2 as (p1, p2). */
    public static StageGame twoByTwo(String title, int[] cells, Info info) {
        if (cells.length != 8) {
            throw new IllegalArgumentException("stage game: a 2×2 game needs 8 payoffs, got " + cells.length);
        }
        double[][] a = {{cells[0], cells[2]}, {cells[4], cells[6]}};
        double[][] b = {{cells[1], cells[3]}, {cells[5], cells[7]}};
        return new StageGame(title, a, b, List.of("J", "F"), List.of("J", "F"), info);
    }

    /**
     * The stage game of a two-player normal-form game (from the editor, a file or the catalog).
     *
     * @throws IllegalArgumentException if the game does not have exactly two players
     */
    public static StageGame from(NormalFormGame g) {
        if (g.numPlayers() != 2) {
            throw new IllegalArgumentException("stage game: a repeated game needs a two-player stage game, got "
                    + g.numPlayers() + " players");
        }
        int n = g.numStrategies(0);
        int m = g.numStrategies(1);
        double[][] a = new double[n][m];
        double[][] b = new double[n][m];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < m; c++) {
                a[r][c] = g.payoffDouble(0, r, c);
                b[r][c] = g.payoffDouble(1, r, c);
            }
        }
        return new StageGame(g.title(), a, b, g.strategyLabels(0), g.strategyLabels(1), null);
    }

    /** The same game as a normal-form game (for solvers and the editor). */
    public NormalFormGame toNormalForm() {
        return NormalFormGame.bimatrix(u1, u2).withTitle(title).withStrategyLabels(List.of(labels1, labels2));
    }

    /** The same payoffs with other option labels (labels never change a result: agents act on indices). */
    public StageGame withLabels(List<String> l1, List<String> l2) {
        return new StageGame(title, u1, u2, l1, l2, info);
    }

    private static List<String> defaultLabels(int k) {
        List<String> l = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            l.add(Integer.toString(i));
        }
        return l;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    public int rows() {
        return u1.length;
    }

    public int cols() {
        return u1[0].length;
    }

    /** Player 1's payoff at (row, column). */
    public double u1(int r, int c) {
        return u1[r][c];
    }

    /** Player 2's payoff at (row, column). */
    public double u2(int r, int c) {
        return u2[r][c];
    }

    public double[][] payoffs1() {
        return deepCopy(u1);
    }

    public double[][] payoffs2() {
        return deepCopy(u2);
    }

    public List<String> labels1() {
        return labels1;
    }

    public List<String> labels2() {
        return labels2;
    }

    public String title() {
        return title;
    }

    /** Library information, or null. */
    public Info info() {
        return info;
    }

    /** Seat 1's (row player's) or seat 2's view, see {@link PlayerView}. */
    public PlayerView view(int seat) {
        return new PlayerView(this, seat, false);
    }

    /**
     * Pure Nash equilibria as (row, column) cells: neither player gains by deviating alone (weak
     * inequalities), in row-major order.
     */
    public List<int[]> pureEquilibria() {
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                boolean ok = true;
                for (int r2 = 0; r2 < rows() && ok; r2++) {
                    ok = u1[r2][c] <= u1[r][c];
                }
                for (int c2 = 0; c2 < cols() && ok; c2++) {
                    ok = u2[r][c2] <= u2[r][c];
                }
                if (ok) {
                    out.add(new int[] {r, c});
                }
            }
        }
        return out;
    }

    /** Pareto cells: no other cell gives both players at least as much and one strictly more. */
    public List<int[]> paretoSet() {
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                boolean dominated = false;
                for (int r2 = 0; r2 < rows() && !dominated; r2++) {
                    for (int c2 = 0; c2 < cols() && !dominated; c2++) {
                        double a = u1[r2][c2];
                        double b = u2[r2][c2];
                        dominated = a >= u1[r][c] && b >= u2[r][c] && (a > u1[r][c] || b > u2[r][c]);
                    }
                }
                if (!dominated) {
                    out.add(new int[] {r, c});
                }
            }
        }
        return out;
    }

    /** "r1c1"-style names of cells (1-based), for tables and tests. */
    public static List<String> cellNames(List<int[]> cells) {
        List<String> l = new ArrayList<>();
        for (int[] rc : cells) {
            l.add("r" + (rc[0] + 1) + "c" + (rc[1] + 1));
        }
        return l;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageGame s && Arrays.deepEquals(u1, s.u1) && Arrays.deepEquals(u2, s.u2)
                && labels1.equals(s.labels1) && labels2.equals(s.labels2) && Objects.equals(info, s.info);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(u1) * 31 + Arrays.deepHashCode(u2);
    }

    @Override
    public String toString() {
        return (title.isEmpty() ? "stage game" : title) + " " + rows() + "×" + cols();
    }
}
