package org.gtlab.game;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A symmetric team zero-sum game given by its dense joint-action matrix U[a][b] (rows: team-A joint
 * actions in lexicographic order), which must be antisymmetric. With N = 1 it is any symmetric two-player
 * zero-sum matrix game viewed as a game between one-agent teams, so the team algorithms (PSRO, FXP, …) run
 * on ordinary matrix games.
 */
public final class DenseTeamGame implements TeamGame {

    /** |U[a][b] + U[b][a]| must not exceed this. */
    public static final double ANTISYMMETRY_TOLERANCE = 1e-12;

    private final String name;
    private final int n;
    private final int m;
    private final double[][] u;
    private final List<String> labels;

    /**
     * @param labels action labels (size m), or null for "0", "1", …
     * @throws IllegalArgumentException if the matrix is not |𝒜|^N square, has a non-finite entry, or is
     *         not antisymmetric
     */
    public DenseTeamGame(String name, int agents, int actions, double[][] u, List<String> labels) {
        if (agents < 1) {
            throw new IllegalArgumentException("a team needs at least one agent, got " + agents);
        }
        if (actions < 1) {
            throw new IllegalArgumentException("an agent needs at least one action, got " + actions);
        }
        long size = TeamGame.power(actions, agents);
        if (size > MAX_DENSE_JOINT_ACTIONS) {
            throw new IllegalArgumentException("a dense team game is limited to " + MAX_DENSE_JOINT_ACTIONS
                    + " joint actions, got " + size);
        }
        if (u.length != size) {
            throw new IllegalArgumentException("matrix has " + u.length + " rows, expected " + size);
        }
        this.u = new double[(int) size][];
        for (int i = 0; i < size; i++) {
            if (u[i].length != size) {
                throw new IllegalArgumentException("row " + i + " has " + u[i].length + " entries, expected " + size);
            }
            for (int j = 0; j < size; j++) {
                if (!Double.isFinite(u[i][j])) {
                    throw new IllegalArgumentException("entry (" + i + ", " + j + ") = " + u[i][j] + " is not finite");
                }
            }
            this.u[i] = u[i].clone();
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j <= i; j++) {
                if (Math.abs(u[i][j] + u[j][i]) > ANTISYMMETRY_TOLERANCE) {
                    throw new IllegalArgumentException("a symmetric zero-sum team game needs U(a, b) = −U(b, a), but U("
                            + i + ", " + j + ") = " + u[i][j] + " and U(" + j + ", " + i + ") = " + u[j][i]);
                }
            }
        }
        if (labels != null && labels.size() != actions) {
            throw new IllegalArgumentException(labels.size() + " labels for " + actions + " actions");
        }
        this.name = name == null ? "dense" : name;
        this.n = agents;
        this.m = actions;
        this.labels = labels == null ? null : List.copyOf(labels);
    }

    /** A one-agent-per-team game from an antisymmetric matrix. */
    public static DenseTeamGame ofMatrix(String name, double[][] a) {
        return new DenseTeamGame(name, 1, a.length, a, null);
    }

    /**
     * A symmetric two-player zero-sum {@link NormalFormGame} (u₂ = −u₁ and u₂(i, j) = u₁(j, i)) viewed as a
     * game between one-agent teams.
     *
     * @throws IllegalArgumentException if the game is not two-player, square, zero-sum and symmetric
     */
    public static DenseTeamGame fromSymmetricZeroSum(NormalFormGame g) {
        if (!g.isTwoPlayer() || g.numStrategies(0) != g.numStrategies(1)) {
            throw new IllegalArgumentException("need a two-player game with equal strategy counts");
        }
        if (!g.isZeroSum() || !g.isSymmetric()) {
            throw new IllegalArgumentException("a game viewed as one-agent teams must be symmetric and zero-sum"
                    + " (u₂ = −u₁ and u₂(i, j) = u₁(j, i)); \"" + g.title() + "\" is not");
        }
        return new DenseTeamGame(g.title().isEmpty() ? "matrix" : g.title(), 1, g.numStrategies(0), g.matrixDouble(0),
                g.strategyLabels(0));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return name + " (dense team game, N = " + n + ", " + m + " actions)";
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("N", (double) n);
        p.put("actions", (double) m);
        return p;
    }

    @Override
    public int agentsPerTeam() {
        return n;
    }

    @Override
    public int actionsPerAgent() {
        return m;
    }

    @Override
    public String actionLabel(int action) {
        return labels == null ? Integer.toString(action) : labels.get(action);
    }

    @Override
    public double payoff(int[] a, int[] b) {
        return u[jointIndex(a)][jointIndex(b)];
    }

    @Override
    public double[] valueVs(double[] q) {
        checkJoint(q);
        double[] v = new double[q.length];
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (int j = 0; j < q.length; j++) {
                s += u[i][j] * q[j];
            }
            v[i] = s;
        }
        return v;
    }

    @Override
    public double[][] jointMatrix() {
        double[][] c = new double[u.length][];
        for (int i = 0; i < u.length; i++) {
            c[i] = u[i].clone();
        }
        return c;
    }
}
