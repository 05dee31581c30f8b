/**
 * The "Solve" panel: {@link org.gtlab.ui.solve.SolveViewModel} runs the chosen
 * {@link org.gtlab.solve.NashSolver} on the background executor (cancellable, with progress and an
 * estimate before exact methods start) and {@link org.gtlab.ui.solve.SolvePanel} shows the equilibria.
 *
 * <p>Contract: the view only displays values (SolveResult, solver names); solving happens in the view
 * model, off the FX thread, and results return on the FX thread. Imports solve's API, game, math,
 * eval, figure and chart models, {@code ui.common} and {@code ui.editor} (the game being solved); no
 * other feature package of ui.
 */
package org.gtlab.ui.solve;
