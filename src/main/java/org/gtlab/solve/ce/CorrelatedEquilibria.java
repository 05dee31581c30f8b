package org.gtlab.solve.ce;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Cancellation;
import org.gtlab.math.Rational;
import org.gtlab.solve.lp.ExactSimplex;

/**
 * Correlated equilibria (Aumann 1974) of an N-player normal-form game. A distribution π over pure
 * profiles is a correlated equilibrium when no player gains by deviating from a recommendation:
 * for every player p and strategies j ≠ k,
 * <pre>
 *   Σ_{s₋ₚ} π(j, s₋ₚ) [u_p(k, s₋ₚ) − u_p(j, s₋ₚ)] ≤ 0,     π ≥ 0,  Σ π = 1.
 * </pre>
 * These Σ_p m_p(m_p − 1) inequalities define the CE polytope (it contains every Nash
 * equilibrium's product distribution, so it is never empty).
 *
 * <ul>
 * <li>{@link #maxWelfare}: the CE maximising the sum of payoffs, by the exact integer simplex
 * {@link ExactSimplex} (payoffs scaled to integers by their common denominator; the welfare is
 * shifted to be positive so that, the incentive constraints being homogeneous, the optimum of
 * "maximise shifted welfare subject to Σπ ≤ 1" lies on Σπ = 1). Exact rationals.</li>
 * <li>{@link #maxEntropy}: the CE of maximum Shannon entropy, the least-committal one. Its
 * Lagrange dual is min_{μ ≥ 0} log Σ_s exp(−(Aᵀμ)_s), with π_s ∝ exp(−(Aᵀμ)_s) (A: the
 * incentive rows); solved by projected gradient descent with Armijo backtracking in doubles.
 * When the entropy maximum puts zero mass on some profiles, μ diverges and convergence is slow;
 * the result reports its largest constraint violation.</li>
 * </ul>
 * Failure modes: games with more than {@value #MAX_PROFILES} profiles are refused with an
 * {@link IllegalArgumentException}.
 */
public final class CorrelatedEquilibria {

    /** Largest number of pure profiles (LP variables) accepted. */
    public static final int MAX_PROFILES = 5000;

    /** An exact correlated equilibrium: the probability of each profile (by profile index), payoffs and welfare. */
    public record Exact(Rational[] distribution, Rational[] payoffs, Rational welfare) {
    }

    /** A correlated equilibrium in doubles, with its entropy (nats) and largest incentive-constraint violation. */
    public record Approximate(double[] distribution, double[] payoffs, double entropy, double maxViolation) {
    }

    private CorrelatedEquilibria() {
    }

    private static void check(NormalFormGame g) {
        if (g.numProfiles() > MAX_PROFILES) {
            throw new IllegalArgumentException("the correlated-equilibrium LP has one variable per profile: "
                    + g.numProfiles() + " profiles exceed the limit of " + MAX_PROFILES);
        }
    }

    /** The incentive constraint rows (one per player and ordered pair j ≠ k), over profile indices. */
    static List<Rational[]> incentiveRows(NormalFormGame g) {
        List<Rational[]> rows = new ArrayList<>();
        int size = g.numProfiles();
        for (int p = 0; p < g.numPlayers(); p++) {
            int mp = g.numStrategies(p);
            for (int j = 0; j < mp; j++) {
                for (int k = 0; k < mp; k++) {
                    if (j == k) {
                        continue;
                    }
                    Rational[] row = new Rational[size];
                    for (int idx = 0; idx < size; idx++) {
                        int[] s = g.profile(idx);
                        if (s[p] != j) {
                            row[idx] = Rational.ZERO;
                            continue;
                        }
                        int[] dev = s.clone();
                        dev[p] = k;
                        row[idx] = g.payoff(p, dev).subtract(g.payoff(p, s));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The welfare-maximising correlated equilibrium, exact. */
    public static Exact maxWelfare(NormalFormGame game) {
        NormalFormGame g = game.asExact();
        check(g);
        int size = g.numProfiles();
        List<Rational[]> rows = incentiveRows(g);
        Rational[] welfare = new Rational[size];
        Rational min = null;
        for (int idx = 0; idx < size; idx++) {
            Rational w = Rational.ZERO;
            for (int p = 0; p < g.numPlayers(); p++) {
                w = w.add(g.payoffAt(p, idx));
            }
            welfare[idx] = w;
            min = min == null || w.compareTo(min) < 0 ? w : min;
        }
        BigInteger[][] a = new BigInteger[rows.size() + 1][];
        BigInteger[] b = new BigInteger[rows.size() + 1];
        for (int r = 0; r < rows.size(); r++) {
            a[r] = integers(rows.get(r));
            b[r] = BigInteger.ZERO;
        }
        BigInteger[] ones = new BigInteger[size];
        java.util.Arrays.fill(ones, BigInteger.ONE);
        a[rows.size()] = ones;
        b[rows.size()] = BigInteger.ONE;
        Rational[] shifted = new Rational[size];
        for (int idx = 0; idx < size; idx++) {
            shifted[idx] = welfare[idx].subtract(min).add(Rational.ONE);
        }
        Cancellation.check();
        ExactSimplex.Solution sol = ExactSimplex.maximize(a, b, integers(shifted));
        Rational[] pi = sol.x();
        Rational[] pay = new Rational[g.numPlayers()];
        java.util.Arrays.fill(pay, Rational.ZERO);
        Rational w = Rational.ZERO;
        for (int idx = 0; idx < size; idx++) {
            if (pi[idx].isZero()) {
                continue;
            }
            for (int p = 0; p < g.numPlayers(); p++) {
                pay[p] = pay[p].add(pi[idx].multiply(g.payoffAt(p, idx)));
            }
            w = w.add(pi[idx].multiply(welfare[idx]));
        }
        return new Exact(pi, pay, w);
    }

    /** A row scaled by the least common multiple of its denominators: integers with the same sign pattern. */
    private static BigInteger[] integers(Rational[] row) {
        BigInteger l = BigInteger.ONE;
        for (Rational r : row) {
            BigInteger d = r.denominator();
            l = l.divide(l.gcd(d)).multiply(d);
        }
        BigInteger[] out = new BigInteger[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i].numerator().multiply(l.divide(row[i].denominator()));
        }
        return out;
    }

    /** True when π (by profile index, summing to 1) satisfies every incentive constraint exactly. */
    public static boolean isCorrelatedEquilibrium(NormalFormGame game, Rational[] pi) {
        NormalFormGame g = game.asExact();
        Rational sum = Rational.ZERO;
        for (Rational r : pi) {
            if (r.signum() < 0) {
                return false;
            }
            sum = sum.add(r);
        }
        if (!sum.equals(Rational.ONE)) {
            return false;
        }
        for (Rational[] row : incentiveRows(g)) {
            Rational t = Rational.ZERO;
            for (int i = 0; i < row.length; i++) {
                if (!pi[i].isZero()) {
                    t = t.add(row[i].multiply(pi[i]));
                }
            }
            if (t.signum() > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The maximum-entropy correlated equilibrium, to a constraint violation of about {@code tol}
     * (relative to the largest payoff difference) or after {@code maxIterations} gradient steps.
     */
    public static Approximate maxEntropy(NormalFormGame g, double tol, int maxIterations) {
        check(g);
        int size = g.numProfiles();
        List<Rational[]> rr = incentiveRows(g);
        int m = rr.size();
        double[][] a = new double[m][size];
        double scale = 0;
        for (int r = 0; r < m; r++) {
            for (int i = 0; i < size; i++) {
                a[r][i] = rr.get(r)[i].doubleValue();
                scale = Math.max(scale, Math.abs(a[r][i]));
            }
        }
        if (scale > 0) {
            for (double[] row : a) {
                for (int i = 0; i < size; i++) {
                    row[i] /= scale;
                }
            }
        }
        double[] mu = new double[m];
        double[] pi = distribution(a, mu, size);
        double f = dual(a, mu, size);
        double step = 1;
        double violation = violation(a, pi);
        for (int it = 0; it < maxIterations && violation > tol; it++) {
            if ((it & 255) == 0) {
                Cancellation.check();
            }
            double[] grad = new double[m];
            for (int r = 0; r < m; r++) {
                double t = 0;
                for (int i = 0; i < size; i++) {
                    t += a[r][i] * pi[i];
                }
                grad[r] = -t;
            }
            step = Math.min(step * 2, 1e6);
            while (true) {
                double[] nm = new double[m];
                double decrease = 0;
                for (int r = 0; r < m; r++) {
                    nm[r] = Math.max(0, mu[r] - step * grad[r]);
                    double d = nm[r] - mu[r];
                    decrease += grad[r] * d + d * d / (2 * step);
                }
                double nf = dual(a, nm, size);
                if (nf <= f + decrease + 1e-15 || step < 1e-12) {
                    mu = nm;
                    f = nf;
                    break;
                }
                step /= 2;
            }
            pi = distribution(a, mu, size);
            violation = violation(a, pi);
        }
        double h = 0;
        for (double p : pi) {
            if (p > 0) {
                h -= p * Math.log(p);
            }
        }
        double[] pay = new double[g.numPlayers()];
        for (int i = 0; i < size; i++) {
            for (int p = 0; p < g.numPlayers(); p++) {
                pay[p] += pi[i] * g.payoffDoubleAt(p, i);
            }
        }
        return new Approximate(pi, pay, h, violation * scale);
    }

    private static double[] distribution(double[][] a, double[] mu, int size) {
        double[] e = new double[size];
        for (int r = 0; r < a.length; r++) {
            if (mu[r] != 0) {
                for (int i = 0; i < size; i++) {
                    e[i] -= mu[r] * a[r][i];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : e) {
            max = Math.max(max, v);
        }
        double s = 0;
        for (int i = 0; i < size; i++) {
            e[i] = Math.exp(e[i] - max);
            s += e[i];
        }
        for (int i = 0; i < size; i++) {
            e[i] /= s;
        }
        return e;
    }

    private static double dual(double[][] a, double[] mu, int size) {
        double[] e = new double[size];
        for (int r = 0; r < a.length; r++) {
            if (mu[r] != 0) {
                for (int i = 0; i < size; i++) {
                    e[i] -= mu[r] * a[r][i];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : e) {
            max = Math.max(max, v);
        }
        double s = 0;
        for (double v : e) {
            s += Math.exp(v - max);
        }
        return max + Math.log(s);
    }

    private static double violation(double[][] a, double[] pi) {
        double v = 0;
        for (double[] row : a) {
            double t = 0;
            for (int i = 0; i < pi.length; i++) {
                t += row[i] * pi[i];
            }
            v = Math.max(v, t);
        }
        return v;
    }
}
