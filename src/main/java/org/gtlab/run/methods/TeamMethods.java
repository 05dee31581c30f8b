package org.gtlab.run.methods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamGames;
import org.gtlab.game.TeamPolicy;
import org.gtlab.learn.team.MetaSolvers;
import org.gtlab.learn.team.SeedOutcomes;
import org.gtlab.learn.team.TeamLearner;
import org.gtlab.learn.team.TeamLearnerState;
import org.gtlab.learn.team.TeamLearners;
import org.gtlab.run.Config;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.Experiment;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameKind;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodPreset;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Snapshot;
import org.gtlab.run.Param;

/**
 * The team learners of {@code org.gtlab.learn.team} as runnable methods on team games (issue 6, spec
 * fxp-psro.md): sp, fp, fsp, forel, replicator, mwu, cfr, psro, odo, fxp. Their parameters are those
 * of {@link TeamLearners} (the one place that maps names and settings to learners), declared here as
 * {@link Param}s so that they are validated before anything runs and listed by {@code gtlab run
 * --list}; "auto" leaves a setting to {@link TeamLearners}' default (which may depend on
 * {@code mode} and on other settings), plus {@code init}, the initial policy.
 *
 * <p>{@code sp}, {@code fp} and {@code replicator} share their names with the normal-form methods;
 * {@link org.gtlab.run.MethodCatalog#forGame} runs these on team games. A team method given a
 * symmetric zero-sum two-player matrix game runs on it as a game between one-agent teams
 * ({@link GameSpec#asTeam()}).
 */
public final class TeamMethods {

    /** Limits of every team method: the run ends when the learner stops; one snapshot per oracle step. */
    public static final Limits DEFAULT_LIMITS = new Limits(1_000_000, 1, 0);

    /** Upper bound of the stop rule of SP, FP and FSP (the damped oracle's 1000 steps): their planned length. */
    static final int STOP_RULE_STEPS = 1000;

    private TeamMethods() {
    }

    /** The initial policy: uniform, or seeded random rows exactly as {@link SeedOutcomes#initialPolicy} draws them. */
    static Param init() {
        return Param.choice("init", "uniform", List.of("uniform", "rand", "dirichlet"),
                "initial policy π⁰: uniform (the authors' default), rand (the authors' normalised U(0,1) rows, from the "
                        + "seed; as the multi-seed runner draws them) or dirichlet (uniform on each agent's simplex, from "
                        + "the seed)");
    }

    private static Param mode() {
        return Param.choice("mode", "lab", List.of("lab", "paper"),
                "what auto settings mean: lab (LP meta-solver, correct self-play profile, averaging over all iterates) "
                        + "or paper (the authors' FP-999 meta-solver, np.repeat profile, first-20 averaging)");
    }

    private static Param lr() {
        return Param.real("lr", 0.1, 0, false, 0.5, true,
                "damped best-response learning rate (the round-robin agent moves 2·lr)");
    }

    private static Param profile() {
        return Param.choice("profile", "auto", List.of("auto", "correct", "repeat"),
                "self-play profile: correct (π against π), repeat (the authors' np.repeat quirk); auto = by mode");
    }

    private static Param averaging() {
        return Param.choice("averaging", "auto", List.of("auto", "all", "first20"),
                "which past iterates the target averages: all, or the first 20 (the authors' code); auto = by mode");
    }

    private static Param meta() {
        List<String> c = new ArrayList<>();
        c.add("auto");
        c.addAll(MetaSolvers.names());
        return Param.choice("meta", "auto", c,
                "meta-solver: nash (exact LP), uniform, uniform_biased, prd, rm, alpharank, fp999 (the authors'); "
                        + "auto = nash in lab mode, fp999 in paper mode");
    }

    private static Param reset(boolean def, String doc) {
        return Param.bool("reset", def, doc);
    }

    // ------------------------------------------------------------------ typed configs

    /** Team self-play: start, learning rate, self-play profile, mode. */
    public record TeamSpConfig(String init, double lr, String profile, String mode) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<TeamSpConfig> SCHEMA = ConfigSchema.of(TeamSpConfig.class,
                TeamMethods.init(), TeamMethods.lr(), TeamMethods.profile(), TeamMethods.mode());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public TeamSpConfig {
            SCHEMA.check(init, lr, profile, mode);
        }
    }

    /** Team fictitious play: start, learning rate, averaging, mode. */
    public record TeamFpConfig(String init, double lr, String averaging, String mode) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<TeamFpConfig> SCHEMA = ConfigSchema.of(TeamFpConfig.class,
                TeamMethods.init(), TeamMethods.lr(), TeamMethods.averaging(), TeamMethods.mode());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public TeamFpConfig {
            SCHEMA.check(init, lr, averaging, mode);
        }
    }

    /** Fictitious self-play: start, self-play share η, learning rate, averaging, mode. */
    public record FspConfig(String init, double eta, double lr, String averaging, String mode) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<FspConfig> SCHEMA = ConfigSchema.of(FspConfig.class,
                TeamMethods.init(), Param.real("eta", 0.99, 0, false, 1, true, "η: self-play share of the target"),
                TeamMethods.lr(), TeamMethods.averaging(), TeamMethods.mode());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public FspConfig {
            SCHEMA.check(init, eta, lr, averaging, mode);
        }
    }

    /** What the planned length of PSRO and Online DO depends on. */
    interface PopulationConfig {
        /** Planned best responses, null = automatic. */
        Long iterations();

        /** exact or damped. */
        String oracle();

        /** Damped oracle starts each best response from uniform. */
        boolean reset();

        /** The meta-solver as configured ("auto" or a name). */
        String meta();

        /** lab or paper. */
        String mode();

        /** The meta-solver "auto" stands for: nash in lab mode, fp999 in paper mode. */
        default String effectiveMeta() {
            return meta().equals("auto") ? (mode().equals("paper") ? "fp999" : "nash") : meta();
        }
    }

    /** PSRO: start, meta-solver, oracle, reset, iterations (null = the authors' default), learning rate, mode. */
    public record PsroConfig(String init, String meta, String oracle, boolean reset, Long iterations, double lr,
            String mode) implements PopulationConfig {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<PsroConfig> SCHEMA = ConfigSchema.of(PsroConfig.class,
                TeamMethods.init(), TeamMethods.meta(),
                Param.choice("oracle", "exact", List.of("exact", "damped"),
                        "exact team best response (one step) or the authors' damped BR (≥ 50 steps)"),
                TeamMethods.reset(true, "damped oracle: each best response starts from uniform (else from the previous one)"),
                Param.integer("iterations", "100 with the exact oracle; damped: 12 for nash/fp999 with reset, "
                        + "else 20", 1, 100_000, "maximum number of best responses"),
                TeamMethods.lr(), TeamMethods.mode());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public PsroConfig {
            SCHEMA.check(init, meta, oracle, reset, iterations, lr, mode);
        }
    }

    /** Online Double Oracle: start, MWU step μ, oracle, reset, iterations (null = automatic), learning rate, mode. */
    public record OdoConfig(String init, double mu, String oracle, boolean reset, Long iterations, double lr,
            String mode) implements PopulationConfig {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<OdoConfig> SCHEMA = ConfigSchema.of(OdoConfig.class,
                TeamMethods.init(), Param.real("mu", 1.0, 0, false, Double.POSITIVE_INFINITY, false, "μ: MWU step size"),
                Param.choice("oracle", "damped", List.of("exact", "damped"),
                        "exact team best response or the authors' damped BR"),
                TeamMethods.reset(true, "damped oracle: each best response starts from uniform"),
                Param.integer("iterations", "12 with reset, 20 without", 1, 100_000, "number of best responses"),
                TeamMethods.lr(), TeamMethods.mode());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public OdoConfig {
            SCHEMA.check(init, mu, oracle, reset, iterations, lr, mode);
        }

        /** Online DO's meta-strategy is its own MWU: planned lengths count like PSRO-Nash. */
        @Override
        public String meta() {
            return "nash";
        }
    }

    /** FXP: start, iterations m, self-play share η, reset, meta-solver, counters, learning rate, mode. */
    public record FxpConfig(String init, long iterations, double eta, boolean reset, String meta, String counters,
            double lr, String mode) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<FxpConfig> SCHEMA = ConfigSchema.of(FxpConfig.class,
                TeamMethods.init(), Param.integer("iterations", 10, 1, 10_000, "m: number of main/counter iterations"),
                Param.real("eta", 0.3, 0, true, 1, true, "η: self-play share of the main policy's target"),
                TeamMethods.reset(false, "the main policy restarts from π⁰ every iteration (FXP (reset))"),
                TeamMethods.meta(),
                Param.choice("counters", "damped", List.of("damped", "exact"),
                        "counters by the damped oracle or as exact team best responses (one step)"),
                TeamMethods.lr(), TeamMethods.mode());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public FxpConfig {
            SCHEMA.check(init, iterations, eta, reset, meta, counters, lr, mode);
        }
    }

    /**
     * The no-regret baselines (forel, replicator, mwu, cfr): start, learning rate (null = the authors'
     * value for the method), self-play profile, steps, mode. Each method declares its own schema of
     * this record (the automatic learning rate's text differs); {@link #CHECK} validates.
     */
    public record NoRegretConfig(String init, Double lr, String profile, long steps, String mode) {
        /** The ranges every no-regret method shares. */
        static final ConfigSchema<NoRegretConfig> CHECK = schema("the authors' value for the method");

        /** The declaration of one no-regret method whose automatic learning rate is {@code autoLr}. */
        static ConfigSchema<NoRegretConfig> schema(String autoLr) {
            return ConfigSchema.of(NoRegretConfig.class, TeamMethods.init(),
                    Param.real("lr", null, autoLr, 0, false, Double.POSITIVE_INFINITY, false, "learning rate"),
                    TeamMethods.profile(), Param.integer("steps", 1000, 1, 1_000_000, "number of steps"),
                    TeamMethods.mode());
        }

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public NoRegretConfig {
            CHECK.check(init, lr, profile, steps, mode);
        }
    }

    /** How far a run is, in [0, 1] (see {@link org.gtlab.run.ExperimentFactory#progress}). */
    private interface ProgressOf<R> {
        double of(R c, Snapshot s);
    }

    private static double clamp(double x) {
        return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
    }

    private static double metric(Snapshot s, MetricSpec m, double otherwise) {
        return s.hasMetric(m.name()) ? s.metric(m.name()) : otherwise;
    }

    /** SP, FP, FSP stop by their own rule, within {@link #STOP_RULE_STEPS} oracle steps. */
    private static <R> ProgressOf<R> stopRule() {
        return (c, s) -> clamp(s.step() / (double) STOP_RULE_STEPS);
    }

    /** The no-regret baselines run exactly {@code steps} steps. */
    private static final ProgressOf<NoRegretConfig> FIXED_STEPS = (c, s) -> clamp(s.step() / (double) c.steps());

    /**
     * PSRO and Online DO: iterations done over the planned iterations (the authors' defaults when
     * automatic: 100 with the exact oracle; damped: 12 for nash/fp999 with reset, else 20; ODO 12 with
     * reset, else 20).
     */
    private static <R extends PopulationConfig> ProgressOf<R> iterations(boolean odo) {
        return (c, s) -> {
            double m;
            if (c.iterations() != null) {
                m = c.iterations();
            } else if (!odo && c.oracle().equals("exact")) {
                m = 100;
            } else {
                String meta = c.effectiveMeta();
                m = (meta.equals("nash") || meta.equals("fp999")) && c.reset() ? 12 : 20;
            }
            return clamp(metric(s, TeamLearnerExperiment.ITERATION, 0) / m);
        };
    }

    /** FXP: phases done over its 2m phases. */
    private static final ProgressOf<FxpConfig> PHASES = (c, s) -> {
        double m = c.iterations();
        double i = metric(s, TeamLearnerExperiment.ITERATION, 1);
        double phase = metric(s, TeamLearnerExperiment.PHASE, 0);
        return clamp((2 * (i - 1) + phase) / (2 * m));
    };

    private static MethodPreset preset(String name, String label, String settings, String description) {
        return MethodPreset.of(name, label, settings, description);
    }

    /** All team methods in catalog order (the order of the FXP paper's figures, as the Lab lists them). */
    public static List<ExperimentFactory> all() {
        List<ExperimentFactory> l = new ArrayList<>();
        l.add(new Method<>("sp", "Team self-play (SP)",
                "Every agent takes a damped step toward its best response against the team's own current policy until "
                        + "the stop rule fires (≤ 1000 steps); ends at a local NE in the example game (Xu et al., "
                        + "arXiv:2310.03354, Alg. 1).",
                TeamSpConfig.SCHEMA, List.of(TeamLearnerExperiment.AGENT_NASH_CONV), stopRule(), false,
                List.of(preset("default", "SP", "",
                        "Self-play: damped best response against the team's own policy (ends at a local NE)"))));
        l.add(new Method<>("fp", "Team fictitious play",
                "Damped best response to 1/(i+1)·self + i/(i+1)·mean of past iterates; reports the uniform mixture of "
                        + "the iterates (Brown 1951; the FXP authors' matrix-game baseline).",
                TeamFpConfig.SCHEMA, List.of(TeamLearnerExperiment.AVERAGE_POLICY_EXPLOITABILITY),
                stopRule(), false, List.of(preset("default", "FP", "",
                        "Fictitious play: damped best response to the average of past iterates"))));
        l.add(new Method<>("fsp", "Fictitious self-play, FSP (η)",
                "Damped best response to η·self + (1 − η)·mean of past iterates (Heinrich et al. 2015; the FXP "
                        + "authors use η = 0.99).",
                FspConfig.SCHEMA, List.of(TeamLearnerExperiment.AVERAGE_POLICY_EXPLOITABILITY), stopRule(), false,
                List.of(preset("default", "FSP (η = 0.99)", "", "Fictitious self-play: 99 % self-play, 1 % past iterates"))));
        List<MetricSpec> population = List.of(TeamLearnerExperiment.ITERATION, TeamLearnerExperiment.TARGET_AT_EQUILIBRIUM);
        l.add(new Method<>("psro", "Policy-Space Response Oracles (PSRO)",
                "Adds a best response to the meta-strategy over the population each iteration (Lanctot et al. 2017); "
                        + "exact oracle + nash = Double Oracle (McMahan et al. 2003), stopping at exploitability ≤ 1e-12.",
                PsroConfig.SCHEMA, population, iterations(false), true,
                List.of(preset("exact", "PSRO (exact oracle)", "oracle=exact",
                                "Double Oracle: exact team best response to the Nash meta-strategy each iteration"),
                        preset("nash-reset", "PSRO-Nash (reset)", "oracle=damped, reset=true",
                                "PSRO with the authors' damped oracle, each best response from uniform"),
                        preset("nash-no-reset", "PSRO-Nash w/o reset", "oracle=damped, reset=false",
                                "PSRO with the damped oracle, warm-started from the previous best response"),
                        preset("uniform-reset", "PSRO-uniform (reset)", "oracle=damped, meta=uniform, reset=true",
                                "PSRO with a uniform meta-strategy (fictitious play over the population)"),
                        preset("uniform-no-reset", "PSRO-uniform w/o reset", "oracle=damped, meta=uniform, reset=false",
                                "uniform meta-strategy, warm-started best responses"),
                        preset("prd", "PSRO-PRD", "oracle=exact, meta=prd",
                                "exact oracle, projected replicator dynamics meta-solver"),
                        preset("rm", "PSRO-RM", "oracle=exact, meta=rm", "exact oracle, regret-matching meta-solver"),
                        preset("alpharank", "PSRO-α-Rank", "oracle=exact, meta=alpharank",
                                "exact oracle, α-Rank meta-solver"))));
        l.add(new Method<>("odo", "Online Double Oracle",
                "PSRO whose meta-strategy is updated by multiplicative weights w ← w ⊙ softmax(μ·M w); a best "
                        + "response close to a member is not added (Dinh et al. 2022).",
                OdoConfig.SCHEMA, population, iterations(true), true,
                List.of(preset("reset", "Online DO (reset)", "reset=true", "Online Double Oracle, μ = 1"))));
        l.add(new Method<>("fxp", "Fictitious Cross-Play (FXP)",
                "A main policy trains by self-play (share η) and against the equilibrium mixture of the union "
                        + "population; a counter population best-responds to the main's checkpoints (Xu et al., "
                        + "arXiv:2310.03354).",
                FxpConfig.SCHEMA,
                List.of(TeamLearnerExperiment.ITERATION, TeamLearnerExperiment.PHASE,
                        TeamLearnerExperiment.MAIN_EXPLOITABILITY), PHASES, true,
                List.of(preset("default", "FXP", "", "Fictitious Cross-Play: m = 10, η = 0.3 (Xu et al. 2023)"),
                        preset("reset", "FXP (reset)", "reset=true", "FXP whose main policy restarts every iteration"))));
        String[][] noRegret = {
            {"forel", "Follow the regularised leader (FoReL)", "20",
                "Softmax of clipped cumulative standardised regrets, lr/√t (the FXP authors' baseline).",
                "FoReL", "Follow the regularised leader (the authors' baseline, 1000 steps)"},
            {"replicator", "Replicator self-play", "0.8",
                "Discrete replicator step on normalised regrets with 1e-4 smoothing (the FXP authors' baseline).",
                "Replicator", "discrete replicator self-play (1000 steps)"},
            {"mwu", "Multiplicative weights (MWU)", "10",
                "π ← π ⊙ softmax(lr·(Q − max Q)) per agent with 1e-4 smoothing (the FXP authors' baseline).",
                "MWU", "multiplicative weights self-play (1000 steps)"},
            {"cfr", "Regret matching / CFR", "10",
                "Regret matching on clipped cumulative regrets; reports the mixture of all iterates (Hart and "
                        + "Mas-Colell 2000; the FXP authors' baseline).",
                "CFR / RM", "regret matching self-play (1000 steps)"},
        };
        for (String[] r : noRegret) {
            l.add(new Method<>(r[0], r[1], r[3] + " Always runs `steps` steps.",
                    NoRegretConfig.schema("the authors' " + r[2]),
                    List.of(TeamLearnerExperiment.POLICY_EXPLOITABILITY), FIXED_STEPS, true,
                    List.of(preset("default", r[4], "", r[5]))));
        }
        return l;
    }

    /** One team method: its parameters are TeamLearners' settings plus init. */
    private static final class Method<R extends Record> extends MethodEntry {

        private final ConfigSchema<R> schema;
        private final List<MetricSpec> own;
        private final ProgressOf<R> progress;
        /** False for the methods that stop by their own rule (SP, FP, FSP). */
        private final boolean planned;
        private final List<MethodPreset> presets;

        Method(String name, String title, String description, ConfigSchema<R> schema, List<MetricSpec> own,
                ProgressOf<R> progress, boolean planned, List<MethodPreset> presets) {
            super(name, title, description, schema, DEFAULT_LIMITS);
            this.schema = schema;
            this.own = List.copyOf(own);
            this.progress = progress;
            this.planned = planned;
            this.presets = List.copyOf(presets);
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            if (game == null) {
                throw new IllegalArgumentException(name() + " needs a team game");
            }
            return TeamLearnerExperiment.metrics(game.asTeam().teamGame(), own);
        }

        @Override
        public List<MethodPreset> presets() {
            return presets;
        }

        @Override
        public boolean hasPlannedLength(Config config) {
            if (!planned) {
                return false;
            }
            // exact-oracle PSRO with automatic iterations stops when the target is an equilibrium
            return !(schema.from(config) instanceof PsroConfig p && p.oracle().equals("exact") && p.iterations() == null);
        }

        @Override
        public double progress(Config config, Limits limits, Snapshot latest) {
            if (latest == null) {
                return 0;
            }
            double byLimit = limits.maxSteps() == 0 ? 1 : latest.step() / (double) limits.maxSteps();
            return clamp(Math.max(progress.of(schema.from(config), latest), byLimit));
        }

        @Override
        public GameKind gameKind() {
            return GameKind.TEAM;
        }

        @Override
        public String checkGame(NormalFormGame game) {
            try {
                GameSpec.of(game).asTeam();
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }

        @Override
        public String checkGame(GameSpec game) {
            try {
                game.asTeam().teamGame().requireEnumerable("the exact team evaluation");
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }

        @Override
        public Experiment<?> create(Config config, NormalFormGame game, Limits limits) {
            if (game == null) {
                throw new IllegalArgumentException(name() + " needs a game");
            }
            return create(config, GameSpec.of(game).asTeam(), limits);
        }

        @Override
        public Experiment<?> create(Config config, GameSpec game, Limits limits) {
            if (game == null) {
                throw new IllegalArgumentException(name() + " needs a team game (" + String.join(", ", TeamGames.names())
                        + ")");
            }
            TeamGame g = game.asTeam().teamGame();
            String problem = checkGame(game);
            if (problem != null) {
                throw new IllegalArgumentException(name() + " cannot run on this game: " + problem);
            }
            R typed = schema.from(config);
            Map<String, String> settings = new LinkedHashMap<>();
            // TeamLearners (in learn, which may not see run) takes its settings by name: the record's values
            for (Map.Entry<String, Object> e : schema.values(typed).entrySet()) {
                Object v = e.getValue();
                if (e.getKey().equals("init") || v == null || "auto".equals(v)) {
                    continue;
                }
                settings.put(e.getKey(), v.toString());
            }
            TeamLearner<?> learner = TeamLearners.create(name(), g, settings);
            return experiment(learner, initialPolicy((String) schema.values(typed).get("init"), g), limits.maxSteps());
        }

        private static <S extends TeamLearnerState> TeamLearnerExperiment<S> experiment(TeamLearner<S> l,
                LongFunction<TeamPolicy> init, long maxSteps) {
            return new TeamLearnerExperiment<>(l, init, maxSteps);
        }

        @Override
        public String toString() {
            return name() + " (team games)";
        }
    }

    /** The initial policy for a seed. */
    static LongFunction<TeamPolicy> initialPolicy(String init, TeamGame g) {
        switch (init) {
            case "rand":
                return seed -> SeedOutcomes.initialPolicy(SeedOutcomes.Init.RAND, g, seed);
            case "dirichlet":
                return seed -> SeedOutcomes.initialPolicy(SeedOutcomes.Init.DIRICHLET, g, seed);
            default:
                TeamPolicy u = TeamPolicy.uniform(g.agentsPerTeam(), g.actionsPerAgent());
                return seed -> u;
        }
    }
}
