package org.gtlab.run;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@link RunGroup} of {@link AbstractRunExecutor#startAll}. */
final class Group implements RunGroup {

    private final List<Run<?>> runs;
    private final AtomicInteger finished = new AtomicInteger();
    private final CompletableFuture<List<RunHandle>> completion = new CompletableFuture<>();
    private volatile boolean cancelled;
    private double lastProgress;

    Group(List<Run<?>> runs) {
        this.runs = List.copyOf(runs);
        for (Run<?> r : runs) {
            r.completion().whenComplete((rec, err) -> {
                if (finished.incrementAndGet() == this.runs.size()) {
                    completion.complete(runs());
                }
            });
        }
    }

    @Override
    public List<RunHandle> runs() {
        return List.copyOf(runs);
    }

    @Override
    public int size() {
        return runs.size();
    }

    @Override
    public int finished() {
        return finished.get();
    }

    @Override
    public synchronized double progress() {
        double sum = 0;
        for (Run<?> r : runs) {
            if (r.status().isTerminal()) {
                sum += 1;
            } else {
                RunSpec spec = r.spec().orElse(null);
                Snapshot s = r.latest();
                if (spec != null && s != null) {
                    sum += spec.progress(s);
                }
            }
        }
        double p = Math.min(1, sum / runs.size());
        lastProgress = Math.max(lastProgress, p);
        return lastProgress;
    }

    @Override
    public void cancel() {
        cancelled = true;
        for (Run<?> r : runs) {
            r.cancel();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public CompletableFuture<List<RunHandle>> completion() {
        return completion;
    }

    @Override
    public String toString() {
        return "RunGroup[" + finished() + "/" + size() + " ended]";
    }
}
