package org.gtlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;
import org.gtlab.run.Checkpoint;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.Experiments;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Json;
import org.gtlab.run.Limits;
import org.gtlab.run.Param;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab run}: runs a learner, a dynamic or the Moran process from a recipe file or from flags
 * and writes {@code metrics.csv}, {@code snapshots.json} and {@code recipe.json} into the output
 * folder (plus {@code checkpoint.json} with {@code --checkpoint-every}). Re-running the written
 * recipe gives the same CSV bytes.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a learning method or dynamic and export its data.",
            "  gtlab run SPEC.json --out DIR",
            "  gtlab run --game FILE|CATALOG-NAME --method NAME [--set key=value]... --seed N --out DIR",
            "  gtlab run --resume DIR/checkpoint.json --out DIR",
            "  gtlab run --list",
            "Writes DIR/metrics.csv, DIR/snapshots.json and DIR/recipe.json; progress on stderr."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC.json", description = "a recipe (e.g. a recipe.json written by an earlier run)")
    Path specFile;

    @Option(names = "--game", paramLabel = "GAME", description = "a .nfg or .json game file, or a catalog name")
    String game;

    @Option(names = "--method", paramLabel = "NAME", description = "fp, sfp, rm, rm+, hedge, sp, replicator, logit, br, bnn, smith, moran")
    String method;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "a method parameter (repeatable); see --list")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default 0; overrides a recipe's seed)")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", description = "number of steps (default: the method's)")
    Long steps;

    @Option(names = "--report-every", paramLabel = "K", description = "snapshot every K steps (default: the method's, or steps/1000)")
    Long reportEvery;

    @Option(names = "--checkpoint-every", paramLabel = "C", description = "write DIR/checkpoint.json every C steps")
    Long checkpointEvery;

    @Option(names = "--resume", paramLabel = "CHECKPOINT", description = "continue a checkpoint.json")
    Path resume;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (created if missing)")
    Path out;

    @Option(names = "--list", description = "list the methods with their parameters and defaults")
    boolean list;

    @Option(names = {"-q", "--quiet"}, description = "no progress line")
    boolean quiet;

    /** Loads games for recipes and flags: files and catalog names through {@link GameFiles#resolve}. */
    static final Function<String, NormalFormGame> GAMES = name -> {
        try {
            return GameFiles.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    };

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            printList(stdout);
            stdout.flush();
            return 0;
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required (or use --list)");
        }
        RunHandle handle;
        RunSpec recipe;
        Files.createDirectories(out);
        try (RunExecutor executor = RunExecutor.background()) {
            Progress progress = new Progress(err, quiet);
            if (resume != null) {
                if (specFile != null || method != null || game != null) {
                    throw new IllegalArgumentException("--resume takes no SPEC.json, --method or --game");
                }
                Checkpoint cp = Checkpoint.fromJson(read(resume), GAMES);
                if (cp.spec() == null) {
                    throw new IllegalArgumentException(resume + " has no recipe to resume");
                }
                recipe = cp.spec();
                write(out.resolve("recipe.json"), recipe.toJsonString());
                handle = executor.resume(cp, progress, checkpointWriter());
            } else {
                recipe = recipe();
                write(out.resolve("recipe.json"), recipe.toJsonString());
                handle = executor.start(recipe, progress, checkpointWriter());
            }
            RunRecord record;
            try {
                record = handle.completion().get();
            } catch (ExecutionException e) {
                progress.end();
                err.println("gtlab: the run failed: " + e.getCause());
                err.flush();
                return 1;
            }
            progress.end();
            write(out.resolve("metrics.csv"), record.toCsv());
            write(out.resolve("snapshots.json"), Json.write(record.toJson()));
            if (!quiet) {
                err.printf(Locale.ROOT, "%s: %d steps, %d snapshots -> %s%n", handle.status() == RunStatus.COMPLETED
                        ? "done" : handle.status().name().toLowerCase(Locale.ROOT), handle.step(), record.size(), out);
                err.flush();
            }
            return handle.status() == RunStatus.COMPLETED ? 0 : 1;
        }
    }

    /** The recipe from SPEC.json or from the flags, with command-line overrides. */
    private RunSpec recipe() throws IOException {
        RunSpec base;
        if (specFile != null) {
            if (method != null || game != null || !settings.isEmpty()) {
                throw new IllegalArgumentException("give either SPEC.json or --method/--game/--set, not both");
            }
            base = RunSpec.fromJson(read(specFile), GAMES);
            if (seed != null) {
                base = base.withSeed(seed);
            }
            if (steps != null || reportEvery != null || checkpointEvery != null) {
                base = base.withLimits(limits(base.limits(), base.factory()));
            }
            return base;
        }
        if (method == null) {
            throw new IllegalArgumentException("give a SPEC.json, or --method NAME (and --game) — see gtlab run --list");
        }
        ExperimentFactory f = Experiments.byName(method);
        GameSpec g = null;
        if (f.needsGame()) {
            if (game == null) {
                throw new IllegalArgumentException(f.name() + " needs --game FILE|CATALOG-NAME");
            }
            g = GameSpec.of(game, GAMES.apply(game));
        }
        return RunSpec.of(f.name(), settings, g, seed == null ? 0 : seed, limits(null, f));
    }

    private Limits limits(Limits given, ExperimentFactory f) {
        Limits d = given != null ? given : f.defaultLimits();
        long max = steps != null ? steps : d.maxSteps();
        long every = reportEvery != null ? reportEvery : steps != null ? Math.max(1, max / 1000) : d.reportEvery();
        long cp = checkpointEvery != null ? checkpointEvery : d.checkpointEvery();
        return new Limits(max, every, cp);
    }

    private RunListener checkpointWriter() {
        Path target = out.resolve("checkpoint.json");
        return new RunListener() {
            @Override
            public void checkpoint(RunHandle run, org.gtlab.run.Checkpoint c) {
                try {
                    write(target, c.toJsonString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static String read(Path p) throws IOException {
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no such file: " + p);
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** Writes through a temporary file and a move, so a reader never sees half a file. */
    static void write(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void printList(PrintWriter w) {
        for (ExperimentFactory f : Experiments.all()) {
            Limits l = f.defaultLimits();
            w.printf(Locale.ROOT, "%-11s %s (default %d steps, report every %d)%n", f.name(), f.title(), l.maxSteps(),
                    l.reportEvery());
            w.printf(Locale.ROOT, "%-11s %s%n", "", f.description());
            for (Param p : f.params()) {
                String range = p.rangeText();
                w.printf(Locale.ROOT, "%-11s   %-12s %-7s default %-14s %s%s%n", "", p.name(),
                        p.type().name().toLowerCase(Locale.ROOT), p.defaultText(), range.isEmpty() ? "" : range + "  ",
                        p.doc());
            }
            w.println();
        }
        w.println("Set parameters with --set name=value (\"auto\" for automatic defaults).");
    }

    /** The stderr progress line, at most 5 updates per second. */
    private static final class Progress implements RunListener {
        private final PrintWriter err;
        private final boolean quiet;
        private final boolean terminal = System.console() != null;
        private long last;
        private boolean dirty;

        Progress(PrintWriter err, boolean quiet) {
            this.err = err;
            this.quiet = quiet;
        }

        @Override
        public void snapshot(RunHandle run, Snapshot s) {
            if (quiet) {
                return;
            }
            long now = System.nanoTime();
            boolean end = s.step() >= run.limits().maxSteps();
            if (now - last < (terminal ? 200_000_000L : 2_000_000_000L) && !end && last != 0) {
                return;
            }
            last = now;
            String metric = s.hasMetric("nash_conv") ? "nash_conv" : s.metricCount() > 0 ? s.metricNames().get(0) : null;
            long max = run.limits().maxSteps();
            String line = String.format(Locale.ROOT, "%s  step %,d/%,d (%.0f%%)%s  %,.0f steps/s", run.name(), s.step(),
                    max, max == 0 ? 100.0 : 100.0 * s.step() / max,
                    metric == null ? "" : String.format(Locale.ROOT, "  %s %.4g", metric, s.metric(metric)),
                    run.stepsPerSecond());
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
                dirty = false;
            }
        }
    }
}
