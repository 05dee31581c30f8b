package org.gtlab.reservoir;

import org.gtlab.math.Rng;

/**
 * Batch Oja habituation of W with the spectral clamp (spec §2.4, CODE form).
 *
 * <p>One epoch = {@link #EPOCH} driving steps, then W_ij ← W_ij + β(⟨x_i x_j⟩ − ⟨x_i²⟩·W_ij) with averages
 * over the epoch's states, then {@link #clamp}: if ρ̂(W) > 0.99 rescale to 0.99; else if 1e-10 < ρ̂ < 0.05
 * rescale to 0.05. In {@link SpectralRadius.Mode#POWER} mode ρ̂ uses a fresh {@code Rng.of(42)} at every
 * update and the rescale divides by a second estimate from the next start vector of that stream (spec §10);
 * in EXACT mode it is max|λ|. Expect the clamp to bind (pre-clamp ρ̂ ≈ 1.2 at d = 30), contrary to the
 * paper's text.
 */
public final class Habituation {
    public static final double BETA = 0.01;
    public static final int EPOCH = 500;
    public static final double RHO_MAX = 0.99;
    public static final double RHO_MIN = 0.05;

    /** How the habituation drive chooses the own-action input. */
    public enum Drive { OPEN_LOOP, CLOSED_LOOP }

    private Habituation() {
    }

    /** Applies the batch Oja rule in place to the row-major d×d {@code w} from {@code states} (n×d). */
    public static void batchOja(double[] w, int d, double[][] states, double beta) {
        int n = states.length;
        if (n == 0) {
            throw new IllegalArgumentException("batch Oja needs at least one state");
        }
        double[] c = new double[d * d];
        for (double[] x : states) {
            for (int i = 0; i < d; i++) {
                double xi = x[i];
                int o = i * d;
                for (int j = 0; j < d; j++) {
                    c[o + j] += xi * x[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            double xii = c[i * d + i] / n;
            int o = i * d;
            for (int j = 0; j < d; j++) {
                w[o + j] += beta * (c[o + j] / n - xii * w[o + j]);
            }
        }
    }

    /**
     * The spectral projection; returns the pre-clamp estimate ρ̂ (so callers can record whether it bound).
     */
    public static double clamp(double[] w, int d, SpectralRadius.Mode mode) {
        Rng rng = Rng.of(42);
        double r = mode == SpectralRadius.Mode.POWER ? SpectralRadius.powerIteration(w, d, rng)
                : SpectralRadius.exact(w, d);
        double target;
        if (r > RHO_MAX) {
            target = RHO_MAX;
        } else if (r > 1e-10 && r < RHO_MIN) {
            target = RHO_MIN;
        } else {
            return r;
        }
        double r2 = mode == SpectralRadius.Mode.POWER ? SpectralRadius.powerIteration(w, d, rng) : r;
        if (r2 > 0) {
            double s = target / r2;
            for (int i = 0; i < w.length; i++) {
                w[i] *= s;
            }
        }
        return r;
    }

    /**
     * Runs {@code epochs} habituation epochs on {@code res} (its state persists); the drive is open-loop
     * [1,1] or closed-loop a = α·a* + (1−α)·a_cog against an always-cooperating opponent. Returns the
     * pre-clamp estimates per epoch.
     */
    public static double[] habituate(Reservoir res, Readout ro, int epochs, Drive drive, double alpha,
            SpectralRadius.Mode mode, Rng rng) {
        if (epochs < 0) {
            throw new IllegalArgumentException("habituation epochs H must be ≥ 0, got " + epochs);
        }
        Check.unit("alpha", alpha);
        double[] pre = new double[epochs];
        double[][] s = new double[EPOCH][];
        for (int e = 0; e < epochs; e++) {
            for (int t = 0; t < EPOCH; t++) {
                double own = 1;
                if (drive == Drive.CLOSED_LOOP) {
                    own = alpha * ro.output(res.x) + (1 - alpha) * 1.0;
                }
                res.step(own, 1, rng);
                s[t] = res.x.clone();
            }
            batchOja(res.w, res.d, s, BETA);
            pre[e] = clamp(res.w, res.d, mode);
        }
        return pre;
    }
}
