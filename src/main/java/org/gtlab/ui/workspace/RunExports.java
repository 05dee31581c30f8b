package org.gtlab.ui.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;
import org.gtlab.chart.tex.PgfplotsWriter;
import org.gtlab.figure.JointMatrix;
import org.gtlab.figure.PortraitBuilder;
import org.gtlab.figure.RunCharts;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.io.recipe.RecipeKind;
import org.gtlab.io.recipe.Recipes;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Json;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.Payload;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.TeamLearnerExperiment;

/**
 * The one export path of the run workspace (the Dynamics tab, the team Lab, every lab): each file
 * is written atomically through {@link Exporter} with its recipe beside it
 * ({@code NAME.EXT.recipe.json}, the one {@link Recipe} format), from which "re-run recipe", the
 * Lab's "re-run a lab recipe" and {@code gtlab export RECIPE OUT} make the same data again:
 * <ul>
 *   <li>a run's data as CSV ({@link RunRecord#toCsv()}) or JSON ({@code {"recipe": …, "snapshots":
 *       […]}}); recipe kind "run";</li>
 *   <li>a chart as PNG, SVG, PDF or TikZ ({@link Exporter}) or as PGFPlots ({@link PgfplotsWriter});
 *       recipe kind "run-chart" (runs), "lab-figure" (a lab's figure) or "portrait";</li>
 *   <li>CSV tables: the curves of several runs, a population method's meta-game and weights, a
 *       team policy, a joint-action matrix;</li>
 *   <li>a portrait's data as JSON ({@link PortraitBuilder#data}); recipe kind "portrait".</li>
 * </ul>
 */
public final class RunExports {

    private RunExports() {
    }

    /** Data formats. */
    public enum DataFormat {
        CSV("csv"), JSON("json");

        private final String extension;

        DataFormat(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** {@code dir/NAME.EXT} → {@code dir/NAME.EXT.recipe.json} (see {@link Recipes#pathFor}). */
    public static Path recipePath(Path target) {
        return Recipes.pathFor(target);
    }

    /** The data of a run: CSV (header {@code step,…}) or JSON with the recipe. */
    public static byte[] runData(RunSpec spec, RunRecord record, DataFormat format) {
        if (format == DataFormat.CSV) {
            return record.toCsv().getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode o = Json.object();
        o.set("recipe", spec.toJson());
        o.set("snapshots", record.toJson());
        return Json.write(o).getBytes(StandardCharsets.UTF_8);
    }

    /** A run of a recipe: its legend label, colour, spec and the steps it has done. */
    public static Recipe.RunEntry entry(String label, int colour, RunSpec spec, RunRecord record) {
        return new Recipe.RunEntry(label, colour, spec, record == null || record.isEmpty() ? 0 : record.last().step());
    }

    /**
     * Writes a run's data and its recipe (kind "run").
     *
     * @return the recipe's path
     */
    public static Path writeRunData(RunSpec spec, RunRecord record, DataFormat format, Path target) throws IOException {
        return Exporter.writeBytes(runData(spec, record, format), target,
                Recipe.run(entry(spec.displayName(), 0, spec, record), null, false), format.extension());
    }

    /**
     * The recipe of a chart of runs: "metric" (every run, one metric) or "frequencies" (the one run).
     *
     * @param metric the metric shown (null: the first plottable one)
     */
    public static Recipe runsChartRecipe(String chart, String metric, boolean log, List<Recipe.RunEntry> runs) {
        return Recipe.runChart(chart, metric, log, runs);
    }

    /** The recipe entries of these rows (label, colour, recipe, steps done), in order. */
    public static List<Recipe.RunEntry> entries(List<? extends RunRow> rows) {
        List<Recipe.RunEntry> out = new ArrayList<>();
        for (RunRow r : rows) {
            out.add(entry(r.shortName(), r.colour(), r.spec(), r.record()));
        }
        return out;
    }

    /**
     * The runs of a recipe of one of these kinds (this version's or a previous format), in order.
     *
     * @throws IllegalArgumentException if it is a recipe of another kind or a run recipe is invalid
     */
    public static List<Recipe.RunEntry> runsOf(JsonNode recipe, MethodCatalog catalog, RecipeKind... kinds) {
        Recipe r = Recipes.parse(recipe, catalog);
        if (!List.of(kinds).contains(r.kind())) {
            throw new IllegalArgumentException("not a recipe of " + java.util.Arrays.stream(kinds).map(RecipeKind::id)
                    .toList() + " (kind \"" + r.kind().id() + "\")");
        }
        return r.runs(catalog);
    }

    /** The bytes of a chart in a format of the export dialog, or PGFPlots (for XY charts). */
    public static byte[] chart(Chart c, ExportFormat format, ExportSize size, int dpi, boolean standalone) {
        return Exporter.render(new Exporter.Request(c, format, size, dpi, standalone, ChartStyle.paper()));
    }

    /** PGFPlots text of an XY chart. */
    public static byte[] pgfplots(XYChart c, boolean standalone) {
        return PgfplotsWriter.write(c, ChartStyle.paper(), standalone).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes chart bytes made elsewhere (PGFPlots) and their recipe.
     *
     * @return the recipe's path
     */
    public static Path writeChart(byte[] bytes, Recipe recipe, String fileFormat, Path target) throws IOException {
        return Exporter.writeBytes(bytes, target, recipe, fileFormat);
    }

    /**
     * Writes a portrait's data (JSON) and its recipe (kind "portrait").
     *
     * @return the recipe's path
     */
    public static Path writePortraitData(PortraitBuilder.Result r, Path target) throws IOException {
        return Exporter.writeBytes(Json.write(PortraitBuilder.data(r)).getBytes(StandardCharsets.UTF_8), target,
                Recipe.portrait(r.spec()), "json");
    }
    /**
     * Writes CSV text and its recipe.
     *
     * @return the recipe's path
     */
    public static Path writeCsv(String csv, Recipe recipe, Path target) throws IOException {
        return Exporter.writeBytes(csv.getBytes(StandardCharsets.UTF_8), target, recipe, "csv");
    }

    /**
     * Writes a chart through {@link Exporter} and its recipe (a table's recipe carries the table).
     *
     * @return the recipe's path
     */
    public static Path writeChart(Exporter.Request r, Recipe recipe, Path target) throws IOException {
        return Exporter.write(r, target,
                r.chart() instanceof org.gtlab.chart.model.PayoffTable t ? recipe.withTable(t) : recipe);
    }

    /** {@code run,algorithm,method,step,<metrics…>}: every snapshot of every run (full resolution). */
    public static String curvesCsv(List<? extends RunRow> runs) {
        List<String> cols = new ArrayList<>();
        for (RunRow r : runs) {
            for (String m : RunCharts.plottable(r.record().metricNames(), r.spec().metrics())) {
                if (!cols.contains(m)) {
                    cols.add(m);
                }
            }
        }
        StringBuilder b = new StringBuilder("run,algorithm,method,step");
        for (String c : cols) {
            b.append(',').append(c);
        }
        b.append('\n');
        int k = 0;
        for (RunRow r : runs) {
            k++;
            RunRecord rec = r.record();
            for (Snapshot s : rec.snapshots()) {
                b.append(k).append(',').append(field(r.name())).append(',').append(r.spec().method()).append(',')
                        .append(s.step());
                for (String c : cols) {
                    b.append(',');
                    if (s.hasMetric(c)) {
                        b.append(s.metric(c));
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    public static String metaGameCsv(String method, Snapshot s) {
        double[][] m = s.payload(TeamLearnerExperiment.META_GAME).toArray();
        Payload w = s.payload(TeamLearnerExperiment.META_WEIGHTS);
        int n = w == null ? m.length : Math.min(m.length, w.row(0).length);
        List<String> labels = RunCharts.memberLabels(method, n);
        StringBuilder b = new StringBuilder("member");
        for (String l : labels) {
            b.append(',').append(field(l));
        }
        b.append('\n');
        for (int i = 0; i < n; i++) {
            b.append(field(labels.get(i)));
            for (int j = 0; j < n; j++) {
                b.append(',').append(m[i][j]);
            }
            b.append('\n');
        }
        return b.toString();
    }

    public static String weightsCsv(String method, RunRecord rec) {
        int members = 0;
        for (Snapshot s : rec.snapshots()) {
            Payload w = s.payload(TeamLearnerExperiment.META_WEIGHTS);
            if (w != null) {
                members = Math.max(members, w.row(0).length);
            }
        }
        List<String> labels = RunCharts.memberLabels(method, members);
        StringBuilder b = new StringBuilder("step");
        for (String l : labels) {
            b.append(',').append(field(l));
        }
        b.append('\n');
        for (Snapshot s : rec.snapshots()) {
            Payload w = s.payload(TeamLearnerExperiment.META_WEIGHTS);
            if (w == null) {
                continue;
            }
            double[] r = w.row(0);
            b.append(s.step());
            for (int j = 0; j < members; j++) {
                b.append(',').append(j < r.length ? r[j] : 0.0);
            }
            b.append('\n');
        }
        return b.toString();
    }

    public static String policyCsv(GameSpec g, Payload p) {
        double[][] rows = p.toArray();
        StringBuilder b = new StringBuilder("agent");
        for (int a = 0; a < rows[0].length; a++) {
            b.append(',').append(field(g.teamGame().actionLabel(a)));
        }
        b.append('\n');
        for (int x = 0; x < rows.length; x++) {
            b.append(x + 1);
            for (double v : rows[x]) {
                b.append(',').append(v);
            }
            b.append('\n');
        }
        return b.toString();
    }

    public static String jointMatrixCsv(JointMatrix m) {
        StringBuilder b = new StringBuilder("A \\ B");
        for (int j = 0; j < m.columns(); j++) {
            b.append(',').append(field(m.columnLabel(j)));
        }
        b.append('\n');
        for (int i = 0; i < m.rows(); i++) {
            b.append(field(m.rowLabel(i)));
            for (int j = 0; j < m.columns(); j++) {
                b.append(',').append(m.value(i, j));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

}
