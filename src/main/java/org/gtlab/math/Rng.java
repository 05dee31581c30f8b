package org.gtlab.math;

/**
 * A small seeded pseudo-random generator whose whole state is one {@code long}, so a run that uses
 * it can be checkpointed and resumed bit-exactly ({@link #state()} / {@link #fromState(long)}).
 *
 * <p>Algorithm: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014) — the state advances by the odd constant γ = 0x9E3779B97F4A7C15 and the
 * output is the state passed through the "variant 13" 64-bit finaliser of Stafford (2011). This is
 * the generator behind {@link java.util.SplittableRandom}, written out here because
 * {@code SplittableRandom} hides its state. Results are identical on every JVM.
 *
 * <p>Not thread-safe: one instance per thread or per purpose. Independent streams for separate
 * purposes come from {@link #stream(long, long)} (seed, stream number), never from sharing one
 * instance.
 */
public final class Rng {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;

    private Rng(long state) {
        this.state = state;
    }

    /** A generator for {@code seed}. Different seeds give unrelated sequences. */
    public static Rng of(long seed) {
        return new Rng(mix64(seed));
    }

    /**
     * Stream {@code stream} of seed {@code seed}: a generator independent of the other streams of
     * the same seed (for example stream 0 for initial strategies, stream 1 for sampling).
     */
    public static Rng stream(long seed, long stream) {
        return new Rng(mix64(mix64(seed) ^ mix64(stream * GAMMA + 0x632BE59BD9B4E019L)));
    }

    /** A generator continuing exactly from a saved {@link #state()}. */
    public static Rng fromState(long state) {
        return new Rng(state);
    }

    /** The complete state; {@code fromState(state())} continues the same sequence. */
    public long state() {
        return state;
    }

    /** A copy that continues the same sequence independently of this one. */
    public Rng copy() {
        return new Rng(state);
    }

    /** A new generator seeded from this one (this one advances by one draw). */
    public Rng split() {
        return new Rng(mix64(nextLong()));
    }

    /** Uniform over all 2⁶⁴ longs. */
    public long nextLong() {
        state += GAMMA;
        return mix64(state);
    }

    /** Uniform in [0, 1), a multiple of 2⁻⁵³. */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /**
     * Uniform in {@code [0, bound)}, exactly (rejection of the biased top range).
     *
     * @throws IllegalArgumentException if {@code bound ≤ 0}
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        long b = bound;
        long limit = (1L << 32) - ((1L << 32) % b);
        while (true) {
            long r = nextLong() >>> 32;
            if (r < limit) {
                return (int) (r % b);
            }
        }
    }

    /** Standard exponential variate (mean 1), by inversion. */
    public double nextExponential() {
        return -StrictMath.log1p(-nextDouble());
    }

    /**
     * An index drawn with probabilities proportional to {@code weights} (non-negative, positive
     * sum). Walks the cumulative sum; the last index with positive weight absorbs rounding.
     */
    public int nextIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (!(total > 0) || Double.isInfinite(total)) {
            throw new IllegalArgumentException("weights must be non-negative with a finite positive sum, sum = " + total);
        }
        double u = nextDouble() * total;
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    /** A point of the probability simplex drawn uniformly (normalised exponentials, i.e. Dirichlet(1,…,1)). */
    public double[] nextSimplexPoint(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("simplex dimension must be ≥ 1, got " + k);
        }
        double[] x = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            x[i] = nextExponential();
            s += x[i];
        }
        for (int i = 0; i < k; i++) {
            x[i] /= s;
        }
        return x;
    }

    /** Stafford's variant-13 finaliser (the SplitMix64 output function). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
