package org.gtlab.run.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.gtlab.game.NormalFormGame;
import org.gtlab.learn.DampedBestResponse;
import org.gtlab.learn.FictitiousPlay;
import org.gtlab.learn.Hedge;
import org.gtlab.learn.InitialProfile;
import org.gtlab.learn.Learner;
import org.gtlab.learn.RegretMatching;
import org.gtlab.learn.StochasticFictitiousPlay;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.Limits;
import org.gtlab.run.Param;

/** The learners of {@code org.gtlab.learn} as runnable methods: fp, sfp, rm, rm+, hedge, sp. */
public final class LearnerMethods {

    private LearnerMethods() {
    }

    /** The initial-profile parameter shared by every learner and dynamic. */
    static Param init(String defaultValue) {
        return Param.text("init", defaultValue, text -> {
            try {
                InitialProfile.parse(text);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, "starting profile: uniform, random, pure:i,j (1-based) or probabilities like 0.5,0.3,0.2;0.2,0.2,0.6");
    }

    /** Fictitious play: update order, tie-breaking, start. */
    public record FpConfig(FictitiousPlay.Variant variant, FictitiousPlay.TieBreak ties, String init) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<FpConfig> SCHEMA = ConfigSchema.of(FpConfig.class,
                Param.choice("variant", "simultaneous", List.of("simultaneous", "alternating"),
                        "simultaneous: all respond to last round's counts; alternating: players update in turn (Berger 2007)"),
                Param.choice("ties", "first", List.of("first", "random"),
                        "equal best responses: lowest index, or uniformly at random (seeded)"),
                LearnerMethods.init("uniform"));

        /** @throws IllegalArgumentException naming the field and its allowed values */
        public FpConfig {
            SCHEMA.check(variant, ties, init);
        }
    }

    /** Stochastic fictitious play: logit temperature, sampling, start. */
    public record SfpConfig(double temperature, boolean sampled, String init) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<SfpConfig> SCHEMA = ConfigSchema.of(SfpConfig.class,
                Param.real("temperature", 0.1, 0, false, Double.POSITIVE_INFINITY, false,
                        "λ: logit temperature in payoff units (smaller = closer to best response)"),
                Param.bool("sampled", true, "true: count one sampled action per round; false: count the mixed response"),
                LearnerMethods.init("uniform"));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public SfpConfig {
            SCHEMA.check(temperature, sampled, init);
        }
    }

    /** Regret matching (rm, rm+): averaging of the reported profile, start. */
    public record RmConfig(RegretMatching.Averaging averaging, String init) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<RmConfig> SCHEMA = ConfigSchema.of(RmConfig.class,
                Param.choice("averaging", "uniform", List.of("uniform", "linear"),
                        "weights of the reported average: uniform, or linear in t (as in CFR+)"),
                LearnerMethods.init("uniform"));

        /** @throws IllegalArgumentException naming the field and its allowed values */
        public RmConfig {
            SCHEMA.check(averaging, init);
        }
    }

    /** Hedge: step size (null = automatic for the horizon), optimism, start. */
    public record HedgeConfig(Double eta, boolean optimistic, String init) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<HedgeConfig> SCHEMA = ConfigSchema.of(HedgeConfig.class,
                Param.real("eta", null, "√(8 ln K / T), T = max steps", 0, false, Double.POSITIVE_INFINITY, false,
                        "η: step size on normalised payoffs"),
                Param.bool("optimistic", false, "optimistic Hedge (last-iterate convergence in zero-sum games)"),
                LearnerMethods.init("uniform"));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public HedgeConfig {
            SCHEMA.check(eta, optimistic, init);
        }
    }

    /** Damped best-response self-play: damping, schedule, start. */
    public record SpConfig(double alpha, DampedBestResponse.Schedule schedule, String init) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<SpConfig> SCHEMA = ConfigSchema.of(SpConfig.class,
                Param.real("alpha", 0.1, 0, false, 1, true, "α: damping (step toward the best response)"),
                Param.choice("schedule", "constant", List.of("constant", "harmonic"), "constant α, or α_t = 1/t"),
                LearnerMethods.init("uniform"));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public SpConfig {
            SCHEMA.check(alpha, schedule, init);
        }
    }

    /** A learner method from its name, texts, typed config and constructor. */
    private static <R extends Record> ExperimentFactory method(String name, String title, String description,
            ConfigSchema<R> schema, Builder<R> builder) {
        return MethodEntry.normalForm(name, title, description, schema, new Limits(10_000, 10, 0),
                (config, game) -> LearnerExperiment.metrics(game),
                (config, game, limits) -> new LearnerExperiment(builder.build(config, game, limits)));
    }

    private interface Builder<R extends Record> {
        Learner build(R c, NormalFormGame g, Limits l);
    }

    /** All learner methods in catalog order. */
    public static List<ExperimentFactory> all() {
        List<ExperimentFactory> l = new ArrayList<>();
        l.add(method("fp", "Fictitious play",
                "Each player best-responds to the empirical frequencies of the others' past play (Brown 1951; "
                        + "Robinson 1951). Reports the empirical (average) strategies.",
                FpConfig.SCHEMA, (c, g, lim) -> new FictitiousPlay(g, c.variant(), c.ties(), InitialProfile.parse(c.init()))));
        l.add(method("sfp", "Stochastic fictitious play",
                "Logit smooth best responses softmax(v/λ) to the empirical frequencies; with sampling each player draws "
                        + "its action (Fudenberg and Kreps 1993). Converges toward logit QRE, not Nash.",
                SfpConfig.SCHEMA, (c, g, lim) -> new StochasticFictitiousPlay(g, c.temperature(), c.sampled(),
                        InitialProfile.parse(c.init()))));
        Function<Boolean, ExperimentFactory> rm = plus -> method(plus ? "rm+" : "rm",
                plus ? "Regret matching+" : "Regret matching",
                plus ? "Regret matching with cumulative regrets clipped at zero after every update (Tammelin 2014)."
                        : "Play proportional to positive cumulative regrets (Hart and Mas-Colell 2000); average regret "
                                + "vanishes like 1/√T.",
                RmConfig.SCHEMA, (c, g, lim) -> new RegretMatching(g, plus, c.averaging(), InitialProfile.parse(c.init())));
        l.add(rm.apply(false));
        l.add(rm.apply(true));
        l.add(method("hedge", "Hedge / multiplicative weights",
                "Exponential weights on cumulative payoffs normalised by each player's payoff range (Freund and Schapire "
                        + "1997); optimistic variant counts the last payoff twice (Syrgkanis et al. 2015).",
                HedgeConfig.SCHEMA, (c, g, lim) -> c.eta() == null
                        ? Hedge.forHorizon(g, Math.max(1, lim.maxSteps()), c.optimistic(), InitialProfile.parse(c.init()))
                        : new Hedge(g, c.eta(), c.optimistic(), InitialProfile.parse(c.init()))));
        l.add(method("sp", "Damped best-response self-play",
                "Every player moves a fraction α toward its best response to the others' current strategies; "
                        + "α = 1 is Cournot best-response dynamics, the harmonic schedule α = 1/t averages like FP.",
                SpConfig.SCHEMA, (c, g, lim) -> new DampedBestResponse(g, c.alpha(), c.schedule(),
                        InitialProfile.parse(c.init()))));
        return l;
    }
}
