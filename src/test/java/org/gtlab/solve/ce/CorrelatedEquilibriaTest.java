package org.gtlab.solve.ce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;
import org.gtlab.solve.vertex.EnumMixedSolver;
import org.junit.jupiter.api.Test;

class CorrelatedEquilibriaTest {

    /**
     * Chicken as in Aumann (1974) and the textbook treatment of correlated equilibrium (strategies
     * Chicken, Dare): (C,C) = 6,6; (C,D) = 2,7; (D,C) = 7,2; (D,D) = 0,0. The welfare-maximising CE
     * recommends (C,C) with 1/2 and each of (C,D), (D,C) with 1/4, giving each player 21/4 = 5.25
     * (more than the 14/3 of the mixed Nash equilibrium and the 5 of the public coin-flip).
     */
    static final NormalFormGame CHICKEN = NormalFormGame.bimatrix(new long[][] {{6, 2}, {7, 0}},
            new long[][] {{6, 7}, {2, 0}});

    @Test
    void chickensWelfareMaximisingCorrelatedEquilibriumIsThePublishedOne() {
        CorrelatedEquilibria.Exact ce = CorrelatedEquilibria.maxWelfare(CHICKEN);
        assertEquals(Rational.of(21, 4), ce.payoffs()[0]);
        assertEquals(Rational.of(21, 4), ce.payoffs()[1]);
        assertEquals(Rational.of(21, 2), ce.welfare());
        assertEquals(Rational.of(1, 2), ce.distribution()[CHICKEN.profileIndex(0, 0)]);
        assertEquals(Rational.of(1, 4), ce.distribution()[CHICKEN.profileIndex(0, 1)]);
        assertEquals(Rational.of(1, 4), ce.distribution()[CHICKEN.profileIndex(1, 0)]);
        assertEquals(Rational.ZERO, ce.distribution()[CHICKEN.profileIndex(1, 1)]);
        assertTrue(CorrelatedEquilibria.isCorrelatedEquilibrium(CHICKEN, ce.distribution()));
    }

    @Test
    void welfareOptimumIsACorrelatedEquilibriumAtLeastAsGoodAsEveryNashEquilibrium() {
        for (long seed = 1; seed <= 10; seed++) {
            NormalFormGame g = RandomGames.bimatrix(3, 3, -5, 9, seed);
            CorrelatedEquilibria.Exact ce = CorrelatedEquilibria.maxWelfare(g);
            assertTrue(CorrelatedEquilibria.isCorrelatedEquilibrium(g, ce.distribution()), g.title());
            for (StrategyProfile ne : new EnumMixedSolver().solve(g).equilibria()) {
                Rational[] u = Evaluation.payoffs(g, ne);
                assertTrue(u[0].add(u[1]).compareTo(ce.welfare()) <= 0, g.title());
            }
        }
        NormalFormGame three = RandomGames.nPlayer(new int[] {2, 3, 2}, 0, 9, 5);
        CorrelatedEquilibria.Exact ce = CorrelatedEquilibria.maxWelfare(three);
        assertTrue(CorrelatedEquilibria.isCorrelatedEquilibrium(three, ce.distribution()));
    }

    @Test
    void maximumEntropyCorrelatedEquilibriumOfChicken() {
        CorrelatedEquilibria.Approximate me = CorrelatedEquilibria.maxEntropy(CHICKEN, 1e-10, 200_000);
        assertTrue(me.maxViolation() <= 1e-9, "violation " + me.maxViolation());
        // at least the entropy of the mixed Nash equilibrium's product distribution (2/3 Chicken each)
        double h = -2 * (2.0 / 3 * Math.log(2.0 / 3) + 1.0 / 3 * Math.log(1.0 / 3));
        assertTrue(me.entropy() >= h - 1e-9, me.entropy() + " < " + h);
        // chicken's CE polytope is symmetric, so its entropy maximiser is too
        assertEquals(me.distribution()[CHICKEN.profileIndex(0, 1)], me.distribution()[CHICKEN.profileIndex(1, 0)], 1e-8);
    }

    @Test
    void tooLargeGamesAreRefusedWithTheirSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorrelatedEquilibria.maxWelfare(NormalFormGame.zeros(80, 80)));
        assertTrue(e.getMessage().contains("6400"), e.getMessage());
    }
}
