package org.gtlab.run;

import java.util.concurrent.RejectedExecutionException;

import org.gtlab.compute.Workers;

/**
 * {@link RunExecutor#background}: runs on a {@link Workers} budget, time-sliced (50 ms slices when
 * other tasks wait). With a shared {@code Workers} the executor's {@link #close()} cancels its runs
 * but leaves the workers to their owner; with its own, it shuts them down too.
 */
final class PoolRunExecutor extends AbstractRunExecutor {

    /** Slice length when other runs are waiting. */
    static final long SLICE_NANOS = 50_000_000L;

    private final Workers workers;
    private final boolean owned;

    PoolRunExecutor(Workers workers, boolean owned) {
        this.workers = java.util.Objects.requireNonNull(workers, "workers");
        this.owned = owned;
    }

    @Override
    public void schedule(Run<?> run) {
        try {
            workers.execute(() -> run.runSlice(SLICE_NANOS));
        } catch (RejectedExecutionException e) {
            run.cancel();
        }
    }

    @Override
    public boolean othersWaiting() {
        return workers.othersWaiting();
    }

    @Override
    public boolean interruptible() {
        return true;
    }

    @Override
    public void close() {
        cancelAll();
        if (owned) {
            workers.shutdown(2000);
        }
    }
}
