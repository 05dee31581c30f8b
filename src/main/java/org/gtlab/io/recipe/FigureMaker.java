package org.gtlab.io.recipe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.run.MethodCatalog;
import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.chart.tex.PgfplotsWriter;
import org.gtlab.figure.Diagrams;
import org.gtlab.figure.PortraitBuilder;
import org.gtlab.figure.RunCharts;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Json;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;

/**
 * Re-makes the figure (or the data) of a {@link Recipe} with the same code the app used to make it:
 * runs are run again from their specs on the synchronous executor (same method, parameters, game
 * and seed give the same snapshots) and cut at the steps they had done; portraits are rebuilt by
 * {@link PortraitBuilder}; diagrams by {@link Diagrams} from the stored equilibria; payoff tables are
 * read back cell by cell. Then the chart is drawn by {@link Exporter#render}, so PNG/SVG/PDF/TikZ of a
 * re-made figure hold the same data as the app's export.
 *
 * <p>Failure modes: {@link IllegalArgumentException} naming the recipe field that is missing or
 * inconsistent, or the run that failed while re-running (with its error).
 */
public final class FigureMaker {

    private FigureMaker() {
    }

    /**
     * The chart of a recipe.
     *
     * @throws IllegalArgumentException if the recipe holds no chart (e.g. a Lab figure without runs)
     */
    public static Chart chart(Recipe r, MethodCatalog catalog) {
        return switch (r.kind()) {
            case RUN -> runChart(r, "metric", r.runs(catalog));
            case RUN_CHART -> runChart(r, r.text("chart", "metric"), r.runs(catalog));
            case PORTRAIT -> PortraitBuilder.build(r.portraitSpec(catalog)).chart();
            case LAB_FIGURE -> labChart(r, catalog);
            case MATRIX -> TableJson.fromJson(Json.field(r.source(), "table"));
            case DIAGRAM -> diagram(r);
            case SWEEP -> sweepChart(r, catalog);
            case REPEATED -> RepeatedFigure.chart(r, catalog);
            case COOPETITION -> coopetition(r).chart();
            case SELF_PLAY -> selfPlayChart(r, catalog);
            case QRE -> org.gtlab.figure.QreFigure.chart(r.game(), org.gtlab.figure.QreFigure.trace(r.game()),
                    Integer.parseInt(r.text("player", "0")));
        };
    }

    /**
     * The bytes of a recipe's figure in {@code format}, with the recipe's size, dpi and LaTeX mode.
     * {@code "pgfplots"} writes a PGFPlots axis (XY charts only); {@code "csv"} and {@code "json"} write the
     * data of a single run ({@code run} recipes).
     *
     * @throws IllegalArgumentException for a format this recipe cannot give
     */
    public static byte[] render(Recipe r, String format, Recipe.Output output, MethodCatalog catalog) {
        String f = format.toLowerCase(java.util.Locale.ROOT);
        if (f.equals("csv") && r.kind() == RecipeKind.REPEATED) {
            return RepeatedFigure.csv(r, catalog).getBytes(StandardCharsets.UTF_8);
        }
        if (f.equals("csv") && r.kind() == RecipeKind.COOPETITION) {
            return coopetition(r).csv().getBytes(StandardCharsets.UTF_8);
        }
        if (f.equals("csv") || f.equals("json")) {
            if (r.kind() != RecipeKind.RUN) {
                throw new IllegalArgumentException("format " + f + " needs a run recipe, this one is \""
                        + r.kind().id() + "\"");
            }
            Recipe.RunEntry e = r.runs(catalog).get(0);
            RunRecord rec = rerun(e);
            if (f.equals("csv")) {
                return rec.toCsv().getBytes(StandardCharsets.UTF_8);
            }
            ObjectNode o = Json.object();
            o.set("recipe", e.spec().toJson());
            o.set("snapshots", rec.toJson());
            return Json.write(o).getBytes(StandardCharsets.UTF_8);
        }
        Chart c = chart(r, catalog);
        if (f.equals("pgfplots")) {
            if (!(c instanceof XYChart x)) {
                throw new IllegalArgumentException("PGFPlots needs a line chart; this recipe makes a "
                        + c.getClass().getSimpleName());
            }
            return PgfplotsWriter.write(x, ChartStyle.paper(), output == null || output.standalone())
                    .getBytes(StandardCharsets.UTF_8);
        }
        ExportFormat ef = formatOf(f);
        double w = output == null || output.widthPt() <= 0 ? ExportSize.PAPER_WIDE.width() : output.widthPt();
        double h = output == null || output.heightPt() <= 0 ? ExportSize.PAPER_WIDE.height() : output.heightPt();
        int dpi = output == null || output.dpi() <= 0 ? 300 : output.dpi();
        boolean standalone = output == null || output.standalone();
        return Exporter.render(c, ef, w, h, dpi, standalone, ChartStyle.paper());
    }

    /**
     * The export format named {@code name} ("png", "svg", "pdf", "tex" or "latex").
     *
     * @throws IllegalArgumentException naming the known formats
     */
    public static ExportFormat formatOf(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        for (ExportFormat f : ExportFormat.values()) {
            if (f.extension().equals(n) || f.name().equalsIgnoreCase(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + name + "\" (png, svg, pdf, tex, pgfplots, csv, json)");
    }

    /**
     * Runs a recipe's run again, synchronously, and cuts it at the steps it had done.
     *
     * @throws IllegalArgumentException if the run fails (naming it and the error)
     */
    public static RunRecord rerun(Recipe.RunEntry e) {
        try (RunExecutor ex = RunExecutor.synchronous()) {
            RunHandle h = ex.start(e.spec());
            if (h.status() == RunStatus.FAILED) {
                Throwable t = h.failure();
                throw new IllegalArgumentException("run \"" + e.label() + "\" failed when re-run: "
                        + (t == null ? "unknown error" : t.getMessage()), t);
            }
            RunRecord rec = h.record();
            return e.steps() > 0 ? rec.upTo(e.steps()) : rec;
        }
    }

    private static Chart runChart(Recipe r, String chart, List<Recipe.RunEntry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("field \"runs\": the recipe has no runs");
        }
        List<RunCharts.Line> lines = new ArrayList<>();
        for (Recipe.RunEntry e : entries) {
            RunSpec s = e.spec();
            NormalFormGame g = s.game() == null ? null : s.game().game();
            lines.add(new RunCharts.Line(e.label(), e.colour(), s.limits().maxSteps(), rerun(e), g, s.metrics()));
        }
        if (chart.equals("frequencies")) {
            return RunCharts.frequencies(lines.get(0), r.text("caption", entries.get(0).label()));
        }
        String metric = r.text("metric", null);
        if (metric == null) {
            Snapshot last = lines.get(0).record().isEmpty() ? null : lines.get(0).record().last();
            List<String> ms = last == null ? List.of() : RunCharts.plottableMetrics(last, lines.get(0).metrics());
            if (ms.isEmpty()) {
                throw new IllegalArgumentException("field \"metric\": missing, and the run has no plottable metric");
            }
            metric = ms.get(0);
        }
        return RunCharts.metric(lines, metric, r.flag("log", RunCharts.logByDefault(RunCharts.find(metric, lines))),
                r.text("caption", RunCharts.caption(lines)));
    }

    /** The coopetition figure of a recipe (fields {@code item}, {@code params}). */
    private static org.gtlab.figure.CoopetitionFigure coopetition(Recipe r) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        com.fasterxml.jackson.databind.JsonNode n = r.source().get("params");
        if (n != null) {
            n.fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().asText()));
        }
        return new org.gtlab.figure.CoopetitionFigure(r.text("item", ""), p);
    }

    /** Re-runs a self-play lab recipe's preference run and draws its simplex or iterate chart. */
    private static Chart selfPlayChart(Recipe r, MethodCatalog catalog) {
        List<Recipe.RunEntry> entries = r.runs(catalog);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("field \"runs\": the self-play recipe has no run");
        }
        RunRecord rec = rerun(entries.get(0));
        List<String> labels = org.gtlab.figure.SelfPlayFigures.optionLabels(org.gtlab.figure.SelfPlayFigures.options(rec));
        String item = r.text("item", "simplex");
        return switch (item) {
            case "simplex" -> org.gtlab.figure.SelfPlayFigures.simplex(rec, labels, r.text("title", ""),
                    r.text("caption", ""));
            case "iterates" -> org.gtlab.figure.SelfPlayFigures.iterates(rec, labels, r.text("title", ""),
                    r.text("caption", ""));
            default -> throw new IllegalArgumentException("field \"item\": \"" + item
                    + "\" is not a self-play figure (simplex, iterates)");
        };
    }

    /** Re-runs the sweep of a sweep recipe to the end and draws its map. */
    private static Chart sweepChart(Recipe r, MethodCatalog catalog) {
        RunSpec spec = RunSpec.fromJson(Json.field(r.source(), "run"), null, catalog);
        RunRecord rec = rerun(new Recipe.RunEntry("sweep", 0, spec, spec.limits().maxSteps()));
        if (!(spec.experiment() instanceof org.gtlab.run.methods.sweep.MapExperiment)) {
            throw new IllegalArgumentException("field \"run\": method \"" + spec.method() + "\" does not make a map");
        }
        org.gtlab.run.methods.sweep.MapExperiment e = (org.gtlab.run.methods.sweep.MapExperiment) spec.experiment();
        Boolean log = r.source().hasNonNull("colourScale")
                ? Recipe.sweepColourScale(r.source().get("colourScale").asText()).equals("log") : null;
        return org.gtlab.figure.PhaseDiagramFigure.chart(e.diagram(rec.last()), r.text("title", ""),
                sweepOverlays(r, e.overlays()), log);
    }

    /**
     * The overlays of a sweep recipe: its {@code overlays} entries (levels as written; a label the map
     * declares keeps its field and points), or the map's declared overlays when the recipe has none.
     */
    static List<org.gtlab.sweep.MapOverlay> sweepOverlays(Recipe r, List<org.gtlab.sweep.MapOverlay> declared) {
        com.fasterxml.jackson.databind.JsonNode a = r.source().get("overlays");
        if (a == null || a.isNull()) {
            return declared;
        }
        List<org.gtlab.sweep.MapOverlay> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            com.fasterxml.jackson.databind.JsonNode e = a.get(i);
            String label = e.path("label").asText("");
            String kind = e.path("kind").asText("isoline");
            org.gtlab.sweep.MapOverlay known = declared.stream().filter(o -> o.label().equals(label)).findFirst()
                    .orElse(null);
            if (kind.equals("points")) {
                if (known == null) {
                    throw new IllegalArgumentException("field \"overlays\"[" + i + "]: the map declares no points \""
                            + label + "\"");
                }
                out.add(known);
                continue;
            }
            if (!e.has("lo") || !e.has("hi")) {
                throw new IllegalArgumentException("field \"overlays\"[" + i + "]: needs \"lo\" and \"hi\"");
            }
            double lo = Json.toDouble(e.get("lo"));
            double hi = Json.toDouble(e.get("hi"));
            org.gtlab.sweep.MapOverlay.Field f = known == null ? null : known.field();
            out.add(switch (kind) {
                case "isoline" -> org.gtlab.sweep.MapOverlay.isoline(label, lo, f);
                case "band" -> org.gtlab.sweep.MapOverlay.band(label, lo, hi, f);
                default -> throw new IllegalArgumentException("field \"overlays\"[" + i + "].kind: \"" + kind
                        + "\" (isoline, band, points)");
            });
        }
        return out;
    }

    private static Chart labChart(Recipe r, MethodCatalog catalog) {
        if (r.source().hasNonNull("table")) {
            return TableJson.fromJson(r.source().get("table"));
        }
        List<Recipe.RunEntry> entries = r.runs(catalog);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("field \"runs\": the Lab recipe has no runs");
        }
        List<RunRecord> records = new ArrayList<>();
        for (Recipe.RunEntry e : entries) {
            records.add(rerun(e));
        }
        String item = r.text("item", "curves");
        boolean paper = r.flag("paperFaithful", false);
        if (item.equals("curves")) {
            List<RunCharts.Line> lines = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                lines.add(new RunCharts.Line(entries.get(i).label(), entries.get(i).colour(), 0, records.get(i), null,
                        entries.get(i).spec().metrics()));
            }
            GameSpec g = entries.get(0).spec().game();
            String caption = (g == null ? "" : g.title()) + (paper ? " · paper-faithful mode" : "");
            String metric = r.text("metric", org.gtlab.run.methods.TeamLearnerExperiment.TEAM_EXPLOITABILITY.name());
            return RunCharts.oracleCurves(lines, metric, r.flag("log", true), r.text("caption", caption));
        }
        int sel = r.source().path("selected").asInt(-1);
        if (sel < 0 || sel >= entries.size()) {
            throw new IllegalArgumentException("field \"selected\": " + sel + " is not a run index (0.."
                    + (entries.size() - 1) + "), and \"" + item + "\" is a figure of the selected run");
        }
        Recipe.RunEntry e = entries.get(sel);
        RunRecord rec = records.get(sel);
        Snapshot p = lastWithPayload(rec);
        String method = e.spec().method();
        String cap = e.spec().game().title() + " · " + e.label() + (paper ? " · paper-faithful" : "");
        Chart c = switch (item) {
            case "meta-game" -> {
                HeatMapChart mg = p == null ? null : RunCharts.metaGame(method, e.label(), p, true);
                yield mg == null ? null : RunCharts.withCaption(mg, cap + " · step " + p.step());
            }
            case "weights" -> p == null || RunCharts.metaGame(method, e.label(), p, true) == null ? null
                    : RunCharts.weights(method, e.label(), rec, cap);
            case "policy" -> {
                HeatMapChart pol = p == null ? null : RunCharts.policy(e.spec().game().teamGame(), e.label(), p, true);
                yield pol == null ? null : RunCharts.withCaption(pol, cap + " · step " + p.step());
            }
            default -> throw new IllegalArgumentException("field \"item\": \"" + item
                    + "\" cannot be re-made from a recipe (curves, meta-game, weights, policy)");
        };
        if (c == null) {
            throw new IllegalArgumentException("field \"item\": run \"" + e.label() + "\" has no " + item + " figure");
        }
        return c;
    }

    private static Snapshot lastWithPayload(RunRecord rec) {
        for (int i = rec.size() - 1; i >= 0; i--) {
            if (!rec.get(i).payloads().isEmpty()) {
                return rec.get(i);
            }
        }
        return null;
    }

    private static Chart diagram(Recipe r) {
        NormalFormGame g = r.game();
        String d = r.text("diagram", "square");
        return switch (d) {
            case "square" -> Diagrams.bestResponseSquare(g, r.equilibria());
            case "envelope-1" -> Diagrams.envelope(g, 0, r.equilibria());
            case "envelope-2" -> Diagrams.envelope(g, 1, r.equilibria());
            default -> throw new IllegalArgumentException("field \"diagram\": unknown diagram \"" + d
                    + "\" (square, envelope-1, envelope-2)");
        };
    }
}
