package org.gtlab.run;

import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.game.NormalFormGame;

/**
 * A saved run: its step, its experiment's state ({@link Experiment#save}) and the snapshots
 * recorded up to that step, plus the recipe when the run had one. {@link RunExecutor#resume}
 * continues it; the resumed run reports exactly the snapshots the uninterrupted run would have.
 * Immutable.
 *
 * <p>JSON: {@code {"format": 1, "spec": {…recipe…} | null, "seed": 1, "limits": {…},
 * "step": 5000, "state": {…}, "history": [snapshots…]}}.
 */
public final class Checkpoint {

    private final RunSpec spec;
    private final long seed;
    private final Limits limits;
    private final long step;
    private final JsonNode state;
    private final RunRecord history;

    /**
     * @param spec the recipe, or null for an ad-hoc experiment
     * @param history snapshots recorded up to {@code step}
     */
    public Checkpoint(RunSpec spec, long seed, Limits limits, long step, JsonNode state, RunRecord history) {
        if (step < 0) {
            throw new IllegalArgumentException("checkpoint step must be ≥ 0, got " + step);
        }
        this.spec = spec;
        this.seed = seed;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.step = step;
        this.state = Objects.requireNonNull(state, "state").deepCopy();
        this.history = Objects.requireNonNull(history, "history").upTo(step);
    }

    /** The recipe, or null. */
    public RunSpec spec() {
        return spec;
    }

    public long seed() {
        return seed;
    }

    public Limits limits() {
        return limits;
    }

    public long step() {
        return step;
    }

    /** The experiment state (a copy). */
    public JsonNode state() {
        return state.deepCopy();
    }

    /** Snapshots recorded up to the checkpoint. */
    public RunRecord history() {
        return history;
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("format", RunSpec.FORMAT);
        if (spec == null) {
            o.putNull("spec");
        } else {
            o.set("spec", spec.toJson());
        }
        o.put("seed", seed);
        ObjectNode l = o.putObject("limits");
        l.put("maxSteps", limits.maxSteps());
        l.put("reportEvery", limits.reportEvery());
        l.put("checkpointEvery", limits.checkpointEvery());
        o.put("step", step);
        o.set("state", state.deepCopy());
        o.set("history", history.toJson());
        return o;
    }

    public String toJsonString() {
        return Json.write(toJson());
    }

    /**
     * Reads a checkpoint.
     *
     * @throws IllegalArgumentException if a field is missing or invalid
     */
    public static Checkpoint fromJson(JsonNode n, Function<String, NormalFormGame> resolver, MethodCatalog catalog) {
        RunSpec spec = n.hasNonNull("spec") ? RunSpec.fromJson(n.get("spec"), resolver, catalog) : null;
        JsonNode l = Json.field(n, "limits");
        Limits limits = new Limits(Json.field(l, "maxSteps").asLong(), Json.field(l, "reportEvery").asLong(),
                l.has("checkpointEvery") ? l.get("checkpointEvery").asLong() : 0);
        return new Checkpoint(spec, Json.field(n, "seed").asLong(), limits, Json.field(n, "step").asLong(),
                Json.field(n, "state"), RunRecord.fromJson(Json.field(n, "history")));
    }

    public static Checkpoint fromJson(String text, Function<String, NormalFormGame> resolver, MethodCatalog catalog) {
        return fromJson(Json.parse(text), resolver, catalog);
    }

    @Override
    public String toString() {
        return "Checkpoint[step " + step + (spec == null ? "" : ", " + spec.displayName()) + "]";
    }
}
