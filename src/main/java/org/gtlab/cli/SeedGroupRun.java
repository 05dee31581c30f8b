package org.gtlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.learn.team.SeedOutcomes;
import org.gtlab.run.Json;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunGroup;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.TeamLearnerExperiment;

/**
 * {@code gtlab run … --seeds S}: seeds 0..S−1 of a team recipe as one {@link RunGroup} on the run
 * executor (progress on stderr, cancel by SIGINT/SIGTERM), classified by {@link SeedOutcomes}.
 *
 * <p>{@code seeds.csv} is row-flushed: the header is written first, then each seed's row — one
 * complete line in one write, flushed — the moment its run completes, so after a cancel or a kill
 * the file holds the header and only complete rows of completed seeds (in completion order). When
 * every seed has completed, the file is rewritten atomically ordered by seed (the same bytes as a
 * rerun), and {@code summary.csv} and the table on stdout follow.
 */
final class SeedGroupRun {

    static final String HEADER = "seed,team_exploitability,steps,outcome";

    private final RunSpec recipe;
    private final int seeds;
    private final int parallelism;
    private final SeedOutcomes outcomes;
    private final double globalBelow;
    private final double localAbove;

    SeedGroupRun(RunSpec recipe, int seeds, int parallelism, double globalBelow, double localAbove) {
        this.recipe = recipe;
        this.seeds = seeds;
        this.parallelism = parallelism;
        this.outcomes = new SeedOutcomes(globalBelow, localAbove);
        this.globalBelow = globalBelow;
        this.localAbove = localAbove;
    }

    /** Runs the group and writes DIR/recipe.json, seeds.csv, summary.csv; 0 if every seed completed. */
    int run(RunExecutor executor, Path out, boolean quiet, PrintWriter stdout, PrintWriter err)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        ObjectNode json = recipe.toJson();
        ObjectNode ms = json.putObject("multiseed");
        ms.put("seeds", seeds);
        ms.set("global_below", Json.number(globalBelow));
        ms.set("local_above", Json.number(localAbove));
        RunOutput.write(out.resolve("recipe.json"), Json.write(json));
        String init = recipe.params().text("init");
        int t = Math.min(parallelism, seeds);
        if (!quiet) {
            err.printf(Locale.ROOT, "%s: %d seeds (init %s) on %d thread%s%n",
                    recipe.displayName().replaceAll(" · seed .*", ""), seeds, init, t, t == 1 ? "" : "s");
            err.flush();
        }
        List<RunSpec> specs = new ArrayList<>(seeds);
        for (long s = 0; s < seeds; s++) {
            specs.add(recipe.withSeed(s));
        }
        Path csv = out.resolve("seeds.csv");
        List<SeedOutcomes.SeedResult> results = new ArrayList<>();
        try (BufferedWriter rows = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            rows.write(HEADER + "\n");
            rows.flush();
            RunListener collector = new RunListener() {
                @Override
                public void statusChanged(RunHandle run, RunStatus status) {
                    if (status != RunStatus.COMPLETED) {
                        return;
                    }
                    Snapshot last = run.latest();
                    SeedOutcomes.SeedResult r = outcomes.result(run.seed(),
                            last.metric(TeamLearnerExperiment.TEAM_EXPLOITABILITY.name()), run.step());
                    synchronized (results) {
                        results.add(r);
                        try {
                            rows.write(row(r));
                            rows.flush();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            };
            try (StopOnSignal stop = new StopOnSignal()) {
                RunGroup group = executor.startAll(specs, t, collector);
                stop.onSignal(group::cancel);
                Ticker ticker = new Ticker(group, err, quiet);
                try {
                    StopOnSignal.await(group.completion(), ticker);
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    group.cancel();
                    throw e;
                } finally {
                    ticker.end();
                }
                synchronized (results) {
                    rows.flush();
                }
                for (RunHandle h : group.runs()) {
                    if (h.status() == RunStatus.FAILED) {
                        Main.reportError(err, "gtlab: seed " + h.seed() + " failed: " + RunCommand.oneLine(h.failure()));
                        stop.outputsWritten();
                        return 1;
                    }
                }
                if (results.size() < seeds) {
                    err.printf(Locale.ROOT, "cancelled: %d of %d seeds completed -> %s%n", results.size(), seeds, csv);
                    err.flush();
                    stop.outputsWritten(); // last: after a signal, the JVM halts once this is done
                    return 1;
                }
            }
        }
        SeedOutcomes.Summary sum = outcomes.summarise(results);
        StringBuilder all = new StringBuilder(HEADER).append('\n');
        for (SeedOutcomes.SeedResult r : sum.results()) {
            all.append(row(r));
        }
        RunOutput.write(csv, all.toString());
        writeSummary(sum, out, init, stdout);
        if (!quiet) {
            err.printf(Locale.ROOT, "done: %d seeds -> %s%n", seeds, out);
            err.flush();
        }
        return 0;
    }

    private static String row(SeedOutcomes.SeedResult r) {
        return r.seed() + "," + Double.toString(r.finalExploitability()) + "," + r.steps() + ","
                + r.outcome().name().toLowerCase(Locale.ROOT) + "\n";
    }

    private void writeSummary(SeedOutcomes.Summary sum, Path out, String init, PrintWriter stdout) throws IOException {
        StringBuilder summary = new StringBuilder("outcome,count,total,rate,wilson_lower,wilson_upper\n");
        String[] labels = {"global", "local", "other"};
        SeedOutcomes.Rate[] rates = {sum.global(), sum.local(), sum.other()};
        for (int i = 0; i < 3; i++) {
            SeedOutcomes.Rate r = rates[i];
            summary.append(labels[i]).append(',').append(r.count()).append(',').append(r.total()).append(',')
                    .append(Double.toString(r.rate())).append(',').append(Double.toString(r.lower())).append(',')
                    .append(Double.toString(r.upper())).append('\n');
        }
        RunOutput.write(out.resolve("summary.csv"), summary.toString());
        stdout.printf(Locale.ROOT, "%s on %s, %d seeds (init %s)%n", recipe.method(), recipe.game().title(), seeds, init);
        stdout.printf(Locale.ROOT, "global: final team exploitability < %s; local: > %s; other: in between%n",
                Double.toString(globalBelow), Double.toString(localAbove));
        stdout.printf(Locale.ROOT, "%-8s %6s %8s   %s%n", "outcome", "runs", "share", "95% Wilson interval");
        for (int i = 0; i < 3; i++) {
            SeedOutcomes.Rate r = rates[i];
            stdout.printf(Locale.ROOT, "%-8s %6d %7.1f%%   [%.1f%%, %.1f%%]%n", labels[i], r.count(), 100 * r.rate(),
                    100 * r.lower(), 100 * r.upper());
        }
        stdout.printf(Locale.ROOT, "final team exploitability: mean %.6g, s.d. %.3g%n", sum.meanExploitability(),
                sum.sdExploitability());
        stdout.printf(Locale.ROOT, "oracle steps: mean %.1f, s.d. %.1f%n", sum.meanSteps(), sum.sdSteps());
        stdout.flush();
    }

    /** The group's progress line on stderr, at most every 2 s (every 200 ms on a terminal). */
    private static final class Ticker implements Runnable {
        private final RunGroup group;
        private final PrintWriter err;
        private final boolean quiet;
        private final boolean terminal = System.console() != null;
        private long last = System.nanoTime();
        private boolean dirty;

        Ticker(RunGroup group, PrintWriter err, boolean quiet) {
            this.group = group;
            this.err = err;
            this.quiet = quiet;
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            if (quiet || now - last < (terminal ? 200_000_000L : 2_000_000_000L)) {
                return;
            }
            last = now;
            String line = String.format(Locale.ROOT, "seeds %d/%d done (%.0f%%)", group.finished(), group.size(),
                    100 * group.progress());
            if (terminal) {
                err.print("\r" + line + "   ");
                dirty = true;
            } else {
                err.println(line);
            }
            err.flush();
        }

        void end() {
            if (dirty) {
                err.println();
                err.flush();
            }
        }
    }
}
