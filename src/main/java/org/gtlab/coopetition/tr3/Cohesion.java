package org.gtlab.coopetition.tr3;

/**
 * Team cohesion (spec §4.4; TR3-code-orig, GYM-tr3): the dependency-weighted mean loyalty
 * C = Σ D_{T,i} θ_i / Σ D_{T,i}, where D_{T,i} is the team's dependence on member i (from the i*
 * model of the team as a composite actor). C is reported but does not feed back into the
 * equilibrium (A12). If every weight is 0 the suite's convention C = 0 is used (the gym returns 0.5).
 */
public final class Cohesion {

    private Cohesion() {
    }

    /**
     * @throws IllegalArgumentException if the lengths differ, a weight is negative or not finite, or a
     *         loyalty is outside [0, 1]
     */
    public static double of(double[] weights, double[] loyalty) {
        if (weights.length != loyalty.length) {
            throw new IllegalArgumentException(weights.length + " dependency weights for " + loyalty.length
                    + " members");
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isFinite(weights[i]) || weights[i] < 0) {
                throw new IllegalArgumentException("dependency weight D_T," + i + " must be a finite number ≥ 0, got "
                        + weights[i]);
            }
            TeamModel.checkLoyalty(loyalty[i]);
            num += weights[i] * loyalty[i];
            den += weights[i];
        }
        return den == 0 ? 0 : num / den;
    }
}
