package org.gtlab.learn.team;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.gtlab.solve.lp.ZeroSumLp;


/**
 * The meta-solvers of spec fxp-psro.md §6, following OpenSpiel's PSRO v2 {@code META_STRATEGY_METHODS}
 * (Lanctot et al. 2017, arXiv:1711.00832; OpenSpiel commit 112b777) and the FXP authors' fictitious-play
 * solver {@code matrixNE}.
 *
 * <ul>
 *   <li>{@link #nash()}: exact LP for the zero-sum meta-game, max V s.t. Σ_k x_k M[k, l] ≥ V ∀l, Σx = 1,
 *       x ≥ 0 (and the column player's dual problem); negatives set to 0 and renormalised.</li>
 *   <li>{@link #uniform()}, {@link #uniformBiased()}: σ_k = 1/K, σ_k ∝ exp(k − (K−1)).</li>
 *   <li>{@link #prd(int, double, double)}: projected replicator dynamics, time-averaged over the
 *       post-update iterates, projection floor γ (OS convention, Q6/Q7).</li>
 *   <li>{@link #regretMatching(int, double, double)}: simultaneous regret matching, time-averaged.</li>
 *   <li>{@link #alphaRank()}: infinite-α α-Rank (single population) with OS's ε-sweep.</li>
 *   <li>{@link #fictitiousPlay(int)}: the authors' {@code matrixNE}, 999 simultaneous FP updates.</li>
 * </ul>
 */
public final class MetaSolvers {

    private MetaSolvers() {
    }

    /** Names accepted by {@link #byName(String)}. */
    public static List<String> names() {
        return List.of("nash", "uniform", "uniform_biased", "prd", "rm", "alpharank", "fp999");
    }

    /**
     * A solver with its OpenSpiel/authors' defaults: "nash"/"lp", "uniform", "uniform_biased", "prd",
     * "rm", "alpharank", "fp999"/"fp".
     */
    public static MetaSolver byName(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "nash":
            case "lp":
                return nash();
            case "uniform":
                return uniform();
            case "uniform_biased":
                return uniformBiased();
            case "prd":
                return prd(100_000, 1e-3, 1e-6);
            case "rm":
                return regretMatching(100_000, 1e-6, 1e-6);
            case "alpharank":
                return alphaRank();
            case "fp999":
            case "fp":
                return fictitiousPlay(999);
            default:
                throw new IllegalArgumentException("unknown meta-solver \"" + name + "\"; known: " + names());
        }
    }

    static void check(double[][] m) {
        if (m == null || m.length == 0 || m[0].length == 0) {
            throw new IllegalArgumentException("the meta-game matrix is empty");
        }
        for (int i = 0; i < m.length; i++) {
            if (m[i].length != m[0].length) {
                throw new IllegalArgumentException("meta-game row " + i + " has " + m[i].length + " entries, expected "
                        + m[0].length);
            }
            for (int j = 0; j < m[i].length; j++) {
                if (!Double.isFinite(m[i][j])) {
                    throw new IllegalArgumentException("meta-game entry (" + i + ", " + j + ") = " + m[i][j]);
                }
            }
        }
    }

    /** A solver that {@link #check}s the matrix before {@code solve} sees it; its name is also its toString. */
    private static MetaSolver named(String name, Function<double[][], MetaSolution> solve) {
        return new MetaSolver() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public MetaSolution solve(double[][] m) {
                check(m);
                return solve.apply(m);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    // ------------------------------------------------------------------ uniform

    /** σ_k = 1/K for both players. */
    public static MetaSolver uniform() {
        return named("uniform", m -> new MetaSolution(uniformWeights(m.length), uniformWeights(m[0].length)));
    }

    /** OpenSpiel's {@code uniform_biased}: σ_k ∝ exp(k − (K−1)), newest heaviest. */
    public static MetaSolver uniformBiased() {
        return named("uniform_biased", m -> new MetaSolution(biased(m.length), biased(m[0].length)));
    }

    private static double[] biased(int k) {
        double[] w = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            w[i] = Math.exp(i - (k - 1));
            s += w[i];
        }
        for (int i = 0; i < k; i++) {
            w[i] /= s;
        }
        return w;
    }

    // ------------------------------------------------------------------ opponent sampler

    /**
     * The opponent-sampler hook ({@link org.gtlab.learn.OpponentSampler}, self-play spec §7.2) as a
     * meta-solver: the population's win rates are read off the meta-game as W = ½ + M/(2·max|M|)
     * (½ everywhere if M = 0), the rows' rewards against each entry are the newest entry's row of W,
     * and the distribution is the sampler's (UNIFORM, LATEST, PFSP ∝ 1 − r̄_i, UCB one-hot with every
     * entry tried once, NASH the maximin mixture of W − ½) for both players. Not among
     * {@link #names()}: PSRO's named solvers are unchanged.
     */
    public static MetaSolver sampler(org.gtlab.learn.OpponentSampler.Mode mode, double c) {
        return named("sampler_" + mode.name().toLowerCase(Locale.ROOT), m -> {
            int k = m.length;
            double scale = 0;
            for (double[] row : m) {
                for (double v : row) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
            double[][] w = new double[k][m[0].length];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < w[i].length; j++) {
                    w[i][j] = scale == 0 ? 0.5 : Math.min(1, Math.max(0, 0.5 + m[i][j] / (2 * scale)));
                }
            }
            org.gtlab.learn.OpponentSampler s = org.gtlab.learn.OpponentSampler.withPool(mode, c, k);
            if (mode == org.gtlab.learn.OpponentSampler.Mode.NASH) {
                if (k != m[0].length) {
                    throw new IllegalArgumentException("the NASH sampler needs a square meta-game, got " + k + " x "
                            + m[0].length);
                }
                s.setWinRates(w);
            } else {
                for (int j = 0; j < Math.min(k, w[k - 1].length); j++) {
                    s.record(j, w[k - 1][j]);
                }
            }
            double[] d = s.distribution();
            return new MetaSolution(d, d.length == m[0].length ? d : uniformWeights(m[0].length));
        });
    }

    // ------------------------------------------------------------------ LP

    /** The exact zero-sum LP solution (row and column maximin strategies). */
    public static MetaSolver nash() {
        return named("nash", m -> {
            ZeroSumLp.Solution sol = ZeroSumLp.solve(m);
            return new MetaSolution(sol.x(), sol.y());
        });
    }


    static double[] clipNormalise(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(0, x[i]);
            s += x[i];
        }
        if (!(s > 0)) {
            throw new IllegalStateException("meta-solver returned no mass");
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= s;
        }
        return x;
    }

    // ------------------------------------------------------------------ the authors' FP (matrixNE)

    /**
     * The FXP authors' {@code matrixNE}: p = q = uniform, then for i = 1..updates: a = argmax(M q),
     * b = argmin(pᵀ M) (lowest index), p ← p·i/(i+1) + e_a/(i+1), q ← q·i/(i+1) + e_b/(i+1).
     * With 999 updates it leaves NashConv ≈ 0.04 on small games (spec §6.6).
     */
    public static MetaSolver fictitiousPlay(int updates) {
        if (updates < 0) {
            throw new IllegalArgumentException("updates must be ≥ 0, got " + updates);
        }
        return named(updates == 999 ? "fp999" : "fp" + updates, m -> {
            int k = m.length;
            int l = m[0].length;
            double[] p = uniformWeights(k);
            double[] q = uniformWeights(l);
            for (int i = 1; i <= updates; i++) {
                int a = 0;
                double best = Double.NEGATIVE_INFINITY;
                for (int r = 0; r < k; r++) {
                    double s = 0;
                    for (int c = 0; c < l; c++) {
                        s += m[r][c] * q[c];
                    }
                    if (s > best) {
                        best = s;
                        a = r;
                    }
                }
                int b = 0;
                double worst = Double.POSITIVE_INFINITY;
                for (int c = 0; c < l; c++) {
                    double s = 0;
                    for (int r = 0; r < k; r++) {
                        s += p[r] * m[r][c];
                    }
                    if (s < worst) {
                        worst = s;
                        b = c;
                    }
                }
                double keep = (double) i / (i + 1);
                double add = 1.0 / (i + 1);
                for (int r = 0; r < k; r++) {
                    p[r] = p[r] * keep + (r == a ? add : 0);
                }
                for (int c = 0; c < l; c++) {
                    q[c] = q[c] * keep + (c == b ? add : 0);
                }
            }
            return new MetaSolution(p, q);
        });
    }

    // ------------------------------------------------------------------ PRD

    /**
     * OpenSpiel projected replicator dynamics for the zero-sum meta-game (player 1 payoffs M, player 2
     * payoffs −M): start uniform; each iteration, simultaneously, σ_p ← Proj_{x ≥ γ}(σ_p + dt·σ_p ⊙ (v − σ_pᵀv));
     * return the mean of the post-update iterates.
     *
     * @throws IllegalArgumentException if iterations &lt; 1, dt ≤ 0 or γ is not in [0, 1/K)
     */
    public static MetaSolver prd(int iterations, double dt, double gamma) {
        if (iterations < 1 || !(dt > 0) || !Double.isFinite(dt) || !(gamma >= 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("PRD needs iterations ≥ 1, dt > 0 and γ ≥ 0, got " + iterations + ", "
                    + dt + ", " + gamma);
        }
        return named("prd", m -> {
            int n = Math.max(m.length, m[0].length);
            if (gamma * n >= 1) {
                throw new IllegalArgumentException("PRD floor γ = " + gamma + " is too large for " + n + " strategies");
            }
            return timeAveraged(m, iterations, (x, v, avg) -> replicatorStep(x, v, avg, dt, gamma),
                    (y, v, avg) -> replicatorStep(y, v, avg, dt, gamma));
        });
    }

    /** Proj_{x ≥ γ}(x + dt·x ⊙ (v − avg)). */
    private static double[] replicatorStep(double[] x, double[] v, double avg, double dt, double gamma) {
        double[] nx = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            nx[i] = x[i] + dt * x[i] * (v[i] - avg);
        }
        return project(nx, gamma);
    }

    /** One player's simultaneous update: its next strategy from the current one, its values v and σᵀv. */
    private interface Update {
        double[] next(double[] current, double[] v, double avg);
    }

    /**
     * The loop PRD and regret matching share: both players start uniform; each iteration takes
     * vx = M y and vy = −xᵀM at the current pair, updates both players simultaneously, and adds the
     * post-update strategies to the time average that is returned.
     */
    private static MetaSolution timeAveraged(double[][] m, int iterations, Update row, Update column) {
        int k = m.length;
        int l = m[0].length;
        double[] x = uniformWeights(k);
        double[] y = uniformWeights(l);
        double[] sx = new double[k];
        double[] sy = new double[l];
        double[] vx = new double[k];
        double[] vy = new double[l];
        for (int it = 0; it < iterations; it++) {
            values(m, x, y, vx, vy);
            double ax = dot(vx, x);
            double ay = dot(vy, y);
            x = row.next(x, vx, ax);
            y = column.next(y, vy, ay);
            add(sx, x);
            add(sy, y);
        }
        scale(sx, 1.0 / iterations);
        scale(sy, 1.0 / iterations);
        return new MetaSolution(sx, sy);
    }

    /** vx = M y (row values), vy = −xᵀM (column values). */
    private static void values(double[][] m, double[] x, double[] y, double[] vx, double[] vy) {
        Arrays.fill(vy, 0);
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            double[] r = m[i];
            for (int j = 0; j < r.length; j++) {
                s += r[j] * y[j];
                vy[j] -= x[i] * r[j];
            }
            vx[i] = s;
        }
    }

    /**
     * Euclidean projection onto {x : x_k ≥ γ, Σx = 1} by sorting (OS {@code _simplex_projection}).
     */
    static double[] project(double[] x, double gamma) {
        int n = x.length;
        boolean inside = true;
        double total = 0;
        for (double v : x) {
            total += v;
            if (v < gamma) {
                inside = false;
            }
        }
        if (inside && total == 1.0) {
            return x;
        }
        double[] u = x.clone();
        Arrays.sort(u);
        // descending
        for (int i = 0; i < n / 2; i++) {
            double t = u[i];
            u[i] = u[n - 1 - i];
            u[n - 1 - i] = t;
        }
        double cum = 0;
        double tauStar = 0;
        for (int i = 1; i <= n; i++) {
            cum += u[i - 1];
            double tau = (1 - cum - (n - i) * gamma) / i;
            if (u[i - 1] + tau > gamma) {
                tauStar = tau;
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(x[i] + tauStar, gamma);
        }
        return out;
    }

    // ------------------------------------------------------------------ regret matching

    /**
     * OpenSpiel regret matching on the zero-sum meta-game: initial regrets {@code initialRegret}, strategies
     * uniform; each iteration, simultaneously, R_p ← R_p + (v − σ_pᵀv), σ_p ← γ/K + (1−γ)·R⁺/ΣR⁺ (uniform if
     * ΣR⁺ = 0); returns the mean of the post-update iterates.
     */
    public static MetaSolver regretMatching(int iterations, double gamma, double initialRegret) {
        if (iterations < 1 || !(gamma >= 0) || !(gamma <= 1) || !Double.isFinite(initialRegret)) {
            throw new IllegalArgumentException("regret matching needs iterations ≥ 1, γ in [0, 1] and a finite initial"
                    + " regret, got " + iterations + ", " + gamma + ", " + initialRegret);
        }
        return named("rm", m -> {
            double[] rx = filled(m.length, initialRegret);
            double[] ry = filled(m[0].length, initialRegret);
            return timeAveraged(m, iterations, (x, v, avg) -> regretStep(rx, v, avg, gamma),
                    (y, v, avg) -> regretStep(ry, v, avg, gamma));
        });
    }

    /** R ← R + (v − avg) (in place), then the regret-matching strategy of R. */
    private static double[] regretStep(double[] r, double[] v, double avg, double gamma) {
        for (int i = 0; i < r.length; i++) {
            r[i] += v[i] - avg;
        }
        return matching(r, gamma);
    }

    private static double[] matching(double[] r, double gamma) {
        int n = r.length;
        double s = 0;
        for (double v : r) {
            s += Math.max(0, v);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double p = s > 0 ? Math.max(0, r[i]) / s : 1.0 / n;
            out[i] = gamma / n + (1 - gamma) * p;
        }
        return out;
    }

    // ------------------------------------------------------------------ α-Rank

    /**
     * Infinite-α α-Rank on a single population (OS {@code alpharank_strategy} with
     * {@code sweep_pi_vs_epsilon}): ε starts at 0.5 and halves until the stationary distribution stops
     * changing ({@code allclose}) after more than 10 iterations or ε &lt; 1e-14; more than 100 iterations is
     * an error. Needs a square meta-game; the answer is used for both players.
     */
    public static MetaSolver alphaRank() {
        return named("alpharank", m -> {
            double[] pi = AlphaRank.sweep(m);
            return new MetaSolution(pi, pi);
        });
    }

    // ------------------------------------------------------------------ helpers

    /** The uniform distribution on k items. */
    private static double[] uniformWeights(int k) {
        return filled(k, 1.0 / k);
    }

    private static double[] filled(int k, double value) {
        double[] a = new double[k];
        Arrays.fill(a, value);
        return a;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void add(double[] acc, double[] x) {
        for (int i = 0; i < acc.length; i++) {
            acc[i] += x[i];
        }
    }

    private static void scale(double[] a, double f) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= f;
        }
    }
}
