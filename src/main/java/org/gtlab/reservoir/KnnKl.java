package org.gtlab.reservoir;

/**
 * k-nearest-neighbour KL divergence estimator (Pérez-Cruz 2008; Wang, Kulkarni and Verdú 2009), spec §2.8:
 * KL̂(P‖Q) = (d/n)·Σ_i ln(ν_k(i)/ρ_k(i)) + ln(m/(n−1)), ρ_k(i) = distance from P_i to its k-th nearest
 * neighbour in P (self excluded), ν_k(i) = to its k-th nearest neighbour in Q; Euclidean; both floored
 * at 1e-300. Brute force O(n(n+m)d) with a size-k insertion buffer; the experiment value is
 * {@link #clipped} = max(0, KL̂). Strongly biased upward in high d: compare only values of this estimator.
 *
 * @throws IllegalArgumentException if n < k+1, m < k, k < 1, the dimensions differ, or a value is NaN/∞
 */
public final class KnnKl {
    public static final int K = 5;

    private KnnKl() {
    }

    /** The unclipped estimate. */
    public static double estimate(double[][] p, double[][] q, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("kNN-KL needs k ≥ 1, got " + k);
        }
        int n = p.length;
        int m = q.length;
        if (n < k + 1) {
            throw new IllegalArgumentException("kNN-KL needs at least k+1 = " + (k + 1) + " P-samples, got " + n);
        }
        if (m < k) {
            throw new IllegalArgumentException("kNN-KL needs at least k = " + k + " Q-samples, got " + m);
        }
        int d = p[0].length;
        for (int i = 0; i < n; i++) {
            checkRow("P", i, p[i], d);
        }
        for (int i = 0; i < m; i++) {
            checkRow("Q", i, q[i], d);
        }
        double[] buf = new double[k];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double rho = kth(p[i], p, i, k, buf);
            double nu = kth(p[i], q, -1, k, buf);
            sum += Math.log(Math.max(nu, 1e-300) / Math.max(rho, 1e-300));
        }
        return (double) d / n * sum + Math.log((double) m / (n - 1));
    }

    /** max(0, {@link #estimate}). */
    public static double clipped(double[][] p, double[][] q, int k) {
        return Math.max(0, estimate(p, q, k));
    }

    private static void checkRow(String name, int i, double[] r, int d) {
        if (r.length != d) {
            throw new IllegalArgumentException("kNN-KL: " + name + "[" + i + "] has dimension " + r.length + ", expected " + d);
        }
        for (double v : r) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("kNN-KL: " + name + "[" + i + "] contains " + v);
            }
        }
    }

    /** Distance from {@code x} to its k-th nearest neighbour in {@code set}, skipping index {@code self}. */
    private static double kth(double[] x, double[][] set, int self, int k, double[] buf) {
        java.util.Arrays.fill(buf, Double.POSITIVE_INFINITY);
        int d = x.length;
        for (int j = 0; j < set.length; j++) {
            if (j == self) {
                continue;
            }
            double[] y = set[j];
            double s = 0;
            for (int c = 0; c < d; c++) {
                double e = x[c] - y[c];
                s += e * e;
            }
            if (s < buf[k - 1]) {
                int pos = k - 1;
                while (pos > 0 && buf[pos - 1] > s) {
                    buf[pos] = buf[pos - 1];
                    pos--;
                }
                buf[pos] = s;
            }
        }
        return Math.sqrt(buf[k - 1]);
    }
}
