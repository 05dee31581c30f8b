package org.gtlab.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;
import org.gtlab.solve.SolveOptions;
import org.gtlab.solve.logit.ExactRefinement;
import org.gtlab.solve.logit.MixedPayoffs;
import org.junit.jupiter.api.Test;

/**
 * enumpoly, simpdiv and gnm on 3-player games with known equilibria, and against a closed-form
 * oracle on random 2×2×2 games.
 *
 * <p><b>3-player matching pennies</b> (Jordan 1993): player 1 gains 1 by matching player 2, player 2
 * by matching player 3, player 3 by mismatching player 1 (else 0). If player 2 mixed with q ≠ 1/2,
 * player 1 would be pure, so player 3 pure (mismatching 1) and player 2 pure (matching 3):
 * a contradiction; if player 2 were pure, 1 matches 2, 3 mismatches 1 and 2 would want to switch.
 * So player 2 mixes with exactly 1/2, and by the same cyclic argument so do players 3 and 1
 * (player 1 indifferent needs q₂ = 1/2, player 2 needs q₃ = 1/2, player 3 needs q₁ = 1/2):
 * the unique equilibrium is (1/2,1/2)³.
 *
 * <p><b>Volunteer's dilemma</b> (Diekmann 1985), 3 players, benefit 2 if someone volunteers, cost 1:
 * V earns 1, I earns 2 if another volunteers else 0. Equilibria: the 3 pure profiles with exactly
 * one volunteer; the 3 profiles where one player ignores and the other two volunteer with
 * probability 1/2 (indifference 1 = 2(1 − q), q = 1/2 the other's ignoring probability; the
 * ignorer earns 2·3/4 = 3/2 &gt; 1); and the symmetric one, ignoring with probability q = 1/√2
 * (1 = 2(1 − q²)) — irrational. No other support works (a pure pair leaves the third strict).
 * Seven in all.
 */
class NPlayerSolversTest {

    static NormalFormGame game(int[] shape, Payoff f) {
        NormalFormGame z = NormalFormGame.zeros(shape);
        Rational[][] pay = new Rational[shape.length][z.numProfiles()];
        for (int idx = 0; idx < z.numProfiles(); idx++) {
            int[] s = z.profile(idx);
            for (int p = 0; p < shape.length; p++) {
                pay[p][idx] = Rational.of(f.u(p, s));
            }
        }
        return NormalFormGame.of("test", z.playerNames(), z.strategyLabels(), pay);
    }

    interface Payoff {
        long u(int p, int[] s);
    }

    static NormalFormGame matchingPennies3() {
        return game(new int[] {2, 2, 2}, (p, s) -> switch (p) {
            case 0 -> s[0] == s[1] ? 1 : 0;
            case 1 -> s[1] == s[2] ? 1 : 0;
            default -> s[2] != s[0] ? 1 : 0;
        });
    }

    static NormalFormGame volunteers() {
        // strategy 0 = volunteer, 1 = ignore
        return game(new int[] {2, 2, 2}, (p, s) -> {
            if (s[p] == 0) {
                return 1;
            }
            for (int q = 0; q < 3; q++) {
                if (q != p && s[q] == 0) {
                    return 2;
                }
            }
            return 0;
        });
    }

    static double regret(NormalFormGame g, double[][] x) {
        return new MixedPayoffs(g).maxRegret(x);
    }

    static void assertVerified(NormalFormGame g, NumericEquilibrium e) {
        assertTrue(regret(g, e.profile()) <= 1e-10, "regret " + e);
        e.exact().ifPresent(p -> assertTrue(ExactRefinement.isNash(g, p), "exact conditions " + p));
    }

    @Test
    void threePlayerMatchingPenniesHasOnlyTheUniformEquilibrium() {
        NormalFormGame g = matchingPennies3();
        StrategyProfile half = StrategyProfile.parse(List.of(List.of("1/2", "1/2"), List.of("1/2", "1/2"), List.of("1/2", "1/2")));
        EnumPolySolver.Report r = new EnumPolySolver().run(g, SolveOptions.DEFAULT);
        assertEquals(1, r.equilibria().size(), r.equilibria().toString());
        assertEquals(half, r.equilibria().get(0).exact().orElseThrow());
        assertEquals(List.of(half), new SimpDivSolver().solve(g).equilibria());
        assertEquals(List.of(half), new GnmSolver().solve(g).equilibria());
    }

    @Test
    void volunteersDilemmaHasSevenEquilibriaOneIrrational() {
        NormalFormGame g = volunteers();
        EnumPolySolver.Report r = new EnumPolySolver().run(g, SolveOptions.DEFAULT);
        assertEquals(7, r.equilibria().size(), r.equilibria().toString());
        int exact = 0;
        for (NumericEquilibrium e : r.equilibria()) {
            assertVerified(g, e);
            exact += e.exact().isPresent() ? 1 : 0;
        }
        assertEquals(6, exact);
        double q = 1 / Math.sqrt(2);
        double[][] sym = {{1 - q, q}, {1 - q, q}, {1 - q, q}};
        assertTrue(r.equilibria().stream().anyMatch(e -> e.exact().isEmpty()
                && NumericEquilibrium.distance(e.profile(), sym) < 1e-12), r.equilibria().toString());
        assertTrue(r.continua().isEmpty());
        // simpdiv and gnm land on one of them
        for (List<NumericEquilibrium> found : List.of(new SimpDivSolver().run(g, SolveOptions.DEFAULT),
                new GnmSolver().run(g, SolveOptions.DEFAULT))) {
            assertFalse(found.isEmpty());
            for (NumericEquilibrium e : found) {
                assertVerified(g, e);
                assertTrue(e.isIn(r.equilibria()), e.toString());
            }
        }
    }

    /**
     * Closed-form oracle for generic 2×2×2 games: pure profiles by inspection, two players mixing
     * (the third pure) by the two one-variable indifference conditions, and all three mixing by
     * eliminating q and p from the indifference conditions of players 1 and 3 and scanning player
     * 2's remaining condition in r for sign changes (bisection to 1e-14).
     */
    static List<double[][]> oracle(NormalFormGame g) {
        List<double[][]> out = new ArrayList<>();
        // d_p(x): payoff difference (strategy 1 minus strategy 0) of player p at probabilities x of strategy 1
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                for (int c = 0; c < 2; c++) {
                    double[][] x = {{1 - a, a}, {1 - b, b}, {1 - c, c}};
                    if (regret(g, x) <= 1e-12) {
                        out.add(x);
                    }
                }
            }
        }
        // two mixing, the third pure: player i and j mix, k pure at c
        for (int k = 0; k < 3; k++) {
            for (int c = 0; c < 2; c++) {
                int i = (k + 1) % 3;
                int j = (k + 2) % 3;
                // i indifferent: linear in j's probability y; j indifferent: linear in i's probability x
                final int kk = k;
                final int cc = c;
                double y = root(t -> diff(g, i, j, t, kk, cc));
                double x = root(t -> diff(g, j, i, t, kk, cc));
                if (y > 0 && y < 1 && x > 0 && x < 1) {
                    double[][] prof = new double[3][];
                    prof[i] = new double[] {1 - x, x};
                    prof[j] = new double[] {1 - y, y};
                    prof[k] = new double[] {1 - c, c};
                    if (regret(g, prof) <= 1e-9) {
                        out.add(prof);
                    }
                }
            }
        }
        // all three mix: scan r (player 3's probability of strategy 1)
        int steps = 20000;
        double prev = Double.NaN;
        double prevR = 0;
        for (int s = 1; s < steps; s++) {
            double r = (double) s / steps;
            double f = fullMix(g, r);
            if (Double.isFinite(f) && Double.isFinite(prev) && (f == 0 || prev * f < 0)) {
                double lo = prevR;
                double hi = r;
                for (int it = 0; it < 200; it++) {
                    double mid = (lo + hi) / 2;
                    double fm = fullMix(g, mid);
                    if (!Double.isFinite(fm)) {
                        break;
                    }
                    if (Math.signum(fm) == Math.signum(fullMix(g, lo))) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                double rr = (lo + hi) / 2;
                double[][] prof = mixProfile(g, rr);
                if (prof != null && regret(g, prof) <= 1e-9) {
                    out.add(prof);
                }
            }
            prev = f;
            prevR = r;
        }
        return out;
    }

    /** Payoff difference of player i (strategy 1 − 0) when j plays 1 with probability t and k plays c. */
    static double diff(NormalFormGame g, int i, int j, double t, int k, int c) {
        double[][] x = new double[3][];
        x[i] = new double[] {0.5, 0.5};
        x[j] = new double[] {1 - t, t};
        x[k] = new double[] {1 - c, c};
        double[] v = g.strategyValues(i, x);
        return v[1] - v[0];
    }

    static double root(java.util.function.DoubleUnaryOperator f) {
        double f0 = f.applyAsDouble(0);
        double f1 = f.applyAsDouble(1);
        return f0 == f1 ? Double.NaN : f0 / (f0 - f1);
    }

    /** Given r: q from player 1's condition (linear in q), p from player 3's (linear in p); player 2's residual. */
    static double fullMix(NormalFormGame g, double r) {
        double[][] x = mixProfile(g, r);
        if (x == null) {
            return Double.NaN;
        }
        double[] v = g.strategyValues(1, x);
        return v[1] - v[0];
    }

    static double[][] mixProfile(NormalFormGame g, double r) {
        double q = root(t -> {
            double[][] x = {{0.5, 0.5}, {1 - t, t}, {1 - r, r}};
            double[] v = g.strategyValues(0, x);
            return v[1] - v[0];
        });
        if (!(q > 0 && q < 1)) {
            return null;
        }
        double p = root(t -> {
            double[][] x = {{1 - t, t}, {1 - q, q}, {0.5, 0.5}};
            double[] v = g.strategyValues(2, x);
            return v[1] - v[0];
        });
        if (!(p > 0 && p < 1)) {
            return null;
        }
        return new double[][] {{1 - p, p}, {1 - q, q}, {1 - r, r}};
    }

    @Test
    void everyNPlayerCatalogGameMatchesItsPublishedEquilibria() {
        int games = 0;
        for (org.gtlab.game.GameCatalog.Entry entry : org.gtlab.game.GameCatalog.entries()) {
            NormalFormGame g = entry.game();
            if (g.numPlayers() < 3) {
                continue;
            }
            games++;
            EnumPolySolver.Report r = new EnumPolySolver().run(g, SolveOptions.DEFAULT);
            for (NumericEquilibrium e : r.equilibria()) {
                assertVerified(g, e);
            }
            List<StrategyProfile> exact = NumericEquilibrium.exactOnes(r.equilibria());
            if (entry.complete() && r.equilibria().size() == exact.size()) {
                assertEquals(new java.util.HashSet<>(entry.knownEquilibria()), new java.util.HashSet<>(exact), entry.name());
            } else {
                assertTrue(exact.containsAll(entry.knownEquilibria()), entry.name() + ": " + r.equilibria());
            }
            for (List<NumericEquilibrium> found : List.of(new SimpDivSolver(5, 3).run(g, SolveOptions.DEFAULT),
                    new GnmSolver(3, 3).run(g, SolveOptions.DEFAULT))) {
                assertFalse(found.isEmpty(), entry.name());
                for (NumericEquilibrium e : found) {
                    assertVerified(g, e);
                    assertTrue(e.isIn(r.equilibria()), entry.name() + ": " + e);
                }
            }
        }
        assertTrue(games >= 2, games + " N-player catalog games");
    }

    @Test
    void randomTwoByTwoByTwoGamesAgreeWithTheOracle() {
        int continua = 0;
        for (long seed = 1; seed <= 20; seed++) {
            // payoffs 0..999: ties that make the oracle's eliminations degenerate are improbable
            NormalFormGame g = RandomGames.nPlayer(new int[] {2, 2, 2}, 0, 999, seed);
            EnumPolySolver.Report r = new EnumPolySolver().run(g, SolveOptions.DEFAULT);
            List<double[][]> expected = oracle(g);
            for (NumericEquilibrium e : r.equilibria()) {
                assertVerified(g, e);
            }
            for (double[][] x : expected) {
                assertTrue(r.equilibria().stream().anyMatch(e -> NumericEquilibrium.distance(e.profile(), x) < 1e-6),
                        "seed " + seed + ": enumpoly missed " + java.util.Arrays.deepToString(x) + " in " + r.equilibria());
            }
            if (r.continua().isEmpty()) {
                // small integer payoffs can tie (a player indifferent against a pure profile): then a
                // continuum exists that the generic oracle does not list
                assertEquals(expected.size(), r.equilibria().size(), "seed " + seed + ": " + r.equilibria());
            } else {
                continua++;
            }
            for (List<NumericEquilibrium> found : List.of(new SimpDivSolver(3, seed).run(g, SolveOptions.DEFAULT),
                    new GnmSolver(2, seed).run(g, SolveOptions.DEFAULT))) {
                assertFalse(found.isEmpty(), "seed " + seed);
                for (NumericEquilibrium e : found) {
                    assertVerified(g, e);
                    assertTrue(e.isIn(r.equilibria()) || !r.continua().isEmpty(),
                            "seed " + seed + ": " + e + " not among " + r.equilibria());
                }
            }
        }
        assertTrue(continua <= 1, continua + " of 20 random games with ties");
    }

    @Test
    void hopelessEnumerationsAreRefusedWithTheirSize() {
        NormalFormGame big = RandomGames.nPlayer(new int[] {12, 12, 12}, 0, 9, 1);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new EnumPolySolver().run(big, SolveOptions.DEFAULT.withForce(true)));
        assertTrue(e.getMessage().contains("support profiles") && e.getMessage().contains("6.9e+10"), e.getMessage());
        org.gtlab.solve.WorkRefusedException w = org.junit.jupiter.api.Assertions.assertThrows(
                org.gtlab.solve.WorkRefusedException.class,
                () -> new EnumPolySolver().run(RandomGames.nPlayer(new int[] {5, 5, 5}, 0, 9, 1), SolveOptions.DEFAULT));
        assertTrue(w.getMessage().contains("enumpoly"), w.getMessage());
    }
}
