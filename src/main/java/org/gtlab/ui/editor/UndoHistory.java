package org.gtlab.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The editor's undo and redo stacks: each step is the state before a change and the change's
 * label ("edit (Opera, Football)"). The history is bounded by a total weight in payoff entries
 * ({@link EditorState#weight()}); when a push exceeds it, the oldest steps are dropped (the newest
 * always stays). Not thread-safe: the FX thread owns it.
 */
final class UndoHistory {

    /** One undoable step: the state before it and its label. */
    record Step(EditorState before, String label) {
    }

    private final long maxWeight;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private long weight;

    UndoHistory(long maxWeight) {
        this.maxWeight = maxWeight;
    }

    /** Records a new change (clears the redo stack). */
    void record(EditorState before, String label) {
        push(new Step(before, label));
        redo.clear();
    }

    /** Pops the last change, pushing {@code current} for redo; null if there is nothing to undo. */
    Step undo(EditorState current) {
        if (undo.isEmpty()) {
            return null;
        }
        Step s = undo.pop();
        weight -= s.before().weight();
        redo.push(new Step(current, s.label()));
        return s;
    }

    /** Pops the last undone change, pushing {@code current} for undo; null if there is nothing to redo. */
    Step redo(EditorState current) {
        if (redo.isEmpty()) {
            return null;
        }
        Step s = redo.pop();
        push(new Step(current, s.label()));
        return s;
    }

    void clear() {
        undo.clear();
        redo.clear();
        weight = 0;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    String undoLabel() {
        return undo.isEmpty() ? "" : undo.peek().label();
    }

    String redoLabel() {
        return redo.isEmpty() ? "" : redo.peek().label();
    }

    private void push(Step s) {
        undo.push(s);
        weight += s.before().weight();
        while (weight > maxWeight && undo.size() > 1) {
            Iterator<Step> it = undo.descendingIterator();
            Step oldest = it.next();
            it.remove();
            weight -= oldest.before().weight();
        }
    }
}
