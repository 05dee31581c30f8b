package org.gtlab.reservoir;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.gtlab.math.Rng;

/**
 * Spectral-radius estimates of a square row-major matrix (spec §2.2, §9 item 2).
 *
 * <p>{@link Mode#POWER}: the author's estimator — 300 power iterations from a Gaussian start vector,
 * normalising after each multiply, returning ‖W·v‖ of the last iteration; 0 if a norm falls below
 * 1e-15. It is unreliable when the top eigenvalues are a complex pair (true ρ 0.73–1.15 for
 * matrices "rescaled to 0.9"), but it is what the published numbers come from.
 * {@link Mode#EXACT}: max |λ| from a real eigen-decomposition (Commons Math), the "clean" mode.
 */
public final class SpectralRadius {
    /** Estimator choice. */
    public enum Mode { POWER, EXACT }

    public static final int ITERATIONS = 300;

    private SpectralRadius() {
    }

    /** Power-iteration estimate with the start vector drawn (d normals) from {@code rng}. */
    public static double powerIteration(double[] w, int d, Rng rng) {
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            v[i] = Streams.normal(rng);
        }
        return powerIteration(w, d, v);
    }

    /** Power-iteration estimate from the given start vector (not modified). */
    public static double powerIteration(double[] w, int d, double[] start) {
        double[] v = start.clone();
        double n0 = norm(v);
        if (n0 < 1e-15) {
            return 0;
        }
        for (int i = 0; i < d; i++) {
            v[i] /= n0;
        }
        double[] wv = new double[d];
        double last = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            mul(w, d, v, wv);
            last = norm(wv);
            if (last < 1e-15) {
                return 0;
            }
            for (int i = 0; i < d; i++) {
                v[i] = wv[i] / last;
            }
        }
        return last;
    }

    /** Exact spectral radius max |λ_i|. */
    public static double exact(double[] w, int d) {
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            System.arraycopy(w, i * d, a[i], 0, d);
        }
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(a, false));
        double[] re = e.getRealEigenvalues();
        double[] im = e.getImagEigenvalues();
        double r = 0;
        for (int i = 0; i < d; i++) {
            r = Math.max(r, Math.hypot(re[i], im[i]));
        }
        return r;
    }

    static void mul(double[] w, int d, double[] v, double[] out) {
        for (int i = 0; i < d; i++) {
            double s = 0;
            int o = i * d;
            for (int j = 0; j < d; j++) {
                s += w[o + j] * v[j];
            }
            out[i] = s;
        }
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
