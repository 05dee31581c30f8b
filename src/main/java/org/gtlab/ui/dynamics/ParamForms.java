package org.gtlab.ui.dynamics;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * Controls for generated parameter forms: a choice box for choices and truth values, a text field
 * otherwise; the tooltip carries the parameter's doc, range and default, and an invalid value is
 * marked in place (style class {@code invalid}, the reason in the tooltip).
 */
final class ParamForms {

    private ParamForms() {
    }

    /** The control of one field, bound to its text. */
    static Control control(ParamField f, String idPrefix) {
        Control c;
        if (!f.choices().isEmpty()) {
            ChoiceBox<String> cb = new ChoiceBox<>();
            cb.getItems().setAll(f.choices());
            cb.valueProperty().bindBidirectional(f.textProperty());
            cb.setPrefWidth(Math.min(120, 26 + 7 * f.choices().stream().mapToInt(String::length).max().orElse(4)));
            c = cb;
        } else {
            TextField t = new TextField();
            t.textProperty().bindBidirectional(f.textProperty());
            t.setPrefColumnCount(f.name().equals("init") ? 10 : 4);
            t.setPromptText(ParamField.defaultText(f.param()));
            c = t;
        }
        c.setId(idPrefix + f.name());
        Tooltip tip = new Tooltip(f.tooltip());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        c.setTooltip(tip);
        Runnable mark = () -> {
            String err = f.errorProperty().get();
            c.getStyleClass().remove("invalid");
            if (err != null) {
                c.getStyleClass().add("invalid");
                tip.setText(err + "\n\n" + f.tooltip());
            } else {
                tip.setText(f.tooltip());
            }
        };
        f.errorProperty().addListener((o, a, b) -> mark.run());
        mark.run();
        return c;
    }
}
