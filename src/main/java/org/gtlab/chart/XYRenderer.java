package org.gtlab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws an {@link XYChart} on a {@link Graphics2D}: axes with "nice" ticks and labels, series as
 * polylines, markers on top, an optional legend in the top-right corner of the plot.
 */
public final class XYRenderer {

    private XYRenderer() {
    }

    /** Plot-area rectangle of a chart drawn into a {@code w × h} box (for mouse interaction). */
    public static Rectangle2D plotArea(Graphics2D g, XYChart c, ChartStyle s, double w, double h) {
        Font f = TableRenderer.font(s, false);
        Metrics fm = Metrics.of(g, f);
        double em = s.scaledFontSize();
        double lineH = fm.getAscent() + fm.getDescent();
        double left = em * 0.6 + (c.y().label().isEmpty() ? 0 : lineH + em * 0.4) + maxTickWidth(fm, c.y()) + em * 0.5;
        double right = em * 1.2;
        double top = (c.title().isEmpty() ? em * 0.8 : lineH * 1.6 + em * 0.4);
        double bottom = em * 0.5 + lineH + (c.x().label().isEmpty() ? 0 : lineH + em * 0.3)
                + (c.caption().isEmpty() ? 0 : lineH + em * 0.6) + em * 0.4
                + legendRows(fm, c, w, em).size() * lineH + (legendRows(fm, c, w, em).isEmpty() ? 0 : em * 0.4);
        double pw = Math.max(10, w - left - right);
        double ph = Math.max(10, h - top - bottom);
        if (c.square()) {
            double side = Math.min(pw, ph);
            left += (pw - side) / 2;
            top += (ph - side) / 2;
            pw = side;
            ph = side;
        }
        return new Rectangle2D.Double(left, top, pw, ph);
    }

    /** The named series laid out in rows that fit the width (legend under the plot). */
    static List<List<XYChart.Series>> legendRows(Metrics fm, XYChart c, double w, double em) {
        List<List<XYChart.Series>> rows = new java.util.ArrayList<>();
        if (!c.legend()) {
            return rows;
        }
        double max = Math.max(60, w - 2 * em);
        List<XYChart.Series> cur = new java.util.ArrayList<>();
        double x = 0;
        for (XYChart.Series s : c.series()) {
            if (s.name().isEmpty()) {
                continue;
            }
            double ew = entryWidth(fm, s, em);
            if (!cur.isEmpty() && x + ew > max) {
                rows.add(cur);
                cur = new java.util.ArrayList<>();
                x = 0;
            }
            cur.add(s);
            x += ew;
        }
        if (!cur.isEmpty()) {
            rows.add(cur);
        }
        return rows;
    }

    private static double entryWidth(Metrics fm, XYChart.Series s, double em) {
        return 1.8 * em + em * 0.4 + fm.stringWidth(s.name()) + em * 1.2;
    }

    private static double maxTickWidth(Metrics fm, XYChart.Axis a) {
        double w = 0;
        for (double v : Ticks.of(a, 6)) {
            w = Math.max(w, fm.stringWidth(Ticks.label(v, a)));
        }
        return w;
    }

    /** About 6 x ticks, fewer when their labels would not fit side by side in a narrow plot. */
    static int xTickTarget(Metrics fm, XYChart.Axis a, double plotWidth, double em) {
        for (int target = 6; target > 2; target--) {
            List<Double> t = Ticks.of(a, target);
            double widest = 0;
            for (double v : t) {
                widest = Math.max(widest, fm.stringWidth(Ticks.label(v, a)));
            }
            if (t.size() * (widest + em) <= plotWidth) {
                return target;
            }
        }
        return 2;
    }

    /** Draws {@code c} into the box {@code (0, 0, w, h)}. */
    public static void draw(Graphics2D g, XYChart c, ChartStyle s, double w, double h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(s.background());
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        Font f = TableRenderer.font(s, false);
        Font fb = TableRenderer.font(s, true);
        Metrics fm = Metrics.of(g, f);
        double sc = s.scale();
        double em = s.scaledFontSize();
        Rectangle2D p = plotArea(g, c, s, w, h);

        // title
        if (!c.title().isEmpty()) {
            g.setFont(fb);
            g.setColor(s.foreground());
            Metrics fmb = Metrics.of(g, fb);
            g.drawString(c.title(), (float) (p.getCenterX() - fmb.stringWidth(c.title()) / 2.0),
                    (float) (em * 0.4 + fmb.getAscent()));
        }
        // grid and ticks
        g.setFont(f);
        List<Double> xt = Ticks.of(c.x(), xTickTarget(fm, c.x(), p.getWidth(), em));
        List<Double> yt = Ticks.of(c.y(), 6);
        g.setStroke(new BasicStroke((float) (0.5 * sc)));
        for (double v : xt) {
            double x = px(c, p, v);
            g.setColor(s.grid());
            g.draw(new Line2D.Double(x, p.getMinY(), x, p.getMaxY()));
            g.setColor(s.foreground());
            String lab = Ticks.label(v, c.x());
            g.drawString(lab, (float) (x - fm.stringWidth(lab) / 2.0), (float) (p.getMaxY() + em * 0.4 + fm.getAscent()));
        }
        for (double v : yt) {
            double y = py(c, p, v);
            g.setColor(s.grid());
            g.draw(new Line2D.Double(p.getMinX(), y, p.getMaxX(), y));
            g.setColor(s.foreground());
            String lab = Ticks.label(v, c.y());
            g.drawString(lab, (float) (p.getMinX() - em * 0.4 - fm.stringWidth(lab)),
                    (float) (y + fm.getAscent() / 2.0 - fm.getDescent() / 2.0));
        }
        // frame
        g.setColor(s.foreground());
        g.setStroke(new BasicStroke((float) (0.9 * sc)));
        g.draw(p);
        // axis labels
        double lineH = fm.getAscent() + fm.getDescent();
        if (!c.x().label().isEmpty()) {
            String lab = c.x().label();
            g.drawString(lab, (float) (p.getCenterX() - fm.stringWidth(lab) / 2.0),
                    (float) (p.getMaxY() + em * 0.5 + lineH + em * 0.3 + fm.getAscent()));
        }
        if (!c.y().label().isEmpty()) {
            String lab = c.y().label();
            AffineTransform old = g.getTransform();
            double x = p.getMinX() - em * 0.5 - maxTickWidth(fm, c.y()) - em * 0.4 - fm.getDescent();
            g.translate(x, p.getCenterY() + fm.stringWidth(lab) / 2.0);
            g.rotate(-Math.PI / 2);
            g.drawString(lab, 0f, 0f);
            g.setTransform(old);
        }
        // caption
        if (!c.caption().isEmpty()) {
            g.setColor(s.muted());
            g.drawString(c.caption(), (float) (p.getCenterX() - fm.stringWidth(c.caption()) / 2.0),
                    (float) (h - em * 0.4 - fm.getDescent()));
        }
        // series (clipped to the plot)
        Shape clip = g.getClip();
        g.clip(new Rectangle2D.Double(p.getX() - 3 * sc, p.getY() - 3 * sc, p.getWidth() + 6 * sc, p.getHeight() + 6 * sc));
        for (XYChart.Series ser : c.series()) {
            g.setColor(colour(s, ser.colour()));
            g.setStroke(stroke(ser.width() * sc, ser.dash(), sc));
            Path2D.Double path = new Path2D.Double();
            boolean pen = false;
            for (int i = 0; i < ser.size(); i++) {
                double xv = ser.x(i);
                double yv = ser.y(i);
                if (!Double.isFinite(xv) || !Double.isFinite(yv) || (c.y().log() && yv <= 0)
                        || (c.x().log() && xv <= 0)) {
                    pen = false;
                    continue;
                }
                double x = px(c, p, xv);
                double y = py(c, p, yv);
                if (pen) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    pen = true;
                }
            }
            g.draw(path);
        }
        // markers
        double r = 3.6 * sc;
        for (XYChart.Marker m : c.markers()) {
            double x = px(c, p, m.x());
            double y = py(c, p, m.y());
            Color col = colour(s, m.colour());
            drawMarker(g, m.shape(), x, y, r, col, s.background(), sc);
            if (!m.label().isEmpty()) {
                g.setColor(s.foreground());
                g.drawString(m.label(), (float) (x + r + 2 * sc), (float) (y - r - 1 * sc));
            }
        }
        g.setClip(clip);
        // legend
        if (c.legend()) {
            g.setFont(f);
            drawLegend(g, c, s, p, fm, sc, em, w);
        }
    }

    private static void drawLegend(Graphics2D g, XYChart c, ChartStyle s, Rectangle2D p, Metrics fm, double sc,
            double em, double w) {
        List<List<XYChart.Series>> rows = legendRows(fm, c, w, em);
        double lineH = fm.getAscent() + fm.getDescent();
        double y = p.getMaxY() + em * 0.5 + lineH + (c.x().label().isEmpty() ? 0 : lineH + em * 0.3) + em * 0.4;
        double sw = 1.8 * em;
        for (List<XYChart.Series> row : rows) {
            double total = 0;
            for (XYChart.Series ser : row) {
                total += entryWidth(fm, ser, em);
            }
            double x = Math.max(em * 0.5, p.getCenterX() - total / 2);
            double cy = y + lineH / 2;
            for (XYChart.Series ser : row) {
                g.setColor(colour(s, ser.colour()));
                g.setStroke(stroke(ser.width() * sc, ser.dash(), sc));
                g.draw(new Line2D.Double(x, cy, x + sw, cy));
                g.setColor(s.foreground());
                g.drawString(ser.name(), (float) (x + sw + em * 0.4), (float) (y + fm.getAscent()));
                x += entryWidth(fm, ser, em);
            }
            y += lineH;
        }
    }

    static void drawMarker(Graphics2D g, XYChart.Shape shape, double x, double y, double r, Color col, Color bg,
            double sc) {
        g.setStroke(new BasicStroke((float) (1.4 * sc)));
        switch (shape) {
            case DOT -> {
                g.setColor(col);
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                g.setColor(bg);
                g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
            case CIRCLE -> {
                g.setColor(bg);
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                g.setColor(col);
                g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
            case SQUARE -> {
                g.setColor(col);
                g.fill(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
            case DIAMOND -> {
                double d = r * 1.35;
                Path2D.Double dm = new Path2D.Double();
                dm.moveTo(x, y - d);
                dm.lineTo(x + d, y);
                dm.lineTo(x, y + d);
                dm.lineTo(x - d, y);
                dm.closePath();
                g.setColor(col);
                g.fill(dm);
                g.setColor(bg);
                g.draw(dm);
            }
            default -> throw new IllegalStateException("unknown marker shape " + shape);
        }
    }

    static BasicStroke stroke(double w, XYChart.Dash dash, double sc) {
        return switch (dash) {
            case SOLID -> new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case DASHED -> new BasicStroke((float) w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {(float) (5 * sc), (float) (3.5 * sc)}, 0f);
            case DOTTED -> new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {(float) (0.5 * sc), (float) (3 * sc)}, 0f);
        };
    }

    static Color colour(ChartStyle s, int index) {
        return index < 0 ? s.foreground() : s.player(index);
    }

    /** Screen x of data value v. */
    public static double px(XYChart c, Rectangle2D p, double v) {
        return p.getMinX() + c.x().fraction(v) * p.getWidth();
    }

    /** Screen y of data value v. */
    public static double py(XYChart c, Rectangle2D p, double v) {
        return p.getMaxY() - c.y().fraction(v) * p.getHeight();
    }
}
