package org.gtlab.ui.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gtlab.chart.model.PayoffTable.LineState;
import org.gtlab.eval.Evaluation;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.editor.EditorViewModel;
import org.junit.jupiter.api.Test;

class SolveViewModelTest {

    private static SolveViewModel solveFor(EditorViewModel ed, String method) {
        SolveViewModel s = new SolveViewModel(new DirectExecutor(), ed::getGame, Solvers.all());
        s.methodProperty().set(Solvers.byName(method));
        return s;
    }

    @Test
    void lemkeHowsonFindsTheThreeEquilibriaOfBattleOfTheSexesAndTheyAreExactNash() {
        EditorViewModel ed = new EditorViewModel(GameCatalog.get("battle-of-the-sexes").game());
        SolveViewModel s = solveFor(ed, "lcp");
        s.solve();
        assertEquals(3, s.rows().size(), s.statusProperty().get());
        for (EquilibriumRow r : s.rows()) {
            assertTrue(Evaluation.isNash(ed.getGame(), r.profile()));
        }
        Set<String> profiles = s.rows().stream().map(r -> r.profileText(false)).collect(Collectors.toSet());
        assertTrue(profiles.contains("(3/5, 2/5)  (2/5, 3/5)"), profiles.toString());
        EquilibriumRow mixed = s.rows().stream().filter(r -> !r.pure()).findFirst().orElseThrow();
        assertEquals("6/5, 6/5", mixed.payoffText(false));
        assertEquals("1.2, 1.2", mixed.payoffText(true));
        assertFalse(s.runningProperty().get());
    }

    @Test
    void selectingAnEquilibriumHighlightsItsSupport() {
        EditorViewModel ed = new EditorViewModel(GameCatalog.get("battle-of-the-sexes").game());
        SolveViewModel s = solveFor(ed, "lcp");
        s.solve();
        int pure = -1;
        for (int i = 0; i < s.rows().size(); i++) {
            if (s.rows().get(i).pure()) {
                pure = i;
            }
        }
        s.selectedProperty().set(pure);
        EquilibriumRow e = s.rows().get(pure);
        int row = e.profile().get(0).support()[0];
        int col = e.profile().get(1).support()[0];
        assertEquals(LineState.HIGHLIGHTED, s.row(row));
        assertEquals(LineState.NORMAL, s.row(1 - row));
        assertEquals(LineState.HIGHLIGHTED, s.column(col));
        assertTrue(s.tinted(row, col));
        assertFalse(s.tinted(1 - row, col));
    }

    @Test
    void headerNotesGiveTheExpectedPayoffAgainstTheSelectedEquilibrium() {
        EditorViewModel ed = new EditorViewModel(GameCatalog.get("battle-of-the-sexes").game());
        SolveViewModel s = solveFor(ed, "lcp");
        s.solve();
        for (int i = 0; i < s.rows().size(); i++) {
            if (!s.rows().get(i).pure()) {
                s.selectedProperty().set(i);
            }
        }
        // at the mixed equilibrium both of player 1's strategies earn 6/5 (indifference)
        assertTrue(s.strategyNote(0, 0).contains("expected payoff 6/5"), s.strategyNote(0, 0));
        assertTrue(s.strategyNote(0, 1).contains("(a best reply)"), s.strategyNote(0, 1));
        assertTrue(s.strategyNote(1, 0).contains("expected payoff 6/5"), s.strategyNote(1, 0));
    }

    @Test
    void editingResolvesSmallGamesAutomatically() {
        EditorViewModel ed = new EditorViewModel(GameCatalog.get("battle-of-the-sexes").game());
        SolveViewModel s = solveFor(ed, "lcp");
        ed.gameProperty().addListener((o, a, b) -> s.gameChanged());
        s.solve();
        // make Opera strictly dominant for player 1 and for player 2: one pure equilibrium remains
        ed.commit(0, 1, 0, "4");
        ed.commit(1, 0, 1, "1");
        ed.commit(0, 1, 1, "1");
        assertEquals(ed.getGame(), s.solvedGameProperty().get());
        for (EquilibriumRow r : s.rows()) {
            assertTrue(Evaluation.isNash(ed.getGame(), r.profile()));
        }
        assertFalse(s.staleProperty().get());
    }

    @Test
    void largeGamesAreMarkedStaleInsteadOfResolved() {
        EditorViewModel ed = new EditorViewModel(RandomGames.bimatrix(15, 15, 0, 99, 15));
        SolveViewModel s = solveFor(ed, "enumpure");
        ed.gameProperty().addListener((o, a, b) -> s.gameChanged());
        s.solve();
        ed.commit(0, 0, 0, "1000");
        assertTrue(s.staleProperty().get());
        assertTrue(s.statusProperty().get().contains("F5"));
    }

    @Test
    void aMethodOutsideItsScopeGivesAClearMessage() {
        EditorViewModel ed = new EditorViewModel(GameCatalog.get("battle-of-the-sexes").game());
        SolveViewModel s = solveFor(ed, "lp");
        s.solve();
        assertTrue(s.failedProperty().get());
        assertTrue(s.statusProperty().get().startsWith("Not solved: "), s.statusProperty().get());
    }

    @Test
    void dominanceStepperGreysEliminatedStrategiesStepByStep() {
        NormalFormGame g = GameCatalog.get("gibbons-2x3").game();
        EditorViewModel ed = new EditorViewModel(g);
        SolveViewModel s = solveFor(ed, "dominance");
        s.solve();
        int steps = s.stepsProperty().get().size();
        assertTrue(steps >= 2, "iterated elimination takes several steps, got " + steps);
        assertEquals(0, s.dominanceStepProperty().get());
        for (int i = 0; i < g.numStrategies(0); i++) {
            assertEquals(LineState.NORMAL == s.row(i) || LineState.HIGHLIGHTED == s.row(i), true);
        }
        assertTrue(s.stepForward());
        var first = s.stepsProperty().get().get(0);
        LineState st = first.player() == 0 ? s.row(first.strategy()) : s.column(first.strategy());
        assertEquals(LineState.GREYED, st);
        assertTrue(s.stepText(g).startsWith("Step 1 of " + steps), s.stepText(g));
        s.stepToEnd();
        assertFalse(s.stepForward());
        long greyRows = java.util.stream.IntStream.range(0, g.numStrategies(0))
                .filter(i -> s.row(i) == LineState.GREYED).count();
        long greyCols = java.util.stream.IntStream.range(0, g.numStrategies(1))
                .filter(j -> s.column(j) == LineState.GREYED).count();
        assertEquals(steps, greyRows + greyCols);
        assertTrue(s.stepBack());
        assertEquals(steps - 1, s.dominanceStepProperty().get());
    }

    @Test
    void everyRegisteredMethodHasADescription() {
        for (var m : Solvers.all()) {
            assertFalse(m.description().isBlank(), m.name());
        }
        assertTrue(List.of("enumpure", "lcp", "lp", "dominance").stream()
                .allMatch(n -> Solvers.all().stream().anyMatch(m -> m.name().equals(n))));
    }

    // ------------------------------------------------------------------ big games (issue 16 §6)

    @Test
    void aJobOverTheLimitWaitsForAConfirmationShowingTheEstimate() {
        EditorViewModel ed = new EditorViewModel(RandomGames.bimatrix(40, 40, 0, 99, 1));
        SolveViewModel s = solveFor(ed, "enummixed");
        s.findOneProperty().set(false);
        s.solve();
        String q = s.confirmationProperty().get();
        assertTrue(q != null && q.startsWith("enummixed (all equilibria) would take about ") && q.contains("bases")
                && s.confirmationDetail().contains("√C(m+n, m)"), q);
        assertFalse(s.failedProperty().get(), "a refusal is a question, not a failure");
        assertFalse(s.runningProperty().get());
        assertTrue(s.rows().isEmpty());
        s.dismissConfirmation();
        assertEquals(null, s.confirmationProperty().get());
        assertTrue(s.statusProperty().get().contains("declined"), s.statusProperty().get());
    }

    @Test
    void largeGamesDefaultToFindOneWithLcpAndSmallOnesToAll() {
        EditorViewModel big = new EditorViewModel(RandomGames.bimatrix(25, 25, 0, 99, 3));
        SolveViewModel s = new SolveViewModel(new DirectExecutor(), big::getGame, Solvers.all());
        assertTrue(s.findOneProperty().get());
        assertEquals("lcp", s.methodProperty().get().name());
        s.solve();
        assertEquals(1, s.rows().size(), s.statusProperty().get());
        assertTrue(Evaluation.isNash(big.getGame(), s.rows().get(0).profile()));
        assertTrue(s.statusProperty().get().contains("first found"), s.statusProperty().get());
        EditorViewModel small = new EditorViewModel(GameCatalog.get("battle-of-the-sexes").game());
        SolveViewModel t = new SolveViewModel(new DirectExecutor(), small::getGame, Solvers.all());
        assertFalse(t.findOneProperty().get());
        assertEquals("enummixed", t.methodProperty().get().name());
    }

    @Test
    void progressReportsOfTheSolverAreShownWhileItRuns() {
        EditorViewModel ed = new EditorViewModel(GameCatalog.get("battle-of-the-sexes").game());
        java.util.List<String> seen = new java.util.ArrayList<>();
        org.gtlab.solve.NashSolver stub = new org.gtlab.solve.NashSolver() {
            @Override
            public String name() {
                return "stub";
            }

            @Override
            public String description() {
                return "reports half-way, then returns the pure equilibria";
            }

            @Override
            public org.gtlab.solve.SolveResult solve(NormalFormGame g) {
                return Solvers.byName("enumpure").solve(g);
            }

            @Override
            public org.gtlab.solve.SolveResult solve(NormalFormGame g, org.gtlab.solve.SolveOptions o) {
                o.listener().progress(new org.gtlab.solve.SolveProgress(5, 10, 1));
                return solve(g);
            }
        };
        SolveViewModel s = new SolveViewModel(new DirectExecutor(), ed::getGame, List.of(stub));
        s.progressTextProperty().addListener((o, a, b) -> seen.add(b));
        s.solve();
        assertTrue(seen.contains("50 % · 5 of 10 · 1 found"), seen.toString());
        assertEquals(2, s.rows().size());
    }
}
