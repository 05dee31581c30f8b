package org.gtlab.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.chart.render.ChartRenderer;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.tex.TikzWriter;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;
import org.gtlab.io.JsonGameFormat;

/**
 * Writes a chart to a file in one of the {@link ExportFormat}s (atomically) and a recipe beside it
 * ({@code name.recipe.json}: the game, the method, the view, the format and GT Lab's version), from
 * which the same figure can be made again.
 */
public final class Exporter {

    public static final String VERSION = "0.1.0";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What to export and how. */
    public record Request(Chart chart, ExportFormat format, ExportSize size, int dpi, boolean standalone,
            ChartStyle style) {
    }

    private Exporter() {
    }

    /** The bytes of the export. */
    public static byte[] render(Request r) {
        double w;
        double h;
        if (r.chart() instanceof PayoffTable) {
            var s = ChartRenderer.naturalSize(r.chart(), r.style(), 0, 0);
            w = s.getWidth();
            h = s.getHeight();
        } else {
            w = r.size().width();
            h = r.size().height();
        }
        return switch (r.format()) {
            case PNG -> ChartExport.png(r.chart(), r.style(), w, h, r.dpi());
            case SVG -> ChartExport.svgBytes(r.chart(), r.style(), w, h);
            case PDF -> ChartExport.pdf(r.chart(), r.style(), w, h);
            case LATEX -> TikzWriter.write(r.chart(), r.style(), r.standalone()).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Writes the export and its recipe; returns the recipe's path. */
    public static Path write(Request r, Path target, NormalFormGame game, String method, String view)
            throws IOException {
        GameFiles.writeAtomically(target, render(r));
        ObjectNode recipe = MAPPER.createObjectNode();
        recipe.put("format", "gtlab-export-recipe");
        recipe.put("version", 1);
        recipe.put("gtlab", VERSION);
        recipe.put("created", Instant.now().toString());
        recipe.put("view", view);
        recipe.put("method", method == null ? "" : method);
        recipe.put("output", target.getFileName().toString());
        recipe.put("fileFormat", r.format().name().toLowerCase(java.util.Locale.ROOT));
        if (r.format() == ExportFormat.PNG) {
            recipe.put("dpi", r.dpi());
        }
        if (!(r.chart() instanceof PayoffTable)) {
            recipe.put("widthPt", r.size().width());
            recipe.put("heightPt", r.size().height());
        }
        recipe.set("game", MAPPER.readTree(JsonGameFormat.toJson(game)));
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path recipePath = target.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".recipe.json");
        GameFiles.writeAtomically(recipePath, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(recipe));
        return recipePath;
    }
}
