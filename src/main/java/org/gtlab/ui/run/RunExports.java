package org.gtlab.ui.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.chart.Chart;
import org.gtlab.chart.ChartStyle;
import org.gtlab.chart.PgfplotsWriter;
import org.gtlab.chart.XYChart;
import org.gtlab.io.GameFiles;
import org.gtlab.run.Json;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.ui.export.ExportFormat;
import org.gtlab.ui.export.ExportSize;
import org.gtlab.ui.export.Exporter;

/**
 * Exports of the Dynamics view, each written atomically with a recipe beside it
 * ({@code name.recipe.json}) from which "re-run recipe" makes the same data again:
 * <ul>
 *   <li>a run's data as CSV ({@link RunRecord#toCsv()}) or JSON ({@code {"recipe": …, "snapshots":
 *       […]}}); the recipe is the run's {@link RunSpec};</li>
 *   <li>a chart as PNG, SVG, PDF or TikZ through the one chart export path ({@link Exporter#render})
 *       or as PGFPlots ({@link PgfplotsWriter}); the recipe lists the runs ({@code
 *       gtlab-runs-chart-recipe}) or the portrait ({@link PortraitSpec});</li>
 *   <li>a portrait's data as JSON ({@link PortraitBuilder#data}) with its {@link PortraitSpec}.</li>
 * </ul>
 */
public final class RunExports {

    /** Recipe format of a chart of runs. */
    public static final String RUNS_CHART_FORMAT = "gtlab-runs-chart-recipe";

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

    /** {@code dir/name.ext} → {@code dir/name.recipe.json}. */
    public static Path recipePath(Path target) {
        String name = target.getFileName().toString();
        if (name.endsWith(".pgf.tex")) {
            name = name.substring(0, name.length() - ".pgf.tex".length());
        } else {
            int dot = name.lastIndexOf('.');
            name = dot > 0 ? name.substring(0, dot) : name;
        }
        return target.resolveSibling(name + ".recipe.json");
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

    /**
     * Writes a run's data and its recipe.
     *
     * @return the recipe's path
     */
    public static Path writeRunData(RunSpec spec, RunRecord record, DataFormat format, Path target) throws IOException {
        GameFiles.writeAtomically(target, runData(spec, record, format));
        Path r = recipePath(target);
        GameFiles.writeAtomically(r, spec.toJsonString());
        return r;
    }

    /** The recipe of a chart of runs: the metric, the scale and every run's recipe. */
    public static ObjectNode runsChartRecipe(String chart, String metric, boolean log, List<RunSpec> runs) {
        ObjectNode o = Json.object();
        o.put("format", RUNS_CHART_FORMAT);
        o.put("version", 1);
        o.put("gtlab", RunSpec.GTLAB_VERSION);
        o.put("created", Instant.now().toString());
        o.put("chart", chart);
        o.put("metric", metric);
        o.put("log", log);
        ArrayNode a = o.putArray("runs");
        for (RunSpec s : runs) {
            a.add(s.toJson());
        }
        return o;
    }

    /** The run recipes of a chart recipe, in order. */
    public static List<RunSpec> runsOf(JsonNode chartRecipe) {
        if (!RUNS_CHART_FORMAT.equals(chartRecipe.path("format").asText())) {
            throw new IllegalArgumentException("not a chart-of-runs recipe");
        }
        java.util.ArrayList<RunSpec> out = new java.util.ArrayList<>();
        for (JsonNode n : Json.field(chartRecipe, "runs")) {
            out.add(RunSpec.fromJson(n, null, RunServices.catalog()));
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
     * Writes chart bytes and a recipe.
     *
     * @return the recipe's path
     */
    public static Path writeChart(byte[] bytes, ObjectNode recipe, String fileFormat, Path target) throws IOException {
        GameFiles.writeAtomically(target, bytes);
        ObjectNode r = recipe.deepCopy();
        r.put("output", target.getFileName().toString());
        r.put("fileFormat", fileFormat.toLowerCase(Locale.ROOT));
        Path p = recipePath(target);
        GameFiles.writeAtomically(p, Json.write(r));
        return p;
    }

    /**
     * Writes a portrait's data (JSON) and its recipe.
     *
     * @return the recipe's path
     */
    public static Path writePortraitData(PortraitBuilder.Result r, Path target) throws IOException {
        GameFiles.writeAtomically(target, Json.write(PortraitBuilder.data(r)));
        Path p = recipePath(target);
        GameFiles.writeAtomically(p, Json.write(r.spec().toJson()));
        return p;
    }
}
