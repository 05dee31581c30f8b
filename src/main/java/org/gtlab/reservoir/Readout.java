package org.gtlab.reservoir;

/**
 * Frozen logistic readout a* = σ(w_out·x + b_out) (spec §2.3), fitted once by ridge regression in
 * logit space: targets logit(0.95) for cooperative states, logit(0.05) for defection states; design
 * [x, 1]; penalty λ_reg·N on the d weight diagonals only (bias unpenalised); the (d+1)×(d+1) normal
 * equations are solved by Cholesky.
 *
 * @throws IllegalArgumentException for empty or ragged data, non-finite values, a negative penalty,
 *     or a normal matrix that is not positive definite (e.g. λ_reg = 0 with collinear states)
 */
public final class Readout {
    public static final double TARGET_COOP = 0.95;
    public static final double TARGET_DEFECT = 0.05;

    private final double[] w;
    private final double bias;

    public Readout(double[] w, double bias) {
        Check.finite("w_out", w);
        Check.finite("b_out", bias);
        this.w = w.clone();
        this.bias = bias;
    }

    /** The logit ln(p/(1−p)). */
    public static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /** The logistic σ(z). */
    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** Fits the readout on cooperative and defection state samples with penalty λ_reg·N_total. */
    public static Readout fitLogit(double[][] coop, double[][] defect, double lambdaReg) {
        int n = coop.length + defect.length;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < coop.length; i++) {
            x[i] = coop[i];
            y[i] = logit(TARGET_COOP);
        }
        for (int i = 0; i < defect.length; i++) {
            x[coop.length + i] = defect[i];
            y[coop.length + i] = logit(TARGET_DEFECT);
        }
        double[] sol = ridge(x, y, lambdaReg * n);
        int d = sol.length - 1;
        return new Readout(java.util.Arrays.copyOf(sol, d), sol[d]);
    }

    /**
     * Solves (XᵀX + Λ)w = Xᵀy with X = [x, 1] and Λ = diag(penalty, …, penalty, 0); returns (d+1)
     * entries, the last one the bias.
     */
    public static double[] ridge(double[][] x, double[] y, double penalty) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("ridge needs a non-empty sample with one target per row, got "
                    + x.length + " rows and " + y.length + " targets");
        }
        if (!(penalty >= 0) || !Double.isFinite(penalty)) {
            throw new IllegalArgumentException("ridge penalty must be finite and ≥ 0, got " + penalty);
        }
        int d = x[0].length;
        int m = d + 1;
        double[] a = new double[m * m];
        double[] rhs = new double[m];
        double[] row = new double[m];
        for (int r = 0; r < x.length; r++) {
            if (x[r].length != d) {
                throw new IllegalArgumentException("ridge row " + r + " has " + x[r].length + " entries, expected " + d);
            }
            Check.finite("state row " + r, x[r]);
            Check.finite("target " + r, y[r]);
            System.arraycopy(x[r], 0, row, 0, d);
            row[d] = 1;
            for (int i = 0; i < m; i++) {
                double ri = row[i];
                rhs[i] += ri * y[r];
                for (int j = 0; j <= i; j++) {
                    a[i * m + j] += ri * row[j];
                }
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                a[j * m + i] = a[i * m + j];
            }
        }
        for (int i = 0; i < d; i++) {
            a[i * m + i] += penalty;
        }
        return choleskySolve(a, rhs, m);
    }

    static double[] choleskySolve(double[] a, double[] rhs, int m) {
        double[] l = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * m + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * m + k] * l[j * m + k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("ridge normal matrix is not positive definite (pivot "
                                + i + " = " + s + "); raise lambda_reg");
                    }
                    l[i * m + i] = Math.sqrt(s);
                } else {
                    l[i * m + j] = s / l[j * m + j];
                }
            }
        }
        double[] z = new double[m];
        for (int i = 0; i < m; i++) {
            double s = rhs[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * m + k] * z[k];
            }
            z[i] = s / l[i * m + i];
        }
        double[] sol = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < m; k++) {
                s -= l[k * m + i] * sol[k];
            }
            sol[i] = s / l[i * m + i];
        }
        return sol;
    }

    /** w_out·x + b_out. */
    public double activation(double[] x) {
        double s = bias;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    /** a* = σ(w_out·x + b_out). */
    public double output(double[] x) {
        return sigmoid(activation(x));
    }

    /** A copy of w_out. */
    public double[] weights() {
        return w.clone();
    }

    public double bias() {
        return bias;
    }
}
