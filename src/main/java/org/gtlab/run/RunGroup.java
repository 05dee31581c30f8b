package org.gtlab.run;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Several runs started together by {@link RunExecutor#startAll} (the seeds of a multi-seed run, the
 * cells of a sweep), controlled and watched as one. Thread-safe.
 */
public interface RunGroup {

    /** The runs, in the order of the specs given to {@code startAll}. */
    List<RunHandle> runs();

    /** Number of runs. */
    default int size() {
        return runs().size();
    }

    /** Runs that have ended (completed, cancelled or failed). */
    int finished();

    /**
     * Aggregate progress in [0, 1]: the mean over the runs of their progress (1 for an ended run,
     * otherwise {@link RunSpec#progress} of its latest snapshot). Never decreases.
     */
    double progress();

    /** Cancels every run that has not ended (queued runs end CANCELLED without starting). */
    void cancel();

    /** True once {@link #cancel()} has been called. */
    boolean isCancelled();

    /** True when every run has ended. */
    default boolean isDone() {
        return finished() == size();
    }

    /**
     * Completes (normally, never exceptionally) with {@link #runs()} when every run has ended; look
     * at each run's {@link RunHandle#status()} and {@link RunHandle#failure()} for the outcome.
     */
    CompletableFuture<List<RunHandle>> completion();
}
