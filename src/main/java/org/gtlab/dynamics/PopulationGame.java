package org.gtlab.dynamics;

import java.util.Objects;

import org.gtlab.game.NormalFormGame;

/**
 * A normal-form game seen as a population game: the fitness (expected payoff) of every strategy in
 * every population at a population state.
 * <ul>
 *   <li>{@link Mode#ONE_POPULATION} — a symmetric two-player game with row-player matrix A played
 *       within one population: {@code f(x) = A x}; the state is one simplex Δ_K.</li>
 *   <li>{@link Mode#PER_PLAYER} — one population per player (two populations for a bimatrix game,
 *       N for an N-player game): {@code f_p(x)_a = u_p(a, x_{-p})}; the state is
 *       {@code Δ_{K_1} × … × Δ_{K_N}}.</li>
 * </ul>
 * Immutable.
 */
public final class PopulationGame {

    /** How players map to populations. */
    public enum Mode { ONE_POPULATION, PER_PLAYER }

    private final NormalFormGame game;
    private final Mode mode;
    private final SimplexProduct space;
    private final int[] shape;
    private final double[] a;
    private final double[] b;

    private PopulationGame(NormalFormGame game, Mode mode) {
        this.game = Objects.requireNonNull(game, "game");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.shape = game.shape();
        if (mode == Mode.ONE_POPULATION) {
            if (!game.isSymmetric()) {
                throw new IllegalArgumentException("one-population dynamics need a symmetric two-player game (B = Aᵀ); "
                        + "this game is not symmetric, use two populations");
            }
            this.space = SimplexProduct.of(shape[0]);
        } else {
            this.space = SimplexProduct.of(shape);
        }
        boolean two = shape.length == 2;
        this.a = two ? game.payoffsDouble(0) : null;
        this.b = two ? game.payoffsDouble(1) : null;
    }

    /** The population game in the given mode. */
    public static PopulationGame of(NormalFormGame game, Mode mode) {
        return new PopulationGame(game, mode);
    }

    /** One population if the game is symmetric two-player, one population per player otherwise. */
    public static PopulationGame auto(NormalFormGame game) {
        return new PopulationGame(game, game.isSymmetric() ? Mode.ONE_POPULATION : Mode.PER_PLAYER);
    }

    public NormalFormGame game() {
        return game;
    }

    public Mode mode() {
        return mode;
    }

    public SimplexProduct space() {
        return space;
    }

    /** Writes every population's fitness vector into {@code f} (flat, same layout as the state). */
    public void fitness(double[] x, double[] f) {
        int m = shape[0];
        if (mode == Mode.ONE_POPULATION) {
            // f_i = Σ_j a_ij x_j, with a_ij stored at i + m j
            java.util.Arrays.fill(f, 0, m, 0);
            for (int j = 0; j < m; j++) {
                double xj = x[j];
                if (xj != 0) {
                    int base = m * j;
                    for (int i = 0; i < m; i++) {
                        f[i] += a[base + i] * xj;
                    }
                }
            }
            return;
        }
        if (shape.length == 2) {
            int n = shape[1];
            java.util.Arrays.fill(f, 0, m, 0);
            for (int j = 0; j < n; j++) {
                double yj = x[m + j];
                int base = m * j;
                double s = 0;
                for (int i = 0; i < m; i++) {
                    f[i] += a[base + i] * yj;
                    s += b[base + i] * x[i];
                }
                f[m + j] = s;
            }
            return;
        }
        double[][] prof = space.split(x);
        for (int p = 0; p < shape.length; p++) {
            double[] v = game.strategyValues(p, prof);
            System.arraycopy(v, 0, f, space.offset(p), v.length);
        }
    }

    /**
     * The state as a mixed profile of the underlying game: {@code (x, x)} for one population,
     * the per-player blocks otherwise (for {@link org.gtlab.eval.Evaluation}).
     */
    public double[][] profile(double[] x) {
        if (mode == Mode.ONE_POPULATION) {
            double[] s = java.util.Arrays.copyOf(x, shape[0]);
            return new double[][] {s, s.clone()};
        }
        return space.split(x);
    }
}
