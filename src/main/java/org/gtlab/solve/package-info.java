/**
 * The solver API: {@link org.gtlab.solve.NashSolver} (a method that computes equilibria of a
 * {@link org.gtlab.game.NormalFormGame}), its {@link org.gtlab.solve.SolveResult}, and what a
 * caller controls about a solve — {@link org.gtlab.solve.SolveOptions} (stop after N equilibria,
 * refuse a job whose {@link org.gtlab.solve.WorkEstimate} exceeds a time limit unless forced),
 * {@link org.gtlab.solve.SolveListener} progress and {@link org.gtlab.solve.WorkRefusedException}.
 *
 * <p>Contract: this package depends only on {@code game} and {@code math}, never on the method
 * packages below it ({@code solve.pure}, {@code solve.vertex}, {@code solve.lh}, {@code solve.lp},
 * {@code solve.dominance}); they implement this API, and {@code solve.catalog} composes them into
 * the registry by name. Solvers are stateless and thread-safe, return exact results or refuse
 * (IllegalArgumentException with the reason), poll {@link org.gtlab.math.Cancellation} and never
 * print. Every registered method passes {@code NashSolverContractTest}.
 */
package org.gtlab.solve;
