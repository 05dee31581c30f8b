package org.gtlab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;
import org.gtlab.math.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorViewModelTest {

    private static Rational r(String s) {
        return Rational.parse(s);
    }

    private static EditorViewModel bos() {
        return new EditorViewModel(GameCatalog.get("battle-of-the-sexes").game());
    }

    @Test
    void typingANumberSetsThePayoffUnderTheCursorAndUndoRedoRestoreIt() {
        EditorViewModel vm = bos();
        NormalFormGame before = vm.getGame();
        assertTrue(vm.commit(0, 1, 1, "7/2"));
        assertEquals(r("7/2"), vm.getGame().payoff(1, 0, 1));
        assertEquals(before.payoff(0, 0, 1), vm.getGame().payoff(0, 0, 1), "only the typed player's payoff changes");
        assertTrue(vm.canUndoProperty().get());
        assertTrue(vm.undo());
        assertSame(before, vm.getGame());
        assertTrue(vm.redo());
        assertEquals(r("7/2"), vm.getGame().payoff(1, 0, 1));
        assertFalse(vm.canRedoProperty().get());
    }

    @Test
    void aTupleSetsEveryPlayersPayoffAndDecimalsStayExact() {
        EditorViewModel vm = bos();
        vm.commit(1, 0, 0, "0.25, -1/3");
        assertEquals(r("1/4"), vm.getGame().payoff(0, 1, 0));
        assertEquals(r("-1/3"), vm.getGame().payoff(1, 1, 0));
        assertEquals("0.25", vm.text(1, 0, 0));
        assertEquals("-1/3", vm.text(1, 0, 1));
        vm.decimalsProperty().set(true);
        assertEquals("-0.3333", vm.text(1, 0, 1));
    }

    @Test
    void aNonNumberIsKeptAsTypedMarkedAndNeverChangesTheGame() {
        EditorViewModel vm = bos();
        NormalFormGame before = vm.getGame();
        assertTrue(vm.commit(0, 0, 0, "three"));
        assertSame(before, vm.getGame(), "the game keeps its last valid payoffs");
        assertEquals("three", vm.text(0, 0, 0));
        assertNotNull(vm.invalidReason(0, 0, 0));
        assertTrue(vm.invalidReason(0, 0, 0).contains("not a number"));
        assertEquals(1, vm.invalidCount());
        assertTrue(vm.messageProperty().get().contains("not a number"));
        vm.commit(0, 0, 0, "4");
        assertEquals(0, vm.invalidCount());
        assertEquals(r("4"), vm.getGame().payoff(0, 0, 0));
        vm.undo();
        assertEquals(1, vm.invalidCount(), "undo brings the invalid text back");
        vm.undo();
        assertEquals(0, vm.invalidCount());
        assertNull(vm.invalidReason(0, 0, 0));
    }

    @Test
    void zeroSumModeFillsTheOtherPlayerWithTheNegative() {
        EditorViewModel vm = bos();
        vm.zeroSumProperty().set(true);
        assertTrue(vm.getGame().isZeroSum(), "switching the mode on makes B = -A");
        vm.commit(0, 1, 0, "5");
        assertEquals(r("-5"), vm.getGame().payoff(1, 0, 1));
        vm.commit(1, 1, 1, "2");
        assertEquals(r("-2"), vm.getGame().payoff(0, 1, 1), "typing player 2's payoff sets player 1's");
        assertEquals(1, vm.editablePlayers());
    }

    @Test
    void symmetricModeMirrorsEveryEdit() {
        EditorViewModel vm = new EditorViewModel(NormalFormGame.zeros(3, 3));
        vm.symmetricProperty().set(true);
        vm.commit(0, 2, 0, "6");
        assertEquals(r("6"), vm.getGame().payoff(1, 2, 0));
        assertTrue(vm.getGame().isSymmetric());
        vm.commit(1, 0, 1, "-2");
        assertEquals(r("-2"), vm.getGame().payoff(0, 0, 1));
        assertTrue(vm.getGame().isSymmetric());
    }

    @Test
    void pastingATenByTenSpreadsheetBlockGivesTheSameGameAsItsNfgFile() throws Exception {
        String tsv = resource("bimatrix_10x10.tsv");
        NormalFormGame fromFile = GameFiles.load(resourcePath("bimatrix_10x10.nfg"));
        EditorViewModel vm = new EditorViewModel(NormalFormGame.zeros(2, 2));
        assertTrue(vm.paste(tsv));
        assertTrue(vm.getGame().samePayoffs(fromFile), "pasted payoffs equal the .nfg payoffs");
        assertEquals(fromFile.strategyLabels(), vm.getGame().strategyLabels());
        assertEquals(0, vm.invalidCount());
        vm.undo();
        assertEquals(2, vm.rows(), "one undo removes the whole paste");
    }

    @Test
    void copyAllThenPasteIntoAnEmptyGameRoundTrips() throws Exception {
        NormalFormGame g = GameFiles.load(resourcePath("bimatrix_10x10.nfg"));
        EditorViewModel a = new EditorViewModel(g);
        EditorViewModel b = new EditorViewModel(NormalFormGame.zeros(2, 2));
        b.paste(a.copyAll());
        assertTrue(b.getGame().samePayoffs(g));
    }

    @Test
    void pastesTupleCellsWithLabelsAndCsv() {
        EditorViewModel vm = new EditorViewModel(NormalFormGame.zeros(2, 2));
        vm.paste("\tOpera\tFootball\nOpera\t3, 2\t0, 0\nFootball\t0, 0\t2, 3\n");
        NormalFormGame g = vm.getGame();
        assertEquals(List.of("Opera", "Football"), g.strategyLabels(0));
        assertEquals(List.of("Opera", "Football"), g.strategyLabels(1));
        assertTrue(g.samePayoffs(GameCatalog.get("battle-of-the-sexes").game()));
        EditorViewModel csv = new EditorViewModel(NormalFormGame.zeros(2, 2));
        csv.paste("\"3, 2\",\"0, 0\"\n\"0, 0\",\"2, 3\"\n");
        assertTrue(csv.getGame().samePayoffs(g));
    }

    @Test
    void aPastedNonNumberIsMarkedNotReplaced() {
        EditorViewModel vm = new EditorViewModel(NormalFormGame.zeros(2, 2));
        vm.paste("1\tx\n3\t4\n\n5\t6\n7\t8\n");
        assertEquals(1, vm.invalidCount());
        assertEquals("x", vm.text(0, 1, 0));
        assertEquals(Rational.ZERO, vm.getGame().payoff(0, 0, 1));
        assertEquals(r("6"), vm.getGame().payoff(1, 0, 1));
    }

    @Test
    void raggedPasteIsRefusedWithAMessageAndChangesNothing() {
        EditorViewModel vm = bos();
        NormalFormGame before = vm.getGame();
        assertFalse(vm.paste("1\t2\n3\t4\n\n5\t6\t7\n8\t9\t10\n"));
        assertSame(before, vm.getGame());
        assertTrue(vm.messageProperty().get().startsWith("Nothing pasted"), vm.messageProperty().get());
    }

    @Test
    void deleteClearsTheSelectionInOneUndoStep() {
        EditorViewModel vm = bos();
        vm.moveCursor(0, 0, false);
        vm.moveCursor(1, 1, true);
        assertTrue(vm.clearSelection());
        for (int k = 0; k < 4; k++) {
            assertEquals(Rational.ZERO, vm.getGame().payoffAt(0, k));
            assertEquals(Rational.ZERO, vm.getGame().payoffAt(1, k));
        }
        vm.undo();
        assertTrue(vm.getGame().samePayoffs(GameCatalog.get("battle-of-the-sexes").game()));
    }

    @Test
    void strategiesAreAddedRemovedMovedAndRenamedWithInvalidMarksFollowing() {
        EditorViewModel vm = bos();
        List<String> rows = vm.getGame().strategyLabels(0);
        vm.commit(1, 1, 0, "oops");
        assertTrue(vm.addStrategy(0, 0));
        assertEquals(3, vm.rows());
        assertEquals(rows, vm.getGame().strategyLabels(0).subList(1, 3));
        assertEquals("oops", vm.text(2, 1, 0), "the invalid entry moved down with its row");
        assertTrue(vm.moveStrategy(0, 2, 0));
        assertEquals(rows.get(1), vm.getGame().strategyLabels(0).get(0));
        assertEquals("oops", vm.text(0, 1, 0));
        assertTrue(vm.renameStrategy(1, 0, "Fight"));
        assertEquals("Fight", vm.getGame().strategyLabels(1).get(0));
        assertFalse(vm.renameStrategy(1, 1, "Fight"), "labels stay unique");
        assertTrue(vm.removeStrategy(0, 0));
        assertEquals(0, vm.invalidCount(), "the invalid entry left with its row");
        assertTrue(vm.renamePlayer(0, "Alice"));
        assertEquals("Alice", vm.getGame().playerName(0));
    }

    @Test
    void thirdPlayerIsShownAsSlices() {
        EditorViewModel vm = bos();
        assertTrue(vm.addPlayer());
        assertEquals(3, vm.players());
        assertTrue(vm.addStrategy(2, 1));
        vm.setSlice(2, 1);
        vm.commit(0, 0, 2, "9");
        assertEquals(r("9"), vm.getGame().payoff(2, 0, 0, 1));
        assertEquals(Rational.ZERO, vm.getGame().payoff(2, 0, 0, 0));
        assertTrue(vm.removePlayer(2));
        assertEquals(2, vm.players());
    }

    @Test
    void bestReplyMarksFindThePureEquilibriaOfBattleOfTheSexes() {
        EditorViewModel vm = bos();
        assertTrue(vm.isBestReply(0, 0, 0) && vm.isBestReply(0, 0, 1));
        assertTrue(vm.isBestReply(1, 1, 0) && vm.isBestReply(1, 1, 1));
        assertFalse(vm.isBestReply(0, 1, 0));
        assertFalse(vm.isBestReply(1, 0, 1));
    }

    @Test
    void sizeLimitsGiveAClearMessageAndKeepTheGame() {
        EditorViewModel vm = bos();
        NormalFormGame before = vm.getGame();
        assertFalse(vm.randomGame(501, 500, 0, 9, 1));
        assertSame(before, vm.getGame());
        assertTrue(vm.messageProperty().get().contains("500×500"), vm.messageProperty().get());
        assertThrows(IllegalArgumentException.class, () -> new EditorViewModel(NormalFormGame.zeros(600, 600)));
    }

    @Test
    void fiveHundredByFiveHundredIsEditableAndTheHistoryStaysBounded() {
        EditorViewModel vm = new EditorViewModel(NormalFormGame.zeros(2, 2));
        assertTrue(vm.randomGame(500, 500, 0, 99, 7));
        assertEquals(500, vm.rows());
        for (int i = 0; i < 60; i++) {
            vm.commit(i, i, 0, Integer.toString(i));
        }
        int undos = 0;
        while (vm.undo()) {
            undos++;
        }
        assertTrue(undos >= 20 && undos < 61, "history bounded by memory, got " + undos + " steps");
    }

    @Test
    void tabWalksThroughEveryPayoffOfEveryCell() {
        EditorViewModel vm = bos();
        vm.moveCursor(0, 0, false);
        vm.nextEntry(false);
        assertEquals(1, vm.cursorPlayerProperty().get());
        vm.nextEntry(false);
        assertEquals(0, vm.cursorPlayerProperty().get());
        assertEquals(1, vm.cursorColumnProperty().get());
        vm.nextEntry(true);
        assertEquals(1, vm.cursorPlayerProperty().get());
        assertEquals(0, vm.cursorColumnProperty().get());
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = EditorViewModelTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path resourcePath(String name) throws Exception {
        return Path.of(EditorViewModelTest.class.getResource(name).toURI());
    }

    @TempDir
    Path tmp;

    @Test
    void resourcesExist() throws Exception {
        assertTrue(Files.size(resourcePath("bimatrix_10x10.nfg")) > 100);
    }
}
