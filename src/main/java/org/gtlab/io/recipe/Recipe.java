package org.gtlab.io.recipe;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.run.MethodCatalog;
import org.gtlab.chart.model.PayoffTable;
import org.gtlab.figure.PortraitSpec;
import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.io.JsonGameFormat;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Json;
import org.gtlab.run.RunSpec;

/**
 * One versioned recipe: everything needed to re-make one exported file, written beside it as
 * {@code NAME.EXT.recipe.json} (see {@link Recipes#pathFor}). JSON shape:
 *
 * <pre>{@code
 * {"format": "gtlab-recipe", "version": 1, "kind": "run" | "run-chart" | "portrait" | "lab-figure"
 *                                              | "matrix" | "diagram",
 *  "gtlab": "0.1.0", "created": "…",
 *  "output": {"file": "a.pdf", "fileFormat": "pdf", "widthPt": 468, "heightPt": 300, "dpi": 300,
 *             "standalone": true, "theme": "paper"},
 *  …kind-specific source fields…}
 * }</pre>
 *
 * Source fields by kind (the factories below are the only writers):
 * <ul>
 *   <li>run: {@code run} (a {@link RunEntry}), {@code metric}, {@code log};</li>
 *   <li>run-chart: {@code chart} ("metric" or "frequencies"), {@code metric}, {@code log}, {@code runs};</li>
 *   <li>portrait: {@code portrait} (a {@link PortraitSpec} as JSON);</li>
 *   <li>lab-figure: {@code item} ("curves", "meta-game", "weights", "policy", "joint-matrix" or a data
 *       table name), {@code metric}, {@code log}, {@code paperFaithful}, {@code selected}, {@code preset},
 *       {@code game} (a {@link GameSpec}), {@code runs};</li>
 *   <li>matrix: {@code game} (gtlab-game JSON), {@code method}, {@code table} (every cell text and mark
 *       as shown);</li>
 *   <li>diagram: {@code game}, {@code method}, {@code diagram} ("square", "envelope-1", "envelope-2"),
 *       {@code equilibria} (exact probabilities);</li>
 *   <li>sweep: {@code run} (the sweep's {@link RunSpec}: game, inner method, axes, metric, seed fix
 *       every cell), {@code title};</li>
 *   <li>repeated: {@code item} ("standings", "heat-map", "moran"), {@code run} (the tournament's or
 *       Moran run's {@link RunSpec}), {@code steps}, {@code caption}.</li>
 *   <li>coopetition: {@code item}, {@code params} (an object of text values).</li>
 * </ul>
 * A run entry is {@code {"label", "colour", "steps", "run": RunSpec}}: the run is re-made by running
 * its spec (method, parameters, game and seed fix every number) up to {@code steps}.
 *
 * @param kind   what the recipe re-makes
 * @param source the kind-specific fields (an object without the envelope fields)
 * @param output how the file was written (null until the recipe is attached to a file)
 */
public record Recipe(RecipeKind kind, ObjectNode source, Output output) {

    /** The {@code "format"} value of every recipe. */
    public static final String FORMAT = "gtlab-recipe";
    /** The version this GT Lab writes (and the newest it reads). */
    public static final int VERSION = 1;

    public Recipe {
        Objects.requireNonNull(kind, "kind");
        source = source == null ? Json.object() : source.deepCopy();
    }

    /**
     * How a file was written.
     *
     * @param file       the exported file's name (no directory)
     * @param fileFormat "png", "svg", "pdf", "tex", "pgfplots", "csv" or "json"
     * @param widthPt    chart width in points (0 for payoff tables and data)
     * @param heightPt   chart height in points
     * @param dpi        PNG resolution
     * @param standalone LaTeX: a complete document rather than a picture to \input
     * @param theme      chart style ("paper")
     */
    public record Output(String file, String fileFormat, double widthPt, double heightPt, int dpi,
            boolean standalone, String theme) {

        /** The output of a chart export request. */
        public static Output of(Exporter.Request r, Path target) {
            return new Output(target.getFileName().toString(), r.format().extension(), r.size().width(),
                    r.size().height(), r.dpi(), r.standalone(), "paper");
        }

        /** The output of a data file or of a PGFPlots file. */
        public static Output data(Path target, String fileFormat) {
            return new Output(target.getFileName().toString(), fileFormat.toLowerCase(Locale.ROOT), 0, 0, 0, true,
                    "paper");
        }

        ObjectNode toJson() {
            ObjectNode o = Json.object();
            o.put("file", file);
            o.put("fileFormat", fileFormat);
            o.set("widthPt", Json.number(widthPt));
            o.set("heightPt", Json.number(heightPt));
            o.put("dpi", dpi);
            o.put("standalone", standalone);
            o.put("theme", theme);
            return o;
        }

        static Output fromJson(JsonNode n) {
            return new Output(n.path("file").asText(""), n.path("fileFormat").asText(""),
                    n.has("widthPt") ? Json.toDouble(n.get("widthPt")) : 0,
                    n.has("heightPt") ? Json.toDouble(n.get("heightPt")) : 0, n.path("dpi").asInt(300),
                    n.path("standalone").asBoolean(true), n.path("theme").asText("paper"));
        }
    }

    /**
     * One run of a recipe.
     *
     * @param label  its legend label
     * @param colour its palette index
     * @param spec   its recipe (method, parameters, game, seed, limits)
     * @param steps  the steps it had done when exported (≤ 0: run to its limit)
     */
    public record RunEntry(String label, int colour, RunSpec spec, long steps) {

        public RunEntry {
            Objects.requireNonNull(spec, "spec");
            label = label == null ? spec.displayName() : label;
        }

        ObjectNode toJson() {
            ObjectNode o = Json.object();
            o.put("label", label);
            o.put("colour", colour);
            o.put("steps", steps);
            o.set("run", spec.toJson());
            return o;
        }

        static RunEntry fromJson(JsonNode n, MethodCatalog catalog) {
            return new RunEntry(n.path("label").asText(null), n.path("colour").asInt(0),
                    RunSpec.fromJson(Json.field(n, "run"), null, catalog), n.path("steps").asLong(0));
        }
    }

    // ------------------------------------------------------------------ factories (the only writers)

    /** A single run (data export, or a chart of one metric of it). */
    public static Recipe run(RunEntry run, String metric, boolean log) {
        ObjectNode s = Json.object();
        s.set("run", run.toJson());
        if (metric != null) {
            s.put("metric", metric);
        }
        s.put("log", log);
        return new Recipe(RecipeKind.RUN, s, null);
    }

    /** A chart of runs: {@code chart} is "metric" (every run, one metric) or "frequencies" (one run). */
    public static Recipe runChart(String chart, String metric, boolean log, List<RunEntry> runs) {
        ObjectNode s = Json.object();
        s.put("chart", chart);
        if (metric != null) {
            s.put("metric", metric);
        }
        s.put("log", log);
        s.set("runs", entries(runs));
        return new Recipe(RecipeKind.RUN_CHART, s, null);
    }

    /** A phase diagram: the sweep's recipe (re-run to re-make the map) and the figure's title. */
    public static Recipe sweep(RunSpec sweep, String title) {
        ObjectNode s = Json.object();
        s.set("run", sweep.toJson());
        s.put("title", title == null ? "" : title);
        return new Recipe(RecipeKind.SWEEP, s, null);
    }

    /**
     * A phase diagram with its overlay layer: as {@link #sweep(RunSpec, String)} plus {@code overlays},
     * one entry per layer ({@code label}, {@code kind} isoline|band|points, {@code lo}, {@code hi}).
     * Re-making uses the levels written here (a user may edit them); a label the map declares keeps
     * its field (e.g. a* ÷ a*_FR), any other label is drawn on the map's own values.
     */
    public static Recipe sweep(RunSpec sweep, String title, List<org.gtlab.sweep.MapOverlay> overlays) {
        ObjectNode s = Json.object();
        s.set("run", sweep.toJson());
        s.put("title", title == null ? "" : title);
        com.fasterxml.jackson.databind.node.ArrayNode a = s.putArray("overlays");
        for (org.gtlab.sweep.MapOverlay o : overlays) {
            ObjectNode e = a.addObject();
            e.put("label", o.label());
            e.put("kind", o.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (o.kind() != org.gtlab.sweep.MapOverlay.Kind.POINTS) {
                e.set("lo", Json.number(o.lo()));
                e.set("hi", Json.number(o.hi()));
            }
        }
        return new Recipe(RecipeKind.SWEEP, s, null);
    }

    /**
     * A phase diagram with its overlays (none: empty) and its colour scale: {@code colourScale} "log"
     * (logarithmic, log10 of the value) or "linear"; {@code gtlab export} re-makes the map on that
     * scale. A sweep recipe without the field uses the scale the map's metric declares.
     */
    public static Recipe sweep(RunSpec sweep, String title, List<org.gtlab.sweep.MapOverlay> overlays,
            String colourScale) {
        Recipe r = overlays == null || overlays.isEmpty() ? sweep(sweep, title) : sweep(sweep, title, overlays);
        ObjectNode s = (ObjectNode) r.source();
        s.put("colourScale", sweepColourScale(colourScale));
        return r;
    }

    /** "log" or "linear" (case-insensitive); anything else is an error naming field "colourScale". */
    public static String sweepColourScale(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("log") || t.equals("linear")) {
            return t;
        }
        throw new IllegalArgumentException("field \"colourScale\": \"" + text + "\" (log, linear)");
    }

    /**
     * A repeated-games lab figure: {@code item} ("standings", "heat-map", "moran"), the run that
     * makes it (a {@code tournament} or {@code moran-tournament} spec), the steps it had done and
     * the caption.
     */
    public static Recipe repeated(String item, RunSpec run, long steps, String caption) {
        ObjectNode s = Json.object();
        s.put("item", item);
        s.set("run", run.toJson());
        s.put("steps", steps);
        s.put("caption", caption == null ? "" : caption);
        return new Recipe(RecipeKind.REPEATED, s, null);
    }

    /** A coopetition-lab figure: {@code item} and {@code params} (text values) of a {@code figure.CoopetitionFigure}. */
    public static Recipe coopetition(String item, java.util.Map<String, String> params) {
        ObjectNode s = Json.object();
        s.put("item", item);
        ObjectNode p = s.putObject("params");
        new java.util.TreeMap<>(params).forEach(p::put);
        return new Recipe(RecipeKind.COOPETITION, s, null);
    }

    /** A phase portrait. */
    public static Recipe portrait(PortraitSpec spec) {
        ObjectNode s = Json.object();
        s.set("portrait", spec.toJson());
        return new Recipe(RecipeKind.PORTRAIT, s, null);
    }

    /**
     * A Lab figure or data table.
     *
     * @param item          "curves", "meta-game", "weights", "policy", "joint-matrix" or a data name
     * @param selected      index of the selected run in {@code runs} (-1: none)
     * @param preset        the preset's name (may be null)
     * @param game          the team game (may be null when there are runs)
     */
    public static Recipe labFigure(String item, String metric, boolean log, boolean paperFaithful, int selected,
            String preset, GameSpec game, List<RunEntry> runs) {
        ObjectNode s = Json.object();
        s.put("item", item);
        if (metric != null) {
            s.put("metric", metric);
        }
        s.put("log", log);
        s.put("paperFaithful", paperFaithful);
        s.put("selected", selected);
        if (preset != null) {
            s.put("preset", preset);
        }
        if (game != null) {
            s.set("game", game.toJson());
        }
        s.set("runs", entries(runs));
        return new Recipe(RecipeKind.LAB_FIGURE, s, null);
    }

    /**
     * A figure of a preference run of the self-play lab: {@code item} "simplex" or "iterates", the
     * run, the figure's title and caption.
     */
    public static Recipe selfPlay(String item, RunEntry run, String title, String caption) {
        ObjectNode s = Json.object();
        s.put("item", item);
        s.put("title", title == null ? "" : title);
        s.put("caption", caption == null ? "" : caption);
        s.set("runs", entries(List.of(run)));
        return new Recipe(RecipeKind.SELF_PLAY, s, null);
    }

    /** A payoff table as shown (texts, marks, highlights), with its game and solver. */
    public static Recipe matrix(NormalFormGame game, String method, PayoffTable table) {
        ObjectNode s = Json.object();
        s.set("game", Json.parse(JsonGameFormat.toJson(game)));
        s.put("method", method == null ? "" : method);
        s.set("table", TableJson.toJson(table));
        return new Recipe(RecipeKind.MATRIX, s, null);
    }

    /**
     * A best-response diagram.
     *
     * @param diagram "square", "envelope-1" (player 1's payoff against player 2's mix) or "envelope-2"
     */
    public static Recipe diagram(NormalFormGame game, String method, String diagram, List<StrategyProfile> equilibria) {
        ObjectNode s = Json.object();
        s.set("game", Json.parse(JsonGameFormat.toJson(game)));
        s.put("method", method == null ? "" : method);
        s.put("diagram", diagram);
        ArrayNode eq = s.putArray("equilibria");
        for (StrategyProfile p : equilibria) {
            ArrayNode pa = eq.addArray();
            for (MixedStrategy m : p.strategies()) {
                ArrayNode ma = pa.addArray();
                for (int i = 0; i < m.size(); i++) {
                    ma.add(m.probability(i).toString());
                }
            }
        }
        return new Recipe(RecipeKind.DIAGRAM, s, null);
    }

    /** The logit QRE correspondence of one player (org.gtlab.figure.QreFigure), re-traced from the game. */
    public static Recipe qre(NormalFormGame game, int player) {
        ObjectNode s = Json.object();
        s.set("game", Json.parse(JsonGameFormat.toJson(game)));
        s.put("player", Integer.toString(player));
        return new Recipe(RecipeKind.QRE, s, null);
    }

    private static ArrayNode entries(List<RunEntry> runs) {
        ArrayNode a = Json.array();
        for (RunEntry r : runs) {
            a.add(r.toJson());
        }
        return a;
    }

    // ------------------------------------------------------------------ reading the source

    /** This recipe attached to a written file. */
    public Recipe withOutput(Output o) {
        return new Recipe(kind, source, o);
    }

    /** This recipe with one more text field in its source (e.g. a {@code caption} the chart was drawn with). */
    public Recipe with(String field, String value) {
        ObjectNode s = source.deepCopy();
        s.put(field, value);
        return new Recipe(kind, s, output);
    }

    /** This recipe holding a payoff table as shown (a Lab's joint-action matrix): re-made cell by cell. */
    public Recipe withTable(PayoffTable table) {
        ObjectNode s = source.deepCopy();
        s.set("table", TableJson.toJson(table));
        return new Recipe(kind, s, output);
    }

    /** A text field of the source, or {@code dflt}. */
    public String text(String field, String dflt) {
        JsonNode n = source.get(field);
        return n == null || n.isNull() ? dflt : n.asText();
    }

    /** A boolean field of the source, or {@code dflt}. */
    public boolean flag(String field, boolean dflt) {
        return source.path(field).asBoolean(dflt);
    }

    /** The runs (run-chart, lab-figure: {@code runs}; run: the one {@code run}). */
    public List<RunEntry> runs(MethodCatalog catalog) {
        List<RunEntry> out = new ArrayList<>();
        if (kind == RecipeKind.RUN) {
            out.add(RunEntry.fromJson(Json.field(source, "run"), catalog));
            return out;
        }
        JsonNode a = source.get("runs");
        if (a != null) {
            for (JsonNode n : a) {
                out.add(RunEntry.fromJson(n, catalog));
            }
        }
        return out;
    }

    /** The portrait spec of a portrait recipe. */
    public PortraitSpec portraitSpec(MethodCatalog catalog) {
        return PortraitSpec.fromJson(Json.field(source, "portrait"), null, catalog);
    }

    /** The normal-form game of a matrix or diagram recipe. */
    public NormalFormGame game() {
        return parseGame(Json.field(source, "game"));
    }

    /** A gtlab-game JSON node as a game; a bad game is an IllegalArgumentException naming the field. */
    static NormalFormGame parseGame(JsonNode game) {
        try {
            return JsonGameFormat.parse(Json.write(game), "recipe field \"game\"");
        } catch (org.gtlab.io.GameFormatException e) {
            throw new IllegalArgumentException("field \"game\": " + e.getMessage(), e);
        }
    }

    /** The team game of a lab-figure recipe (null if it has none). */
    public GameSpec gameSpec() {
        JsonNode g = source.get("game");
        return g == null || g.isNull() ? null : GameSpec.fromJson(g, null);
    }

    /** The equilibria of a diagram recipe. */
    public List<StrategyProfile> equilibria() {
        List<StrategyProfile> out = new ArrayList<>();
        JsonNode a = source.get("equilibria");
        if (a != null) {
            for (JsonNode p : a) {
                List<List<String>> probs = new ArrayList<>();
                for (JsonNode m : p) {
                    List<String> ps = new ArrayList<>();
                    m.forEach(x -> ps.add(x.asText()));
                    probs.add(ps);
                }
                out.add(StrategyProfile.parse(probs));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ JSON

    /** The recipe as JSON (envelope first, then the source fields). */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("kind", kind.id());
        o.put("gtlab", RunSpec.GTLAB_VERSION);
        o.put("created", Instant.now().toString());
        if (output != null) {
            o.set("output", output.toJson());
        }
        o.setAll(source);
        return o;
    }

    /**
     * Reads a recipe in this format ({@link Recipes#parse} also reads the older formats).
     *
     * @throws IllegalArgumentException naming the bad field
     */
    static Recipe fromJson(JsonNode n) {
        if (!FORMAT.equals(n.path("format").asText())) {
            throw new IllegalArgumentException("not a GT Lab recipe (field \"format\" is \"" + n.path("format").asText()
                    + "\", expected \"" + FORMAT + "\")");
        }
        int v = Json.field(n, "version").asInt();
        if (v > VERSION || v < 1) {
            throw new IllegalArgumentException("field \"version\": recipe version " + v
                    + " is not supported by this GT Lab (reads 1.." + VERSION + ")");
        }
        RecipeKind kind = RecipeKind.of(Json.field(n, "kind").asText());
        ObjectNode s = ((ObjectNode) n).deepCopy();
        for (String f : List.of("format", "version", "kind", "gtlab", "created", "output")) {
            s.remove(f);
        }
        Output out = n.hasNonNull("output") ? Output.fromJson(n.get("output")) : null;
        return new Recipe(kind, s, out);
    }
}
