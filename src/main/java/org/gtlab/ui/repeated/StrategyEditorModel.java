package org.gtlab.ui.repeated;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gtlab.repeated.MemoryOne;
import org.gtlab.repeated.MemoryOneClass;
import org.gtlab.repeated.StageGame;
import org.gtlab.repeated.StrategySpec;

/**
 * The strategy editor's state, behind the Strategies view of the lab: a memory-one vector (p after
 * CC, CD, DC, DD and the first move, as sliders) with its live classification
 * ({@link MemoryOneClass} on the lab's stage game), and a finite-state machine (states with their
 * action and the next state after the opponent's C and D) with a live check that names the missing
 * state or transition. {@link #memoryOne()} and {@link #machine()} build the strategies (one clear line
 * naming the field when they cannot). FX-thread only.
 */
public final class StrategyEditorModel {

    /** One editable state of the machine. */
    public static final class StateRow {
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final StringProperty action = new SimpleStringProperty(this, "action", "C");
        private final StringProperty onC = new SimpleStringProperty(this, "onC", "");
        private final StringProperty onD = new SimpleStringProperty(this, "onD", "");

        public StateRow(String name, String action, String onC, String onD) {
            this.name.set(name);
            this.action.set(action);
            this.onC.set(onC);
            this.onD.set(onD);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty actionProperty() {
            return action;
        }

        public StringProperty onCProperty() {
            return onC;
        }

        public StringProperty onDProperty() {
            return onD;
        }
    }

    private final Supplier<StageGame> stage;
    private final StringProperty m1Name = new SimpleStringProperty(this, "m1Name", "my-memory-one");
    private final DoubleProperty pCC = new SimpleDoubleProperty(this, "pCC", 1);
    private final DoubleProperty pCD = new SimpleDoubleProperty(this, "pCD", 0);
    private final DoubleProperty pDC = new SimpleDoubleProperty(this, "pDC", 1);
    private final DoubleProperty pDD = new SimpleDoubleProperty(this, "pDD", 0);
    private final DoubleProperty first = new SimpleDoubleProperty(this, "first", 1);
    private final StringProperty classification = new SimpleStringProperty(this, "classification", "");
    private final StringProperty fsmName = new SimpleStringProperty(this, "fsmName", "my-machine");
    private final StringProperty initial = new SimpleStringProperty(this, "initial", "calm");
    private final ObservableList<StateRow> states = FXCollections.observableArrayList(
            s -> new javafx.beans.Observable[] {s.nameProperty(), s.actionProperty(), s.onCProperty(), s.onDProperty()});
    private final StringProperty machineStatus = new SimpleStringProperty(this, "machineStatus", "");
    private final IntegerProperty machineVersion = new SimpleIntegerProperty(this, "machineVersion", 0);

    StrategyEditorModel(Supplier<StageGame> stage) {
        this.stage = stage;
        for (DoubleProperty p : List.of(pCC, pCD, pDC, pDD, first)) {
            p.addListener((o, a, b) -> refresh());
        }
        m1Name.addListener((o, a, b) -> refresh());
        // a grudger to start from
        states.addAll(new StateRow("calm", "C", "calm", "angry"), new StateRow("angry", "D", "angry", "angry"));
        states.addListener((javafx.collections.ListChangeListener<StateRow>) c -> refresh());
        initial.addListener((o, a, b) -> refresh());
        fsmName.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Recomputes the classification and the machine's check (also when the stage game changes). */
    void refresh() {
        try {
            MemoryOne v = memoryOne().vector();
            classification.set(String.join(" · ", MemoryOneClass.classify(v, stage.get())));
        } catch (IllegalArgumentException e) {
            classification.set(e.getMessage());
        }
        try {
            StrategySpec.Machine m = machine();
            machineStatus.set("OK: " + m.states().size() + " states, starts in " + m.initial() + " playing "
                    + m.state(m.initial()).action());
        } catch (IllegalArgumentException e) {
            machineStatus.set(e.getMessage());
        }
        machineVersion.set(machineVersion.get() + 1);
    }

    /**
     * The memory-one strategy of the sliders.
     *
     * @throws IllegalArgumentException naming the field (name, vector.pCD, first …)
     */
    public StrategySpec.MemoryOneSpec memoryOne() {
        return StrategySpec.MemoryOneSpec.of(m1Name.get(), pCC.get(), pCD.get(), pDC.get(), pDD.get(), first.get());
    }

    /**
     * The machine of the state table.
     *
     * @throws IllegalArgumentException naming the field (states.1.onD: …, initial: …)
     */
    public StrategySpec.Machine machine() {
        List<StrategySpec.State> l = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            StateRow r = states.get(i);
            String a = r.actionProperty().get() == null ? "" : r.actionProperty().get().strip().toUpperCase();
            if (a.length() != 1) {
                throw new StrategySpec.FieldError("/states/" + i + "/action", "the action must be C or D, got '" + a
                        + "'");
            }
            l.add(new StrategySpec.State(strip(r.nameProperty().get()), a.charAt(0), strip(r.onCProperty().get()),
                    strip(r.onDProperty().get())));
        }
        return new StrategySpec.Machine(fsmName.get(), strip(initial.get()), l);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** Loads a strategy into the editor (its memory-one sliders or its machine). */
    public void load(StrategySpec s) {
        if (s instanceof StrategySpec.MemoryOneSpec m) {
            m1Name.set(m.name());
            pCC.set(m.vector().pCC());
            pCD.set(m.vector().pCD());
            pDC.set(m.vector().pDC());
            pDD.set(m.vector().pDD());
            first.set(m.vector().first());
        } else if (s instanceof StrategySpec.Machine m) {
            fsmName.set(m.name());
            List<StateRow> rows = new ArrayList<>();
            for (StrategySpec.State st : m.states()) {
                rows.add(new StateRow(st.name(), String.valueOf(st.action()), st.onC(), st.onD()));
            }
            states.setAll(rows);
            initial.set(m.initial());
        }
        refresh();
    }

    /** Adds a state named s1, s2, … that stays where it is (both transitions to itself), playing C. */
    public StateRow addState() {
        int k = states.size() + 1;
        java.util.Set<String> names = new java.util.HashSet<>();
        states.forEach(r -> names.add(r.nameProperty().get()));
        while (names.contains("s" + k)) {
            k++;
        }
        StateRow r = new StateRow("s" + k, "C", "s" + k, "s" + k);
        states.add(r);
        return r;
    }

    /** Flips a state's action between C and D (a double click on the diagram). */
    public void toggleAction(int state) {
        StateRow r = states.get(state);
        r.actionProperty().set("C".equals(r.actionProperty().get()) ? "D" : "C");
    }

    public StringProperty memoryOneNameProperty() {
        return m1Name;
    }

    public DoubleProperty pCCProperty() {
        return pCC;
    }

    public DoubleProperty pCDProperty() {
        return pCD;
    }

    public DoubleProperty pDCProperty() {
        return pDC;
    }

    public DoubleProperty pDDProperty() {
        return pDD;
    }

    public DoubleProperty firstProperty() {
        return first;
    }

    /** The live classification of the vector ("TFT (tit for tat) · ZD fair … · nice · …"). */
    public StringProperty classificationProperty() {
        return classification;
    }

    public StringProperty machineNameProperty() {
        return fsmName;
    }

    public StringProperty initialProperty() {
        return initial;
    }

    public ObservableList<StateRow> states() {
        return states;
    }

    /** "OK: …" or the one line naming the missing state or transition. */
    public StringProperty machineStatusProperty() {
        return machineStatus;
    }

    /** Counts changes of the machine (the diagram redraws). */
    public IntegerProperty machineVersionProperty() {
        return machineVersion;
    }
}
