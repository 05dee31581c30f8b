/**
 * Vertex enumeration for bimatrix games ({@code enummixed}): all extreme equilibria by reverse
 * search over both best-response polytopes with exact lexicographic integer pivoting
 * ({@code LexDictionary} on {@link org.gtlab.math.Wide} 128-bit arithmetic, then BigInteger), and
 * the maximal Nash subsets (cliques of the extreme-equilibrium graph). Results are the same as
 * lrsnash's (tested against it when installed). Depends on the solve API, {@code game} and
 * {@code math} only; no other method package.
 */
package org.gtlab.solve.vertex;
