package org.gtlab.chart.render;

import org.gtlab.chart.layout.Metrics;
import org.gtlab.chart.layout.TableLayout;
import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;

import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;

/**
 * The one drawing path for every chart: the screen (through FXGraphics2D), SVG, PDF and PNG all
 * call {@link #draw}.
 */
public final class ChartRenderer {

    /** Default size of an XY chart, in points: a paper column at 4:3. */
    public static final double DEFAULT_WIDTH = 360;
    public static final double DEFAULT_HEIGHT = 270;

    private ChartRenderer() {
    }

    /**
     * Draws {@code chart} into the box {@code (0, 0, w, h)} of {@code g}. Tables are drawn at
     * their natural size from the top-left corner (with a margin); XY charts fill the box.
     */
    public static void draw(Graphics2D g, Chart chart, ChartStyle style, double w, double h) {
        if (chart instanceof PayoffTable) {
            PayoffTable t = (PayoffTable) chart;
            g.setColor(style.background());
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, w, h));
            double m = margin(style);
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.translate(m, m);
                TableLayout l = TableLayout.of(t, style, g2);
                TableRenderer.draw(g2, t, style, l, 0, 0, l.width() + 1, l.height(t.rows()) + 1, false);
            } finally {
                g2.dispose();
            }
        } else if (chart instanceof XYChart) {
            XYRenderer.draw(g, (XYChart) chart, style, w, h);
        } else if (chart instanceof HeatMapChart) {
            HeatMapRenderer.draw(g, (HeatMapChart) chart, style, w, h);
        } else if (chart instanceof StackedChart) {
            StackedRenderer.draw(g, (StackedChart) chart, style, w, h);
        } else if (chart instanceof PortraitChart) {
            PortraitRenderer.draw(g, (PortraitChart) chart, style, w, h);
        } else if (chart instanceof org.gtlab.chart.model.BoxPlotChart) {
            BoxPlotRenderer.draw(g, (org.gtlab.chart.model.BoxPlotChart) chart, style, w, h);
        } else {
            throw new IllegalArgumentException("no renderer for " + chart.getClass().getSimpleName());
        }
    }

    private static double margin(ChartStyle s) {
        return Math.ceil(0.5 * s.scaledFontSize());
    }

    /**
     * Natural size in points: a table's measured size plus margins; for XY charts the given
     * default.
     */
    public static Dimension2D naturalSize(Chart chart, ChartStyle style, double xyWidth, double xyHeight) {
        if (chart instanceof PayoffTable) {
            BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            try {
                return naturalSize(g, chart, style, xyWidth, xyHeight);
            } finally {
                g.dispose();
            }
        }
        return new Size(xyWidth, xyHeight);
    }

    /**
     * {@link #naturalSize(Chart, ChartStyle, double, double)} measured on {@code g}: the screen
     * measures with its own fonts, whose widths differ from Java2D's.
     */
    public static Dimension2D naturalSize(Graphics2D g, Chart chart, ChartStyle style, double xyWidth,
            double xyHeight) {
        if (chart instanceof PayoffTable) {
            PayoffTable t = (PayoffTable) chart;
            TableLayout l = TableLayout.of(t, style, g);
            double m = margin(style);
            double capW = t.caption().isEmpty() ? 0
                    : Metrics.of(g, TableRenderer.font(style, false)).stringWidth(t.caption());
            double titleW = t.title().isEmpty() ? 0
                    : Metrics.of(g, TableRenderer.font(style, true)).stringWidth(t.title());
            return new Size(Math.ceil(Math.max(l.width(), Math.max(capW, titleW)) + 2 * m + 1),
                    Math.ceil(l.height(t.rows()) + 2 * m + 1));
        }
        return new Size(xyWidth, xyHeight);
    }

    /** A width × height pair. */
    public static final class Size extends Dimension2D {
        private double width;
        private double height;

        public Size(double width, double height) {
            this.width = width;
            this.height = height;
        }

        @Override
        public double getWidth() {
            return width;
        }

        @Override
        public double getHeight() {
            return height;
        }

        @Override
        public void setSize(double w, double h) {
            this.width = w;
            this.height = h;
        }

        @Override
        public String toString() {
            return width + "×" + height;
        }
    }
}
