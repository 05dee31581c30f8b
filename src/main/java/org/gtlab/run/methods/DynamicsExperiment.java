package org.gtlab.run.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.dynamics.GameDynamics;
import org.gtlab.eval.Evaluation;
import org.gtlab.dynamics.Integrator;
import org.gtlab.dynamics.SimplexProduct;
import org.gtlab.learn.InitialProfile;
import org.gtlab.math.Rng;
import org.gtlab.run.Experiment;
import org.gtlab.run.Json;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;

/**
 * A population dynamic as an {@link Experiment}: one step advances the state by {@code interval}
 * time units with the integrator, so step k is time {@code t = k · interval}.
 *
 * <p>Metrics: {@code t}, {@code nash_conv} (of the state read as a profile, {@link
 * org.gtlab.dynamics.PopulationGame#profile}), {@code speed} (|ẋ|), then the shares {@code x_pP_A} (population P,
 * strategy A, 1-based). Payload {@code state}: one row per population.
 */
public final class DynamicsExperiment implements Experiment<DynamicsExperiment.State> {

    /** Time t = step · interval. */
    public static final MetricSpec T = MetricSpec.linear("t", "Time", "time", MetricSpec.Goal.NONE,
            "t = step · interval (ODE time)");
    /** NashConv of the state read as a profile. */
    public static final MetricSpec NASH_CONV = MetricSpec.log("nash_conv", "NashConv", "payoff",
            MetricSpec.Goal.MINIMISE, "Σ_players (best-response payoff − payoff) at the state read as a profile");
    /** |ẋ|. */
    public static final MetricSpec SPEED = MetricSpec.log("speed", "Speed |ẋ|", "1/time", MetricSpec.Goal.NONE,
            "Euclidean norm of the vector field at the state");
    /** Family: share of strategy A in population P. */
    public static final MetricSpec SHARE = MetricSpec.linear("x_p", "Share", "probability", MetricSpec.Goal.NONE,
            "share of strategy A in population P");
    /** Payload: the state, one row per population. */
    public static final String STATE = "state";

    /** The metrics of a dynamic on these populations, in column order. */
    public static List<MetricSpec> metrics(SimplexProduct s) {
        List<MetricSpec> n = new ArrayList<>(List.of(T, NASH_CONV, SPEED));
        for (int p = 0; p < s.populations(); p++) {
            for (int a = 1; a <= s.size(p); a++) {
                n.add(SHARE.at(p + 1, a));
            }
        }
        return List.copyOf(n);
    }

    /** The state: shares and the integrator's next step size. Immutable. */
    public static final class State {
        private final double[] x;
        private final double h;

        State(double[] x, double h) {
            this.x = x;
            this.h = h;
        }

        /** The shares (a copy). */
        public double[] shares() {
            return x.clone();
        }

        /** Step size the integrator will try next. */
        public double nextStep() {
            return h;
        }
    }

    private final GameDynamics field;
    private final Integrator integrator;
    private final double interval;
    private final InitialProfile init;
    private final List<String> names;

    /**
     * @param interval time per step > 0
     * @throws IllegalArgumentException if the interval is not finite and positive, or the initial
     *         profile does not fit the populations
     */
    public DynamicsExperiment(GameDynamics field, Integrator integrator, double interval, InitialProfile init) {
        this.field = Objects.requireNonNull(field, "field");
        this.integrator = Objects.requireNonNull(integrator, "integrator");
        if (!(interval > 0) || Double.isInfinite(interval)) {
            throw new IllegalArgumentException("interval must be a finite number > 0, got " + interval);
        }
        this.interval = interval;
        this.init = Objects.requireNonNull(init, "init");
        SimplexProduct s = field.space();
        init.create(s.sizes(), Rng.of(0));
        this.names = metrics(s).stream().map(MetricSpec::name).toList();
    }

    public GameDynamics field() {
        return field;
    }

    @Override
    public State start(long seed) {
        SimplexProduct s = field.space();
        return new State(s.join(init.create(s.sizes(), Rng.stream(seed, 0))), integrator.initialStep());
    }

    @Override
    public State step(State st) {
        Integrator.Advance a = integrator.advance(field, st.x, interval, st.h);
        return new State(a.state(), a.nextStep());
    }

    @Override
    public Snapshot observe(State st, long step) {
        double[] v = new double[names.size()];
        v[0] = step * interval;
        v[1] = Evaluation.nashConv(field.game().game(), field.game().profile(st.x));
        v[2] = field.speed(st.x);
        System.arraycopy(st.x, 0, v, 3, st.x.length);
        return Snapshot.of(step, names, v, Map.of(STATE, Payload.rows(field.space().split(st.x))));
    }

    @Override
    public JsonNode save(State st) {
        ObjectNode o = Json.object();
        o.set("x", Json.vector(st.x));
        o.set("h", Json.number(st.h));
        return o;
    }

    @Override
    public State load(JsonNode j) {
        double[] x = Json.toVector(Json.field(j, "x"));
        if (x.length != field.space().dimension()) {
            throw new IllegalArgumentException("checkpoint state has " + x.length + " shares, expected "
                    + field.space().dimension());
        }
        return new State(x, Json.toDouble(Json.field(j, "h")));
    }

    @Override
    public String toString() {
        return field + " (" + integrator.name() + ")";
    }
}
