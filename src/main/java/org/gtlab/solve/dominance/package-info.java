/**
 * Iterated elimination of dominated strategies ({@code dominance}): strict or weak, by pure or
 * mixed dominators (the latter by exact LP from {@code solve.lp}), with the elimination steps in the
 * result. Depends on the solve API, {@code solve.lp}, {@code game} and {@code math}.
 */
package org.gtlab.solve.dominance;
