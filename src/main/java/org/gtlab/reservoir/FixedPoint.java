package org.gtlab.reservoir;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Noise-free closed loop at α = 1 (spec §2.7): Φ(x) = tanh(W·x + W_in·[σ(w_out·x + b_out), a°]ᵀ + b),
 * its fixed-point iteration and Jacobian J_Φ(x) = diag(1 − Φ(x)²)·(W + W_in[:,own]·σ'(w_out·x + b_out)·w_outᵀ)
 * (at a fixed point Φ(x*) = x*). Brouwer guarantees a fixed point for every a° ∈ [0,1]; uniqueness only if
 * Φ is a contraction, so {@link #iterate} may stop at a non-cooperative fixed point or not converge.
 */
public final class FixedPoint {
    private final Reservoir res;
    private final Readout ro;
    private final double opp;

    /** Φ for the body {@code res}, readout {@code ro} and stationary opponent action {@code opp} ∈ [0,1]. */
    public FixedPoint(Reservoir res, Readout ro, double opp) {
        this.res = res;
        this.ro = ro;
        this.opp = Check.unit("opponent action", opp);
    }

    /** Φ(x). */
    public double[] phi(double[] x) {
        int d = res.d;
        double a = ro.output(x);
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            double s = res.b[i] + res.win[2 * i] * a + res.win[2 * i + 1] * opp;
            for (int j = 0; j < d; j++) {
                s += res.w[i * d + j] * x[j];
            }
            y[i] = Math.tanh(s);
        }
        return y;
    }

    /** Result of {@link #iterate}: the last iterate, iterations used, final ‖Φ(x) − x‖∞. */
    public record Result(double[] x, int iterations, double residual, boolean converged) {
    }

    /** x ← Φ(x) from {@code x0} until ‖Φ(x) − x‖∞ < tol or {@code maxIter} iterations. */
    public Result iterate(double[] x0, double tol, int maxIter) {
        double[] x = x0.clone();
        for (int it = 1; it <= maxIter; it++) {
            double[] y = phi(x);
            double r = 0;
            for (int i = 0; i < x.length; i++) {
                r = Math.max(r, Math.abs(y[i] - x[i]));
            }
            x = y;
            if (r < tol) {
                return new Result(x, it, r, true);
            }
        }
        double[] y = phi(x);
        double r = 0;
        for (int i = 0; i < x.length; i++) {
            r = Math.max(r, Math.abs(y[i] - x[i]));
        }
        return new Result(x, maxIter, r, r < tol);
    }

    /** J_Φ(x), row-major d×d. */
    public double[] jacobian(double[] x) {
        int d = res.d;
        double[] f = phi(x);
        double z = ro.activation(x);
        double sp = Readout.sigmoid(z) * (1 - Readout.sigmoid(z));
        double[] wo = ro.weights();
        double[] j = new double[d * d];
        for (int i = 0; i < d; i++) {
            double g = 1 - f[i] * f[i];
            double c = res.win[2 * i] * sp;
            for (int k = 0; k < d; k++) {
                j[i * d + k] = g * (res.w[i * d + k] + c * wo[k]);
            }
        }
        return j;
    }

    /** ρ(J_Φ(x)) (exact eigenvalues). */
    public double spectralRadius(double[] x) {
        return SpectralRadius.exact(jacobian(x), res.d);
    }

    /** ‖J_Φ(x)‖₂ (largest singular value). */
    public double operatorNorm(double[] x) {
        int d = res.d;
        double[] j = jacobian(x);
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            System.arraycopy(j, i * d, a[i], 0, d);
        }
        return new SingularValueDecomposition(new Array2DRowRealMatrix(a, false)).getNorm();
    }
}
