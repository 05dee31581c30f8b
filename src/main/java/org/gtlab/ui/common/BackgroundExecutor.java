package org.gtlab.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and delivers its result on the UI thread. The app uses
 * {@link FxBackgroundExecutor}; view-model tests use {@link DirectExecutor}, which runs everything
 * at once on the calling thread, so that asynchronous code is deterministic in tests (the pattern
 * of JabRef's {@code CurrentThreadTaskExecutor}).
 */
public interface BackgroundExecutor {

    /** A handle on submitted work. */
    interface Job {
        /** Interrupts the work (solvers stop at their next cancellation check); no callback runs afterwards. */
        void cancel();

        boolean isDone();
    }

    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI
     * thread, unless the job was cancelled first.
     */
    <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code r} on the UI thread (later, or now in tests). */
    void runOnUiThread(Runnable r);

    /** Stops the workers (at application exit); executors without threads do nothing. */
    default void shutdown() {
    }
}
