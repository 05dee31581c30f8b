/**
 * The one recipe format of GT Lab and the one chart export path.
 *
 * <p>Every exported file {@code dir/NAME.EXT} gets its own recipe {@code dir/NAME.EXT.recipe.json}
 * ({@link org.gtlab.io.recipe.Recipes#pathFor}): a {@link org.gtlab.io.recipe.Recipe}
 * ({@code {"format": "gtlab-recipe", "version": 1, "kind": …}}) holding everything needed to make the
 * file again: the game, the runs' specs (method, parameters, seed, steps done) or the data as shown
 * (payoff table cells, equilibria), the chart options and the output's size, dpi and theme.
 *
 * <ul>
 *   <li>Write: build a recipe with a {@code Recipe} factory ({@code run}, {@code runChart},
 *       {@code portrait}, {@code labFigure}, {@code matrix}, {@code diagram}) and pass it to
 *       {@link org.gtlab.io.recipe.Exporter#write} (a chart) or
 *       {@link org.gtlab.io.recipe.Exporter#writeBytes} (PGFPlots, CSV, JSON).</li>
 *   <li>Read: {@link org.gtlab.io.recipe.Recipes#read} (also the five formats of GT Lab 0.1).</li>
 *   <li>Re-make: {@link org.gtlab.io.recipe.FigureMaker#chart} / {@link org.gtlab.io.recipe.FigureMaker#render}
 *       (used by {@code gtlab export}).</li>
 * </ul>
 * No JavaFX, no printing; reads the {@code figure} room's builders.
 */
package org.gtlab.io.recipe;
