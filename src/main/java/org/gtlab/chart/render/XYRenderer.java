package org.gtlab.chart.render;

import org.gtlab.chart.layout.XYLayout;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;

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

    /** Radius of a marker before the style's scale, in points. */
    public static final double MARKER_RADIUS = XYLayout.MARKER_RADIUS;

    /** Plot-area rectangle of a chart drawn into a {@code w × h} box (for mouse interaction). */
    public static Rectangle2D plotArea(Graphics2D g, XYChart c, ChartStyle s, double w, double h) {
        return (Rectangle2D) XYLayout.of(g, c, s, w, h).plot.clone();
    }

    /** Draws {@code c} into the box {@code (0, 0, w, h)}. */
    public static void draw(Graphics2D g, XYChart c, ChartStyle s, double w, double h) {
        draw(g, c, s, w, h, true);
    }

    /**
     * Draws {@code c}, with its legend or without it (a chart that paints over the plot area
     * afterwards, such as {@link StackedRenderer}, draws the legend last with {@link #drawLegend}).
     */
    static void draw(Graphics2D g, XYChart c, ChartStyle s, double w, double h, boolean withLegend) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(s.background());
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        Font f = TableRenderer.font(s, false);
        Font fb = TableRenderer.font(s, true);
        XYLayout l = XYLayout.of(g, c, s, w, h);
        double sc = s.scale();
        Rectangle2D p = l.plot;

        // title
        if (l.title != null) {
            g.setFont(fb);
            g.setColor(s.foreground());
            g.drawString(l.title.text(), (float) l.title.x(), (float) l.title.baseline());
        }
        // grid and ticks
        g.setFont(f);
        g.setStroke(new BasicStroke((float) (0.5 * sc)));
        for (int i = 0; i < l.xTicks.size(); i++) {
            double x = l.xTickPos(i);
            g.setColor(s.grid());
            g.draw(new Line2D.Double(x, p.getMinY(), x, p.getMaxY()));
            g.setColor(s.foreground());
            Rectangle2D b = l.xTickBox(i);
            g.drawString(l.xTickLabel(i), (float) b.getX(), (float) (b.getY() + l.ascent));
        }
        for (int i = 0; i < l.yTicks.size(); i++) {
            double y = l.yTickPos(i);
            g.setColor(s.grid());
            g.draw(new Line2D.Double(p.getMinX(), y, p.getMaxX(), y));
            g.setColor(s.foreground());
            Rectangle2D b = l.yTickBox(i);
            g.drawString(l.yTickLabel(i), (float) b.getX(), (float) (y + l.ascent / 2.0 - l.descent / 2.0));
        }
        // frame
        g.setColor(s.foreground());
        g.setStroke(new BasicStroke((float) (0.9 * sc)));
        g.draw(p);
        // axis labels
        for (XYLayout.Text t : l.xLabel) {
            g.drawString(t.text(), (float) t.x(), (float) t.baseline());
        }
        if (l.yLabelTop != null) {
            g.drawString(l.yLabelTop.text(), (float) l.yLabelTop.x(), (float) l.yLabelTop.baseline());
        }
        for (int i = 0; i < l.yLabel.size(); i++) {
            String lab = l.yLabel.get(i);
            AffineTransform old = g.getTransform();
            g.translate(l.yLabelX + i * l.lineH, p.getCenterY() + l.width(lab) / 2.0);
            g.rotate(-Math.PI / 2);
            g.drawString(lab, 0f, 0f);
            g.setTransform(old);
        }
        // caption
        g.setColor(s.muted());
        for (XYLayout.Text t : l.caption) {
            g.drawString(t.text(), (float) t.x(), (float) t.baseline());
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
        // markers (whole, also on the frame), then their labels on a background box (placed
        // inside the plot by the layout)
        g.setClip(clip);
        double r = XYLayout.markerRadius(s);
        double m0 = 1.4 * r + 2 * sc;
        g.clip(new Rectangle2D.Double(p.getX() - m0, p.getY() - m0, p.getWidth() + 2 * m0, p.getHeight() + 2 * m0));
        for (XYChart.Marker m : c.markers()) {
            drawMarker(g, m.shape(), px(c, p, m.x()), py(c, p, m.y()), r, colour(s, m.colour()), s.background(), sc);
        }
        g.setClip(clip);
        for (XYLayout.MarkerLabel ml : l.markerLabels) {
            g.setColor(s.background());
            g.fill(ml.box());
            g.setColor(s.foreground());
            g.drawString(ml.text(), (float) ml.x(), (float) ml.baseline());
        }
        if (withLegend) {
            drawLegend(g, l, s);
        }
    }

    /** Draws the legend of {@code c} (box and entries) on top of whatever is drawn already. */
    static void drawLegend(Graphics2D g, XYChart c, ChartStyle s, double w, double h) {
        drawLegend(g, XYLayout.of(g, c, s, w, h), s);
    }

    private static void drawLegend(Graphics2D g, XYLayout l, ChartStyle s) {
        double sc = s.scale();
        if (l.legendBox != null) {
            g.setColor(s.background());
            g.fill(l.legendBox);
            g.setColor(s.grid());
            g.setStroke(new BasicStroke((float) (0.8 * sc)));
            g.draw(l.legendBox);
        }
        for (XYLayout.LegendEntry e : l.legend) {
            double cy = e.y() + l.lineH / 2;
            XYChart.Series ser = e.series();
            g.setColor(colour(s, ser.colour()));
            g.setStroke(stroke(ser.width() * sc, ser.dash(), sc));
            g.draw(new Line2D.Double(e.x(), cy, e.x() + l.swatch, cy));
            g.setColor(s.foreground());
            g.drawString(e.text(), (float) (e.x() + l.swatch + 0.4 * l.em), (float) (e.y() + l.ascent));
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
        return XYLayout.px(c, p, v);
    }

    /** Screen y of data value v. */
    public static double py(XYChart c, Rectangle2D p, double v) {
        return XYLayout.py(c, p, v);
    }
}
