/**
 * Linear programming ({@code lp}): the value and optimal strategies of two-player constant-sum
 * games, exactly (floating-point guess certified exactly, Dixon p-adic lifting in
 * {@link org.gtlab.math.PadicSolver}, and an exact simplex fallback {@code ExactSimplex} that
 * {@code solve.dominance} also uses for mixed dominators). Depends on the solve API, {@code game}
 * and {@code math} only.
 */
package org.gtlab.solve.lp;
