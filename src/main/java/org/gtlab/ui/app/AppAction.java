package org.gtlab.ui.app;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * A user command: one name, one shortcut, one handler, shown the same way in the menu, the
 * toolbar tooltip and the command search (Ctrl+K).
 *
 * @param id       stable id (also the menu item's node id)
 * @param text     menu text
 * @param key      shortcut, or null
 * @param run      what it does
 * @param disabled when it is unavailable, or null
 */
public record AppAction(String id, String text, KeyCombination key, Runnable run, ObservableBooleanValue disabled) {

    /** A menu item bound to this action. */
    public MenuItem menuItem() {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> run.run());
        if (disabled != null) {
            m.disableProperty().bind(disabled);
        }
        return m;
    }

    /** A toolbar button with the shortcut in its tooltip. */
    public Button button(String label) {
        Button b = new Button(label);
        b.setId(id + "Button");
        b.setTooltip(new Tooltip(describe()));
        b.setOnAction(e -> run.run());
        b.setFocusTraversable(false);
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        return b;
    }

    /** The shortcut as people write it ("Ctrl+]"), or "". */
    public String keyText() {
        return org.gtlab.ui.common.KeyNames.of(key);
    }

    /** "Save (Ctrl+S)". */
    public String describe() {
        String t = text.replace("…", "");
        return key == null ? t : t + " (" + org.gtlab.ui.common.KeyNames.of(key) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
