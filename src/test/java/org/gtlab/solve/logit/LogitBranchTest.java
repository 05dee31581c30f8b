package org.gtlab.solve.logit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.solve.vertex.EnumMixedSolver;
import org.junit.jupiter.api.Test;

/** The logit QRE branch: uniform at λ = 0, continuous, a Nash limit, exact values, and the λ fit. */
class LogitBranchTest {

    /**
     * Goeree–Holt (2001) asymmetric matching pennies, "Ten little treasures of game theory and ten
     * intuitive contradictions", Amer. Econ. Rev. 91, 1402–1422, payoffs in cents; the logit QRE is
     * McKelvey and Palfrey's (Games Econ. Behav. 10 (1995) 6–38). Published QRE tables give 2–3
     * decimals, so the 10⁻⁸ check compares with an independent fixed-point computation on this
     * published game, and the limit with its published Nash equilibrium (1/2; 1/8).
     */
    static final NormalFormGame AMP = NormalFormGame.bimatrix(new long[][] {{320, 40}, {40, 80}},
            new long[][] {{40, 80}, {80, 40}});

    @Test
    void branchStartsUniformAndIsContinuous() {
        for (NormalFormGame g : List.of(AMP, RandomGames.bimatrix(4, 3, 0, 9, 7),
                RandomGames.nPlayer(new int[] {2, 3, 2}, 0, 9, 3))) {
            LogitBranch.Branch b = LogitBranch.trace(g, LogitBranch.Options.DEFAULT);
            assertTrue(b.complete(), g.title());
            LogitBranch.Point first = b.points().get(0);
            assertEquals(0.0, first.lambda());
            for (int p = 0; p < g.numPlayers(); p++) {
                for (double x : first.profile()[p]) {
                    assertEquals(1.0 / g.numStrategies(p), x, 1e-15);
                }
            }
            double maxJump = 0;
            for (int i = 1; i < b.points().size(); i++) {
                double[][] a = b.points().get(i - 1).profile();
                double[][] c = b.points().get(i).profile();
                for (int p = 0; p < a.length; p++) {
                    for (int j = 0; j < a[p].length; j++) {
                        maxJump = Math.max(maxJump, Math.abs(a[p][j] - c[p][j]));
                    }
                }
                // λ grows along the principal branch of these games (no turning points here) after the start
                assertTrue(b.points().get(i).lambda() >= 0, g.title());
            }
            assertTrue(maxJump < 0.1, g.title() + ": largest change between consecutive points " + maxJump);
            assertTrue(b.last().lambda() >= 1e6, g.title());
        }
    }

    @Test
    void limitIsAnExtremeEquilibriumForTwoPlayers() {
        int checked = 0;
        for (long seed = 1; seed <= 15; seed++) {
            NormalFormGame g = RandomGames.bimatrix(3 + (int) (seed % 3), 3, 0, 20, seed);
            LogitSolver.Limit l = LogitSolver.limit(g, LogitBranch.Options.DEFAULT);
            assertTrue(l.maxRegret() < 1e-5, g.title() + " regret " + l.maxRegret());
            StrategyProfile exact = l.exact().orElseThrow(() -> new AssertionError("no exact limit for " + g.title()));
            assertTrue(Evaluation.isNash(g, exact));
            var all = new EnumMixedSolver().solve(g);
            if (all.maximalNashSubsets().stream().anyMatch(s -> s.size() > 1)) {
                continue; // degenerate: the limit may lie inside a component (checked to be Nash above)
            }
            Set<StrategyProfile> extreme = new HashSet<>(all.equilibria());
            assertTrue(extreme.contains(exact), g.title() + ": " + exact + " not among " + extreme);
            checked++;
        }
        assertTrue(checked >= 10, "only " + checked + " nondegenerate games");
    }

    @Test
    void qreValuesOfAsymmetricMatchingPenniesMatchAnIndependentFixedPointComputation() {
        // 2×2 logit QRE: p = Λ(λ(v_T − v_B)(q)), q = Λ(λ(w_L − w_R)(p)), with Λ the logistic function;
        // solved by bisection on p (the map is monotone in this game), independently of the path follower.
        double[] lambdas = {0.01, 0.05, 0.1, 0.5};
        LogitBranch.Branch b = LogitBranch.atLambdas(AMP, lambdas, LogitBranch.Options.DEFAULT);
        assertEquals(lambdas.length, b.points().size());
        for (int i = 0; i < lambdas.length; i++) {
            double lam = lambdas[i];
            double lo = 0;
            double hi = 1;
            for (int it = 0; it < 200; it++) {
                double p = (lo + hi) / 2;
                double q = logistic(lam * ((40 * p + 80 * (1 - p)) - (80 * p + 40 * (1 - p))));
                double pp = logistic(lam * ((320 * q + 40 * (1 - q)) - (40 * q + 80 * (1 - q))));
                if (p - pp > 0) {
                    hi = p;
                } else {
                    lo = p;
                }
            }
            double p = (lo + hi) / 2;
            double q = logistic(lam * ((40 * p + 80 * (1 - p)) - (80 * p + 40 * (1 - p))));
            LogitBranch.Point pt = b.points().get(i);
            assertEquals(lam, pt.lambda(), 1e-14);
            assertEquals(p, pt.profile()[0][0], 1e-8, "p at λ=" + lam);
            assertEquals(q, pt.profile()[1][0], 1e-8, "q at λ=" + lam);
        }
        // the limit is the unique (mixed) Nash equilibrium: row plays 1/2, column 1/8 on Left
        StrategyProfile limit = new LogitSolver().solve(AMP).equilibria().get(0);
        assertEquals(StrategyProfile.parse(List.of(List.of("1/2", "1/2"), List.of("1/8", "7/8"))), limit);
    }

    private static double logistic(double d) {
        return 1 / (1 + Math.exp(-d));
    }

    @Test
    void threePlayerLimitHasSmallRegret() {
        for (long seed = 1; seed <= 5; seed++) {
            NormalFormGame g = RandomGames.nPlayer(new int[] {2, 2, 2}, 0, 9, seed);
            LogitSolver.Limit l = LogitSolver.limit(g, LogitBranch.Options.DEFAULT);
            assertTrue(l.maxRegret() < 1e-5, g.title() + " regret " + l.maxRegret());
            l.exact().ifPresent(e -> assertTrue(Evaluation.isNash(g, e)));
        }
    }

    @Test
    void maximumLikelihoodRecoversLambda() {
        double[][] x = LogitBranch.atLambdas(AMP, new double[] {0.03}, LogitBranch.Options.DEFAULT).last().profile();
        double[][] counts = new double[2][2];
        for (int p = 0; p < 2; p++) {
            for (int j = 0; j < 2; j++) {
                counts[p][j] = 1000 * x[p][j];
            }
        }
        LogitFit.Fit f = LogitFit.fit(AMP, counts, 10);
        assertEquals(0.03, f.lambda(), 1e-6);
    }
}
