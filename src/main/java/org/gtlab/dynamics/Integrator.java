package org.gtlab.dynamics;

/**
 * A numerical integrator for autonomous fields {@code ẋ = F(x)}. Immutable and thread-safe; the
 * step size that an adaptive method has learned is returned in {@link Advance#nextStep()} and passed
 * back in by the caller, so an integration split into pieces (one run step per output point)
 * is deterministic and can be checkpointed.
 */
public interface Integrator {

    /** The result of {@link #advance}: the new state and bookkeeping. */
    record Advance(double[] state, double nextStep, int steps, int rejected) {
    }

    /** Short name, e.g. "RK4 (dt = 0.01)". */
    String name();

    /** The step size to start with. */
    double initialStep();

    /**
     * Integrates from {@code x} over {@code duration > 0} time units, landing exactly on the end.
     *
     * @param step the step size to try first (the previous {@link Advance#nextStep()}, or
     *        {@link #initialStep()})
     * @throws IllegalArgumentException if the duration is not a finite positive number
     * @throws IllegalStateException if the state stops being finite (the field blew up)
     */
    Advance advance(VectorField field, double[] x, double duration, double step);

    /** Convenience: advance with the initial step and return the state. */
    default double[] integrate(VectorField field, double[] x, double duration) {
        return advance(field, x, duration, initialStep()).state();
    }
}
