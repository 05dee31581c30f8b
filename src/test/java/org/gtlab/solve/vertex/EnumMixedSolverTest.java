package org.gtlab.solve.vertex;

import org.gtlab.solve.SolveResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;
import org.gtlab.solve.SolveOptions;
import org.gtlab.testutil.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnumMixedSolverTest {

    /** A small shared budget, so that the corpus runs exercise the parallel search. */
    private static final org.gtlab.compute.Workers WORKERS = new org.gtlab.compute.Workers(3, "test-enummixed");
    private static final EnumMixedSolver SOLVER = new EnumMixedSolver().withWorkers(WORKERS);

    static Stream<Corpus.Entry> corpus() {
        return Corpus.all().stream();
    }

    private static Set<Set<StrategyProfile>> asSets(List<List<StrategyProfile>> subsets) {
        Set<Set<StrategyProfile>> s = new HashSet<>();
        for (List<StrategyProfile> l : subsets) {
            s.add(new HashSet<>(l));
        }
        return s;
    }

    private static StrategyProfile profile(String[] x, String[] y) {
        return StrategyProfile.of(MixedStrategy.parse(x), MixedStrategy.parse(y));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void extremeEquilibriaEqualReference(Corpus.Entry e) {
        SolveResult r = SOLVER.solve(e.game());
        assertEquals("enummixed", r.method());
        if (e.extremeEquilibria().isPresent()) {
            assertEquals(e.extremeEquilibria().get(), new HashSet<>(r.equilibria()), e.name());
        }
        if (e.extremeCount().isPresent()) {
            assertEquals(e.extremeCount().get(), r.equilibria().size(), e.name());
        }
        assertEquals(r.equilibria().size(), new HashSet<>(r.equilibria()).size(), "no duplicates");
        for (StrategyProfile p : r.equilibria()) {
            assertTrue(Evaluation.isNash(e.game(), p), () -> e.name() + ": not Nash " + p);
        }
        assertTrue(new HashSet<>(r.equilibria()).containsAll(e.pureEquilibria()), "pure equilibria are extreme");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void maximalNashSubsetsEqualReference(Corpus.Entry e) {
        SolveResult r = SOLVER.solve(e.game());
        if (e.maximalNashSubsets().isPresent()) {
            assertEquals(e.maximalNashSubsets().get(), asSets(r.maximalNashSubsets()), e.name());
        }
        // every extreme equilibrium lies in some subset; every subset consists of extreme equilibria
        Set<StrategyProfile> covered = new HashSet<>();
        r.maximalNashSubsets().forEach(covered::addAll);
        assertEquals(new HashSet<>(r.equilibria()), covered);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void sequentialAndUnprunedRunsAgree(Corpus.Entry e) {
        SolveResult r = SOLVER.solve(e.game());
        SolveResult seq = SOLVER.sequential().withoutDominancePruning().solve(e.game());
        assertEquals(r.equilibria(), seq.equilibria());
        assertEquals(r.maximalNashSubsets(), seq.maximalNashSubsets());
    }

    @Test
    void aFullWorkerBudgetNeverBlocksTheSolve() throws Exception {
        // the only worker is busy until the solve is over: the caller must do all the work itself
        org.gtlab.compute.Workers one = new org.gtlab.compute.Workers(1, "test-full");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
        one.execute(() -> {
            busy.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertTrue(busy.await(10, java.util.concurrent.TimeUnit.SECONDS));
            NormalFormGame g = RandomGames.bimatrix(9, 9, 0, 99, 7);
            SolveResult full = new EnumMixedSolver().withWorkers(one).solve(g);
            assertEquals(SOLVER.sequential().solve(g).equilibria(), full.equilibria());
            assertEquals(1, one.threads(), "no thread beyond the budget");
        } finally {
            release.countDown();
            one.shutdown(2000);
        }
    }

    @Test
    void outputIsSortedAndDeterministic() {
        NormalFormGame g = RandomGames.bimatrix(9, 9, 0, 99, 7);
        SolveResult a = SOLVER.solve(g);
        SolveResult b = SOLVER.solve(g);
        assertEquals(a.equilibria(), b.equilibria());
        assertEquals(a.maximalNashSubsets(), b.maximalNashSubsets());
        List<StrategyProfile> sorted = new ArrayList<>(a.equilibria());
        sorted.sort(null);
        assertEquals(sorted, a.equilibria());
        assertEquals(a.equilibria(), SOLVER.sequential().solve(g).equilibria());
    }

    @Test
    void randomGamesMatchBruteForce() {
        for (int seed = 0; seed < 30; seed++) {
            int m = 1 + seed % 5;
            int n = 1 + (seed / 5) % 5;
            NormalFormGame g = RandomGames.bimatrix(m, n, 0, seed % 2 == 0 ? 3 : 99, seed);
            assertEquals(BruteForceExtremeEquilibria.of(g), new HashSet<>(SOLVER.solve(g).equilibria()), g.title());
        }
    }

    // ------------------------------------------------------------------ degenerate corner cases

    @Test
    void allZeroGameHasAllPureProfilesAndOneSubset() {
        NormalFormGame g = NormalFormGame.zeros(3, 4);
        SolveResult r = SOLVER.solve(g);
        assertEquals(12, r.equilibria().size());
        for (StrategyProfile p : r.equilibria()) {
            assertTrue(p.get(0).isPure() && p.get(1).isPure());
        }
        assertEquals(1, r.maximalNashSubsets().size());
        assertEquals(12, r.maximalNashSubsets().get(0).size());
    }

    @Test
    void vonStengelContinuum() {
        // von Stengel (2007), AGT ch. 3, Fig. 3.5: a continuum {top} x {left >= 2/3} and one isolated NE
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{3, 3}, {2, 5}, {0, 6}},
                new long[][] {{3, 3}, {2, 6}, {3, 1}});
        SolveResult r = SOLVER.solve(g);
        Set<StrategyProfile> expected = Set.of(
                profile(new String[] {"1", "0", "0"}, new String[] {"1", "0"}),
                profile(new String[] {"1", "0", "0"}, new String[] {"2/3", "1/3"}),
                profile(new String[] {"0", "1/3", "2/3"}, new String[] {"1/3", "2/3"}));
        assertEquals(expected, new HashSet<>(r.equilibria()));
        assertEquals(Set.of(
                Set.of(profile(new String[] {"1", "0", "0"}, new String[] {"1", "0"}),
                        profile(new String[] {"1", "0", "0"}, new String[] {"2/3", "1/3"})),
                Set.of(profile(new String[] {"0", "1/3", "2/3"}, new String[] {"1/3", "2/3"}))),
                asSets(r.maximalNashSubsets()));
    }

    @Test
    void duplicatedStrategiesGiveEveryCopyAsVertex() {
        // matching pennies with the row player's first row duplicated: two extreme equilibria
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, -1}, {1, -1}, {-1, 1}},
                new long[][] {{-1, 1}, {-1, 1}, {1, -1}});
        SolveResult r = SOLVER.solve(g);
        assertEquals(Set.of(
                profile(new String[] {"1/2", "0", "1/2"}, new String[] {"1/2", "1/2"}),
                profile(new String[] {"0", "1/2", "1/2"}, new String[] {"1/2", "1/2"})),
                new HashSet<>(r.equilibria()));
        assertEquals(1, r.maximalNashSubsets().size());
        assertEquals(BruteForceExtremeEquilibria.of(g), new HashSet<>(r.equilibria()));
    }

    @Test
    void weaklyDominatedStrategiesAreKept() {
        // column 2 is weakly dominated for the column player, yet (row 2, col 2) is an equilibrium
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 0}, {0, 0}}, new long[][] {{1, 0}, {0, 0}});
        SolveResult r = SOLVER.solve(g);
        assertTrue(r.equilibria().contains(StrategyProfile.pure(new int[] {2, 2}, 1, 1)));
        assertTrue(r.equilibria().contains(StrategyProfile.pure(new int[] {2, 2}, 0, 0)));
        assertEquals(BruteForceExtremeEquilibria.of(g), new HashSet<>(r.equilibria()));
    }

    @Test
    void strictlyDominatedStrategiesAreRemovedAndMappedBack() {
        // prisoner's dilemma with an extra, strictly dominated third row and column
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{3, 0, 9}, {5, 1, 9}, {0, -1, 0}},
                new long[][] {{3, 5, -1}, {0, 1, -1}, {9, 9, 0}});
        SolveResult r = SOLVER.solve(g);
        assertEquals(List.of(StrategyProfile.pure(new int[] {3, 3}, 1, 1)), r.equilibria());
        assertEquals(r.equilibria(), SOLVER.withoutDominancePruning().solve(g).equilibria());
    }

    @Test
    void oneByNAndMByOne() {
        NormalFormGame row = NormalFormGame.bimatrix(new long[][] {{4, 1, 7, 7}}, new long[][] {{2, 5, 5, 0}});
        SolveResult r = SOLVER.solve(row);
        assertEquals(Set.of(StrategyProfile.pure(new int[] {1, 4}, 0, 1), StrategyProfile.pure(new int[] {1, 4}, 0, 2)),
                new HashSet<>(r.equilibria()));
        assertEquals(1, r.maximalNashSubsets().size());

        NormalFormGame col = NormalFormGame.bimatrix(new long[][] {{3}, {3}, {1}}, new long[][] {{0}, {8}, {9}});
        SolveResult c = SOLVER.solve(col);
        assertEquals(Set.of(StrategyProfile.pure(new int[] {3, 1}, 0, 0), StrategyProfile.pure(new int[] {3, 1}, 1, 0)),
                new HashSet<>(c.equilibria()));

        NormalFormGame one = NormalFormGame.bimatrix(new long[][] {{5}}, new long[][] {{-2}});
        assertEquals(List.of(StrategyProfile.pure(new int[] {1, 1}, 0, 0)), SOLVER.solve(one).equilibria());
    }

    @Test
    void moreThan64LabelsUseWideMasks() {
        // 1 x 70: the column player's best responses to the single row (payoff 3 at columns 5, 40, 69)
        long[][] a = new long[1][70];
        long[][] b = new long[1][70];
        b[0][5] = 3;
        b[0][40] = 3;
        b[0][69] = 3;
        b[0][7] = 2;
        SolveResult r = SOLVER.solve(NormalFormGame.bimatrix(a, b));
        int[] shape = {1, 70};
        assertEquals(List.of(StrategyProfile.pure(shape, 0, 69), StrategyProfile.pure(shape, 0, 40),
                StrategyProfile.pure(shape, 0, 5)), r.equilibria());
        // 3 x 70 random game: transposing the game transposes the equilibria
        NormalFormGame g = RandomGames.bimatrix(3, 70, 0, 9, 11);
        NormalFormGame t = transpose(g);
        Set<StrategyProfile> fromT = new HashSet<>();
        for (StrategyProfile p : SOLVER.solve(t).equilibria()) {
            fromT.add(StrategyProfile.of(p.get(1), p.get(0)));
        }
        SolveResult rg = SOLVER.solve(g);
        assertEquals(fromT, new HashSet<>(rg.equilibria()));
        assertFalse(rg.equilibria().isEmpty());
        rg.equilibria().forEach(p -> assertTrue(Evaluation.isNash(g, p)));
    }

    static NormalFormGame transpose(NormalFormGame g) {
        Rational[][] a = g.matrix(0);
        Rational[][] b = g.matrix(1);
        int m = a.length;
        int n = a[0].length;
        Rational[][] ta = new Rational[n][m];
        Rational[][] tb = new Rational[n][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                ta[j][i] = b[i][j];
                tb[j][i] = a[i][j];
            }
        }
        return NormalFormGame.bimatrix(ta, tb);
    }

    @Test
    void fractionalAndNegativePayoffs() {
        NormalFormGame g = NormalFormGame.bimatrix(
                new Rational[][] {{Rational.of(1, 3), Rational.of(-2)}, {Rational.of(-5, 7), Rational.of(1, 2)}},
                new Rational[][] {{Rational.of(-1, 3), Rational.of(2)}, {Rational.of(5, 7), Rational.of(-1, 2)}});
        SolveResult r = SOLVER.solve(g);
        assertEquals(BruteForceExtremeEquilibria.of(g), new HashSet<>(r.equilibria()));
        assertEquals(1, r.equilibria().size());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1_009L, 1_000_003L, 1_000_000_007L, 1_000_000_000_007L})
    void largeDeterminantsStayExact(long big) {
        // payoffs up to 10^14 drive the tableau through its 64-bit, 128-bit and BigInteger tiers
        NormalFormGame base = RandomGames.bimatrix(6, 6, 0, 99, 3);
        Rational[][] a = base.matrix(0);
        Rational[][] b = base.matrix(1);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                a[i][j] = a[i][j].multiply(big).add(Rational.of((i * 7 + j) % 5));
                b[i][j] = b[i][j].multiply(big).subtract(Rational.of((i + 3 * j) % 7));
            }
        }
        NormalFormGame g = NormalFormGame.bimatrix(a, b);
        SolveResult r = SOLVER.solve(g);
        assertFalse(r.equilibria().isEmpty());
        for (StrategyProfile p : r.equilibria()) {
            assertTrue(Evaluation.isNash(g, p));
        }
        assertEquals(BruteForceExtremeEquilibria.of(g), new HashSet<>(r.equilibria()));
    }

    // ------------------------------------------------------------------ refusal, budget, cancellation

    @Test
    void refusesGamesWithoutTwoPlayers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SOLVER.solve(NormalFormGame.zeros(2, 2, 2)));
        assertTrue(e.getMessage().contains("two-player"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SOLVER.solve(NormalFormGame.zeros(3)));
    }

    @Test
    void budgetRefusesWithEstimate() {
        NormalFormGame g = RandomGames.bimatrix(12, 12, 0, 99, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SOLVER.withBudget(50).solve(g));
        assertTrue(e.getMessage().contains("estimated"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SOLVER.withBudget(0));
        // a generous budget changes nothing
        NormalFormGame small = RandomGames.bimatrix(5, 5, 0, 99, 1);
        assertEquals(SOLVER.solve(small).equilibria(), SOLVER.withBudget(1_000_000).solve(small).equilibria());
    }

    @Test
    void estimateHasTheRightOrderOfMagnitude() {
        NormalFormGame g = RandomGames.bimatrix(8, 8, 0, 99, 5);
        EnumMixedSolver.Prepared p = SOLVER.prepare(g);
        MaskIndex[] v = VertexSearch.run(new Polytope[] {p.polytopeP(), p.polytopeQ()}, 1, null, (a, b) -> { });
        EnumMixedSolver.ProbeEstimate est = SOLVER.estimate(g, 3000, 42);
        assertTrue(est.rowPolytope() > v[0].size() / 2.0 && est.rowPolytope() < v[0].size() * 2.0,
                est + " vs " + v[0].size());
        assertTrue(est.columnPolytope() > v[1].size() / 2.0 && est.columnPolytope() < v[1].size() * 2.0,
                est + " vs " + v[1].size());
        assertEquals(est, SOLVER.estimate(g, 3000, 42), "deterministic for a seed");
    }

    @Test
    void cancellationStopsAHopelessJob() throws Exception {
        NormalFormGame g = RandomGames.bimatrix(30, 30, 0, 99, 1);
        ExecutorService ex = Executors.newSingleThreadExecutor();
        CountDownLatch searching = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        try {
            // cancel once the search reports bases visited (an event, not a sleep)
            SolveOptions options = SolveOptions.DEFAULT.withForce(true).withListener(p -> {
                if (p.done() > 0) {
                    searching.countDown();
                }
            });
            Future<?> f = ex.submit(() -> {
                try {
                    SOLVER.solve(g, options);
                } catch (Throwable t) {
                    thrown.set(t);
                } finally {
                    ended.countDown();
                }
            });
            assertTrue(searching.await(60, TimeUnit.SECONDS), "the search never reported progress");
            f.cancel(true);
            assertTrue(ended.await(10, TimeUnit.SECONDS), "solver did not stop after cancel");
            // what the solver itself threw (Future.get would throw CancellationException in any case)
            assertInstanceOf(CancellationException.class, thrown.get(), "the solver must end by cancellation");
        } finally {
            ex.shutdownNow();
        }
        // and directly: an interrupted thread gets a CancellationException
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> SOLVER.solve(g));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void budgetWhileRunningNamesThePolytope() {
        NormalFormGame g = RandomGames.bimatrix(10, 10, 0, 99, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SOLVER.withBudget(100, false).solve(g));
        assertTrue(e.getMessage().contains("best-response polytope has more than 100 vertices"), e.getMessage());
    }

    static Stream<NormalFormGame> facesGames() {
        List<NormalFormGame> gs = new ArrayList<>();
        for (Corpus.Entry e : Corpus.all()) {
            if (e.game().numPlayers() == 2) {
                gs.add(e.game());
            }
        }
        for (int s = 0; s < 6; s++) {
            gs.add(RandomGames.bimatrix(3, 14, 0, 2, 100 + s)); // wide and degenerate
            gs.add(RandomGames.bimatrix(13, 4, 0, 1, 200 + s)); // tall and degenerate
            gs.add(RandomGames.bimatrix(5, 5, 0, 2, 300 + s));
            gs.add(RandomGames.bimatrix(4, 12, 0, 99, 400 + s));
        }
        return gs.stream();
    }

    @ParameterizedTest
    @MethodSource("facesGames")
    void joinThroughFacesEqualsJoinOfAllVertices(NormalFormGame g) {
        SolveResult viaFaces = SOLVER.sequential().withFaces(true).solve(g);
        SolveResult viaAll = SOLVER.sequential().withFaces(false).solve(g);
        assertEquals(viaAll.equilibria(), viaFaces.equilibria());
        assertEquals(asSets(viaAll.maximalNashSubsets()), asSets(viaFaces.maximalNashSubsets()));
        assertEquals(viaFaces.equilibria().size(), new HashSet<>(viaFaces.equilibria()).size(), "no duplicates");
        List<StrategyProfile> eq = viaFaces.equilibria();
        for (int k = 1; k < eq.size(); k++) {
            assertTrue(eq.get(k - 1).compareTo(eq.get(k)) < 0, "sorted by StrategyProfile.compareTo at " + k);
        }
    }

    @Test
    void joinThroughFacesKeepsTheVertexBudget() {
        NormalFormGame g = RandomGames.bimatrix(6, 40, 0, 2, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SOLVER.withFaces(true).withBudget(3, false).solve(g));
        assertTrue(e.getMessage().contains("best-response polytope has more than 3 vertices"), e.getMessage());
    }
}
