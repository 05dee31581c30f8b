package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.run.MethodCatalog;
import org.gtlab.chart.model.PortraitChart;
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
 *  "starts": [[0.5, 0.3, 0.2], …],
 *  "runs": [{"name": "fp seed 1", "colour": 0, "points": [[0.2, 0.5, 0.3], …]}, …]}
 * }</pre>
 *
 * <p>{@code runs} are the paths of runs (learners, dynamics) drawn over the portrait on screen,
 * kept as points (the runs' states, decimated) so that the exported figure and {@code gtlab export}
 * show them without running anything again.
 *
 * @param dynamics        a recipe of a population dynamic (replicator, logit, br, bnn, smith)
 * @param fieldResolution lattice resolution of the arrows (2 … 60)
 * @param basins          whether to compute basins of attraction
 * @param basinResolution lattice resolution of the basins (2 … 200)
 * @param horizon         time span of trajectories and basin integrations (&gt; 0)
 * @param starts          trajectory starts, in the portrait's natural coordinates
 * @param runs            run paths drawn over the portrait (natural coordinates), before the trajectories
 */
public record PortraitSpec(RunSpec dynamics, int fieldResolution, boolean basins, int basinResolution, double horizon,
        List<double[]> starts, List<PortraitChart.Curve> runs) {

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
        runs = List.copyOf(runs);
    }

    /** A spec without run paths. */
    public PortraitSpec(RunSpec dynamics, int fieldResolution, boolean basins, int basinResolution, double horizon,
            List<double[]> starts) {
        this(dynamics, fieldResolution, basins, basinResolution, horizon, starts, List.of());
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
        return new PortraitSpec(d, fieldResolution, basins, basinResolution, horizon, starts, runs);
    }

    public PortraitSpec withStarts(List<double[]> s) {
        return new PortraitSpec(dynamics, fieldResolution, basins, basinResolution, horizon, s, runs);
    }

    /** A copy with these run paths (the runs drawn over the portrait on screen). */
    public PortraitSpec withRuns(List<PortraitChart.Curve> r) {
        return new PortraitSpec(dynamics, fieldResolution, basins, basinResolution, horizon, starts, r);
    }

    public PortraitSpec withBasins(boolean on) {
        return new PortraitSpec(dynamics, fieldResolution, on, basinResolution, horizon, starts, runs);
    }

    public PortraitSpec withResolutions(int field, int basin) {
        return new PortraitSpec(dynamics, field, basins, basin, horizon, starts, runs);
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
        if (!runs.isEmpty()) {
            ArrayNode rs = o.putArray("runs");
            for (PortraitChart.Curve c : runs) {
                ObjectNode r = rs.addObject();
                r.put("name", c.name());
                r.put("colour", c.colour());
                ArrayNode pts = r.putArray("points");
                for (double[] x : c.points()) {
                    pts.add(Json.vector(x));
                }
            }
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
        List<PortraitChart.Curve> runs = new ArrayList<>();
        JsonNode rs = n.get("runs");
        if (rs != null) {
            if (!rs.isArray()) {
                throw new IllegalArgumentException("\"runs\" must be an array of {name, colour, points}");
            }
            for (JsonNode r : rs) {
                List<double[]> pts = new ArrayList<>();
                for (JsonNode x : Json.field(r, "points")) {
                    pts.add(Json.toVector(x));
                }
                if (pts.isEmpty()) {
                    throw new IllegalArgumentException("run path \"" + r.path("name").asText() + "\" has no points");
                }
                runs.add(new PortraitChart.Curve(r.path("name").asText(""), pts, r.path("colour").asInt(-1), true));
            }
        }
        return new PortraitSpec(d, n.path("fieldResolution").asInt(14), n.path("basins").asBoolean(true),
                n.path("basinResolution").asInt(36), n.has("horizon") ? Json.toDouble(n.get("horizon")) : 30, starts,
                runs);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PortraitSpec)) {
            return false;
        }
        PortraitSpec p = (PortraitSpec) o;
        if (!dynamics.equals(p.dynamics) || fieldResolution != p.fieldResolution || basins != p.basins
                || basinResolution != p.basinResolution || Double.compare(horizon, p.horizon) != 0
                || starts.size() != p.starts.size() || runs.size() != p.runs.size()) {
            return false;
        }
        for (int i = 0; i < runs.size(); i++) {
            PortraitChart.Curve a = runs.get(i);
            PortraitChart.Curve b = p.runs.get(i);
            if (!a.name().equals(b.name()) || a.colour() != b.colour() || a.size() != b.size()) {
                return false;
            }
            for (int k = 0; k < a.size(); k++) {
                if (!java.util.Arrays.equals(a.points().get(k), b.points().get(k))) {
                    return false;
                }
            }
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
        return Objects.hash(dynamics, fieldResolution, basins, basinResolution, horizon, starts.size(), runs.size());
    }
}
