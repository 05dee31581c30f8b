package org.gtlab.testutil;

import org.gtlab.game.NormalFormGame;

/** Small classic games built in code for the learning and dynamics tests. */
public final class ClassicGames {

    private ClassicGames() {
    }

    /** Rock–paper–scissors, zero-sum, payoffs in {−1, 0, 1}; unique equilibrium uniform/uniform. */
    public static NormalFormGame rps() {
        return NormalFormGame.zeroSum(new long[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}}).withTitle("RPS");
    }

    /** Shapley's 3×3 game (Shapley 1964): unique equilibrium uniform/uniform, fictitious play cycles. */
    public static NormalFormGame shapley() {
        return NormalFormGame.bimatrix(new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
                new long[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}).withTitle("Shapley");
    }

    /** Prisoner's dilemma (C, D) with T=5, R=3, P=1, S=0: D strictly dominant. */
    public static NormalFormGame prisonersDilemma() {
        return NormalFormGame.symmetric(new long[][] {{3, 0}, {5, 1}}).withTitle("PD");
    }

    /** Matching pennies. */
    public static NormalFormGame matchingPennies() {
        return NormalFormGame.zeroSum(new long[][] {{1, -1}, {-1, 1}}).withTitle("MP");
    }

    /** A symmetric 3×3 coordination game with diagonal 2, 1, 3. */
    public static NormalFormGame coordination() {
        return NormalFormGame.symmetric(new long[][] {{2, 0, 0}, {0, 1, 0}, {0, 0, 3}}).withTitle("coordination");
    }

    /** Battle of the sexes (not symmetric): pure equilibria (1,1) and (2,2), mixed (2/3, 1/3). */
    public static NormalFormGame battleOfSexes() {
        return NormalFormGame.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}}).withTitle("BoS");
    }
}
