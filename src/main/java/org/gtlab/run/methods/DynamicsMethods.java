package org.gtlab.run.methods;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.dynamics.Dynamic;
import org.gtlab.game.NormalFormGame;
import org.gtlab.dynamics.DormandPrince;
import org.gtlab.dynamics.GameDynamics;
import org.gtlab.dynamics.Integrator;
import org.gtlab.dynamics.PopulationGame;
import org.gtlab.dynamics.RungeKutta4;
import org.gtlab.learn.InitialProfile;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.Limits;
import org.gtlab.run.Param;

/** The population dynamics of {@code org.gtlab.dynamics} as methods: replicator, logit, br, bnn, smith. */
public final class DynamicsMethods {

    private DynamicsMethods() {
    }

    /** The settings every dynamics method shares (its typed config records implement this). */
    public interface DynamicsConfig {
        /** auto, one or per_player. */
        String populations();

        /** rk4 or dopri. */
        String integrator();

        /** RK4 step (Dormand–Prince: largest step). */
        double dt();

        /** Dormand–Prince tolerance. */
        double tolerance();

        /** Time between two run steps. */
        double interval();

        /** Starting profile. */
        String init();
    }

    private static List<Param> common(Param... own) {
        List<Param> p = new ArrayList<>(List.of(own));
        p.add(Param.choice("populations", "auto", List.of("auto", "one", "per_player"),
                "auto: one population for a symmetric game, one per player otherwise"));
        p.add(Param.choice("integrator", "rk4", List.of("rk4", "dopri"),
                "rk4: classical Runge–Kutta with step dt; dopri: adaptive Dormand–Prince 5(4)"));
        p.add(Param.real("dt", 0.01, 0, false, Double.POSITIVE_INFINITY, false,
                "RK4 step (Dormand–Prince: largest step)"));
        p.add(Param.real("tolerance", 1e-8, 0, false, 1, false, "Dormand–Prince relative and absolute tolerance"));
        p.add(Param.real("interval", 0.1, 0, false, Double.POSITIVE_INFINITY, false,
                "time between two run steps (output points): t = step · interval"));
        p.add(LearnerMethods.init("random"));
        return List.copyOf(p);
    }

    /** Replicator (with mutation μ) and the shared settings. */
    public record ReplicatorConfig(double mutation, String populations, String integrator, double dt, double tolerance,
            double interval, String init) implements DynamicsConfig {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<ReplicatorConfig> SCHEMA = ConfigSchema.of(ReplicatorConfig.class,
                common(Param.real("mutation", 0.0, 0, true, Double.POSITIVE_INFINITY, false,
                        "μ: uniform mutation rate (0 = pure replicator)")));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public ReplicatorConfig {
            SCHEMA.check(mutation, populations, integrator, dt, tolerance, interval, init);
        }
    }

    /** Logit dynamics (noise η) and the shared settings. */
    public record LogitConfig(double eta, String populations, String integrator, double dt, double tolerance,
            double interval, String init) implements DynamicsConfig {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<LogitConfig> SCHEMA = ConfigSchema.of(LogitConfig.class,
                common(Param.real("eta", 0.1, 0, false, Double.POSITIVE_INFINITY, false, "η: noise level in payoff units")));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public LogitConfig {
            SCHEMA.check(eta, populations, integrator, dt, tolerance, interval, init);
        }
    }

    /** A dynamic without parameters of its own (br, bnn, smith): the shared settings. */
    public record PlainDynamicsConfig(String populations, String integrator, double dt, double tolerance,
            double interval, String init) implements DynamicsConfig {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<PlainDynamicsConfig> SCHEMA = ConfigSchema.of(PlainDynamicsConfig.class,
                common());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public PlainDynamicsConfig {
            SCHEMA.check(populations, integrator, dt, tolerance, interval, init);
        }
    }

    private interface DynamicOf<R> {
        Dynamic of(R c);
    }

    private static <R extends Record & DynamicsConfig> ExperimentFactory method(String name, String title,
            String description, ConfigSchema<R> schema, DynamicOf<R> dynamic) {
        Limits limits = new Limits(1000, 1, 0);
        return MethodEntry.normalForm(name, title, description, schema, limits,
                (c, game) -> DynamicsExperiment.metrics(populations(c, game).space()), (c, game, l) -> {
            PopulationGame pg = populations(c, game);
            Integrator integrator = c.integrator().equals("rk4") ? new RungeKutta4(c.dt())
                    : new DormandPrince(c.tolerance(), c.tolerance(), c.dt());
            return new DynamicsExperiment(new GameDynamics(pg, dynamic.of(c)), integrator, c.interval(),
                    InitialProfile.parse(c.init()));
        });
    }

    private static PopulationGame populations(DynamicsConfig c, NormalFormGame game) {
        String pop = c.populations();
        return pop.equals("auto") ? PopulationGame.auto(game)
                : PopulationGame.of(game, pop.equals("one") ? PopulationGame.Mode.ONE_POPULATION
                        : PopulationGame.Mode.PER_PLAYER);
    }

    /** All dynamics methods in catalog order. */
    public static List<ExperimentFactory> all() {
        List<ExperimentFactory> l = new ArrayList<>();
        l.add(method("replicator", "Replicator dynamics",
                "ẋ_i = x_i (f_i − f̄) (Taylor and Jonker 1978); with mutation μ > 0 the replicator–mutation dynamic "
                        + "ẋ_i = x_i (f_i − f̄) + μ (1/K − x_i).",
                ReplicatorConfig.SCHEMA,
                c -> c.mutation() == 0 ? Dynamic.replicator() : Dynamic.replicatorMutation(c.mutation())));
        l.add(method("logit", "Logit dynamics",
                "ẋ = softmax(f/η) − x (Fudenberg and Levine 1998); rest points are logit QREs.",
                LogitConfig.SCHEMA, c -> Dynamic.logit(c.eta())));
        l.add(method("br", "Best-response dynamics",
                "ẋ = b − x with b the (uniform mix of the) pure best responses (Gilboa and Matsui 1991).", PlainDynamicsConfig.SCHEMA,
                c -> Dynamic.bestResponse()));
        l.add(method("bnn", "Brown–von Neumann–Nash dynamics",
                "ẋ_i = k_i − x_i Σ k_j with excess payoffs k_i = [f_i − f̄]₊ (Brown and von Neumann 1950).", PlainDynamicsConfig.SCHEMA,
                c -> Dynamic.bnn()));
        l.add(method("smith", "Smith dynamics",
                "Pairwise comparison: ẋ_i = Σ_j x_j [f_i − f_j]₊ − x_i Σ_j [f_j − f_i]₊ (Smith 1984).", PlainDynamicsConfig.SCHEMA,
                c -> Dynamic.smith()));
        return l;
    }
}
