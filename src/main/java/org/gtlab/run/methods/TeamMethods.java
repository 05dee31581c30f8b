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
import org.gtlab.learn.team.MultiSeedRunner;
import org.gtlab.learn.team.TeamLearner;
import org.gtlab.learn.team.TeamLearnerState;
import org.gtlab.learn.team.TeamLearners;
import org.gtlab.run.Config;
import org.gtlab.run.Experiment;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameKind;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
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
 * {@link org.gtlab.run.Experiments#forGame} runs these on team games. A team method given a
 * symmetric zero-sum two-player matrix game runs on it as a game between one-agent teams
 * ({@link GameSpec#asTeam()}).
 */
public final class TeamMethods {

    /** Limits of every team method: the run ends when the learner stops; one snapshot per oracle step. */
    public static final Limits DEFAULT_LIMITS = new Limits(1_000_000, 1, 0);

    private static final MultiSeedRunner RAND = new MultiSeedRunner(0.05, 1.4, 1, MultiSeedRunner.Init.RAND);
    private static final MultiSeedRunner DIRICHLET = new MultiSeedRunner(0.05, 1.4, 1, MultiSeedRunner.Init.DIRICHLET);

    private TeamMethods() {
    }

    /** The initial policy: uniform, or seeded random rows exactly as {@link MultiSeedRunner} draws them. */
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

    /** All team methods in catalog order. */
    public static List<ExperimentFactory> all() {
        List<ExperimentFactory> l = new ArrayList<>();
        l.add(new Method("sp", "Team self-play (SP)",
                "Every agent takes a damped step toward its best response against the team's own current policy until "
                        + "the stop rule fires (≤ 1000 steps); ends at a local NE in the example game (Xu et al., "
                        + "arXiv:2310.03354, Alg. 1).",
                List.of(init(), lr(), profile(), mode())));
        l.add(new Method("fp", "Team fictitious play",
                "Damped best response to 1/(i+1)·self + i/(i+1)·mean of past iterates; reports the uniform mixture of "
                        + "the iterates (Brown 1951; the FXP authors' matrix-game baseline).",
                List.of(init(), lr(), averaging(), mode())));
        l.add(new Method("fsp", "Fictitious self-play, FSP (η)",
                "Damped best response to η·self + (1 − η)·mean of past iterates (Heinrich et al. 2015; the FXP "
                        + "authors use η = 0.99).",
                List.of(init(), Param.real("eta", 0.99, 0, false, 1, true, "η: self-play share of the target"), lr(),
                        averaging(), mode())));
        String[][] noRegret = {
            {"forel", "Follow the regularised leader (FoReL)", "20",
                "Softmax of clipped cumulative standardised regrets, lr/√t (the FXP authors' baseline)."},
            {"replicator", "Replicator self-play", "0.8",
                "Discrete replicator step on normalised regrets with 1e-4 smoothing (the FXP authors' baseline)."},
            {"mwu", "Multiplicative weights (MWU)", "10",
                "π ← π ⊙ softmax(lr·(Q − max Q)) per agent with 1e-4 smoothing (the FXP authors' baseline)."},
            {"cfr", "Regret matching / CFR", "10",
                "Regret matching on clipped cumulative regrets; reports the mixture of all iterates (Hart and "
                        + "Mas-Colell 2000; the FXP authors' baseline)."},
        };
        for (String[] r : noRegret) {
            l.add(new Method(r[0], r[1], r[3] + " Always runs `steps` steps.",
                    List.of(init(), Param.real("lr", null, "the authors' " + r[2], 0, false, Double.POSITIVE_INFINITY,
                            false, "learning rate"), profile(),
                            Param.integer("steps", 1000, 1, 1_000_000, "number of steps"), mode())));
        }
        l.add(new Method("psro", "Policy-Space Response Oracles (PSRO)",
                "Adds a best response to the meta-strategy over the population each iteration (Lanctot et al. 2017); "
                        + "exact oracle + nash = Double Oracle (McMahan et al. 2003), stopping at exploitability ≤ 1e-12.",
                List.of(init(), meta(),
                        Param.choice("oracle", "exact", List.of("exact", "damped"),
                                "exact team best response (one step) or the authors' damped BR (≥ 50 steps)"),
                        reset(true, "damped oracle: each best response starts from uniform (else from the previous one)"),
                        Param.integer("iterations", "100 with the exact oracle; damped: 12 for nash/fp999 with reset, "
                                + "else 20", 1, 100_000, "maximum number of best responses"),
                        lr(), mode())));
        l.add(new Method("odo", "Online Double Oracle",
                "PSRO whose meta-strategy is updated by multiplicative weights w ← w ⊙ softmax(μ·M w); a best "
                        + "response close to a member is not added (Dinh et al. 2022).",
                List.of(init(), Param.real("mu", 1.0, 0, false, Double.POSITIVE_INFINITY, false, "μ: MWU step size"),
                        Param.choice("oracle", "damped", List.of("exact", "damped"),
                                "exact team best response or the authors' damped BR"),
                        reset(true, "damped oracle: each best response starts from uniform"),
                        Param.integer("iterations", "12 with reset, 20 without", 1, 100_000, "number of best responses"),
                        lr(), mode())));
        l.add(new Method("fxp", "Fictitious Cross-Play (FXP)",
                "A main policy trains by self-play (share η) and against the equilibrium mixture of the union "
                        + "population; a counter population best-responds to the main's checkpoints (Xu et al., "
                        + "arXiv:2310.03354).",
                List.of(init(), Param.integer("iterations", 10, 1, 10_000, "m: number of main/counter iterations"),
                        Param.real("eta", 0.3, 0, true, 1, true, "η: self-play share of the main policy's target"),
                        reset(false, "the main policy restarts from π⁰ every iteration (FXP (reset))"), meta(),
                        Param.choice("counters", "damped", List.of("damped", "exact"),
                                "counters by the damped oracle or as exact team best responses (one step)"),
                        lr(), mode())));
        return l;
    }

    /** One team method: its parameters are TeamLearners' settings plus init. */
    private static final class Method extends MethodEntry {

        Method(String name, String title, String description, List<Param> params) {
            super(name, title, description, params, DEFAULT_LIMITS);
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
            Map<String, String> settings = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : config.asMap().entrySet()) {
                Object v = e.getValue();
                if (e.getKey().equals("init") || v == null || "auto".equals(v)) {
                    continue;
                }
                settings.put(e.getKey(), v.toString());
            }
            TeamLearner<?> learner = TeamLearners.create(name(), g, settings);
            return experiment(learner, initialPolicy(config.text("init"), g), limits.maxSteps());
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
                return seed -> RAND.initialPolicy(g, seed);
            case "dirichlet":
                return seed -> DIRICHLET.initialPolicy(g, seed);
            default:
                TeamPolicy u = TeamPolicy.uniform(g.agentsPerTeam(), g.actionsPerAgent());
                return seed -> u;
        }
    }
}
