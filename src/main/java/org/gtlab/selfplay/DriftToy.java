package org.gtlab.selfplay;

import org.gtlab.math.Rng;

/**
 * The optional closed-loop drift toy of the self-play spec §9 (lab design, inspired by the
 * "self-evolution trilemma" of Wang et al. 2026, arXiv:2602.09877): a categorical target π* over m
 * categories; generation g draws n samples from π_g, π̂ is their frequency, and
 * π_{g+1} = (1 − λ)·π̂ + λ·π* with λ the share of external data. With λ = 0 the chain is a martingale
 * (E[π_{g+1} | π_g] = π_g) and extinction is absorbing; with λ &gt; 0 every category keeps
 * π_g(k) ≥ λ·π*(k). KL(π_g ‖ π*) stays finite; KL(π* ‖ π_g) is +∞ once a category dies out.
 *
 * <p>Failure modes: λ outside [0, 1], n &lt; 1, or a target that is not a distribution are refused.
 */
public final class DriftToy {

    private final double[] target;
    private final int n;
    private final double lambda;

    /** The toy with target π*, n samples per generation and external share λ. */
    public DriftToy(double[] target, int n, double lambda) {
        double s = 0;
        for (int k = 0; k < target.length; k++) {
            if (!(target[k] >= 0)) {
                throw new IllegalArgumentException("target probability " + (k + 1) + " = " + target[k] + " must be >= 0");
            }
            s += target[k];
        }
        if (target.length == 0 || Math.abs(s - 1) > 1e-9) {
            throw new IllegalArgumentException("target sums to " + s + ", expected 1");
        }
        if (n < 1) {
            throw new IllegalArgumentException("samples per generation n must be >= 1, got " + n);
        }
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("external share lambda must lie in [0, 1], got " + lambda);
        }
        this.target = target.clone();
        this.n = n;
        this.lambda = lambda;
    }

    /** π_{g+1} from π_g. */
    public double[] next(double[] pi, Rng rng) {
        double[] counts = new double[pi.length];
        for (int s = 0; s < n; s++) {
            counts[HedgeSelfPlay.draw(pi, rng)]++;
        }
        double[] out = new double[pi.length];
        for (int k = 0; k < pi.length; k++) {
            out[k] = (1 - lambda) * counts[k] / n + lambda * target[k];
        }
        return out;
    }

    /** KL(p ‖ q), +∞ if q has a zero where p has mass. */
    public static double kl(double[] p, double[] q) {
        double s = 0;
        for (int k = 0; k < p.length; k++) {
            if (p[k] > 0) {
                if (q[k] == 0) {
                    return Double.POSITIVE_INFINITY;
                }
                s += p[k] * Math.log(p[k] / q[k]);
            }
        }
        return s;
    }

    /** Categories with π(k) = 0. */
    public static int extinct(double[] pi) {
        int e = 0;
        for (double v : pi) {
            e += v == 0 ? 1 : 0;
        }
        return e;
    }
}
