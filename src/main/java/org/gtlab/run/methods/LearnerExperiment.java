package org.gtlab.run.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.learn.Learner;
import org.gtlab.learn.LearnerState;
import org.gtlab.run.Experiment;
import org.gtlab.run.Json;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;

/**
 * Any {@link Learner} as an {@link Experiment}. One step = one learning iteration.
 *
 * <p>Metrics, in order (p = 1 … N players, a = 1 … K_p strategies):
 * <ul>
 *   <li>{@code nash_conv} — NashConv of the average profile ({@link Evaluation#nashConv});</li>
 *   <li>{@code exploitability} — the same divided by N;</li>
 *   <li>{@code nash_conv_current} — NashConv of the current (last played) profile;</li>
 *   <li>{@code payoff_pP} — player P's expected payoff at the current profile;</li>
 *   <li>{@code avg_payoff_pP} — player P's payoff averaged over the iterations played;</li>
 *   <li>{@code regret_pP} — player P's average external regret
 *       ({@link LearnerState#averageRegret(int)});</li>
 *   <li>{@code avg_pP_A}, then {@code cur_pP_A} — the average and current probabilities.</li>
 * </ul>
 * Payloads {@code average} and {@code current}: the profiles, one row per player.
 */
public final class LearnerExperiment implements Experiment<LearnerState> {

    /** NashConv of the average profile. */
    public static final MetricSpec NASH_CONV = MetricSpec.log("nash_conv", "NashConv (average)", "payoff",
            MetricSpec.Goal.MINIMISE, "Σ_players (best-response payoff − payoff) at the average profile");
    /** NashConv / N. */
    public static final MetricSpec EXPLOITABILITY = MetricSpec.log("exploitability", "Exploitability (average)",
            "payoff", MetricSpec.Goal.MINIMISE, "NashConv of the average profile divided by the number of players");
    /** NashConv of the current profile. */
    public static final MetricSpec NASH_CONV_CURRENT = MetricSpec.log("nash_conv_current", "NashConv (current)",
            "payoff", MetricSpec.Goal.MINIMISE, "Σ_players (best-response payoff − payoff) at the last played profile");
    /** Family: player P's expected payoff at the current profile. */
    public static final MetricSpec PAYOFF = MetricSpec.linear("payoff_p", "Payoff (current)", "payoff",
            MetricSpec.Goal.MAXIMISE, "player P's expected payoff at the current profile");
    /** Family: player P's payoff averaged over the iterations. */
    public static final MetricSpec AVG_PAYOFF = MetricSpec.linear("avg_payoff_p", "Average payoff", "payoff",
            MetricSpec.Goal.MAXIMISE, "player P's payoff averaged over the iterations played");
    /** Family: player P's average external regret. */
    public static final MetricSpec REGRET = MetricSpec.linear("regret_p", "Average regret", "payoff",
            MetricSpec.Goal.MINIMISE, "max over fixed actions of the payoff gain in hindsight, per iteration");
    /** Family: average probability of player P's strategy A. */
    public static final MetricSpec AVG_PROB = MetricSpec.linear("avg_p", "Average probability", "probability",
            MetricSpec.Goal.NONE, "share of player P's strategy A in the average profile");
    /** Family: current probability of player P's strategy A. */
    public static final MetricSpec CUR_PROB = MetricSpec.linear("cur_p", "Current probability", "probability",
            MetricSpec.Goal.NONE, "probability of player P's strategy A in the current profile");
    /** Payload: the average profile, one row per player. */
    public static final String AVERAGE = "average";
    /** Payload: the current profile, one row per player. */
    public static final String CURRENT = "current";

    /** The metrics of a learner on this game, in column order. */
    public static List<MetricSpec> metrics(NormalFormGame game) {
        List<MetricSpec> n = new ArrayList<>(List.of(NASH_CONV, EXPLOITABILITY, NASH_CONV_CURRENT));
        int players = game.numPlayers();
        for (MetricSpec family : List.of(PAYOFF, AVG_PAYOFF, REGRET)) {
            for (int p = 1; p <= players; p++) {
                n.add(family.at(p));
            }
        }
        for (MetricSpec family : List.of(AVG_PROB, CUR_PROB)) {
            for (int p = 0; p < players; p++) {
                for (int a = 1; a <= game.numStrategies(p); a++) {
                    n.add(family.at(p + 1, a));
                }
            }
        }
        return List.copyOf(n);
    }

    private final Learner learner;
    private final NormalFormGame game;
    private final List<String> names;

    public LearnerExperiment(Learner learner) {
        this.learner = Objects.requireNonNull(learner, "learner");
        this.game = learner.game();
        this.names = metrics(game).stream().map(MetricSpec::name).toList();
    }

    public Learner learner() {
        return learner;
    }

    @Override
    public LearnerState start(long seed) {
        return learner.start(seed);
    }

    @Override
    public LearnerState step(LearnerState state) {
        return learner.step(state);
    }

    @Override
    public boolean isFinished(LearnerState state) {
        return learner.isFinished(state);
    }

    @Override
    public Snapshot observe(LearnerState s, long step) {
        int n = game.numPlayers();
        double[][] avg = s.average();
        double[][] cur = s.current();
        double[] v = new double[names.size()];
        int i = 0;
        double nc = Evaluation.nashConv(game, avg);
        v[i++] = nc;
        v[i++] = nc / n;
        v[i++] = Evaluation.nashConv(game, cur);
        for (int p = 0; p < n; p++) {
            v[i++] = game.expectedPayoff(p, cur);
        }
        for (int p = 0; p < n; p++) {
            v[i++] = s.averagePayoff(p);
        }
        for (int p = 0; p < n; p++) {
            v[i++] = s.averageRegret(p);
        }
        for (double[][] prof : new double[][][] {avg, cur}) {
            for (double[] row : prof) {
                for (double x : row) {
                    v[i++] = x;
                }
            }
        }
        java.util.Map<String, Payload> payloads = new java.util.LinkedHashMap<>();
        payloads.put(AVERAGE, Payload.rows(avg));
        payloads.put(CURRENT, Payload.rows(cur));
        return Snapshot.of(step, names, v, payloads);
    }

    @Override
    public JsonNode save(LearnerState s) {
        ObjectNode o = Json.object();
        o.put("t", s.iteration());
        o.set("current", Json.matrix(s.current()));
        o.set("sums", Json.matrix(s.strategySums()));
        o.set("weight", Json.number(s.averageWeight()));
        o.set("memory", Json.matrix(s.memory()));
        o.set("previous", Json.matrix(s.previous()));
        o.set("cumPayoffs", Json.vector(s.cumulativePayoffs()));
        o.set("cumValues", Json.matrix(s.cumulativeValues()));
        o.put("rng", s.rngState());
        return o;
    }

    @Override
    public LearnerState load(JsonNode j) {
        LearnerState s = LearnerState.of(Json.field(j, "t").asLong(), Json.toMatrix(Json.field(j, "current")),
                Json.toMatrix(Json.field(j, "sums")), Json.toDouble(Json.field(j, "weight")),
                Json.toMatrix(Json.field(j, "memory")), Json.toMatrix(Json.field(j, "previous")),
                Json.toVector(Json.field(j, "cumPayoffs")), Json.toMatrix(Json.field(j, "cumValues")),
                Json.field(j, "rng").asLong());
        if (s.numPlayers() != game.numPlayers()) {
            throw new IllegalArgumentException("checkpoint state has " + s.numPlayers() + " players, the game has "
                    + game.numPlayers());
        }
        for (int p = 0; p < game.numPlayers(); p++) {
            if (s.current()[p].length != game.numStrategies(p)) {
                throw new IllegalArgumentException("checkpoint state gives player " + (p + 1) + " "
                        + s.current()[p].length + " strategies, the game has " + game.numStrategies(p));
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return learner.name() + " on " + game;
    }
}
