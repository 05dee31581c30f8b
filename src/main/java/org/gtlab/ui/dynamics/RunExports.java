package org.gtlab.ui.dynamics;

import org.gtlab.figure.PortraitBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.tex.PgfplotsWriter;
import org.gtlab.chart.model.XYChart;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.io.recipe.RecipeKind;
import org.gtlab.io.recipe.Recipes;
import org.gtlab.run.Json;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;

/**
 * Exports of the Dynamics view, each written atomically with its recipe beside it
 * ({@code NAME.EXT.recipe.json}, the one {@link Recipe} format) from which "re-run recipe" and
 * {@code gtlab export} make the same data again:
 * <ul>
 *   <li>a run's data as CSV ({@link RunRecord#toCsv()}) or JSON ({@code {"recipe": …, "snapshots":
 *       […]}}); recipe kind "run";</li>
 *   <li>a chart as PNG, SVG, PDF or TikZ through the one chart export path ({@link Exporter}) or as
 *       PGFPlots ({@link PgfplotsWriter}); recipe kind "run-chart" (the runs) or "portrait";</li>
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

    /**
     * The run recipes of a chart recipe (this version's or the previous {@code gtlab-runs-chart-recipe}), in order.
     *
     * @throws IllegalArgumentException if it is not a recipe with runs
     */
    public static List<RunSpec> runsOf(JsonNode chartRecipe) {
        Recipe r = Recipes.parse(chartRecipe, org.gtlab.ui.workspace.RunServices.catalog());
        if (r.kind() != RecipeKind.RUN_CHART && r.kind() != RecipeKind.RUN) {
            throw new IllegalArgumentException("not a chart-of-runs recipe (kind \"" + r.kind().id() + "\")");
        }
        java.util.ArrayList<RunSpec> out = new java.util.ArrayList<>();
        for (Recipe.RunEntry e : r.runs(org.gtlab.ui.workspace.RunServices.catalog())) {
            out.add(e.spec());
        }
        return out;
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
}
