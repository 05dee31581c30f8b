package org.gtlab.learn.team;

/**
 * A PSRO meta-strategy solver: maps the meta-game's payoff matrix M (row player's payoffs of a two-player
 * zero-sum game; square and antisymmetric in the symmetric single-population case, M[k, l] = U(P_k, P_l))
 * to a distribution over population members. Implementations are immutable and deterministic.
 *
 * @see MetaSolvers
 */
public interface MetaSolver {

    /** Short name: "nash", "uniform", "uniform_biased", "prd", "rm", "alpharank", "fp999". */
    String name();

    /**
     * @param m row payoffs, at least 1×1, finite
     * @throws IllegalArgumentException on an empty, ragged or non-finite matrix
     */
    MetaSolution solve(double[][] m);
}
