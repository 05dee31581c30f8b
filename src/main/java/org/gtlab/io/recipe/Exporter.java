package org.gtlab.io.recipe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;


import org.gtlab.chart.model.Chart;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.chart.render.ChartRenderer;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.tex.TikzWriter;
import org.gtlab.io.GameFiles;

/**
 * The one chart export path: renders a chart in one of the {@link ExportFormat}s (PNG at a dpi, SVG,
 * PDF, TikZ/LaTeX) and writes it atomically with its {@link Recipe} beside it
 * ({@code NAME.EXT.recipe.json}, see {@link Recipes#pathFor}), from which {@code gtlab export} re-makes
 * the same figure. Payoff tables are drawn at their natural size; other charts at the requested size.
 */
public final class Exporter {

    public static final String VERSION = "0.1.0";

    /** What to export and how. */
    public record Request(Chart chart, ExportFormat format, ExportSize size, int dpi, boolean standalone,
            ChartStyle style) {
    }

    private Exporter() {
    }

    /** The bytes of the export. */
    public static byte[] render(Request r) {
        return render(r.chart(), r.format(), r.size().width(), r.size().height(), r.dpi(), r.standalone(), r.style());
    }

    /**
     * The bytes of a chart in a format: charts at {@code widthPt × heightPt} points, payoff tables at
     * their natural size; PNG at {@code dpi}; LaTeX as a standalone document or a picture to input.
     */
    public static byte[] render(Chart chart, ExportFormat format, double widthPt, double heightPt, int dpi,
            boolean standalone, ChartStyle style) {
        double w = widthPt;
        double h = heightPt;
        if (chart instanceof PayoffTable) {
            var s = ChartRenderer.naturalSize(chart, style, 0, 0);
            w = s.getWidth();
            h = s.getHeight();
        }
        return switch (format) {
            case PNG -> ChartExport.png(chart, style, w, h, dpi);
            case SVG -> ChartExport.svgBytes(chart, style, w, h);
            case PDF -> ChartExport.pdf(chart, style, w, h);
            case LATEX -> TikzWriter.write(chart, style, standalone).getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * The file an export goes to when the user chose {@code chosen} for a file of extension
     * {@code extension} ("png", "pgf.tex", …): the name exactly as given whenever it has an
     * extension of its own ("x.tex" stays "x.tex", not "x.tex.pgf.tex"; "figure.PNG" stays), and
     * {@code chosen + "." + extension} only when it has none ("x" becomes "x.png"). A leading dot
     * (".hidden") is not an extension.
     *
     * @throws IllegalArgumentException if {@code chosen} has no file name
     */
    public static Path target(Path chosen, String extension) {
        Path name = chosen.getFileName();
        if (name == null || name.toString().isEmpty()) {
            throw new IllegalArgumentException("export target has no file name: " + chosen);
        }
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        boolean hasExtension = dot > 0 && dot < n.length() - 1;
        if (hasExtension) {
            return chosen;
        }
        String ext = extension.startsWith(".") ? extension.substring(1) : extension;
        return chosen.resolveSibling(n.endsWith(".") ? n + ext : n + "." + ext);
    }

    /**
     * Writes the export and its recipe beside it.
     *
     * @param recipe what re-makes the chart (its output part is filled in from {@code r} and {@code target})
     * @return the recipe's path ({@code target} + {@code .recipe.json})
     */
    public static Path write(Request r, Path target, Recipe recipe) throws IOException {
        GameFiles.writeAtomically(target, render(r));
        return Recipes.writeBeside(recipe, Recipe.Output.of(r, target), target);
    }

    /**
     * Writes bytes made elsewhere (PGFPlots, CSV, JSON data) and their recipe beside them.
     *
     * @param fileFormat the recipe's output format ("pgfplots", "csv", "json", …)
     * @return the recipe's path
     */
    public static Path writeBytes(byte[] bytes, Path target, Recipe recipe, String fileFormat) throws IOException {
        GameFiles.writeAtomically(target, bytes);
        return Recipes.writeBeside(recipe, Recipe.Output.data(target, fileFormat), target);
    }
}
