package org.gtlab.solve;

/**
 * How to run a solve: stop after the first {@code stopAfter} equilibria (0: all; as
 * {@code gambit-lcp --stop-after}), refuse jobs whose {@link WorkEstimate} exceeds
 * {@code maxSeconds} unless {@code force}, and report progress to {@code listener}. Immutable;
 * start from {@link #DEFAULT} and use the withers.
 *
 * @param stopAfter  0 for all equilibria, else the most to compute (methods that can stop early
 *                   do; the others compute all and keep the first in their output order)
 * @param force      run even when the estimate exceeds {@code maxSeconds}
 * @param maxSeconds the largest estimated time run without {@code force}, &gt; 0
 * @param listener   progress reports, never null
 */
public record SolveOptions(int stopAfter, boolean force, double maxSeconds, SolveListener listener) {

    /**
     * Jobs estimated above this many seconds are refused unless forced: the one threshold of GT Lab,
     * used by {@code gtlab solve} (the default of {@code --max-seconds}) and by the desktop app
     * (which asks for a confirmation above it). Estimates come from {@link WorkEstimate}; they are
     * order-of-magnitude figures, so the threshold is a policy, not a measurement.
     */
    public static final double DEFAULT_MAX_SECONDS = 30;

    /** All equilibria, refuse above {@value #DEFAULT_MAX_SECONDS} s, no progress reports. */
    public static final SolveOptions DEFAULT = new SolveOptions(0, false, DEFAULT_MAX_SECONDS, SolveListener.NONE);

    /**
     * @throws IllegalArgumentException if stopAfter &lt; 0, maxSeconds ≤ 0 or listener is null
     */
    public SolveOptions {
        if (stopAfter < 0) {
            throw new IllegalArgumentException("stop-after must be 0 (all) or positive, got " + stopAfter);
        }
        if (!(maxSeconds > 0)) {
            throw new IllegalArgumentException("the time limit must be positive, got " + maxSeconds + " s");
        }
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null (use SolveListener.NONE)");
        }
    }

    public SolveOptions withStopAfter(int n) {
        return new SolveOptions(n, force, maxSeconds, listener);
    }

    public SolveOptions withForce(boolean f) {
        return new SolveOptions(stopAfter, f, maxSeconds, listener);
    }

    public SolveOptions withMaxSeconds(double s) {
        return new SolveOptions(stopAfter, force, s, listener);
    }

    public SolveOptions withListener(SolveListener l) {
        return new SolveOptions(stopAfter, force, maxSeconds, l);
    }

    /**
     * Refuses the job unless forced.
     *
     * @throws WorkRefusedException if not {@link #force()} and {@code estimate.seconds() > maxSeconds}
     */
    public void check(String method, WorkEstimate estimate) {
        if (!force && estimate.seconds() > maxSeconds) {
            throw new WorkRefusedException(method, estimate, maxSeconds);
        }
    }
}
