/**
 * Pure-strategy equilibria of N-player games ({@code enumpure}): one linear pass over every
 * player's payoffs, exact on integers over a common denominator. Depends on the solve API,
 * {@code game} and {@code math} only.
 */
package org.gtlab.solve.pure;
