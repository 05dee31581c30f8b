/**
 * Mixed equilibria of N-player games: {@code enumpoly} (all isolated equilibria by support
 * enumeration and polynomial solving, {@link org.gtlab.solve.nplayer.EnumPolySolver}),
 * {@code simpdiv} (one equilibrium by simplicial subdivision with restarts,
 * {@link org.gtlab.solve.nplayer.SimpDivSolver}) and {@code gnm} (equilibria on a global Newton
 * path, {@link org.gtlab.solve.nplayer.GnmSolver}). Every profile is verified by its max regret
 * and refined to exact rationals where its support system allows
 * ({@link org.gtlab.solve.nplayer.NumericEquilibrium}).
 */
package org.gtlab.solve.nplayer;
