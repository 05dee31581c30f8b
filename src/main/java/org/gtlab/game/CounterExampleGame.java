package org.gtlab.game;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The FXP counter-example game ("example"): N agents per team, actions {0, 1}, constants C and ε.
 *
 * <p>With k = number of team-A agents playing 1 and l = number of team-B agents playing 1, the payoff to
 * A is (spec fxp-psro.md §4.1, from the authors' {@code matrix_games/example/game.py}):
 * <pre>
 *   U(k, l) = (k − l) + 1[k=0]·(1+ε)·l − 1[l=0]·(1+ε)·k + 1[k=0]·1[l=N]·(C − Nε) − 1[l=0]·1[k=N]·(C − Nε)
 * </pre>
 * that is k − l when both are positive, ε·l (k = 0 &lt; l &lt; N), C (k = 0, l = N), and the negatives
 * when l = 0. (all-0, all-0) is the global Nash equilibrium; (all-1, all-1) is a local equilibrium with
 * team exploitability C. The experiment's values are N = 3, C = 1.5, ε = 0.1.
 *
 * <p>Evaluator: v(a) = Σ_l P_q(l)·U(k(a), l); product policies are evaluated exactly by a
 * Poisson-binomial dynamic programme over the count of 1s, so any N works for
 * {@link #expectedPayoff(TeamPolicy, TeamPolicy)}.
 */
public final class CounterExampleGame extends BinaryTeamGame {

    private final double c;
    private final double eps;
    private final double[][] table;
    private volatile int[] ones;

    /**
     * @throws IllegalArgumentException if n &lt; 1 or a constant is not finite
     */
    public CounterExampleGame(int n, double c, double eps) {
        super(n);
        if (n < 1) {
            throw new IllegalArgumentException("the example game needs N ≥ 1 agents per team, got " + n);
        }
        this.c = TeamGame.finite("C", c);
        this.eps = TeamGame.finite("ε", eps);
        this.table = new double[n + 1][n + 1];
        for (int k = 0; k <= n; k++) {
            for (int l = 0; l <= n; l++) {
                table[k][l] = u(k, l);
            }
        }
    }

    /** The experiment's instance: N = 3, C = 1.5, ε = 0.1. */
    public static CounterExampleGame standard() {
        return new CounterExampleGame(3, 1.5, 0.1);
    }

    private double u(int k, int l) {
        double v = (k - l);
        if (k == 0) {
            v += (1 + eps) * l;
        }
        if (l == 0) {
            v -= (1 + eps) * k;
        }
        if (k == 0 && l == n) {
            v += c - n * eps;
        }
        if (l == 0 && k == n) {
            v -= c - n * eps;
        }
        return v;
    }

    /** U(k, l) for k, l = number of agents playing 1 in team A, team B. */
    public double countPayoff(int k, int l) {
        return table[k][l];
    }

    public double c() {
        return c;
    }

    public double epsilon() {
        return eps;
    }

    @Override
    public String name() {
        return "fxp-example";
    }

    @Override
    public String description() {
        return "FXP counter-example game (N = " + n + ", C = " + c + ", ε = " + eps + ")";
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("N", (double) n);
        m.put("C", c);
        m.put("eps", eps);
        return m;
    }

    @Override
    public double payoff(int[] a, int[] b) {
        return table[count(a)][count(b)];
    }

    private static int count(int[] a) {
        int k = 0;
        for (int x : a) {
            if (x != 0) {
                k++;
            }
        }
        return k;
    }

    private int[] ones() {
        int[] o = ones;
        if (o == null) {
            requireEnumerable("the joint-action evaluator");
            int size = 1 << n;
            o = new int[size];
            for (int i = 0; i < size; i++) {
                o[i] = Integer.bitCount(i);
            }
            ones = o;
        }
        return o;
    }

    @Override
    public double[] valueVs(double[] q) {
        checkJoint(q);
        int[] o = ones();
        double[] pl = new double[n + 1];
        for (int i = 0; i < q.length; i++) {
            pl[o[i]] += q[i];
        }
        double[] byK = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            double s = 0;
            for (int l = 0; l <= n; l++) {
                s += pl[l] * table[k][l];
            }
            byK[k] = s;
        }
        double[] v = new double[q.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = byK[o[i]];
        }
        return v;
    }

    /** Distribution of the number of agents playing 1 under a product policy (Poisson-binomial DP). */
    public double[] countDistribution(TeamPolicy p) {
        checkPolicy(p);
        double[] d = new double[n + 1];
        d[0] = 1;
        for (int x = 0; x < n; x++) {
            double p1 = p.prob(x, 1);
            for (int k = x + 1; k >= 0; k--) {
                double keep = d[k] * (1 - p1);
                double add = k > 0 ? d[k - 1] * p1 : 0;
                d[k] = keep + add;
            }
        }
        return d;
    }

    @Override
    public double expectedPayoff(TeamPolicy a, TeamPolicy b) {
        double[] pa = countDistribution(a);
        double[] pb = countDistribution(b);
        double s = 0;
        for (int k = 0; k <= n; k++) {
            for (int l = 0; l <= n; l++) {
                s += pa[k] * pb[l] * table[k][l];
            }
        }
        return s;
    }
}
