package org.gtlab.run;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.TeamGames;

/**
 * A complete, reproducible description of a run — the recipe: method, validated parameters, game,
 * seed and limits. Running the same RunSpec twice gives bit-identical snapshots. Immutable; built
 * only through {@link #of} or {@link #fromJson}, which validate everything (unknown method, bad or
 * out-of-range parameters, a game the method cannot use) before anything runs.
 *
 * <p>JSON ({@code recipe.json}):
 * <pre>{@code
 * {
 *   "format": 1,
 *   "gtlab": "0.1.0",
 *   "method": "hedge",
 *   "params": {"eta": null, "optimistic": false, "init": "uniform"},
 *   "seed": 42,
 *   "limits": {"maxSteps": 10000, "reportEvery": 10, "checkpointEvery": 0},
 *   "game": {"source": "rps", "title": "…", "players": […], "strategies": […], "exact": true, "payoffs": […]}
 * }
 * }</pre>
 * {@code null} stands for an automatic parameter; {@code game} may also be a catalog name or file
 * (resolved when read), or a team game ({@link GameSpec}: {@code "kind": "team"}). A method name
 * shared by a normal-form and a team method ({@code sp}, {@code fp}, {@code replicator}) means the
 * one for the recipe's game; a team method given a symmetric zero-sum matrix game runs on it as
 * one-agent teams (the recipe then stores the team view). Unknown top-level fields are ignored.
 */
public final class RunSpec {

    /** Version of the recipe format. */
    public static final int FORMAT = 1;
    /** GT Lab version written into recipes. */
    public static final String GTLAB_VERSION = "0.1.0";

    private final ExperimentFactory factory;
    private final String method;
    private final Config params;
    private final GameSpec game;
    private final long seed;
    private final Limits limits;

    private RunSpec(ExperimentFactory factory, Config params, GameSpec game, long seed, Limits limits) {
        this.factory = factory;
        this.method = factory.name();
        this.params = params;
        this.game = game;
        this.seed = seed;
        this.limits = limits;
    }

    /**
     * A validated recipe of this method ({@link MethodCatalog#spec} looks the method up by name).
     *
     * @param params raw parameter values (Strings, Numbers, Booleans, null = automatic); missing ones
     *        take their defaults
     * @param game the game, or null for methods that need none
     * @param limits the limits, or null for the method's defaults
     * @throws IllegalArgumentException naming what is wrong
     */
    public static RunSpec of(ExperimentFactory f, Map<String, ?> params, GameSpec game, long seed, Limits limits) {
        Objects.requireNonNull(f, "method");
        Config config = f.configure(params == null ? Map.of() : params);
        Limits l = limits == null ? f.defaultLimits() : limits;
        GameSpec g = game;
        if (f.needsGame()) {
            if (g == null) {
                throw new IllegalArgumentException(f.name() + " needs a game");
            }
            if (f.gameKind() == GameKind.TEAM && !g.isTeam()) {
                try {
                    g = g.asTeam();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(f.name() + " runs on team games (" + String.join(", ",
                            TeamGames.names()) + ") or on a matrix game viewed as one-agent teams, and "
                            + e.getMessage(), e);
                }
            }
            String problem = f.checkGame(g);
            if (problem != null) {
                throw new IllegalArgumentException(f.name() + " cannot run on this game: " + problem);
            }
        } else if (g != null) {
            throw new IllegalArgumentException(f.name() + " takes no game");
        }
        RunSpec spec = new RunSpec(f, config, g, seed, l);
        spec.experiment(); // validates the combination of parameters, game and limits
        return spec;
    }

    public String method() {
        return method;
    }

    /** The validated parameters (defaults filled in). */
    public Config params() {
        return params;
    }

    /** The game, or null. */
    public GameSpec game() {
        return game;
    }

    public long seed() {
        return seed;
    }

    public Limits limits() {
        return limits;
    }

    /** The method's factory (for a name shared by several game kinds, the one for this game). */
    public ExperimentFactory factory() {
        return factory;
    }

    /** The metrics every snapshot of this run carries ({@link ExperimentFactory#metrics}). */
    public java.util.List<MetricSpec> metrics() {
        return factory.metrics(params, game);
    }

    /** How far a run of this recipe is after {@code latest}, in [0, 1] ({@link ExperimentFactory#progress}). */
    public double progress(Snapshot latest) {
        return factory.progress(params, limits, latest);
    }

    /** A new experiment for this recipe. */
    public Experiment<?> experiment() {
        return factory().create(params, game, limits);
    }

    public RunSpec withSeed(long newSeed) {
        return new RunSpec(factory, params, game, newSeed, limits);
    }

    /** @throws IllegalArgumentException if the method cannot run with these limits */
    public RunSpec withLimits(Limits newLimits) {
        RunSpec s = new RunSpec(factory, params, game, seed, Objects.requireNonNull(newLimits, "limits"));
        s.experiment();
        return s;
    }

    /** A human-readable name: "fp · rps · seed 1". */
    public String displayName() {
        return method + (game == null ? "" : " · " + (game.source().isEmpty() ? game.title() : game.source()))
                + " · seed " + seed;
    }

    /** The recipe as JSON. */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("format", FORMAT);
        o.put("gtlab", GTLAB_VERSION);
        o.put("method", method);
        ObjectNode p = o.putObject("params");
        for (Map.Entry<String, Object> e : params.asMap().entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                p.putNull(e.getKey());
            } else if (v instanceof Double) {
                p.set(e.getKey(), Json.number((Double) v));
            } else if (v instanceof Long) {
                p.put(e.getKey(), (Long) v);
            } else if (v instanceof Boolean) {
                p.put(e.getKey(), (Boolean) v);
            } else {
                p.put(e.getKey(), v.toString());
            }
        }
        o.put("seed", seed);
        ObjectNode l = o.putObject("limits");
        l.put("maxSteps", limits.maxSteps());
        l.put("reportEvery", limits.reportEvery());
        l.put("checkpointEvery", limits.checkpointEvery());
        if (game != null) {
            o.set("game", game.toJson());
        }
        return o;
    }

    /** Pretty-printed {@link #toJson()}. */
    public String toJsonString() {
        return Json.write(toJson());
    }

    /**
     * Reads and validates a recipe.
     *
     * @param resolver loads games given by name or file (may be null if games are inline)
     * @param catalog the methods the recipe may name
     * @throws IllegalArgumentException naming the missing field or the invalid value
     */
    public static RunSpec fromJson(JsonNode n, Function<String, NormalFormGame> resolver, MethodCatalog catalog) {
        if (n.has("format") && n.get("format").asInt() > FORMAT) {
            throw new IllegalArgumentException("recipe format " + n.get("format").asInt() + " is newer than this GT Lab ("
                    + FORMAT + ")");
        }
        String method = Json.field(n, "method").asText();
        Map<String, Object> raw = new LinkedHashMap<>();
        JsonNode p = n.get("params");
        if (p != null) {
            Iterator<Map.Entry<String, JsonNode>> it = p.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                Object val;
                if (v.isNull()) {
                    val = null;
                } else if (v.isBoolean()) {
                    val = v.booleanValue();
                } else if (v.isIntegralNumber()) {
                    val = v.longValue();
                } else if (v.isNumber()) {
                    val = v.doubleValue();
                } else {
                    val = v.asText();
                }
                raw.put(e.getKey(), val);
            }
        }
        long seed = n.has("seed") ? Json.field(n, "seed").asLong() : 0;
        GameSpec game = n.hasNonNull("game") ? GameSpec.fromJson(n.get("game"), resolver) : null;
        Limits limits = null;
        JsonNode l = n.get("limits");
        if (l != null) {
            ExperimentFactory f = catalog.forGame(method, game);
            Limits d = f.defaultLimits();
            long max = l.has("maxSteps") ? l.get("maxSteps").asLong() : d.maxSteps();
            long every = l.has("reportEvery") ? l.get("reportEvery").asLong() : Math.max(1, max / 1000);
            long cp = l.has("checkpointEvery") ? l.get("checkpointEvery").asLong() : 0;
            limits = new Limits(max, every, cp);
        }
        return of(catalog.forGame(method, game), raw, game, seed, limits);
    }

    /** Reads a recipe from JSON text. */
    public static RunSpec fromJson(String text, Function<String, NormalFormGame> resolver, MethodCatalog catalog) {
        return fromJson(Json.parse(text), resolver, catalog);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RunSpec)) {
            return false;
        }
        RunSpec s = (RunSpec) o;
        return method.equals(s.method) && params.equals(s.params) && Objects.equals(game, s.game) && seed == s.seed
                && limits.equals(s.limits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, params, game, seed, limits);
    }

    @Override
    public String toString() {
        return "RunSpec[" + displayName() + ", " + params + ", " + limits + "]";
    }
}
