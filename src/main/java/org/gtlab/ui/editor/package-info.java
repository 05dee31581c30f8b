/**
 * The payoff-matrix editor: {@link org.gtlab.ui.editor.EditorViewModel} (the game being edited,
 * undo history, selection, constraints), the editing commands ({@code GameEdits}), paste parsing and
 * the payoff grid view.
 *
 * <p>Contract: imports game, math, figure and chart (the grid's decorations) and JavaFX; no other ui
 * package (the others build on the editor). FX thread only; edits are immutable game values, so the view
 * model can be tested without a screen. Bad input (a pasted cell that is not a number) becomes one
 * message naming row and column, never an exception on the FX thread.
 */
package org.gtlab.ui.editor;
