package org.gtlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.TeamGames;
import org.gtlab.io.GameFiles;
import org.gtlab.learn.team.MultiSeedRunner;
import org.gtlab.math.Cancellation;
import org.gtlab.run.Checkpoint;
import org.gtlab.run.Experiment;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.Experiments;
import org.gtlab.run.GameKind;
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
 * {@code gtlab run}: runs a learner, a dynamic, the Moran process or a team learner (SP, FP, FSP,
 * PSRO, Online DO, FXP, …) from a recipe file or from flags and writes {@code metrics.csv},
 * {@code snapshots.json} and {@code recipe.json} into the output folder (plus {@code checkpoint.json}
 * with {@code --checkpoint-every}). Re-running the written recipe gives the same CSV bytes.
 *
 * <p>Team games: {@code --game fxp-example|sad|team-rps} with {@code --game-set KEY=VALUE} for the
 * game's parameters (N, C, eps / N, A, c, F / N), or {@code --game team:GAME} for a symmetric
 * zero-sum two-player game viewed as one-agent teams. A method name shared by a normal-form and a
 * team method (sp, fp, replicator) runs the team method on a team game. {@code --seeds S} runs a
 * team method from S seeded random initial policies in parallel ({@link MultiSeedRunner}) and
 * reports the share of runs ending at the global vs a local equilibrium with Wilson 95 % intervals
 * (DIR/seeds.csv, DIR/summary.csv, the table on stdout).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a learning method, dynamic or team learner and export its data.",
            "  gtlab run SPEC.json --out DIR",
            "  gtlab run --game FILE|CATALOG-NAME --method NAME [--set key=value]...",
            "            [--seed N] --out DIR",
            "  gtlab run --game fxp-example|sad|team-rps [--game-set N=5]...",
            "            --method sp|fp|fsp|psro|odo|fxp|... [--set key=value]... --out DIR",
            "  gtlab run --game fxp-example --method fxp --seeds 100 --out DIR",
            "  gtlab run --resume DIR/checkpoint.json --out DIR",
            "  gtlab run --list",
            "Writes DIR/metrics.csv, DIR/snapshots.json and DIR/recipe.json; progress on",
            "stderr. Team games take their parameters with --game-set (fxp-example: N, C,",
            "eps; sad: N, A, c, F; team-rps: N); --game team:GAME views a symmetric",
            "zero-sum two-player game as one-agent teams, and the team-only methods accept",
            "such a game directly. sp, fp and replicator run the team method on a team game",
            "and the normal-form method otherwise. --seeds S (team methods) runs seeds",
            "0..S-1 from random initial policies and reports the shares ending at the global",
            "and at a local equilibrium with Wilson intervals (seeds.csv, summary.csv)."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC.json", description = "a recipe (e.g. a recipe.json written by an earlier run)")
    Path specFile;

    @Option(names = "--game", paramLabel = "GAME", description = "a .nfg or .json game file, a catalog name, a team game "
            + "(fxp-example, sad, team-rps) or team:GAME")
    String game;

    @Option(names = "--method", paramLabel = "NAME", description = "normal-form: fp, sfp, rm, rm+, hedge, sp, replicator, "
            + "logit, br, bnn, smith, moran; team games: sp, fp, fsp, forel, replicator, mwu, cfr, psro, odo, fxp")
    String method;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "a method parameter (repeatable); see --list")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--game-set", paramLabel = "KEY=VALUE", description = "a team game parameter (repeatable), e.g. N=5, "
            + "C=2, eps=0.05 (fxp-example), N, A, c, F (sad), N (team-rps)")
    Map<String, String> gameSettings = new LinkedHashMap<>();

    @Option(names = "--seeds", paramLabel = "S", description = "team methods: run seeds 0..S-1 from random initial "
            + "policies (init=rand unless set) and report the shares ending at the global and at a local equilibrium")
    Integer seeds;

    @Option(names = "--global-below", paramLabel = "X", description = "--seeds: a run ends at the global equilibrium if "
            + "its final team exploitability is < X (default 0.05)")
    Double globalBelow;

    @Option(names = "--local-above", paramLabel = "Y", description = "--seeds: a run ends at a local equilibrium if its "
            + "final team exploitability is > Y (default 1.4, the example game's local NE with C = 1.5 has 1.5)")
    Double localAbove;

    @Option(names = "--threads", paramLabel = "T", description = "--seeds: worker threads (default: all processors)")
    Integer threads;

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

    /** Multi-seed settings of this invocation (from --seeds or a recipe's "multiseed"), or null. */
    private Integer multiSeeds;
    private double multiGlobalBelow = 0.05;
    private double multiLocalAbove = 1.4;

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
        Checkpoint cp = null;
        if (resume != null) {
            if (specFile != null || method != null || game != null || seeds != null) {
                throw new IllegalArgumentException("--resume takes no SPEC.json, --method, --game or --seeds");
            }
            cp = Checkpoint.fromJson(read(resume), GAMES);
            if (cp.spec() == null) {
                throw new IllegalArgumentException(resume + " has no recipe to resume");
            }
            recipe = cp.spec();
        } else {
            recipe = recipe();
        }
        if (multiSeeds != null) {
            return multiSeed(recipe, stdout, err);
        }
        Files.createDirectories(out);
        try (RunExecutor executor = RunExecutor.background()) {
            Progress progress = new Progress(err, quiet);
            write(out.resolve("recipe.json"), recipe.toJsonString());
            if (cp != null) {
                handle = executor.resume(cp, progress, checkpointWriter());
            } else {
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
        if (seeds != null && (seeds < 1 || seeds > 1_000_000)) {
            throw new IllegalArgumentException("--seeds must be between 1 and 1,000,000, got " + seeds);
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads must be ≥ 1, got " + threads);
        }
        if (specFile != null) {
            if (method != null || game != null || !settings.isEmpty() || !gameSettings.isEmpty()) {
                throw new IllegalArgumentException("give either SPEC.json or --method/--game/--set/--game-set, not both");
            }
            JsonNode json = Json.parse(read(specFile));
            base = RunSpec.fromJson(json, GAMES);
            if (seed != null) {
                base = base.withSeed(seed);
            }
            if (steps != null || reportEvery != null || checkpointEvery != null) {
                base = base.withLimits(limits(base.limits(), base.factory()));
            }
            JsonNode ms = json.get("multiseed");
            if (ms != null && ms.isObject()) {
                multiSeeds = ms.has("seeds") ? ms.get("seeds").asInt() : null;
                multiGlobalBelow = ms.has("global_below") ? Json.toDouble(ms.get("global_below")) : multiGlobalBelow;
                multiLocalAbove = ms.has("local_above") ? Json.toDouble(ms.get("local_above")) : multiLocalAbove;
            }
            applyMultiSeedFlags(base);
            return base;
        }
        if (method == null) {
            throw new IllegalArgumentException("give a SPEC.json, or --method NAME (and --game) — see gtlab run --list");
        }
        GameSpec g = null;
        if (game != null) {
            g = GameSpec.resolve(game, gameSettings, GAMES);
        } else if (!gameSettings.isEmpty()) {
            throw new IllegalArgumentException("--game-set needs --game (" + String.join(", ", TeamGames.names()) + ")");
        }
        ExperimentFactory f = Experiments.forGame(method, g);
        if (f.needsGame()) {
            if (g == null) {
                throw new IllegalArgumentException(f.name() + " needs --game FILE|CATALOG-NAME");
            }
        } else {
            g = null;
        }
        if (g != null && g.isTeam()) {
            for (String key : settings.keySet()) {
                boolean methodParam = f.params().stream().anyMatch(p -> p.name().equals(key));
                if (!methodParam && g.teamGame().parameters().containsKey(key)) {
                    throw new IllegalArgumentException(key + " is a parameter of the game " + g.teamGame().name()
                            + ", not of the method " + f.name() + ": use --game-set " + key + "=" + settings.get(key));
                }
            }
        }
        Map<String, String> set = new LinkedHashMap<>(settings);
        if (seeds != null && f.gameKind() == GameKind.TEAM && !set.containsKey("init")) {
            set.put("init", "rand");
        }
        RunSpec spec = RunSpec.of(f.name(), set, g, seed == null ? 0 : seed, limits(null, f));
        applyMultiSeedFlags(spec);
        return spec;
    }

    /** Command-line multi-seed flags override a recipe's; checks that the run can be a multi-seed run. */
    private void applyMultiSeedFlags(RunSpec spec) {
        if (seeds != null) {
            multiSeeds = seeds;
        }
        if (multiSeeds == null) {
            if (globalBelow != null || localAbove != null || threads != null) {
                throw new IllegalArgumentException("--global-below, --local-above and --threads go with --seeds");
            }
            return;
        }
        if (multiSeeds < 1) {
            throw new IllegalArgumentException("the number of seeds must be ≥ 1, got " + multiSeeds);
        }
        if (globalBelow != null) {
            multiGlobalBelow = globalBelow;
        }
        if (localAbove != null) {
            multiLocalAbove = localAbove;
        }
        if (!(multiGlobalBelow >= 0) || !(multiLocalAbove >= multiGlobalBelow) || !Double.isFinite(multiLocalAbove)) {
            throw new IllegalArgumentException("need finite thresholds 0 ≤ --global-below ≤ --local-above, got "
                    + multiGlobalBelow + " and " + multiLocalAbove);
        }
        if (spec.factory().gameKind() != GameKind.TEAM) {
            throw new IllegalArgumentException("--seeds needs a team method on a team game (team methods: "
                    + String.join(", ", Experiments.names(GameKind.TEAM)) + "); " + spec.method() + " on "
                    + spec.game() + " is not one");
        }
        if (spec.params().text("init").equals("uniform")) {
            throw new IllegalArgumentException("--seeds runs every seed from its own random initial policy, but "
                    + "init=uniform gives every seed the same run; use init=rand or init=dirichlet");
        }
    }

    /** Runs seeds 0..S−1 of a team recipe in parallel and reports the global/local shares. */
    private int multiSeed(RunSpec recipe, PrintWriter stdout, PrintWriter err) throws IOException {
        int n = multiSeeds;
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        String init = recipe.params().text("init");
        MultiSeedRunner runner = new MultiSeedRunner(multiGlobalBelow, multiLocalAbove, t,
                init.equals("dirichlet") ? MultiSeedRunner.Init.DIRICHLET : MultiSeedRunner.Init.RAND);
        Files.createDirectories(out);
        ObjectNode json = recipe.toJson();
        ObjectNode ms = json.putObject("multiseed");
        ms.put("seeds", n);
        ms.set("global_below", Json.number(multiGlobalBelow));
        ms.set("local_above", Json.number(multiLocalAbove));
        write(out.resolve("recipe.json"), Json.write(json));
        if (!quiet) {
            err.printf(Locale.ROOT, "%s: %d seeds (init %s) on %d thread%s%n", recipe.displayName().replaceAll(" · seed .*", ""),
                    n, init, Math.min(t, n), Math.min(t, n) == 1 ? "" : "s");
            err.flush();
        }
        MultiSeedRunner.Summary sum = runner.run(n, (s, rng) -> finalState(recipe.withSeed(s)));
        StringBuilder csv = new StringBuilder("seed,team_exploitability,steps,outcome\n");
        for (MultiSeedRunner.SeedResult r : sum.results()) {
            csv.append(r.seed()).append(',').append(Double.toString(r.finalExploitability())).append(',')
                    .append(r.steps()).append(',').append(r.outcome().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        write(out.resolve("seeds.csv"), csv.toString());
        StringBuilder summary = new StringBuilder("outcome,count,total,rate,wilson_lower,wilson_upper\n");
        String[] labels = {"global", "local", "other"};
        MultiSeedRunner.Rate[] rates = {sum.global(), sum.local(), sum.other()};
        for (int i = 0; i < 3; i++) {
            MultiSeedRunner.Rate r = rates[i];
            summary.append(labels[i]).append(',').append(r.count()).append(',').append(r.total()).append(',')
                    .append(Double.toString(r.rate())).append(',').append(Double.toString(r.lower())).append(',')
                    .append(Double.toString(r.upper())).append('\n');
        }
        write(out.resolve("summary.csv"), summary.toString());
        stdout.printf(Locale.ROOT, "%s on %s, %d seeds (init %s)%n", recipe.method(), recipe.game().title(), n, init);
        stdout.printf(Locale.ROOT, "global: final team exploitability < %s; local: > %s; other: in between%n",
                Double.toString(multiGlobalBelow), Double.toString(multiLocalAbove));
        stdout.printf(Locale.ROOT, "%-8s %6s %8s   %s%n", "outcome", "runs", "share", "95% Wilson interval");
        for (int i = 0; i < 3; i++) {
            MultiSeedRunner.Rate r = rates[i];
            stdout.printf(Locale.ROOT, "%-8s %6d %7.1f%%   [%.1f%%, %.1f%%]%n", labels[i], r.count(), 100 * r.rate(),
                    100 * r.lower(), 100 * r.upper());
        }
        stdout.printf(Locale.ROOT, "final team exploitability: mean %.6g, s.d. %.3g%n", sum.meanExploitability(),
                sum.sdExploitability());
        stdout.printf(Locale.ROOT, "oracle steps: mean %.1f, s.d. %.1f%n", sum.meanSteps(), sum.sdSteps());
        stdout.flush();
        if (!quiet) {
            err.printf(Locale.ROOT, "done: %d seeds -> %s%n", n, out);
            err.flush();
        }
        return 0;
    }

    /** {final team exploitability, oracle steps} of one seed's run (the same experiment a single run steps). */
    private static double[] finalState(RunSpec spec) {
        return finalState(spec.experiment(), spec.seed(), spec.limits().maxSteps());
    }

    private static <S> double[] finalState(Experiment<S> e, long seed, long maxSteps) {
        S s = e.start(seed);
        long k = 0;
        while (k < maxSteps && !e.isFinished(s)) {
            Cancellation.check();
            s = e.step(s);
            k++;
        }
        return new double[] {e.observe(s, k).metric("team_exploitability"), k};
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

    /** Writes atomically ({@link org.gtlab.io.AtomicFiles}): a reader never sees half a file. */
    static void write(Path target, String text) throws IOException {
        org.gtlab.io.AtomicFiles.write(target, text);
    }

    static void printList(PrintWriter w) {
        boolean teamHeader = false;
        for (ExperimentFactory f : Experiments.all()) {
            Limits l = f.defaultLimits();
            if (f.gameKind() == GameKind.TEAM && !teamHeader) {
                teamHeader = true;
                printTeamHeader(w);
            }
            if (f.gameKind() == GameKind.TEAM) {
                w.printf(Locale.ROOT, "%-11s %s [team games] (runs until it stops, at most %,d oracle steps; snapshot "
                        + "every %d)%n", f.name(), f.title(), l.maxSteps(), l.reportEvery());
            } else {
                w.printf(Locale.ROOT, "%-11s %s (default %d steps, report every %d)%n", f.name(), f.title(), l.maxSteps(),
                        l.reportEvery());
            }
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

    private static void printTeamHeader(PrintWriter w) {
        w.println("Team-game methods: --game " + String.join(" | ", TeamGames.names())
                + " with game parameters by --game-set KEY=VALUE, or --game team:GAME for a symmetric zero-sum");
        w.println("two-player game as one-agent teams. sp, fp and replicator on a team game are the methods below, on a");
        w.println("normal-form game the ones above. metrics.csv: step = oracle steps, team_exploitability, "
                + "population_size, …;");
        w.println("snapshots.json: meta_weights, policy, meta_game payloads. --seeds S: multi-seed global/local shares.");
        for (String name : TeamGames.names()) {
            StringBuilder sb = new StringBuilder();
            TeamGames.create(name).parameters().forEach((k, v) -> sb.append(' ').append(k).append('=')
                    .append(v == Math.rint(v) ? Long.toString((long) (double) v) : Double.toString(v)));
            w.printf(Locale.ROOT, "  %-11s game parameters (defaults):%s%n", name, sb);
        }
        w.println();
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
            // team learners stop by themselves long before their step cap: show the oracle steps only
            boolean open = run.spec().map(x -> x.factory().gameKind() == GameKind.TEAM).orElse(false);
            String line = String.format(Locale.ROOT, "%s  step %s%s  %,.0f steps/s", run.name(),
                    open ? String.format(Locale.ROOT, "%,d", s.step())
                            : String.format(Locale.ROOT, "%,d/%,d (%.0f%%)", s.step(), max,
                                    max == 0 ? 100.0 : 100.0 * s.step() / max),
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
