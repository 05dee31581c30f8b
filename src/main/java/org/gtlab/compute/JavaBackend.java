package org.gtlab.compute;

/**
 * The reference backend: plain loops on {@code double[]}, in a fixed evaluation order, so results are
 * bit-identical on every machine (it uses no transcendental functions except in
 * {@link ComputeBackend.Activation#TANH}/{@link ComputeBackend.Activation#SIGMOID}, which use
 * {@link StrictMath}). Single-threaded per call; callers parallelise over calls. Stateless and
 * thread-safe.
 */
public final class JavaBackend implements ComputeBackend {

    /** The one instance. */
    public static final JavaBackend INSTANCE = new JavaBackend();

    private JavaBackend() {
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public void replicator(int batch, int n, int m, double[] a, double[] b, double[] x, double[] y, double dt,
            int steps) {
        ComputeBackend.checkLength("A", a, (long) batch * n * m);
        ComputeBackend.checkLength("B", b, (long) batch * n * m);
        ComputeBackend.checkLength("x", x, (long) batch * n);
        ComputeBackend.checkLength("y", y, (long) batch * m);
        int d = n + m;
        double[] s = new double[d];
        double[] k1 = new double[d];
        double[] k2 = new double[d];
        double[] k3 = new double[d];
        double[] k4 = new double[d];
        double[] t = new double[d];
        for (int c = 0; c < batch; c++) {
            int ao = c * n * m;
            System.arraycopy(x, c * n, s, 0, n);
            System.arraycopy(y, c * m, s, n, m);
            for (int st = 0; st < steps; st++) {
                replicatorField(a, b, ao, n, m, s, k1);
                for (int i = 0; i < d; i++) {
                    t[i] = s[i] + 0.5 * dt * k1[i];
                }
                replicatorField(a, b, ao, n, m, t, k2);
                for (int i = 0; i < d; i++) {
                    t[i] = s[i] + 0.5 * dt * k2[i];
                }
                replicatorField(a, b, ao, n, m, t, k3);
                for (int i = 0; i < d; i++) {
                    t[i] = s[i] + dt * k3[i];
                }
                replicatorField(a, b, ao, n, m, t, k4);
                for (int i = 0; i < d; i++) {
                    s[i] = s[i] + dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
                }
                renormalise(s, 0, n);
                renormalise(s, n, m);
            }
            System.arraycopy(s, 0, x, c * n, n);
            System.arraycopy(s, n, y, c * m, m);
        }
    }

    /**
     * Divides a population's shares by their sum. The simplex is invariant under the flow, but not
     * attracting across it: the sum S obeys Ṡ = xᵀAy (1 − S), so with negative mean payoffs rounding
     * errors off the simplex grow (a run of 1000 steps can lose most of its mass). Projecting back
     * after every step keeps the numerical run on the simplex.
     */
    static void renormalise(double[] s, int off, int len) {
        double sum = 0;
        for (int i = 0; i < len; i++) {
            sum += s[off + i];
        }
        for (int i = 0; i < len; i++) {
            s[off + i] = s[off + i] / sum;
        }
    }

    /**
     * The two-population replicator field at s = (x, y) into ds: ẋ_i = x_i((Ay)_i − xᵀAy),
     * ẏ_j = y_j((Bᵀx)_j − xᵀBy), with A and B row-major (n × m) at offset ao — the one formula of the
     * batched kernel, also used by the sweep room's per-cell integrator.
     */
    public static void replicatorField(double[] a, double[] b, int ao, int n, int m, double[] s, double[] ds) {
        double xay = 0;
        for (int i = 0; i < n; i++) {
            double f = 0;
            for (int j = 0; j < m; j++) {
                f += a[ao + i * m + j] * s[n + j];
            }
            ds[i] = f;
            xay += s[i] * f;
        }
        for (int i = 0; i < n; i++) {
            ds[i] = s[i] * (ds[i] - xay);
        }
        double xby = 0;
        for (int j = 0; j < m; j++) {
            double g = 0;
            for (int i = 0; i < n; i++) {
                g += b[ao + i * m + j] * s[i];
            }
            ds[n + j] = g;
            xby += s[n + j] * g;
        }
        for (int j = 0; j < m; j++) {
            ds[n + j] = s[n + j] * (ds[n + j] - xby);
        }
    }

    @Override
    public void matVec(int batch, int d, double[] w, double[] v, double[] out, Activation f) {
        ComputeBackend.checkLength("W", w, (long) batch * d * d);
        ComputeBackend.checkLength("v", v, (long) batch * d);
        ComputeBackend.checkLength("out", out, (long) batch * d);
        for (int c = 0; c < batch; c++) {
            int wo = c * d * d;
            int vo = c * d;
            for (int i = 0; i < d; i++) {
                double z = 0;
                int row = wo + i * d;
                for (int j = 0; j < d; j++) {
                    z += w[row + j] * v[vo + j];
                }
                out[vo + i] = apply(f, z);
            }
        }
    }

    /** The activation of one value (shared with the other backends' documentation). */
    public static double apply(Activation f, double z) {
        switch (f) {
            case TANH:
                return StrictMath.tanh(z);
            case RELU:
                return z > 0 ? z : 0;
            case SIGMOID:
                return 1 / (1 + StrictMath.exp(-z));
            default:
                return z;
        }
    }

    @Override
    public void squaredDistances(int n, int m, int d, double[] p, double[] q, double[] out) {
        ComputeBackend.checkLength("P", p, (long) n * d);
        ComputeBackend.checkLength("Q", q, (long) m * d);
        ComputeBackend.checkLength("out", out, (long) n * m);
        double[] qn = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += q[j * d + k] * q[j * d + k];
            }
            qn[j] = s;
        }
        for (int i = 0; i < n; i++) {
            double pn = 0;
            for (int k = 0; k < d; k++) {
                pn += p[i * d + k] * p[i * d + k];
            }
            for (int j = 0; j < m; j++) {
                double dot = 0;
                for (int k = 0; k < d; k++) {
                    dot += p[i * d + k] * q[j * d + k];
                }
                double v = pn + qn[j] - 2 * dot;
                out[i * m + j] = v > 0 ? v : 0;
            }
        }
    }

    @Override
    public void rowReduce(int rows, int cols, double[] v, int[] argmax, double[] sums) {
        ComputeBackend.checkLength("v", v, (long) rows * cols);
        ComputeBackend.checkLength("sums", sums, rows);
        if (argmax == null || argmax.length != rows) {
            throw new IllegalArgumentException("argmax has " + (argmax == null ? 0 : argmax.length)
                    + " entries, expected " + rows);
        }
        for (int r = 0; r < rows; r++) {
            int best = 0;
            double s = 0;
            for (int c = 0; c < cols; c++) {
                double e = v[r * cols + c];
                s += e;
                if (e > v[r * cols + best]) {
                    best = c;
                }
            }
            argmax[r] = best;
            sums[r] = s;
        }
    }
}
