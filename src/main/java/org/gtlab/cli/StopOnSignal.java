package org.gtlab.cli;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

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
    private Runnable cancel;

    /** Registers the hook; call before the run starts, then {@link #onSignal} with the run's cancel. */
    StopOnSignal() {
        this.hook = Workers.onShutdown("gtlab-stop", () -> {
            Runnable c;
            synchronized (this) {
                signalled = true;
                c = cancel;
            }
            if (c != null) {
                c.run();
            }
            try {
                written.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** What a signal cancels (the run or group); runs it at once if a signal came already. */
    void onSignal(Runnable cancelRun) {
        boolean now;
        synchronized (this) {
            cancel = cancelRun;
            now = signalled;
        }
        if (now) {
            cancelRun.run();
        }
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
        // parking allocates nothing: the waiting thread keeps working when a run has filled the heap
        while (!f.isDone()) {
            java.util.concurrent.locks.LockSupport.parkNanos(POLL_NANOS);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            tick.run();
        }
        try {
            return f.get();
        } catch (CancellationException e) {
            throw new ExecutionException(e);
        }
    }

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

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
