/**
 * The screen bridge of the chart renderers: {@link org.gtlab.chart.fx.ChartCanvas} draws any
 * {@link org.gtlab.chart.model.Chart} on a JavaFX canvas through FXGraphics2D with the same
 * {@code chart.render} code that writes PNG, SVG and PDF. The only part of {@code chart} that may
 * import JavaFX (ArchitectureTest).
 */
package org.gtlab.chart.fx;
