package org.gtlab.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.gtlab.compute.Workers;

/**
 * Background work on the shared {@link Workers} budget given to the constructor (never the FX
 * thread); callbacks are posted to the FX thread with {@link Platform#runLater}. Cancelling
 * interrupts the job's worker while the job runs, and a cancelled job never calls back.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {

    private final Workers workers;
    private final boolean owned;

    /** Jobs run on {@code workers}, the composition root's one budget; {@link #shutdown} leaves it open. */
    public FxBackgroundExecutor(Workers workers) {
        this(Objects.requireNonNull(workers, "workers"), false);
    }

    /**
     * Jobs run on a budget of its own (up to 4 threads), closed by {@link #shutdown}: for tests and
     * tools without a composition root.
     */
    public FxBackgroundExecutor() {
        this(new Workers(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), "gtlab-ui-worker"),
                true);
    }

    private FxBackgroundExecutor(Workers workers, boolean owned) {
        this.workers = workers;
        this.owned = owned;
    }

    @Override
    public <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        // the worker running the job, while it runs; guarded by itself
        Thread[] runner = new Thread[1];
        workers.execute(() -> {
            synchronized (runner) {
                if (cancelled.get()) {
                    done.set(true);
                    return;
                }
                runner[0] = Thread.currentThread();
            }
            try {
                T r = work.call();
                if (!cancelled.get() && !Thread.currentThread().isInterrupted()) {
                    Platform.runLater(() -> {
                        if (!cancelled.get()) {
                            onSuccess.accept(r);
                        }
                    });
                }
            } catch (Throwable e) {
                if (!cancelled.get()) {
                    Platform.runLater(() -> {
                        if (!cancelled.get()) {
                            onFailure.accept(e);
                        }
                    });
                }
            } finally {
                synchronized (runner) {
                    runner[0] = null;
                    Thread.interrupted(); // a cancel that came after the work: not for the next task
                }
                done.set(true);
            }
        });
        return new Job() {
            @Override
            public void cancel() {
                cancelled.set(true);
                synchronized (runner) {
                    if (runner[0] != null) {
                        runner[0].interrupt();
                    } else {
                        done.set(true);
                    }
                }
            }

            @Override
            public boolean isDone() {
                return done.get();
            }
        };
    }

    @Override
    public void runOnUiThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** Stops the workers if this executor made its own (at application exit); a shared budget stays open. */
    @Override
    public void shutdown() {
        if (owned) {
            workers.shutdown(0);
        }
    }
}
