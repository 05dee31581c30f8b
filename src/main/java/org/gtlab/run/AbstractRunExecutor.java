package org.gtlab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What both executors share: building runs and keeping the list of unfinished ones. */
abstract class AbstractRunExecutor implements RunExecutor, Run.Scheduler {

    private final Set<Run<?>> live = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    @Override
    public RunHandle start(RunSpec spec, RunListener... listeners) {
        Objects.requireNonNull(spec, "spec");
        return launch(new Run<>(spec.experiment(), spec.displayName(), spec, spec.seed(), spec.limits(), this),
                listeners);
    }

    @Override
    public <S> RunHandle start(Experiment<S> experiment, String name, long seed, Limits limits,
            RunListener... listeners) {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(limits, "limits");
        return launch(new Run<>(experiment, name == null ? experiment.toString() : name, null, seed, limits, this),
                listeners);
    }

    @Override
    public RunHandle resume(Checkpoint checkpoint, RunListener... listeners) {
        RunSpec spec = checkpoint.spec();
        if (spec == null) {
            throw new IllegalArgumentException("this checkpoint has no recipe; resume it with its experiment");
        }
        return launch(new Run<>(spec.experiment(), spec.displayName(), checkpoint, this), listeners);
    }

    @Override
    public <S> RunHandle resume(Experiment<S> experiment, String name, Checkpoint checkpoint,
            RunListener... listeners) {
        Objects.requireNonNull(experiment, "experiment");
        return launch(new Run<>(experiment, name == null ? experiment.toString() : name, checkpoint, this), listeners);
    }

    @Override
    public RunGroup startAll(List<RunSpec> specs, RunListener... listeners) {
        return startAll(specs, Integer.MAX_VALUE, listeners);
    }

    @Override
    public RunGroup startAll(List<RunSpec> specs, int parallelism, RunListener... listeners) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be ≥ 1, got " + parallelism);
        }
        Objects.requireNonNull(specs, "specs");
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("a run group needs at least one recipe");
        }
        if (closed) {
            throw new IllegalStateException("this run executor is closed");
        }
        List<Run<?>> runs = new ArrayList<>(specs.size());
        for (RunSpec spec : specs) {
            Objects.requireNonNull(spec, "spec");
            runs.add(new Run<>(spec.experiment(), spec.displayName(), spec, spec.seed(), spec.limits(), this));
        }
        Group group = new Group(runs);
        for (Run<?> run : runs) {
            for (RunListener l : listeners) {
                run.addListener(l);
            }
            live.add(run);
        }
        if (!interruptible() || parallelism >= runs.size()) {
            for (Run<?> run : runs) {
                if (closed) {
                    run.cancel();
                } else {
                    schedule(run);
                }
            }
            return group;
        }
        // at most `parallelism` runs in flight: each run that ends starts the next waiting one
        java.util.concurrent.ConcurrentLinkedQueue<Run<?>> waiting = new java.util.concurrent.ConcurrentLinkedQueue<>(
                runs.subList(parallelism, runs.size()));
        for (Run<?> run : runs.subList(0, parallelism)) {
            chain(run, waiting);
        }
        return group;
    }

    private void chain(Run<?> run, java.util.Queue<Run<?>> waiting) {
        run.completion().whenComplete((r, e) -> {
            Run<?> next = waiting.poll();
            while (next != null && next.status().isTerminal()) { // cancelled while waiting
                next = waiting.poll();
            }
            if (next != null) {
                chain(next, waiting);
            }
        });
        if (closed) {
            run.cancel();
        } else {
            schedule(run);
        }
    }

    private RunHandle launch(Run<?> run, RunListener[] listeners) {
        if (closed) {
            throw new IllegalStateException("this run executor is closed");
        }
        for (RunListener l : listeners) {
            run.addListener(l);
        }
        live.add(run);
        schedule(run);
        return run;
    }

    @Override
    public List<RunHandle> runs() {
        return new ArrayList<>(live);
    }

    @Override
    public void finished(Run<?> run) {
        live.remove(run);
    }

    /** Marks closed and cancels every unfinished run. */
    void cancelAll() {
        closed = true;
        for (Run<?> r : new ArrayList<>(live)) {
            r.cancel();
        }
    }
}
