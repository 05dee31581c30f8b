package org.gtlab.chart.tex;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;

import java.util.Locale;

/**
 * Writes an {@link XYChart} as a PGFPlots {@code axis} (the data stay numbers in the file, so the
 * reader can restyle the plot in LaTeX): log axes become {@code xmode=log}/{@code ymode=log},
 * series {@code \addplot} with coordinates, named series a legend entry, markers
 * {@code only marks} plots, their labels anchored on the side the screen layout chooses
 * ({@link TikzWriter#labelAnchors}). Colours are the chart style's series colours, defined by name
 * ({@code gtp1}, {@code gtp2}, …). Non-finite points (and non-positive ones on a log axis) break
 * the line ({@code unbounded coords=jump}).
 */
public final class PgfplotsWriter {

    /** At most this many points per series are written (evenly thinned, first and last kept). */
    public static final int MAX_POINTS = 1000;

    private PgfplotsWriter() {
    }

    /** The LaTeX text ({@code standalone}: a complete document; otherwise a snippet). */
    public static String write(XYChart c, ChartStyle style, boolean standalone) {
        StringBuilder b = new StringBuilder();
        if (standalone) {
            b.append("\\documentclass[border=6pt]{standalone}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n"
                    + "\\usepackage{xcolor}\n\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.16}\n\\begin{document}\n");
        } else {
            b.append("% GT Lab chart; needs \\usepackage{pgfplots} (compat ≥ 1.16) and \\usepackage{xcolor}\n");
        }
        int colours = 2;
        for (XYChart.Series s : c.series()) {
            colours = Math.max(colours, s.colour() + 1);
        }
        for (XYChart.Marker m : c.markers()) {
            colours = Math.max(colours, m.colour() + 1);
        }
        for (int p = 0; p < colours; p++) {
            b.append(Latex.define("gtp" + (p + 1), style.player(p))).append('\n');
        }
        b.append(Latex.define("gtfg", style.foreground())).append('\n');
        b.append("\\begin{tikzpicture}\n\\begin{axis}[\n  width=").append(Latex.num(TikzWriter.PLOT_WIDTH_CM + 1.5))
                .append("cm, height=").append(Latex.num((c.square() ? TikzWriter.PLOT_WIDTH_CM
                        : TikzWriter.PLOT_HEIGHT_CM) + 1.5)).append("cm,\n");
        if (!c.title().isEmpty()) {
            b.append("  title={").append(Latex.escape(c.title())).append("},\n");
        }
        b.append("  xlabel={").append(Latex.escape(c.x().label())).append("},\n");
        b.append("  ylabel={").append(Latex.escape(c.y().label())).append("},\n");
        b.append("  xmin=").append(number(c.x().min())).append(", xmax=").append(number(c.x().max())).append(",\n");
        b.append("  ymin=").append(number(c.y().min())).append(", ymax=").append(number(c.y().max())).append(",\n");
        if (c.x().log()) {
            b.append("  xmode=log,\n");
        }
        if (c.y().log()) {
            b.append("  ymode=log,\n");
        }
        b.append("  grid=major, unbounded coords=jump, legend pos=outer north east, legend cell align=left,\n"
                + "  tick label style={font=\\small}, label style={font=\\small}, legend style={font=\\small},\n]\n");
        for (XYChart.Series s : c.series()) {
            String col = s.colour() < 0 ? "gtfg" : "gtp" + (s.colour() + 1);
            String dash = switch (s.dash()) {
                case SOLID -> "";
                case DASHED -> ", dashed";
                case DOTTED -> ", dotted";
            };
            b.append("\\addplot[").append(col).append(", line width=").append(Latex.num(s.width() * 0.75))
                    .append("pt").append(dash).append(", mark=none");
            if (s.name().isEmpty()) {
                b.append(", forget plot");
            }
            b.append("] coordinates {\n");
            int n = s.size();
            int kept = Math.min(n, MAX_POINTS);
            int line = 0;
            for (int k = 0; k < kept; k++) {
                int i = kept == n ? k : (int) Math.round((double) k * (n - 1) / (kept - 1));
                double x = s.x(i);
                double y = s.y(i);
                boolean ok = Double.isFinite(x) && Double.isFinite(y) && !(c.x().log() && x <= 0)
                        && !(c.y().log() && y <= 0);
                b.append(ok ? "(" + number(x) + "," + number(y) + ")" : "(" + number(x) + ",inf)");
                b.append(++line % 6 == 0 ? "\n" : " ");
            }
            b.append("\n};\n");
            if (!s.name().isEmpty()) {
                b.append("\\addlegendentry{").append(Latex.escape(s.name())).append("}\n");
            }
        }
        // marker labels: on the side the screen layout picks for a plot of the TikZ size
        java.util.Map<Integer, String> anchors = TikzWriter.labelAnchors(c);
        for (int k = 0; k < c.markers().size(); k++) {
            XYChart.Marker m = c.markers().get(k);
            String col = m.colour() < 0 ? "gtfg" : "gtp" + (m.colour() + 1);
            String mark = switch (m.shape()) {
                case DOT -> "*";
                case CIRCLE -> "o";
                case DIAMOND -> "diamond*";
                case SQUARE -> "square*";
            };
            b.append("\\addplot[only marks, mark=").append(mark).append(", ").append(col)
                    .append(", forget plot] coordinates {(").append(number(m.x())).append(',').append(number(m.y()))
                    .append(")};\n");
            if (!m.label().isEmpty()) {
                b.append("\\node[anchor=").append(anchors.getOrDefault(k, "south west"))
                        .append(", fill=white, inner sep=1pt, font=\\small] at (axis cs:").append(number(m.x())).append(',')
                        .append(number(m.y())).append(") {").append(Latex.escape(m.label())).append("};\n");
            }
        }
        b.append("\\end{axis}\n");
        if (!c.caption().isEmpty()) {
            b.append("\\node[below=2.2em, text width=").append(Latex.num(TikzWriter.PLOT_WIDTH_CM + 1))
                    .append("cm, align=center, font=\\small] at (current axis.below south) {")
                    .append(Latex.escape(c.caption())).append("};\n");
        }
        b.append("\\end{tikzpicture}\n");
        if (standalone) {
            b.append("\\end{document}\n");
        }
        return b.toString();
    }

    /** A number as PGFPlots reads it: shortest round-trip decimal, exponent as "e". */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }
}
