package org.gtlab.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;
import org.gtlab.solve.catalog.Solvers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every registered {@link NashSolver} passes: on a fixed set of small games with
 * known equilibria (degenerate ones included) every returned profile satisfies the exact
 * best-response conditions, there are no duplicates, the result is deterministic and matches what
 * the method promises ({@link #PROMISES}: a new method must add its line, or this test fails);
 * games outside its scope are refused with an {@link IllegalArgumentException} carrying a message;
 * an interrupted thread stops it with a {@link CancellationException}; and the options contract
 * (limits, stop-after, progress) holds.
 */
class NashSolverContractTest {

    /** A game with its complete set of extreme equilibria and its pure equilibria. */
    record Known(String name, NormalFormGame game, Set<StrategyProfile> extreme, Set<StrategyProfile> pure,
            Optional<Rational> zeroSumValue) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What each method promises about its equilibria relative to the known sets. */
    enum Promise {
        /** exactly the pure equilibria */
        ALL_PURE,
        /** exactly the extreme equilibria */
        ALL_EXTREME,
        /** a non-empty subset of the extreme equilibria (Lemke–Howson reachable set) */
        SOME_EXTREME,
        /** for zero-sum games exactly one extreme equilibrium and the value; other games refused */
        ONE_OPTIMAL_PAIR,
        /** at most one pure equilibrium (when elimination leaves a single profile) */
        AT_MOST_ONE_PURE,
        /** exactly one equilibrium on every two-player game, an extreme one on nondegenerate games (limit methods) */
        ONE_EQUILIBRIUM,
        /** every equilibrium on nondegenerate games (= the extreme ones), a non-empty set of equilibria on degenerate ones */
        ALL_ON_NONDEGENERATE,
        /** a non-empty set of equilibria, extreme ones on nondegenerate games (one per start or ray) */
        SOME_EQUILIBRIA
    }

    /** Methods that solve N-player games (the others refuse three players). */
    static final Set<String> N_PLAYER = Set.of("enumpure", "dominance", "logit", "enumpoly", "simpdiv", "gnm");

    static final Map<String, Promise> PROMISES = Map.of(
            "enumpure", Promise.ALL_PURE,
            "enummixed", Promise.ALL_EXTREME,
            "lcp", Promise.SOME_EXTREME,
            "lp", Promise.ONE_OPTIMAL_PAIR,
            "dominance", Promise.AT_MOST_ONE_PURE,
            "logit", Promise.ONE_EQUILIBRIUM,
            "enumpoly", Promise.ALL_ON_NONDEGENERATE,
            "simpdiv", Promise.SOME_EQUILIBRIA,
            "gnm", Promise.SOME_EQUILIBRIA);

    private static MixedStrategy m(String... p) {
        return MixedStrategy.parse(p);
    }

    private static StrategyProfile pr(MixedStrategy... s) {
        return StrategyProfile.of(s);
    }

    static List<Known> games() {
        List<Known> k = new ArrayList<>();
        MixedStrategy h = m("1/2", "1/2");
        MixedStrategy a = m("1", "0");
        MixedStrategy b = m("0", "1");
        k.add(new Known("matching pennies", NormalFormGame.zeroSum(new long[][] {{1, -1}, {-1, 1}}),
                Set.of(pr(h, h)), Set.of(), Optional.of(Rational.ZERO)));
        k.add(new Known("battle of the sexes",
                NormalFormGame.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}}),
                Set.of(pr(a, a), pr(b, b), pr(m("2/3", "1/3"), m("1/3", "2/3"))), Set.of(pr(a, a), pr(b, b)),
                Optional.empty()));
        k.add(new Known("prisoner's dilemma",
                NormalFormGame.bimatrix(new long[][] {{3, 0}, {5, 1}}, new long[][] {{3, 5}, {0, 1}}),
                Set.of(pr(b, b)), Set.of(pr(b, b)), Optional.empty()));
        // degenerate: the row player is indifferent everywhere, so three segments of equilibria meet
        k.add(new Known("indifferent row player (degenerate)",
                NormalFormGame.bimatrix(new long[][] {{1, 1}, {1, 1}}, new long[][] {{1, 0}, {0, 1}}),
                Set.of(pr(a, a), pr(b, b), pr(h, a), pr(h, b)), Set.of(pr(a, a), pr(b, b)), Optional.empty()));
        // von Stengel (2007), "Equilibrium computation for two-player games in strategic and extensive
        // form", the 3×2 example of Figure 3.3 (nondegenerate, three equilibria)
        k.add(new Known("von Stengel 3x2",
                NormalFormGame.bimatrix(new long[][] {{3, 3}, {2, 5}, {0, 6}}, new long[][] {{3, 2}, {2, 6}, {3, 1}}),
                Set.of(pr(m("1", "0", "0"), a), pr(m("4/5", "1/5", "0"), m("2/3", "1/3")),
                        pr(m("0", "1/3", "2/3"), m("1/3", "2/3"))),
                Set.of(pr(m("1", "0", "0"), a)), Optional.empty()));
        // degenerate zero-sum game: a duplicated row, so the optimal row strategies form a segment
        k.add(new Known("zero-sum with a duplicated row (degenerate)",
                NormalFormGame.zeroSum(new long[][] {{1, -1}, {1, -1}, {-1, 1}}),
                Set.of(pr(m("1/2", "0", "1/2"), h), pr(m("0", "1/2", "1/2"), h)), Set.of(), Optional.of(Rational.ZERO)));
        return k;
    }

    static Stream<NashSolver> solvers() {
        return Solvers.all().stream();
    }

    @Test
    void everyRegisteredMethodDeclaresItsPromise() {
        for (NashSolver s : Solvers.all()) {
            assertTrue(PROMISES.containsKey(s.name()), s.name() + " has no line in NashSolverContractTest.PROMISES");
            assertFalse(s.description().isBlank(), s.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void resultsAreExactEquilibriaAndKeepTheMethodsPromise(NashSolver solver) {
        Promise promise = PROMISES.get(solver.name());
        assertNotNull(promise, solver.name());
        int solved = 0;
        for (Known k : games()) {
            SolveResult r;
            try {
                r = solver.solve(k.game());
            } catch (IllegalArgumentException refused) {
                assertTrue(promise == Promise.ONE_OPTIMAL_PAIR && k.zeroSumValue().isEmpty(),
                        solver.name() + " refused " + k + ": " + refused.getMessage());
                assertMessage(refused);
                continue;
            }
            solved++;
            List<StrategyProfile> eq = r.equilibria();
            Set<StrategyProfile> set = new HashSet<>(eq);
            assertEquals(eq.size(), set.size(), solver.name() + " repeated a profile on " + k);
            for (StrategyProfile p : eq) {
                assertTrue(Evaluation.isNash(k.game(), p), solver.name() + " returned a non-equilibrium on " + k + ": " + p);
                for (int q = 0; q < 2; q++) {
                    // the exact best-response conditions: no pure strategy earns more than the mix
                    Rational[] v = Evaluation.strategyValues(k.game(), q, p);
                    Rational u = Evaluation.payoffs(k.game(), p)[q];
                    for (Rational x : v) {
                        assertTrue(x.compareTo(u) <= 0, solver.name() + " on " + k + ": a deviation gains");
                    }
                }
            }
            assertEquals(eq, solver.solve(k.game()).equilibria(), solver.name() + " is not deterministic on " + k);
            switch (promise) {
                case ALL_PURE -> assertEquals(k.pure(), set, solver.name() + " on " + k);
                case ALL_EXTREME -> assertEquals(k.extreme(), set, solver.name() + " on " + k);
                case SOME_EXTREME -> {
                    assertFalse(set.isEmpty(), solver.name() + " found nothing on " + k);
                    assertTrue(k.extreme().containsAll(set), solver.name() + " on " + k + ": " + set);
                }
                case ONE_OPTIMAL_PAIR -> {
                    assertEquals(1, eq.size(), solver.name() + " on " + k);
                    assertTrue(k.extreme().containsAll(set), solver.name() + " on " + k + ": " + set);
                    assertEquals(k.zeroSumValue().orElseThrow(), r.value().orElseThrow(), "value of " + k);
                }
                case AT_MOST_ONE_PURE -> {
                    assertTrue(eq.size() <= 1 && k.pure().containsAll(set), solver.name() + " on " + k + ": " + set);
                    if (k.name().equals("prisoner's dilemma")) {
                        assertEquals(k.pure(), set, "strict dominance solves the prisoner's dilemma");
                    }
                }
                case ONE_EQUILIBRIUM -> {
                    assertEquals(1, eq.size(), solver.name() + " on " + k + ": " + set);
                    if (!k.name().contains("degenerate")) {
                        assertTrue(k.extreme().containsAll(set), solver.name() + " on " + k + ": " + set);
                    }
                }
                case ALL_ON_NONDEGENERATE -> {
                    assertFalse(set.isEmpty(), solver.name() + " found nothing on " + k);
                    if (!k.name().contains("degenerate")) {
                        assertEquals(k.extreme(), set, solver.name() + " on " + k);
                    }
                }
                case SOME_EQUILIBRIA -> {
                    assertFalse(set.isEmpty(), solver.name() + " found nothing on " + k);
                    if (!k.name().contains("degenerate")) {
                        assertTrue(k.extreme().containsAll(set), solver.name() + " on " + k + ": " + set);
                    }
                }
                default -> fail("unknown promise " + promise);
            }
        }
        assertTrue(solved >= 2, solver.name() + " solved only " + solved + " of the fixed games");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void gamesOutsideTheScopeAreRefusedWithAMessage(NashSolver solver) {
        List<NormalFormGame> odd = List.of(NormalFormGame.zeros(2, 2, 2), NormalFormGame.zeros(1, 1),
                RandomGames.nPlayer(new int[] {2, 3, 2}, 0, 9, 3));
        for (NormalFormGame g : odd) {
            try {
                SolveResult r = solver.solve(g);
                for (StrategyProfile p : r.equilibria()) {
                    assertTrue(Evaluation.isNash(g, p), solver.name() + " on " + g + ": " + p);
                }
            } catch (IllegalArgumentException refused) {
                assertMessage(refused);
            }
        }
        boolean twoPlayer = !N_PLAYER.contains(solver.name());
        if (twoPlayer) {
            assertMessage(assertThrows(IllegalArgumentException.class, () -> solver.solve(NormalFormGame.zeros(2, 2, 2))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void anInterruptedThreadStopsTheSolve(NashSolver solver) {
        NormalFormGame g = RandomGames.zeroSum(40, 40, 0, 99, 11);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> solver.solve(g, SolveOptions.DEFAULT.withForce(true)),
                    solver.name() + " ignored the interrupt");
        } finally {
            Thread.interrupted();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void optionsLimitStopAndReportProgress(NashSolver solver) {
        for (Known k : games()) {
            SolveResult all;
            try {
                all = solver.solve(k.game());
            } catch (IllegalArgumentException refused) {
                continue;
            }
            List<SolveProgress> reports = new ArrayList<>();
            SolveResult r = solver.solve(k.game(), SolveOptions.DEFAULT.withListener(reports::add));
            assertEquals(all.equilibria(), r.equilibria(), solver.name() + " with options on " + k);
            assertFalse(reports.isEmpty(), solver.name() + " reported no progress on " + k);
            SolveProgress last = reports.get(reports.size() - 1);
            assertEquals(1.0, last.fraction(), solver.name() + " did not end at 100% on " + k);
            assertEquals(r.equilibria().size(), last.found(), solver.name() + " final count on " + k);
            SolveResult one = solver.solve(k.game(), SolveOptions.DEFAULT.withStopAfter(1));
            assertTrue(one.equilibria().size() <= 1, solver.name() + " ignored stop-after on " + k);
            assertTrue(all.equilibria().containsAll(one.equilibria()), solver.name() + " stop-after on " + k);
            assertEquals(all.equilibria().isEmpty(), one.equilibria().isEmpty(), solver.name() + " stop-after on " + k);
            // limits: a job estimated above the limit is refused, and runs when forced
            WorkEstimate est = solver.estimate(k.game());
            SolveOptions tight = SolveOptions.DEFAULT.withMaxSeconds(1e-12);
            if (est.seconds() > 1e-12) {
                WorkRefusedException e = assertThrows(WorkRefusedException.class, () -> solver.solve(k.game(), tight));
                assertTrue(e.getMessage().contains(solver.name()) && e.getMessage().contains("force"), e.getMessage());
                assertEquals(est, e.estimate());
            }
            assertEquals(all.equilibria(), solver.solve(k.game(), tight.withForce(true)).equilibria());
        }
    }

    @Test
    void exactMethodsEstimateHopelessJobsAndRefuseThemUpFront() {
        NormalFormGame big = RandomGames.bimatrix(40, 40, 0, 99, 4);
        for (String name : List.of("enummixed", "lcp")) {
            NashSolver s = Solvers.byName(name);
            WorkEstimate est = s.estimate(big);
            assertTrue(est.seconds() > SolveOptions.DEFAULT_MAX_SECONDS || name.equals("lcp"), name + ": " + est);
        }
        WorkRefusedException e = assertThrows(WorkRefusedException.class,
                () -> Solvers.byName("enummixed").solve(big, SolveOptions.DEFAULT));
        assertTrue(e.getMessage().contains("days"), e.getMessage());
        // lcp: refused up front on 150×150 under a tight limit (300 long paths), but one path with stop-after is fine
        NormalFormGame huge = RandomGames.bimatrix(150, 150, 0, 99, 5);
        assertThrows(WorkRefusedException.class, () -> Solvers.byName("lcp").solve(huge, SolveOptions.DEFAULT
                .withMaxSeconds(0.5)));
        assertEquals(1, Solvers.byName("lcp").solve(huge, SolveOptions.DEFAULT.withStopAfter(1)).equilibria().size());
        // enumpure on 500×500 is a few milliseconds of work
        assertTrue(Solvers.byName("enumpure").estimate(RandomGames.bimatrix(500, 500, 0, 9, 1)).seconds() < 1);
    }

    private static void assertMessage(IllegalArgumentException e) {
        assertNotNull(e.getMessage(), "refusal without a message");
        assertTrue(e.getMessage().length() > 10 && !e.getMessage().startsWith("java."), e.getMessage());
    }
}
