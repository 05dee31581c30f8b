package org.gtlab.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * Background work on a small pool of daemon threads (never the FX thread); callbacks are posted
 * to the FX thread with {@link Platform#runLater}. Cancelling interrupts the worker, and a
 * cancelled job never calls back.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {

    private final ExecutorService pool;

    public FxBackgroundExecutor() {
        int n = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        AtomicInteger count = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "gtlab-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(n, tf);
    }

    @Override
    public <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> f = pool.submit(() -> {
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
            }
        });
        return new Job() {
            @Override
            public void cancel() {
                cancelled.set(true);
                f.cancel(true);
            }

            @Override
            public boolean isDone() {
                return f.isDone();
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

    /** Stops the workers (at application exit). */
    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
