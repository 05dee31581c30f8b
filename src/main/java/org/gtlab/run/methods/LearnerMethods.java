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
import org.gtlab.run.Config;
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

    /** A learner method from its name, texts, parameters and constructor. */
    private static ExperimentFactory method(String name, String title, String description, List<Param> params,
            Builder builder) {
        return MethodEntry.normalForm(name, title, description, params, new Limits(10_000, 10, 0),
                (config, game) -> LearnerExperiment.metrics(game), (config, game, limits) -> new LearnerExperiment(builder.build(config, game, limits)));
    }

    private interface Builder {
        Learner build(Config c, NormalFormGame g, Limits l);
    }

    private static InitialProfile initOf(Config c) {
        return InitialProfile.parse(c.text("init"));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, Config c, String name) {
        return Enum.valueOf(type, c.text(name).toUpperCase(java.util.Locale.ROOT));
    }

    /** All learner methods in catalog order. */
    public static List<ExperimentFactory> all() {
        List<ExperimentFactory> l = new ArrayList<>();
        l.add(method("fp", "Fictitious play",
                "Each player best-responds to the empirical frequencies of the others' past play (Brown 1951; "
                        + "Robinson 1951). Reports the empirical (average) strategies.",
                List.of(Param.choice("variant", "simultaneous", List.of("simultaneous", "alternating"),
                        "simultaneous: all respond to last round's counts; alternating: players update in turn (Berger 2007)"),
                        Param.choice("ties", "first", List.of("first", "random"),
                                "equal best responses: lowest index, or uniformly at random (seeded)"),
                        init("uniform")),
                (c, g, lim) -> new FictitiousPlay(g, choice(FictitiousPlay.Variant.class, c, "variant"),
                        choice(FictitiousPlay.TieBreak.class, c, "ties"), initOf(c))));
        l.add(method("sfp", "Stochastic fictitious play",
                "Logit smooth best responses softmax(v/λ) to the empirical frequencies; with sampling each player draws "
                        + "its action (Fudenberg and Kreps 1993). Converges toward logit QRE, not Nash.",
                List.of(Param.real("temperature", 0.1, 0, false, Double.POSITIVE_INFINITY, false,
                        "λ: logit temperature in payoff units (smaller = closer to best response)"),
                        Param.bool("sampled", true,
                                "true: count one sampled action per round; false: count the mixed response"),
                        init("uniform")),
                (c, g, lim) -> new StochasticFictitiousPlay(g, c.real("temperature"), c.bool("sampled"), initOf(c))));
        Function<Boolean, ExperimentFactory> rm = plus -> method(plus ? "rm+" : "rm",
                plus ? "Regret matching+" : "Regret matching",
                plus ? "Regret matching with cumulative regrets clipped at zero after every update (Tammelin 2014)."
                        : "Play proportional to positive cumulative regrets (Hart and Mas-Colell 2000); average regret "
                                + "vanishes like 1/√T.",
                List.of(Param.choice("averaging", "uniform", List.of("uniform", "linear"),
                        "weights of the reported average: uniform, or linear in t (as in CFR+)"), init("uniform")),
                (c, g, lim) -> new RegretMatching(g, plus, choice(RegretMatching.Averaging.class, c, "averaging"),
                        initOf(c)));
        l.add(rm.apply(false));
        l.add(rm.apply(true));
        l.add(method("hedge", "Hedge / multiplicative weights",
                "Exponential weights on cumulative payoffs normalised by each player's payoff range (Freund and Schapire "
                        + "1997); optimistic variant counts the last payoff twice (Syrgkanis et al. 2015).",
                List.of(Param.real("eta", null, "√(8 ln K / T), T = max steps", 0, false, Double.POSITIVE_INFINITY, false,
                        "η: step size on normalised payoffs"),
                        Param.bool("optimistic", false, "optimistic Hedge (last-iterate convergence in zero-sum games)"),
                        init("uniform")),
                (c, g, lim) -> c.isAuto("eta")
                        ? Hedge.forHorizon(g, Math.max(1, lim.maxSteps()), c.bool("optimistic"), initOf(c))
                        : new Hedge(g, c.real("eta"), c.bool("optimistic"), initOf(c))));
        l.add(method("sp", "Damped best-response self-play",
                "Every player moves a fraction α toward its best response to the others' current strategies; "
                        + "α = 1 is Cournot best-response dynamics, the harmonic schedule α = 1/t averages like FP.",
                List.of(Param.real("alpha", 0.1, 0, false, 1, true, "α: damping (step toward the best response)"),
                        Param.choice("schedule", "constant", List.of("constant", "harmonic"),
                                "constant α, or α_t = 1/t"),
                        init("uniform")),
                (c, g, lim) -> new DampedBestResponse(g, c.real("alpha"),
                        choice(DampedBestResponse.Schedule.class, c, "schedule"), initOf(c))));
        return l;
    }
}
