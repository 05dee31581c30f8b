/**
 * Layout of chart models in device-independent points: text metrics, "nice" ticks, where the plot,
 * labels and legend of an XY chart go, the cell grid of a payoff table. Depends on {@code chart.model}
 * only; shared by the Graphics2D renderers and the TikZ writer so that screen, PNG/SVG/PDF and LaTeX
 * agree.
 */
package org.gtlab.chart.layout;
