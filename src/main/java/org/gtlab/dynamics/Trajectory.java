package org.gtlab.dynamics;

import java.util.Objects;

import org.gtlab.math.Cancellation;

/**
 * An immutable sampled solution of {@code ẋ = F(x)}: states at times {@code t_0 = 0, Δ, 2Δ, …}.
 */
public final class Trajectory {

    private final double[] times;
    private final double[][] states;

    private Trajectory(double[] times, double[][] states) {
        this.times = times;
        this.states = states;
    }

    /**
     * Integrates from {@code x0} and records {@code points + 1} states at times {@code k · interval},
     * k = 0 … points.
     *
     * @throws IllegalArgumentException if x0 is not in the state space, the interval is not positive
     *         or points is negative
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static Trajectory integrate(VectorField field, double[] x0, Integrator integrator, double interval,
            int points) {
        Objects.requireNonNull(integrator, "integrator");
        field.space().check(x0, 1e-9);
        if (!(interval > 0) || Double.isInfinite(interval)) {
            throw new IllegalArgumentException("output interval must be a finite number > 0, got " + interval);
        }
        if (points < 0) {
            throw new IllegalArgumentException("number of points must be ≥ 0, got " + points);
        }
        double[] times = new double[points + 1];
        double[][] states = new double[points + 1][];
        states[0] = x0.clone();
        double h = integrator.initialStep();
        double[] x = x0.clone();
        for (int k = 1; k <= points; k++) {
            if ((k & 63) == 0) {
                Cancellation.check();
            }
            Integrator.Advance a = integrator.advance(field, x, interval, h);
            x = a.state();
            h = a.nextStep();
            times[k] = k * interval;
            states[k] = x;
        }
        return new Trajectory(times, states);
    }

    /** Number of recorded states. */
    public int size() {
        return times.length;
    }

    public double time(int k) {
        return times[k];
    }

    /** The k-th state (a copy). */
    public double[] state(int k) {
        return states[k].clone();
    }

    /** Share i of the k-th state (no copy). */
    public double get(int k, int i) {
        return states[k][i];
    }

    /** The last state (a copy). */
    public double[] last() {
        return states[states.length - 1].clone();
    }

    /** All times (a copy). */
    public double[] times() {
        return times.clone();
    }
}
