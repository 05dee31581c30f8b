package org.gtlab.run;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link RunExecutor#background()}: a fixed-size pool of daemon worker threads, time-sliced. */
final class PoolRunExecutor extends AbstractRunExecutor {

    /** Slice length when other runs are waiting. */
    static final long SLICE_NANOS = 50_000_000L;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ThreadPoolExecutor pool;

    PoolRunExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a run executor needs at least one thread, got " + threads);
        }
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "gtlab-run-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
        this.pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public void schedule(Run<?> run) {
        try {
            pool.execute(() -> run.runSlice(SLICE_NANOS));
        } catch (RejectedExecutionException e) {
            run.cancel();
        }
    }

    @Override
    public boolean othersWaiting() {
        return !pool.getQueue().isEmpty();
    }

    @Override
    public boolean interruptible() {
        return true;
    }

    @Override
    public void close() {
        cancelAll();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                pool.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
