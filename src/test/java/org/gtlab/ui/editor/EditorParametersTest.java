package org.gtlab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.ParametricGame;
import org.gtlab.io.GameFiles;
import org.gtlab.math.Rational;
import org.gtlab.ui.app.DocumentViewModel;
import org.gtlab.ui.common.DirectExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameters in the editor (issue 15 §4): adding, renaming, removing with validation; expression
 * cells evaluated exactly; one clear message for a bad expression, an unknown parameter and a
 * division by zero (the cell and the column); undo/redo of parameter edits and of a whole slider
 * drag as one step; a document saved and re-opened is the same parametric game.
 */
class EditorParametersTest {

    @TempDir
    Path dir;

    private static Rational r(String s) {
        return Rational.parse(s);
    }

    private static EditorViewModel threeByThree() {
        NormalFormGame g = NormalFormGame.zeros(3, 3).withStrategyLabels(
                List.of(List.of("T", "M", "B"), List.of("L", "C", "R")));
        return new EditorViewModel(g);
    }

    /** a = 2, c = 4 with cells "3+a", "-c/2", "a*a". */
    private static EditorViewModel withParameters() {
        EditorViewModel vm = threeByThree();
        assertTrue(vm.addParameter("a", r("2"), r("0"), r("4")));
        assertTrue(vm.addParameter("c", r("4"), r("-1"), r("8")));
        assertTrue(vm.commit(0, 0, 0, "3+a"));
        assertTrue(vm.commit(0, 1, 0, "-c/2"));
        assertTrue(vm.commit(1, 1, 1, "a*a"));
        return vm;
    }

    /** A game without parameters: no cell has an expression (the empty map must be searchable). */
    @Test
    void aGameWithoutParametersHasNoExpressions() {
        EditorViewModel vm = threeByThree();
        assertNull(vm.expressionAt(0, 0, 0));
        assertEquals("0", vm.editText(0, 0, 0));
        assertTrue(EditorParameters.NONE.expressions().isEmpty());
        assertTrue(EditorParameters.NONE.uses("a").isEmpty());
    }

    @Test
    void expressionCellsAreExactAndFollowTheValues() {
        EditorViewModel vm = withParameters();
        assertEquals(r("5"), vm.getGame().payoff(0, 0, 0));
        assertEquals(r("-2"), vm.getGame().payoff(0, 0, 1));
        assertEquals(r("4"), vm.getGame().payoff(1, 1, 1));
        assertEquals("3+a", vm.editText(0, 0, 0));
        assertEquals("5", vm.text(0, 0, 0));
        assertTrue(vm.setParameterValue("a", r("1/3")));
        assertEquals(r("10/3"), vm.getGame().payoff(0, 0, 0));
        assertEquals(r("1/9"), vm.getGame().payoff(1, 1, 1));
        assertEquals(r("-2"), vm.getGame().payoff(0, 0, 1), "c did not move");
        // undo the value, then the three cells and the two parameters, one step each
        assertTrue(vm.undo());
        assertEquals(r("5"), vm.getGame().payoff(0, 0, 0));
        assertTrue(vm.redo());
        assertEquals(r("10/3"), vm.getGame().payoff(0, 0, 0));
        // typing a number over an expression makes it a plain number again
        assertTrue(vm.commit(0, 0, 0, "7"));
        assertNull(vm.expressionAt(0, 0, 0));
        assertTrue(vm.setParameterValue("a", r("3")));
        assertEquals(r("7"), vm.getGame().payoff(0, 0, 0));
        assertEquals(r("9"), vm.getGame().payoff(1, 1, 1));
    }

    @Test
    void badExpressionsUnknownParametersAndDivisionByZeroAreOneClearMessage() {
        EditorViewModel vm = withParameters();
        NormalFormGame before = vm.getGame();
        vm.commit(2, 2, 0, "3+*a");
        assertEquals("Player 1's payoff at (B, R): expression \"3+*a\": unexpected '*' at column 3 "
                + "(marked in red; the game keeps the previous value)", vm.messageProperty().get());
        assertEquals(before.payoff(0, 2, 2), vm.getGame().payoff(0, 2, 2));
        assertTrue(vm.invalidReason(2, 2, 0).contains("unexpected '*' at column 3"), vm.invalidReason(2, 2, 0));
        vm.commit(2, 1, 0, "b + 1");
        assertTrue(vm.messageProperty().get().startsWith("Player 1's payoff at (B, C): expression \"b + 1\": unknown parameter 'b' "
                + "(declared: a, c)"), vm.messageProperty().get());
        vm.commit(2, 0, 0, "1/(a-2)");
        assertTrue(vm.messageProperty().get().contains("Player 1's payoff at (B, L)")
                && vm.messageProperty().get().contains("division by zero at column 2"), vm.messageProperty().get());
        // a value that makes a cell divide by zero is refused, naming the cell and the column
        assertTrue(vm.commit(1, 0, 0, "1/(c-1)"));
        NormalFormGame at4 = vm.getGame();
        assertFalse(vm.setParameterValue("c", r("1")));
        assertTrue(vm.messageProperty().get().contains("c = 1 refused: Player 1's payoff at (M, L): expression \"1/(c-1)\": "
                + "division by zero at column 2"), vm.messageProperty().get());
        assertEquals(at4, vm.getGame());
        assertEquals(r("4"), vm.getParameters().values().get("c"));
    }

    @Test
    void addRenameRemoveAreValidated() {
        EditorViewModel vm = withParameters();
        assertFalse(vm.addParameter("2x", r("0"), r("0"), r("1")));
        assertTrue(vm.messageProperty().get().contains("\"2x\" is not a name"), vm.messageProperty().get());
        assertFalse(vm.addParameter("a", r("0"), r("0"), r("1")));
        assertTrue(vm.messageProperty().get().contains("already has a parameter a"));
        assertFalse(vm.addParameter("d", r("0"), r("2"), r("1")));
        assertTrue(vm.messageProperty().get().contains("min 2 is greater than max 1"));
        assertFalse(vm.removeParameter("a"));
        assertTrue(vm.messageProperty().get().startsWith("Parameter a not removed: it is used by 2 payoffs (Player 1's payoff at "
                + "(T, L) \"3+a\"; Player 2's payoff at (M, C) \"a*a\")"), vm.messageProperty().get());
        assertTrue(vm.renameParameter("a", "alpha"));
        assertEquals("3+alpha", vm.editText(0, 0, 0));
        assertEquals("alpha*alpha", vm.editText(1, 1, 1));
        assertEquals(List.of("alpha", "c"), List.copyOf(vm.getParameters().values().keySet()));
        assertFalse(vm.renameParameter("alpha", "c"));
        assertTrue(vm.undo());
        assertEquals("3+a", vm.editText(0, 0, 0));
        assertTrue(vm.addParameter("unused", r("1"), r("0"), r("2")));
        assertTrue(vm.removeParameter("unused"));
        assertFalse(vm.getParameters().values().containsKey("unused"));
        assertTrue(vm.undo());
        assertTrue(vm.getParameters().values().containsKey("unused"));
    }

    @Test
    void aDragIsOneUndoStep() {
        EditorViewModel vm = withParameters();
        String label = vm.undoLabelProperty().get();
        vm.beginParameterDrag("a");
        for (int i = 0; i <= 40; i++) {
            assertTrue(vm.dragParameter("a", Rational.of(i, 10)));
        }
        assertEquals(r("7"), vm.getGame().payoff(0, 0, 0));
        assertEquals(label, vm.undoLabelProperty().get(), "no undo step during the drag");
        assertTrue(vm.endParameterDrag());
        assertEquals("move a to 4", vm.undoLabelProperty().get());
        assertTrue(vm.undo());
        assertEquals(r("2"), vm.getParameters().values().get("a"));
        assertEquals(r("5"), vm.getGame().payoff(0, 0, 0));
        assertEquals(label, vm.undoLabelProperty().get());
        // a drag that comes back to where it started costs no step
        vm.beginParameterDrag("a");
        vm.dragParameter("a", r("3"));
        vm.dragParameter("a", r("2"));
        assertFalse(vm.endParameterDrag());
    }

    @Test
    void structureEditsKeepTheExpressions() {
        EditorViewModel vm = withParameters();
        assertTrue(vm.addStrategy(0, 0));
        // T moved to row 1: its expression went with it
        assertEquals("3+a", vm.editText(1, 0, 0));
        assertTrue(vm.setParameterValue("a", r("0")));
        assertEquals(r("3"), vm.getGame().payoff(0, 1, 0));
        assertTrue(vm.undo());
        assertTrue(vm.undo());
        assertEquals("3+a", vm.editText(0, 0, 0));
    }

    @Test
    void aDocumentSavedAndReopenedIsTheSameGame() throws Exception {
        EditorViewModel ed = withParameters();
        DocumentViewModel doc = new DocumentViewModel(ed.getGame(), null, new DirectExecutor(), List.of(), "p");
        doc.editor().resetParametric(ed.parametricGame());
        assertTrue(doc.editor().setParameterRange("c", r("0"), r("10")));
        assertTrue(doc.editor().setParameterValue("c", r("3/2")));
        assertTrue(doc.isDirty());
        Path f = dir.resolve("p.json");
        doc.saveTo(f, DocumentViewModel.Format.JSON);
        assertFalse(doc.isDirty());
        ParametricGame saved = doc.editor().parametricGame();

        DocumentViewModel.Loaded loaded = DocumentViewModel.Loaded.read(f);
        DocumentViewModel again = new DocumentViewModel(loaded.game(), f, new DirectExecutor(), List.of(), "p.json");
        again.useParameters(loaded.parametric());
        assertFalse(again.isDirty());
        assertEquals(saved, again.editor().parametricGame());
        assertEquals(new ParametricGame.Range(r("0"), r("10")), again.editor().parametricGame().range("c"));
        assertEquals("-c/2", again.editor().editText(0, 1, 0));
        assertEquals(r("-3/4"), again.editor().getGame().payoff(0, 0, 1));
        // a parameter edit alone makes the document dirty
        assertTrue(again.editor().addParameter("z", r("0"), r("0"), r("1")));
        assertTrue(again.isDirty());

        // .nfg: the numbers at the current values
        Path n = dir.resolve("p.nfg");
        doc.saveTo(n, DocumentViewModel.Format.NFG_OUTCOME);
        assertTrue(GameFiles.load(n).samePayoffs(doc.game()));
        assertNull(GameFiles.loadParametric(n));
        assertNotNull(Files.readString(n));
    }

    /** The autosave keeps parameters, values, ranges and expressions. */
    @Test
    void theAutosaveKeepsTheParameters() throws Exception {
        EditorViewModel vm = withParameters();
        vm.commit(2, 2, 0, "3+*a"); // an invalid entry survives too
        org.gtlab.ui.common.RecoveryStore store = new org.gtlab.ui.common.RecoveryStore(dir.resolve("rec"));
        store.save("doc-1", null, vm.state(), false, false);
        var back = store.list();
        assertEquals(1, back.size());
        EditorState s = back.get(0).state();
        assertEquals(vm.getParameters(), s.params());
        assertEquals(vm.getGame(), s.game());
        assertEquals("3+*a", s.invalid().get(new CellKey(0, vm.profileIndex(2, 2))));
        EditorViewModel restored = threeByThree();
        restored.reset(s);
        assertEquals(vm.parametricGame(), restored.parametricGame());
    }
}
