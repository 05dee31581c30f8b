package org.gtlab.solve.dominance;

import org.gtlab.solve.pure.EnumPureSolver;
import org.gtlab.solve.SolveResult;
import org.gtlab.solve.DominanceStep;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;
import org.gtlab.solve.dominance.Dominance.Options;
import org.gtlab.solve.dominance.Dominance.Order;
import org.junit.jupiter.api.Test;

class DominanceTest {

    private static final Options WEAK_SINGLE = Options.weakPure().withOrder(Order.SINGLE);

    private static List<List<Integer>> lists(int[]... a) {
        List<List<Integer>> l = new ArrayList<>();
        for (int[] x : a) {
            l.add(java.util.Arrays.stream(x).boxed().toList());
        }
        return l;
    }

    @Test
    void prisonersDilemma() {
        NormalFormGame pd = NormalFormGame.bimatrix(new long[][] {{3, 0}, {5, 1}}, new long[][] {{3, 5}, {0, 1}});
        Dominance.Result r = Dominance.eliminate(pd);
        assertEquals(1, r.rounds().size());
        assertEquals(List.of(new DominanceStep(0, 0, List.of(1), true, lists(new int[] {1}, new int[] {0, 1})),
                new DominanceStep(1, 0, List.of(1), true, lists(new int[] {1}, new int[] {1}))), r.steps());
        assertTrue(r.isSingleProfile());
        assertArrayEquals(new int[][] {{1}, {1}}, r.kept());
        assertEquals(MixedStrategy.pure(2, 1), r.dominatingStrategies().get(0));

        SolveResult s = new DominanceSolver().solve(pd);
        assertEquals("dominance", s.method());
        assertEquals(List.of(StrategyProfile.pure(new int[] {2, 2}, 1, 1)), s.equilibria());
        assertEquals(r.steps(), s.dominanceSteps());
    }

    /**
     * Gibbons (1992) §1.1.B: Right is dominated by Middle; then Down by Up; then Left by Middle.
     * Three rounds, indices always in the original game.
     */
    @Test
    void severalRounds() {
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 1, 0}, {0, 0, 2}},
                new long[][] {{0, 2, 1}, {3, 1, 0}});
        Dominance.Result r = Dominance.eliminate(g);
        assertEquals(3, r.rounds().size());
        assertEquals(List.of(new DominanceStep(1, 2, List.of(1), true, lists(new int[] {0, 1}, new int[] {0, 1})),
                new DominanceStep(0, 1, List.of(0), true, lists(new int[] {0}, new int[] {0, 1})),
                new DominanceStep(1, 0, List.of(1), true, lists(new int[] {0}, new int[] {1}))), r.steps());
        for (int k = 0; k < 3; k++) {
            assertEquals(List.of(r.steps().get(k)), r.rounds().get(k).steps());
            assertEquals(k + 1, r.rounds().get(k).number());
        }
        assertEquals(g, r.afterRounds(0));
        assertTrue(r.afterRounds(1).samePayoffs(g.restrict(new int[][] {{0, 1}, {0, 1}})));
        assertTrue(r.afterRounds(3).samePayoffs(r.reduced()));
        assertEquals(List.of(StrategyProfile.pure(new int[] {2, 3}, 0, 1)), new DominanceSolver().solve(g).equilibria());
    }

    /**
     * Order matters for weak dominance. Row player: B strictly dominates T. Column player: R is weakly
     * dominated by L only because of row T (1 &gt; 0 there, 1 = 1 against B).
     * <ul>
     *   <li>ROUNDS removes T and R together: (B, L) remains.</li>
     *   <li>SINGLE (lowest player first) removes T first; then L and R tie: {B} × {L, R} remains.</li>
     *   <li>SINGLE on the transposed game (the column chooser is now player 1) removes R first: (B, L).</li>
     *   <li>Strict dominance: T only, in every order.</li>
     * </ul>
     */
    @Test
    void weakDominanceDependsOnTheOrder() {
        long[][] a = {{0, 0}, {1, 1}};
        long[][] b = {{1, 0}, {1, 1}};
        NormalFormGame g = NormalFormGame.bimatrix(a, b);
        Dominance.Result rounds = Dominance.eliminate(g, Options.weakPure());
        assertEquals(1, rounds.rounds().size());
        assertArrayEquals(new int[][] {{1}, {0}}, rounds.kept());
        assertFalse(rounds.steps().get(0).strict());

        Dominance.Result single = Dominance.eliminate(g, WEAK_SINGLE);
        assertArrayEquals(new int[][] {{1}, {0, 1}}, single.kept());
        assertEquals(1, single.steps().size());

        NormalFormGame transposed = NormalFormGame.bimatrix(new long[][] {{1, 1}, {0, 1}}, new long[][] {{0, 1}, {0, 1}});
        Dominance.Result singleT = Dominance.eliminate(transposed, WEAK_SINGLE);
        assertArrayEquals(new int[][] {{0}, {1}}, singleT.kept());
        assertEquals(List.of(0, 1), singleT.steps().stream().map(DominanceStep::player).toList());

        for (Order o : Order.values()) {
            assertArrayEquals(new int[][] {{1}, {0, 1}}, Dominance.eliminate(g, Options.strictPure().withOrder(o)).kept());
        }
        assertTrue(new DominanceSolver().solve(g).equilibria().isEmpty());
        assertEquals(List.of(StrategyProfile.pure(new int[] {2, 2}, 1, 0)),
                new DominanceSolver(Options.weakPure()).solve(g).equilibria());
    }

    /** B = (1, 1) is beaten by neither T = (3, 0) nor M = (0, 3), but by ½T + ½M = (3/2, 3/2). */
    @Test
    void strictlyDominatedOnlyByAMix() {
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{3, 0}, {0, 3}, {1, 1}},
                new long[][] {{1, 0}, {0, 1}, {0, 0}});
        assertTrue(Dominance.eliminate(g).steps().isEmpty());
        Dominance.Result r = Dominance.eliminate(g, Options.strictPure().withMixed(true));
        assertEquals(1, r.steps().size());
        DominanceStep st = r.steps().get(0);
        assertEquals(0, st.player());
        assertEquals(2, st.strategy());
        assertEquals(List.of(0, 1), st.dominators());
        assertEquals(MixedStrategy.parse("1/2", "1/2", "0"), r.dominatingStrategies().get(0));
        assertArrayEquals(new int[][] {{0, 1}, {0, 1}}, r.kept());
        DominanceSolver mixed = new DominanceSolver(Options.strictPure().withMixed(true));
        assertTrue(mixed.description().contains("mixed"));
        assertEquals(st, mixed.solve(g).dominanceSteps().get(0));
    }

    /**
     * B = (1, 1, 1) against T = (3, 0, 1) and M = (0, 3, 1): every mix ties B in the third column, so
     * B is weakly (not strictly) dominated, and only by a mix.
     */
    @Test
    void weaklyDominatedOnlyByAMix() {
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{3, 0, 1}, {0, 3, 1}, {1, 1, 1}}, new long[3][3]);
        assertTrue(Dominance.eliminate(g, Options.strictPure().withMixed(true)).steps().isEmpty());
        assertTrue(Dominance.eliminate(g, Options.weakPure()).steps().isEmpty());
        Dominance.Result r = Dominance.eliminate(g, Options.weakPure().withMixed(true));
        assertEquals(1, r.steps().size());
        assertEquals(2, r.steps().get(0).strategy());
        assertEquals(List.of(0, 1), r.steps().get(0).dominators());
        assertWitnessesValid(r);
    }

    @Test
    void threePlayers() {
        // the hand-made game of EnumPureSolverTest: player 3's strategy 1 is strictly dominated
        NormalFormGame z = NormalFormGame.zeros(2, 2, 2);
        Rational[][] pay = new Rational[3][8];
        for (int k = 0; k < 8; k++) {
            int[] s = z.profile(k);
            int same = s[0] == s[1] && s[1] == s[2] ? 1 : 0;
            pay[0][k] = Rational.of(same);
            pay[1][k] = Rational.of(same);
            pay[2][k] = Rational.of(same + 2L * s[2]);
        }
        NormalFormGame g = NormalFormGame.of("three", z.playerNames(), z.strategyLabels(), pay);
        Dominance.Result r = Dominance.eliminate(g);
        assertEquals(List.of(new DominanceStep(2, 0, List.of(1), true, lists(new int[] {0, 1}, new int[] {0, 1},
                new int[] {1}))), r.steps());
        assertArrayEquals(new int[] {2, 2, 1}, r.reduced().shape());
        // weak: once player 3 is fixed at 2, strategy 2 weakly dominates 1 for players 1 and 2 (it wins
        // against 2 and ties against 1): round 2 removes both, leaving the equilibrium (2, 2, 2) but not (1, 1, 2)
        Dominance.Result w = Dominance.eliminate(g, Options.weakPure());
        assertEquals(2, w.rounds().size());
        assertEquals(2, w.rounds().get(1).steps().size());
        assertArrayEquals(new int[][] {{1}, {1}, {1}}, w.kept());
        assertWitnessesValid(w);
    }

    @Test
    void nothingToEliminate() {
        NormalFormGame mp = NormalFormGame.zeroSum(new long[][] {{1, -1}, {-1, 1}});
        SolveResult s = new DominanceSolver().solve(mp);
        assertTrue(s.equilibria().isEmpty());
        assertTrue(s.dominanceSteps().isEmpty());
        assertTrue(Dominance.eliminate(mp).rounds().isEmpty());
        assertTrue(Dominance.eliminate(mp).reduced().samePayoffs(mp));
    }

    @Test
    void duplicatesAreNotWeaklyDominated() {
        NormalFormGame g = NormalFormGame.zeroSum(new long[][] {{1, 2}, {1, 2}});
        Dominance.Result r = Dominance.eliminate(g, Options.weakPure().withMixed(true));
        assertArrayEquals(new int[][] {{0, 1}, {0}}, r.kept());
    }

    // ------------------------------------------------------------------ properties

    @Provide
    Arbitrary<Options> options() {
        return Arbitraries.of(true, false).flatMap(strict -> Arbitraries.of(true, false)
                .flatMap(mixed -> Arbitraries.of(Order.values()).map(o -> new Options(strict, mixed, o))));
    }

    private static NormalFormGame randomGame(int a, int b, int c, int players, long seed) {
        int[] shape = players == 2 ? new int[] {a, b} : new int[] {a, b, c};
        return RandomGames.nPlayer(shape, 0, 4, seed);
    }

    /** Every step's dominating strategy really dominates, in the game at the start of its round. */
    @Property(tries = 200, seed = "20261207")
    void witnessesDominate(@ForAll @IntRange(min = 1, max = 4) int a, @ForAll @IntRange(min = 1, max = 4) int b,
            @ForAll @IntRange(min = 1, max = 3) int c, @ForAll @IntRange(min = 2, max = 3) int players,
            @ForAll("options") Options o, @ForAll long seed) {
        assertWitnessesValid(Dominance.eliminate(randomGame(a, b, c, players, seed), o));
    }

    /** Pure equilibria of the reduced game are equilibria of the original; strict elimination keeps all. */
    @Property(tries = 200, seed = "20261207")
    void equilibriaSurvive(@ForAll @IntRange(min = 1, max = 4) int a, @ForAll @IntRange(min = 1, max = 4) int b,
            @ForAll @IntRange(min = 1, max = 3) int c, @ForAll @IntRange(min = 2, max = 3) int players,
            @ForAll("options") Options o, @ForAll long seed) {
        NormalFormGame g = randomGame(a, b, c, players, seed);
        Dominance.Result r = Dominance.eliminate(g, o);
        int[][] kept = r.kept();
        Set<List<Integer>> reducedEq = new HashSet<>();
        for (int[] s : EnumPureSolver.equilibria(r.reduced())) {
            List<Integer> orig = new ArrayList<>();
            for (int p = 0; p < s.length; p++) {
                orig.add(kept[p][s[p]]);
            }
            assertTrue(Evaluation.isNash(g, StrategyProfile.pure(g.shape(), orig.stream().mapToInt(i -> i).toArray())));
            reducedEq.add(orig);
        }
        if (o.strict()) {
            Set<List<Integer>> all = new HashSet<>();
            for (int[] s : EnumPureSolver.equilibria(g)) {
                all.add(java.util.Arrays.stream(s).boxed().toList());
            }
            assertEquals(all, reducedEq);
        }
    }

    /** Strict dominance: the result does not depend on the order; mixed dominators remove at least as much. */
    @Property(tries = 200, seed = "20261207")
    void strictResultIsOrderIndependent(@ForAll @IntRange(min = 1, max = 4) int a,
            @ForAll @IntRange(min = 1, max = 4) int b, @ForAll @IntRange(min = 1, max = 3) int c,
            @ForAll @IntRange(min = 2, max = 3) int players, @ForAll long seed) {
        NormalFormGame g = randomGame(a, b, c, players, seed);
        for (boolean mixed : new boolean[] {false, true}) {
            Options o = Options.strictPure().withMixed(mixed);
            assertArrayEquals(Dominance.eliminate(g, o).kept(), Dominance.eliminate(g, o.withOrder(Order.SINGLE)).kept());
        }
        int[][] pure = Dominance.eliminate(g).kept();
        int[][] mixed = Dominance.eliminate(g, Options.strictPure().withMixed(true)).kept();
        for (int p = 0; p < pure.length; p++) {
            Set<Integer> ps = new HashSet<>();
            for (int s : pure[p]) {
                ps.add(s);
            }
            for (int s : mixed[p]) {
                assertTrue(ps.contains(s));
            }
        }
    }

    /** Re-checks every step exactly, independently of Dominance's own code. */
    static void assertWitnessesValid(Dominance.Result r) {
        NormalFormGame g = r.original();
        List<List<Integer>> before = new ArrayList<>();
        for (int p = 0; p < g.numPlayers(); p++) {
            List<Integer> l = new ArrayList<>();
            for (int s = 0; s < g.numStrategies(p); s++) {
                l.add(s);
            }
            before.add(l);
        }
        int stepIndex = 0;
        for (Dominance.Round round : r.rounds()) {
            if (r.options().order() == Order.SINGLE) {
                assertEquals(1, round.steps().size());
            }
            for (DominanceStep st : round.steps()) {
                MixedStrategy w = r.dominatingStrategies().get(stepIndex++);
                int p = st.player();
                assertEquals(r.options().strict(), st.strict());
                assertTrue(before.get(p).contains(st.strategy()));
                for (int t : w.support()) {
                    assertTrue(t != st.strategy() && before.get(p).contains(t), "dominator " + t);
                    assertTrue(st.dominators().contains(t));
                }
                boolean someStrict = false;
                for (int k = 0; k < g.numProfiles(); k++) {
                    int[] prof = g.profile(k);
                    if (prof[p] != 0) {
                        continue;
                    }
                    boolean inGame = true;
                    for (int q = 0; q < prof.length; q++) {
                        inGame &= q == p || before.get(q).contains(prof[q]);
                    }
                    if (!inGame) {
                        continue;
                    }
                    Rational mix = Rational.ZERO;
                    for (int t = 0; t < w.size(); t++) {
                        prof[p] = t;
                        mix = mix.add(w.probability(t).multiply(g.payoff(p, prof)));
                    }
                    prof[p] = st.strategy();
                    int cmp = mix.compareTo(g.payoff(p, prof));
                    assertTrue(cmp > 0 || (cmp == 0 && !st.strict()), "step " + st);
                    someStrict |= cmp > 0;
                }
                assertTrue(someStrict, "step " + st);
            }
            before = round.remaining();
        }
        assertEquals(r.steps().size(), stepIndex);
        for (int p = 0; p < g.numPlayers(); p++) {
            assertEquals(before.get(p), java.util.Arrays.stream(r.kept()[p]).boxed().toList());
        }
    }
}
