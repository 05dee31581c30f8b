package org.gtlab.chart.tex;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.ColorMaps;
import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.PortraitGeometry;
import org.gtlab.chart.render.PortraitRenderer;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link PortraitChart} as a TikZ picture: the same layers as {@link PortraitRenderer}
 * (basins, state space, field arrows coloured by speed in {@value #SPEED_BINS} named viridis bins,
 * trajectories, equilibria, rest points, legend, caption). Uses only TikZ and xcolor; colours are
 * defined by name. The triangle and the square are {@value #SIDE_CM} cm wide.
 */
public final class PortraitTikz {

    /** Side of the triangle / square, length of the line, in centimetres. */
    public static final double SIDE_CM = 7.0;
    /** Number of speed colours. */
    public static final int SPEED_BINS = 12;
    /** At most this many points per trajectory are written. */
    static final int MAX_CURVE_POINTS = 400;

    private PortraitTikz() {
    }

    /** The LaTeX text ({@code standalone}: a complete document; otherwise a snippet). */
    public static String write(PortraitChart c, ChartStyle style, boolean standalone) {
        StringBuilder b = new StringBuilder();
        if (standalone) {
            b.append("\\documentclass[border=6pt]{standalone}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n"
                    + "\\usepackage{xcolor}\n\\usepackage{tikz}\n\\begin{document}\n");
        } else {
            b.append("% GT Lab phase portrait; needs \\usepackage{tikz} and \\usepackage{xcolor}\n");
        }
        int colours = 2;
        for (PortraitChart.Curve cv : c.curves()) {
            colours = Math.max(colours, cv.colour() + 1);
        }
        for (int p = 0; p < colours; p++) {
            b.append(Latex.define("gtp" + (p + 1), style.player(p))).append('\n');
        }
        b.append(Latex.define("gtfg", style.foreground())).append('\n');
        b.append(Latex.define("gtbg", style.background())).append('\n');
        b.append(Latex.define("gtmuted", style.muted())).append('\n');
        b.append(Latex.define("gtgrid", style.grid())).append('\n');
        b.append(Latex.define("gthl", style.highlight())).append('\n');
        if (!c.field().isEmpty()) {
            for (int i = 0; i < SPEED_BINS; i++) {
                b.append(Latex.define("gtspeed" + i, ColorMaps.viridis(ColorMaps.SPEED_TOP * (i + 0.5) / SPEED_BINS)))
                        .append('\n');
            }
        }
        if (c.basins() != null) {
            for (int i = 0; i < c.basins().colours().size(); i++) {
                b.append(Latex.define("gtbasin" + i, PortraitRenderer.basinColour(style, c.basins().colours().get(i))))
                        .append('\n');
            }
        }
        double side = SIDE_CM;
        b.append("\\begin{tikzpicture}[font=\\small]\n");
        if (c.basins() != null) {
            basins(b, c, side);
        }
        space(b, c, side);
        boolean graph = c.kind() == PortraitChart.Kind.LINE && !c.field().isEmpty();
        if (graph) {
            lineGraph(b, c, side);
        }
        field(b, c, side);
        curves(b, c, side);
        points(b, c, side);
        double bottom = switch (c.kind()) {
            case SIMPLEX -> -0.9;
            case SQUARE -> -1.5;
            case LINE -> -1.0;
        };
        String legend = legend(c);
        if (!legend.isEmpty()) {
            b.append("\\node[below, text=gtfg] at (").append(Latex.num(side / 2)).append(',').append(Latex.num(bottom))
                    .append(") {").append(legend).append("};\n");
            bottom -= 0.6;
        }
        if (!c.title().isEmpty()) {
            double top = c.kind() == PortraitChart.Kind.SIMPLEX ? side * PortraitGeometry.TRIANGLE_HEIGHT + 0.7
                    : c.kind() == PortraitChart.Kind.SQUARE ? side + 0.3 : graph ? GRAPH_BOTTOM + GRAPH_HEIGHT + 0.6 : 1.0;
            b.append("\\node[above, font=\\bfseries, text=gtfg] at (").append(Latex.num(side / 2)).append(',')
                    .append(Latex.num(top)).append(") {").append(Latex.escape(c.title())).append("};\n");
        }
        if (!c.caption().isEmpty()) {
            b.append("\\node[below, text=gtmuted, align=center, text width=").append(Latex.num(side + 1))
                    .append("cm] at (").append(Latex.num(side / 2)).append(',').append(Latex.num(bottom)).append(") {")
                    .append(Latex.escape(c.caption())).append("};\n");
        }
        b.append("\\end{tikzpicture}\n");
        if (standalone) {
            b.append("\\end{document}\n");
        }
        return b.toString();
    }

    /** Bottom and height of the rate graph above a phase line, in centimetres. */
    static final double GRAPH_BOTTOM = 1.1;
    static final double GRAPH_HEIGHT = 3.0;

    /**
     * The graph of ẋ₁ against x₁ above a one-population phase line, as on screen
     * ({@link PortraitRenderer#lineGraph}): field samples joined by straight lines, the area to
     * the zero line tinted, ticks at ±t, dotted verticals from the rest points to the line.
     */
    private static void lineGraph(StringBuilder b, PortraitChart c, double side) {
        double range = PortraitRenderer.rateRange(c) * 1.1;
        double t = PortraitRenderer.rateTick(c);
        double mid = GRAPH_BOTTOM + GRAPH_HEIGHT / 2;
        double k = GRAPH_HEIGHT / 2 / range;
        List<double[]> pts = new java.util.ArrayList<>();
        for (PortraitChart.Arrow a : c.field()) {
            pts.add(new double[] {a.at(0), a.direction(0)});
        }
        pts.sort((p, q) -> Double.compare(p[0], q[0]));
        StringBuilder curve = new StringBuilder();
        for (double[] p : pts) {
            curve.append(curve.length() == 0 ? "" : " -- ").append('(').append(Latex.num(p[0] * side)).append(',')
                    .append(Latex.num(mid + p[1] * k)).append(')');
        }
        String m = Latex.num(mid);
        b.append("\\fill[gtfg!10] (").append(Latex.num(pts.get(0)[0] * side)).append(',').append(m).append(") -- ")
                .append(curve).append(" -- (").append(Latex.num(pts.get(pts.size() - 1)[0] * side)).append(',')
                .append(m).append(") -- cycle;\n");
        for (double v : new double[] {-t, t}) {
            String y = Latex.num(mid + v * k);
            b.append("\\draw[gtgrid, line width=0.3pt] (0,").append(y).append(") -- (").append(Latex.num(side))
                    .append(',').append(y).append(");\n");
        }
        b.append("\\draw[gtfg, line width=0.5pt] (0,").append(m).append(") -- (").append(Latex.num(side)).append(',')
                .append(m).append(");\n");
        b.append("\\draw[gtfg, line width=0.5pt] (0,").append(Latex.num(GRAPH_BOTTOM)).append(") -- (0,")
                .append(Latex.num(GRAPH_BOTTOM + GRAPH_HEIGHT)).append(");\n");
        for (double v : new double[] {-t, 0, t}) {
            String lab = v == 0 ? "0" : (v > 0 ? "" : "-") + PortraitRenderer.shortNumber(Math.abs(v));
            b.append("\\node[left, text=gtfg] at (0,").append(Latex.num(mid + v * k)).append(") {$")
                    .append(lab.replace("-", "{-}")).append("$};\n");
        }
        b.append("\\node[above right, inner xsep=0pt, text=gtmuted] at (0,").append(Latex.num(GRAPH_BOTTOM + GRAPH_HEIGHT))
                .append(") {rate of change of the share of ").append(Latex.escape(c.labels().get(0))).append("};\n");
        for (PortraitChart.Point p : c.points()) {
            if (p.kind() != PortraitChart.PointKind.EQUILIBRIUM) {
                String x = Latex.num(p.at()[0] * side);
                b.append("\\draw[gtmuted, line width=0.5pt, dotted] (").append(x).append(',').append(m).append(") -- (")
                        .append(x).append(",0.25);\n");
            }
        }
        b.append("\\draw[gtfg, line width=1.1pt, line join=round] ").append(curve).append(";\n");
    }

    private static String at(PortraitChart.Kind k, double[] x, double side) {
        double[] p = PortraitGeometry.toPlane(k, x);
        return "(" + Latex.num(p[0] * side) + "," + Latex.num(p[1] * side) + ")";
    }

    private static void basins(StringBuilder b, PortraitChart c, double side) {
        PortraitChart.Basins bs = c.basins();
        List<double[]> lattice = PortraitGeometry.lattice(c.kind(), bs.resolution());
        for (int[] cell : PortraitGeometry.cells(c.kind(), bs.resolution())) {
            int l = bs.cellLabel(cell);
            if (l < 0) {
                continue;
            }
            b.append("\\fill[gtbasin").append(l).append("] ");
            if (c.kind() == PortraitChart.Kind.LINE) {
                double x0 = lattice.get(cell[0])[0] * side;
                double x1 = lattice.get(cell[1])[0] * side;
                b.append('(').append(Latex.num(x0)).append(",-0.25) rectangle (").append(Latex.num(x1))
                        .append(",0.25);\n");
                continue;
            }
            for (int i = 0; i < cell.length; i++) {
                b.append(i == 0 ? "" : " -- ").append(at(c.kind(), lattice.get(cell[i]), side));
            }
            b.append(" -- cycle;\n");
        }
    }

    private static void space(StringBuilder b, PortraitChart c, double side) {
        List<String> lab = c.labels();
        String s = Latex.num(side);
        switch (c.kind()) {
            case SIMPLEX -> {
                String top = "(" + Latex.num(side / 2) + "," + Latex.num(side * PortraitGeometry.TRIANGLE_HEIGHT) + ")";
                b.append("\\draw[gtfg, line width=0.6pt, line join=round] (0,0) -- (").append(s).append(",0) -- ")
                        .append(top).append(" -- cycle;\n");
                b.append("\\node[above, text=gtfg] at ").append(top).append(" {").append(Latex.escape(lab.get(0)))
                        .append("};\n");
                b.append("\\node[below, text=gtfg] at (0,0) {").append(Latex.escape(lab.get(1))).append("};\n");
                b.append("\\node[below, text=gtfg] at (").append(s).append(",0) {").append(Latex.escape(lab.get(2)))
                        .append("};\n");
            }
            case SQUARE -> {
                for (double t : new double[] {0.25, 0.5, 0.75}) {
                    String v = Latex.num(t * side);
                    b.append("\\draw[gtgrid, line width=0.3pt] (").append(v).append(",0) -- (").append(v).append(',')
                            .append(s).append(");\n");
                    b.append("\\draw[gtgrid, line width=0.3pt] (0,").append(v).append(") -- (").append(s).append(',')
                            .append(v).append(");\n");
                }
                for (double t : new double[] {0, 0.5, 1}) {
                    String v = Latex.num(t * side);
                    String tl = t == 0 ? "0" : t == 1 ? "1" : "0.5";
                    b.append("\\node[below, text=gtfg] at (").append(v).append(",0) {$").append(tl).append("$};\n");
                    b.append("\\node[left, text=gtfg] at (0,").append(v).append(") {$").append(tl).append("$};\n");
                }
                b.append("\\draw[gtfg, line width=0.6pt] (0,0) rectangle (").append(s).append(',').append(s)
                        .append(");\n");
                b.append("\\node[below=1.4em, text=gtfg] at (").append(Latex.num(side / 2)).append(",0) {")
                        .append(Latex.escape(lab.get(0))).append("};\n");
                b.append("\\node[rotate=90, above=2.2em, text=gtfg] at (0,").append(Latex.num(side / 2)).append(") {")
                        .append(Latex.escape(lab.get(1))).append("};\n");
            }
            case LINE -> {
                b.append("\\draw[gtfg, line width=0.6pt] (0,0) -- (").append(s).append(",0);\n");
                for (double t : new double[] {0, 0.5, 1}) {
                    String v = Latex.num(t * side);
                    b.append("\\draw[gtfg, line width=0.6pt] (").append(v).append(",-0.1) -- (").append(v)
                            .append(",0.1);\n");
                }
                b.append("\\node[below=13pt, text=gtfg] at (0,0) {").append(Latex.escape(lab.get(1))).append("};\n");
                b.append("\\node[below=13pt, text=gtfg] at (").append(s).append(",0) {").append(Latex.escape(lab.get(0)))
                        .append("};\n");
                b.append("\\node[below=13pt, text=gtmuted] at (").append(Latex.num(side / 2)).append(",0) {share of ")
                        .append(Latex.escape(lab.get(0))).append("};\n");
            }
            default -> throw new IllegalStateException();
        }
    }

    private static void field(StringBuilder b, PortraitChart c, double side) {
        if (c.field().isEmpty()) {
            return;
        }
        double max = c.maxSpeed();
        int n = PortraitRenderer.resolutionOf(c.kind(), c.field().size());
        double len = Math.max(0.15, Math.min(0.6, 0.7 * side / n));
        double yOff = c.kind() == PortraitChart.Kind.LINE ? 0.5 : 0;
        for (PortraitChart.Arrow a : c.field()) {
            if (!(a.speed() > 1e-9 * max)) {
                continue;
            }
            double[] p = PortraitGeometry.toPlane(c.kind(), a.at());
            double[] d = PortraitGeometry.directionToPlane(c.kind(), a.direction());
            double norm = Math.hypot(d[0], d[1]);
            if (!(norm > 0)) {
                continue;
            }
            double dx = d[0] / norm * len / 2;
            double dy = d[1] / norm * len / 2;
            int bin = (int) Math.min(SPEED_BINS - 1, Math.floor(a.speed() / max * SPEED_BINS));
            double x = p[0] * side;
            double y = p[1] * side + yOff;
            b.append("\\draw[gtspeed").append(bin).append(", line width=0.5pt, -stealth] (").append(Latex.num(x - dx))
                    .append(',').append(Latex.num(y - dy)).append(") -- (").append(Latex.num(x + dx)).append(',')
                    .append(Latex.num(y + dy)).append(");\n");
        }
    }

    private static void curves(StringBuilder b, PortraitChart c, double side) {
        double yOff = c.kind() == PortraitChart.Kind.LINE ? -0.4 : 0;
        for (PortraitChart.Curve cv : c.curves()) {
            if (cv.size() == 0) {
                continue;
            }
            String col = cv.colour() < 0 ? "gtfg" : "gtp" + (cv.colour() + 1);
            int step = Math.max(1, (cv.size() + MAX_CURVE_POINTS - 1) / MAX_CURVE_POINTS);
            List<String> pts = new ArrayList<>();
            for (int i = 0; i < cv.size(); i += step) {
                pts.add(shifted(c.kind(), cv.point(i), side, yOff));
            }
            if ((cv.size() - 1) % step != 0) {
                pts.add(shifted(c.kind(), cv.point(cv.size() - 1), side, yOff));
            }
            b.append("\\draw[").append(col).append(", line width=1.1pt, line join=round, line cap=round")
                    .append("] ")
                    .append(String.join(" -- ", pts)).append(";\n");
            b.append("\\fill[").append(col).append("] ").append(pts.get(0)).append(" circle (1.4pt);\n");
            if (cv.arrow() && pts.size() > 3) {
                // an arrowhead on the segment a third of the way along
                int k = pts.size() / 3;
                b.append("\\draw[").append(col).append(", line width=1.1pt, -stealth] ").append(pts.get(k))
                        .append(" -- ").append(pts.get(k + 1)).append(";\n");
            }
        }
    }

    private static String shifted(PortraitChart.Kind k, double[] x, double side, double yOff) {
        double[] p = PortraitGeometry.toPlane(k, x);
        return "(" + Latex.num(p[0] * side) + "," + Latex.num(p[1] * side + yOff) + ")";
    }

    private static void points(StringBuilder b, PortraitChart c, double side) {
        for (int pass = 0; pass < 2; pass++) {
            for (PortraitChart.Point p : c.points()) {
                boolean eq = p.kind() == PortraitChart.PointKind.EQUILIBRIUM;
                if (eq != (pass == 0)) {
                    continue;
                }
                String at = at(c.kind(), p.at(), side);
                switch (p.kind()) {
                    case STABLE -> b.append("\\filldraw[fill=gtfg, draw=gtbg, line width=0.5pt] ").append(at)
                            .append(" circle (2.6pt);\n");
                    case UNSTABLE -> b.append("\\filldraw[fill=gtbg, draw=gtfg, line width=0.8pt] ").append(at)
                            .append(" circle (2.6pt);\n");
                    case NEUTRAL -> b.append("\\filldraw[fill=gtbg, draw=gtfg, line width=0.8pt] ").append(at)
                            .append(" circle (2.6pt);\n\\fill[gtfg] ").append(at).append(" circle (1pt);\n");
                    case EQUILIBRIUM -> b.append("\\filldraw[fill=gthl, draw=gtfg, line width=0.6pt] ").append(at)
                            .append(" ++(0,4.4pt) -- ++(4.4pt,-4.4pt) -- ++(-4.4pt,-4.4pt) -- ++(-4.4pt,4.4pt) -- cycle;\n");
                    default -> throw new IllegalStateException();
                }
                if (!p.label().isEmpty()) {
                    b.append("\\node[above right, text=gtfg] at ").append(at).append(" {")
                            .append(Latex.escape(p.label())).append("};\n");
                }
            }
        }
    }

    private static String legend(PortraitChart c) {
        List<String> parts = new ArrayList<>();
        for (PortraitChart.PointKind k : PortraitChart.PointKind.values()) {
            if (c.points().stream().noneMatch(p -> p.kind() == k)) {
                continue;
            }
            String sym = switch (k) {
                case STABLE -> "\\tikz\\fill[gtfg] (0,0) circle (2.4pt);";
                case UNSTABLE -> "\\tikz\\draw[gtfg, line width=0.8pt] (0,0) circle (2.4pt);";
                case NEUTRAL -> "\\tikz{\\draw[gtfg, line width=0.8pt] (0,0) circle (2.4pt); \\fill[gtfg] (0,0) circle (1pt);}";
                case EQUILIBRIUM -> "\\tikz\\filldraw[fill=gthl, draw=gtfg, line width=0.6pt] (0,3.4pt) -- (3.4pt,0) "
                        + "-- (0,-3.4pt) -- (-3.4pt,0) -- cycle;";
            };
            parts.add(sym + "~" + PortraitRenderer.legendText(k));
        }
        if (!c.field().isEmpty()) {
            StringBuilder bar = new StringBuilder("\\textcolor{gtmuted}{speed 0}~\\tikz{");
            for (int i = 0; i < SPEED_BINS; i++) {
                bar.append("\\fill[gtspeed").append(i).append("] (").append(Latex.num(i * 0.12)).append(",0) rectangle (")
                        .append(Latex.num((i + 1) * 0.12)).append(",0.18);");
            }
            bar.append("}~\\textcolor{gtmuted}{").append(PortraitRenderer.shortNumber(c.maxSpeed()))
                    .append('}');
            parts.add(bar.toString());
        }
        return String.join("\\quad ", parts);
    }
}
