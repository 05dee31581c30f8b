/**
 * Lemke–Howson path following for bimatrix games ({@code lcp}): one path per dropped label, or the
 * set of equilibria reachable from the artificial equilibrium (as gambit-lcp), in floating point
 * with exact verification and an exact fraction-free fallback ({@link org.gtlab.math.IntTableau}),
 * lexicographic so degenerate games are handled. Depends on the solve API, {@code game} and
 * {@code math} only.
 */
package org.gtlab.solve.lh;
