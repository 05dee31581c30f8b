package org.gtlab.run;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine behind a {@link RunHandle}: steps an experiment in slices on whatever thread its
 * {@link Scheduler} provides, records snapshots, takes checkpoints, and handles pause, resume and
 * cancel. All status transitions happen under {@code lock}; listeners are called outside it.
 */
final class Run<S> implements RunHandle {

    /** Where and how slices run. */
    interface Scheduler {
        /** Queue (or, synchronously, perform) one slice of the run. */
        void schedule(Run<?> run);

        /** True if other runs wait for a thread (time-slicing). */
        boolean othersWaiting();

        /** True if cancel may interrupt the worker thread (never the caller's thread). */
        boolean interruptible();

        /** Called once when the run reaches a terminal status. */
        void finished(Run<?> run);
    }

    private record Progress<S>(long step, S state, boolean finished) {
    }

    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final Experiment<S> experiment;
    private final String name;
    private final RunSpec spec;
    private final long seed;
    private final Limits limits;
    private final Scheduler scheduler;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final RunRecord.Buffer record;
    private final CompletableFuture<RunRecord> completion = new CompletableFuture<>();

    private final Object lock = new Object();
    private volatile RunStatus status = RunStatus.QUEUED;
    private volatile boolean pauseRequested;
    private volatile boolean cancelRequested;
    private Thread runner;
    private volatile Progress<S> progress;
    private volatile Snapshot latest;
    private volatile Checkpoint lastCheckpoint;
    private volatile Throwable failure;
    private volatile Throwable listenerFailure;
    private boolean reportPending;
    private long activeNanos;
    private volatile long sliceStart;
    private long stepsAtFirstSlice = -1;

    /** A fresh run (started lazily on its first slice). */
    Run(Experiment<S> experiment, String name, RunSpec spec, long seed, Limits limits, Scheduler scheduler) {
        this.experiment = experiment;
        this.name = name;
        this.spec = spec;
        this.seed = seed;
        this.limits = limits;
        this.scheduler = scheduler;
        this.record = new RunRecord.Buffer(RunRecord.EMPTY);
    }

    /** A run continuing a checkpoint; loads the state now (errors go to the caller). */
    Run(Experiment<S> experiment, String name, Checkpoint cp, Scheduler scheduler) {
        this.experiment = experiment;
        this.name = name;
        this.spec = cp.spec();
        this.seed = cp.seed();
        this.limits = cp.limits();
        this.scheduler = scheduler;
        this.record = new RunRecord.Buffer(cp.history());
        S state = experiment.load(cp.state());
        this.progress = new Progress<>(cp.step(), state, experiment.isFinished(state));
        Snapshot last = cp.history().last();
        this.latest = last;
        this.reportPending = (limits.reportsAt(cp.step()) || progress.finished())
                && (last == null || last.step() < cp.step());
    }

    // ------------------------------------------------------------------ engine

    private enum Outcome { DONE, CANCELLED, FAILED, PAUSED, YIELD }

    /** Runs steps until done, paused, cancelled, or the slice is used up and others wait. */
    void runSlice(long sliceNanos) {
        boolean firstTime;
        synchronized (lock) {
            if (status.isTerminal()) {
                return;
            }
            runner = Thread.currentThread();
            firstTime = status != RunStatus.RUNNING;
            status = RunStatus.RUNNING;
        }
        Outcome outcome;
        long t0 = System.nanoTime();
        sliceStart = t0;
        try {
            if (firstTime) {
                fireStatus(RunStatus.RUNNING);
            }
            outcome = loop(t0 + sliceNanos);
        } catch (CancellationException e) {
            outcome = Outcome.CANCELLED;
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError) {
                // out of memory (most likely the record itself): free it first, so that the failure
                // can be reported and nobody waits forever on a completion that never comes
                latest = null;
                record.drop();
                failure = e;
                outcome = Outcome.FAILED;
            } else if (cancelRequested) {
                // whatever the interrupt broke (an interrupted channel, a wait) was part of the cancel
                outcome = Outcome.CANCELLED;
            } else {
                failure = e;
                outcome = Outcome.FAILED;
            }
        } finally {
            synchronized (lock) {
                activeNanos += System.nanoTime() - t0;
                sliceStart = 0;
                runner = null;
                if (scheduler.interruptible()) {
                    Thread.interrupted(); // clear an interrupt aimed at this run
                }
            }
        }
        switch (outcome) {
            case DONE:
                finish(RunStatus.COMPLETED);
                break;
            case CANCELLED:
                finish(RunStatus.CANCELLED);
                break;
            case FAILED:
                finish(RunStatus.FAILED);
                break;
            case PAUSED: {
                boolean cancelled;
                boolean paused = false;
                synchronized (lock) {
                    cancelled = cancelRequested;
                    if (!cancelled && pauseRequested) {
                        pauseRequested = false;
                        status = RunStatus.PAUSED;
                        paused = true;
                    }
                }
                if (cancelled) {
                    finish(RunStatus.CANCELLED);
                } else if (paused) {
                    fireStatus(RunStatus.PAUSED);
                } else {
                    scheduler.schedule(this); // resumed before the pause took effect
                }
                break;
            }
            default:
                scheduler.schedule(this);
        }
    }

    private Outcome loop(long deadline) {
        Progress<S> p = progress;
        if (p == null) {
            S s0 = experiment.start(seed);
            p = new Progress<>(0, s0, experiment.isFinished(s0));
            progress = p;
            report(p);
        } else if (reportPending) {
            reportPending = false;
            report(p);
        }
        if (stepsAtFirstSlice < 0) {
            stepsAtFirstSlice = p.step();
        }
        boolean interruptible = scheduler.interruptible();
        while (true) {
            if (p.step() >= limits.maxSteps() || p.finished()) {
                return Outcome.DONE;
            }
            if (cancelRequested || (interruptible && Thread.currentThread().isInterrupted())) {
                return Outcome.CANCELLED;
            }
            if (pauseRequested) {
                return Outcome.PAUSED;
            }
            Throwable lf = listenerFailure;
            if (lf != null) {
                listenerFailure = null;
                throw new IllegalStateException("a run listener failed: " + lf, lf);
            }
            S next = experiment.step(p.state());
            long k = p.step() + 1;
            p = new Progress<>(k, next, experiment.isFinished(next));
            progress = p;
            if (limits.reportsAt(k) || p.finished()) {
                report(p);
            }
            if (limits.checkpointEvery() > 0 && k % limits.checkpointEvery() == 0) {
                Checkpoint cp = checkpointOf(p);
                lastCheckpoint = cp;
                for (RunListener l : listeners) {
                    l.checkpoint(this, cp);
                }
            }
            if (System.nanoTime() > deadline && scheduler.othersWaiting()) {
                return Outcome.YIELD;
            }
        }
    }

    private void report(Progress<S> p) {
        Snapshot s = experiment.observe(p.state(), p.step());
        if (s.step() != p.step()) {
            throw new IllegalStateException("experiment reported step " + s.step() + " for step " + p.step());
        }
        record.add(s);
        latest = s;
        for (RunListener l : listeners) {
            l.snapshot(this, s);
        }
    }

    private Checkpoint checkpointOf(Progress<S> p) {
        return new Checkpoint(spec, seed, limits, p.step(), experiment.save(p.state()), record.view().upTo(p.step()));
    }

    private void finish(RunStatus terminal) {
        synchronized (lock) {
            if (status.isTerminal()) {
                return;
            }
            status = terminal;
        }
        try {
            scheduler.finished(this);
            fireStatus(terminal);
        } catch (Throwable e) {
            if (failure == null && terminal == RunStatus.FAILED) {
                failure = e;
            }
        } finally {
            if (terminal == RunStatus.FAILED) {
                completion.completeExceptionally(failure != null ? failure : new IllegalStateException("failed"));
            } else {
                completion.complete(record.view());
            }
        }
    }

    /** Status listeners never break the engine; a failure fails the run at its next step. */
    private void fireStatus(RunStatus s) {
        for (RunListener l : listeners) {
            try {
                l.statusChanged(this, s);
            } catch (RuntimeException e) {
                if (!s.isTerminal() && listenerFailure == null) {
                    listenerFailure = e;
                }
            }
        }
    }

    // ------------------------------------------------------------------ handle

    @Override
    public long id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<RunSpec> spec() {
        return Optional.ofNullable(spec);
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public RunStatus status() {
        return status;
    }

    @Override
    public long step() {
        Progress<S> p = progress;
        return p == null ? 0 : p.step();
    }

    @Override
    public Snapshot latest() {
        return latest;
    }

    @Override
    public RunRecord record() {
        return record.view();
    }

    @Override
    public Snapshot observeNow() {
        Progress<S> p = progress;
        if (p == null) {
            throw new IllegalStateException("run " + name + " has not started yet");
        }
        return experiment.observe(p.state(), p.step());
    }

    @Override
    public Checkpoint checkpoint() {
        Progress<S> p = progress;
        if (p == null) {
            throw new IllegalStateException("run " + name + " has not started yet");
        }
        return checkpointOf(p);
    }

    @Override
    public Optional<Checkpoint> lastCheckpoint() {
        return Optional.ofNullable(lastCheckpoint);
    }

    @Override
    public Throwable failure() {
        return failure;
    }

    @Override
    public double stepsPerSecond() {
        long nanos;
        synchronized (lock) {
            long start = sliceStart;
            nanos = activeNanos + (start != 0 ? System.nanoTime() - start : 0);
        }
        long steps = step() - Math.max(0, stepsAtFirstSlice);
        return nanos <= 0 || steps <= 0 ? 0 : steps * 1e9 / nanos;
    }

    @Override
    public void pause() {
        synchronized (lock) {
            if (!status.isTerminal() && status != RunStatus.PAUSED) {
                pauseRequested = true;
            }
        }
    }

    @Override
    public void resume() {
        boolean schedule = false;
        synchronized (lock) {
            if (status == RunStatus.PAUSED && !cancelRequested) {
                status = RunStatus.QUEUED;
                schedule = true;
            } else if (!status.isTerminal()) {
                pauseRequested = false;
            }
        }
        if (schedule) {
            scheduler.schedule(this);
        }
    }

    @Override
    public void cancel() {
        boolean finishNow = false;
        synchronized (lock) {
            if (status.isTerminal()) {
                return;
            }
            cancelRequested = true;
            if (runner != null) {
                if (scheduler.interruptible()) {
                    runner.interrupt();
                }
            } else {
                finishNow = true;
            }
        }
        if (finishNow) {
            finish(RunStatus.CANCELLED);
        }
    }

    @Override
    public void addListener(RunListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(RunListener listener) {
        listeners.remove(listener);
    }

    @Override
    public CompletableFuture<RunRecord> completion() {
        return completion;
    }

    @Override
    public String toString() {
        return "Run#" + id + "[" + name + ", " + status + ", step " + step() + "]";
    }
}
