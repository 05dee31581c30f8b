package org.gtlab.ui.lab;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** An algorithm offered in the list: selected or not, with editable settings and their problem. */
public final class AlgorithmChoice {
    private final LabAlgorithm base;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final StringProperty settings = new SimpleStringProperty(this, "settings");
    final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    AlgorithmChoice(LabAlgorithm base) {
        this.base = base;
        settings.set(base.settingsText());
    }

    public LabAlgorithm base() {
        return base;
    }

    public String label() {
        return base.label();
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    /** Method settings "k=v, k=v" (the {@code --set} values of {@code gtlab run}). */
    public StringProperty settingsProperty() {
        return settings;
    }

    /** Why these settings cannot run on the current game ("" if they can). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The algorithm with the typed settings. */
    public LabAlgorithm algorithm() {
        return base.withSettings(LabAlgorithm.parseSettings(settings.get()));
    }

    @Override
    public String toString() {
        return label();
    }
}
