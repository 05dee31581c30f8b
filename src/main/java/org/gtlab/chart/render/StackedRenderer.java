package org.gtlab.chart.render;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a {@link StackedChart}: its {@link StackedChart#frame() frame} (axes, grid, title, caption,
 * legend) through {@link XYRenderer}, then each layer as the area between its lower and upper
 * cumulative boundary, separated by thin lines in the background colour, then the plot frame again,
 * and the legend last (on top of the layers, which would otherwise hide it).
 */
public final class StackedRenderer {

    private StackedRenderer() {
    }

    /** Draws {@code c} into the box {@code (0, 0, w, h)}. */
    public static void draw(Graphics2D g, StackedChart c, ChartStyle s, double w, double h) {
        XYChart frame = c.frame();
        XYRenderer.draw(g, frame, s, w, h, false);
        Rectangle2D p = XYRenderer.plotArea(g, frame, s, w, h);
        int n = c.size();
        if (n > 0) {
            drawLayers(g, c, s, frame, p);
        }
        // the legend sits inside the plot: drawn last, so the areas never cover it
        XYRenderer.drawLegend(g, frame, s, w, h);
    }

    private static void drawLayers(Graphics2D g, StackedChart c, ChartStyle s, XYChart frame, Rectangle2D p) {
        int n = c.size();
        Shape clip = g.getClip();
        g.clip(p);
        double sc = s.scale();
        double[] lower = new double[n];
        for (StackedChart.Layer layer : c.layers()) {
            double[] upper = new double[n];
            for (int i = 0; i < n; i++) {
                upper[i] = lower[i] + layer.value(i);
            }
            Path2D.Double area = new Path2D.Double();
            area.moveTo(XYRenderer.px(frame, p, c.x(0)), XYRenderer.py(frame, p, upper[0]));
            for (int i = 1; i < n; i++) {
                area.lineTo(XYRenderer.px(frame, p, c.x(i)), XYRenderer.py(frame, p, upper[i]));
            }
            for (int i = n - 1; i >= 0; i--) {
                area.lineTo(XYRenderer.px(frame, p, c.x(i)), XYRenderer.py(frame, p, lower[i]));
            }
            area.closePath();
            Color col = XYRenderer.colour(s, layer.colour());
            g.setColor(col);
            g.fill(area);
            Path2D.Double top = new Path2D.Double();
            top.moveTo(XYRenderer.px(frame, p, c.x(0)), XYRenderer.py(frame, p, upper[0]));
            for (int i = 1; i < n; i++) {
                top.lineTo(XYRenderer.px(frame, p, c.x(i)), XYRenderer.py(frame, p, upper[i]));
            }
            g.setColor(s.background());
            g.setStroke(new BasicStroke((float) (0.7 * sc), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(top);
            lower = upper;
        }
        g.setClip(clip);
        g.setColor(s.foreground());
        g.setStroke(new BasicStroke((float) (0.9 * sc)));
        g.draw(p);
    }
}
