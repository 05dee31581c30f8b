package org.gtlab.cli;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.gtlab.compute.Workers;

/**
 * Makes SIGTERM and Ctrl+C (SIGINT) stop a run cleanly: a JVM shutdown hook cancels the run (or
 * run group) — runs end within 100 ms of a cancel — and then waits up to 5 s for the command to
 * write its partial outputs ({@link #outputsWritten()}) before the JVM halts. The command waits for
 * its run with {@link #await}, which polls, so it never blocks forever on a run that cannot report.
 */
final class StopOnSignal implements AutoCloseable {

    private final CountDownLatch written = new CountDownLatch(1);
    private final AutoCloseable hook;
    private volatile boolean signalled;

    StopOnSignal(Runnable cancel) {
        this.hook = Workers.onShutdown("gtlab-stop", () -> {
            signalled = true;
            cancel.run();
            try {
                written.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** True if a signal (or System.exit elsewhere) asked the process to stop. */
    boolean signalled() {
        return signalled;
    }

    /**
     * Waits for the future, calling {@code tick} about every 200 ms (progress lines).
     *
     * @return the value
     * @throws ExecutionException if the future failed
     */
    static <T> T await(CompletableFuture<T> f, Runnable tick) throws ExecutionException, InterruptedException {
        while (true) {
            try {
                return f.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                tick.run();
            } catch (CancellationException e) {
                throw new ExecutionException(e);
            }
        }
    }

    /** The partial outputs are on disk: the shutdown hook may let the JVM halt. */
    void outputsWritten() {
        written.countDown();
    }

    @Override
    public void close() {
        written.countDown();
        try {
            hook.close();
        } catch (Exception e) {
            // removing a hook during shutdown: nothing to do
        }
    }
}
