package org.gtlab.chart.tex;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.StackedChart;

import java.awt.Color;
import java.util.List;

/**
 * LaTeX (TikZ) for the charts of the lab views: a {@link HeatMapChart} as filled rectangles with
 * labels and a colour bar, a {@link StackedChart} as filled areas inside the axes that
 * {@link TikzWriter#xy} draws for its frame. Colours are written inline ({@code rgb,255:…}), so the
 * output needs only tikz and xcolor.
 */
final class ChartLatexExtras {

    /** Side of the heat map's grid in centimetres (the larger dimension). */
    static final double HEAT_SIZE_CM = 7.0;

    private ChartLatexExtras() {
    }

    private static final String[] DASH = {"solid", "dashed", "dotted", "dash dot"};

    /**
     * The overlay layer (see {@link HeatMapChart.Overlay}): bands as one black fill at 18 % opacity, iso-lines as one {@code \\draw} path each (a dash pattern per line, over a white
     * halo), points as dots; each with its label node. Grid units map to (x·cell, h − y·cell).
     */
    private static void overlays(StringBuilder b, HeatMapChart c, double cell, double h, String fs) {
        int line = 0;
        for (HeatMapChart.Overlay o : c.overlays()) {
            b.append("% overlay: ").append(o.kind().name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(o.label().replace('\n', ' ')).append('\n');
            String style;
            if (o.kind() == HeatMapChart.Overlay.Kind.POINTS) {
                for (HeatMapChart.Overlay.Mark m : o.marks()) {
                    String at = "(" + Latex.num(m.x() * cell) + "," + Latex.num(h - m.y() * cell) + ")";
                    b.append("\\fill[black, draw=white, line width=0.6pt] ").append(at).append(" circle (2pt);\n");
                    b.append("\\node[right, font=").append(fs).append(", fill=white, fill opacity=0.8, text opacity=1,"
                            + " inner sep=1pt] at ").append(at).append(" {").append(Latex.escape(m.label())).append("};\n");
                }
                continue;
            }
            if (o.kind() == HeatMapChart.Overlay.Kind.BAND) {
                boolean[][] in = o.cells();
                StringBuilder cells = new StringBuilder();
                for (int i = 0; i < in.length; i++) {
                    for (int j = 0; j < in[i].length; j++) {
                        if (in[i][j]) {
                            cells.append(" (").append(Latex.num(j * cell)).append(',')
                                    .append(Latex.num(h - (i + 1) * cell)).append(") rectangle (")
                                    .append(Latex.num((j + 1) * cell)).append(',').append(Latex.num(h - i * cell))
                                    .append(')');
                        }
                    }
                }
                if (cells.length() > 0) {
                    // one path: filled once, no seams where cells meet
                    b.append("\\fill[black, opacity=0.18]").append(cells).append(";\n");
                }
                style = "black, dashed, line width=0.8pt";
            } else {
                style = "black, " + DASH[line % DASH.length] + ", line width=1.1pt";
                line++;
            }
            double[] seg = o.kind() == HeatMapChart.Overlay.Kind.BAND ? new double[0] : o.segments();
            StringBuilder path = new StringBuilder();
            for (int k = 0; k + 3 < seg.length; k += 4) {
                path.append(" (").append(Latex.num(seg[k] * cell)).append(',').append(Latex.num(h - seg[k + 1] * cell))
                        .append(") -- (").append(Latex.num(seg[k + 2] * cell)).append(',')
                        .append(Latex.num(h - seg[k + 3] * cell)).append(')');
            }
            if (seg.length > 0) {
                b.append("\\draw[white, opacity=0.7, line width=2.4pt]").append(path).append(";\n");
                b.append("\\draw[").append(style).append(']').append(path).append(";\n");
            }
            double[] at = o.labelAnchor();
            if (at != null && !o.label().isEmpty()) {
                b.append("\\node[left, font=").append(fs).append(", fill=white, fill opacity=0.8, text opacity=1,"
                        + " inner sep=1pt] at (").append(Latex.num(Math.min(at[0], c.columns()) * cell)).append(',')
                        .append(Latex.num(h - at[1] * cell)).append(") {").append(Latex.escape(o.label())).append("};\n");
            }
        }
    }

    /**
     * The ticks of a logarithmic colour bar: a tick and a {@code $10^{k}$} label at each decade in
     * [min, max] (every k-th label when decades are closer than 0.4 cm; the two ends when no decade
     * falls in the range), and a grey swatch "≤ 0 (no log)" below the bar when some value is ≤ 0.
     */
    private static void logBar(StringBuilder b, HeatMapChart c, double bx, double by, double bh) {
        b.append("% logarithmic colour bar: log10 of the value between ").append(HeatMapChart.format(c.min()))
                .append(" and ").append(HeatMapChart.format(c.max())).append('\n');
        double[] dec = HeatMapChart.decades(c.min(), c.max());
        boolean decadesFound = dec.length != 2 || dec[0] != c.min() || dec[1] != c.max();
        double gap = dec.length > 1 ? bh * (c.barPosition(dec[dec.length - 1]) - c.barPosition(dec[0])) / (dec.length - 1)
                : bh;
        int every = Math.max(1, (int) Math.ceil(0.4 / Math.max(1e-9, gap)));
        for (int k = 0; k < dec.length; k++) {
            double y = by + c.barPosition(dec[k]) * bh;
            b.append("\\draw[gray!60, line width=0.4pt] (").append(Latex.num(bx + 0.25)).append(',').append(Latex.num(y))
                    .append(") -- (").append(Latex.num(bx + 0.4)).append(',').append(Latex.num(y)).append(");\n");
            if (k % every == 0) {
                String t = decadesFound ? "10^{" + Math.round(Math.log10(dec[k])) + "}"
                        : HeatMapChart.format(dec[k]).replace("-", "{-}");
                b.append("\\node[right, font=\\footnotesize] at (").append(Latex.num(bx + 0.35)).append(',')
                        .append(Latex.num(y)).append(") {$").append(t).append("$};\n");
            }
        }
        if (c.hasNonPositive()) {
            b.append("\\fill[fill=gray!20, draw=gray!60, line width=0.4pt] (").append(Latex.num(bx)).append(',')
                    .append(Latex.num(by - 0.75)).append(") rectangle (").append(Latex.num(bx + 0.35)).append(',')
                    .append(Latex.num(by - 0.4)).append(");\n");
            b.append("\\node[right, font=\\footnotesize] at (").append(Latex.num(bx + 0.35)).append(',')
                    .append(Latex.num(by - 0.575)).append(") {$\\le 0$ (no log)};\n");
        }
    }

    static String heatMap(HeatMapChart c, boolean standalone) {
        StringBuilder b = new StringBuilder();
        if (standalone) {
            b.append("\\documentclass[border=6pt]{standalone}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n"
                    + "\\usepackage{xcolor}\n\\usepackage{tikz}\n\\begin{document}\n");
        } else {
            b.append("% GT Lab heat map; needs \\usepackage{tikz} and \\usepackage{xcolor}\n");
        }
        int rows = c.rows();
        int cols = c.columns();
        double cell = Math.min(1.2, HEAT_SIZE_CM / Math.max(rows, cols));
        double h = rows * cell;
        double w = cols * cell;
        String fs = cell >= 0.7 ? "\\footnotesize" : cell >= 0.4 ? "\\scriptsize" : "\\tiny";
        b.append("\\begin{tikzpicture}[font=\\small]\n");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = c.value(i, j);
                Color col = c.colour(v);
                double x0 = j * cell;
                double y0 = h - (i + 1) * cell;
                b.append("\\fill[fill=").append(col == null ? "gray!20" : rgb(col)).append("] (").append(Latex.num(x0))
                        .append(',').append(Latex.num(y0)).append(") rectangle (").append(Latex.num(x0 + cell))
                        .append(',').append(Latex.num(y0 + cell)).append(");\n");
                if (c.showValues() && cell >= 0.45 && col != null) {
                    Color t = HeatMapChart.textOn(col);
                    b.append("\\node[font=").append(fs).append(", text=").append(rgb(t)).append("] at (")
                            .append(Latex.num(x0 + cell / 2)).append(',').append(Latex.num(y0 + cell / 2)).append(") {$")
                            .append(HeatMapChart.format(v).replace("-", "{-}")).append("$};\n");
                }
            }
        }
        b.append("\\draw[gray!60, line width=0.4pt] (0,0) rectangle (").append(Latex.num(w)).append(',')
                .append(Latex.num(h)).append(");\n");
        overlays(b, c, cell, h, fs);
        int step = Math.max(1, (int) Math.ceil(0.35 / cell));
        for (int i = 0; i < rows; i += step) {
            b.append("\\node[left, font=").append(fs).append("] at (0,").append(Latex.num(h - (i + 0.5) * cell))
                    .append(") {").append(Latex.escape(c.rowLabels().get(i))).append("};\n");
        }
        for (int j = 0; j < cols; j += step) {
            b.append("\\node[rotate=90, anchor=west, font=").append(fs).append("] at (")
                    .append(Latex.num((j + 0.5) * cell)).append(',').append(Latex.num(h)).append(") {")
                    .append(Latex.escape(c.columnLabels().get(j))).append("};\n");
        }
        if (!c.rowTitle().isEmpty()) {
            b.append("\\node[rotate=90, above=2.6em, text=gray] at (0,").append(Latex.num(h / 2)).append(") {")
                    .append(Latex.escape(c.rowTitle())).append("};\n");
        }
        if (c.categorical()) {
            // legend of a categorical map: a swatch and the name of each category present
            double lx = w + 0.4;
            double ly = h - 0.35;
            for (int k : c.categoriesPresent()) {
                b.append("\\fill[fill=").append(rgb(c.colour(k))).append(", draw=gray!60, line width=0.4pt] (")
                        .append(Latex.num(lx)).append(',').append(Latex.num(ly)).append(") rectangle (")
                        .append(Latex.num(lx + 0.35)).append(',').append(Latex.num(ly + 0.35)).append(");\n");
                b.append("\\node[right, font=\\footnotesize] at (").append(Latex.num(lx + 0.4)).append(',')
                        .append(Latex.num(ly + 0.175)).append(") {").append(Latex.escape(c.categories().get(k)))
                        .append("};\n");
                ly -= 0.5;
            }
        }
        if (!c.categorical()) {
            // colour bar
            double bx = w + 0.4;
            double bh = Math.max(2, Math.min(h, 5));
            double by = (h - bh) / 2;
            int steps = 24;
            for (int k = 0; k < steps; k++) {
                double v = c.barValue((k + 0.5) / steps);
                b.append("\\fill[fill=").append(rgb(c.colour(v))).append("] (").append(Latex.num(bx)).append(',')
                        .append(Latex.num(by + k * bh / steps)).append(") rectangle (").append(Latex.num(bx + 0.35))
                        .append(',').append(Latex.num(by + (k + 1) * bh / steps + 0.005)).append(");\n");
            }
            b.append("\\draw[gray!60, line width=0.4pt] (").append(Latex.num(bx)).append(',').append(Latex.num(by))
                    .append(") rectangle (").append(Latex.num(bx + 0.35)).append(',').append(Latex.num(by + bh)).append(");\n");
            if (c.scale() == HeatMapChart.Scale.LOG) {
                logBar(b, c, bx, by, bh);
            } else {
                b.append("\\node[right, font=\\footnotesize] at (").append(Latex.num(bx + 0.35)).append(',')
                        .append(Latex.num(by + bh)).append(") {$").append(HeatMapChart.format(c.max()).replace("-", "{-}"))
                        .append("$};\n");
                b.append("\\node[right, font=\\footnotesize] at (").append(Latex.num(bx + 0.35)).append(',')
                        .append(Latex.num(by)).append(") {$").append(HeatMapChart.format(c.min()).replace("-", "{-}"))
                        .append("$};\n");
            }
            if (!c.valueLabel().isEmpty()) {
                b.append("\\node[rotate=90, below=1.6em, text=gray, font=\\footnotesize] at (").append(Latex.num(bx + 0.35))
                        .append(',').append(Latex.num(by + bh / 2)).append(") {").append(Latex.escape(c.valueLabel()))
                        .append("};\n");
            }
        }
        if (!c.title().isEmpty()) {
            b.append("\\node[font=\\bfseries] at (").append(Latex.num(w / 2)).append(',')
                    .append(Latex.num(h + 0.5 + labelHeight(c.columnLabels()))).append(") {")
                    .append(Latex.escape(c.title())).append("};\n");
        }
        if (!c.columnTitle().isEmpty()) {
            b.append("\\node[text=gray] at (").append(Latex.num(w / 2)).append(',')
                    .append(Latex.num(h + 0.1 + labelHeight(c.columnLabels()))).append(") {")
                    .append(Latex.escape(c.columnTitle())).append("};\n");
        }
        if (!c.caption().isEmpty()) {
            b.append("\\node[below=0.6em, text=gray, align=center, text width=").append(Latex.num(w + 2))
                    .append("cm] at (").append(Latex.num(w / 2)).append(",0) {").append(Latex.escape(c.caption()))
                    .append("};\n");
        }
        b.append("\\end{tikzpicture}\n");
        if (standalone) {
            b.append("\\end{document}\n");
        }
        return b.toString();
    }

    /** Rough height of upright column labels, in cm (0.18 cm per character, at most 2.5 cm). */
    private static double labelHeight(List<String> labels) {
        int m = 0;
        for (String s : labels) {
            m = Math.max(m, s.length());
        }
        return Math.min(2.5, 0.18 * m + 0.1);
    }

    static String stacked(StackedChart c, ChartStyle style, boolean standalone) {
        String frame = TikzWriter.xy(c.frame(), style, standalone);
        double w = TikzWriter.PLOT_WIDTH_CM;
        double h = TikzWriter.PLOT_HEIGHT_CM;
        StringBuilder fills = new StringBuilder();
        int n = c.size();
        double[] lower = new double[n];
        for (StackedChart.Layer l : c.layers()) {
            double[] upper = new double[n];
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < n; i++) {
                upper[i] = lower[i] + l.value(i);
                path.append(i == 0 ? "" : " -- ").append('(').append(Latex.num(c.x().fraction(c.x(i)) * w)).append(',')
                        .append(Latex.num(c.y().fraction(upper[i]) * h)).append(')');
            }
            for (int i = n - 1; i >= 0; i--) {
                path.append(" -- (").append(Latex.num(c.x().fraction(c.x(i)) * w)).append(',')
                        .append(Latex.num(c.y().fraction(lower[i]) * h)).append(')');
            }
            if (n > 0) {
                fills.append("\\fill[fill=").append(rgb(style.player(l.colour()))).append(", draw=white, line width=0.3pt] ")
                        .append(path).append(" -- cycle;\n");
            }
            lower = upper;
        }
        String marker = "\\begin{scope}\n\\clip";
        int at = frame.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("unexpected TikZ frame: no clipped scope");
        }
        int lineEnd = frame.indexOf('\n', at + marker.length());
        return frame.substring(0, lineEnd + 1) + fills + frame.substring(lineEnd + 1);
    }

    /**
     * A box plot: the frame (axes, labels at the medians) from {@link TikzWriter#xy}, with each box
     * (whisker with caps, the q1–q3 rectangle in a 30 % tint outlined in its colour, the median as a
     * thick line) inserted at the start of the clipped plot scope, so the labels stay on top.
     */
    static String boxPlot(org.gtlab.chart.model.BoxPlotChart c, ChartStyle style, boolean standalone) {
        String frame = TikzWriter.xy(c.frame(), style, standalone);
        double w = TikzWriter.PLOT_WIDTH_CM;
        double h = TikzWriter.PLOT_HEIGHT_CM;
        org.gtlab.chart.model.XYChart.Axis xa = c.x();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < c.boxes().size(); i++) {
            org.gtlab.chart.model.BoxPlotChart.Box box = c.boxes().get(i);
            String col = rgb(style.player(box.colour()));
            double xc = xa.fraction(i + 1) * w;
            double half = (xa.fraction(i + 1 + org.gtlab.chart.model.BoxPlotChart.HALF_WIDTH) - xa.fraction(i + 1)) * w;
            String x0 = Latex.num(xc - half);
            String x1 = Latex.num(xc + half);
            String c0 = Latex.num(xc - half / 2);
            String c1 = Latex.num(xc + half / 2);
            String xs = Latex.num(xc);
            String ymin = Latex.num(c.y().fraction(box.min()) * h);
            String ymax = Latex.num(c.y().fraction(box.max()) * h);
            String q1 = Latex.num(c.y().fraction(box.q1()) * h);
            String q3 = Latex.num(c.y().fraction(box.q3()) * h);
            String med = Latex.num(c.y().fraction(box.median()) * h);
            b.append("\\draw[draw=").append(col).append(", line width=0.5pt] (").append(xs).append(',').append(ymin)
                    .append(") -- (").append(xs).append(',').append(ymax).append(") (").append(c0).append(',')
                    .append(ymin).append(") -- (").append(c1).append(',').append(ymin).append(") (").append(c0)
                    .append(',').append(ymax).append(") -- (").append(c1).append(',').append(ymax).append(");\n");
            b.append("\\filldraw[fill=").append(col).append(", fill opacity=0.3, draw=").append(col)
                    .append(", line width=0.5pt] (").append(x0).append(',').append(q1).append(") rectangle (")
                    .append(x1).append(',').append(q3).append(");\n");
            b.append("\\draw[line width=1pt] (").append(x0).append(',').append(med).append(") -- (").append(x1)
                    .append(',').append(med).append(");\n");
        }
        String marker = "\\begin{scope}\n\\clip";
        int at = frame.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("unexpected TikZ frame: no clipped scope");
        }
        int lineEnd = frame.indexOf('\n', at + marker.length());
        return frame.substring(0, lineEnd + 1) + b + frame.substring(lineEnd + 1);
    }

    /** {@code rgb,255:red,R;green,G;blue,B} for a TikZ colour option. */
    static String rgb(Color c) {
        return "{rgb,255:red," + c.getRed() + ";green," + c.getGreen() + ";blue," + c.getBlue() + "}";
    }
}
