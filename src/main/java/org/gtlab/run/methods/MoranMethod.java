package org.gtlab.run.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.dynamics.MoranProcess;
import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rng;
import org.gtlab.run.Config;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.Experiment;
import org.gtlab.run.GameSpec;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.Json;
import org.gtlab.run.Limits;
import org.gtlab.run.Param;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;

/**
 * The Moran process ({@link MoranProcess}) as a method, in two modes:
 * <ul>
 *   <li>{@code fixation}: one step = one simulated fixation trial of {@code initial} mutants of type
 *       {@code mutant} among residents of type {@code resident}. Metrics {@code trials},
 *       {@code fixations}, {@code fixation_probability} (the estimate), {@code std_error}
 *       (√(ρ̂(1−ρ̂)/n)), {@code exact_fixation_probability} (the closed form), and
 *       {@code neutral_fixation_probability} (initial/N).</li>
 *   <li>{@code trajectory}: one step = one birth–death event from the same start (with mutation μ);
 *       metrics {@code nash_conv} (of the population mix read as a symmetric profile), then
 *       {@code count_A} and {@code x_A} per type; ends when one type has fixed and μ = 0.</li>
 * </ul>
 */
public final class MoranMethod implements ExperimentFactory {

    /** Fixation mode: trials so far. */
    public static final MetricSpec TRIALS = MetricSpec.linear("trials", "Trials", "trials", MetricSpec.Goal.NONE,
            "number of simulated fixation trials");
    /** Fixation mode: trials that fixed. */
    public static final MetricSpec FIXATIONS = MetricSpec.linear("fixations", "Fixations", "trials",
            MetricSpec.Goal.NONE, "number of trials in which the mutants took over");
    /** Fixation mode: ρ̂. */
    public static final MetricSpec FIXATION_PROBABILITY = MetricSpec.linear("fixation_probability",
            "Fixation probability (estimate)", "probability", MetricSpec.Goal.NONE, "ρ̂ = fixations / trials");
    /** Fixation mode: standard error of ρ̂. */
    public static final MetricSpec STD_ERROR = MetricSpec.log("std_error", "Standard error", "probability",
            MetricSpec.Goal.MINIMISE, "√(ρ̂ (1 − ρ̂) / trials)");
    /** Fixation mode: the closed form. */
    public static final MetricSpec EXACT_FIXATION_PROBABILITY = MetricSpec.linear("exact_fixation_probability",
            "Fixation probability (exact)", "probability", MetricSpec.Goal.NONE,
            "closed form Σ_{k<i} Π_{j≤k} g_j/f_j over Σ_{k<N} Π_{j≤k} g_j/f_j (Nowak et al. 2004)");
    /** Fixation mode: i/N. */
    public static final MetricSpec NEUTRAL_FIXATION_PROBABILITY = MetricSpec.linear("neutral_fixation_probability",
            "Fixation probability (neutral)", "probability", MetricSpec.Goal.NONE, "initial mutants / N");
    /** Trajectory mode: NashConv of the population mix. */
    public static final MetricSpec NASH_CONV = MetricSpec.log("nash_conv", "NashConv", "payoff",
            MetricSpec.Goal.MINIMISE, "Σ_players (best-response payoff − payoff) at the mix (x, x)");
    /** Trajectory mode, family: individuals of type A. */
    public static final MetricSpec COUNT = MetricSpec.linear("count_", "Count", "individuals", MetricSpec.Goal.NONE,
            "individuals of type A");
    /** Trajectory mode, family: share of type A. */
    public static final MetricSpec SHARE = MetricSpec.linear("x_", "Share", "probability", MetricSpec.Goal.NONE,
            "individuals of type A / N");
    /** Trajectory payload: the population shares. */
    public static final String POPULATION = "population";

    private static final List<MetricSpec> FIXATION_METRICS = List.of(TRIALS, FIXATIONS, FIXATION_PROBABILITY,
            STD_ERROR, EXACT_FIXATION_PROBABILITY, NEUTRAL_FIXATION_PROBABILITY);

    private static List<MetricSpec> trajectoryMetrics(int types) {
        List<MetricSpec> n = new ArrayList<>(List.of(NASH_CONV));
        for (int a = 1; a <= types; a++) {
            n.add(COUNT.at(a));
        }
        for (int a = 1; a <= types; a++) {
            n.add(SHARE.at(a));
        }
        return List.copyOf(n);
    }

    @Override
    public List<MetricSpec> metrics(Config config, GameSpec game) {
        if (game == null) {
            throw new IllegalArgumentException("moran needs a game");
        }
        return MoranConfig.SCHEMA.from(config).mode().equals("fixation") ? FIXATION_METRICS
                : trajectoryMetrics(game.game().numStrategies(0));
    }

    @Override
    public String name() {
        return "moran";
    }

    @Override
    public String title() {
        return "Moran process";
    }

    @Override
    public String description() {
        return "Frequency-dependent birth–death process in a population of N (Nowak et al. 2004): fixation "
                + "probabilities by simulation next to the exact formula, or one stochastic trajectory.";
    }

    @Override
    public boolean needsGame() {
        return true;
    }

    /**
     * The Moran process's typed config: mode, population N, selection w, fitness mapping, mutant and
     * resident types (1-based), initial mutants, mutation μ.
     */
    public record MoranConfig(String mode, int population, double selection, MoranProcess.Mapping fitness, int mutant,
            int resident, int initial, double mutation) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<MoranConfig> SCHEMA = ConfigSchema.of(MoranConfig.class,
                Param.choice("mode", "fixation", List.of("fixation", "trajectory"),
                        "fixation: one trial per step; trajectory: one birth–death event per step"),
                Param.integer("population", 100, 2, 1_000_000, "N: population size"),
                Param.real("selection", 0.1, 0, true, Double.POSITIVE_INFINITY, false,
                        "w: intensity of selection (linear fitness needs w ≤ 1)"),
                Param.choice("fitness", "linear", List.of("linear", "exponential"),
                        "linear: 1 − w + w·π; exponential: exp(w·π)"),
                Param.integer("mutant", 2, 1, 1_000, "type of the mutants (1-based strategy)"),
                Param.integer("resident", 1, 1, 1_000, "type of the residents (1-based strategy)"),
                Param.integer("initial", 1, 1, 1_000_000, "number of mutants at the start"),
                Param.real("mutation", 0.0, 0, true, 1, true, "μ: mutation probability per birth (trajectory mode)"));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public MoranConfig {
            SCHEMA.check(mode, population, selection, fitness, mutant, resident, initial, mutation);
        }
    }

    @Override
    public List<Param> params() {
        return MoranConfig.SCHEMA.params();
    }

    @Override
    public ConfigSchema<MoranConfig> schema() {
        return MoranConfig.SCHEMA;
    }

    @Override
    public Limits defaultLimits() {
        return new Limits(10_000, 100, 0);
    }

    @Override
    public String checkGame(NormalFormGame game) {
        return game.isSymmetric() ? null : "the Moran process needs a symmetric two-player game (B = Aᵀ)";
    }

    @Override
    public Experiment<?> create(Config config, NormalFormGame game, Limits limits) {
        MoranConfig c = MoranConfig.SCHEMA.from(config);
        String problem = checkGame(game);
        if (problem != null) {
            throw new IllegalArgumentException("moran: " + problem);
        }
        int n = c.population();
        MoranProcess mp = new MoranProcess(game, n, c.selection(), c.fitness(), c.mutation());
        int mutant = c.mutant() - 1;
        int resident = c.resident() - 1;
        int k = game.numStrategies(0);
        if (mutant >= k || resident >= k || mutant == resident) {
            throw new IllegalArgumentException("moran: mutant and resident must be two different strategies in 1.." + k
                    + ", got " + (mutant + 1) + " and " + (resident + 1));
        }
        int initial = c.initial();
        if (initial > n) {
            throw new IllegalArgumentException("moran: initial mutants " + initial + " exceed the population N = " + n);
        }
        return c.mode().equals("fixation") ? new Fixation(mp, mutant, resident, initial)
                : new Trajectory(mp, game, mutant, resident, initial, c.mutation() == 0);
    }

    /** State of the fixation mode: counts of trials and fixations, and the generator. */
    public record FixationState(long trials, long fixations, long rng) {
    }

    static final class Fixation implements Experiment<FixationState> {
        private static final List<String> NAMES = FIXATION_METRICS.stream().map(MetricSpec::name).toList();
        private final MoranProcess mp;
        private final int mutant;
        private final int resident;
        private final int initial;
        private final double exact;

        Fixation(MoranProcess mp, int mutant, int resident, int initial) {
            this.mp = mp;
            this.mutant = mutant;
            this.resident = resident;
            this.initial = initial;
            this.exact = mp.fixationProbability(mutant, resident, initial);
        }

        @Override
        public FixationState start(long seed) {
            return new FixationState(0, 0, Rng.stream(seed, 1).state());
        }

        @Override
        public FixationState step(FixationState s) {
            Rng rng = Rng.fromState(s.rng());
            boolean fixed = mp.fixates(mutant, resident, initial, rng);
            return new FixationState(s.trials() + 1, s.fixations() + (fixed ? 1 : 0), rng.state());
        }

        @Override
        public Snapshot observe(FixationState s, long step) {
            double rho = s.trials() == 0 ? Double.NaN : (double) s.fixations() / s.trials();
            double se = s.trials() == 0 ? Double.NaN : Math.sqrt(rho * (1 - rho) / s.trials());
            return Snapshot.of(step, NAMES, new double[] {s.trials(), s.fixations(), rho, se, exact,
                (double) initial / mp.populationSize()}, Map.of());
        }

        @Override
        public JsonNode save(FixationState s) {
            ObjectNode o = Json.object();
            o.put("trials", s.trials());
            o.put("fixations", s.fixations());
            o.put("rng", s.rng());
            return o;
        }

        @Override
        public FixationState load(JsonNode j) {
            return new FixationState(Json.field(j, "trials").asLong(), Json.field(j, "fixations").asLong(),
                    Json.field(j, "rng").asLong());
        }
    }

    /** State of the trajectory mode: counts per type and the generator. */
    public static final class TrajectoryState {
        private final int[] counts;
        private final long rng;

        TrajectoryState(int[] counts, long rng) {
            this.counts = counts;
            this.rng = rng;
        }

        /** Individuals of each type (a copy). */
        public int[] counts() {
            return counts.clone();
        }
    }

    static final class Trajectory implements Experiment<TrajectoryState> {
        private final MoranProcess mp;
        private final NormalFormGame game;
        private final int[] start;
        private final List<String> names;
        private final boolean absorbing;

        Trajectory(MoranProcess mp, NormalFormGame game, int mutant, int resident, int initial, boolean absorbing) {
            this.mp = mp;
            this.game = game;
            this.start = new int[mp.types()];
            start[mutant] = initial;
            start[resident] = mp.populationSize() - initial;
            this.names = trajectoryMetrics(mp.types()).stream().map(MetricSpec::name).toList();
            this.absorbing = absorbing;
        }

        @Override
        public TrajectoryState start(long seed) {
            return new TrajectoryState(start.clone(), Rng.stream(seed, 1).state());
        }

        @Override
        public TrajectoryState step(TrajectoryState s) {
            Rng rng = Rng.fromState(s.rng);
            int[] next = mp.event(s.counts, rng);
            return new TrajectoryState(next, rng.state());
        }

        /** Without mutation a population of one type never changes again. */
        @Override
        public boolean isFinished(TrajectoryState s) {
            return absorbing && java.util.Arrays.stream(s.counts).anyMatch(c -> c == mp.populationSize());
        }

        @Override
        public Snapshot observe(TrajectoryState s, long step) {
            int k = mp.types();
            double[] x = new double[k];
            double[] v = new double[1 + 2 * k];
            for (int a = 0; a < k; a++) {
                x[a] = (double) s.counts[a] / mp.populationSize();
                v[1 + a] = s.counts[a];
                v[1 + k + a] = x[a];
            }
            v[0] = Evaluation.nashConv(game, new double[][] {x, x});
            return Snapshot.of(step, names, v, Map.of(POPULATION, Payload.vector(x)));
        }

        @Override
        public JsonNode save(TrajectoryState s) {
            ObjectNode o = Json.object();
            ArrayNode c = o.putArray("counts");
            for (int v : s.counts) {
                c.add(v);
            }
            o.put("rng", s.rng);
            return o;
        }

        @Override
        public TrajectoryState load(JsonNode j) {
            JsonNode c = Json.field(j, "counts");
            int[] counts = new int[c.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = c.get(i).asInt();
            }
            if (counts.length != mp.types()) {
                throw new IllegalArgumentException("checkpoint has " + counts.length + " types, expected " + mp.types());
            }
            return new TrajectoryState(counts, Json.field(j, "rng").asLong());
        }
    }
}
