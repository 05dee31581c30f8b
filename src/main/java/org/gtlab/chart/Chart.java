package org.gtlab.chart;

/**
 * A chart model: everything needed to draw a picture, and nothing about how the numbers were
 * computed (no game or solver types: the UI converts those into chart models). Drawn by
 * {@link ChartRenderer} on any {@link java.awt.Graphics2D} (screen, SVG, PDF, PNG) and written as
 * LaTeX by {@link TikzWriter}.
 */
public interface Chart {

    /** Title drawn above the chart (may be empty). */
    String title();

    /** Caption drawn below the chart, for example the game and the method (may be empty). */
    String caption();
}
