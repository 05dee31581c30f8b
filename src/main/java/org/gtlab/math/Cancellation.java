package org.gtlab.math;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation for long computations: solvers and experiments call {@link #check()}
 * at safe points; a job whose thread has been interrupted (for example by
 * {@code Future.cancel(true)}) stops there with a {@link CancellationException}.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /**
     * @throws CancellationException if the current thread has been interrupted (the interrupt flag
     *         stays set, so callers further up see it too)
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
    }
}
