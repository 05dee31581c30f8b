package org.gtlab.solve.lh;

import org.gtlab.solve.catalog.Solvers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;
import org.gtlab.testutil.Corpus;

class LemkeHowsonSolverTest {

    private static final LemkeHowsonSolver HYBRID = new LemkeHowsonSolver();
    private static final LemkeHowsonSolver EXACT = new LemkeHowsonSolver(LemkeHowsonSolver.Arithmetic.EXACT);

    static Stream<Corpus.Entry> corpus() {
        return Corpus.all().stream();
    }

    static Stream<Corpus.Entry> reachableReference() {
        return Corpus.all().stream().filter(e -> e.lemkeHowsonReachable().isPresent());
    }

    static Stream<Corpus.Entry> degenerate() {
        return Corpus.all().stream().filter(Corpus.Entry::degenerate);
    }

    @Test
    void corpusHasReachableReferences() {
        assertTrue(reachableReference().count() >= 20, "expected the nondegenerate corpus games");
        assertTrue(degenerate().count() >= 10);
    }

    @ParameterizedTest
    @MethodSource("reachableReference")
    void reachableSetEqualsGambitOnNondegenerateGames(Corpus.Entry e) {
        Set<StrategyProfile> ref = e.lemkeHowsonReachable().orElseThrow();
        for (LemkeHowsonSolver s : List.of(HYBRID, EXACT)) {
            List<StrategyProfile> got = s.solve(e.game()).equilibria();
            assertEquals(ref, new HashSet<>(got), e.name() + " " + s.arithmetic());
            assertEquals(got.size(), new HashSet<>(got).size(), "no duplicates");
            assertEquals(got.stream().sorted().toList(), got, "sorted output");
        }
    }

    @ParameterizedTest
    @MethodSource("degenerate")
    void degenerateGamesReachOnlyExtremeEquilibria(Corpus.Entry e) {
        List<StrategyProfile> exact = EXACT.solve(e.game()).equilibria();
        List<StrategyProfile> hybrid = HYBRID.solve(e.game()).equilibria();
        assertEquals(exact, hybrid, "floating-point pivoting follows the exact lexicographic paths");
        assertFalse(exact.isEmpty());
        for (StrategyProfile p : exact) {
            assertTrue(Evaluation.isNash(e.game(), p), e.name() + ": " + p);
            e.extremeEquilibria().ifPresent(ext -> assertTrue(ext.contains(p), e.name() + ": not extreme " + p));
        }
        // same perturbation (sign and order) and payoff shift as Gambit: the same basis pairs are reached
        e.lemkeHowsonGambit().ifPresent(gambit -> assertEquals(gambit, new HashSet<>(exact), e.name()));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyLabelGivesANashEquilibrium(Corpus.Entry e) {
        NormalFormGame g = e.game();
        int labels = g.numStrategies(0) + g.numStrategies(1);
        Set<StrategyProfile> component = new HashSet<>(EXACT.solve(g).equilibria());
        for (int k = 1; k <= labels; k++) {
            StrategyProfile h = HYBRID.solveOne(g, k);
            StrategyProfile x = EXACT.solveOne(g, k);
            assertEquals(x, h, e.name() + " label " + k);
            assertTrue(Evaluation.isNash(g, h), e.name() + " label " + k);
            assertTrue(component.contains(h), "a path from the artificial equilibrium ends in its component");
            e.lemkeHowsonReachable().ifPresent(ref -> assertTrue(ref.contains(h)));
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void pathsAreWellFormed(Corpus.Entry e) {
        NormalFormGame g = e.game();
        int m = g.numStrategies(0);
        int n = g.numStrategies(1);
        for (int k = 1; k <= m + n; k++) {
            LemkeHowsonPath path = HYBRID.path(g, k);
            assertPathWellFormed(g, path, k);
            assertEquals(EXACT.solveOne(g, k), path.equilibrium());
        }
    }

    static void assertPathWellFormed(NormalFormGame g, LemkeHowsonPath path, int k) {
        int m = g.numStrategies(0);
        int n = g.numStrategies(1);
        List<LemkeHowsonPath.Step> steps = path.steps();
        assertFalse(steps.isEmpty());
        assertEquals(k, path.missingLabel());
        assertEquals(k, steps.get(0).entering());
        assertEquals(k <= m ? 0 : 1, steps.get(0).polytope(), "dropping a row label moves x first");
        assertEquals(k, steps.get(steps.size() - 1).leaving());
        Set<List<List<Integer>>> bases = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            LemkeHowsonPath.Step s = steps.get(i);
            assertTrue(bases.add(List.of(s.basisP(), s.basisQ())), "path revisits a basis pair: cycle");
            assertEquals(n, s.basisP().size());
            assertEquals(m, s.basisQ().size());
            assertTrue(s.x().stream().allMatch(r -> r.signum() >= 0));
            assertTrue(s.y().stream().allMatch(r -> r.signum() >= 0));
            if (i > 0) {
                assertEquals(steps.get(i - 1).leaving(), s.entering(), "the label picked up is dropped next");
                assertEquals(1 - steps.get(i - 1).polytope(), s.polytope(), "pivots alternate");
            }
        }
        LemkeHowsonPath.Step last = steps.get(steps.size() - 1);
        StrategyProfile end = StrategyProfile.of(last.rowStrategy().orElseThrow(), last.columnStrategy().orElseThrow());
        assertEquals(path.equilibrium(), end);
        assertTrue(Evaluation.isNash(g, end));
        // the scaled point lies in P and Q: B'ᵀx ≤ 1, A'y ≤ 1, with A' = scale·A + shift
        for (int j = 0; j < n; j++) {
            Rational s = Rational.ZERO;
            for (int i = 0; i < m; i++) {
                Rational b = path.columnTransform().scale().multiply(g.payoff(1, i, j)).add(path.columnTransform().shift());
                s = s.add(b.multiply(last.x().get(i)));
            }
            assertTrue(s.compareTo(Rational.ONE) <= 0);
        }
    }

    @Test
    void oneByNAndMByOneGames() {
        NormalFormGame row = NormalFormGame.bimatrix(new long[][] {{1, 5, 3, 5}}, new long[][] {{2, 7, 7, 1}});
        NormalFormGame col = NormalFormGame.bimatrix(new long[][] {{4}, {9}, {9}, {2}}, new long[][] {{0}, {1}, {3}, {3}});
        for (NormalFormGame g : List.of(row, col, NormalFormGame.zeros(1, 1), NormalFormGame.zeros(1, 3))) {
            for (LemkeHowsonSolver s : List.of(HYBRID, EXACT)) {
                List<StrategyProfile> eq = s.solve(g).equilibria();
                assertFalse(eq.isEmpty());
                eq.forEach(p -> assertTrue(Evaluation.isNash(g, p), p.toString()));
                int labels = g.numStrategies(0) + g.numStrategies(1);
                for (int k = 1; k <= labels; k++) {
                    assertTrue(Evaluation.isNash(g, s.solveOne(g, k)));
                    assertPathWellFormed(g, s.path(g, k), k);
                }
            }
        }
        // 1×4: the row player is passive, the column player picks a best reply (pure, by degeneracy rules)
        for (StrategyProfile p : HYBRID.solve(row).equilibria()) {
            assertTrue(p.get(1).isPure());
        }
        assertEquals(StrategyProfile.of(MixedStrategy.pure(1, 0), MixedStrategy.pure(1, 0)),
                HYBRID.solveOne(NormalFormGame.zeros(1, 1), 1));
    }

    @Test
    void knownEquilibriaOfSmallGames() {
        // matching pennies: the unique equilibrium is reached from every label
        NormalFormGame mp = NormalFormGame.zeroSum(new long[][] {{1, -1}, {-1, 1}});
        StrategyProfile half = StrategyProfile.of(MixedStrategy.uniform(2), MixedStrategy.uniform(2));
        for (int k = 1; k <= 4; k++) {
            assertEquals(half, HYBRID.solveOne(mp, k));
        }
        assertEquals(List.of(half), HYBRID.solve(mp).equilibria());
        // battle of the sexes: all three equilibria are in the artificial component
        NormalFormGame bos = NormalFormGame.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
        assertEquals(3, HYBRID.solve(bos).equilibria().size());
        assertEquals(StrategyProfile.pure(new int[] {2, 2}, 0, 0), HYBRID.solveOne(bos, 1));
    }

    @Test
    void invariantUnderPositiveAffinePayoffChanges() {
        NormalFormGame g = RandomGames.bimatrix(6, 5, 0, 99, 11);
        Rational[][] a = g.matrix(0);
        Rational[][] b = g.matrix(1);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                a[i][j] = a[i][j].multiply(Rational.of(3, 7)).add(Rational.of(-5, 2));
                b[i][j] = b[i][j].multiply(Rational.of(11, 2)).add(Rational.of(1000));
            }
        }
        NormalFormGame h = NormalFormGame.bimatrix(a, b);
        assertEquals(HYBRID.solve(g).equilibria(), HYBRID.solve(h).equilibria());
        assertEquals(EXACT.solve(g).equilibria(), HYBRID.solve(h).equilibria());
    }

    @Test
    void largerRandomGamesTerminateWithVerifiedEquilibria() {
        NormalFormGame g = RandomGames.bimatrix(30, 30, 0, 99, 3);
        for (int k = 1; k <= 60; k += 7) {
            StrategyProfile p = HYBRID.solveOne(g, k);
            assertTrue(Evaluation.isNash(g, p));
        }
        StrategyProfile x = EXACT.solveOne(g, 1);
        assertEquals(x, HYBRID.solveOne(g, 1));
    }

    /**
     * 100×100, seed 1, label 151: a path of 2438 pivots with a genuine floating-point near-tie
     * (ratios 8e-10 apart relative); hybrid resolves that one step exactly and must follow the
     * exact path pivot for pivot. (The exact run takes seconds, hence slow.)
     */
    @Test
    @org.junit.jupiter.api.Tag("slow")
    void genuineNearTieInALargeGameFollowsTheExactPath() {
        NormalFormGame g = RandomGames.bimatrix(100, 100, 0, 99, 1);
        LemkeHowsonSolver.Outcome h = HYBRID.findOne(g, 151);
        LemkeHowsonSolver.Outcome x = EXACT.findOne(g, 151);
        assertEquals(x.equilibrium(), h.equilibrium());
        assertEquals(x.pivots(), h.pivots());
        assertFalse(h.exact());
        assertTrue(Evaluation.isNash(g, h.equilibrium()));
    }

    @Test
    void rationalAndLargePayoffs() {
        NormalFormGame g = NormalFormGame.bimatrix(
                new Rational[][] {{Rational.parse("1/3"), Rational.parse("-2/7")}, {Rational.parse("-1/5"), Rational.parse("1/9")}},
                new Rational[][] {{Rational.parse("-1/3"), Rational.parse("2/7")}, {Rational.parse("1/5"), Rational.parse("-1/9")}});
        StrategyProfile p = EXACT.solveOne(g, 1);
        assertTrue(Evaluation.isNash(g, p));
        assertEquals(p, HYBRID.solveOne(g, 3));
        long big = 1L << 50;
        NormalFormGame h = NormalFormGame.bimatrix(new long[][] {{big, 0, 3}, {1, big - 1, 2}, {5, 4, big - 3}},
                new long[][] {{0, big, 1}, {big - 7, 0, 9}, {3, 1, 0}});
        for (int k = 1; k <= 6; k++) {
            StrategyProfile q = HYBRID.solveOne(h, k);
            assertTrue(Evaluation.isNash(h, q));
            assertEquals(EXACT.solveOne(h, k), q);
        }
    }

    @Test
    void refusesBadInput() {
        NormalFormGame three = NormalFormGame.zeros(2, 2, 2);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> HYBRID.solve(three));
        assertTrue(ex.getMessage().contains("two-player"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HYBRID.solveOne(three, 1));
        NormalFormGame g = NormalFormGame.zeros(2, 3);
        assertThrows(IllegalArgumentException.class, () -> HYBRID.solveOne(g, 0));
        IllegalArgumentException ex2 = assertThrows(IllegalArgumentException.class, () -> HYBRID.solveOne(g, 6));
        assertTrue(ex2.getMessage().contains("1..5"), ex2.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HYBRID.path(g, -1));
    }

    @Test
    void registeredAsLcp() {
        assertEquals("lcp", Solvers.byName("lcp").name());
        assertTrue(Solvers.byName("lcp") instanceof LemkeHowsonSolver);
        assertFalse(HYBRID.description().isBlank());
        assertFalse(HYBRID.description().contains("\n"));
    }

    @Test
    void cancellationStopsTheSolver() throws Exception {
        NormalFormGame g = RandomGames.bimatrix(40, 40, 0, 2, 5);
        Thread.currentThread().interrupt();
        try {
            assertThrows(java.util.concurrent.CancellationException.class, () -> HYBRID.solve(g));
        } finally {
            Thread.interrupted();
        }
    }
}
