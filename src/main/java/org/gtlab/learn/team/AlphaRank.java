package org.gtlab.learn.team;

/**
 * Single-population α-Rank (Omidshafiei et al. 2019, "α-Rank: Multi-Agent Evaluation by Evolution",
 * Sci. Rep. 9:9937; OpenSpiel {@code egt/alpharank.py}), spec fxp-psro.md §6.5.
 *
 * <p>For a square meta-game M (payoff of strategy r against s is M[r, s]) the Markov chain over strategies
 * has, for r ≠ s and η = 1/(K−1):
 * <ul>
 *   <li>finite α: c[s, r] = η·ρ with fixation probability ρ = (1 − e^{−u})/(1 − e^{−m·u}),
 *       u = α·(M[r, s] − M[s, r]), and ρ = 1/m when |u| ≤ 1e-14;</li>
 *   <li>infinite α: c[s, r] = η(1 − ε) if r beats s, η·ε if it loses, η/2 on a tie
 *       (|M[r, s] − M[s, r]| ≤ 1e-14);</li>
 * </ul>
 * and c[s, s] = 1 − Σ_{r≠s} c[s, r]. The result is the stationary distribution, which must be unique.
 */
public final class AlphaRank {

    private AlphaRank() {
    }

    /** Stationary distribution of the infinite-α chain with mutation ε. */
    public static double[] infiniteAlpha(double[][] m, double eps) {
        return stationary(square(m), (r, s) -> {
            double d = m[r][s] - m[s][r];
            return Math.abs(d) <= 1e-14 ? 0.5 : d > 0 ? 1 - eps : eps;
        });
    }

    /** Stationary distribution of the finite-α chain (population size {@code pop}, selection intensity α). */
    public static double[] finiteAlpha(double[][] m, int pop, double alpha) {
        int k = square(m);
        if (pop < 2 || !(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("α-Rank needs population size ≥ 2 and a finite α > 0, got " + pop + ", " + alpha);
        }
        return stationary(k, (r, s) -> {
            double u = alpha * (m[r][s] - m[s][r]);
            double rho = Math.abs(u) <= 1e-14 ? 1.0 / pop : Math.expm1(-u) / Math.expm1(-pop * u);
            return Double.isNaN(rho) ? 0 : rho;
        });
    }

    /** The probability factor of a move from strategy s to r ≠ s (c[s, r] = η·factor). */
    private interface MoveFactor {
        double of(int r, int s);
    }

    /** Stationary distribution of the chain on k strategies with c[s, r] = η·factor(r, s), η = 1/(k−1). */
    private static double[] stationary(int k, MoveFactor factor) {
        if (k == 1) {
            return new double[] {1.0};
        }
        double eta = 1.0 / (k - 1);
        double[][] c = new double[k][k];
        for (int s = 0; s < k; s++) {
            double off = 0;
            for (int r = 0; r < k; r++) {
                if (r == s) {
                    continue;
                }
                c[s][r] = eta * factor.of(r, s);
                off += c[s][r];
            }
            c[s][s] = 1 - off;
        }
        return stationary(c);
    }

    /** OpenSpiel's ε-sweep of the infinite-α distribution (min 10 iterations, error after 100). */
    public static double[] sweep(double[][] m) {
        square(m);
        double eps = 0.5;
        double[] prev = null;
        int iters = 0;
        while (true) {
            double[] pi = infiniteAlpha(m, eps);
            if ((iters > 10 && prev != null && allClose(pi, prev)) || eps < 1e-14) {
                return clean(pi);
            }
            prev = pi;
            eps *= 0.5;
            iters++;
            if (iters > 100) {
                throw new IllegalStateException("α-Rank ε-sweep did not settle in 100 iterations");
            }
        }
    }

    private static double[] clean(double[] pi) {
        double s = 0;
        for (int i = 0; i < pi.length; i++) {
            if (pi[i] < 0) {
                pi[i] = 0;
            }
            s += pi[i];
        }
        for (int i = 0; i < pi.length; i++) {
            pi[i] /= s;
        }
        return pi;
    }

    private static boolean allClose(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-8 + 1e-5 * Math.abs(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static int square(double[][] m) {
        MetaSolvers.check(m);
        if (m.length != m[0].length) {
            throw new IllegalArgumentException("α-Rank (single population) needs a square meta-game, got " + m.length
                    + "×" + m[0].length);
        }
        return m.length;
    }

    /**
     * The unique π with π·C = π, Σπ = 1, by Gaussian elimination with partial pivoting on (Cᵀ − I) with
     * the last equation replaced by Σπ = 1.
     *
     * @throws IllegalArgumentException if the stationary distribution is not unique
     */
    static double[] stationary(double[][] c) {
        int k = c.length;
        double[][] a = new double[k][k + 1];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                a[i][j] = c[j][i] - (i == j ? 1 : 0);
            }
        }
        for (int j = 0; j < k; j++) {
            a[k - 1][j] = 1;
        }
        a[k - 1][k] = 1;
        for (int col = 0; col < k; col++) {
            int piv = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv][col]) < 1e-300) {
                throw new IllegalArgumentException("α-Rank: the stationary distribution is not unique");
            }
            double[] t = a[piv];
            a[piv] = a[col];
            a[col] = t;
            for (int r = 0; r < k; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col] / a[col][col];
                    for (int j = col; j <= k; j++) {
                        a[r][j] -= f * a[col][j];
                    }
                }
            }
        }
        double[] pi = new double[k];
        for (int i = 0; i < k; i++) {
            pi[i] = a[i][k] / a[i][i];
        }
        return pi;
    }
}
