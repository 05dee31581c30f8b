package org.gtlab.coopetition.tr1;

/**
 * A value specification of TR-1 with its complementarity: the published comparison uses power
 * (β = 0.75, γ = 0.5) against logarithmic (θ = 20, γ = 0.65) (spec §3.1, TR1-readme; A9: the two are
 * compared at different γ).
 *
 * @param value the value function
 * @param gamma γ ∈ [0, 1]
 */
public record Specification(ValueFunction value, double gamma) {

    /** Power, β = 0.75, γ = 0.5. */
    public static final Specification POWER = new Specification(ValueFunction.power(0.75), 0.5);
    /** Logarithmic, θ = 20, γ = 0.65. */
    public static final Specification LOG = new Specification(ValueFunction.log(20), 0.65);

    /** @throws IllegalArgumentException for a missing value function or γ outside [0, 1] */
    public Specification {
        if (value == null) {
            throw new IllegalArgumentException("value function is missing");
        }
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("complementarity γ must be in [0, 1], got " + gamma);
        }
    }

    /** The same value function at another γ. */
    public Specification withGamma(double g) {
        return new Specification(value, g);
    }
}
