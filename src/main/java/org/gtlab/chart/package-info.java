/**
 * Charts without any model room: {@code chart.model} (the sealed {@code Chart} = XY, stacked, heat
 * map, portrait, payoff table), {@code chart.layout} (axes, ticks, legends), {@code chart.render}
 * (one Graphics2D renderer to PNG, SVG, PDF), {@code chart.tex} (TikZ/PGFPlots from the same model)
 * and {@code chart.fx} (the FXGraphics2D bridge to the screen).
 *
 * <p>Contract: imports the JDK, java.awt and the SVG/PDF libraries, no {@code org.gtlab} room; the
 * parts are layered model ← layout ← render ← tex/fx without cycles; only {@code chart.fx} touches
 * JavaFX. Chart models are immutable values; renderers are pure functions of the model (the same
 * model gives the same bytes). No threads, no printing.
 */
package org.gtlab.chart;
