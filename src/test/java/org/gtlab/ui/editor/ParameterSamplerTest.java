package org.gtlab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.app.DocumentViewModel;
import org.gtlab.ui.common.DirectExecutor;
import org.junit.jupiter.api.Test;

/**
 * A slider drag on a 3×3 game, by event order (no clocks): a hundred slider ticks between two
 * frames become one game update with the newest value, one solve of that game (the solve panel's
 * equilibria belong to it) and best-response marks of that game; an empty frame does nothing; the
 * drag is one undo step.
 */
class ParameterSamplerTest {

    /** A 3×3 game whose pure equilibria move with a: (T, L) pays 3a, (M, C) pays 2, (B, R) pays 1 + a·a. */
    static DocumentViewModel document() {
        NormalFormGame g = NormalFormGame.zeros(3, 3).withStrategyLabels(
                List.of(List.of("T", "M", "B"), List.of("L", "C", "R")));
        DocumentViewModel doc = new DocumentViewModel(g, null, new DirectExecutor(), Solvers.all(), "p");
        EditorViewModel ed = doc.editor();
        assertTrue(ed.addParameter("a", Rational.ONE, Rational.ZERO, Rational.of(2)));
        String[][] cells = {{"3*a, 3*a", "0, 1", "1, 0"}, {"1, 0", "2, 2", "0, 1"}, {"0, 1", "1, 0", "1+a*a, 1+a*a"}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertTrue(ed.commit(i, j, 0, cells[i][j]) || i + j > 0, cells[i][j]);
            }
        }
        return doc;
    }

    @Test
    void ticksBetweenFramesAreCoalescedToTheNewestValue() {
        DocumentViewModel doc = document();
        EditorViewModel ed = doc.editor();
        List<String> events = new ArrayList<>();
        ed.gameProperty().addListener((o, a, b) -> events.add("game " + ed.getParameters().values().get("a")));
        doc.solve().solvedGameProperty().addListener((o, a, b) -> events.add("solved "
                + (b == ed.getGame() ? ed.getParameters().values().get("a") : "stale")));
        ParameterSampler sampler = new ParameterSampler(m -> {
            events.add("apply " + m.value());
            ed.dragParameter(m.name(), m.value());
        });
        String undo = ed.undoLabelProperty().get();
        ed.beginParameterDrag("a");
        for (int i = 1; i <= 100; i++) {
            sampler.offer(new ParameterSampler.Move("a", ParameterSampler.snap(i / 50.0, Rational.ZERO, Rational.of(2), 200)));
        }
        assertTrue(events.isEmpty(), events.toString());
        assertTrue(sampler.drain());
        // one update with the newest value (the synchronous executor solves inside the document's own
        // game listener, registered before this test's, hence "solved" before "game")
        assertEquals(List.of("apply 2", "solved 2", "game 2"), events);
        assertFalse(sampler.drain(), "a frame without ticks does nothing");
        assertEquals(3, events.size());
        sampler.offer(new ParameterSampler.Move("a", Rational.of(1, 2)));
        sampler.offer(new ParameterSampler.Move("a", Rational.of(3, 4)));
        assertTrue(sampler.drain());
        assertEquals(List.of("apply 3/4", "solved 3/4", "game 3/4"), events.subList(3, 6));

        // the solve panel and the marks show the game at a = 3/4, exactly
        NormalFormGame now = ed.getGame();
        assertEquals(Rational.of(9, 4), now.payoff(0, 0, 0));
        assertEquals(Rational.of(25, 16), now.payoff(0, 2, 2));
        assertSame(now, doc.solve().solvedGameProperty().get());
        assertFalse(doc.solve().resultProperty().get().equilibria().isEmpty());
        for (var eq : doc.solve().resultProperty().get().equilibria()) {
            assertTrue(Evaluation.isNash(now, eq), "an equilibrium of the game at a = 3/4");
        }
        // at a = 3/4, (T, L) pays 9/4 > 1 = the column's other replies: a pure equilibrium, marked for both
        assertTrue(ed.isBestReply(0, 0, 0) && ed.isBestReply(0, 0, 1));
        assertEquals(undo, ed.undoLabelProperty().get(), "no undo step during the drag");
        assertTrue(ed.endParameterDrag());
        assertEquals("move a to 3/4", ed.undoLabelProperty().get());
    }

    @Test
    void snapGivesExactGridValues() {
        assertEquals(Rational.of(1, 4), ParameterSampler.snap(0.2501, Rational.ZERO, Rational.ONE, 200));
        assertEquals(Rational.of(-3), ParameterSampler.snap(-7, Rational.of(-3), Rational.of(3), 200));
        assertEquals(Rational.of(3), ParameterSampler.snap(9, Rational.of(-3), Rational.of(3), 200));
        assertEquals(Rational.of(1, 3), ParameterSampler.snap(0.3333, Rational.of(1, 3), Rational.of(1, 3), 200));
    }
}
