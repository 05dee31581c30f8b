package org.gtlab.run.methods.coopetition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gtlab.coopetition.Stats;
import org.gtlab.coopetition.tr1.CaseResult;
import org.gtlab.coopetition.tr1.CoopetitionGame;
import org.gtlab.coopetition.tr1.DyadCase;
import org.gtlab.coopetition.tr1.Equilibrium;
import org.gtlab.coopetition.tr1.EquilibriumSolver;
import org.gtlab.coopetition.tr1.Specification;
import org.gtlab.coopetition.tr1.Tr1Experiments;
import org.gtlab.coopetition.tr1.ValueFunction;
import org.gtlab.coopetition.tr2.TrustUpdater;
import org.gtlab.coopetition.tr3.ApacheCase;
import org.gtlab.coopetition.tr3.TeamEquilibrium;
import org.gtlab.coopetition.tr3.TeamModel;
import org.gtlab.coopetition.tr3.Tr3Sweep;
import org.gtlab.coopetition.tr3.WelfareMode;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rng;
import org.gtlab.run.Config;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.Experiment;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodPreset;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.MetricSpec.Goal;
import org.gtlab.run.Param;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;

/**
 * The coopetition lab's methods (spec {@code coopetition.md} §3, §5, §6), none of which takes a game:
 * <ul>
 *   <li>{@code coop-equilibrium}: a TR-1 dyad, one Gauss–Seidel sweep per step, with the rubric
 *       metrics of the current iterate;</li>
 *   <li>{@code coop-montecarlo}: the Monte Carlo (±15 %) and significance (±5 %) runs, one trial per step;</li>
 *   <li>{@code coop-tables}: the five-case table, D and γ sensitivity and the 50-start convergence
 *       check, one row per step;</li>
 *   <li>{@code team-sweep}: the 3,125-configuration TR-3 sweep, one (ω, β, c) block of 25 per step, with
 *       the six targets and the paired test;</li>
 *   <li>{@code apache}: the four Apache phases, one per step, with cohesion and the rubric;</li>
 *   <li>{@code trust-grid}: the TR-2 parameter grid (5⁶), one λ⁺ × λ⁻ block per step, with summaries;</li>
 *   <li>{@code coop-map}: one of the 13 maps of §8 on the sweep engine ({@link CoopMapMethod}).</li>
 * </ul>
 * Presets carry the published (P), reproduced (R) or derived (D) number they show, per spec §1.3.
 */
public final class CoopetitionMethods {

    private CoopetitionMethods() {
    }

    /** Every method of the lab, in catalog order. */
    public static List<ExperimentFactory> all() {
        return List.of(new EquilibriumMethod(), new MonteCarloMethod(), new TablesMethod(), new TeamSweepMethod(),
                new ApacheMethod(), new TrustGridMethod(), new CoopMapMethod());
    }

    /**
     * The shared catalog data of a method without a game: name, title, description, the typed config
     * record's schema (whose parameters are the method's), {@code needsGame() = false}, default limits,
     * the planned length as progress and the experiment built from the typed record.
     */
    abstract static class Base<R extends Record> implements ExperimentFactory {
        private final String[] text;
        private final ConfigSchema<R> schema;

        Base(String name, String title, String description, ConfigSchema<R> schema) {
            this.text = new String[] {name, title, description};
            this.schema = schema;
        }

        // the catalog data, one line each (MethodEntry, the normal-form twin, lives in run.methods)
        @Override public final String name() { return text[0]; }
        @Override public final String title() { return text[1]; }
        @Override public final String description() { return text[2]; }
        @Override public final boolean needsGame() { return false; }
        @Override public final List<Param> params() { return schema.params(); }
        @Override public final ConfigSchema<R> schema() { return schema; }
        @Override public final Limits defaultLimits() { return new Limits(1_000_000, 1, 0); }
        @Override public final String toString() { return text[0]; }

        /** The number of steps the configuration plans. */
        abstract int planned(R c);

        @Override
        public double progress(Config config, Limits limits, Snapshot latest) {
            if (latest == null) {
                return 0;
            }
            long plan = Math.min(planned(schema.from(config)), limits.maxSteps());
            return plan == 0 ? 1 : Math.min(1, latest.step() / (double) plan);
        }

        @Override
        public final Experiment<?> create(Config config, NormalFormGame game, Limits limits) {
            if (game != null) {
                throw new IllegalArgumentException(name() + " takes no game");
            }
            return build(schema.from(config));
        }

        abstract Experiment<?> build(R c);

        static List<String> names(List<MetricSpec> specs) {
            return specs.stream().map(MetricSpec::name).toList();
        }
    }

    // ------------------------------------------------------------------ TR-1 equilibrium

    static final MetricSpec ACTION = MetricSpec.linear("action_", "Action", "", Goal.NONE, "a_i of the current iterate");
    static final MetricSpec CHANGE = MetricSpec.log("change", "Largest change", "", Goal.MINIMISE,
            "max_i |a_i − a_i^old| of the last sweep");
    static final MetricSpec COOP = MetricSpec.linear("coop", "Cooperation increase", "%", Goal.NONE,
            "100 (mean a − mean a_base) / mean a_base");
    static final MetricSpec VINC = MetricSpec.linear("vinc", "Value increase", "%", Goal.NONE,
            "100 (V(a) − V(a_base)) / V(a_base)");
    static final MetricSpec SHARE = MetricSpec.linear("share", "Payoff share of actor 1", "", Goal.NONE,
            "π_0 / (π_0 + π_1)");
    static final MetricSpec ASYM = MetricSpec.linear("asym", "Action asymmetry", "", Goal.NONE,
            "|a_0 − a_1| / mean a");
    static final MetricSpec SCORE = MetricSpec.linear("score", "Rubric score", "points", Goal.MAXIMISE,
            "60-point plausibility rubric of the TR-1 suite (§3.2)");

    /** State of the TR-1 equilibrium run. */
    record Iterate(double[] actions, int sweeps, double change) {
    }

    /**
     * The typed config of {@code coop-equilibrium}: value function and its parameter, γ (automatic: 0.5
     * for power, 0.65 for log), endowments, actor 1's bargaining share, the two interdependence
     * coefficients (row = depender), the best-response mode, the action box (A7) and the start action.
     */
    public record EquilibriumConfig(ValueFunction.Kind value, double beta, double theta, Double gamma, double e0,
            double e1, double alpha0, double d01, double d10, EquilibriumSolver.BestResponse best_response,
            String box, double start) {
        public static final ConfigSchema<EquilibriumConfig> SCHEMA = ConfigSchema.of(EquilibriumConfig.class,
                Param.choice("value", "log", List.of("log", "power"), "value function: θ ln(1 + a) or a^β"),
                Param.real("beta", 0.75, 0, false, 1, false, "β of the power value function"),
                Param.real("theta", 20, 0, false, 1e6, true, "θ of the log value function"),
                Param.real("gamma", null, "0.5 (power) or 0.65 (log)", 0, true, 1, true, "complementarity γ"),
                Param.real("e0", 100, 0, true, 1e9, true, "endowment of actor 1"),
                Param.real("e1", 100, 0, true, 1e9, true, "endowment of actor 2"),
                Param.real("alpha0", 0.55, 0, true, 1, true, "bargaining share of actor 1 (actor 2 has 1 − α)"),
                Param.real("d01", 0.64, 0, true, 1, true, "D_12: how much actor 1 depends on actor 2"),
                Param.real("d10", 0.86, 0, true, 1, true, "D_21: how much actor 2 depends on actor 1"),
                Param.choice("best_response", "exact", List.of("exact", "brent"),
                        "exact FOC root or bounded Brent maximisation (replication)"),
                Param.choice("box", "reproduction", List.of("reproduction", "realistic"),
                        "actions in [0.01, 100], or [0.01, min(100, e_i)] (A7)"),
                Param.real("start", 10, 0.01, true, 100, true, "start action of both actors"));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public EquilibriumConfig {
            SCHEMA.check(value, beta, theta, gamma, e0, e1, alpha0, d01, d10, best_response, box, start);
        }

        /** γ, with the automatic default of the value function. */
        public double effectiveGamma() {
            return gamma != null ? gamma : value == ValueFunction.Kind.POWER ? 0.5 : 0.65;
        }

        /** The TR-1 dyad of this config. */
        public CoopetitionGame game() {
            ValueFunction f = value == ValueFunction.Kind.POWER ? ValueFunction.power(beta) : ValueFunction.log(theta);
            return CoopetitionGame.dyad(e0, e1, alpha0, d01, d10, f, effectiveGamma());
        }

        /** The Gauss–Seidel solver of this config (tolerance 1e-6, 1000 sweeps, box [0.01, 100]). */
        public EquilibriumSolver solver() {
            EquilibriumSolver s = new EquilibriumSolver(start, 0.01, 100, 1e-6, 1000, best_response, false);
            return box.equals("realistic") ? s.realistic() : s;
        }
    }

    static final class EquilibriumMethod extends Base<EquilibriumConfig> {
        EquilibriumMethod() {
            super("coop-equilibrium", "Coopetitive equilibrium (TR-1)", "Pant & Yu TR-1: a dyad with interdependence "
                    + "D (row = depender), bargaining shares and complementarity γ; Gauss–Seidel best responses "
                    + "(exact FOC root or the authors' Brent), scored with the 60-point rubric.", EquilibriumConfig.SCHEMA);
        }

        @Override
        public List<MethodPreset> presets() {
            return List.of(
                    MethodPreset.of("slcd-log", "S-LCD, log: 58/60, coop 42.19 % [R]", "value=log", "correct orientation"),
                    MethodPreset.of("slcd-power", "S-LCD, power: 46/60, coop 170.17 % [R]", "value=power",
                            "correct orientation"),
                    MethodPreset.of("slcd-legacy-log", "S-LCD legacy (as published), log: 58/60, coop 41 % [P]",
                            "value=log, d01=0.86, d10=0.64", "TR1-code-orig's transposed matrix (A5)"),
                    MethodPreset.of("slcd-legacy-power", "S-LCD legacy (as published), power: 46/60, coop 166 % [P]",
                            "value=power, d01=0.86, d10=0.64", "TR1-code-orig's transposed matrix (A5)"),
                    MethodPreset.of("symmetric-log", "Symmetric dyad d = 0.5, log: a* = 25.446281 [D]",
                            "value=log, alpha0=0.5, d01=0.5, d10=0.5", "closed form θ/(1 − γ(1+d)/4) − 1"));
        }

        @Override
        int planned(EquilibriumConfig c) {
            return 1000;
        }

        @Override
        public boolean hasPlannedLength(Config config) {
            return false;
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            return List.of(ACTION.at(1), ACTION.at(2), CHANGE, COOP, VINC, SHARE, ASYM, SCORE);
        }

        @Override
        Experiment<?> build(EquilibriumConfig c) {
            CoopetitionGame game = c.game();
            EquilibriumSolver solver = c.solver();
            Equilibrium base = EquilibriumSolver.defaults().solve(game.baseline());
            List<String> names = names(metrics(null, null));
            return new Experiment<Iterate>() {
                @Override
                public Iterate start(long seed) {
                    double[] a = new double[2];
                    Arrays.fill(a, c.start());
                    for (int i = 0; i < 2; i++) {
                        a[i] = Math.min(solver.upper(game, i), Math.max(solver.lower(), a[i]));
                    }
                    return new Iterate(a, 0, Double.POSITIVE_INFINITY);
                }

                @Override
                public Iterate step(Iterate s) {
                    double[] a = s.actions().clone();
                    double change = 0;
                    for (int i = 0; i < 2; i++) {
                        double old = a[i];
                        a[i] = solver.bestResponse(game, i, a);
                        change = Math.max(change, Math.abs(a[i] - old));
                    }
                    return new Iterate(a, s.sweeps() + 1, change);
                }

                @Override
                public boolean isFinished(Iterate s) {
                    return s.change() < solver.tolerance();
                }

                @Override
                public Snapshot observe(Iterate s, long step) {
                    double[] a = s.actions();
                    double[] b = base.actions();
                    org.gtlab.coopetition.tr1.Rubric60.Inputs in = new org.gtlab.coopetition.tr1.Rubric60.Inputs(
                            s.change() < solver.tolerance(), a, b, game.payoffs(a), game.payoffs(b),
                            game.totalValue(a), game.totalValue(b));
                    return Snapshot.of(step, names, new double[] {a[0], a[1],
                        Double.isInfinite(s.change()) ? Double.NaN : s.change(), in.cooperationIncrease(),
                        in.valueIncrease(), in.share(), in.asymmetry(),
                        org.gtlab.coopetition.tr1.Rubric60.score(in).total()},
                            Map.of("actions", Payload.vector(a)));
                }
            };
        }
    }

    // ------------------------------------------------------------------ TR-1 Monte Carlo

    /** The typed config of {@code coop-montecarlo}: the S-LCD matrix orientation, trials and spread s. */
    public record MonteCarloConfig(String matrix, long trials, double spread) {
        public static final ConfigSchema<MonteCarloConfig> SCHEMA = ConfigSchema.of(MonteCarloConfig.class,
                Param.choice("matrix", "slcd", List.of("slcd", "slcd-legacy"),
                        "S-LCD, correct orientation or legacy (as published)"),
                Param.integer("trials", 500, 1, 100_000, "number of trials"),
                Param.real("spread", 0.15, 0, true, 0.5, true, "s: factors drawn from U(1 − s, 1 + s)"));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public MonteCarloConfig {
            SCHEMA.check(matrix, trials, spread);
        }

        /** The base case of the perturbations. */
        public DyadCase base() {
            return matrix.equals("slcd") ? DyadCase.SLCD : DyadCase.SLCD_LEGACY;
        }
    }

    static final class MonteCarloMethod extends Base<MonteCarloConfig> {
        static final List<MetricSpec> METRICS = List.of(
                MetricSpec.linear("trials", "Trials", "trials", Goal.NONE, "trials done"),
                MetricSpec.linear("power_mean", "Power mean score", "points", Goal.NONE, "mean power score"),
                MetricSpec.linear("log_mean", "Log mean score", "points", Goal.NONE, "mean log score"),
                MetricSpec.linear("power_sd", "Power score SD", "points", Goal.NONE, "population SD"),
                MetricSpec.linear("log_sd", "Log score SD", "points", Goal.NONE, "population SD"),
                MetricSpec.linear("log_wins", "Log wins", "trials", Goal.NONE, "trials with log > power"),
                MetricSpec.linear("log_band", "Log in 15–50 % band", "share", Goal.NONE,
                        "share of trials with 15 ≤ coop ≤ 50 (log)"),
                MetricSpec.linear("power_band", "Power in 15–50 % band", "share", Goal.NONE,
                        "share of trials with 15 ≤ coop ≤ 50 (power)"),
                MetricSpec.linear("mean_diff", "Mean difference", "points", Goal.NONE, "mean(log − power)"),
                MetricSpec.linear("cohens_d", "Cohen's d", "", Goal.NONE,
                        "mean(diff) / population SD(diff); undefined (NaN) when SD = 0"),
                MetricSpec.log("p_value", "Paired t p-value", "", Goal.NONE, "two-sided paired t-test"));

        MonteCarloMethod() {
            super("coop-montecarlo", "TR-1 Monte Carlo and significance", "Perturbs the S-LCD case (endowments, "
                    + "shares and D by U(1 − s, 1 + s) factors) and scores power (β 0.75, γ 0.5) against log "
                    + "(θ 20, γ 0.65), one trial per step (spec §3.3).", MonteCarloConfig.SCHEMA);
        }

        @Override
        public List<MethodPreset> presets() {
            return List.of(
                    MethodPreset.of("monte-carlo", "Monte Carlo ±15 %: log 56.73 vs power 45.41, log wins 100 % [P, R]",
                            "spread=0.15", "published: log wins 100 % of trials"),
                    MethodPreset.of("significance", "Significance ±5 %: mean diff 11.90, p < 0.001 [P, R]",
                            "spread=0.05", "published: p < 0.001"),
                    MethodPreset.of("legacy-monte-carlo", "Legacy matrix ±15 %: log 57.44 vs power 45.30 [R]",
                            "matrix=slcd-legacy, spread=0.15", "d of the paired difference 9.83 (the published d > 9)"));
        }

        @Override
        int planned(MonteCarloConfig c) {
            return (int) c.trials();
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            return METRICS;
        }

        @Override
        Experiment<?> build(MonteCarloConfig c) {
            DyadCase base = c.base();
            double spread = c.spread();
            EquilibriumSolver solver = EquilibriumSolver.defaults();
            return new PlannedExperiment<Tr1Experiments.Trial>(planned(c),
                    (seed, k) -> Tr1Experiments.trial(base, spread, Rng.stream(seed, k), solver), names(METRICS),
                    rows -> {
                        if (rows.isEmpty()) {
                            double[] v = new double[METRICS.size()];
                            Arrays.fill(v, Double.NaN);
                            v[0] = 0;
                            return v;
                        }
                        Tr1Experiments.MonteCarlo m = new Tr1Experiments.MonteCarlo(rows);
                        double[] p = m.powerScores();
                        double[] l = m.logScores();
                        Stats.Paired t = rows.size() >= 2 ? m.paired() : null;
                        return new double[] {rows.size(), Stats.mean(p), Stats.mean(l), Stats.populationSd(p),
                            Stats.populationSd(l), m.logWins(), m.logBandShare(), m.powerBandShare(),
                            Stats.mean(l) - Stats.mean(p), t == null ? Double.NaN : t.cohensD(),
                            t == null ? Double.NaN : t.p()};
                    }, null);
        }
    }

    // ------------------------------------------------------------------ TR-1 tables

    /** One table row. */
    record TableRow(double x, double power, double log) {
    }

    /** The typed config of {@code coop-tables}: which table. */
    public record TablesConfig(String table) {
        public static final ConfigSchema<TablesConfig> SCHEMA = ConfigSchema.of(TablesConfig.class,
                Param.choice("table", "five-cases", List.of("five-cases", "d-sensitivity", "gamma-sensitivity",
                        "convergence"), "which table"));

        /** @throws IllegalArgumentException naming the field and its choices */
        public TablesConfig {
            SCHEMA.check(table);
        }
    }

    static final class TablesMethod extends Base<TablesConfig> {
        static final List<MetricSpec> METRICS = List.of(
                MetricSpec.linear("rows", "Rows", "rows", Goal.NONE, "rows done"),
                MetricSpec.linear("x", "Row parameter", "", Goal.NONE,
                        "case index (five cases), d (D sensitivity), γ (γ sensitivity) or start index (convergence)"),
                MetricSpec.linear("power_value", "Power", "", Goal.NONE,
                        "power score, or 1 if the start converged to the S-LCD equilibrium (convergence)"),
                MetricSpec.linear("log_value", "Log", "", Goal.NONE,
                        "log score, or 1 if the start converged to the S-LCD equilibrium (convergence)"),
                MetricSpec.linear("log_minus_power", "Log − power", "", Goal.NONE, "difference of the row"));

        TablesMethod() {
            super("coop-tables", "TR-1 tables", "The five-case table, the D and γ sensitivity series and the "
                    + "50-start convergence check of the TR-1 suite (spec §3.3–3.5), one row per step.", TablesConfig.SCHEMA);
        }

        @Override
        public List<MethodPreset> presets() {
            return List.of(
                    MethodPreset.of("five-cases", "Five cases: S-LCD 46/58 … platform–developer 39/51 [R]",
                            "table=five-cases", "scores (power, log)"),
                    MethodPreset.of("d-sensitivity", "D sensitivity: power 49…46, log 58…58 [R]",
                            "table=d-sensitivity", "D = [[0, d], [0.64, 0]] (A16)"),
                    MethodPreset.of("gamma-sensitivity", "γ sensitivity: power 60 at γ 0.2, log 60 at γ 0.7–0.8 [R]",
                            "table=gamma-sensitivity", "the same γ for both specifications (A9)"),
                    MethodPreset.of("convergence", "Convergence from 50 random starts: 100 % [R]", "table=convergence",
                            "a ~ U(0.1, 50)²"));
        }

        @Override
        int planned(TablesConfig c) {
            switch (c.table()) {
                case "five-cases":
                    return 5;
                case "d-sensitivity":
                    return 8;
                case "gamma-sensitivity":
                    return 10;
                default:
                    return 50;
            }
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            return METRICS;
        }

        @Override
        Experiment<?> build(TablesConfig c) {
            String table = c.table();
            EquilibriumSolver solver = EquilibriumSolver.defaults();
            PlannedExperiment.RowFunction<TableRow> f;
            switch (table) {
                case "five-cases":
                    f = (seed, k) -> {
                        DyadCase dc = DyadCase.fiveCases().get(k);
                        return new TableRow(k + 1, CaseResult.evaluate(dc, Specification.POWER, solver).total(),
                                CaseResult.evaluate(dc, Specification.LOG, solver).total());
                    };
                    break;
                case "d-sensitivity":
                    f = (seed, k) -> {
                        double d = Tr1Experiments.dGrid()[k];
                        return new TableRow(d, Tr1Experiments.dSensitivity(Specification.POWER, new double[] {d},
                                solver)[0], Tr1Experiments.dSensitivity(Specification.LOG, new double[] {d}, solver)[0]);
                    };
                    break;
                case "gamma-sensitivity":
                    f = (seed, k) -> {
                        double g = Tr1Experiments.gammaGrid()[k];
                        return new TableRow(g, CaseResult.evaluate(DyadCase.SLCD, Specification.POWER.withGamma(g),
                                solver).total(), CaseResult.evaluate(DyadCase.SLCD, Specification.LOG.withGamma(g),
                                        solver).total());
                    };
                    break;
                default:
                    f = (seed, k) -> {
                        double[] out = new double[2];
                        Specification[] sp = {Specification.POWER, Specification.LOG};
                        Rng rng = Rng.stream(seed, k);
                        double[] start = {0.1 + 49.9 * rng.nextDouble(), 0.1 + 49.9 * rng.nextDouble()};
                        for (int s = 0; s < 2; s++) {
                            CoopetitionGame g = DyadCase.SLCD.game(sp[s]);
                            Equilibrium ref = solver.solve(g);
                            Equilibrium e = solver.solveFrom(g, start);
                            out[s] = e.converged() && Math.abs(e.action(0) - ref.action(0)) <= 1e-4
                                    && Math.abs(e.action(1) - ref.action(1)) <= 1e-4 ? 1 : 0;
                        }
                        return new TableRow(k + 1, out[0], out[1]);
                    };
            }
            return new PlannedExperiment<>(planned(c), f, names(METRICS), rows -> {
                if (rows.isEmpty()) {
                    return new double[] {0, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
                }
                TableRow r = rows.get(rows.size() - 1);
                return new double[] {rows.size(), r.x(), r.power(), r.log(), r.log() - r.power()};
            }, rows -> Map.of("power", Payload.vector(rows.stream().mapToDouble(TableRow::power).toArray()),
                    "log", Payload.vector(rows.stream().mapToDouble(TableRow::log).toArray())));
        }
    }

    // ------------------------------------------------------------------ TR-3 sweep

    /**
     * The typed config of {@code team-sweep}: teammate-welfare mode (A1), loyalty strengths φ_B, φ_C and
     * the effort box [a_min, a_max] (A4; a_max &gt; a_min).
     */
    public record TeamConfig(WelfareMode welfare, double phi_b, double phi_c, double min_effort, double max_effort) {
        public static final ConfigSchema<TeamConfig> SCHEMA = ConfigSchema.of(TeamConfig.class,
                Param.choice("welfare", "summed", List.of("summed", "averaged"),
                        "teammate welfare summed (paper-faithful) or averaged (repository v1.x variant)"),
                Param.real("phi_b", 0.8, 0, true, 10, true, "φ_B: loyalty-benefit strength"),
                Param.real("phi_c", 0.3, 0, true, 1, false, "φ_C: cost-tolerance strength"),
                Param.real("min_effort", 0.01, 0, true, 1e6, true, "a_min"),
                Param.real("max_effort", 50, 0, false, 1e6, true, "a_max (> a_min)"));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public TeamConfig {
            SCHEMA.check(welfare, phi_b, phi_c, min_effort, max_effort);
            if (!(max_effort > min_effort)) {
                throw new IllegalArgumentException("TeamConfig.max_effort = " + max_effort
                        + ": the maximum effort a_max must be > min_effort = " + min_effort);
            }
        }

        /** The grid-centre team model (ω 20, β 0.5, c 2.5) of this config; the sweep varies ω, β, c, n, θ. */
        public TeamModel model() {
            return new TeamModel(20, 0.5, 2.5, phi_b, phi_c, welfare, min_effort, max_effort);
        }
    }

    static final class TeamSweepMethod extends Base<TeamConfig> {
        static final List<MetricSpec> METRICS = List.of(
                MetricSpec.linear("configurations", "Configurations", "rows", Goal.NONE, "rows done"),
                MetricSpec.linear("free_riding", "Target 1: free riding", "share", Goal.MAXIMISE,
                        "rows with |E(0) − a*_FR| / a*_FR < 5 %"),
                MetricSpec.linear("monotone", "Target 2: monotone in θ", "share", Goal.MAXIMISE,
                        "(ω, β, c, n) groups non-decreasing in θ"),
                MetricSpec.linear("differentiation_median", "Target 3: differentiation median", "×", Goal.NONE,
                        "median of E(0.9)/E(0.1)"),
                MetricSpec.linear("differentiation", "Target 3: ratios > 2", "share", Goal.MAXIMISE,
                        "share of E(0.9)/E(0.1) > 2"),
                MetricSpec.linear("team_size", "Target 4: team-size effect", "share", Goal.MAXIMISE,
                        "(ω, β, c) groups with E(0) non-increasing in n"),
                MetricSpec.linear("synergy", "Target 5: synergy > 1.1", "share", Goal.MAXIMISE,
                        "rows with mechanism-synergy ratio > 1.1"),
                MetricSpec.linear("bounded", "Target 6: bounded", "share", Goal.MAXIMISE, "rows with 0 ≤ E ≤ a_max"),
                MetricSpec.linear("cohens_d", "Cohen's d, E(0.9) vs E(0)", "", Goal.NONE,
                        "mean(diff) / population SD(diff)"));

        TeamSweepMethod() {
            super("team-sweep", "TR-3 sweep (3,125 configurations)", "Pant & Yu TR-3: ω × β × c × n × θ, closed-form "
                    + "equilibria, the six behavioural targets and the paired test (spec §5.1–5.3), one (ω, β, c) block "
                    + "of 25 configurations per step.", TeamConfig.SCHEMA);
        }

        @Override
        public List<MethodPreset> presets() {
            return List.of(
                    MethodPreset.of("paper", "Paper-faithful (summed): 96.5 %, 100 %, 15.04×, 100 %, 99.5 %, 100 %, "
                            + "d = 0.71 [P]", "welfare=summed", "reproduces the TR-3 abstract"),
                    MethodPreset.of("repository-v1", "Repository v1.x variant (averaged): median 4.48×, d = 0.44 [R]",
                            "welfare=averaged", "not the report's numbers"));
        }

        @Override
        int planned(TeamConfig c) {
            return Tr3Sweep.BLOCKS;
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            return METRICS;
        }

        @Override
        Experiment<?> build(TeamConfig c) {
            TeamModel base = c.model();
            return new PlannedExperiment<List<Tr3Sweep.Row>>(Tr3Sweep.BLOCKS, (seed, k) -> Tr3Sweep.block(base, k),
                    names(METRICS), blocks -> {
                        if (blocks.isEmpty()) {
                            double[] v = new double[METRICS.size()];
                            Arrays.fill(v, Double.NaN);
                            v[0] = 0;
                            return v;
                        }
                        List<Tr3Sweep.Row> rows = new ArrayList<>();
                        blocks.forEach(rows::addAll);
                        Tr3Sweep.Result r = Tr3Sweep.evaluate(rows, base);
                        int groups = r.differentiation().length;
                        return new double[] {rows.size(), r.freeRidingShare(), r.monotoneGroups() / (double) groups,
                            r.differentiationMedian(), r.differentiationPass() / (double) groups,
                            r.teamSizeGroups() / (double) blocks.size(), r.synergyShare(),
                            r.boundedRows() / (double) rows.size(), r.paired().cohensD()};
                    }, null);
        }
    }

    // ------------------------------------------------------------------ Apache

    /** The typed config of {@code apache}: the teammate-welfare mode (A1). */
    public record ApacheConfig(WelfareMode welfare) {
        public static final ConfigSchema<ApacheConfig> SCHEMA = ConfigSchema.of(ApacheConfig.class,
                Param.choice("welfare", "summed", List.of("summed", "averaged"),
                        "teammate welfare summed (paper-faithful) or averaged (repository v1.x variant)"));

        /** @throws IllegalArgumentException naming the field and its choices */
        public ApacheConfig {
            SCHEMA.check(welfare);
        }
    }

    static final class ApacheMethod extends Base<ApacheConfig> {
        static final List<MetricSpec> METRICS = List.of(
                MetricSpec.linear("phases", "Phases", "phases", Goal.NONE, "phases done"),
                MetricSpec.linear("mean_effort", "Mean effort", "effort", Goal.NONE, "equilibrium mean effort of the phase"),
                MetricSpec.linear("mean_loyalty", "Mean loyalty", "", Goal.NONE, "mean θ of the phase"),
                MetricSpec.linear("cohesion", "Cohesion", "", Goal.NONE, "Σ D_T,i θ_i / Σ D_T,i"),
                MetricSpec.linear("phase_score", "Phase score", "points", Goal.MAXIMISE,
                        "15-point rubric of the phase (known when all four phases are done)"),
                MetricSpec.linear("total_score", "Total score", "points", Goal.MAXIMISE, "sum over the four phases (of 60)"));

        ApacheMethod() {
            super("apache", "Apache HTTP Server phases (TR-3)", "The four phases of the Apache case (formation, "
                    + "growth, maturation, evolution) with heterogeneous loyalty, cohesion and the 60-point rubric "
                    + "(spec §5.6), one phase per step.", ApacheConfig.SCHEMA);
        }

        @Override
        public List<MethodPreset> presets() {
            return List.of(MethodPreset.of("paper", "Summed: 60/60 [P]", "welfare=summed", "published 60/60"),
                    MethodPreset.of("repository-v1", "Averaged: 45/60 [R]", "welfare=averaged", "DOC-case's 45/60"));
        }

        @Override
        int planned(ApacheConfig c) {
            return 4;
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            return METRICS;
        }

        @Override
        Experiment<?> build(ApacheConfig c) {
            TeamModel m = ApacheCase.model(c.welfare());
            return new PlannedExperiment<ApacheCase.PhaseResult>(4, (seed, k) -> {
                ApacheCase.Phase p = ApacheCase.PHASES.get(k);
                double[] t = ApacheCase.loyalty(p);
                return new ApacheCase.PhaseResult(p, TeamEquilibrium.solve(m, t).requireConverged(), Stats.mean(t),
                        org.gtlab.coopetition.tr3.Cohesion.of(ApacheCase.weights(p), t));
            }, names(METRICS), rows -> {
                if (rows.isEmpty()) {
                    return new double[] {0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
                }
                ApacheCase.PhaseResult r = rows.get(rows.size() - 1);
                double phase = Double.NaN;
                double total = Double.NaN;
                if (rows.size() == 4) {
                    int[] s = ApacheCase.score(rows.stream().mapToDouble(ApacheCase.PhaseResult::meanEffort).toArray());
                    phase = s[3];
                    total = Arrays.stream(s).sum();
                }
                return new double[] {rows.size(), r.meanEffort(), r.meanLoyalty(), r.cohesion(), phase, total};
            }, rows -> Map.of("efforts", Payload.vector(rows.get(rows.size() - 1).equilibrium().efforts())));
        }
    }

    // ------------------------------------------------------------------ TR-2 grid

    /** One TR-2 configuration's summaries. */
    record TrustRow(double negativity, double recovery, double amplification) {
    }

    /** The typed config of {@code trust-grid}: cooperative rounds after the violation (recovery). */
    public record TrustGridConfig(long rounds) {
        public static final ConfigSchema<TrustGridConfig> SCHEMA = ConfigSchema.of(TrustGridConfig.class,
                Param.integer("rounds", 10, 1, 1000, "cooperative rounds after the violation (recovery)"));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public TrustGridConfig {
            SCHEMA.check(rounds);
        }
    }

    static final class TrustGridMethod extends Base<TrustGridConfig> {
        static final double[] UP = {0.05, 0.08, 0.10, 0.12, 0.15};
        static final double[] DOWN = {0.15, 0.23, 0.30, 0.38, 0.45};
        static final double[] MU = {0.50, 0.55, 0.60, 0.65, 0.70};
        static final double[] DELTA = {0.01, 0.02, 0.03, 0.04, 0.05};
        static final double[] XI = {0.30, 0.40, 0.50, 0.60, 0.70};
        static final double[] KAPPA = {0.5, 0.75, 1.0, 1.25, 1.5};

        static final List<MetricSpec> METRICS = List.of(
                MetricSpec.linear("configurations", "Configurations", "rows", Goal.NONE, "configurations done"),
                MetricSpec.linear("negativity_median", "Negativity ratio (median)", "×", Goal.NONE,
                        "|ΔT| after s(−1) ÷ ΔT after s(+1), from T 0.5, R 0, D 0"),
                MetricSpec.linear("negativity_min", "Negativity ratio (min)", "×", Goal.NONE, "smallest ratio"),
                MetricSpec.linear("negativity_max", "Negativity ratio (max)", "×", Goal.NONE, "largest ratio"),
                MetricSpec.linear("recovery_median", "Recovery ratio (median)", "×", Goal.NONE,
                        "T after one violation and 10 cooperative rounds ÷ T before (lab definition)"),
                MetricSpec.linear("amplification_median", "Dependency amplification (median)", "×", Goal.NONE,
                        "trust drop at D 0.5 ÷ trust drop at D 0"));

        TrustGridMethod() {
            super("trust-grid", "TR-2 trust grid", "The two-layer trust/reputation update over the suite's 5⁶ grid "
                    + "(λ⁺, λ⁻, μ_R, δ_R, ξ, κ), one λ⁺ × λ⁻ block of 625 configurations per step, with the "
                    + "negativity, recovery and amplification summaries (spec §6; definitions of the last two are lab "
                    + "definitions).", TrustGridConfig.SCHEMA);
        }

        @Override
        public List<MethodPreset> presets() {
            return List.of(MethodPreset.of("suite-grid", "Suite grid: negativity ratio median 3.0 (1.0–9.0) [R]",
                    "rounds=10", "the suite's grid without ρ"));
        }

        @Override
        int planned(TrustGridConfig c) {
            return 25;
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            return METRICS;
        }

        static TrustRow row(TrustUpdater u, int rounds) {
            TrustUpdater.State s0 = TrustUpdater.State.INITIAL;
            double up = u.step(s0, 1, 0).trust() - s0.trust();
            double down0 = s0.trust() - u.step(s0, -1, 0).trust();
            double downHalf = s0.trust() - u.step(s0, -1, 0.5).trust();
            TrustUpdater.State s = u.step(s0, -1, 0.5);
            for (int k = 0; k < rounds; k++) {
                s = u.step(s, 1, 0.5);
            }
            return new TrustRow(down0 / up, s.trust() / s0.trust(), downHalf / down0);
        }

        @Override
        Experiment<?> build(TrustGridConfig c) {
            int rounds = (int) c.rounds();
            return new PlannedExperiment<List<TrustRow>>(25, (seed, k) -> {
                List<TrustRow> block = new ArrayList<>(625);
                for (double mu : MU) {
                    for (double delta : DELTA) {
                        for (double xi : XI) {
                            for (double kappa : KAPPA) {
                                block.add(row(new TrustUpdater(UP[k / 5], DOWN[k % 5], mu, delta, xi, kappa), rounds));
                            }
                        }
                    }
                }
                return block;
            }, names(METRICS), blocks -> {
                if (blocks.isEmpty()) {
                    return new double[] {0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
                }
                List<TrustRow> rows = new ArrayList<>();
                blocks.forEach(rows::addAll);
                double[] neg = rows.stream().mapToDouble(TrustRow::negativity).toArray();
                return new double[] {rows.size(), Stats.median(neg), Stats.min(neg), Stats.max(neg),
                    Stats.median(rows.stream().mapToDouble(TrustRow::recovery).toArray()),
                    Stats.median(rows.stream().mapToDouble(TrustRow::amplification).toArray())};
            }, null);
        }
    }
}
