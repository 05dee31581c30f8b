package org.gtlab.reservoir;

/**
 * Layer 3 (spec §2.6 step 3): the receptivity α(t) used at round t, given the pre-update state, the body
 * output a*(t) and the cognitive action a_cog(t). Static governors ignore their arguments; the
 * {@link Sentinel} updates itself and returns the updated value.
 */
public interface Governor {
    /** α(t) ∈ [0,1] for this round. */
    double alpha(double[] x, double aBody, double aCog);

    /** Static α. @throws IllegalArgumentException if α is outside [0,1] */
    static Governor fixed(double alpha) {
        Check.unit("alpha", alpha);
        return (x, aBody, aCog) -> alpha;
    }
}
