package org.gtlab.ui.app;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;

import org.gtlab.ui.editor.EditorViewModel;

/**
 * The catalog of every command of the main window: one {@link AppAction} per command with its
 * id, menu text, shortcut, handler and when it is unavailable. Menus, toolbar, the action search
 * (Ctrl+K) and the shortcut list (F1) are all built from this one map, so a shortcut is declared
 * exactly once.
 */
final class ActionCatalog {

    private final MainViewModel vm;
    private final MainWindow w;
    private final FileActions files;
    private final BooleanBinding noDoc;
    private final Map<String, AppAction> actions = new LinkedHashMap<>();

    ActionCatalog(MainViewModel vm, MainWindow w, FileActions files) {
        this.vm = vm;
        this.w = w;
        this.files = files;
        this.noDoc = vm.activeProperty().isNull();
    }

    /** The actions in menu order (built by {@link #build()}). */
    Map<String, AppAction> actions() {
        return actions;
    }


    private AppAction action(String id, String text, KeyCombination key, Runnable run, ObservableBooleanValue disabled) {
        AppAction a = new AppAction(id, text, key, run, disabled);
        actions.put(id, a);
        return a;
    }

    /**
     * "Shortcut+Shift+S", "Alt+UP", "Shortcut+CLOSE_BRACKET" as a key-code combination (JavaFX's
     * own parser reads key names like "CLOSE_BRACKET" as characters, which never match).
     */
    static KeyCombination k(String s) {
        String[] parts = s.split("\\+");
        java.util.List<KeyCombination.Modifier> mods = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            mods.add(switch (parts[i]) {
                case "Shortcut" -> KeyCombination.SHORTCUT_DOWN;
                case "Shift" -> KeyCombination.SHIFT_DOWN;
                case "Alt" -> KeyCombination.ALT_DOWN;
                case "Ctrl" -> KeyCombination.CONTROL_DOWN;
                case "Meta" -> KeyCombination.META_DOWN;
                default -> throw new IllegalArgumentException("unknown modifier " + parts[i] + " in " + s);
            });
        }
        String key = parts[parts.length - 1];
        javafx.scene.input.KeyCode code = javafx.scene.input.KeyCode.valueOf(key.matches("\\d") ? "DIGIT" + key : key);
        return new javafx.scene.input.KeyCodeCombination(code, mods.toArray(KeyCombination.Modifier[]::new));
    }

    void build() {
        ObservableBooleanValue canUndo = activeFlag(true);
        ObservableBooleanValue canRedo = activeFlag(false);
        BooleanBinding cannotUndo = Bindings.createBooleanBinding(() -> !canUndo.get(), canUndo);
        BooleanBinding cannotRedo = Bindings.createBooleanBinding(() -> !canRedo.get(), canRedo);
        action("new", "New game", k("Shortcut+N"), w::newGame, null);
        action("open", "Open…", k("Shortcut+O"), files::openDialog, null);
        action("save", "Save", k("Shortcut+S"), files::save, noDoc);
        action("saveAs", "Save as…", k("Shortcut+Shift+S"), files::saveAs, noDoc);
        action("export", "Export…", k("Shortcut+E"), w::exportDialog, noDoc.and(w.lab().labSelectedProperty().not()));
        action("close", "Close game", k("Shortcut+W"), w::closeActive, noDoc);
        action("quit", "Quit", k("Shortcut+Q"), () -> w.stage().fireEvent(new javafx.stage.WindowEvent(w.stage(),
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)), null);
        action("undo", "Undo", k("Shortcut+Z"), () -> say(ed().undo(), "Nothing to undo"), cannotUndo);
        action("redo", "Redo", k("Shortcut+Y"), () -> say(ed().redo(), "Nothing to redo"), cannotRedo);
        action("copy", "Copy cells", k("Shortcut+C"), files::copyCells, noDoc);
        action("copyAll", "Copy whole matrix", k("Shortcut+Shift+C"), files::copyAll, noDoc);
        action("paste", "Paste (spreadsheet block)", k("Shortcut+V"), files::paste, noDoc);
        action("clear", "Clear selected cells (Delete)", null, () -> ed().clearSelection(), noDoc);
        action("copyImage", "Copy matrix or diagram as image", k("Shortcut+Alt+C"), files::copyImage, noDoc);
        action("copyLatex", "Copy matrix or diagram as LaTeX", k("Shortcut+Alt+L"), files::copyLatex, noDoc);
        action("theme", "Switch light / dark theme", k("Shortcut+Shift+T"), w::toggleTheme, null);
        action("decimals", "Decimals / exact fractions", k("Shortcut+D"), () -> toggle(ed().decimalsProperty()), noDoc);
        action("marks", "Best-response marks", k("Shortcut+B"), () -> toggle(ed().bestResponseMarksProperty()), noDoc);
        action("matrixView", "Matrix view", k("Shortcut+1"), () -> view().showMatrix(), noDoc);
        action("diagramView", "Diagrams view", k("Shortcut+2"), () -> view().showDiagrams(), noDoc);
        action("dynamicsView", "Dynamics view", k("Shortcut+3"), () -> view().showDynamics(), noDoc);
        action("phaseView", "Phase diagrams view", k("Shortcut+5"), () -> view().showPhaseDiagram(), noDoc);
        action("sideBySide", "Matrix and diagram side by side", k("Shortcut+4"), () -> toggle(w.sideBySideProperty()), null);
        action("present", "Lecture mode (large, no side panels)", k("F11"), () -> toggle(w.presentationProperty()), null);
        action("sidePanels", "Show / hide side panels", k("Shortcut+Shift+P"), () -> toggle(w.sidePanelsProperty()), null);
        action("insertRow", "Insert row (player 1 strategy)", k("Shortcut+I"),
                () -> ed().addStrategy(0, ed().cursorRowProperty().get() + 1), noDoc);
        action("insertColumn", "Insert column (player 2 strategy)", k("Shortcut+Shift+I"),
                () -> ed().addStrategy(1, ed().cursorColumnProperty().get() + 1), noDoc);
        action("deleteRow", "Delete row", k("Shortcut+MINUS"),
                () -> ed().removeStrategy(0, ed().cursorRowProperty().get()), noDoc);
        action("deleteColumn", "Delete column", k("Shortcut+Shift+MINUS"),
                () -> ed().removeStrategy(1, ed().cursorColumnProperty().get()), noDoc);
        action("rowUp", "Move row up", k("Alt+UP"), () -> moveRow(-1), noDoc);
        action("rowDown", "Move row down", k("Alt+DOWN"), () -> moveRow(1), noDoc);
        action("colLeft", "Move column left", k("Alt+LEFT"), () -> moveCol(-1), noDoc);
        action("colRight", "Move column right", k("Alt+RIGHT"), () -> moveCol(1), noDoc);
        action("renameRow", "Rename row strategy", k("Shortcut+R"), () -> view().grid().renameCurrentStrategy(0), noDoc);
        action("renameColumn", "Rename column strategy", k("Shortcut+Shift+R"),
                () -> view().grid().renameCurrentStrategy(1), noDoc);
        action("addPlayer", "Add player", null, () -> ed().addPlayer(), noDoc);
        action("removePlayer", "Remove last player", null, () -> ed().removePlayer(ed().players() - 1), noDoc);
        action("zeroSum", "Zero-sum mode", k("Shortcut+Shift+Z"), () -> toggle(ed().zeroSumProperty()), noDoc);
        action("symmetric", "Symmetric mode", k("Shortcut+Shift+Y"), () -> toggle(ed().symmetricProperty()), noDoc);
        action("random", "Random game…", k("Shortcut+G"), w::randomDialog, null);
        action("renameGame", "Rename game…", null,
                () -> w.dialogs().rename(vm.getActive().game().title()).ifPresent(t -> ed().setTitle(t)), noDoc);
        action("solve", "Solve", k("F5"), () -> vm.getActive().solve().solve(), noDoc);
        action("cancel", "Cancel solving", k("Shift+F5"), () -> vm.getActive().solve().cancel(), noDoc);
        action("nextEq", "Next equilibrium", k("Shortcut+CLOSE_BRACKET"), () -> selectEq(1), noDoc);
        action("prevEq", "Previous equilibrium", k("Shortcut+OPEN_BRACKET"), () -> selectEq(-1), noDoc);
        action("copyEquilibria", "Copy the equilibrium list", k("Shortcut+Shift+E"), files::copyEquilibria, noDoc);
        action("stepFwd", "Dominance: step", k("F6"), () -> vm.getActive().solve().stepForward(), noDoc);
        action("stepBack", "Dominance: back", k("Shift+F6"), () -> vm.getActive().solve().stepBack(), noDoc);
        action("stepEnd", "Dominance: to the end", k("Shortcut+F6"), () -> vm.getActive().solve().stepToEnd(), noDoc);
        action("startRun", "Start run (launcher settings)", k("F9"), () -> {
            view().showDynamics();
            view().dynamics().startRun();
        }, noDoc);
        action("pauseRuns", "Pause all runs", k("Shift+F9"), () -> view().dynamics().model().runs().pauseAll(), noDoc);
        action("cancelRuns", "Cancel all runs", k("Shortcut+F9"), () -> view().dynamics().model().runs().cancelAll(),
                noDoc);
        action("search", "Search actions…", k("Shortcut+K"), w::focusSearch, null);
        action("shortcuts", "Keyboard shortcuts", k("F1"), () -> w.shortcutsDialog().show(), null);
        action("about", "About GT Lab", null, w.dialogs()::about, null);
    }

    /** The active document's canUndo (or canRedo); false without a document. */
    private ObservableBooleanValue activeFlag(boolean undo) {
        SimpleBooleanProperty flag = new SimpleBooleanProperty();
        vm.activeProperty().addListener((o, a, b) -> {
            flag.unbind();
            if (b != null) {
                flag.bind(undo ? b.editor().canUndoProperty() : b.editor().canRedoProperty());
            } else {
                flag.set(false);
            }
        });
        return flag;
    }

    private EditorViewModel ed() {
        return vm.getActive().editor();
    }

    private DocumentView view() {
        return w.viewOf(vm.getActive());
    }

    private static void toggle(BooleanProperty p) {
        p.set(!p.get());
    }

    private void say(boolean done, String otherwise) {
        if (!done) {
            vm.setStatus(otherwise);
        }
    }

    private void moveRow(int d) {
        int r = ed().cursorRowProperty().get();
        if (ed().moveStrategy(0, r, r + d)) {
            ed().moveCursor(r + d, ed().cursorColumnProperty().get(), false);
        } else {
            vm.setStatus("Cannot move the row further " + (d < 0 ? "up" : "down"));
        }
    }

    private void moveCol(int d) {
        int c = ed().cursorColumnProperty().get();
        if (ed().moveStrategy(1, c, c + d)) {
            ed().moveCursor(ed().cursorRowProperty().get(), c + d, false);
        } else {
            vm.setStatus("Cannot move the column further " + (d < 0 ? "left" : "right"));
        }
    }

    private void selectEq(int d) {
        var s = vm.getActive().solve();
        int n = s.rows().size();
        if (n > 0) {
            s.selectedProperty().set(Math.floorMod(s.selectedProperty().get() + d, n));
        } else {
            vm.setStatus("No equilibria to select — press F5 to solve");
        }
    }

}
