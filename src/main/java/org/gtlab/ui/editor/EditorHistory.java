package org.gtlab.ui.editor;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editor's undo and redo (split from {@link EditorViewModel}, issue 9): records the state
 * before every change in a bounded {@link UndoHistory}, steps back and forth through it, and keeps
 * the observable "can undo / can redo" flags and the labels of the next steps ("Undo edit (Opera,
 * Football)") for the menu. A change that leaves the game and its invalid entries as they were is
 * not recorded (so a no-op never costs an undo step). FX thread only.
 */
final class EditorHistory {

    private final UndoHistory history;
    private final Supplier<EditorState> current;
    private final Consumer<EditorState> install;
    private final Consumer<String> say;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");

    /**
     * @param maxEntries the bound of the history in payoff entries ({@link EditorState#weight()})
     * @param current the editor's present state
     * @param install makes a state current (no history)
     * @param say shows "Undid …" / "Redid …"
     */
    EditorHistory(long maxEntries, Supplier<EditorState> current, Consumer<EditorState> install, Consumer<String> say) {
        this.history = new UndoHistory(maxEntries);
        this.current = current;
        this.install = install;
        this.say = say;
    }

    boolean undo() {
        return step(history.undo(current.get()), "Undid ");
    }

    boolean redo() {
        return step(history.redo(current.get()), "Redid ");
    }

    private boolean step(UndoHistory.Step s, String verb) {
        if (s == null) {
            return false;
        }
        install.accept(s.before());
        say.accept(verb + s.label());
        update();
        return true;
    }

    /** Makes {@code next} current, recording the present state for undo; false if nothing changes. */
    boolean apply(EditorState next, String label) {
        EditorState cur = current.get();
        if (cur.game().equals(next.game()) && cur.invalid().equals(next.invalid())
                && java.util.Objects.equals(cur.params(), next.params())) {
            return false;
        }
        return record(cur, next, label);
    }

    /** Records {@code before} under {@code label} and makes {@code next} current. */
    boolean record(EditorState before, EditorState next, String label) {
        history.record(before, label);
        install.accept(next);
        update();
        return true;
    }

    /** Forgets the history and makes {@code s} current (opening a file, recovering). */
    void reset(EditorState s) {
        history.clear();
        install.accept(s);
        update();
    }

    private void update() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel());
        redoLabel.set(history.redoLabel());
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
