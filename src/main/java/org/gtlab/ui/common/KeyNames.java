package org.gtlab.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Shortcuts as people write them: "Ctrl+]" and "Ctrl+−" rather than JavaFX's
 * {@code Ctrl+CLOSE_BRACKET} and {@code Ctrl+MINUS}; "Ctrl+Shift+S", "F11", "Alt+↑". The
 * modifier order is the conventional Ctrl, Alt, Shift, Meta; on macOS "Shortcut" reads "Cmd".
 */
public final class KeyNames {

    private KeyNames() {
    }

    /** The human name of {@code k}, or "" for null. */
    public static String of(KeyCombination k) {
        if (k == null) {
            return "";
        }
        if (!(k instanceof KeyCodeCombination kc)) {
            return k.getDisplayText();
        }
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
        List<String> parts = new ArrayList<>();
        boolean ctrl = kc.getControl() == KeyCombination.ModifierValue.DOWN
                || (!mac && kc.getShortcut() == KeyCombination.ModifierValue.DOWN);
        boolean meta = kc.getMeta() == KeyCombination.ModifierValue.DOWN
                || (mac && kc.getShortcut() == KeyCombination.ModifierValue.DOWN);
        if (ctrl) {
            parts.add("Ctrl");
        }
        if (kc.getAlt() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Alt");
        }
        if (kc.getShift() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Shift");
        }
        if (meta) {
            parts.add(mac ? "Cmd" : "Meta");
        }
        parts.add(key(kc.getCode()));
        return String.join("+", parts);
    }

    /** The name of one key: "]", "−", "↑", "Page Up", "F5", "A". */
    public static String key(KeyCode c) {
        return switch (c) {
            case CLOSE_BRACKET -> "]";
            case OPEN_BRACKET -> "[";
            case MINUS, SUBTRACT -> "−";
            case PLUS, ADD -> "+";
            case EQUALS -> "=";
            case COMMA -> ",";
            case PERIOD -> ".";
            case SLASH -> "/";
            case BACK_SLASH -> "\\";
            case SEMICOLON -> ";";
            case UP -> "↑";
            case DOWN -> "↓";
            case LEFT -> "←";
            case RIGHT -> "→";
            case ESCAPE -> "Esc";
            case DELETE -> "Delete";
            case BACK_SPACE -> "Backspace";
            case PAGE_UP -> "Page Up";
            case PAGE_DOWN -> "Page Down";
            case DIGIT0, DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, DIGIT7, DIGIT8, DIGIT9 -> c.getChar();
            default -> c.getName();
        };
    }
}
