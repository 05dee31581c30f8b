package org.gtlab.reservoir;

import org.gtlab.math.Rng;

/**
 * One independent {@link Rng} stream per purpose (spec §3 "Seeds"), plus the Gaussian draw used
 * everywhere: normal = √(−2·ln max(u₁, 1e-300))·cos(2π·u₂), two uniforms per normal (spec §10).
 * A seed's results depend only on (seed, purpose), never on which thread runs it.
 */
public final class Streams {
    /** Construction of W, W_in, b and the habituation drive. */
    public static final long CONSTRUCTION = 1;
    /** Cooperative readout-training copy. */
    public static final long TRAIN_COOP = 2;
    /** Defection readout-training copy. */
    public static final long TRAIN_DEFECT = 3;
    /** Habituated reference run p_hab. */
    public static final long REFERENCE = 4;
    /** Opponent schedule draws. */
    public static final long OPPONENT = 5;
    /** Sentinel baseline initialisation. */
    public static final long SENTINEL_BASELINE = 6;
    /** First evaluation stream; condition c uses EVALUATION + c. */
    public static final long EVALUATION = 1000;

    private Streams() {
    }

    /** The stream for {@code purpose} of {@code seed}. */
    public static Rng of(long seed, long purpose) {
        return Rng.stream(seed, purpose);
    }

    /** A standard normal variate (Box–Muller, cosine branch only). */
    public static double normal(Rng rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(Math.max(u1, 1e-300))) * Math.cos(2.0 * Math.PI * u2);
    }
}
