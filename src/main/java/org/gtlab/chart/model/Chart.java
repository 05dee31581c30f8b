package org.gtlab.chart.model;

/**
 * A chart model: everything needed to draw a picture, and nothing about how the numbers were
 * computed (no game or solver types: the {@code figure} room converts those into chart models).
 * Drawn by {@code org.gtlab.chart.render.ChartRenderer} on any {@link java.awt.Graphics2D} (screen,
 * SVG, PDF, PNG) and written as LaTeX by {@code org.gtlab.chart.tex.TikzWriter}.
 *
 * <p>The set of chart kinds is closed (every renderer and writer switches over it exhaustively):
 * line/scatter charts ({@link XYChart}), stacked areas ({@link StackedChart}), heat maps
 * ({@link HeatMapChart}), phase portraits ({@link PortraitChart}), box plots ({@link BoxPlotChart}) and payoff tables
 * ({@link PayoffTable}, non-sealed so that the editor can draw a lazily read table).
 */
public sealed interface Chart permits XYChart, StackedChart, HeatMapChart, PortraitChart, PayoffTable,
        BoxPlotChart {

    /** Title drawn above the chart (may be empty). */
    String title();

    /** Caption drawn below the chart, for example the game and the method (may be empty). */
    String caption();
}
