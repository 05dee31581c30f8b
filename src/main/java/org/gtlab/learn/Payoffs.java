package org.gtlab.learn;

import org.gtlab.game.NormalFormGame;

/**
 * Fast expected-payoff vectors for learners: a two-player game is kept as flat double matrices
 * (no allocation per call); N-player games go through {@link NormalFormGame#strategyValues}.
 */
final class Payoffs {

    final NormalFormGame game;
    final int n;
    final int[] shape;
    private final double[] a;
    private final double[] b;
    /** Per player: max − min of its payoffs (1 if all equal). */
    final double[] range;

    Payoffs(NormalFormGame game) {
        this.game = game;
        this.n = game.numPlayers();
        this.shape = game.shape();
        this.a = n == 2 ? game.payoffsDouble(0) : null;
        this.b = n == 2 ? game.payoffsDouble(1) : null;
        this.range = new double[n];
        for (int p = 0; p < n; p++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : game.payoffsDouble(p)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            range[p] = hi > lo ? hi - lo : 1;
        }
    }

    /** {@code out[s] = v_p(s, x_{-p})}; player p's own entry of {@code x} is ignored. */
    void values(int p, double[][] x, double[] out) {
        if (n == 2) {
            int m = shape[0];
            int k = shape[1];
            if (p == 0) {
                double[] y = x[1];
                java.util.Arrays.fill(out, 0);
                for (int j = 0; j < k; j++) {
                    double yj = y[j];
                    if (yj != 0) {
                        int base = m * j;
                        for (int i = 0; i < m; i++) {
                            out[i] += a[base + i] * yj;
                        }
                    }
                }
            } else {
                double[] xr = x[0];
                for (int j = 0; j < k; j++) {
                    int base = m * j;
                    double s = 0;
                    for (int i = 0; i < m; i++) {
                        s += b[base + i] * xr[i];
                    }
                    out[j] = s;
                }
            }
            return;
        }
        double[] v = game.strategyValues(p, x);
        System.arraycopy(v, 0, out, 0, v.length);
    }

    /** A fresh {@code values} array per player. */
    double[][] newValues() {
        double[][] v = new double[n][];
        for (int p = 0; p < n; p++) {
            v[p] = new double[shape[p]];
        }
        return v;
    }

    static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    /** Lowest index of the maximum. */
    static int argmax(double[] v) {
        int arg = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[arg]) {
                arg = i;
            }
        }
        return arg;
    }

    /**
     * Accumulates the regret bookkeeping of one iteration in place: for every player p,
     * {@code cumValues[p] += v_p(·, x_{-p})} and {@code cumPayoff[p] += u_p(x)}.
     *
     * @param values scratch for the values, overwritten (values of x after the call)
     */
    void account(double[][] x, double[][] values, double[] cumPayoff, double[][] cumValues) {
        for (int p = 0; p < n; p++) {
            values(p, x, values[p]);
            double[] v = values[p];
            double[] cv = cumValues[p];
            for (int s = 0; s < v.length; s++) {
                cv[s] += v[s];
            }
            cumPayoff[p] += dot(v, x[p]);
        }
    }
}
