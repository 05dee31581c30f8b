package org.gtlab.ui.app;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.editor.EditorViewModel;

/**
 * The main window's dialog flows (issue 9 §5: MainWindow split along its responsibilities):
 * unsaved changes before closing and quitting, the random-game dialog and its background
 * generation, crash recovery; and the window's empty state and drag-and-drop of game files.
 */
final class WindowFlows {

    private final MainViewModel vm;
    private final MainDialogs dialogs;
    private final FileActions files;

    WindowFlows(MainViewModel vm, MainDialogs dialogs, FileActions files) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.files = files;
    }

    /** Asks about unsaved changes; true if the document may close. */
    boolean confirmClose(DocumentViewModel d) {
        if (!d.isDirty()) {
            return true;
        }
        MainDialogs.Unsaved r = dialogs.unsaved(d.titleProperty().get().replace("• ", ""));
        if (r == MainDialogs.Unsaved.CANCEL) {
            return false;
        }
        if (r == MainDialogs.Unsaved.SAVE) {
            vm.activeProperty().set(d);
            files.save();
            return !d.isDirty();
        }
        return true;
    }

    /** Asks about all unsaved documents before quitting; true if the app may exit (the session ends cleanly). */
    boolean confirmQuit() {
        for (DocumentViewModel d : List.copyOf(vm.unsaved())) {
            vm.activeProperty().set(d);
            if (!confirmClose(d)) {
                return false;
            }
            vm.recovery().delete(d.id());
        }
        vm.endSession();
        return true;
    }

    void randomDialog() {
        @SuppressWarnings("unchecked")
        Dialog<MainDialogs.RandomRequest> d = (Dialog<MainDialogs.RandomRequest>) dialogs.random(vm.getActive() != null, System.currentTimeMillis() % 100000);
        d.showAndWait().ifPresent(r -> {
            if (r.rows() < 0) {
                vm.report("No game generated", "No game generated: sizes, payoffs and seed must be whole numbers");
            } else {
                randomGame(r.rows(), r.columns(), r.lo(), r.hi(), r.seed(), r.newTab());
            }
        });
    }

    /** Generates a random game in the background (large games take a moment), in a new tab or the open editor. */
    void randomGame(int rows, int cols, long lo, long hi, long seed, boolean newTab) {
        EditorViewModel e = newTab || vm.getActive() == null ? null : vm.getActive().editor();
        boolean zs = e != null && e.zeroSumProperty().get();
        boolean sym = e != null && e.symmetricProperty().get();
        vm.setStatus("Generating a random " + rows + "×" + cols + " game…");
        vm.executor().submit(() -> EditorViewModel.randomFor(rows, cols, lo, hi, seed, zs, sym), g -> {
            if (e == null) {
                vm.openGenerated(g, "Random " + rows + "×" + cols + " (seed " + seed + ")");
            } else {
                e.replaceGame(g, "random game (seed " + seed + ")");
            }
            vm.setStatus("Random " + rows + "×" + cols + " game, seed " + seed);
        }, err -> vm.report("No game generated", "No game generated: " + err.getMessage()));
    }

    /** Offers autosaves and the other documents of a session that ended without quitting. */
    void offerRecovery() {
        List<RecoveryStore.Recovered> items = vm.recoverable();
        List<String> others = vm.lostSessionDocuments();
        if (items.isEmpty() && others.isEmpty()) {
            return;
        }
        Boolean r = dialogs.recovery(items, others).showAndWait().orElse(null);
        if (Boolean.TRUE.equals(r)) {
            vm.recover(items);
            vm.reopenSession(others);
        } else if (Boolean.FALSE.equals(r)) {
            vm.discard(items);
            vm.endSession();
        }
    }

    static VBox emptyState() {
        Label t = new Label("No game open");
        t.getStyleClass().add("empty-state-title");
        Label l = new Label("Pick a game from the catalog on the left, press Ctrl+N for a new game,\n"
                + "Ctrl+G for a random one, or Ctrl+O to open a Gambit .nfg or GT Lab .json file\n"
                + "(or drop the file here).");
        l.getStyleClass().add("empty-state");
        VBox b = new VBox(10, t, l);
        b.setAlignment(Pos.CENTER);
        b.setId("emptyState");
        return b;
    }

    static void installDragAndDrop(javafx.scene.Node target, FileActions files) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                e.getDragboard().getFiles().forEach(f -> files.open(f.toPath()));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
