/**
 * The figure room: turns core results (games, solver results, dynamics, run records and snapshots)
 * into {@code org.gtlab.chart.model} charts, without JavaFX and without printing, so that the app and
 * the command line ({@code gtlab export}) draw the same figure from the same data.
 *
 * <ul>
 *   <li>{@link org.gtlab.figure.PortraitBuilder} / {@link org.gtlab.figure.PortraitSpec}: phase
 *       portraits (line, simplex, square; vector field, trajectories, rest points, basins);</li>
 *   <li>{@link org.gtlab.figure.Diagrams}: best-response squares and upper envelopes of 2-player games;</li>
 *   <li>{@link org.gtlab.figure.RunCharts}: run-metric charts (several runs, one metric, log/linear);</li>
 *   <li>{@link org.gtlab.figure.RunCharts}: run charts, team-lab curves, meta-game heat maps, weights and policy
 *       figures; {@link org.gtlab.figure.LabVerdict}: the FXP/PSRO equilibrium verdict;</li>
 *   <li>{@link org.gtlab.figure.MatrixFigure}: the payoff table of a game; {@link org.gtlab.figure.JointMatrix}:
 *       the joint-action payoff matrix of a team game.</li>
 * </ul>
 *
 * <p>May import chart, game, solve, eval, dynamics, learn, run and math (ArchitectureTest).
 */
package org.gtlab.figure;
