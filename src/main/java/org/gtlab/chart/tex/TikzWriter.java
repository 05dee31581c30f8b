package org.gtlab.chart.tex;

import org.gtlab.chart.layout.Metrics;
import org.gtlab.chart.layout.Ticks;
import org.gtlab.chart.layout.XYLayout;
import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.chart.render.XYRenderer;

import java.util.List;

/**
 * Writes chart models as LaTeX for teaching material: an {@link XYChart} as a TikZ picture and a
 * {@link PayoffTable} as a plain {@code tabular} (coloured per player, best replies underlined,
 * highlighted rows/columns shaded). Colours are defined by name ({@code gtp1}, {@code gtp2}, …:
 * the Okabe–Ito palette). With {@code standalone} the output is a complete
 * {@code \documentclass{standalone}} document that pdflatex compiles; otherwise a snippet whose
 * first comment lists the packages it needs.
 */
public final class TikzWriter {

    /** Width and height of the TikZ plot area, in centimetres. */
    public static final double PLOT_WIDTH_CM = 7.0;
    public static final double PLOT_HEIGHT_CM = 5.0;

    private TikzWriter() {
    }

    /** LaTeX for any chart: TikZ for XY charts and phase portraits, a tabular for payoff tables. */
    public static String write(Chart chart, ChartStyle style, boolean standalone) {
        if (chart instanceof PayoffTable) {
            return table((PayoffTable) chart, style, standalone);
        }
        if (chart instanceof XYChart) {
            return xy((XYChart) chart, style, standalone);
        }
        if (chart instanceof HeatMapChart) {
            return ChartLatexExtras.heatMap((HeatMapChart) chart, standalone);
        }
        if (chart instanceof StackedChart) {
            return ChartLatexExtras.stacked((StackedChart) chart, style, standalone);
        }
        if (chart instanceof PortraitChart) {
            return PortraitTikz.write((PortraitChart) chart, style, standalone);
        }
        if (chart instanceof org.gtlab.chart.model.BoxPlotChart) {
            return ChartLatexExtras.boxPlot((org.gtlab.chart.model.BoxPlotChart) chart, style, standalone);
        }
        throw new IllegalArgumentException("no LaTeX writer for " + chart.getClass().getSimpleName());
    }

    private static String preamble(boolean tikz) {
        return "\\documentclass[border=6pt]{standalone}\n"
                + "\\usepackage[T1]{fontenc}\n"
                + "\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage[table]{xcolor}\n"
                + (tikz ? "\\usepackage{tikz}\n" : "")
                + "\\begin{document}\n";
    }

    private static String colours(ChartStyle style, int n, StringBuilder b) {
        for (int p = 0; p < n; p++) {
            b.append(Latex.define("gtp" + (p + 1), style.player(p))).append('\n');
        }
        b.append(Latex.define("gtfg", style.foreground())).append('\n');
        b.append(Latex.define("gtmuted", style.muted())).append('\n');
        b.append(Latex.define("gtgrid", style.grid())).append('\n');
        b.append(Latex.define("gthl", style.highlight())).append('\n');
        b.append(Latex.define("gtgrey", style.greyedFill())).append('\n');
        b.append(Latex.define("gtbg", style.background())).append('\n');
        return "";
    }

    /**
     * A payoff table as a {@code tabular}, styled like the drawn table ({@code TableRenderer}):
     * every cell ruled, headers on the header fill, the column player's name left-aligned over the
     * columns, the row player's name in the corner, bold left-aligned row labels and bold centred
     * column labels. A caption goes under the table (the table and the caption are stacked in a
     * one-column outer {@code tabular}, which works in a standalone document and in running text).
     */
    public static String table(PayoffTable t, ChartStyle style, boolean standalone) {
        StringBuilder b = new StringBuilder();
        if (standalone) {
            b.append(preamble(false));
        } else {
            b.append("% GT Lab payoff table; needs \\usepackage[table]{xcolor}\n");
        }
        colours(style, Math.max(2, t.players()), b);
        b.append(Latex.define("gthead", style.headerFill())).append('\n');
        boolean stacked = !t.title().isEmpty() || !t.caption().isEmpty();
        if (stacked) {
            b.append("\\begin{tabular}{@{}l@{}}\n");
            if (!t.title().isEmpty()) {
                b.append("\\textbf{").append(Latex.escape(t.title())).append("}\\\\[2pt]\n");
            }
        }
        int n = t.columns();
        b.append("\\begin{tabular}{|l|").append("c|".repeat(n)).append("}\n\\hline\n");
        b.append("\\cellcolor{gthead} & \\multicolumn{").append(n).append("}{l|}{\\cellcolor{gthead}")
                .append("\\textcolor{gtp").append(t.colourOf(1) + 1).append("}{\\textbf{")
                .append(Latex.escape(t.columnPlayer())).append("}}}\\\\\n\\cline{1-1}\n");
        b.append("\\cellcolor{gthead}\\textcolor{gtp").append(t.colourOf(0) + 1).append("}{\\textbf{")
                .append(Latex.escape(t.rowPlayer())).append("}}");
        for (int j = 0; j < n; j++) {
            b.append(" & ").append(lineCell(t.columnState(j), true, "\\textbf{" + Latex.escape(t.columnLabel(j)) + "}"));
        }
        b.append("\\\\\n\\hline\n");
        for (int i = 0; i < t.rows(); i++) {
            PayoffTable.LineState rs = t.rowState(i);
            b.append(lineCell(rs, true, "\\textbf{" + Latex.escape(t.rowLabel(i)) + "}"));
            for (int j = 0; j < n; j++) {
                PayoffTable.Cell c = t.cell(i, j);
                boolean grey = rs == PayoffTable.LineState.GREYED
                        || t.columnState(j) == PayoffTable.LineState.GREYED;
                boolean hl = c.tinted() || rs == PayoffTable.LineState.HIGHLIGHTED
                        || t.columnState(j) == PayoffTable.LineState.HIGHLIGHTED;
                b.append(" & ");
                if (grey) {
                    b.append("\\cellcolor{gtgrey}");
                } else if (hl) {
                    b.append("\\cellcolor{gthl}");
                }
                for (int p = 0; p < c.texts().size(); p++) {
                    if (p > 0) {
                        b.append(grey ? "\\textcolor{gtmuted}{,} " : ", ");
                    }
                    String txt = "$" + mathNumber(c.texts().get(p)) + "$";
                    if (c.mark(p) && !grey) {
                        txt = "\\underline{" + txt + "}";
                    }
                    String col = grey ? "gtmuted" : "gtp" + (t.colourOf(p) + 1);
                    b.append("\\textcolor{").append(col).append("}{").append(txt).append('}');
                }
            }
            b.append("\\\\\n\\hline\n");
        }
        b.append("\\end{tabular}");
        if (stacked) {
            if (!t.caption().isEmpty()) {
                b.append("\\\\[4pt]\n{\\small\\textcolor{gtmuted}{").append(Latex.escape(t.caption())).append("}}");
            }
            b.append("\n\\end{tabular}");
        }
        b.append('\n');
        if (standalone) {
            b.append("\\end{document}\n");
        }
        return b.toString();
    }

    /** A row or column label cell: tinted by its state, else on the header fill (as drawn). */
    private static String lineCell(PayoffTable.LineState s, boolean header, String content) {
        return switch (s) {
            case NORMAL -> (header ? "\\cellcolor{gthead}" : "") + content;
            case HIGHLIGHTED -> "\\cellcolor{gthl}" + content;
            case GREYED -> "\\cellcolor{gtgrey}\\textcolor{gtmuted}{" + content + "}";
        };
    }

    /** A payoff text in math mode: "-3/4" becomes "-\frac{3}{4}"-like "-3/4" kept inline; decimals as is. */
    static String mathNumber(String s) {
        String t = s.strip();
        if (t.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?(/[0-9]+)?")) {
            return t.replace("-", "{-}");
        }
        return "\\mbox{" + Latex.escape(t) + "}";
    }

    /** An XY chart as a TikZ picture ({@value #PLOT_WIDTH_CM} cm × {@value #PLOT_HEIGHT_CM} cm plot). */
    public static String xy(XYChart c, ChartStyle style, boolean standalone) {
        StringBuilder b = new StringBuilder();
        if (standalone) {
            b.append(preamble(true));
        } else {
            b.append("% GT Lab chart; needs \\usepackage{tikz} and \\usepackage{xcolor}\n");
        }
        int colours = 2;
        for (XYChart.Series s : c.series()) {
            colours = Math.max(colours, s.colour() + 1);
        }
        for (XYChart.Marker m : c.markers()) {
            colours = Math.max(colours, m.colour() + 1);
        }
        colours(style, colours, b);
        double w = PLOT_WIDTH_CM;
        double h = c.square() ? PLOT_WIDTH_CM : PLOT_HEIGHT_CM;
        b.append("\\begin{tikzpicture}[font=\\small]\n");
        // the same layout rules as on screen, measured with a stand-in for the \\small font
        TexMetrics tm = TexMetrics.get();
        double wPt = w * PT_PER_CM;
        double hPt = h * PT_PER_CM;
        List<Double> xt = Ticks.fit(c.x(), wPt, tm.fm::stringWidth, tm.em, XYLayout.xSpacing(tm.em, wPt));
        List<Double> yt = Ticks.fit(c.y(), hPt, t -> tm.lineH, 0.25 * tm.em, XYLayout.ySpacing(tm.em, hPt));
        double yTickW = 0;
        for (double v : yt) {
            yTickW = Math.max(yTickW, tm.fm.stringWidth(Ticks.label(v, c.y())));
        }
        for (double v : xt) {
            String x = Latex.num(c.x().fraction(v) * w);
            b.append("\\draw[gtgrid, line width=0.3pt] (").append(x).append(",0) -- (").append(x).append(',')
                    .append(Latex.num(h)).append(");\n");
            b.append("\\node[below, text=gtfg] at (").append(x).append(",0) {").append(tickLabel(v, c.x()))
                    .append("};\n");
        }
        for (double v : yt) {
            String y = Latex.num(c.y().fraction(v) * h);
            b.append("\\draw[gtgrid, line width=0.3pt] (0,").append(y).append(") -- (").append(Latex.num(w))
                    .append(',').append(y).append(");\n");
            b.append("\\node[left, text=gtfg] at (0,").append(y).append(") {").append(tickLabel(v, c.y()))
                    .append("};\n");
        }
        b.append("\\draw[gtfg, line width=0.6pt] (0,0) rectangle (").append(Latex.num(w)).append(',')
                .append(Latex.num(h)).append(");\n");
        if (!c.x().label().isEmpty()) {
            // a label longer than the plot wraps (centred) within the plot width plus the margins
            String wrap = tm.fm.stringWidth(c.x().label()) > wPt + 2 * PT_PER_CM
                    ? ", text width=" + Latex.num(w + 2) + "cm, align=center" : "";
            b.append("\\node[below=1.6em, text=gtfg").append(wrap).append("] at (").append(Latex.num(w / 2))
                    .append(",0) {").append(Latex.escape(c.x().label())).append("};\n");
        }
        if (!c.y().label().isEmpty()) {
            // left of the widest tick label; a label longer than the plot height wraps within it
            String wrap = tm.fm.stringWidth(c.y().label()) > hPt ? ", text width=" + Latex.num(h) + "cm, align=center"
                    : "";
            b.append("\\node[rotate=90, anchor=south, text=gtfg").append(wrap).append("] at (")
                    .append(Latex.num(-(yTickW + 0.6 * tm.em) / PT_PER_CM)).append(',').append(Latex.num(h / 2))
                    .append(") {").append(Latex.escape(c.y().label())).append("};\n");
        }
        if (!c.title().isEmpty()) {
            b.append("\\node[above=2pt, font=\\bfseries, text=gtfg] at (").append(Latex.num(w / 2)).append(',')
                    .append(Latex.num(h)).append(") {").append(Latex.escape(c.title())).append("};\n");
        }
        // series
        b.append("\\begin{scope}\n\\clip (-0.1,-0.1) rectangle (").append(Latex.num(w + 0.1)).append(',')
                .append(Latex.num(h + 0.1)).append(");\n");
        for (XYChart.Series s : c.series()) {
            String opts = colourName(s.colour()) + ", line width=" + Latex.num(s.width() * 0.75) + "pt"
                    + switch (s.dash()) {
                        case SOLID -> "";
                        case DASHED -> ", dashed";
                        case DOTTED -> ", dotted";
                    } + ", line join=round, line cap=round";
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < s.size(); i++) {
                double xv = s.x(i);
                double yv = s.y(i);
                boolean ok = Double.isFinite(xv) && Double.isFinite(yv) && !(c.x().log() && xv <= 0)
                        && !(c.y().log() && yv <= 0);
                if (!ok) {
                    flush(b, opts, path);
                    continue;
                }
                path.append(path.length() == 0 ? "" : " -- ").append('(').append(Latex.num(c.x().fraction(xv) * w))
                        .append(',').append(Latex.num(c.y().fraction(yv) * h)).append(')');
            }
            flush(b, opts, path);
        }
        for (XYChart.Marker m : c.markers()) {
            String at = "(" + Latex.num(c.x().fraction(m.x()) * w) + "," + Latex.num(c.y().fraction(m.y()) * h) + ")";
            String col = colourName(m.colour());
            switch (m.shape()) {
                case DOT -> b.append("\\fill[").append(col).append(", draw=white, line width=0.6pt] ").append(at)
                        .append(" circle (2.6pt);\n");
                case CIRCLE -> b.append("\\draw[").append(col).append(", fill=white, line width=0.9pt] ").append(at)
                        .append(" circle (2.6pt);\n");
                case SQUARE -> b.append("\\fill[").append(col).append("] ").append(at)
                        .append(" ++(-2.4pt,-2.4pt) rectangle ++(4.8pt,4.8pt);\n");
                case DIAMOND -> b.append("\\filldraw[").append(col).append(", draw=white, line width=0.5pt] ")
                        .append(at).append(" ++(0,3.4pt) -- ++(3.4pt,-3.4pt) -- ++(-3.4pt,-3.4pt) -- ++(-3.4pt,3.4pt)")
                        .append(" -- cycle;\n");
                default -> throw new IllegalStateException("unknown marker " + m.shape());
            }
        }
        b.append("\\end{scope}\n");
        // marker labels outside the clip, where the screen layout would put them in a plot of this size
        java.awt.geom.Rectangle2D plot = new java.awt.geom.Rectangle2D.Double(0, 0, wPt, hPt);
        for (XYLayout.MarkerLabel ml : XYLayout.placeLabels(c, plot, tm.fm, tm.em, tm.lineH, tm.ascent,
                XYRenderer.MARKER_RADIUS, 0.75)) {
            double cx = ml.box().getCenterX() / PT_PER_CM;
            double cy = (hPt - ml.box().getCenterY()) / PT_PER_CM;
            b.append("\\node[fill=gtbg, inner sep=1pt, text=gtfg] at (").append(Latex.num(cx)).append(',')
                    .append(Latex.num(cy)).append(") {").append(Latex.escape(c.markers().get(ml.marker()).label()))
                    .append("};\n");
        }
        // legend
        if (c.legend()) {
            double y = h - 0.35;
            for (XYChart.Series s : c.series()) {
                if (s.name().isEmpty()) {
                    continue;
                }
                String yy = Latex.num(y);
                b.append("\\draw[").append(colourName(s.colour())).append(", line width=")
                        .append(Latex.num(s.width() * 0.75)).append("pt] (").append(Latex.num(w + 0.3)).append(',')
                        .append(yy).append(") -- (").append(Latex.num(w + 0.9)).append(',').append(yy).append(");\n");
                b.append("\\node[right, text=gtfg] at (").append(Latex.num(w + 0.9)).append(',').append(yy)
                        .append(") {").append(Latex.escape(s.name())).append("};\n");
                y -= 0.5;
            }
        }
        if (!c.caption().isEmpty()) {
            b.append("\\node[below=3.4em, text=gtmuted, align=center, text width=").append(Latex.num(w + 1))
                    .append("cm] at (").append(Latex.num(w / 2)).append(",0) {").append(Latex.escape(c.caption()))
                    .append("};\n");
        }
        b.append("\\end{tikzpicture}\n");
        if (standalone) {
            b.append("\\end{document}\n");
        }
        return b.toString();
    }

    /**
     * For every labelled marker of {@code c} (by index), the TikZ anchor of its label: the side of
     * the marker where {@link XYLayout#placeLabels} puts it in a plot of the TikZ size (for
     * example "south west" when the label goes above and to the right).
     */
    static java.util.Map<Integer, String> labelAnchors(XYChart c) {
        TexMetrics tm = TexMetrics.get();
        double wPt = PLOT_WIDTH_CM * PT_PER_CM;
        double hPt = (c.square() ? PLOT_WIDTH_CM : PLOT_HEIGHT_CM) * PT_PER_CM;
        java.awt.geom.Rectangle2D plot = new java.awt.geom.Rectangle2D.Double(0, 0, wPt, hPt);
        java.util.Map<Integer, String> out = new java.util.HashMap<>();
        for (XYLayout.MarkerLabel ml : XYLayout.placeLabels(c, plot, tm.fm, tm.em, tm.lineH, tm.ascent,
                XYRenderer.MARKER_RADIUS, 0.75)) {
            XYChart.Marker m = c.markers().get(ml.marker());
            double dx = ml.box().getCenterX() - XYRenderer.px(c, plot, m.x());
            double dy = ml.box().getCenterY() - XYRenderer.py(c, plot, m.y());
            String h = dx > ml.box().getWidth() / 4 ? "west" : dx < -ml.box().getWidth() / 4 ? "east" : "";
            String v = dy < -ml.box().getHeight() / 4 ? "south" : dy > ml.box().getHeight() / 4 ? "north" : "";
            String a = (v + " " + h).trim();
            out.put(ml.marker(), a.isEmpty() ? "center" : a);
        }
        return out;
    }

    /** Points per centimetre (TeX points: 72.27 per inch). */
    public static final double PT_PER_CM = 72.27 / 2.54;

    /**
     * A stand-in for LaTeX's {@code \\small} (9 pt) when laying out a TikZ picture: a 9-point sans
     * serif measured by Java2D, a little wider than Computer Modern, so that what fits here fits in
     * the compiled picture.
     */
    private static final class TexMetrics {
        final Metrics fm;
        final double em = 9;
        final double ascent;
        final double lineH;

        private TexMetrics() {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1, 1,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
                    java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            fm = Metrics.of(g, new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 9));
            ascent = fm.getAscent();
            lineH = fm.getAscent() + fm.getDescent();
        }

        /** A fresh instance (Metrics is not thread-safe, and exports run on background threads). */
        static TexMetrics get() {
            return new TexMetrics();
        }
    }

    private static void flush(StringBuilder b, String opts, StringBuilder path) {
        if (path.length() > 0) {
            b.append("\\draw[").append(opts).append("] ").append(path).append(";\n");
            path.setLength(0);
        }
    }

    private static String colourName(int index) {
        return index < 0 ? "gtfg" : "gtp" + (index + 1);
    }

    private static String tickLabel(double v, XYChart.Axis a) {
        if (a.log()) {
            return "$10^{" + Math.round(Math.log10(v)) + "}$";
        }
        return "$" + Ticks.label(v, a).replace("-", "{-}") + "$";
    }
}
