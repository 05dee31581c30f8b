package org.gtlab.reservoir;

import org.gtlab.math.Rng;

/**
 * Echo-state body reservoir of spec §2.2: x(t+1) = tanh(W·x + W_in·[own, opp] + b) + ξ,
 * ξ ~ N(0, σ_ξ²·I) added after tanh every step (no leak).
 *
 * <p>Construction ({@link #random}): draw order W (row-major d², entries N(0, 1/d)), the
 * spectral-radius estimate (power mode: its d-entry start vector), W_in (row-major d×2, N(0, 0.5²)),
 * b (N(0, 0.3²)); W is rescaled to spectral radius 0.9 by the chosen estimate (skipped if it is 0).
 * {@link #copy()} duplicates W, W_in, b (not aliased) and resets x = 0. W is mutable only through
 * {@link Habituation}.
 *
 * @throws IllegalArgumentException for d outside 1..2000 or a non-finite input
 */
public final class Reservoir implements Body {
    public static final double SIGMA_NOISE = 0.15;
    public static final double RHO_INIT = 0.9;
    public static final double W_IN_STD = 0.5;
    public static final double BIAS_STD = 0.3;

    final int d;
    final double[] w;
    final double[] win;
    final double[] b;
    final double[] x;
    private final double sigma;
    private final double[] pre;
    private double initialEstimate;

    Reservoir(int d, double[] w, double[] win, double[] b, double sigma) {
        this.d = d;
        this.w = w;
        this.win = win;
        this.b = b;
        this.sigma = sigma;
        this.x = new double[d];
        this.pre = new double[d];
    }

    /** A random reservoir of size {@code d} drawn from {@code rng} (which continues afterwards). */
    public static Reservoir random(int d, Rng rng, SpectralRadius.Mode mode) {
        Check.dimension(d);
        double[] w = new double[d * d];
        double sd = 1.0 / Math.sqrt(d);
        for (int i = 0; i < w.length; i++) {
            w[i] = sd * Streams.normal(rng);
        }
        double r = mode == SpectralRadius.Mode.POWER ? SpectralRadius.powerIteration(w, d, rng)
                : SpectralRadius.exact(w, d);
        if (r > 0) {
            double s = RHO_INIT / r;
            for (int i = 0; i < w.length; i++) {
                w[i] *= s;
            }
        }
        double[] win = new double[2 * d];
        for (int i = 0; i < win.length; i++) {
            win[i] = W_IN_STD * Streams.normal(rng);
        }
        double[] b = new double[d];
        for (int i = 0; i < d; i++) {
            b[i] = BIAS_STD * Streams.normal(rng);
        }
        Reservoir res = new Reservoir(d, w, win, b, SIGMA_NOISE);
        res.initialEstimate = r;
        return res;
    }

    /** Builds a reservoir from explicit parameters (copied), with state 0 — for tests and tools. */
    public static Reservoir of(int d, double[] w, double[] win, double[] b, double sigma) {
        Check.dimension(d);
        if (w.length != d * d || win.length != 2 * d || b.length != d) {
            throw new IllegalArgumentException("reservoir shapes must be W d×d, W_in d×2, b d for d = " + d);
        }
        Check.finite("W", w);
        Check.finite("W_in", win);
        Check.finite("b", b);
        if (!(sigma >= 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("noise sigma must be finite and ≥ 0, got " + sigma);
        }
        return new Reservoir(d, w.clone(), win.clone(), b.clone(), sigma);
    }

    /** The spectral-radius estimate used to rescale W at construction (0 when built by {@link #of}). */
    public double initialEstimate() {
        return initialEstimate;
    }

    @Override
    public int dim() {
        return d;
    }

    @Override
    public double[] state() {
        return x;
    }

    /** A copy of W (row-major). */
    public double[] weights() {
        return w.clone();
    }

    /** A copy of W_in (row-major d×2: column 0 own action, column 1 opponent). */
    public double[] inputWeights() {
        return win.clone();
    }

    /** A copy of b. */
    public double[] bias() {
        return b.clone();
    }

    @Override
    public void step(double own, double opp, Rng noise) {
        if (!Double.isFinite(own) || !Double.isFinite(opp)) {
            throw new IllegalArgumentException("reservoir input must be finite, got [" + own + ", " + opp + "]");
        }
        for (int i = 0; i < d; i++) {
            double s = b[i] + win[2 * i] * own + win[2 * i + 1] * opp;
            int o = i * d;
            for (int j = 0; j < d; j++) {
                s += w[o + j] * x[j];
            }
            pre[i] = s;
        }
        for (int i = 0; i < d; i++) {
            x[i] = Math.tanh(pre[i]);
        }
        if (sigma > 0) {
            for (int i = 0; i < d; i++) {
                x[i] += sigma * Streams.normal(noise);
            }
        }
    }

    @Override
    public Reservoir copy() {
        Reservoir c = new Reservoir(d, w.clone(), win.clone(), b.clone(), sigma);
        c.initialEstimate = initialEstimate;
        return c;
    }

    /** Drives open-loop with constant input for {@code burn} steps, then returns the next {@code keep} states. */
    public double[][] collect(double own, double opp, int burn, int keep, Rng noise) {
        for (int t = 0; t < burn; t++) {
            step(own, opp, noise);
        }
        double[][] out = new double[keep][];
        for (int t = 0; t < keep; t++) {
            step(own, opp, noise);
            out[t] = x.clone();
        }
        return out;
    }

    /** Resets the state to 0. */
    public void reset() {
        java.util.Arrays.fill(x, 0);
    }
}
