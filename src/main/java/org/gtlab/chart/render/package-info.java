/**
 * Renderers on {@link java.awt.Graphics2D} (one per chart kind, dispatched by
 * {@link org.gtlab.chart.render.ChartRenderer}) and {@link org.gtlab.chart.render.ChartExport}, which
 * writes PNG (at a dpi), SVG (JFreeSVG) and PDF (OpenPDF) from the same drawing code. Depends on
 * {@code chart.model} and {@code chart.layout}.
 */
package org.gtlab.chart.render;
