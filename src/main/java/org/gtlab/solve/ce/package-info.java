/**
 * Correlated equilibria (Aumann 1974): the CE polytope's incentive constraints, the exact
 * welfare-maximising CE by the integer simplex, and the maximum-entropy CE
 * ({@link org.gtlab.solve.ce.CorrelatedEquilibria}).
 */
package org.gtlab.solve.ce;
