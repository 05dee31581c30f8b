/**
 * LaTeX output of chart models: TikZ pictures ({@link org.gtlab.chart.tex.TikzWriter}, phase portraits
 * through {@link org.gtlab.chart.tex.PortraitTikz}) and PGFPlots axes
 * ({@link org.gtlab.chart.tex.PgfplotsWriter}), laid out with {@code chart.layout} so that they match
 * the PNG/PDF renderings.
 */
package org.gtlab.chart.tex;
