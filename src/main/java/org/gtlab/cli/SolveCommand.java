package org.gtlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.io.GameFiles;
import org.gtlab.solve.DominanceStep;
import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveListener;
import org.gtlab.solve.SolveOptions;
import org.gtlab.solve.SolveProgress;
import org.gtlab.solve.SolveResult;
import org.gtlab.solve.catalog.Solvers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gtlab solve METHOD FILE…}: prints equilibria like Gambit's tools, one {@code NE,…} line per
 * profile (player 1's probabilities first, exact fractions unless {@code --decimals}).
 *
 * <p>Many games in one process (the JVM starts once): every FILE may be a game file, a folder (its
 * {@code .nfg} and {@code .json} files, recursively, in name order) or a catalog name. With more
 * than one game, each game's block is headed by a line {@code # FILE} (text) or carries a
 * {@code "file"} member (JSON, one object per line). A bad file is reported on stderr as one line
 * and the others are still solved; the exit code is then 2.
 *
 * <p>Big jobs: exact enumerations whose {@link org.gtlab.solve.WorkEstimate} exceeds
 * {@code --max-seconds} ({@link SolveOptions#DEFAULT_MAX_SECONDS}, 30 s; the app asks above the same) are refused up front with the estimate unless {@code --force};
 * {@code --stop-after N} stops after N equilibria (lcp stops its search; others keep the first N);
 * {@code --progress} (automatic on a terminal) reports progress on stderr twice a second.
 * Exit codes: 0 all solved, 2 bad input or refused job, 1 internal error (including running out of
 * memory) — always one line on stderr, never a stack trace.
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Compute equilibria of game files (.nfg, .json), folders of them, or catalog games.",
            "Methods: enumpure (all pure NE, N players), enummixed (all extreme NE, 2 players),",
            "lcp (Lemke-Howson reachable set, 2 players), lp (zero-sum LP), dominance (iterated elimination),",
            "logit (logit QRE branch and its limit, N players), ce (correlated equilibria: max welfare, max entropy),",
            "enumpoly (all equilibria by support enumeration, N players), simpdiv (simplicial subdivision, N players),",
            "gnm (global Newton method, N players)."})
final class SolveCommand implements Callable<Integer> {

    /** The composition root's worker budget (solvers that split work take idle workers); null: the calling thread. */
    private final org.gtlab.compute.Workers workers;

    /** On the calling thread only. */
    SolveCommand() {
        this(null);
    }

    SolveCommand(org.gtlab.compute.Workers workers) {
        this.workers = workers;
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "METHOD", description = "enumpure, enummixed, lcp, lp, dominance, logit, ce, enumpoly, simpdiv or gnm")
    String method;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
            description = ".nfg or .json game files, folders of them, or catalog names")
    List<String> files;

    @Option(names = {"-d", "--decimals"}, paramLabel = "N", description = "print decimals with N digits instead of fractions")
    Integer decimals;

    @Option(names = {"-c", "--components"}, description = "with enummixed: also print the maximal Nash subsets (convex-K lines)")
    boolean components;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    String format = "text";

    @Option(names = "--force", description = "run exact enumerations even when estimated to take longer than --max-seconds")
    boolean force;

    @Option(names = "--max-seconds", paramLabel = "S",
            description = "refuse jobs estimated to take longer than S seconds unless --force (default: ${DEFAULT-VALUE})")
    double maxSeconds = SolveOptions.DEFAULT_MAX_SECONDS;

    @Option(names = {"-n", "--stop-after"}, paramLabel = "N",
            description = "stop after N equilibria (lcp stops searching, as gambit-lcp); 0 = all (default)")
    int stopAfter;

    @Option(names = "--progress", description = "report progress on stderr (default: when stderr is a terminal)")
    boolean progress;

    @Option(names = {"-l", "--lambda"}, paramLabel = "X", split = ",",
            description = "with logit: print the branch's QRE at these lambda values only")
    List<Double> lambdas;

    @Option(names = {"-e", "--end-only"}, description = "with logit: print only the limit equilibrium, not the branch")
    boolean endOnly;

    @Option(names = "--starts", paramLabel = "N",
            description = "with simpdiv: starting points (centroid, then random); with gnm: perturbation rays (default: 1)")
    int starts = 1;

    @Option(names = "--seed", paramLabel = "S", description = "with simpdiv/gnm: seed of the random starts or rays (default: 1)")
    long seed = 1;

    @Option(names = "--fit", paramLabel = "COUNTS",
            description = "with logit: fit lambda by maximum likelihood to observed counts, players separated by ';' (e.g. \"30,70;55,45\")")
    String fit;

    @Option(names = "--param", paramLabel = "NAME=VALUE", split = ",",
            description = "parameter values for a JSON game with \"parameters\" (payoff cells such as \"3+a\"), e.g. --param a=2,b=1/3")
    List<String> params;

    @Option(names = "--set", paramLabel = "NAME=VALUE", split = ",",
            description = "the same as --param (the spelling of the sweep command), e.g. --set a=2")
    List<String> sets;

    /** The flag the user typed for parameter values (for error messages). */
    private String paramFlag() {
        return sets != null && !sets.isEmpty() ? "--set" : "--param";
    }

    /** The values of --param and --set together. */
    private List<String> assignments() {
        List<String> all = new java.util.ArrayList<>();
        if (params != null) {
            all.addAll(params);
        }
        if (sets != null) {
            all.addAll(sets);
        }
        return all;
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; use text or json");
        }
        if (decimals != null && (decimals < 0 || decimals > 100)) {
            throw new IllegalArgumentException("--decimals must be between 0 and 100, got " + decimals);
        }
        if (stopAfter < 0) {
            throw new IllegalArgumentException("--stop-after must be 0 (all) or positive, got " + stopAfter);
        }
        if (!(maxSeconds > 0)) {
            throw new IllegalArgumentException("--max-seconds must be positive, got " + maxSeconds);
        }
        if (starts < 1) {
            throw new IllegalArgumentException("--starts must be at least 1, got " + starts);
        }
        int dec = decimals == null ? -1 : decimals;
        NashSolver solver = method.equals("ce") ? null
                : workers == null ? Solvers.byName(method) : Solvers.byName(method, workers);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> games = expand(files);
        boolean headed = games.size() > 1;
        boolean showProgress = progress || System.console() != null;
        int worst = 0;
        for (String file : games) {
            int code = solveOne(solver, file, headed, dec, showProgress, out, err);
            worst = code == 1 || worst == 1 ? 1 : Math.max(worst, code);
        }
        out.flush();
        err.flush();
        return worst;
    }

    /** A JSON game file read with the --param values overriding its "parameters" defaults. */
    private NormalFormGame withParams(String file) throws IOException {
        java.nio.file.Path path = java.nio.file.Path.of(file);
        if (GameFiles.Type.of(path).orElse(null) != GameFiles.Type.JSON || !java.nio.file.Files.isRegularFile(path)) {
            throw new IllegalArgumentException(paramFlag() + " needs a GT Lab JSON game file with \"parameters\", got " + file);
        }
        return org.gtlab.io.JsonGameFormat.parse(java.nio.file.Files.readString(path), file,
                org.gtlab.game.ParametricGame.parseAssignments(assignments(), paramFlag()));
    }

    /** Solves one game and prints its block; returns 0, 2 (bad input, refused) or 1 (internal error). */
    private int solveOne(NashSolver solver, String file, boolean headed, int dec, boolean showProgress,
            PrintWriter out, PrintWriter err) {
        String where = headed ? file + ": " : "";
        try {
            NormalFormGame game = assignments().isEmpty() ? GameFiles.resolve(file) : withParams(file);
            if (method.equals("logit") || method.equals("ce")) {
                if (headed && !format.equals("json")) {
                    out.println("# " + file);
                }
                if (method.equals("ce")) {
                    DepthOutput.ce(out, game, format.equals("json"), dec, headed ? file : null);
                } else {
                    DepthOutput.logit(out, game, lambdas, endOnly, fit, format.equals("json"), dec, headed ? file : null);
                }
                return 0;
            }
            SolveOptions options = SolveOptions.DEFAULT.withForce(force).withMaxSeconds(maxSeconds)
                    .withStopAfter(stopAfter);
            if (showProgress) {
                options = options.withListener(new ProgressPrinter(err, headed ? file : method));
            }
            if (NPlayerOutput.handles(method)) {
                if (headed && !format.equals("json")) {
                    out.println("# " + file);
                }
                NPlayerOutput.print(out, method, game, options, starts, seed, format.equals("json"), dec, headed ? file : null);
                return 0;
            }
            SolveResult result = solver.solve(game, options);
            if (format.equals("json")) {
                out.println(json(result, dec, headed ? file : null));
            } else {
                if (headed) {
                    out.println("# " + file);
                }
                text(out, game, result, dec);
            }
            return 0;
        } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
            out.flush();
            String m = oneLine(e.getMessage(), e);
            err.println("gtlab: " + (m.startsWith(file) ? "" : where) + m);
            return 2;
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println("gtlab: " + where + "out of memory reading or solving the game with " + method
                    + " (give Java more memory with -Xmx, or use --stop-after or another method)");
            return 1;
        } catch (StackOverflowError e) {
            out.flush();
            err.println("gtlab: " + where + "internal error: stack overflow in " + method);
            return 1;
        } catch (RuntimeException e) {
            out.flush();
            err.println("gtlab: " + where + "internal error in " + method + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage(), e)));
            return 1;
        } finally {
            err.flush();
        }
    }

    private static String oneLine(String message, Throwable e) {
        String m = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return m.replaceAll("\\s*\\R\\s*", "; ");
    }

    /** Folders become their game files (recursively, sorted); everything else stays as given. */
    static List<String> expand(List<String> args) throws IOException {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            Path p;
            try {
                p = Path.of(a);
            } catch (InvalidPathException e) {
                out.add(a);
                continue;
            }
            if (!Files.isDirectory(p)) {
                out.add(a);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                List<String> inside = walk.filter(Files::isRegularFile)
                        .filter(f -> GameFiles.Type.of(f).isPresent())
                        .map(Path::toString).sorted().toList();
                if (inside.isEmpty()) {
                    throw new IllegalArgumentException("folder \"" + a + "\" holds no .nfg or .json game files");
                }
                out.addAll(inside);
            }
        }
        return out;
    }

    /** Progress on stderr, at most twice a second, overwritten in place on a terminal. */
    private static final class ProgressPrinter implements SolveListener {
        private final PrintWriter err;
        private final String label;
        private final long start = System.nanoTime();
        private final AtomicLong last = new AtomicLong(System.nanoTime());

        ProgressPrinter(PrintWriter err, String label) {
            this.err = err;
            this.label = label;
        }

        @Override
        public void progress(SolveProgress p) {
            long now = System.nanoTime();
            long prev = last.get();
            boolean end = p.total() > 0 && p.done() >= p.total();
            if (end ? now - start < 1_000_000_000L : now - prev < 500_000_000L || !last.compareAndSet(prev, now)) {
                return;
            }
            double f = p.fraction();
            String pct = f < 0 ? "" : String.format(Locale.ROOT, " %3.0f%%", 100 * f);
            synchronized (err) {
                err.println(String.format(Locale.ROOT, "gtlab: %s:%s %d/%d, %d equilibria, %.1f s", label, pct,
                        p.done(), p.total(), p.found(), (now - start) / 1e9));
                err.flush();
            }
        }
    }

    private void text(PrintWriter out, NormalFormGame game, SolveResult r, int dec) {
        for (DominanceStep s : r.dominanceSteps()) {
            out.println(describe(game, s));
        }
        if (!r.dominanceSteps().isEmpty() || method.equals("dominance")) {
            out.println(remaining(game, r.dominanceSteps()));
        }
        for (StrategyProfile p : r.equilibria()) {
            out.println(Output.line("NE", p, dec));
        }
        if (components) {
            int k = 1;
            for (List<StrategyProfile> subset : r.maximalNashSubsets()) {
                for (StrategyProfile p : subset) {
                    out.println(Output.line("convex-" + k, p, dec));
                }
                k++;
            }
        }
        r.value().ifPresent(v -> out.println("value," + Output.number(v, dec)));
    }

    private String json(SolveResult r, int dec, String file) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (file != null) {
            m.put("file", file);
        }
        List<Object> eq = new ArrayList<>();
        r.equilibria().forEach(p -> eq.add(Output.json(p, dec)));
        m.put("equilibria", eq);
        if (!r.maximalNashSubsets().isEmpty()) {
            List<Object> subsets = new ArrayList<>();
            for (List<StrategyProfile> s : r.maximalNashSubsets()) {
                List<Object> l = new ArrayList<>();
                s.forEach(p -> l.add(Output.json(p, dec)));
                subsets.add(l);
            }
            m.put("maximal_nash_subsets", subsets);
        }
        r.value().ifPresent(v -> m.put("value", Output.number(v, dec)));
        if (!r.dominanceSteps().isEmpty() || method.equals("dominance")) {
            List<Object> steps = new ArrayList<>();
            for (DominanceStep s : r.dominanceSteps()) {
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("player", s.player() + 1);
                st.put("strategy", s.strategy() + 1);
                st.put("dominated_by", s.dominators().stream().map(i -> i + 1).toList());
                st.put("strict", s.strict());
                steps.add(st);
            }
            m.put("dominance_steps", steps);
        }
        return Output.toJson(m);
    }

    private static String describe(NormalFormGame g, DominanceStep s) {
        List<String> labels = g.strategyLabels(s.player());
        StringBuilder by = new StringBuilder();
        for (int d : s.dominators()) {
            if (by.length() > 0) {
                by.append(s.dominators().size() > 1 ? "+" : "");
            }
            by.append('"').append(labels.get(d)).append('"');
        }
        return "eliminate," + g.playerName(s.player()) + ",\"" + labels.get(s.strategy()) + "\","
                + (s.strict() ? "strictly" : "weakly") + " dominated by " + (s.dominators().size() > 1 ? "a mix of " : "") + by;
    }

    private static String remaining(NormalFormGame g, List<DominanceStep> steps) {
        StringBuilder sb = new StringBuilder("remaining");
        for (int p = 0; p < g.numPlayers(); p++) {
            List<Integer> keep = steps.isEmpty() ? null : steps.get(steps.size() - 1).remaining().get(p);
            sb.append(',').append(g.playerName(p)).append(":{");
            List<String> names = new ArrayList<>();
            for (int s = 0; s < g.numStrategies(p); s++) {
                if (keep == null || keep.contains(s)) {
                    names.add(g.strategyLabels(p).get(s));
                }
            }
            sb.append(String.join(" ", names)).append('}');
        }
        return sb.toString();
    }
}
