package org.gtlab.selfplay;

import org.gtlab.math.Rng;

/**
 * Hedge / multiplicative-weights self-play on a {@link Preference} game: the one MWU engine of the
 * self-play room (spec §2.3, §3.5). The step is x_{t+1} ∝ x_t ⊙ exp(η r_t), kept in log-weights and
 * normalised with log-sum-exp (some iterates approach the simplex corners). Modes:
 * <ul>
 *   <li>{@link Mode#EXACT} — SPPO's idealised update r_t = P x_t (full-information Hedge self-play).</li>
 *   <li>{@link Mode#SPPO_SAMPLED} — draw K actions from x_t, P̂ of each sample is the row mean of the
 *       K × K matrix of P(y_k ≻ y_k′), including the self-comparison ½ (SPPO's code) or excluding it
 *       (÷ (K − 1)); averaged per distinct action, unsampled actions get ½; r = P̂ − ½.</li>
 *   <li>{@link Mode#SPO_SAMPLED} — draw N actions; each comparison of a pair is one Bernoulli draw
 *       from P; a sample's reward is its win fraction against the other N − 1; averaged per action,
 *       unsampled ½.</li>
 *   <li>{@link Mode#FULL_VECTOR} — draw N opponents y_k ~ x_t; for every action r̂_i = (1/N)Σ_k B_ik,
 *       B_ik ~ Bernoulli(P(i ≻ y_k)): unbiased for (P x_t)_i, so Hedge's expected-gap bound holds
 *       with the extra Azuma term (spec §3.7).</li>
 *   <li>{@link Mode#OPTIMISTIC} — optimistic Hedge (Rakhlin &amp; Sridharan 2013; Daskalakis &amp;
 *       Panageas 2019): x_{t+1} ∝ x_t ⊙ exp(η(2 P x_t − P x_{t−1})). In a zero-sum game with a
 *       unique equilibrium and a small enough η its <em>last iterate</em> converges to it; on a
 *       preference game with an interior von Neumann winner KL(x* ‖ x_t) → 0.</li>
 *   <li>{@link Mode#EXTRAGRADIENT} — extragradient / mirror prox (Korpelevich 1976; Nemirovski
 *       2004), the exact form of EGPO's update: x_{t+½} ∝ x_t ⊙ exp(η P x_t), then
 *       x_{t+1} ∝ x_t ⊙ exp(η P x_{t+½}); with the entropy mirror map its last iterate also
 *       converges to a unique equilibrium for small η (Mertikopoulos et al. 2019). Each step costs two
 *       matrix-vector products.</li>
 * </ul>
 * The two last-iterate modes are deterministic (they use r = P x). With uniform x_0 and η = √(8 ln K / T) the exact mode's average x̄_T = (1/T)Σ_{t&lt;T} x_t has
 * duality gap ≤ √(2 ln K / T) (Freund–Schapire 1999); with an interior winner the last iterate
 * drifts away: KL(x* ‖ x_t) never decreases.
 *
 * <p>Failure modes: η ≤ 0 or not finite, a sample count below 1 (below 2 for SPO and for SPPO
 * without the self-comparison), or a start that is not a full-support distribution of the right
 * length are refused with an {@link IllegalArgumentException} naming the parameter.
 */
public final class HedgeSelfPlay {

    /** The update rule. */
    public enum Mode {
        /** r = P x. */
        EXACT,
        /** SPPO's sampled row-mean estimator. */
        SPPO_SAMPLED,
        /** SPO's sampled win-rate rewards. */
        SPO_SAMPLED,
        /** Unbiased full-vector estimate. */
        FULL_VECTOR,
        /** Optimistic Hedge: exponent η(2 r_t − r_{t−1}), r = P x. */
        OPTIMISTIC,
        /** Extragradient (mirror prox): a leading Hedge half-step, then the step with its reward. */
        EXTRAGRADIENT
    }

    /**
     * One iterate: log-weights (normalised, so {@code exp(logw)} is x_t), the iterate x_t itself, the
     * sum of the iterates so far (x_0 .. x_{t−1}), the step t, the generator state and the reward
     * vector of the previous step (the optimistic mode's r_{t−1}; P x_0 at t = 0, so its first step
     * is a plain Hedge step). Arrays are never modified after construction (read them, do not write
     * them).
     */
    public record State(double[] logw, double[] x, double[] sum, long t, long rng, double[] previous) {

        /** The running average x̄_t (x_0 at t = 0). */
        public double[] average() {
            if (t == 0) {
                return x.clone();
            }
            double[] a = new double[sum.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = sum[i] / t;
            }
            return a;
        }
    }

    private final Preference pref;
    private final double[][] p;
    private final Mode mode;
    private final double eta;
    private final int samples;
    private final boolean selfInclusive;
    private final double[] start;

    /**
     * @param pref          the preference game
     * @param mode          update rule
     * @param eta           learning rate η &gt; 0
     * @param samples       K (SPPO) or N (SPO, full-vector); ignored in exact mode
     * @param selfInclusive SPPO estimator: include the self-comparison ½ (SPPO's code) or not
     * @param start         x_0 (null: uniform), full support
     */
    public HedgeSelfPlay(Preference pref, Mode mode, double eta, int samples, boolean selfInclusive, double[] start) {
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("learning rate eta must be > 0 and finite, got " + eta);
        }
        int minSamples = mode == Mode.SPO_SAMPLED || (mode == Mode.SPPO_SAMPLED && !selfInclusive) ? 2 : 1;
        if (mode != Mode.EXACT && samples < minSamples) {
            throw new IllegalArgumentException("samples must be >= " + minSamples + " for " + mode + ", got " + samples);
        }
        int k = pref.size();
        if (start == null) {
            start = new double[k];
            java.util.Arrays.fill(start, 1.0 / k);
        }
        if (start.length != k) {
            throw new IllegalArgumentException("start has " + start.length + " entries, expected " + k);
        }
        double s = 0;
        for (int i = 0; i < k; i++) {
            if (!(start[i] > 0)) {
                throw new IllegalArgumentException("start entry " + (i + 1) + " = " + start[i] + " must be > 0");
            }
            s += start[i];
        }
        if (Math.abs(s - 1) > 1e-9) {
            throw new IllegalArgumentException("start sums to " + s + ", expected 1");
        }
        this.pref = pref;
        this.p = pref.matrix();
        this.mode = mode;
        this.eta = eta;
        this.samples = samples;
        this.selfInclusive = selfInclusive;
        this.start = start.clone();
    }

    /** The preference game. */
    public Preference preference() {
        return pref;
    }

    /** The learning rate. */
    public double eta() {
        return eta;
    }

    /** The mode. */
    public Mode mode() {
        return mode;
    }

    /** η = √(8 ln K / T), the rate of the Hedge bound for horizon T. */
    public static double boundRate(int k, long horizon) {
        return Math.sqrt(8 * Math.log(k) / horizon);
    }

    /** The state at t = 0. */
    public State start(long seed) {
        double[] lw = new double[start.length];
        for (int i = 0; i < lw.length; i++) {
            lw[i] = StrictMath.log(start[i]);
        }
        return new State(lw, start.clone(), new double[start.length], 0, Rng.stream(seed, 7).state(),
                pref.against(start));
    }

    /** One Hedge step. */
    public State step(State s) {
        int k = p.length;
        double[] x = s.x();
        double[] sum = s.sum().clone();
        for (int i = 0; i < k; i++) {
            sum[i] += x[i];
        }
        Rng rng = Rng.fromState(s.rng());
        double[] r;
        double[] exponent;
        switch (mode) {
            case OPTIMISTIC: {
                r = pref.against(x);
                exponent = new double[k];
                double[] prev = s.previous();
                for (int i = 0; i < k; i++) {
                    exponent[i] = 2 * r[i] - prev[i];
                }
                break;
            }
            case EXTRAGRADIENT: {
                double[] half = new double[k];
                hedge(s.logw(), pref.against(x), new double[k], half);
                r = pref.against(half);
                exponent = r;
                break;
            }
            default:
                r = reward(x, rng);
                exponent = r;
        }
        double[] lw = new double[k];
        double[] nx = new double[k];
        hedge(s.logw(), exponent, lw, nx);
        return new State(lw, nx, sum, s.t() + 1, rng.state(), r);
    }

    /** One log-domain Hedge step: lw = normalised (old + η·r), nx = exp(lw). */
    private void hedge(double[] old, double[] r, double[] lw, double[] nx) {
        int k = old.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            lw[i] = old[i] + eta * r[i];
            max = Math.max(max, lw[i]);
        }
        double z = 0;
        for (int i = 0; i < k; i++) {
            nx[i] = StrictMath.exp(lw[i] - max);
            z += nx[i];
        }
        double lse = max + StrictMath.log(z);
        for (int i = 0; i < k; i++) {
            lw[i] -= lse;
            nx[i] /= z;
        }
    }

    /** Runs {@code steps} steps from {@code start(seed)}. */
    public State run(long seed, long steps) {
        State s = start(seed);
        for (long t = 0; t < steps; t++) {
            s = step(s);
        }
        return s;
    }

    private double[] reward(double[] x, Rng rng) {
        int k = p.length;
        switch (mode) {
            case EXACT:
                return pref.against(x);
            case FULL_VECTOR: {
                double[] r = new double[k];
                for (int n = 0; n < samples; n++) {
                    int y = draw(x, rng);
                    for (int i = 0; i < k; i++) {
                        if (rng.nextDouble() < p[i][y]) {
                            r[i] += 1;
                        }
                    }
                }
                for (int i = 0; i < k; i++) {
                    r[i] /= samples;
                }
                return r;
            }
            case SPPO_SAMPLED:
                return perAction(k, sppoEstimates(x, rng));
            case SPO_SAMPLED:
            default:
                return perAction(k, spoRewards(x, rng));
        }
    }

    /** Per-action averages of (action, value) samples; unsampled actions get ½. */
    private static double[] perAction(int k, double[][] est) {
        double[] r = new double[k];
        int[] n = new int[k];
        int[] a = new int[est[0].length];
        for (int m = 0; m < a.length; m++) {
            int i = (int) est[0][m];
            r[i] += est[1][m];
            n[i]++;
        }
        for (int i = 0; i < k; i++) {
            r[i] = n[i] == 0 ? 0.5 : r[i] / n[i];
        }
        return r;
    }

    /**
     * SPPO's per-sample estimates: row 0 the K sampled actions, row 1 each sample's P̂ (row mean of
     * the K × K probability matrix, with or without the self-comparison).
     */
    public double[][] sppoEstimates(double[] x, Rng rng) {
        int kk = samples;
        int[] y = new int[kk];
        for (int m = 0; m < kk; m++) {
            y[m] = draw(x, rng);
        }
        double[][] out = new double[2][kk];
        for (int m = 0; m < kk; m++) {
            double s = 0;
            for (int q = 0; q < kk; q++) {
                if (q != m || selfInclusive) {
                    s += p[y[m]][y[q]];
                }
            }
            out[0][m] = y[m];
            out[1][m] = s / (selfInclusive ? kk : kk - 1);
        }
        return out;
    }

    /**
     * SPO's per-sample rewards: row 0 the N sampled actions, row 1 each sample's win fraction
     * against the other N − 1 (one Bernoulli draw from P per pair).
     */
    public double[][] spoRewards(double[] x, Rng rng) {
        int nn = samples;
        int[] y = new int[nn];
        for (int m = 0; m < nn; m++) {
            y[m] = draw(x, rng);
        }
        double[] wins = new double[nn];
        for (int m = 0; m < nn; m++) {
            for (int q = m + 1; q < nn; q++) {
                if (rng.nextDouble() < p[y[m]][y[q]]) {
                    wins[m]++;
                } else {
                    wins[q]++;
                }
            }
        }
        double[][] out = new double[2][nn];
        for (int m = 0; m < nn; m++) {
            out[0][m] = y[m];
            out[1][m] = wins[m] / (nn - 1);
        }
        return out;
    }

    static int draw(double[] x, Rng rng) {
        double u = rng.nextDouble();
        double c = 0;
        for (int i = 0; i < x.length; i++) {
            c += x[i];
            if (u < c) {
                return i;
            }
        }
        for (int i = x.length - 1; i >= 0; i--) {
            if (x[i] > 0) {
                return i;
            }
        }
        return x.length - 1;
    }

    /** KL(x* ‖ x) = Σ x*_i log(x*_i / x_i) from the log-weights of {@code s} (finite even near corners). */
    public static double klFrom(double[] xStar, State s) {
        double kl = 0;
        for (int i = 0; i < xStar.length; i++) {
            if (xStar[i] > 0) {
                kl += xStar[i] * (StrictMath.log(xStar[i]) - s.logw()[i]);
            }
        }
        return kl;
    }

    /** SPPO's normaliser excess Z̃ = Σ_y π(y)·exp(η(P(y ≻ π) − ½)) ≥ 1 (Jensen). */
    public static double normaliser(Preference pref, double[] pi, double eta) {
        double[] r = pref.against(pi);
        double z = 0;
        for (int i = 0; i < pi.length; i++) {
            z += pi[i] * StrictMath.exp(eta * (r[i] - 0.5));
        }
        return z;
    }
}
