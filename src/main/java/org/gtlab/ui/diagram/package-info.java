/**
 * The "Diagrams" view of a two-player game: best-response envelopes and equilibrium diagrams built by
 * {@code org.gtlab.figure} from the game being edited and the equilibria its solve view model found,
 * drawn through {@code chart.fx}.
 *
 * <p>Contract: never solves (it reads the solve view model's result); imports figure, chart, game and
 * the editor/solve view models. FX thread only.
 */
package org.gtlab.ui.diagram;
