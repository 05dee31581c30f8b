package org.gtlab.reservoir;

/**
 * The continuous Prisoner's Dilemma of spec §2.1: actions are cooperative intensities in [0,1]
 * (never probabilities) and the payoff is the bilinear extension of the 2×2 PD,
 * u(a_i, a_j) = R·a_i·a_j + S·a_i(1−a_j) + T(1−a_i)a_j + P(1−a_i)(1−a_j), (R,S,T,P) = (3,0,5,1).
 * Identities: u(a,1) = 3 + 2(1−a), u(a,0) = 1 − a.
 */
public final class StageGame {
    public static final double R = 3, S = 0, T = 5, P = 1;

    private StageGame() {
    }

    /** Payoff of the player choosing {@code a} against {@code opp} (no range check: hot path). */
    public static double payoff(double a, double opp) {
        return R * a * opp + S * a * (1 - opp) + T * (1 - a) * opp + P * (1 - a) * (1 - opp);
    }
}
