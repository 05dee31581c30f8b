package org.gtlab.solve.logit;

import org.gtlab.game.NormalFormGame;

/**
 * Expected payoffs of an N-player game at a mixed profile in doubles, with the first derivatives
 * path followers and Newton correctors need. For player p and pure strategy j,
 * {@code v[p][j] = Σ_{s₋ₚ} u_p(j, s₋ₚ) Π_{q≠p} x_q(s_q)}, and for a second player q ≠ p and its
 * strategy k, {@code w[p][q][j][k] = ∂v[p][j]/∂x_q(k)}, the expected payoff of j when q plays k
 * and the others mix. One pass over the payoff tensor computes both (O(|S|·N²) work).
 *
 * <p>Not thread-safe; one instance per computation. Fails with an {@link IllegalArgumentException}
 * only on profiles of the wrong shape.
 */
public final class MixedPayoffs {

    private final NormalFormGame game;
    private final int n;
    private final int[] shape;
    private final double[][] pay;
    /** v[p][j] */
    public final double[][] v;
    /** w[p][q][j][k], null for p == q */
    public final double[][][][] w;

    public MixedPayoffs(NormalFormGame game) {
        this.game = game;
        this.n = game.numPlayers();
        this.shape = game.shape();
        this.pay = new double[n][];
        for (int p = 0; p < n; p++) {
            pay[p] = game.payoffsDouble(p);
        }
        v = new double[n][];
        w = new double[n][n][][];
        for (int p = 0; p < n; p++) {
            v[p] = new double[shape[p]];
            for (int q = 0; q < n; q++) {
                if (q != p) {
                    w[p][q] = new double[shape[p]][shape[q]];
                }
            }
        }
    }

    public NormalFormGame game() {
        return game;
    }

    /** Fills {@link #v} (and {@link #w} when {@code derivatives}) for the profile x. */
    public void compute(double[][] x, boolean derivatives) {
        if (x.length != n) {
            throw new IllegalArgumentException("profile for " + x.length + " players, expected " + n);
        }
        for (int p = 0; p < n; p++) {
            java.util.Arrays.fill(v[p], 0);
            if (derivatives) {
                for (int q = 0; q < n; q++) {
                    if (q != p) {
                        for (double[] row : w[p][q]) {
                            java.util.Arrays.fill(row, 0);
                        }
                    }
                }
            }
        }
        if (n == 2) {
            int m0 = shape[0];
            for (int k = 0; k < shape[1]; k++) {
                for (int i = 0; i < m0; i++) {
                    int idx = i + m0 * k;
                    double a = pay[0][idx];
                    double b = pay[1][idx];
                    v[0][i] += a * x[1][k];
                    v[1][k] += b * x[0][i];
                    if (derivatives) {
                        w[0][1][i][k] = a;
                        w[1][0][k][i] = b;
                    }
                }
            }
            return;
        }
        int[] s = new int[n];
        int profiles = game.numProfiles();
        for (int idx = 0; idx < profiles; idx++) {
            for (int p = 0; p < n; p++) {
                double u = pay[p][idx];
                if (u == 0) {
                    continue;
                }
                if (!derivatives) {
                    double wt = 1;
                    for (int q = 0; q < n && wt != 0; q++) {
                        if (q != p) {
                            wt *= x[q][s[q]];
                        }
                    }
                    v[p][s[p]] += u * wt;
                    continue;
                }
                for (int q = 0; q < n; q++) {
                    if (q == p) {
                        continue;
                    }
                    double wt = 1;
                    for (int r = 0; r < n && wt != 0; r++) {
                        if (r != p && r != q) {
                            wt *= x[r][s[r]];
                        }
                    }
                    w[p][q][s[p]][s[q]] += u * wt;
                }
                // v from one of the w's: v[p][j] = Σ_k w[p][q][j][k] x_q(k) (done after the pass)
            }
            for (int q = 0; q < n; q++) {
                if (++s[q] < shape[q]) {
                    break;
                }
                s[q] = 0;
            }
        }
        if (derivatives) {
            for (int p = 0; p < n; p++) {
                int q = p == 0 ? 1 : 0;
                for (int j = 0; j < shape[p]; j++) {
                    double t = 0;
                    for (int k = 0; k < shape[q]; k++) {
                        t += w[p][q][j][k] * x[q][k];
                    }
                    v[p][j] = t;
                }
            }
        }
    }

    /** Largest gain any player gets from a pure deviation at x: max_p (max_j v[p][j] − Σ_j x_p(j) v[p][j]). */
    public double maxRegret(double[][] x) {
        compute(x, false);
        double r = 0;
        for (int p = 0; p < n; p++) {
            double best = Double.NEGATIVE_INFINITY;
            double avg = 0;
            for (int j = 0; j < shape[p]; j++) {
                best = Math.max(best, v[p][j]);
                avg += x[p][j] * v[p][j];
            }
            r = Math.max(r, best - avg);
        }
        return r;
    }

    /** Solves the square system a·d = b in place by Gaussian elimination with partial pivoting; false if singular. */
    public static boolean solve(double[][] a, double[] b, double[] d) {
        int m = b.length;
        for (int c = 0; c < m; c++) {
            int piv = c;
            for (int r = c + 1; r < m; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv][c]) < 1e-300 || !Double.isFinite(a[piv][c])) {
                return false;
            }
            double[] tr = a[c];
            a[c] = a[piv];
            a[piv] = tr;
            double tb = b[c];
            b[c] = b[piv];
            b[piv] = tb;
            for (int r = c + 1; r < m; r++) {
                double f = a[r][c] / a[c][c];
                if (f != 0) {
                    for (int k = c; k < m; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                    b[r] -= f * b[c];
                }
            }
        }
        for (int r = m - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < m; k++) {
                s -= a[r][k] * d[k];
            }
            d[r] = s / a[r][r];
            if (!Double.isFinite(d[r])) {
                return false;
            }
        }
        return true;
    }
}
