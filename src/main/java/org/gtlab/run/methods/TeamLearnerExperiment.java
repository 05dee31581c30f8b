package org.gtlab.run.methods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamPolicy;
import org.gtlab.learn.team.TeamMetrics;
import org.gtlab.learn.team.FictitiousCrossPlay;
import org.gtlab.learn.team.Psro;
import org.gtlab.learn.team.TeamLearner;
import org.gtlab.learn.team.TeamLearnerState;
import org.gtlab.math.Cancellation;
import org.gtlab.run.Experiment;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Json;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;

/**
 * A team learner ({@link TeamLearner}: SP, FP, FSP, the no-regret baselines, PSRO, Online DO, FXP)
 * as an {@link Experiment}. One step is one oracle step ({@link TeamLearner#next}), so the
 * snapshot's step — the {@code step} column of {@code metrics.csv} — is the learner's cumulative
 * oracle-step count, the x-axis of the FXP paper's figures (spec fxp-psro.md §10, Q20). The run ends
 * when the learner has finished ({@link #isFinished}) or at the run's step limit.
 *
 * <p><b>Metrics</b>: the learner's own metrics in its order, without its {@code step} (which equals
 * the snapshot's step): always {@code team_exploitability} (true one-sided team exploitability of
 * the learner's solution, maximised over all team joint actions) and {@code population_size};
 * {@code restricted_exploitability} (the authors' clipped exploiter sum, games that define
 * exploiters); then learner-specific ones (PSRO: {@code iteration}, {@code target_at_equilibrium};
 * FXP: {@code iteration}, {@code phase}, {@code main_exploitability}; SP: {@code agent_nash_conv};
 * …, documented on each learner).
 *
 * <p><b>Payloads</b>, at step 0, at every phase start (a change of the learner's {@code iteration}
 * or {@code phase} metric), at the final state and at the step limit:
 * <ul>
 *   <li>{@code meta_weights} — one row: the weights of the learner's solution over its members (the
 *       meta-strategy σ of PSRO/FXP; a single 1 for single-policy learners);</li>
 *   <li>{@code policy} — the policy being trained, one row per agent (probabilities of its actions);</li>
 *   <li>{@code meta_game} (PSRO, Online DO, FXP) — the population's payoff matrix
 *       M[k][l] = U(P_k, P_l).</li>
 * </ul>
 *
 * <p><b>Checkpoints</b> store the initial policy (bit-exact) and the step count; {@link #load}
 * replays the learner from there. The learners are deterministic functions of their initial policy,
 * so the resumed run continues exactly like the uninterrupted one; loading costs as much as the
 * steps already taken (runs of these games take at most a few thousand steps).
 *
 * @param <S> the learner's state type
 */
public final class TeamLearnerExperiment<S extends TeamLearnerState> implements Experiment<TeamLearnerExperiment.State<S>> {

    /** True one-sided team exploitability of the learner's solution. */
    public static final MetricSpec TEAM_EXPLOITABILITY = MetricSpec.log(TeamMetrics.TEAM_EXPLOITABILITY, "Team exploitability",
            "payoff", MetricSpec.Goal.MINIMISE,
            "max over the opponent team's joint actions of its value against the solution (0 at a team equilibrium)");
    /** The authors' clipped exploiter sum (games that define exploiters). */
    public static final MetricSpec RESTRICTED_EXPLOITABILITY = MetricSpec.log(TeamMetrics.RESTRICTED_EXPLOITABILITY,
            "Restricted exploitability", "payoff", MetricSpec.Goal.MINIMISE,
            "the FXP authors' sum of clipped values of their fixed exploiters against the solution");
    /** Members of the solution's population. */
    public static final MetricSpec POPULATION_SIZE = MetricSpec.linear(TeamMetrics.POPULATION_SIZE, "Population size",
            "policies", MetricSpec.Goal.NONE, "number of policies the solution mixes");
    /** SP: per-agent NashConv. */
    public static final MetricSpec AGENT_NASH_CONV = MetricSpec.log(TeamMetrics.AGENT_NASH_CONV, "Agent NashConv", "payoff",
            MetricSpec.Goal.MINIMISE, "Σ_agents (best unilateral gain of the agent, both teams playing π)");
    /** FP/FSP: exploitability of the per-agent average policy. */
    public static final MetricSpec AVERAGE_POLICY_EXPLOITABILITY = MetricSpec.log(TeamMetrics.AVERAGE_POLICY_EXPLOITABILITY,
            "Average-policy exploitability", "payoff", MetricSpec.Goal.MINIMISE,
            "team exploitability of the product of the agents' average policies");
    /** No-regret baselines: exploitability of the current policy. */
    public static final MetricSpec POLICY_EXPLOITABILITY = MetricSpec.log(TeamMetrics.POLICY_EXPLOITABILITY,
            "Policy exploitability", "payoff", MetricSpec.Goal.MINIMISE, "team exploitability of the current policy π");
    /** PSRO/ODO/FXP: iteration counter. */
    public static final MetricSpec ITERATION = MetricSpec.linear(TeamMetrics.ITERATION, "Iteration", "iterations",
            MetricSpec.Goal.NONE, "number of the population iteration in progress");
    /** PSRO/ODO: 1 if the best-response target is already an equilibrium. */
    public static final MetricSpec TARGET_AT_EQUILIBRIUM = MetricSpec.linear(TeamMetrics.TARGET_AT_EQUILIBRIUM,
            "Target at equilibrium", "", MetricSpec.Goal.NONE, "1 if the meta-strategy's best response gains nothing, else 0");
    /** FXP: 0 while the main policy trains, 1 in the counter phase. */
    public static final MetricSpec PHASE = MetricSpec.linear(TeamMetrics.PHASE, "Phase", "", MetricSpec.Goal.NONE,
            "0 while the main policy trains, 1 while the counter policy trains");
    /** FXP: exploitability of the main policy alone. */
    public static final MetricSpec MAIN_EXPLOITABILITY = MetricSpec.log(TeamMetrics.MAIN_EXPLOITABILITY, "Main-policy exploitability",
            "payoff", MetricSpec.Goal.MINIMISE, "team exploitability of FXP's main policy alone");
    /** Payload: the solution's weights over its members. */
    public static final String META_WEIGHTS = "meta_weights";
    /** Payload: the policy being trained, one row per agent. */
    public static final String POLICY = "policy";
    /** Payload: the population's payoff matrix. */
    public static final String META_GAME = "meta_game";

    /**
     * The metrics of a team learner on this game: team exploitability, restricted exploitability
     * (games with exploiters), population size, then the learner's own.
     */
    public static List<MetricSpec> metrics(TeamGame game, List<MetricSpec> own) {
        List<MetricSpec> l = new ArrayList<>(List.of(TEAM_EXPLOITABILITY));
        if (!game.authorsExploiters().isEmpty()) {
            l.add(RESTRICTED_EXPLOITABILITY);
        }
        l.add(POPULATION_SIZE);
        l.addAll(own);
        return List.copyOf(l);
    }

    /**
     * A run's state: the learner's state, the initial policy it started from (for checkpoints), and
     * whether this state starts a phase.
     *
     * @param <S> the learner's state type
     */
    public static final class State<S extends TeamLearnerState> {
        private final TeamPolicy initial;
        private final S learner;
        private final long steps;
        private final boolean phaseStart;

        State(TeamPolicy initial, S learner, long steps, boolean phaseStart) {
            this.initial = initial;
            this.learner = learner;
            this.steps = steps;
            this.phaseStart = phaseStart;
        }

        /** The learner's state. */
        public S learner() {
            return learner;
        }

        /** The initial policy of the run. */
        public TeamPolicy initial() {
            return initial;
        }

        /** Oracle steps taken. */
        public long steps() {
            return steps;
        }
    }

    private final TeamLearner<S> learner;
    private final LongFunction<TeamPolicy> init;
    private final long maxSteps;
    private volatile List<String> names = List.of();

    /**
     * @param init the initial policy for a seed
     * @param maxSteps the run's step limit (a snapshot there carries the payloads)
     */
    public TeamLearnerExperiment(TeamLearner<S> learner, LongFunction<TeamPolicy> init, long maxSteps) {
        this.learner = Objects.requireNonNull(learner, "learner");
        this.init = Objects.requireNonNull(init, "init");
        this.maxSteps = maxSteps;
    }

    /** The learner. */
    public TeamLearner<S> learner() {
        return learner;
    }

    /** The game. */
    public TeamGame game() {
        return learner.game();
    }

    @Override
    public State<S> start(long seed) {
        TeamPolicy pi0 = init.apply(seed);
        S s = learner.start(pi0);
        if (s.step() != 0) {
            throw new IllegalStateException(learner.name() + " starts at step " + s.step() + ", expected 0");
        }
        return new State<>(pi0, s, 0, true);
    }

    @Override
    public State<S> step(State<S> state) {
        S next = learner.step(state.learner);
        if (next.step() != state.steps + 1) {
            throw new IllegalStateException(learner.name() + " went from step " + state.steps + " to " + next.step()
                    + " in one oracle step");
        }
        Map<String, Double> a = state.learner.metrics();
        Map<String, Double> b = next.metrics();
        boolean phaseStart = !Objects.equals(a.get(ITERATION.name()), b.get(ITERATION.name()))
                || !Objects.equals(a.get(PHASE.name()), b.get(PHASE.name()));
        return new State<>(state.initial, next, state.steps + 1, phaseStart);
    }

    @Override
    public boolean isFinished(State<S> state) {
        return learner.isFinished(state.learner);
    }

    @Override
    public Snapshot observe(State<S> state, long step) {
        Map<String, Double> m = state.learner.metrics();
        List<String> n = names;
        int size = m.containsKey(TeamMetrics.STEP) ? m.size() - 1 : m.size();
        boolean same = n.size() == size;
        if (same) {
            int i = 0;
            for (String k : m.keySet()) {
                if (!k.equals(TeamMetrics.STEP) && !k.equals(n.get(i++))) {
                    same = false;
                    break;
                }
            }
        }
        if (!same) {
            List<String> fresh = new ArrayList<>(size);
            for (String k : m.keySet()) {
                if (!k.equals(TeamMetrics.STEP)) {
                    fresh.add(k);
                }
            }
            n = List.copyOf(fresh);
            names = n;
        }
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = m.get(n.get(i));
        }
        Map<String, Payload> payloads = null;
        if (step == 0 || state.phaseStart || state.learner.done() || step >= maxSteps) {
            payloads = new LinkedHashMap<>();
            payloads.put(META_WEIGHTS, Payload.vector(state.learner.metaWeights()));
            payloads.put(POLICY, Payload.rows(state.learner.policy().rows()));
            double[][] meta = metaGame(state.learner);
            if (meta != null) {
                payloads.put(META_GAME, Payload.rows(meta));
            }
        }
        return Snapshot.of(step, n, v, payloads);
    }

    private static double[][] metaGame(TeamLearnerState s) {
        if (s instanceof Psro.State) {
            return ((Psro.State) s).metaGame();
        }
        if (s instanceof FictitiousCrossPlay.State) {
            return ((FictitiousCrossPlay.State) s).metaGame();
        }
        return null;
    }

    /** {@code {"initial": [[…], …], "steps": k}}. */
    @Override
    public JsonNode save(State<S> state) {
        ObjectNode o = Json.object();
        o.set("initial", Json.matrix(state.initial.rows()));
        o.put("steps", state.steps);
        return o;
    }

    /** Replays {@code steps} oracle steps from the saved initial policy. */
    @Override
    public State<S> load(JsonNode json) {
        TeamPolicy pi0 = TeamPolicy.of(Json.toMatrix(Json.field(json, "initial")));
        learner.game().checkPolicy(pi0);
        long k = Json.field(json, "steps").asLong();
        if (k < 0) {
            throw new IllegalArgumentException("checkpoint: steps must be ≥ 0, got " + k);
        }
        State<S> s = new State<>(pi0, learner.start(pi0), 0, true);
        for (long i = 0; i < k; i++) {
            if (learner.isFinished(s.learner)) {
                throw new IllegalArgumentException("checkpoint: " + learner.name() + " finishes after " + i
                        + " steps, but the checkpoint is at step " + k);
            }
            Cancellation.check();
            s = step(s);
        }
        return s;
    }

    @Override
    public String toString() {
        return learner.description();
    }
}
