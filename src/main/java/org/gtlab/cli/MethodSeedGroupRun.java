package org.gtlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;

import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunGroup;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;

/**
 * {@code gtlab run --method M --seeds S} for a method that takes no game (the BRG experiments, whose run
 * seed is the experiment's seed index): seeds 0..S−1 as one {@link RunGroup} on the run executor (cancel
 * by SIGINT/SIGTERM), then DIR/seeds.csv (seed and the final snapshot's metrics, ordered by seed) and
 * DIR/summary.csv (per metric: mean and standard error over the seeds), the summary also on stdout.
 */
final class MethodSeedGroupRun {

    private final RunSpec recipe;
    private final int seeds;
    private final int parallelism;

    MethodSeedGroupRun(RunSpec recipe, int seeds, int parallelism) {
        this.recipe = recipe;
        this.seeds = seeds;
        this.parallelism = parallelism;
    }

    /** Runs the group; 0 if every seed completed. */
    int run(RunExecutor executor, Path out, boolean quiet, PrintWriter stdout, PrintWriter err)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        RunOutput.write(out.resolve("recipe.json"), recipe.toJsonString());
        List<RunSpec> specs = new ArrayList<>();
        for (long s = 0; s < seeds; s++) {
            specs.add(recipe.withSeed(s));
        }
        if (!quiet) {
            err.printf(Locale.ROOT, "%s: %d seeds on %d thread%s%n", recipe.method(), seeds, Math.min(parallelism, seeds),
                    parallelism == 1 ? "" : "s");
            err.flush();
        }
        RunGroup group;
        try (StopOnSignal stop = new StopOnSignal()) {
            group = executor.startAll(specs, Math.max(1, Math.min(parallelism, seeds)));
            stop.onSignal(group::cancel);
            try {
                StopOnSignal.await(group.completion(), () -> { });
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            for (RunHandle h : group.runs()) {
                if (h.status() != RunStatus.COMPLETED) {
                    Main.reportError(err, "gtlab: seed " + h.seed() + " ended " + h.status()
                            + (h.failure() == null ? "" : ": " + RunCommand.oneLine(h.failure())));
                    stop.outputsWritten();
                    return 1;
                }
            }
        }
        List<String> names = recipe.metrics().stream().map(m -> m.name()).toList();
        StringBuilder csv = new StringBuilder("seed," + String.join(",", names) + "\n");
        double[] sum = new double[names.size()];
        double[] sq = new double[names.size()];
        for (RunHandle h : group.runs()) {
            Snapshot s = h.latest();
            csv.append(h.seed());
            for (int i = 0; i < names.size(); i++) {
                double v = s.metric(names.get(i));
                csv.append(',').append(Double.toString(v));
                sum[i] += v;
                sq[i] += v * v;
            }
            csv.append('\n');
        }
        RunOutput.write(out.resolve("seeds.csv"), csv.toString());
        StringBuilder summary = new StringBuilder("metric,mean,sem,seeds\n");
        for (int i = 0; i < names.size(); i++) {
            double m = sum[i] / seeds;
            double sem = seeds > 1 ? Math.sqrt(Math.max(0, sq[i] / seeds - m * m) / (seeds - 1)) : 0;
            summary.append(names.get(i)).append(',').append(Double.toString(m)).append(',').append(Double.toString(sem))
                    .append(',').append(seeds).append('\n');
        }
        RunOutput.write(out.resolve("summary.csv"), summary.toString());
        stdout.print(summary);
        stdout.flush();
        if (!quiet) {
            err.printf(Locale.ROOT, "done: %d seeds -> %s%n", seeds, out);
            err.flush();
        }
        return 0;
    }
}
