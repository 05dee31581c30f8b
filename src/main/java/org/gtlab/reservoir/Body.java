package org.gtlab.reservoir;

import org.gtlab.math.Rng;

/**
 * The body layer as the round loop sees it: a state x(t) ∈ ℝ^d that is read before the step and
 * advanced by {@link #step(double, double, Rng)} with input [own, opp]. {@link Reservoir} is the real
 * body; tests substitute recording stubs to check the round timing of spec §2.6.
 */
public interface Body {
    /** State dimension d. */
    int dim();

    /** The live state x(t) (callers must not modify it). */
    double[] state();

    /** x(t+1) from input u(t) = [own, opp] and the noise drawn from {@code noise}. */
    void step(double own, double opp, Rng noise);

    /** A fresh copy with the same parameters and state x = 0. */
    Body copy();
}
