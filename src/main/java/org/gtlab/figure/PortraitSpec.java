package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.run.MethodCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.Json;
import org.gtlab.run.RunSpec;

/**
 * The recipe of a phase portrait: the dynamic as a {@link RunSpec} of a population-dynamics method
 * (method, parameters, the game inline, so payoff-slider changes are part of it) and the picture's
 * settings. {@link PortraitBuilder#build} turns it into the same picture and data every time.
 * Immutable.
 *
 * <p>JSON ({@code *.recipe.json} beside a portrait export):
 * <pre>{@code
 * {"format": "gtlab-portrait-recipe", "version": 1, "gtlab": "0.1.0",
 *  "dynamics": { …a run recipe (RunSpec)… },
 *  "fieldResolution": 14, "basins": true, "basinResolution": 36, "horizon": 30.0,
 *  "starts": [[0.5, 0.3, 0.2], …]}
 * }</pre>
 *
 * @param dynamics        a recipe of a population dynamic (replicator, logit, br, bnn, smith)
 * @param fieldResolution lattice resolution of the arrows (2 … 60)
 * @param basins          whether to compute basins of attraction
 * @param basinResolution lattice resolution of the basins (2 … 200)
 * @param horizon         time span of trajectories and basin integrations (&gt; 0)
 * @param starts          trajectory starts, in the portrait's natural coordinates
 */
public record PortraitSpec(RunSpec dynamics, int fieldResolution, boolean basins, int basinResolution, double horizon,
        List<double[]> starts) {

    public static final String FORMAT = "gtlab-portrait-recipe";

    public PortraitSpec {
        Objects.requireNonNull(dynamics, "dynamics");
        if (fieldResolution < 2 || fieldResolution > 60) {
            throw new IllegalArgumentException("field resolution must be between 2 and 60, got " + fieldResolution);
        }
        if (basinResolution < 2 || basinResolution > 200) {
            throw new IllegalArgumentException("basin resolution must be between 2 and 200, got " + basinResolution);
        }
        if (!(horizon > 0) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("horizon must be a finite number > 0, got " + horizon);
        }
        List<double[]> c = new ArrayList<>();
        for (double[] s : starts) {
            c.add(s.clone());
        }
        starts = List.copyOf(c);
    }

    /** Defaults: field resolution 14, basins on at resolution 36, horizon 30, no starts. */
    public static PortraitSpec of(RunSpec dynamics) {
        return new PortraitSpec(dynamics, 14, true, 36, 30, List.of());
    }

    @Override
    public List<double[]> starts() {
        List<double[]> c = new ArrayList<>();
        for (double[] s : starts) {
            c.add(s.clone());
        }
        return c;
    }

    /** The game. */
    public NormalFormGame game() {
        return dynamics.game().game();
    }

    public PortraitSpec withDynamics(RunSpec d) {
        return new PortraitSpec(d, fieldResolution, basins, basinResolution, horizon, starts);
    }

    public PortraitSpec withStarts(List<double[]> s) {
        return new PortraitSpec(dynamics, fieldResolution, basins, basinResolution, horizon, s);
    }

    public PortraitSpec withBasins(boolean on) {
        return new PortraitSpec(dynamics, fieldResolution, on, basinResolution, horizon, starts);
    }

    public PortraitSpec withResolutions(int field, int basin) {
        return new PortraitSpec(dynamics, field, basins, basin, horizon, starts);
    }

    /** The recipe as JSON. */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("format", FORMAT);
        o.put("version", 1);
        o.put("gtlab", RunSpec.GTLAB_VERSION);
        o.set("dynamics", dynamics.toJson());
        o.put("fieldResolution", fieldResolution);
        o.put("basins", basins);
        o.put("basinResolution", basinResolution);
        o.set("horizon", Json.number(horizon));
        ArrayNode s = o.putArray("starts");
        for (double[] x : starts) {
            s.add(Json.vector(x));
        }
        return o;
    }

    /**
     * Reads a recipe.
     *
     * @param resolver loads games given by name (may be null when the game is inline)
     * @throws IllegalArgumentException naming what is missing or invalid
     */
    public static PortraitSpec fromJson(JsonNode n, Function<String, NormalFormGame> resolver,
            MethodCatalog catalog) {
        if (!FORMAT.equals(n.path("format").asText())) {
            throw new IllegalArgumentException("not a portrait recipe (format is \"" + n.path("format").asText()
                    + "\", expected \"" + FORMAT + "\")");
        }
        RunSpec d = RunSpec.fromJson(Json.field(n, "dynamics"), resolver, catalog);
        List<double[]> starts = new ArrayList<>();
        JsonNode s = n.get("starts");
        if (s != null) {
            for (JsonNode x : s) {
                starts.add(Json.toVector(x));
            }
        }
        return new PortraitSpec(d, n.path("fieldResolution").asInt(14), n.path("basins").asBoolean(true),
                n.path("basinResolution").asInt(36), n.has("horizon") ? Json.toDouble(n.get("horizon")) : 30, starts);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PortraitSpec)) {
            return false;
        }
        PortraitSpec p = (PortraitSpec) o;
        if (!dynamics.equals(p.dynamics) || fieldResolution != p.fieldResolution || basins != p.basins
                || basinResolution != p.basinResolution || Double.compare(horizon, p.horizon) != 0
                || starts.size() != p.starts.size()) {
            return false;
        }
        for (int i = 0; i < starts.size(); i++) {
            if (!java.util.Arrays.equals(starts.get(i), p.starts.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dynamics, fieldResolution, basins, basinResolution, horizon, starts.size());
    }
}
