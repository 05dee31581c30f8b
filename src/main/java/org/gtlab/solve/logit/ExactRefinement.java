package org.gtlab.solve.logit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;

/**
 * Turns an approximate equilibrium (doubles) into an exact one where its support allows it.
 * With supports S_p (the strategies above a threshold) an equilibrium on those supports solves the
 * square system, for every player p,
 * <pre>
 *   v_p(j; x) − v_p(j₀; x) = 0  for j ∈ S_p \ {j₀},     Σ_{j ∈ S_p} x_p(j) = 1,
 * </pre>
 * (Σ|S_p| equations in as many unknowns). For two players the system is linear and is solved in
 * exact rationals; for more players it is polynomial: it is polished by Newton's method in doubles
 * and each probability is replaced by its first continued-fraction convergent within 10⁻⁵, 10⁻⁷
 * or 10⁻⁹ (denominator ≤ 10⁶); the same is tried on the unpolished profile when the support
 * system is singular (equilibrium components). Either way the candidate is accepted only if it passes the exact
 * equilibrium test (no pure strategy earns more than the mix, in exact rationals). Irrational equilibria (common with three or more
 * players) therefore stay approximate: {@link #refine} returns empty, and callers report the
 * double profile with its max regret.
 */
public final class ExactRefinement {

    private static final long MAX_DENOMINATOR = 1_000_000L;

    private ExactRefinement() {
    }

    /** An exact equilibrium close to x (within 1e-6 per probability), if one is found. */
    public static Optional<StrategyProfile> refine(NormalFormGame game, double[][] x) {
        for (double tol : new double[] {1e-4, 1e-8, 1e-2}) {
            int[][] support = support(x, tol);
            Optional<StrategyProfile> r = game.numPlayers() == 2 ? linear(game, support, x) : Optional.empty();
            if (r.isPresent()) {
                return r;
            }
            double[][] polished = polish(game, support, x);
            for (double[][] y : new double[][][] {polished, x}) {
                if (y == null) {
                    continue;
                }
                // simplest fractions first: a limit approximated to O(1/λ) is still recognised
                for (double eps : new double[] {1e-5, 1e-7, 1e-9}) {
                    Optional<StrategyProfile> c = reconstruct(game, support, y, x, eps);
                    if (c.isPresent()) {
                        return c;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** For each player the strategies with probability above tol (the most likely one if none). */
    public static int[][] support(double[][] x, double tol) {
        int[][] s = new int[x.length][];
        for (int p = 0; p < x.length; p++) {
            List<Integer> l = new ArrayList<>();
            int best = 0;
            for (int j = 0; j < x[p].length; j++) {
                if (x[p][j] > tol) {
                    l.add(j);
                }
                if (x[p][j] > x[p][best]) {
                    best = j;
                }
            }
            if (l.isEmpty()) {
                l.add(best);
            }
            s[p] = l.stream().mapToInt(Integer::intValue).toArray();
        }
        return s;
    }

    /** Exact solve of the (linear) two-player support system. */
    private static Optional<StrategyProfile> linear(NormalFormGame g, int[][] s, double[][] near) {
        int[] off = {0, s[0].length};
        int m = s[0].length + s[1].length;
        Rational[][] a = new Rational[m][m + 1];
        for (Rational[] row : a) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        int r = 0;
        for (int p = 0; p < 2; p++) {
            int q = 1 - p;
            int j0 = s[p][0];
            for (int t = 1; t < s[p].length; t++) {
                int j = s[p][t];
                for (int c = 0; c < s[q].length; c++) {
                    int kk = s[q][c];
                    Rational uj = p == 0 ? g.payoff(0, j, kk) : g.payoff(1, kk, j);
                    Rational u0 = p == 0 ? g.payoff(0, j0, kk) : g.payoff(1, kk, j0);
                    a[r][off[q] + c] = uj.subtract(u0);
                }
                r++;
            }
            for (int c = 0; c < s[p].length; c++) {
                a[r][off[p] + c] = Rational.ONE;
            }
            a[r][m] = Rational.ONE;
            r++;
        }
        Rational[] sol = org.gtlab.math.RationalGauss.solve(a, m);
        if (sol == null) {
            return Optional.empty();
        }
        return build(g, s, sol, near);
    }

    private static Optional<StrategyProfile> build(NormalFormGame g, int[][] s, Rational[] sol, double[][] near) {
        List<MixedStrategy> ms = new ArrayList<>();
        int i = 0;
        for (int p = 0; p < s.length; p++) {
            Rational[] pr = new Rational[g.numStrategies(p)];
            java.util.Arrays.fill(pr, Rational.ZERO);
            for (int j : s[p]) {
                Rational v = sol[i++];
                if (v.signum() < 0 || Math.abs(v.doubleValue() - near[p][j]) > 1e-6 + 1e-3) {
                    return Optional.empty();
                }
                pr[j] = v;
            }
            try {
                ms.add(MixedStrategy.of(pr));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        StrategyProfile prof = StrategyProfile.of(ms);
        return isNash(g, prof) ? Optional.of(prof) : Optional.empty();
    }

    /** Exact test: for every player no pure strategy earns more than the player's mixed strategy. */
    public static boolean isNash(NormalFormGame g, StrategyProfile prof) {
        NormalFormGame e = g.asExact();
        for (int p = 0; p < e.numPlayers(); p++) {
            Rational u = e.expectedPayoff(p, prof);
            for (Rational v : e.strategyValues(p, prof)) {
                if (v.compareTo(u) > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Newton's method on the support system in doubles (Levenberg–Marquardt steps where the system
     * is singular); null if a step cannot be computed. The result is not checked: callers compare regrets.
     */
    public static double[][] polish(NormalFormGame g, int[][] s, double[][] start) {
        int n = g.numPlayers();
        MixedPayoffs mp = new MixedPayoffs(g);
        int[] off = new int[n + 1];
        for (int p = 0; p < n; p++) {
            off[p + 1] = off[p] + s[p].length;
        }
        int m = off[n];
        double[][] x = new double[n][];
        for (int p = 0; p < n; p++) {
            x[p] = new double[g.numStrategies(p)];
            double sum = 0;
            for (int j : s[p]) {
                sum += start[p][j];
            }
            for (int j : s[p]) {
                x[p][j] = sum > 0 ? start[p][j] / sum : 1.0 / s[p].length;
            }
        }
        for (int it = 0; it < 50; it++) {
            mp.compute(x, true);
            double[][] a = new double[m][m];
            double[] b = new double[m];
            int r = 0;
            double res = 0;
            for (int p = 0; p < n; p++) {
                int j0 = s[p][0];
                for (int t = 1; t < s[p].length; t++) {
                    int j = s[p][t];
                    b[r] = -(mp.v[p][j] - mp.v[p][j0]);
                    for (int q = 0; q < n; q++) {
                        if (q == p) {
                            continue;
                        }
                        for (int c = 0; c < s[q].length; c++) {
                            int kk = s[q][c];
                            a[r][off[q] + c] = mp.w[p][q][j][kk] - mp.w[p][q][j0][kk];
                        }
                    }
                    res = Math.max(res, Math.abs(b[r]));
                    r++;
                }
                double sum = -1;
                for (int c = 0; c < s[p].length; c++) {
                    a[r][off[p] + c] = 1;
                    sum += x[p][s[p][c]];
                }
                b[r] = -sum;
                res = Math.max(res, Math.abs(sum));
                r++;
            }
            if (res < 1e-15) {
                return x;
            }
            double[] d = new double[m];
            double[][] a0 = new double[m][];
            for (int i = 0; i < m; i++) {
                a0[i] = a[i].clone();
            }
            double[] b0 = b.clone();
            if (!MixedPayoffs.solve(a, b, d) || maxAbs(d) > 0.1) {
                // singular or nearly so (a degenerate support: ties, a component of equilibria):
                // a Levenberg–Marquardt step (JᵀJ + εI) d = −JᵀF moves to a nearby solution
                double[][] n2 = new double[m][m];
                double[] jtf = new double[m];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        double t = 0;
                        for (int r2 = 0; r2 < m; r2++) {
                            t += a0[r2][i] * a0[r2][j];
                        }
                        n2[i][j] = t;
                    }
                    n2[i][i] += 1e-12;
                    double t = 0;
                    for (int r2 = 0; r2 < m; r2++) {
                        t += a0[r2][i] * b0[r2];
                    }
                    jtf[i] = t;
                }
                if (!MixedPayoffs.solve(n2, jtf, d)) {
                    return null;
                }
            }
            double step = 0;
            for (int p = 0; p < n; p++) {
                for (int c = 0; c < s[p].length; c++) {
                    x[p][s[p][c]] += d[off[p] + c];
                    step = Math.max(step, Math.abs(d[off[p] + c]));
                }
            }
            if (step < 1e-16) {
                return x;
            }
        }
        return res(x) ? x : null;
    }

    private static double maxAbs(double[] d) {
        double m = 0;
        for (double v : d) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static boolean res(double[][] x) {
        for (double[] row : x) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Optional<StrategyProfile> reconstruct(NormalFormGame g, int[][] s, double[][] y, double[][] near, double eps) {
        List<Rational> sol = new ArrayList<>();
        for (int p = 0; p < s.length; p++) {
            Rational sum = Rational.ZERO;
            for (int t = 0; t < s[p].length; t++) {
                Rational v;
                if (t == s[p].length - 1) {
                    v = Rational.ONE.subtract(sum);
                } else {
                    v = approximate(y[p][s[p][t]], eps);
                    if (v == null) {
                        return Optional.empty();
                    }
                }
                sum = sum.add(v);
                sol.add(v);
            }
        }
        return build(g, s, sol.toArray(new Rational[0]), near);
    }

    /** The first continued-fraction convergent of v within eps, with denominator ≤ 10⁶; null if none. */
    static Rational approximate(double v, double eps) {
        if (!Double.isFinite(v)) {
            return null;
        }
        BigInteger h0 = BigInteger.ZERO;
        BigInteger h1 = BigInteger.ONE;
        BigInteger k0 = BigInteger.ONE;
        BigInteger k1 = BigInteger.ZERO;
        double r = v;
        for (int i = 0; i < 40; i++) {
            double a = Math.floor(r);
            BigInteger ai = BigInteger.valueOf((long) a);
            BigInteger h2 = ai.multiply(h1).add(h0);
            BigInteger k2 = ai.multiply(k1).add(k0);
            if (k2.compareTo(BigInteger.valueOf(MAX_DENOMINATOR)) > 0) {
                break;
            }
            h0 = h1;
            h1 = h2;
            k0 = k1;
            k1 = k2;
            Rational q = Rational.of(h1, k1);
            if (Math.abs(q.doubleValue() - v) < eps) {
                return q;
            }
            double f = r - a;
            if (f < 1e-15) {
                break;
            }
            r = 1 / f;
        }
        return null;
    }
}
