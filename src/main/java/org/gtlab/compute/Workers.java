package org.gtlab.compute;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The one bounded worker budget of the process: at most {@link #size()} named daemon threads
 * ({@code PREFIX-1}, {@code PREFIX-2}, …, slightly below normal priority) that run queued tasks
 * and end after 1 s idle. The composition roots ({@code cli.Main}, {@code ui.app.GtLabApp}) create
 * one instance and hand it to the run executor and to whatever else needs background threads; no
 * other code creates threads (an ArchUnit rule may enforce it; the run executor's pool is a
 * {@code Workers}).
 *
 * <p>Two ways to submit:
 * <ul>
 *   <li>{@link #execute} queues the task; it runs when a worker is free (FIFO);</li>
 *   <li>{@link #tryExecute} hands the task over only if a worker is idle right now (starting one
 *       if the budget allows) and otherwise refuses, leaving the caller to do the work itself.
 *       This is the deadlock-free way for code already running on a worker (a solver splitting a
 *       job) to ask for best-effort help: it never waits for a worker, so nested parallelism
 *       cannot exhaust the budget.</li>
 * </ul>
 *
 * <p>A task that throws is logged to nobody: its {@link Throwable} goes to the thread's
 * uncaught-exception handler after the worker has been replaced, so one failed task never shrinks
 * the budget. Thread-safe.
 */
public final class Workers implements AutoCloseable {

    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final String prefix;
    private final int size;
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    /** Workers waiting for a task. */
    private int waiting;
    private int counter;
    private boolean closed;

    /**
     * @param size   the most threads at once (≥ 1)
     * @param prefix thread name prefix, e.g. "gtlab-worker"
     * @throws IllegalArgumentException if size &lt; 1
     */
    public Workers(int size, String prefix) {
        if (size < 1) {
            throw new IllegalArgumentException("a worker budget needs at least one thread, got " + size);
        }
        this.size = size;
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** One worker per available processor, named {@code gtlab-worker-N}. */
    public static Workers forCores() {
        return new Workers(Runtime.getRuntime().availableProcessors(), "gtlab-worker");
    }

    /** The budget: the most threads that run at once. */
    public int size() {
        return size;
    }

    /**
     * Queues a task; it runs on a worker when one is free.
     *
     * @throws RejectedExecutionException after {@link #close}
     */
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        synchronized (this) {
            if (closed) {
                throw new RejectedExecutionException("the workers are closed");
            }
            queue.addLast(task);
            if (waiting >= queue.size()) {
                notify();
            } else if (threads.size() < size) {
                startWorker();
            }
        }
    }

    /**
     * Runs the task on a worker only if one is available now (idle, or not yet started within the
     * budget) and nothing else is queued; never waits.
     *
     * @return true if a worker took the task, false if the caller should run it itself
     */
    public boolean tryExecute(Runnable task) {
        Objects.requireNonNull(task, "task");
        synchronized (this) {
            if (closed || !queue.isEmpty()) {
                return false;
            }
            if (waiting > 0) {
                queue.addLast(task);
                notify();
                return true;
            }
            if (threads.size() < size) {
                queue.addLast(task);
                startWorker();
                return true;
            }
            return false;
        }
    }

    /**
     * Runs {@code part.accept(0 … parts − 1)}, spreading the parts over idle workers: parts
     * 1 … parts − 1 are offered with {@link #tryExecute}, the caller runs part 0 and every part no
     * worker took, then waits for the parts the workers took (they started at once, so waiting never
     * deadlocks, even from a worker). With {@code workers == null} every part runs on the caller. The
     * first exception of any part is rethrown on the caller after all parts have ended; the
     * interrupt flag of the caller is kept.
     *
     * @param workers the budget, or null
     */
    public static void runParts(Workers workers, int parts, java.util.function.IntConsumer part) {
        if (workers == null || parts <= 1) {
            for (int p = 0; p < parts; p++) {
                part.accept(p);
            }
            return;
        }
        final Object lock = new Object();
        final int[] running = {0};
        final Throwable[] failure = {null};
        java.util.List<Integer> mine = new java.util.ArrayList<>();
        for (int p = 1; p < parts; p++) {
            final int q = p;
            synchronized (lock) {
                running[0]++;
            }
            boolean taken = workers.tryExecute(() -> {
                try {
                    part.accept(q);
                } catch (Throwable t) {
                    synchronized (lock) {
                        failure[0] = failure[0] == null ? t : failure[0];
                    }
                } finally {
                    synchronized (lock) {
                        running[0]--;
                        lock.notifyAll();
                    }
                }
            });
            if (!taken) {
                synchronized (lock) {
                    running[0]--;
                }
                mine.add(q);
            }
        }
        Throwable own = null;
        try {
            part.accept(0);
            for (int q : mine) {
                part.accept(q);
            }
        } catch (Throwable t) {
            own = t;
        }
        boolean interrupted = false;
        synchronized (lock) {
            while (running[0] > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = own != null ? own : failure[0];
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Tasks waiting for a worker. */
    public synchronized int queued() {
        return queue.size();
    }

    /** True if tasks are waiting for a worker (a long task should then yield; see the run executor's slices). */
    public synchronized boolean othersWaiting() {
        return !queue.isEmpty();
    }

    /** Threads alive now (≤ {@link #size()}). */
    public synchronized int threads() {
        return threads.size();
    }

    /**
     * Refuses new tasks, drops queued ones, interrupts running ones and waits up to {@code millis}
     * for the workers to end.
     *
     * @return true if every worker ended in time
     */
    public boolean shutdown(long millis) {
        List<Thread> running;
        synchronized (this) {
            closed = true;
            queue.clear();
            running = new ArrayList<>(threads);
            notifyAll();
        }
        for (Thread t : running) {
            t.interrupt();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            for (Thread t : running) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return threads.isEmpty();
        }
    }

    /** {@link #shutdown(long)} with 2 s. */
    @Override
    public void close() {
        shutdown(2000);
    }

    /**
     * A JVM shutdown hook (SIGTERM, SIGINT, {@code System.exit}) running {@code action}; the one
     * other place that makes a thread, kept here so that thread creation stays in this class.
     *
     * @return a handle that removes the hook when closed (ignored once shutdown has begun)
     */
    public static AutoCloseable onShutdown(String name, Runnable action) {
        Thread hook = new Thread(action, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        };
    }

    private void startWorker() {
        Thread t = new Thread(this::work, prefix + "-" + (++counter));
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        threads.add(t);
        t.start();
    }

    private void work() {
        Thread me = Thread.currentThread();
        try {
            while (true) {
                Runnable task;
                synchronized (this) {
                    long deadline = System.nanoTime() + IDLE_NANOS;
                    waiting++;
                    try {
                        while (queue.isEmpty() && !closed) {
                            long left = deadline - System.nanoTime();
                            if (left <= 0) {
                                break;
                            }
                            try {
                                TimeUnit.NANOSECONDS.timedWait(this, left);
                            } catch (InterruptedException e) {
                                // closed, or a stale interrupt: look again
                            }
                        }
                    } finally {
                        waiting--;
                    }
                    if (queue.isEmpty() || closed) {
                        threads.remove(me);
                        return;
                    }
                    task = queue.pollFirst();
                }
                Thread.interrupted(); // a stale interrupt aimed at the previous task
                task.run();
            }
        } catch (Throwable e) {
            synchronized (this) {
                threads.remove(me);
                if (!closed && !queue.isEmpty() && threads.size() < size) {
                    startWorker();
                }
            }
            throw e;
        }
    }
}
