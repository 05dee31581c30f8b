package org.gtlab.dynamics;

/**
 * An autonomous vector field {@code ẋ = F(x)} on a product of simplices (a population dynamic).
 * Implementations are immutable and thread-safe; {@link #derivative(double[], double[])} allocates
 * nothing in the hot path of the integrators.
 *
 * <p>Every field of this package keeps each population's total constant ({@code Σ_i F_i(x) = 0} per
 * population when the shares sum to 1), so trajectories stay on the simplices up to rounding.
 */
public interface VectorField {

    /** The state space. */
    SimplexProduct space();

    /** Writes {@code F(x)} into {@code dx} (both of length {@code space().dimension()}). */
    void derivative(double[] x, double[] dx);

    /** {@code F(x)} as a new array. */
    default double[] derivative(double[] x) {
        double[] dx = new double[space().dimension()];
        derivative(x, dx);
        return dx;
    }

    /** Euclidean length of {@code F(x)} (the "speed" used to colour portraits). */
    default double speed(double[] x) {
        double s = 0;
        for (double d : derivative(x)) {
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
