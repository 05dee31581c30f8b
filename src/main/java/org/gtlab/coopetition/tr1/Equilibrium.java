package org.gtlab.coopetition.tr1;

import java.util.Arrays;

/**
 * The result of an equilibrium solve ({@link EquilibriumSolver}): the last iterate, whether the
 * Gauss–Seidel sweep met its stopping rule, the number of sweeps and the last largest change.
 * A non-converged result is never a coopetitive equilibrium: {@link #requireConverged()} turns it
 * into one clear error carrying the last iterate.
 *
 * @param actions    the last iterate a (one entry per actor)
 * @param converged  true if max_i |a_i − a_i^old| &lt; tolerance within the sweep limit
 * @param sweeps     sweeps done
 * @param lastChange max_i |a_i − a_i^old| of the last sweep
 */
public record Equilibrium(double[] actions, boolean converged, int sweeps, double lastChange) {

    public Equilibrium {
        actions = actions.clone();
    }

    @Override
    public double[] actions() {
        return actions.clone();
    }

    /** a_i. */
    public double action(int i) {
        return actions[i];
    }

    /** Mean action. */
    public double meanAction() {
        double s = 0;
        for (double a : actions) {
            s += a;
        }
        return s / actions.length;
    }

    /**
     * This result, if it converged.
     *
     * @throws IllegalStateException "did not converge in K sweeps (last change c); last iterate a = (…)"
     */
    public Equilibrium requireConverged() {
        if (!converged) {
            throw new IllegalStateException("the best-response iteration did not converge in " + sweeps
                    + " sweeps (last change " + lastChange + "); last iterate a = " + Arrays.toString(actions));
        }
        return this;
    }

    @Override
    public String toString() {
        return "Equilibrium" + Arrays.toString(actions) + (converged ? " converged" : " NOT converged") + " after "
                + sweeps + " sweeps";
    }
}
