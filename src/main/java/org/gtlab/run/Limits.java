package org.gtlab.run;

/**
 * How long a run goes and how often it reports.
 *
 * @param maxSteps number of steps to run (≥ 0); a run also ends early when its experiment says it
 *        is finished
 * @param reportEvery a {@link Snapshot} is taken at step 0, at every multiple of this (≥ 1) and at
 *        the last step
 * @param checkpointEvery a {@link Checkpoint} is taken at every multiple of this; 0 = never
 *        (one can still be taken on demand from a {@link RunHandle})
 */
public record Limits(long maxSteps, long reportEvery, long checkpointEvery) {

    /** @throws IllegalArgumentException if a bound is out of range */
    public Limits {
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must be ≥ 0, got " + maxSteps);
        }
        if (reportEvery < 1) {
            throw new IllegalArgumentException("reportEvery must be ≥ 1, got " + reportEvery);
        }
        if (checkpointEvery < 0) {
            throw new IllegalArgumentException("checkpointEvery must be ≥ 0, got " + checkpointEvery);
        }
    }

    /** {@code maxSteps} steps, about 1,000 reports ({@code reportEvery = max(1, maxSteps / 1000)}), no checkpoints. */
    public static Limits of(long maxSteps) {
        return new Limits(maxSteps, Math.max(1, maxSteps / 1000), 0);
    }

    public Limits withReportEvery(long k) {
        return new Limits(maxSteps, k, checkpointEvery);
    }

    public Limits withCheckpointEvery(long k) {
        return new Limits(maxSteps, reportEvery, k);
    }

    public Limits withMaxSteps(long n) {
        return new Limits(n, reportEvery, checkpointEvery);
    }

    /** True if a snapshot is due at {@code step} (not counting an early finish). */
    public boolean reportsAt(long step) {
        return step == 0 || step % reportEvery == 0 || step == maxSteps;
    }
}
