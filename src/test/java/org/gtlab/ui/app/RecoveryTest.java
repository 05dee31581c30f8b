package org.gtlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;
import org.gtlab.math.Rational;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave, crash recovery, files and recent files through the main view model. */
class RecoveryTest {

    @TempDir
    Path home;

    private MainViewModel app() {
        return new MainViewModel(new DirectExecutor(), Solvers.all(), new RecentFiles(home.resolve("recent.txt")),
                new RecoveryStore(home.resolve("recovery")));
    }

    @Test
    void unsavedEditsSurviveAnAppThatWasKilledAndAreOfferedBack() throws Exception {
        Path file = home.resolve("bos.nfg");
        GameFiles.save(file, GameCatalog.get("battle-of-the-sexes").game());
        MainViewModel first = app();
        first.open(file, d -> {
        });
        DocumentViewModel d = first.getActive();
        d.editor().commit(0, 0, 0, "10");
        d.editor().commit(1, 1, 1, "not yet");
        assertTrue(d.isDirty());
        assertEquals(1, first.autosave());
        assertEquals(0, first.autosave(), "nothing new to write");
        // the first app "dies" here: no save, no close
        MainViewModel second = app();
        List<RecoveryStore.Recovered> offered = second.recoverable();
        assertEquals(1, offered.size());
        assertEquals(file.toAbsolutePath(), offered.get(0).file());
        second.recover(offered);
        DocumentViewModel r = second.getActive();
        assertEquals(Rational.of(10), r.game().payoff(0, 0, 0));
        assertEquals("not yet", r.editor().text(1, 1, 1));
        assertTrue(r.isDirty(), "recovered edits are unsaved");
        assertEquals(file.toAbsolutePath(), r.getFile());
        // saving is refused while an entry is not a number, then succeeds
        second.save(r);
        assertTrue(second.statusProperty().get().startsWith("Not saved"), second.statusProperty().get());
        r.editor().commit(1, 1, 1, "3");
        second.save(r);
        assertFalse(r.isDirty());
        assertTrue(app().recoverable().isEmpty(), "saving removes the autosave");
        assertEquals(Rational.of(10), GameFiles.load(file).payoff(0, 0, 0));
    }

    @Test
    void discardedRecoveriesAreGone() {
        MainViewModel first = app();
        first.newDocument().editor().commit(0, 0, 0, "1");
        first.autosave();
        MainViewModel second = app();
        second.discard(second.recoverable());
        assertTrue(app().recoverable().isEmpty());
    }

    @Test
    void closingADocumentDropsItsAutosave() {
        MainViewModel vm = app();
        DocumentViewModel d = vm.newDocument();
        d.editor().commit(0, 0, 0, "1");
        vm.autosave();
        assertEquals(1, new RecoveryStore(home.resolve("recovery")).list().size());
        vm.close(d);
        assertTrue(new RecoveryStore(home.resolve("recovery")).list().isEmpty());
    }

    @Test
    void malformedFileGivesFileLineAndColumnAndOpensNothing() throws Exception {
        Path bad = home.resolve("bad.nfg");
        Files.writeString(bad, "NFG 1 R \"x\" { \"A\" \"B\" } { 2 2 }\n\n1 2 3 oops\n");
        MainViewModel vm = app();
        vm.open(bad, d -> {
        });
        assertTrue(vm.documents().isEmpty());
        String s = vm.statusProperty().get();
        assertTrue(s.startsWith("Cannot open"), s);
        assertTrue(s.contains("bad.nfg:3:"), "file:line:col in " + s);
    }

    @Test
    void saveAsWritesEveryFormatAtomicallyAndRemembersRecentFiles() throws Exception {
        MainViewModel vm = app();
        DocumentViewModel d = vm.openCatalog(GameCatalog.get("stag-hunt"));
        NormalFormGame g = d.game();
        for (DocumentViewModel.Format f : DocumentViewModel.Format.values()) {
            Path p = home.resolve("out-" + f.name() + f.extension());
            vm.saveAs(d, p, f);
            assertTrue(GameFiles.load(p).samePayoffs(g), f.name());
        }
        assertEquals(3, vm.recent().files().size());
        assertEquals(3, new RecentFiles(home.resolve("recent.txt")).files().size(), "the list is persisted");
        try (var s = Files.list(home)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".tmp")), "no temporary files left");
        }
    }
}
