package org.gtlab.chart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.gtlab.chart.layout.XYLayout;
import org.gtlab.chart.model.BoxPlotChart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;

/**
 * Draws a {@link BoxPlotChart}: its {@link BoxPlotChart#frame() frame} (axes, grid, title, caption)
 * through {@link XYRenderer}, then per box the whisker (a line with caps from min to max), the box
 * from q1 to q3 filled with a light tint of its colour and outlined in it, and the median as a thick
 * line; the labels last, on their background boxes, so a box never covers a label.
 */
public final class BoxPlotRenderer {

    private BoxPlotRenderer() {
    }

    /** Draws {@code c} into the box {@code (0, 0, w, h)}. */
    public static void draw(Graphics2D g, BoxPlotChart c, ChartStyle s, double w, double h) {
        XYChart frame = c.frame();
        // the frame without its diamonds: the boxes take their place
        XYChart bare = new XYChart(frame.title(), frame.caption(), frame.x(), frame.y(), frame.series(),
                java.util.List.of(), false, false);
        XYRenderer.draw(g, bare, s, w, h, false);
        XYLayout l = XYLayout.of(g, frame, s, w, h);
        Rectangle2D p = l.plot;
        double sc = s.scale();
        Shape clip = g.getClip();
        g.clip(p);
        for (int i = 0; i < c.boxes().size(); i++) {
            BoxPlotChart.Box b = c.boxes().get(i);
            Color col = XYRenderer.colour(s, b.colour());
            double xc = XYRenderer.px(frame, p, i + 1);
            double half = Math.abs(XYRenderer.px(frame, p, i + 1 + BoxPlotChart.HALF_WIDTH) - xc);
            double yMin = XYRenderer.py(frame, p, b.min());
            double yMax = XYRenderer.py(frame, p, b.max());
            double yQ1 = XYRenderer.py(frame, p, b.q1());
            double yQ3 = XYRenderer.py(frame, p, b.q3());
            double yMed = XYRenderer.py(frame, p, b.median());
            g.setColor(col);
            g.setStroke(new BasicStroke((float) (1.1 * sc)));
            g.draw(new Line2D.Double(xc, yMin, xc, yMax));
            g.draw(new Line2D.Double(xc - half / 2, yMin, xc + half / 2, yMin));
            g.draw(new Line2D.Double(xc - half / 2, yMax, xc + half / 2, yMax));
            Rectangle2D box = new Rectangle2D.Double(xc - half, Math.min(yQ1, yQ3), 2 * half,
                    Math.max(Math.abs(yQ1 - yQ3), 0.8 * sc));
            g.setColor(tint(col, s.background()));
            g.fill(box);
            g.setColor(col);
            g.draw(box);
            g.setColor(s.foreground());
            g.setStroke(new BasicStroke((float) (2.0 * sc), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Line2D.Double(xc - half, yMed, xc + half, yMed));
        }
        g.setClip(clip);
        g.setFont(TableRenderer.font(s, false));
        for (XYLayout.MarkerLabel ml : l.markerLabels) {
            g.setColor(s.background());
            g.fill(ml.box());
            g.setColor(s.foreground());
            g.drawString(ml.text(), (float) ml.x(), (float) ml.baseline());
        }
    }

    /** 30 % of the colour over the background. */
    static Color tint(Color c, Color bg) {
        return new Color((int) Math.round(0.3 * c.getRed() + 0.7 * bg.getRed()),
                (int) Math.round(0.3 * c.getGreen() + 0.7 * bg.getGreen()),
                (int) Math.round(0.3 * c.getBlue() + 0.7 * bg.getBlue()));
    }
}
