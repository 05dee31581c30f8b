package org.gtlab.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gtlab.game.ParametricGame;
import org.gtlab.math.Rational;

/**
 * The editor's Parameters section (issue 15 §4): one row per parameter — name (edit to rename),
 * slider, value, min, max, remove — and a row to add one. Payoff cells then accept expressions
 * such as {@code 3+a}. Slider ticks go through a {@link ParameterSampler}, drained by a frame timer
 * at ≤ 30 Hz (the document view attaches it: {@code FrameTimer.attach(panel, 1e9 / 30,
 * panel.sampler()::drain)}; ui.common may not be imported here, it imports the editor), so a drag updates the game (and through it the equilibria, the best-response marks,
 * the diagrams and the dynamics portrait) with the latest value only; the whole drag is one undo
 * step. Errors (a bad name, a duplicate, a parameter still in use, a value that divides by zero)
 * appear in the editor's message line. Thin: all state is in the {@link EditorViewModel}.
 */
public final class ParameterPanel extends TitledPane {

    /** Slider resolution: a drag passes through {@code min + i·(max − min)/STEPS}. */
    public static final int STEPS = 200;

    /** Width of the panel beside the grid. */
    private static final double WIDTH = 300;

    private final EditorViewModel vm;
    private final ParameterSampler sampler;
    private final VBox rows = new VBox(10);
    private final Map<String, Slider> sliders = new LinkedHashMap<>();
    private final Map<String, TextField> valueFields = new LinkedHashMap<>();
    private List<Object> layoutKey = List.of();
    private boolean updating;

    public ParameterPanel(EditorViewModel vm) {
        this.vm = vm;
        this.sampler = new ParameterSampler(m -> vm.dragParameter(m.name(), m.value()));
        setId("parameterPanel");
        getStyleClass().add("parameter-panel");
        rows.setId("parameterRows");
        TextField name = new TextField();
        name.setPromptText("name");
        name.setPrefColumnCount(4);
        name.setId("newParameterName");
        TextField value = new TextField("1");
        value.setPrefColumnCount(3);
        value.setId("newParameterValue");
        Button add = new Button("Add");
        add.setId("addParameter");
        add.setTooltip(new Tooltip("Add a parameter; then type payoffs such as 3+a, -c/2 or b*b in the grid"));
        Runnable doAdd = () -> {
            Rational v = number(value.getText(), "value of the new parameter");
            if (v != null) {
                ParametricGame.Range r = ParametricGame.defaultRange(v);
                if (vm.addParameter(name.getText(), v, r.min(), r.max())) {
                    name.clear();
                }
            }
        };
        add.setOnAction(e -> doAdd.run());
        name.setOnAction(e -> doAdd.run());
        Label hint = new Label("Payoffs may be 3+a, -c/2, b*b");
        hint.getStyleClass().add("hint");
        hint.setTooltip(new Tooltip("Payoff cells accept expressions of the parameters: 3+a, -c/2, b*b, (1-p)^2.\n"
                + "Drag a slider: the equilibria, best-reply marks, diagrams and dynamics portrait follow.\n"
                + "Values stay exact (1/3 is 1/3); a whole drag is one undo step."));
        HBox addRow = new HBox(6, name, new Label("="), value, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, rows, addRow, hint);
        box.setPadding(new Insets(8));
        setContent(box);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setMinWidth(WIDTH);
        setAnimated(false);
        vm.parametersProperty().addListener((o, a, b) -> refresh());
        refresh();
        setExpanded(!vm.getParameters().isEmpty());
    }

    /** The sampler between the sliders and the editor (for tests and the throughput measurement). */
    public ParameterSampler sampler() {
        return sampler;
    }

    /** The slider of a parameter, or null. */
    public Slider slider(String name) {
        return sliders.get(name);
    }

    private Rational number(String text, String what) {
        try {
            return Rational.parse(text.strip().replace('−', '-'));
        } catch (RuntimeException e) {
            vm.say("The " + what + " \"" + text.strip() + "\" is not a number (write 2, -0.5 or 1/3)");
            return null;
        }
    }

    private void refresh() {
        EditorParameters p = vm.getParameters();
        if (!p.isEmpty() && layoutKey.isEmpty()) {
            setExpanded(true); // the game got parameters (opened from a file, or the first one added)
        }
        setText(p.isEmpty() ? "Parameters" : "Parameters (" + p.values().size() + ")");
        List<Object> key = new ArrayList<>();
        key.addAll(p.values().keySet());
        key.addAll(p.ranges().values());
        if (!key.equals(layoutKey)) {
            layoutKey = key;
            rebuild(p);
            return;
        }
        updating = true;
        try {
            for (Map.Entry<String, Rational> e : p.values().entrySet()) {
                Slider s = sliders.get(e.getKey());
                if (s != null && !s.isValueChanging()) {
                    s.setValue(e.getValue().doubleValue());
                }
                TextField f = valueFields.get(e.getKey());
                if (f != null && !f.isFocused()) {
                    f.setText(e.getValue().toString());
                }
            }
        } finally {
            updating = false;
        }
    }

    private void rebuild(EditorParameters p) {
        updating = true;
        try {
            rows.getChildren().clear();
            sliders.clear();
            valueFields.clear();
            for (Map.Entry<String, Rational> e : p.values().entrySet()) {
                addRow(e.getKey(), e.getValue(), p.ranges().get(e.getKey()));
            }
        } finally {
            updating = false;
        }
    }

    private void addRow(String name, Rational value, ParametricGame.Range range) {
        TextField nameField = new TextField(name);
        nameField.setPrefColumnCount(3);
        nameField.setId("parameterName-" + name);
        nameField.setTooltip(new Tooltip("Edit and press Enter to rename " + name + " in every payoff"));
        nameField.setOnAction(e -> {
            if (!vm.renameParameter(name, nameField.getText())) {
                nameField.setText(name);
            }
        });
        Slider slider = new Slider(range.min().doubleValue(), range.max().doubleValue(), value.doubleValue());
        slider.setId("parameterSlider-" + name);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.setBlockIncrement(range.max().subtract(range.min()).doubleValue() / 20);
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (now) {
                vm.beginParameterDrag(name);
            } else {
                sampler.drain(); // the last position is applied before the step is recorded
                vm.endParameterDrag();
            }
        });
        slider.valueProperty().addListener((o, a, b) -> {
            if (updating) {
                return;
            }
            Rational v = ParameterSampler.snap(b.doubleValue(), range.min(), range.max(), STEPS);
            if (slider.isValueChanging()) {
                sampler.offer(new ParameterSampler.Move(name, v));
            } else {
                vm.setParameterValue(name, v); // a click on the track or a key: one step
            }
        });
        TextField valueField = new TextField(value.toString());
        valueField.setPrefColumnCount(4);
        valueField.setId("parameterValue-" + name);
        valueField.setTooltip(new Tooltip("The value of " + name + " (exact: 1/3 stays 1/3); Enter applies it"));
        valueField.setOnAction(e -> {
            Rational v = number(valueField.getText(), "value of " + name);
            if (v == null || !vm.setParameterValue(name, v)) {
                valueField.setText(vm.getParameters().values().getOrDefault(name, value).toString());
            }
        });
        TextField min = new TextField(range.min().toString());
        min.setPrefColumnCount(3);
        min.setId("parameterMin-" + name);
        TextField max = new TextField(range.max().toString());
        max.setPrefColumnCount(3);
        max.setId("parameterMax-" + name);
        Runnable setRange = () -> {
            Rational lo = number(min.getText(), "min of " + name);
            Rational hi = number(max.getText(), "max of " + name);
            if (lo == null || hi == null || !vm.setParameterRange(name, lo, hi)) {
                min.setText(range.min().toString());
                max.setText(range.max().toString());
            }
        };
        min.setOnAction(e -> setRange.run());
        max.setOnAction(e -> setRange.run());
        min.setTooltip(new Tooltip("Left end of the slider"));
        max.setTooltip(new Tooltip("Right end of the slider"));
        Button remove = new Button("✕");
        remove.setId("removeParameter-" + name);
        remove.setTooltip(new Tooltip("Remove " + name + " (only when no payoff uses it)"));
        remove.setOnAction(e -> vm.removeParameter(name));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(4, nameField, new Label("="), valueField, gap, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox ends = new HBox(4, min, slider, max);
        HBox.setHgrow(slider, Priority.ALWAYS);
        ends.setAlignment(Pos.CENTER_LEFT);
        VBox block = new VBox(4, top, ends);
        block.getStyleClass().add("parameter-row");
        rows.getChildren().add(block);
        sliders.put(name, slider);
        valueFields.put(name, valueField);
    }
}
