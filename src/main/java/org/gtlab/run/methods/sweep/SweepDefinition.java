package org.gtlab.run.methods.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gtlab.compute.Backends;
import org.gtlab.compute.ComputeBackend;
import org.gtlab.dynamics.Dynamic;
import org.gtlab.eval.TeamEquilibriumClass;
import org.gtlab.eval.TeamEvaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamGames;
import org.gtlab.game.TeamPolicy;
import org.gtlab.run.Config;
import org.gtlab.run.Experiment;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Param;
import org.gtlab.run.ParamType;
import org.gtlab.run.Payload;
import org.gtlab.run.RunSpec;
import org.gtlab.run.Snapshot;
import org.gtlab.solve.vertex.EnumMixedSolver;
import org.gtlab.sweep.Axis;
import org.gtlab.sweep.CellFunction;
import org.gtlab.sweep.LongRunOutcome;
import org.gtlab.sweep.PayoffEntry;
import org.gtlab.sweep.SweepMetric;
import org.gtlab.sweep.TwoByTwoRegions;

/**
 * A sweep's definition resolved against the game and the method catalog: what each axis changes (a
 * payoff entry, a parameter of a game with "parameters" ({@link GameSpec#parametric()}: the cell's
 * game is the parametric game at the axis values, exactly the shortest decimals of the doubles), a
 * team game's parameter, the inner method's parameter), the metric and how a cell is
 * computed. Everything is checked here, before anything runs: unknown parameters and metrics, a
 * metric that does not fit the method or game, bad fixed values.
 *
 * <p>Built-in metrics: {@code equilibria} (number of extreme equilibria, the {@code enummixed}
 * count, of a two-player game), {@code region} (the 2 × 2 teaching map, {@link TwoByTwoRegions}),
 * {@code outcome} and {@code basin} (long-run outcome from the method's {@code init} and the share
 * of start points reaching {@code target}, for the dynamics replicator, logit, br, bnn, smith:
 * {@link LongRunOutcome}), {@code verdict} and {@code ne_share} (the equilibrium classifier's verdict
 * on a team learner's final policy, and the share of seeds whose verdict is "global NE"), and every
 * metric the inner method declares (its value in the run's final snapshot, e.g. {@code nash_conv},
 * {@code team_exploitability}): a cell then equals the single run with the same parameters and seed.
 */
public final class SweepDefinition {

    /** The built-in metric names. */
    public static final List<String> BUILT_IN = List.of("equilibria", "region", "outcome", "basin", "verdict",
            "ne_share");

    /** Parameters of the team catalog games (those {@code TeamGames.create} accepts). */
    static final Map<String, List<String>> TEAM_PARAMETERS = Map.of("fxp-example", List.of("N", "C", "eps"),
            "sad", List.of("N", "A", "c", "F"), "team-rps", List.of("N"));

    private static final List<String> DYNAMICS = List.of("replicator", "logit", "br", "bnn", "smith");

    private enum Target { PAYOFF, TEAM_GAME, METHOD, GAME_PARAMETER }

    private final GameSpec game;
    private final ExperimentFactory inner;
    private final Map<String, Object> fixed;
    private final Map<String, String> teamFixed;
    /** Fixed values of the game's own parameters ({@code --set a=2} for a game with "parameters"). */
    private final Map<String, org.gtlab.math.Rational> gameFixed = new LinkedHashMap<>();
    private final Axis x;
    private final Axis y;
    private final Target[] targets = new Target[2];
    private final PayoffEntry[] entries = new PayoffEntry[2];
    private final String metricName;
    private final SweepMetric metric;
    private final long steps;
    private final ComputeBackend backend;
    private final String backendMessage;
    private final int starts;
    private final int target;
    private final double horizon;

    /**
     * @throws IllegalArgumentException with one line naming what is wrong
     */
    SweepDefinition(Config c, GameSpec game, MethodCatalog catalog) {
        if (game == null) {
            throw new IllegalArgumentException("sweep needs a game");
        }
        this.game = game;
        this.x = Axis.parse(c.text("x"));
        this.y = Axis.parse(c.text("y"));
        long cells = (long) x.n() * y.n();
        if (cells > org.gtlab.sweep.SweepEngine.MAX_CELLS) {
            throw new IllegalArgumentException("a sweep of " + x.n() + " × " + y.n() + " = " + cells
                    + " cells is too large; the limit is " + org.gtlab.sweep.SweepEngine.MAX_CELLS);
        }
        if (x.name().equals(y.name())) {
            throw new IllegalArgumentException("x and y both sweep " + x.name());
        }
        String methodName = c.text("method").strip();
        try {
            this.inner = catalog.forGame(methodName, game);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sweep method: " + e.getMessage(), e);
        }
        if (inner.name().equals("sweep")) {
            throw new IllegalArgumentException("sweep method: a sweep cannot sweep a sweep");
        }
        this.fixed = new LinkedHashMap<>();
        this.teamFixed = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : parseSet(c.text("set")).entrySet()) {
            if (isMethodParam(e.getKey())) {
                fixed.put(e.getKey(), e.getValue());
            } else if (game.isTeam() && teamParams().contains(e.getKey())) {
                teamFixed.put(e.getKey(), e.getValue());
            } else if (isGameParameter(e.getKey())) {
                try {
                    gameFixed.put(e.getKey(), org.gtlab.math.Rational.parse(e.getValue()));
                } catch (RuntimeException bad) {
                    throw new IllegalArgumentException("set: " + e.getKey() + "=\"" + e.getValue() + "\" is not a number");
                }
            } else {
                throw new IllegalArgumentException("set: unknown parameter \"" + e.getKey() + "\"; sweepable: "
                        + String.join(", ", parameters(game, inner)));
            }
        }
        resolveAxis(0, x);
        resolveAxis(1, y);
        this.steps = c.integer("steps");
        Backends.Selection sel = Backends.select(c.text("backend"));
        this.backend = sel.backend();
        this.backendMessage = sel.message();
        this.starts = (int) c.integer("starts");
        this.horizon = c.real("horizon");
        this.metricName = c.text("metric").strip();
        this.metric = resolveMetric();
        this.target = resolveTarget(c.text("target"));
        // validate the method's configuration at a corner of the grid (bad fixed values fail here)
        if (!BUILT_IN.contains(metricName) || metricName.equals("verdict") || metricName.equals("ne_share")) {
            innerSpec(x.lo(), y.lo(), 0);
        }
    }

    private List<String> teamParams() {
        return TEAM_PARAMETERS.getOrDefault(game.source().toLowerCase(Locale.ROOT), List.of());
    }

    private boolean isMethodParam(String name) {
        return inner.params().stream().anyMatch(p -> p.name().equals(name));
    }

    /** True if {@code name} is one of the game's own parameters ({@link GameSpec#parametric()}). */
    private boolean isGameParameter(String name) {
        return !game.isTeam() && game.parametric() != null && game.parametric().values().containsKey(name);
    }

    private void resolveAxis(int k, Axis a) {
        String name = a.name();
        if (isGameParameter(name)) {
            targets[k] = Target.GAME_PARAMETER;
        } else if (PayoffEntry.isPayoff(name)) {
            if (game.isTeam()) {
                throw new IllegalArgumentException("axis " + name + ": payoff entries apply to normal-form games; "
                        + game.source() + " is a team game");
            }
            entries[k] = PayoffEntry.parse(name, game.game());
            targets[k] = Target.PAYOFF;
        } else if (isMethodParam(name)) {
            Param p = inner.params().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
            if (p.type() != ParamType.REAL && p.type() != ParamType.INTEGER) {
                throw new IllegalArgumentException("axis " + name + ": " + inner.name() + "'s parameter " + name
                        + " is not numeric");
            }
            if (p.type() == ParamType.INTEGER && a.scale() != Axis.Scale.INTEGER) {
                throw new IllegalArgumentException("axis " + name + ": " + inner.name() + "'s parameter " + name
                        + " is an integer; write " + name + ":LO:HI:N:int");
            }
            targets[k] = Target.METHOD;
        } else if (game.isTeam() && teamParams().contains(name)) {
            targets[k] = Target.TEAM_GAME;
        } else {
            throw new IllegalArgumentException("unknown parameter \"" + name + "\" for " + game.source() + " and "
                    + inner.name() + "; sweepable: " + String.join(", ", parameters(game, inner)));
        }
    }

    /** The sweepable parameter names of a game and method (what {@code gtlab sweep --list} prints). */
    public static List<String> parameters(GameSpec game, ExperimentFactory method) {
        List<String> l = new ArrayList<>();
        if (game != null && !game.isTeam() && game.parametric() != null) {
            l.addAll(game.parametric().names()); // the game's own parameters first ("a", "c")
        }
        if (game != null && !game.isTeam()) {
            NormalFormGame g = game.game();
            if (g.numPlayers() == 2) {
                for (int p = 1; p <= 2; p++) {
                    for (int i = 1; i <= g.numStrategies(0); i++) {
                        for (int j = 1; j <= g.numStrategies(1); j++) {
                            l.add("payoff[" + p + "][" + i + "][" + j + "]");
                        }
                    }
                }
            } else {
                l.add("payoff[P][I][J]…");
            }
        } else if (game != null) {
            l.addAll(TEAM_PARAMETERS.getOrDefault(game.source().toLowerCase(Locale.ROOT), List.of()));
        }
        if (method != null) {
            for (Param p : method.params()) {
                if (p.type() == ParamType.REAL || p.type() == ParamType.INTEGER) {
                    l.add(p.name());
                }
            }
        }
        return l;
    }

    /** The metric names that fit a game and method (what {@code gtlab sweep --list} prints). */
    public static List<String> metrics(GameSpec game, ExperimentFactory method) {
        List<String> l = new ArrayList<>();
        if (game != null && !game.isTeam() && game.game().numPlayers() == 2) {
            l.add("equilibria");
            if (game.game().numStrategies(0) == 2 && game.game().numStrategies(1) == 2) {
                l.add("region");
            }
            if (method != null && DYNAMICS.contains(method.name())) {
                l.add("outcome");
                l.add("basin");
            }
        }
        if (method != null && game != null) {
            if (method.gameKind() == org.gtlab.run.GameKind.TEAM) {
                l.add("verdict");
                l.add("ne_share");
            }
            try {
                GameSpec g = method.gameKind() == org.gtlab.run.GameKind.TEAM && !game.isTeam() ? game.asTeam() : game;
                for (MetricSpec m : method.metrics(method.configure(Map.of()), g)) {
                    l.add(m.name());
                }
            } catch (IllegalArgumentException e) {
                // a method that does not fit the game has no metrics here
            }
        }
        return l;
    }

    private SweepMetric resolveMetric() {
        boolean twoPlayer = !game.isTeam() && game.game().numPlayers() == 2;
        switch (metricName) {
            case "equilibria":
                if (!twoPlayer) {
                    throw new IllegalArgumentException("metric equilibria needs a two-player normal-form game");
                }
                List<String> counts = new ArrayList<>();
                for (int k = 0; k <= 20; k++) {
                    counts.add(Integer.toString(k));
                }
                return SweepMetric.categorical("equilibria", "extreme equilibria", counts);
            case "region":
                if (!twoPlayer || game.game().numStrategies(0) != 2 || game.game().numStrategies(1) != 2) {
                    throw new IllegalArgumentException("metric region needs a 2×2 game");
                }
                return SweepMetric.categorical("region", "2×2 region", TwoByTwoRegions.REGIONS);
            case "outcome":
            case "basin":
                if (!twoPlayer || !DYNAMICS.contains(inner.name())) {
                    throw new IllegalArgumentException("metric " + metricName + " does not fit method " + inner.name()
                            + "; it needs one of the dynamics " + String.join(", ", DYNAMICS)
                            + " on a two-player game");
                }
                return metricName.equals("outcome")
                        ? SweepMetric.categorical("outcome", "long-run outcome of " + inner.name(),
                                LongRunOutcome.categories(game.game()))
                        : SweepMetric.continuous("basin", "basin share");
            case "verdict":
            case "ne_share":
                if (inner.gameKind() != org.gtlab.run.GameKind.TEAM) {
                    throw new IllegalArgumentException("metric " + metricName + " does not fit method " + inner.name()
                            + "; it needs a team learner (psro, fxp, sp, …)");
                }
                return metricName.equals("verdict")
                        ? SweepMetric.categorical("verdict", "equilibrium verdict",
                                List.of(TeamEquilibriumClass.GLOBAL_NE.label(), TeamEquilibriumClass.LOCAL_NE.label(),
                                        TeamEquilibriumClass.NOT_EQUILIBRIUM.label()))
                        : SweepMetric.continuous("ne_share", "share of global-NE runs");
            default: {
                List<String> declared = new ArrayList<>();
                for (MetricSpec m : innerSpec(x.lo(), y.lo(), 0).metrics()) {
                    declared.add(m.name());
                }
                if (!declared.contains(metricName)) {
                    throw new IllegalArgumentException("unknown metric \"" + metricName + "\" for method " + inner.name()
                            + "; known: " + String.join(", ", metrics(game, inner)));
                }
                MetricSpec m = innerSpec(x.lo(), y.lo(), 0).metrics().get(declared.indexOf(metricName));
                return SweepMetric.continuous(metricName, "final " + m.label());
            }
        }
    }

    private int resolveTarget(String text) {
        if (!metricName.equals("basin")) {
            return 0;
        }
        String[] f = text.split(",");
        NormalFormGame g = game.game();
        if (f.length != 2) {
            throw new IllegalArgumentException("target: write I,J (1-based pure profile), got \"" + text + "\"");
        }
        try {
            int i = Integer.parseInt(f[0].strip());
            int j = Integer.parseInt(f[1].strip());
            if (i < 1 || i > g.numStrategies(0) || j < 1 || j > g.numStrategies(1)) {
                throw new IllegalArgumentException("target " + text + " is not a pure profile of the "
                        + g.numStrategies(0) + "×" + g.numStrategies(1) + " game");
            }
            return (i - 1) * g.numStrategies(1) + (j - 1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("target: write I,J (1-based pure profile), got \"" + text + "\"");
        }
    }

    static Map<String, String> parseSet(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return m;
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("set: write NAME=VALUE[,NAME=VALUE…], got \"" + part.strip() + "\"");
            }
            m.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return m;
    }

    public Axis x() {
        return x;
    }

    public Axis y() {
        return y;
    }

    public SweepMetric metric() {
        return metric;
    }

    public ExperimentFactory inner() {
        return inner;
    }

    public GameSpec game() {
        return game;
    }

    /** Null, or why the requested backend was replaced by java. */
    public String backendMessage() {
        return backendMessage;
    }

    public ComputeBackend backend() {
        return backend;
    }

    /** The game at a cell. */
    GameSpec gameAt(double xv, double yv) {
        if (game.isTeam()) {
            Map<String, String> over = new LinkedHashMap<>(teamFixed);
            if (targets[0] == Target.TEAM_GAME) {
                over.put(x.name(), text(xv, x.scale() == Axis.Scale.INTEGER));
            }
            if (targets[1] == Target.TEAM_GAME) {
                over.put(y.name(), text(yv, y.scale() == Axis.Scale.INTEGER));
            }
            if (over.isEmpty()) {
                return game;
            }
            TeamGame t;
            try {
                t = TeamGames.create(game.source(), over);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("team game " + game.source() + ": " + e.getMessage(), e);
            }
            return GameSpec.ofTeam(game.source(), t);
        }
        NormalFormGame g = game.game();
        if (game.parametric() != null && (!gameFixed.isEmpty() || targets[0] == Target.GAME_PARAMETER
                || targets[1] == Target.GAME_PARAMETER)) {
            // the game's parameters at this cell, exactly the shortest decimal of the axis value
            Map<String, org.gtlab.math.Rational> at = new LinkedHashMap<>(gameFixed);
            if (targets[0] == Target.GAME_PARAMETER) {
                at.put(x.name(), org.gtlab.math.Rational.valueOf(xv));
            }
            if (targets[1] == Target.GAME_PARAMETER) {
                at.put(y.name(), org.gtlab.math.Rational.valueOf(yv));
            }
            org.gtlab.game.ParametricGame pg;
            try {
                pg = game.parametric().with(at);
                g = pg.game();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("at " + at + ": " + e.getMessage(), e);
            }
            if (targets[0] == Target.PAYOFF) {
                g = entries[0].apply(g, xv);
            }
            if (targets[1] == Target.PAYOFF) {
                g = entries[1].apply(g, yv);
            }
            return targets[0] == Target.PAYOFF || targets[1] == Target.PAYOFF ? GameSpec.of(game.source(), g)
                    : GameSpec.of(game.source(), pg);
        }
        if (targets[0] == Target.PAYOFF) {
            g = entries[0].apply(g, xv);
        }
        if (targets[1] == Target.PAYOFF) {
            g = entries[1].apply(g, yv);
        }
        return g == game.game() ? game : GameSpec.of(game.source(), g);
    }

    private static String text(double v, boolean integer) {
        return integer ? Long.toString(Math.round(v)) : Double.toString(v);
    }

    /** The inner method's recipe at a cell: the single run a cell stands for. */
    public RunSpec innerSpec(double xv, double yv, long seed) {
        Map<String, Object> p = new LinkedHashMap<>(fixed);
        if (targets[0] == Target.METHOD) {
            p.put(x.name(), text(xv, x.scale() == Axis.Scale.INTEGER));
        }
        if (targets[1] == Target.METHOD) {
            p.put(y.name(), text(yv, y.scale() == Axis.Scale.INTEGER));
        }
        Limits l = inner.defaultLimits();
        if (steps > 0) {
            l = new Limits(steps, steps, 0);
        }
        return RunSpec.of(inner, p, gameAt(xv, yv), seed, l);
    }

    /**
     * The final snapshot of a run, stepping exactly like the run executor: up to
     * {@code limits.maxSteps()} steps, stopping early when the experiment is finished.
     */
    static Snapshot finalSnapshot(RunSpec spec) {
        return run(spec.experiment(), spec.seed(), spec.limits().maxSteps());
    }

    private static <S> Snapshot run(Experiment<S> e, long seed, long maxSteps) {
        S s = e.start(seed);
        long k = 0;
        while (k < maxSteps && !e.isFinished(s)) {
            org.gtlab.math.Cancellation.check();
            s = e.step(s);
            k++;
        }
        return e.observe(s, k);
    }

    /** The cell function of this definition. */
    CellFunction cells() {
        switch (metricName) {
            case "equilibria":
                return (xs, ys, seed) -> {
                    double[] v = new double[xs.length];
                    EnumMixedSolver solver = new EnumMixedSolver();
                    for (int k = 0; k < xs.length; k++) {
                        org.gtlab.math.Cancellation.check();
                        int count = solver.solve(gameAt(xs[k], ys[k]).game().asExact()).equilibria().size();
                        v[k] = Math.min(count, 20);
                    }
                    return v;
                };
            case "region":
                return (xs, ys, seed) -> {
                    double[] v = new double[xs.length];
                    for (int k = 0; k < xs.length; k++) {
                        v[k] = TwoByTwoRegions.classify(gameAt(xs[k], ys[k]).game());
                    }
                    return v;
                };
            case "outcome":
                return new CellFunction() {
                    @Override
                    public double[] evaluate(double[] xs, double[] ys, long seed) {
                        long[] seeds = new long[xs.length];
                        java.util.Arrays.fill(seeds, seed);
                        double[] b = batched(xs, ys, seeds);
                        return b != null ? b : perSeed(xs, ys, seed);
                    }

                    @Override
                    public double[] evaluate(double[] xs, double[] ys, long[] seeds) {
                        double[] b = batched(xs, ys, seeds);
                        return b != null ? b : CellFunction.super.evaluate(xs, ys, seeds);
                    }

                    /** Every (cell, seed) pair as one compute batch, or null where that path does not apply. */
                    private double[] batched(double[] xs, double[] ys, long[] seeds) {
                        if (xs.length == 0 || !payoffAxesOnly() || !inner.name().equals("replicator")) {
                            return null;
                        }
                        RunSpec s0 = innerSpec(xs[0], ys[0], seeds[0]);
                        LongRunOutcome lr = outcome(s0.params());
                        if (!lr.isReplicatorKernel()) {
                            return null;
                        }
                        // a seed's start is the catalog run's start for that seed (not depending on the cell)
                        Map<Long, double[]> st = new java.util.HashMap<>();
                        return toDouble(replicatorBatch(lr, xs, ys, 1, r -> st.computeIfAbsent(seeds[r],
                                sd -> start(innerSpec(xs[0], ys[0], sd)))));
                    }

                    private double[] perSeed(double[] xs, double[] ys, long seed) {
                        List<NormalFormGame> games = new ArrayList<>();
                        List<double[]> st = new ArrayList<>();
                        LongRunOutcome lr = null;
                        for (int k = 0; k < xs.length; k++) {
                            RunSpec s = innerSpec(xs[k], ys[k], seed);
                            lr = lr == null ? outcome(s.params()) : lr;
                            games.add(s.game().game());
                            st.add(start(s));
                        }
                        return xs.length == 0 ? new double[0] : toDouble(lr.outcomes(games, st));
                    }
                };
            case "basin":
                return (xs, ys, seed) -> {
                    double[] v = new double[xs.length];
                    int[] o = null;
                    if (payoffAxesOnly() && inner.name().equals("replicator")) {
                        RunSpec s0 = innerSpec(xs[0], ys[0], seed);
                        LongRunOutcome lr = outcome(s0.params());
                        if (lr.isReplicatorKernel()) {
                            // start points per cell: they depend on the cell's game only through its symmetry
                            List<double[]> sym = null;
                            List<double[]> asym = null;
                            double[][] starts0 = new double[xs.length * starts][];
                            for (int k = 0; k < xs.length; k++) {
                                NormalFormGame g = gameAt(xs[k], ys[k]).game();
                                List<double[]> p;
                                if (LongRunOutcome.symmetric(g)) {
                                    sym = sym == null ? LongRunOutcome.basinStarts(g, starts, seed) : sym;
                                    p = sym;
                                } else {
                                    asym = asym == null ? LongRunOutcome.basinStarts(g, starts, seed) : asym;
                                    p = asym;
                                }
                                for (int q = 0; q < starts; q++) {
                                    starts0[k * starts + q] = p.get(q);
                                }
                            }
                            o = replicatorBatch(lr, xs, ys, starts, r -> starts0[r]);
                        }
                    }
                    if (o == null) {
                        List<NormalFormGame> games = new ArrayList<>();
                        List<double[]> st = new ArrayList<>();
                        LongRunOutcome lr = null;
                        for (int k = 0; k < xs.length; k++) {
                            RunSpec s = innerSpec(xs[k], ys[k], seed);
                            lr = lr == null ? outcome(s.params()) : lr;
                            NormalFormGame g = s.game().game();
                            for (double[] p : LongRunOutcome.basinStarts(g, starts, seed)) {
                                games.add(g);
                                st.add(p);
                            }
                        }
                        o = lr.outcomes(games, st);
                    }
                    for (int k = 0; k < xs.length; k++) {
                        int hit = 0;
                        for (int q = 0; q < starts; q++) {
                            hit += o[k * starts + q] == target ? 1 : 0;
                        }
                        v[k] = hit / (double) starts;
                    }
                    return v;
                };
            case "verdict":
            case "ne_share":
                return (xs, ys, seed) -> {
                    double[] v = new double[xs.length];
                    for (int k = 0; k < xs.length; k++) {
                        RunSpec s = innerSpec(xs[k], ys[k], seed);
                        Snapshot last = finalSnapshot(s);
                        Payload pol = last.payload("policy");
                        if (pol == null) {
                            throw new IllegalStateException(inner.name() + " reported no final policy");
                        }
                        TeamEquilibriumClass cls = TeamEvaluation.classify(s.game().teamGame(),
                                TeamPolicy.of(pol.toArray()));
                        v[k] = metricName.equals("verdict") ? cls.ordinal()
                                : cls == TeamEquilibriumClass.GLOBAL_NE ? 1 : 0;
                    }
                    return v;
                };
            default:
                return (xs, ys, seed) -> {
                    double[] v = new double[xs.length];
                    for (int k = 0; k < xs.length; k++) {
                        v[k] = finalSnapshot(innerSpec(xs[k], ys[k], seed)).metric(metricName);
                    }
                    return v;
                };
        }
    }

    private static double[] toDouble(int[] o) {
        double[] v = new double[o.length];
        for (int k = 0; k < o.length; k++) {
            v[k] = o[k];
        }
        return v;
    }

    /**
     * Cells per step when the recipe says 0: a whole refinement level (up to 4096 cells) for metrics
     * computed by a batched kernel or in microseconds (replicator outcome/basin over payoff entries,
     * 2×2 regions), 64 for metrics that run a method per cell, so that a slow map still streams.
     */
    int defaultChunk() {
        boolean kernel = (metricName.equals("outcome") || metricName.equals("basin")) && payoffAxesOnly()
                && inner.name().equals("replicator");
        return kernel || metricName.equals("region") ? 4096 : 64;
    }

    /** True if both axes set payoff entries (the method's configuration is then the same in every cell). */
    boolean payoffAxesOnly() {
        return targets[0] == Target.PAYOFF && targets[1] == Target.PAYOFF && gameFixed.isEmpty();
    }

    /**
     * Replicator outcomes of {@code reps} runs per cell, straight from flat payoff tensors: the base
     * game's payoffs with the two swept entries overwritten by the value that
     * {@link PayoffEntry#apply} would store (the double of the exact decimal of the axis value), so
     * the result is the per-cell run's, without a game object per cell.
     *
     * @param start the start (x, y) of run r = cell · reps + q
     */
    int[] replicatorBatch(LongRunOutcome lr, double[] xs, double[] ys, int reps,
            java.util.function.IntFunction<double[]> start) {
        NormalFormGame g = game.game();
        int n = g.numStrategies(0);
        int m = g.numStrategies(1);
        int nm = n * m;
        double[] a0 = new double[nm];
        double[] b0 = new double[nm];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                a0[i * m + j] = g.payoffDouble(0, i, j);
                b0[i * m + j] = g.payoffDouble(1, i, j);
            }
        }
        int batch = xs.length * reps;
        double[] a = new double[batch * nm];
        double[] b = new double[batch * nm];
        double[] x = new double[batch * n];
        double[] y = new double[batch * m];
        double[][] exact = exactAxes();
        double[][] axisValues = {x().values(), y().values()};
        for (int k = 0; k < xs.length; k++) {
            double[] cell = {xs[k], ys[k]};
            for (int q = 0; q < reps; q++) {
                int r = k * reps + q;
                System.arraycopy(a0, 0, a, r * nm, nm);
                System.arraycopy(b0, 0, b, r * nm, nm);
                for (int e = 0; e < 2; e++) {
                    double v = exactDouble(axisValues[e], exact[e], cell[e]);
                    PayoffEntry pe = entries[e];
                    int i = pe.profile()[0];
                    int j = pe.profile()[1];
                    if (pe.player() < 0) {
                        a[r * nm + i * m + j] = v;
                        b[r * nm + j * m + i] = v;
                    } else if (pe.player() == 0) {
                        a[r * nm + i * m + j] = v;
                    } else {
                        b[r * nm + i * m + j] = v;
                    }
                }
                double[] s = start.apply(r);
                System.arraycopy(s, 0, x, r * n, n);
                System.arraycopy(s, n, y, r * m, m);
            }
        }
        return lr.replicatorOutcomes(batch, n, m, a, b, x, y);
    }

    private volatile double[][] exactAxes;

    private double[][] exactAxes() {
        double[][] e = exactAxes;
        if (e == null) {
            e = new double[][] {exactValues(x), exactValues(y)};
            exactAxes = e;
        }
        return e;
    }

    /** The double of the exact decimal of each axis value (what a payoff entry set to it reads back). */
    private static double[] exactValues(Axis a) {
        double[] v = a.values();
        double[] e = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            e[i] = org.gtlab.math.Rational.valueOf(v[i]).doubleValue();
        }
        return e;
    }

    private static double exactDouble(double[] values, double[] exact, double v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return exact[i];
            }
        }
        return org.gtlab.math.Rational.valueOf(v).doubleValue();
    }

    private LongRunOutcome outcome(Config c) {
        Dynamic d;
        switch (inner.name()) {
            case "replicator":
                d = c.real("mutation") == 0 ? Dynamic.replicator() : Dynamic.replicatorMutation(c.real("mutation"));
                break;
            case "logit":
                d = Dynamic.logit(c.real("eta"));
                break;
            case "br":
                d = Dynamic.bestResponse();
                break;
            case "bnn":
                d = Dynamic.bnn();
                break;
            default:
                d = Dynamic.smith();
                break;
        }
        boolean kernel = inner.name().equals("replicator") && c.real("mutation") == 0;
        return new LongRunOutcome(d, kernel, horizon, c.real("dt"), backend);
    }

    /** The dynamic's start state for a cell, as the catalog run would start it (two populations). */
    private static double[] start(RunSpec s) {
        NormalFormGame g = s.game().game();
        double[][] p = org.gtlab.learn.InitialProfile.parse(s.params().text("init"))
                .create(new int[] {g.numStrategies(0), g.numStrategies(1)}, org.gtlab.math.Rng.stream(s.seed(), 0));
        double[] v = new double[p[0].length + p[1].length];
        System.arraycopy(p[0], 0, v, 0, p[0].length);
        System.arraycopy(p[1], 0, v, p[0].length, p[1].length);
        return v;
    }
}
