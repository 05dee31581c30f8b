/**
 * Logit quantal response equilibrium: the principal branch traced by predictor–corrector path
 * following ({@link org.gtlab.solve.logit.LogitBranch}, Turocy 2005), its limit Nash equilibrium
 * ({@link org.gtlab.solve.logit.LogitSolver}, method {@code logit}), maximum-likelihood fits of λ
 * ({@link org.gtlab.solve.logit.LogitFit}) and the exact refinement of approximate equilibria
 * ({@link org.gtlab.solve.logit.ExactRefinement}). Doubles throughout; N players.
 */
package org.gtlab.solve.logit;
