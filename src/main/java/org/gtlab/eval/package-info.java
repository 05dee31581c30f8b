/**
 * Pure functions that measure profiles: best responses, regret, NashConv, exploitability and
 * exact Nash tests ({@link org.gtlab.eval.Evaluation}), and their team-game counterparts. Exact
 * versions sum over the product of the supports only, so a pure profile of a huge game costs one
 * cell per player. Depends on {@code game} and {@code math}; never prints.
 */
package org.gtlab.eval;
