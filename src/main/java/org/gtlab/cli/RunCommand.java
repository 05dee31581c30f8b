package org.gtlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.gtlab.compute.Workers;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.TeamGames;
import org.gtlab.io.GameFiles;
import org.gtlab.run.Checkpoint;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameKind;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Json;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;

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
 * team method from S seeded random initial policies as one run group ({@link SeedGroupRun}) and
 * reports the share of runs ending at the global vs a local equilibrium with Wilson 95 % intervals
 * (DIR/seeds.csv, DIR/summary.csv, the table on stdout).
 *
 * <p>Failures: bad input exits 2 with one line; a run that fails (including OutOfMemoryError) exits
 * 1 with one line, never a stack trace; SIGTERM/Ctrl+C cancel the run within 100 ms and leave valid
 * partial outputs ({@link StopOnSignal}); explicit step counts are checked up front
 * ({@link RunBudget}) and refused with an estimate unless {@code --force}. Built by the composition
 * root ({@link Main}) with the method catalog and the worker budget.
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
            "  gtlab run --game fxp-example --method psro --preset nash-reset --out DIR",
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

    private final MethodCatalog catalog;
    private final Workers workers;

    /** The command on the composition root's catalog and worker budget. */
    public RunCommand(MethodCatalog catalog, Workers workers) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.workers = Objects.requireNonNull(workers, "workers");
    }

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

    @Option(names = "--preset", paramLabel = "NAME", description = "start from a named setting of the method, e.g. "
            + "psro: exact, nash-reset, uniform-reset (see --list); --set values override it")
    String preset;

    @Option(names = "--force", description = "run even if the up-front estimate says the run is too large for the "
            + "heap or would take more than a day")
    boolean force;

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

    @Option(names = "--threads", paramLabel = "T", description = "--seeds: at most T seeds at once (default: the "
            + "worker budget, all processors)")
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
            MethodList.print(catalog, stdout);
            stdout.flush();
            return 0;
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required (or use --list)");
        }
        RunSpec recipe;
        Checkpoint cp = null;
        if (resume != null) {
            if (specFile != null || method != null || game != null || seeds != null || preset != null) {
                throw new IllegalArgumentException("--resume takes no SPEC.json, --method, --game, --preset or --seeds");
            }
            cp = Checkpoint.fromJson(RunOutput.read(resume), GAMES, catalog);
            if (cp.spec() == null) {
                throw new IllegalArgumentException(resume + " has no recipe to resume");
            }
            recipe = cp.spec();
        } else {
            recipe = recipe();
            if (!force && (steps != null || reportEvery != null)) {
                RunBudget.check(recipe);
            }
        }
        if (multiSeeds != null) {
            int parallel = threads != null ? threads : workers.size();
            try (RunExecutor executor = RunExecutor.background(workers)) {
                if (recipe.factory().gameKind() == GameKind.NONE) {
                    return new MethodSeedGroupRun(recipe, multiSeeds, parallel).run(executor, out, quiet, stdout, err);
                }
                return new SeedGroupRun(recipe, multiSeeds, parallel, multiGlobalBelow, multiLocalAbove)
                        .run(executor, out, quiet, stdout, err);
            }
        }
        Files.createDirectories(out);
        try (RunExecutor executor = RunExecutor.background(workers)) {
            RunOutput.Progress progress = new RunOutput.Progress(err, quiet);
            RunOutput.write(out.resolve("recipe.json"), recipe.toJsonString());
            try (StopOnSignal stop = new StopOnSignal()) {
                RunHandle handle = cp != null
                        ? executor.resume(cp, progress, RunOutput.checkpointWriter(out.resolve("checkpoint.json")))
                        : executor.start(recipe, progress, RunOutput.checkpointWriter(out.resolve("checkpoint.json")));
                stop.onSignal(handle::cancel);
                RunRecord record;
                try {
                    record = StopOnSignal.await(handle.completion(), () -> { });
                } catch (ExecutionException e) {
                    progress.end();
                    Main.reportError(err, "gtlab: the run failed: " + oneLine(e.getCause()));
                    stop.outputsWritten();
                    return 1;
                } catch (InterruptedException e) {
                    handle.cancel();
                    throw e;
                }
                progress.end();
                RunOutput.write(out.resolve("metrics.csv"), record.toCsv());
                RunOutput.write(out.resolve("snapshots.json"), Json.write(record.toJson()));
                if (!quiet || handle.status() != RunStatus.COMPLETED) {
                    err.printf(Locale.ROOT, "%s: %d steps, %d snapshots -> %s%n", handle.status() == RunStatus.COMPLETED
                            ? "done" : handle.status().name().toLowerCase(Locale.ROOT), handle.step(), record.size(), out);
                    err.flush();
                }
                stop.outputsWritten(); // last: after a signal, the JVM halts once this is done
                return handle.status() == RunStatus.COMPLETED ? 0 : 1;
            }
        }
    }

    /** One line for a failure: out of memory with advice, otherwise the exception's class and message. */
    static String oneLine(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "out of memory (" + t.getMessage() + "); the run's record needs more heap: use a larger "
                    + "--report-every, fewer --steps or a larger -Xmx";
        }
        if (t == null) {
            return "unknown error";
        }
        String m = t.getMessage();
        String text = t instanceof IllegalArgumentException || t instanceof IllegalStateException
                ? (m == null ? t.getClass().getSimpleName() : m)
                : t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        return text.replace('\n', ' ').replace('\r', ' ');
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
            if (method != null || game != null || !settings.isEmpty() || !gameSettings.isEmpty() || preset != null) {
                throw new IllegalArgumentException(
                        "give either SPEC.json or --method/--game/--set/--game-set/--preset, not both");
            }
            JsonNode json = Json.parse(RunOutput.read(specFile));
            base = RunSpec.fromJson(json, GAMES, catalog);
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
        ExperimentFactory f = catalog.forGame(method, g);
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
        Map<String, String> set = preset == null ? new LinkedHashMap<>(settings) : f.preset(preset).merged(settings);
        if (seeds != null && f.gameKind() == GameKind.TEAM && !set.containsKey("init")) {
            set.put("init", "rand");
        }
        RunSpec spec = RunSpec.of(f, set, g, seed == null ? 0 : seed, limits(null, f));
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
        if (spec.factory().gameKind() == GameKind.NONE) {
            return; // a stand-alone model (the BRG experiments): seeds 0..S−1 as a run group, MethodSeedGroupRun
        }
        if (spec.factory().gameKind() != GameKind.TEAM) {
            throw new IllegalArgumentException("--seeds needs a team method on a team game (team methods: "
                    + String.join(", ", catalog.names(GameKind.TEAM)) + "); " + spec.method() + " on "
                    + spec.game() + " is not one");
        }
        if (spec.params().text("init").equals("uniform")) {
            throw new IllegalArgumentException("--seeds runs every seed from its own random initial policy, but "
                    + "init=uniform gives every seed the same run; use init=rand or init=dirichlet");
        }
    }

    private Limits limits(Limits given, ExperimentFactory f) {
        Limits d = given != null ? given : f.defaultLimits();
        long max = steps != null ? steps : d.maxSteps();
        long every = reportEvery != null ? reportEvery : steps != null ? Math.max(1, max / 1000) : d.reportEvery();
        long cp = checkpointEvery != null ? checkpointEvery : d.checkpointEvery();
        return new Limits(max, every, cp);
    }

    /** Writes through a temporary file and a move ({@link RunOutput#write}). */
    static void write(Path target, String text) throws IOException {
        RunOutput.write(target, text);
    }
}
