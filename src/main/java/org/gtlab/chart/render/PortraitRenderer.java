package org.gtlab.chart.render;

import org.gtlab.chart.layout.Metrics;
import org.gtlab.chart.layout.TextFit;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.ColorMaps;
import org.gtlab.chart.model.Palette;
import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.PortraitGeometry;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link PortraitChart} on a {@link Graphics2D} (screen, SVG, PDF, PNG): shaded basins,
 * the field as fixed-length arrows coloured by speed ({@link ColorMaps#speed}), trajectories with
 * an arrowhead, exact equilibria as diamonds behind the rest points (filled = stable, hollow =
 * unstable, hollow with a dot = centre), the state space outline with its labels, and a one-line
 * legend above the caption.
 */
public final class PortraitRenderer {

    private PortraitRenderer() {
    }

    /**
     * Where the state space sits in a {@code w × h} box: plane point (u, v) of {@link
     * PortraitGeometry} is drawn at {@code (ox + scale·u, oy − scale·v)}.
     */
    public record Frame(PortraitChart.Kind kind, double ox, double oy, double scale) {

        /** Screen position of natural coordinates {@code x}. */
        public double[] toScreen(double[] x) {
            double[] p = PortraitGeometry.toPlane(kind, x);
            return new double[] {ox + scale * p[0], oy - scale * p[1]};
        }

        /** Natural coordinates of a screen position (may lie outside the state space). */
        public double[] toNatural(double sx, double sy) {
            return PortraitGeometry.toNatural(kind, (sx - ox) / scale, (oy - sy) / scale);
        }

        /**
         * The state under a screen position, if it lies within {@code slack} pixels of the state
         * space (then clamped into it), else null. For LINE, positions within {@code slack} of the
         * segment's height count.
         */
        public double[] pick(double sx, double sy, double slack) {
            if (kind == PortraitChart.Kind.LINE && Math.abs(sy - oy) > Math.max(slack, 12)) {
                return null;
            }
            double[] x = toNatural(sx, sy);
            double tol = slack / scale;
            if (!PortraitGeometry.inside(kind, x, tol * 1.2)) {
                return null;
            }
            return PortraitGeometry.clamp(kind, x);
        }
    }

    private static double lineHeight(ChartStyle s) {
        return 1.3 * s.scaledFontSize();
    }

    /** The frame of {@code c} drawn into a {@code w × h} box (depends only on sizes and the style's font size). */
    public static Frame frame(PortraitChart c, ChartStyle s, double w, double h) {
        double em = s.scaledFontSize();
        double lh = lineHeight(s);
        double top = c.title().isEmpty() ? 0.6 * em : 1.6 * lh;
        double bottom = 0.4 * em + 1.4 * lh + (c.caption().isEmpty() ? 0 : lh);
        double aw = Math.max(10, w - 2 * em);
        double ah = Math.max(10, h - top - bottom);
        switch (c.kind()) {
            case SIMPLEX -> {
                double labels = 2 * (lh + 0.6 * em);
                double side = Math.max(10, Math.min(aw, (ah - labels) / PortraitGeometry.TRIANGLE_HEIGHT));
                double th = side * PortraitGeometry.TRIANGLE_HEIGHT;
                double ox = (w - side) / 2;
                double oy = top + lh + 0.6 * em + th + Math.max(0, (ah - labels - th) / 2);
                return new Frame(c.kind(), ox, oy, side);
            }
            case SQUARE -> {
                double left = 3.0 * em + lh + 0.4 * em;
                double below = lh + 0.8 * em + lh + 0.3 * em;
                double side = Math.max(10, Math.min(aw - left - em, ah - below - 0.3 * em));
                double ox = left + Math.max(0, (w - left - em - side) / 2);
                double oy = top + 0.3 * em + side + Math.max(0, (ah - below - 0.3 * em - side) / 2);
                return new Frame(c.kind(), ox, oy, side);
            }
            case LINE -> {
                Rectangle2D gr = lineGraph(c, s, w, h);
                if (gr != null) {
                    return new Frame(c.kind(), gr.getX(), gr.getMaxY() + LINE_GAP * em + LINE_ABOVE * em,
                            gr.getWidth());
                }
                double len = Math.max(10, w - 6 * em);
                return new Frame(c.kind(), 3 * em, top + ah / 2 - lh / 2, len);
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Room of the phase line above it (arrows) and below it (labels), in em. */
    private static final double LINE_ABOVE = 2.4;
    private static final double LINE_BELOW = 2.6;
    /** Gap between the rate graph and the phase line's arrows, in em. */
    private static final double LINE_GAP = 0.8;

    /**
     * Where the graph of the rate of change ẋ₁(x₁) goes above a one-population phase line, or
     * null when the box is too low for it (less than 4 em of graph) or there is no field. The
     * graph uses the height the line alone would leave empty: the same x scale as the line below
     * it (x₁ from 0 at the left to 1 at the right), at most 0.6 times as high as wide, the whole
     * block centred vertically.
     */
    public static Rectangle2D lineGraph(PortraitChart c, ChartStyle s, double w, double h) {
        if (c.kind() != PortraitChart.Kind.LINE || c.field().isEmpty()) {
            return null;
        }
        double em = s.scaledFontSize();
        double lh = lineHeight(s);
        double top = c.title().isEmpty() ? 0.6 * em : 1.6 * lh;
        double bottom = 0.4 * em + 1.4 * lh + (c.caption().isEmpty() ? 0 : lh);
        double ah = h - top - bottom;
        double left = Math.max(3 * em, rateTickWidth(c, s) + 1.2 * em);
        double len = Math.max(10, w - left - 3 * em);
        double line = (LINE_GAP + LINE_ABOVE + LINE_BELOW) * em;
        double gh = Math.min(ah - line - 1.2 * lh, 0.6 * len);
        if (gh < 4 * em) {
            return null;
        }
        double block = 1.2 * lh + gh + line;
        double y0 = top + Math.max(0, (ah - block) / 2) + 1.2 * lh;
        return new Rectangle2D.Double(left, y0, len, gh);
    }

    /** The rate axis' half-range: the largest |ẋ₁| of the field (1 if all are 0). */
    public static double rateRange(PortraitChart c) {
        double m = 0;
        for (PortraitChart.Arrow a : c.field()) {
            m = Math.max(m, Math.abs(a.direction(0)));
        }
        return m > 0 ? m : 1;
    }

    /** A nice tick value no larger than the rate range. */
    public static double rateTick(PortraitChart c) {
        double m = rateRange(c);
        double e = Math.pow(10, Math.floor(Math.log10(m)));
        double f = m / e;
        return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * e;
    }

    /** Estimated width of the rate tick labels (a sans-serif digit is about 0.6 em). */
    private static double rateTickWidth(PortraitChart c, ChartStyle s) {
        return 0.62 * s.scaledFontSize() * ("−" + shortNumber(rateTick(c))).length();
    }

    /**
     * Draws the graph of ẋ₁ against x₁ in {@code r}: the zero line, the samples of the field
     * joined by straight lines with the area to the zero line tinted, ticks at ±t, dotted
     * verticals from the rest points down to the phase line, and a label.
     */
    private static void drawLineGraph(Graphics2D g, PortraitChart c, ChartStyle s, Frame f, Rectangle2D r,
            Metrics fm) {
        double sc = s.scale();
        double em = s.scaledFontSize();
        double range = rateRange(c) * 1.1;
        double mid = r.getCenterY();
        double k = r.getHeight() / 2 / range;
        List<double[]> pts = new ArrayList<>();
        for (PortraitChart.Arrow a : c.field()) {
            pts.add(new double[] {a.at(0), a.direction(0)});
        }
        pts.sort((p, q) -> Double.compare(p[0], q[0]));
        // tinted area and curve
        Path2D.Double area = new Path2D.Double();
        Path2D.Double curve = new Path2D.Double();
        for (int i = 0; i < pts.size(); i++) {
            double x = r.getX() + pts.get(i)[0] * r.getWidth();
            double y = mid - pts.get(i)[1] * k;
            if (i == 0) {
                area.moveTo(x, mid);
                curve.moveTo(x, y);
            } else {
                curve.lineTo(x, y);
            }
            area.lineTo(x, y);
            if (i == pts.size() - 1) {
                area.lineTo(x, mid);
            }
        }
        area.closePath();
        g.setColor(Palette.mix(s.foreground(), s.background(), 0.10));
        g.fill(area);
        // ticks, zero line and frame of the axis
        double t = rateTick(c);
        g.setStroke(new BasicStroke((float) (0.5 * sc)));
        for (double v : new double[] {-t, t}) {
            double y = mid - v * k;
            g.setColor(s.grid());
            g.draw(new Line2D.Double(r.getMinX(), y, r.getMaxX(), y));
        }
        g.setColor(s.foreground());
        g.setStroke(new BasicStroke((float) (0.8 * sc)));
        g.draw(new Line2D.Double(r.getMinX(), mid, r.getMaxX(), mid));
        g.draw(new Line2D.Double(r.getMinX(), r.getMinY(), r.getMinX(), r.getMaxY()));
        for (double v : new double[] {-t, 0, t}) {
            double y = mid - v * k;
            String lab = v == 0 ? "0" : (v > 0 ? "" : "−") + shortNumber(Math.abs(v));
            g.drawString(lab, (float) (r.getMinX() - 0.4 * em - fm.stringWidth(lab)),
                    (float) (y + fm.getAscent() / 2.0 - fm.getDescent() / 2.0));
            g.draw(new Line2D.Double(r.getMinX() - 0.25 * em, y, r.getMinX(), y));
        }
        String label = "rate of change of the share of " + c.labels().get(0);
        g.setColor(s.muted());
        g.drawString(TextFit.ellipsize(fm, label, r.getWidth()), (float) r.getMinX(),
                (float) (r.getMinY() - 0.35 * em - fm.getDescent()));
        // rest points: dotted verticals down to the line
        g.setStroke(new BasicStroke((float) (0.8 * sc), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[] {(float) (0.5 * sc), (float) (3 * sc)}, 0f));
        for (PortraitChart.Point p : c.points()) {
            if (p.kind() == PortraitChart.PointKind.EQUILIBRIUM) {
                continue;
            }
            double x = f.toScreen(p.at())[0];
            g.draw(new Line2D.Double(x, mid, x, f.oy() - 0.9 * em));
        }
        g.setColor(s.foreground());
        g.setStroke(new BasicStroke((float) (1.5 * sc), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);
    }

    /** Draws {@code c} into the box {@code (0, 0, w, h)}. */
    public static void draw(Graphics2D g, PortraitChart c, ChartStyle s, double w, double h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(s.background());
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        Frame f = frame(c, s, w, h);
        double sc = s.scale();
        double em = s.scaledFontSize();
        Font font = TableRenderer.font(s, false);
        Metrics fm = Metrics.of(g, font);

        if (!c.title().isEmpty()) {
            Font fb = TableRenderer.font(s, true);
            Metrics fmb = Metrics.of(g, fb);
            g.setColor(s.foreground());
            String t = TextFit.ellipsize(fmb, c.title(), w - em);
            g.drawString(t, (float) (w / 2 - fmb.stringWidth(t) / 2.0), (float) (0.4 * em + fmb.getAscent()));
        }
        g.setFont(font);
        Rectangle2D graph = lineGraph(c, s, w, h);
        if (graph != null) {
            drawLineGraph(g, c, s, f, graph, fm);
        }
        if (c.basins() != null) {
            drawBasins(g, c, s, f);
        }
        drawSpace(g, c, s, f, fm);
        drawField(g, c, f, sc, s.background());
        drawCurves(g, c, s, f, sc);
        drawPoints(g, c, s, f, fm, sc);
        drawLegend(g, c, s, w, h, fm);
        if (!c.caption().isEmpty()) {
            g.setFont(font);
            g.setColor(s.muted());
            String t = TextFit.ellipsize(fm, c.caption(), w - em);
            g.drawString(t, (float) (w / 2 - fm.stringWidth(t) / 2.0), (float) (h - 0.4 * em - fm.getDescent()));
        }
    }

    private static void drawBasins(Graphics2D g, PortraitChart c, ChartStyle s, Frame f) {
        PortraitChart.Basins b = c.basins();
        List<double[]> lattice = PortraitGeometry.lattice(c.kind(), b.resolution());
        double[][] screen = new double[lattice.size()][];
        for (int k = 0; k < screen.length; k++) {
            screen[k] = f.toScreen(lattice.get(k));
        }
        // one path per attractor: cells of one colour are filled together (no seams between them)
        List<Path2D.Double> paths = new ArrayList<>();
        for (int i = 0; i < b.colours().size(); i++) {
            paths.add(new Path2D.Double(Path2D.WIND_NON_ZERO));
        }
        double band = c.kind() == PortraitChart.Kind.LINE ? 0.9 * s.scaledFontSize() : 0;
        for (int[] cell : PortraitGeometry.cells(c.kind(), b.resolution())) {
            int l = b.cellLabel(cell);
            if (l < 0) {
                continue;
            }
            Path2D.Double p = paths.get(l);
            if (c.kind() == PortraitChart.Kind.LINE) {
                double x0 = screen[cell[0]][0];
                double x1 = screen[cell[1]][0];
                p.append(new Rectangle2D.Double(Math.min(x0, x1), f.oy() - band, Math.abs(x1 - x0), 2 * band), false);
            } else {
                p.moveTo(screen[cell[0]][0], screen[cell[0]][1]);
                for (int i = 1; i < cell.length; i++) {
                    p.lineTo(screen[cell[i]][0], screen[cell[i]][1]);
                }
                p.closePath();
            }
        }
        for (int i = 0; i < paths.size(); i++) {
            g.setColor(basinColour(s, b.colours().get(i)));
            g.fill(paths.get(i));
        }
    }

    /** The light shade of an attractor's basin: its series colour mixed 20 % into the background. */
    public static Color basinColour(ChartStyle s, int colour) {
        return Palette.mix(colour < 0 ? s.foreground() : s.player(colour), s.background(), 0.2);
    }

    private static void drawSpace(Graphics2D g, PortraitChart c, ChartStyle s, Frame f, Metrics fm) {
        double sc = s.scale();
        double em = s.scaledFontSize();
        g.setStroke(new BasicStroke((float) (1.0 * sc), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        List<String> lab = c.labels();
        switch (c.kind()) {
            case SIMPLEX -> {
                double[] a = f.toScreen(new double[] {1, 0, 0});
                double[] b = f.toScreen(new double[] {0, 1, 0});
                double[] d = f.toScreen(new double[] {0, 0, 1});
                Path2D.Double tri = new Path2D.Double();
                tri.moveTo(a[0], a[1]);
                tri.lineTo(b[0], b[1]);
                tri.lineTo(d[0], d[1]);
                tri.closePath();
                g.setColor(s.foreground());
                g.draw(tri);
                g.drawString(lab.get(0), (float) (a[0] - fm.stringWidth(lab.get(0)) / 2.0),
                        (float) (a[1] - 0.6 * em - fm.getDescent()));
                double below = b[1] + 0.6 * em + fm.getAscent();
                g.drawString(lab.get(1), (float) Math.max(2, b[0] - fm.stringWidth(lab.get(1)) / 2.0), (float) below);
                g.drawString(lab.get(2), (float) (d[0] - fm.stringWidth(lab.get(2)) / 2.0), (float) below);
            }
            case SQUARE -> {
                double side = f.scale();
                Rectangle2D sq = new Rectangle2D.Double(f.ox(), f.oy() - side, side, side);
                g.setStroke(new BasicStroke((float) (0.5 * sc)));
                for (double t : new double[] {0.25, 0.5, 0.75}) {
                    g.setColor(s.grid());
                    g.draw(new Line2D.Double(f.ox() + t * side, f.oy() - side, f.ox() + t * side, f.oy()));
                    g.draw(new Line2D.Double(f.ox(), f.oy() - t * side, f.ox() + side, f.oy() - t * side));
                }
                g.setColor(s.foreground());
                for (double t : new double[] {0, 0.5, 1}) {
                    String tl = t == 0 ? "0" : t == 1 ? "1" : "0.5";
                    g.drawString(tl, (float) (f.ox() + t * side - fm.stringWidth(tl) / 2.0),
                            (float) (f.oy() + 0.8 * em + fm.getAscent()));
                    g.drawString(tl, (float) (f.ox() - 0.8 * em - fm.stringWidth(tl)),
                            (float) (f.oy() - t * side + fm.getAscent() / 2.0 - fm.getDescent() / 2.0));
                }
                g.setStroke(new BasicStroke((float) (0.9 * sc)));
                g.draw(sq);
                double lh = lineHeight(s);
                // axis labels shortened with "…" where longer than the side (plus the tick room)
                String xl = TextFit.ellipsize(fm, lab.get(0), side + 4 * em);
                String yl = TextFit.ellipsize(fm, lab.get(1), side + 3 * em);
                g.drawString(xl, (float) (f.ox() + side / 2 - fm.stringWidth(xl) / 2.0),
                        (float) (f.oy() + 0.8 * em + lh + 0.3 * em + fm.getAscent()));
                AffineTransform old = g.getTransform();
                g.translate(f.ox() - 0.8 * em - fm.stringWidth("0.5") - 0.5 * em - fm.getDescent(),
                        f.oy() - side / 2 + fm.stringWidth(yl) / 2.0);
                g.rotate(-Math.PI / 2);
                g.drawString(yl, 0f, 0f);
                g.setTransform(old);
            }
            case LINE -> {
                double x0 = f.ox();
                double x1 = f.ox() + f.scale();
                g.setColor(s.foreground());
                g.draw(new Line2D.Double(x0, f.oy(), x1, f.oy()));
                double tick = 0.35 * em;
                for (double t : new double[] {0, 0.5, 1}) {
                    double x = x0 + t * f.scale();
                    g.draw(new Line2D.Double(x, f.oy() - tick, x, f.oy() + tick));
                }
                double y = f.oy() + 1.0 * em + fm.getAscent();
                // x₁ = 0 is "all strategy 2" (left), x₁ = 1 "all strategy 1" (right)
                g.drawString(lab.get(1), (float) Math.max(2, x0 - fm.stringWidth(lab.get(1)) / 2.0), (float) y);
                g.drawString(lab.get(0), (float) (x1 - fm.stringWidth(lab.get(0)) / 2.0), (float) y);
                String mid = "share of " + lab.get(0);
                g.setColor(s.muted());
                g.drawString(mid, (float) ((x0 + x1) / 2 - fm.stringWidth(mid) / 2.0), (float) y);
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Approximate lattice resolution behind {@code count} arrows (for the arrow length). */
    public static int resolutionOf(PortraitChart.Kind kind, int count) {
        return switch (kind) {
            case SIMPLEX -> Math.max(1, (int) Math.round((Math.sqrt(8.0 * count + 1) - 3) / 2));
            case SQUARE -> Math.max(1, (int) Math.round(Math.sqrt(count)) - 1);
            case LINE -> Math.max(1, count - 1);
        };
    }

    /** Arrow length in pixels for a frame: 70 % of the lattice spacing, between 5 and 22 points. */
    static double arrowLength(PortraitChart c, Frame f, double sc) {
        int n = resolutionOf(c.kind(), Math.max(1, c.field().size()));
        return Math.max(5 * sc, Math.min(22 * sc, 0.7 * f.scale() / n));
    }

    private static void drawField(Graphics2D g, PortraitChart c, Frame f, double sc, Color bg) {
        if (c.field().isEmpty()) {
            return;
        }
        double max = c.maxSpeed();
        double len = arrowLength(c, f, sc);
        boolean dark = ColorMaps.isDark(bg);
        g.setStroke(new BasicStroke((float) (1.0 * sc), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (PortraitChart.Arrow a : c.field()) {
            if (!(a.speed() > 1e-9 * max)) {
                continue;
            }
            double[] p = f.toScreen(a.at());
            double[] d = PortraitGeometry.directionToPlane(c.kind(), a.direction());
            double norm = Math.hypot(d[0], d[1]);
            if (!(norm > 0)) {
                continue;
            }
            double dx = d[0] / norm * len / 2;
            double dy = -d[1] / norm * len / 2;
            double yOff = c.kind() == PortraitChart.Kind.LINE ? -0.9 * len : 0;
            g.setColor(ColorMaps.speed(a.speed(), max, dark));
            arrow(g, p[0] - dx, p[1] - dy + yOff, p[0] + dx, p[1] + dy + yOff, Math.max(2.5 * sc, len * 0.32));
        }
    }

    /** A line from (x0, y0) to (x1, y1) with a filled arrowhead of length {@code head} at the end. */
    static void arrow(Graphics2D g, double x0, double y0, double x1, double y1, double head) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double l = Math.hypot(dx, dy);
        if (l == 0) {
            return;
        }
        double ux = dx / l;
        double uy = dy / l;
        double bx = x1 - ux * head;
        double by = y1 - uy * head;
        g.draw(new Line2D.Double(x0, y0, bx, by));
        Path2D.Double h = new Path2D.Double();
        h.moveTo(x1, y1);
        h.lineTo(bx - uy * head * 0.45, by + ux * head * 0.45);
        h.lineTo(bx + uy * head * 0.45, by - ux * head * 0.45);
        h.closePath();
        g.fill(h);
    }

    private static void drawCurves(Graphics2D g, PortraitChart c, ChartStyle s, Frame f, double sc) {
        for (PortraitChart.Curve cv : c.curves()) {
            if (cv.size() == 0) {
                continue;
            }
            Color col = cv.colour() < 0 ? s.foreground() : s.player(cv.colour());
            g.setColor(col);
            g.setStroke(new BasicStroke((float) (1.6 * sc), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D.Double path = new Path2D.Double();
            double yOff = c.kind() == PortraitChart.Kind.LINE ? 0.9 * s.scaledFontSize() : 0;
            boolean pen = false;
            for (int i = 0; i < cv.size(); i++) {
                double[] x = cv.point(i);
                if (!finite(x)) {
                    pen = false;
                    continue;
                }
                double[] p = f.toScreen(x);
                if (pen) {
                    path.lineTo(p[0], p[1] + yOff);
                } else {
                    path.moveTo(p[0], p[1] + yOff);
                    pen = true;
                }
            }
            g.draw(path);
            double[] start = f.toScreen(cv.point(0));
            g.fill(new Ellipse2D.Double(start[0] - 2 * sc, start[1] + yOff - 2 * sc, 4 * sc, 4 * sc));
            if (cv.arrow()) {
                drawCurveArrow(g, cv, f, sc, yOff);
            }
        }
    }

    /** An arrowhead about a third along the curve's screen length, pointing forward. */
    private static void drawCurveArrow(Graphics2D g, PortraitChart.Curve cv, Frame f, double sc, double yOff) {
        int n = cv.size();
        double total = 0;
        double[][] pts = new double[n][];
        for (int i = 0; i < n; i++) {
            pts[i] = finite(cv.point(i)) ? f.toScreen(cv.point(i)) : null;
        }
        for (int i = 1; i < n; i++) {
            if (pts[i] != null && pts[i - 1] != null) {
                total += Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
            }
        }
        if (total < 12 * sc) {
            return;
        }
        double target = total / 3;
        double acc = 0;
        for (int i = 1; i < n; i++) {
            if (pts[i] == null || pts[i - 1] == null) {
                continue;
            }
            double seg = Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
            if (acc + seg >= target && seg > 0) {
                double t = (target - acc) / seg;
                double x = pts[i - 1][0] + t * (pts[i][0] - pts[i - 1][0]);
                double y = pts[i - 1][1] + t * (pts[i][1] - pts[i - 1][1]) + yOff;
                double ux = (pts[i][0] - pts[i - 1][0]) / seg;
                double uy = (pts[i][1] - pts[i - 1][1]) / seg;
                double hl = 7 * sc;
                Path2D.Double h = new Path2D.Double();
                h.moveTo(x + ux * hl / 2, y + uy * hl / 2);
                h.lineTo(x - ux * hl / 2 - uy * hl * 0.45, y - uy * hl / 2 + ux * hl * 0.45);
                h.lineTo(x - ux * hl / 2 + uy * hl * 0.45, y - uy * hl / 2 - ux * hl * 0.45);
                h.closePath();
                g.fill(h);
                return;
            }
            acc += seg;
        }
    }

    private static boolean finite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static void drawPoints(Graphics2D g, PortraitChart c, ChartStyle s, Frame f, Metrics fm, double sc) {
        double r = 4.2 * sc;
        // equilibria first (behind), then rest points
        for (int pass = 0; pass < 2; pass++) {
            for (PortraitChart.Point p : c.points()) {
                boolean eq = p.kind() == PortraitChart.PointKind.EQUILIBRIUM;
                if (eq != (pass == 0)) {
                    continue;
                }
                double[] q = f.toScreen(p.at());
                marker(g, p.kind(), q[0], q[1], r, s, sc);
                if (!p.label().isEmpty()) {
                    g.setColor(s.foreground());
                    g.drawString(p.label(), (float) (q[0] + 1.8 * r), (float) (q[1] - 1.2 * r));
                }
            }
        }
    }

    /** Draws one point marker centred at (x, y) with radius r. */
    static void marker(Graphics2D g, PortraitChart.PointKind kind, double x, double y, double r, ChartStyle s,
            double sc) {
        Ellipse2D.Double disc = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(new BasicStroke((float) (1.4 * sc)));
        switch (kind) {
            case STABLE -> {
                g.setColor(s.foreground());
                g.fill(disc);
                g.setColor(s.background());
                g.draw(new Ellipse2D.Double(x - r - 0.7 * sc, y - r - 0.7 * sc, 2 * r + 1.4 * sc, 2 * r + 1.4 * sc));
            }
            case UNSTABLE -> {
                g.setColor(s.background());
                g.fill(disc);
                g.setColor(s.foreground());
                g.draw(disc);
            }
            case NEUTRAL -> {
                g.setColor(s.background());
                g.fill(disc);
                g.setColor(s.foreground());
                g.draw(disc);
                double d = 0.38 * r;
                g.fill(new Ellipse2D.Double(x - d, y - d, 2 * d, 2 * d));
            }
            case EQUILIBRIUM -> {
                double d = 1.75 * r;
                Path2D.Double dm = new Path2D.Double();
                dm.moveTo(x, y - d);
                dm.lineTo(x + d, y);
                dm.lineTo(x, y + d);
                dm.lineTo(x - d, y);
                dm.closePath();
                g.setColor(s.highlight());
                g.fill(dm);
                g.setColor(s.foreground());
                g.setStroke(new BasicStroke((float) (1.1 * sc), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(dm);
            }
            default -> throw new IllegalStateException();
        }
    }

    private static void drawLegend(Graphics2D g, PortraitChart c, ChartStyle s, double w, double h, Metrics fm) {
        double em = s.scaledFontSize();
        double sc = s.scale();
        double lh = lineHeight(s);
        double y = h - 0.4 * em - (c.caption().isEmpty() ? 0 : lh) - 0.7 * lh;
        List<PortraitChart.PointKind> kinds = new ArrayList<>();
        for (PortraitChart.PointKind k : PortraitChart.PointKind.values()) {
            if (c.points().stream().anyMatch(p -> p.kind() == k)) {
                kinds.add(k);
            }
        }
        double r = 3.6 * sc;
        double gap = 1.1 * em;
        double barW = 5 * em;
        boolean compact = false;
        String maxText = c.field().isEmpty() ? "" : "speed 0 ";
        String maxEnd = c.field().isEmpty() ? "" : " " + shortNumber(c.maxSpeed());
        double total = legendWidth(c, kinds, fm, r, em, gap, barW, maxText, maxEnd, false);
        if (total > w - em) {
            // narrow picture: short texts and a shorter colour bar
            compact = true;
            gap = 0.7 * em;
            barW = 3 * em;
            maxText = c.field().isEmpty() ? "" : "0 ";
            total = legendWidth(c, kinds, fm, r, em, gap, barW, maxText, maxEnd, true);
        }
        if (total == 0) {
            return;
        }
        double x = Math.max(0.5 * em, (w - total) / 2);
        double base = y + fm.getAscent() / 2.0 - fm.getDescent() / 2.0;
        for (PortraitChart.PointKind k : kinds) {
            marker(g, k, x + r, y, k == PortraitChart.PointKind.EQUILIBRIUM ? r * 0.75 : r, s, sc);
            x += 2 * r + 0.4 * em;
            g.setColor(s.foreground());
            String t = compact ? shortLegendText(k) : legendText(k);
            g.drawString(t, (float) x, (float) base);
            x += fm.stringWidth(t) + gap;
        }
        if (!c.field().isEmpty()) {
            g.setColor(s.muted());
            g.drawString(maxText, (float) x, (float) base);
            x += fm.stringWidth(maxText);
            int steps = 24;
            double bh = 0.6 * em;
            for (int i = 0; i < steps; i++) {
                g.setColor(ColorMaps.speed((i + 0.5) / steps, 1, ColorMaps.isDark(s.background())));
                g.fill(new Rectangle2D.Double(x + i * barW / steps, y - bh / 2, barW / steps + 0.5, bh));
            }
            x += barW;
            g.setColor(s.muted());
            g.drawString(maxEnd, (float) x, (float) base);
        }
    }

    private static double legendWidth(PortraitChart c, List<PortraitChart.PointKind> kinds, Metrics fm, double r,
            double em, double gap, double barW, String maxText, String maxEnd, boolean compact) {
        double total = 0;
        for (PortraitChart.PointKind k : kinds) {
            total += 2 * r + 0.4 * em + fm.stringWidth(compact ? shortLegendText(k) : legendText(k)) + gap;
        }
        if (!c.field().isEmpty()) {
            total += fm.stringWidth(maxText) + barW + fm.stringWidth(maxEnd);
        } else if (total > 0) {
            total -= gap;
        }
        return total;
    }

    static String shortLegendText(PortraitChart.PointKind k) {
        return k == PortraitChart.PointKind.EQUILIBRIUM ? "Nash eq." : legendText(k);
    }

    public static String legendText(PortraitChart.PointKind k) {
        return switch (k) {
            case STABLE -> "stable";
            case UNSTABLE -> "unstable";
            case NEUTRAL -> "centre";
            case EQUILIBRIUM -> "Nash equilibrium";
        };
    }

    /** A number with 2 significant digits ("0.42", "1.3e-05"). */
    public static String shortNumber(double v) {
        if (v == 0) {
            return "0";
        }
        String t = String.format(java.util.Locale.ROOT, "%.2g", v);
        if (t.contains("e")) {
            return t.replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
        }
        return t.contains(".") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
    }
}
