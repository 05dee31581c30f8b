package org.gtlab.reservoir;

/**
 * Layer 2 (spec §2.5): the cognitive action a_cog(t) from the opponent's previous action. Stateful
 * filters are single-use per run: create one per match.
 */
public interface CognitiveFilter {
    /** a_cog(t) given a_opp(t−1). */
    double next(double prevOpp);

    /** Continuous Tit-for-Tat: a_cog(t) = a_opp(t−1). */
    static CognitiveFilter titForTat() {
        return prev -> prev;
    }

    /** Always cooperate: 1. */
    static CognitiveFilter allC() {
        return prev -> 1.0;
    }

    /**
     * EMA-filtered TfT: a(t) = γ·a(t−1) + (1−γ)·a_opp(t−1), a initialised to 1; γ = 0 is raw TfT.
     *
     * @throws IllegalArgumentException if γ is outside [0,1]
     */
    static CognitiveFilter ema(double gamma) {
        Check.unit("EMA gamma", gamma);
        double[] s = {1.0};
        return prev -> {
            s[0] = gamma * s[0] + (1 - gamma) * prev;
            return s[0];
        };
    }
}
