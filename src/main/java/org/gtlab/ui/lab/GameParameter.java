package org.gtlab.ui.lab;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A game parameter as typed. */
public final class GameParameter {
    private final String name;
    private final StringProperty text;

    GameParameter(String name, String value) {
        this.name = name;
        this.text = new SimpleStringProperty(this, name, value);
    }

    public String name() {
        return name;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }
}
