package org.gtlab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.gtlab.chart.layout.XYLayout;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.chart.render.StackedRenderer;
import org.junit.jupiter.api.Test;

/**
 * A stacked chart's legend is drawn on top of its layers: the layers fill the whole plot (shares
 * that sum to 1 on a [0, 1] axis), so a legend drawn first would be painted over.
 */
class StackedLegendTest {

    @Test
    void legendIsDrawnOverTheLayers() {
        double[] xs = {0, 1, 2, 3};
        StackedChart c = new StackedChart("Shares", "", XYChart.Axis.linear("event", 0, 3),
                XYChart.Axis.linear("share", 0, 1), xs,
                List.of(new StackedChart.Layer("first", new double[] {0.5, 0.5, 0.5, 0.5}, 0),
                        new StackedChart.Layer("second", new double[] {0.5, 0.5, 0.5, 0.5}, 1)), true);
        ChartStyle s = ChartStyle.paper();
        int w = 480;
        int h = 360;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        StackedRenderer.draw(g, c, s, w, h);
        XYLayout l = XYLayout.of(g, c.frame(), s, w, h);
        g.dispose();
        Rectangle2D box = l.legendBox;
        assertNotNull(box, "the legend sits in a box inside the plot");
        // a point in the legend box, right of the entries' text: background there, not a layer colour
        int x = (int) Math.round(box.getMaxX() - 2);
        int y = (int) Math.round(box.getCenterY());
        Color bg = s.background();
        assertEquals(bg.getRGB() | 0xff000000, img.getRGB(x, y) | 0xff000000,
                "the legend box's background is on top of the layers at (" + x + ", " + y + ")");
        // and outside the legend, the plot is covered by a layer
        Rectangle2D p = l.plot;
        int px = (int) Math.round(p.getMinX() + 4);
        int py = (int) Math.round(p.getMaxY() - 4);
        assertNotEquals(bg.getRGB() | 0xff000000, img.getRGB(px, py) | 0xff000000, "layers fill the plot");
    }
}
