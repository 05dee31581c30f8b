package org.gtlab.solve.logit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;
import org.junit.jupiter.api.Test;

/** Three-player games with published mixed equilibria, solved by the logit limit. */
class NPlayerLogitTest {

    static NormalFormGame game(String title, int[] shape, java.util.function.BiFunction<Integer, int[], Rational> u) {
        NormalFormGame z = NormalFormGame.zeros(shape);
        Rational[][] pay = new Rational[shape.length][z.numProfiles()];
        for (int p = 0; p < shape.length; p++) {
            for (int k = 0; k < z.numProfiles(); k++) {
                pay[p][k] = u.apply(p, z.profile(k));
            }
        }
        return NormalFormGame.of(title, z.playerNames(), z.strategyLabels(), pay);
    }

    /**
     * Jordan (1993) three-player matching pennies: 1 wants to match 2, 2 wants to match 3, 3 wants to
     * mismatch 1. Its unique Nash equilibrium has every player mixing 1/2–1/2.
     */
    @Test
    void threePlayerMatchingPenniesUniqueMixedEquilibrium() {
        NormalFormGame g = game("3-player matching pennies", new int[] {2, 2, 2}, (p, s) -> {
            boolean win = switch (p) {
                case 0 -> s[0] == s[1];
                case 1 -> s[1] == s[2];
                default -> s[2] != s[0];
            };
            return Rational.of(win ? 1 : -1);
        });
        List<StrategyProfile> eq = new LogitSolver().solve(g).equilibria();
        assertEquals(List.of(StrategyProfile.parse(List.of(List.of("1/2", "1/2"), List.of("1/2", "1/2"),
                List.of("1/2", "1/2")))), eq);
    }

    /**
     * Volunteer's dilemma (Diekmann 1985), n = 3: each gets b if someone volunteers, a volunteer pays
     * c. The symmetric mixed equilibrium has each player abstain with probability (c/b)^(1/(n−1)).
     * b = 4, c = 1: 1/2, exact. b = 2, c = 1: 1/√2, irrational: approximate with tiny regret.
     */
    @Test
    void volunteersDilemma() {
        for (int b : new int[] {4, 2}) {
            NormalFormGame g = game("volunteer's dilemma b=" + b, new int[] {2, 2, 2}, (p, s) -> {
                // strategy 0 = volunteer, 1 = abstain
                boolean someone = s[0] == 0 || s[1] == 0 || s[2] == 0;
                return Rational.of((someone ? b : 0) - (s[p] == 0 ? 1 : 0));
            });
            LogitSolver.Limit l = LogitSolver.limit(g, LogitBranch.Options.DEFAULT);
            double abstain = Math.sqrt(1.0 / b);
            for (int p = 0; p < 3; p++) {
                assertEquals(abstain, l.profile()[p][1], 1e-12, "b=" + b);
            }
            assertTrue(l.maxRegret() <= 1e-10, "regret " + l.maxRegret());
            if (b == 4) {
                StrategyProfile e = l.exact().orElseThrow();
                assertEquals(Rational.of(1, 2), e.get(0).probability(1));
                assertTrue(Evaluation.isNash(g, e));
            } else {
                assertTrue(l.exact().isEmpty(), "1/√2 is irrational");
            }
        }
    }

    @Test
    void randomThreePlayerLimitsArePolishedToTinyRegret() {
        int n = 0;
        for (long seed = 1; seed <= 20; seed++) {
            int[] shape = seed % 2 == 0 ? new int[] {2, 2, 2} : new int[] {3, 3, 2};
            NormalFormGame g = RandomGames.nPlayer(shape, 0, 9, seed);
            LogitSolver.Limit l = LogitSolver.limit(g, LogitBranch.Options.DEFAULT);
            assertTrue(l.branch().complete(), g.title());
            assertTrue(l.maxRegret() <= 1e-10, g.title() + " regret " + l.maxRegret());
            l.exact().ifPresent(e -> assertTrue(Evaluation.isNash(g, e), g.title()));
            n++;
        }
        assertEquals(20, n);
    }

    /** The fast step control reaches an equilibrium with tiny regret, and the same limit on nondegenerate 10×10 games. */
    @Test
    void fastStepControlReachesTheSameLimits() {
        for (long seed = 1; seed <= 20; seed++) {
            int[] shape = seed % 2 == 0 ? new int[] {2, 2, 2} : new int[] {3, 3, 2};
            NormalFormGame g = RandomGames.nPlayer(shape, 0, 9, seed);
            LogitSolver.Limit dense = LogitSolver.limit(g, LogitBranch.Options.DEFAULT);
            LogitSolver.Limit fast = LogitSolver.limit(g, LogitBranch.Options.FAST);
            assertTrue(fast.branch().complete(), g.title());
            assertTrue(fast.branch().points().size() < dense.branch().points().size(), g.title());
            assertTrue(fast.maxRegret() <= 1e-10, g.title() + " regret " + fast.maxRegret());
            // (small integer payoffs can give equilibrium continua, where both are points of the same set)
        }
        for (long seed = 1; seed <= 3; seed++) {
            NormalFormGame g = RandomGames.bimatrix(10, 10, 0, 99, seed);
            LogitSolver.Limit dense = LogitSolver.limit(g, LogitBranch.Options.DEFAULT);
            LogitSolver.Limit fast = LogitSolver.limit(g, LogitBranch.Options.FAST);
            assertEquals(dense.exact(), fast.exact(), g.title());
            assertTrue(fast.branch().points().size() * 5 < dense.branch().points().size(), g.title());
        }
    }
}
