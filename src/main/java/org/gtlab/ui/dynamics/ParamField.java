package org.gtlab.ui.dynamics;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.gtlab.run.Param;
import org.gtlab.run.ParamType;

/**
 * One field of a generated parameter form: the text the user typed for a {@link Param}, checked
 * on every change with the parameter's own validation ({@link Param#parse}), so that an invalid
 * value is marked in place with the reason. The text "auto" stands for an automatic default.
 * FX-thread only.
 */
public final class ParamField {

    private final String method;
    private final Param param;
    private final StringProperty text;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private String startText;

    public ParamField(String method, Param param) {
        this.method = Objects.requireNonNull(method, "method");
        this.param = Objects.requireNonNull(param, "param");
        this.startText = defaultText(param);
        this.text = new SimpleStringProperty(this, param.name(), startText);
        text.addListener((o, a, b) -> validate());
        validate();
    }

    /** What the field shows for the default: the number or word, or "auto". */
    public static String defaultText(Param p) {
        return p.defaultValue() == null ? "auto" : p.defaultText();
    }

    private void validate() {
        try {
            param.parse(raw(), method);
            error.set(null);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /** The value to hand to {@link org.gtlab.run.Config#of}: the text, or null for "auto". */
    public Object raw() {
        String t = text.get() == null ? "" : text.get().strip();
        return param.defaultValue() == null && t.equalsIgnoreCase("auto") ? null : t;
    }

    public Param param() {
        return param;
    }

    public String name() {
        return param.name();
    }

    /** Choices for a choice box (CHOICE and BOOLEAN parameters), else empty. */
    public List<String> choices() {
        if (param.type() == ParamType.BOOLEAN) {
            return List.of("true", "false");
        }
        return param.choices();
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Why the value is not allowed, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean isValid() {
        return error.get() == null;
    }

    /** The label: "eta" → "eta", with the symbol from the doc when it starts with one ("η"). */
    public String label() {
        String doc = param.doc();
        int colon = doc.indexOf(':');
        if (colon > 0 && colon <= 3) {
            return doc.substring(0, colon) + " (" + param.name() + ")";
        }
        return param.name().replace('_', ' ');
    }

    /** A short label: the symbol from the doc ("η", "μ") or the name. */
    public String symbol() {
        String doc = param.doc();
        int colon = doc.indexOf(':');
        if (colon > 0 && colon <= 3) {
            return doc.substring(0, colon);
        }
        return param.name().replace('_', ' ');
    }

    /** Tooltip: the one-line doc, what is allowed and the default. */
    public String tooltip() {
        String range = param.rangeText();
        return param.doc() + (range.isEmpty() ? "" : "\nAllowed: " + range) + "\nDefault: " + param.defaultText()
                + (param.defaultValue() == null ? " (type auto)" : "");
    }

    /** Back to the default (the launcher's, see {@link #setStartText}). */
    public void reset() {
        text.set(startText);
    }

    /**
     * Replaces the text the field starts with and {@link #reset} returns to (the launcher's
     * non-equilibrium start where the method's default is an equilibrium of the game); sets it now.
     */
    public void setStartText(String t) {
        startText = java.util.Objects.requireNonNull(t, "text");
        text.set(t);
    }

    /** The text the field starts with. */
    public String startText() {
        return startText;
    }
}
