package org.gtlab.ui.dynamics;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.gtlab.run.ExperimentFactory;

/**
 * The run launcher form: game, method, the method's generated parameters (defaults filled in,
 * tooltips with the one-line doc, invalid values marked in place with the reason below the form),
 * seed, steps and the start button.
 */
final class LauncherPane extends VBox {

    private final RunLauncherViewModel vm;
    private final javafx.scene.layout.FlowPane params = new javafx.scene.layout.FlowPane();
    private final Label error = new Label();

    LauncherPane(RunLauncherViewModel vm, javafx.beans.value.ObservableBooleanValue lecture) {
        super(6);
        this.vm = vm;
        setId("runLauncher");
        getStyleClass().add("run-launcher");
        Label head = new Label("NEW RUN");
        head.setMinWidth(Region.USE_PREF_SIZE);
        head.getStyleClass().add("section-title");

        ChoiceBox<RunLauncherViewModel.GameChoice> game = new ChoiceBox<>(vm.games());
        game.setId("gameChoice");
        game.valueProperty().bindBidirectional(vm.gameProperty());
        game.setTooltip(new Tooltip("The game to run on: this document's game or one from the catalog"));
        ChoiceBox<ExperimentFactory> method = new ChoiceBox<>(vm.methods());
        method.setId("methodChoice");
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExperimentFactory f) {
                return f == null ? "" : f.name() + " — " + f.title();
            }

            @Override
            public ExperimentFactory fromString(String s) {
                return null;
            }
        });
        method.valueProperty().bindBidirectional(vm.methodProperty());
        Tooltip methodTip = new Tooltip();
        methodTip.setWrapText(true);
        methodTip.setMaxWidth(420);
        methodTip.textProperty().bind(vm.descriptionProperty());
        method.setTooltip(methodTip);

        TextField seed = new TextField();
        seed.setId("seedField");
        seed.textProperty().bindBidirectional(vm.seedProperty());
        seed.setPrefColumnCount(4);
        seed.setTooltip(new Tooltip("Seed of the random streams: the same recipe and seed give the same data"));
        TextField steps = new TextField();
        steps.setId("stepsField");
        steps.textProperty().bindBidirectional(vm.stepsProperty());
        steps.setPrefColumnCount(7);
        steps.setTooltip(new Tooltip("Number of steps (iterations of a learner, output points of a dynamic)"));
        mark(seed, vm.seedErrorProperty());
        mark(steps, vm.stepsErrorProperty());

        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 6);
        row.setAlignment(Pos.CENTER_LEFT);
        DynamicsView.fitToText(game);
        DynamicsView.fitToText(method);
        params.setHgap(8);
        params.setVgap(6);
        params.setAlignment(Pos.CENTER_LEFT);
        params.getStyleClass().add("param-form");
        vm.fields().addListener((javafx.collections.ListChangeListener<ParamField>) c -> rebuild());
        rebuild();

        Button start = new Button("▶ Start run");
        start.setId("startRun");
        start.getStyleClass().add("accent");
        start.disableProperty().bind(vm.validProperty().not());
        start.setTooltip(new Tooltip("Start the run in the background (F9); several runs can run at once"));
        start.setOnAction(e -> vm.start());
        Button defaults = new Button("Defaults");
        defaults.setTooltip(new Tooltip("Put every parameter back to its default"));
        defaults.setOnAction(e -> vm.resetParameters());
        javafx.scene.control.ToggleButton more = new javafx.scene.control.ToggleButton();
        more.setId("showParameters");
        more.setSelected(false);
        more.getStyleClass().add("params-toggle");
        more.setTooltip(new Tooltip("Show or hide the method's parameters"));
        Runnable moreText = () -> more.setText((more.isSelected() ? "▾ " : "▸ ") + vm.fields().size() + " parameters");
        more.selectedProperty().addListener((o, a, b) -> moreText.run());
        vm.fields().addListener((javafx.collections.ListChangeListener<ParamField>) c -> moreText.run());
        moreText.run();
        params.visibleProperty().bind(more.selectedProperty());
        params.managedProperty().bind(more.selectedProperty());
        TextField nSeeds = new TextField();
        nSeeds.setId("seedCountField");
        nSeeds.textProperty().bindBidirectional(vm.seedCountProperty());
        nSeeds.setPrefColumnCount(3);
        nSeeds.setTooltip(new Tooltip("How many seeds \"N seeds\" starts: seed, seed + 1, …"));
        Button seeds = new Button("N seeds");
        seeds.setId("startSeeds");
        seeds.disableProperty().bind(vm.validProperty().not().or(vm.seedGroup().runningProperty()));
        seeds.setTooltip(new Tooltip("Run this configuration with N seeds as one group (one progress bar, one "
                + "cancel) and summarise the final values over the seeds"));
        seeds.setOnAction(e -> vm.startSeeds());
        row.getChildren().addAll(head, pair("Game", game), pair("Method", method), pair("Seed", seed),
                pair("Steps", steps), more, start, defaults, nSeeds, seeds);

        error.setId("launcherError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        Runnable err = () -> {
            String t = vm.problemProperty().get();
            if (t == null) {
                t = vm.fields().stream().filter(f -> !f.isValid()).map(f -> f.errorProperty().get()).findFirst()
                        .orElse(null);
            }
            if (t == null) {
                t = vm.seedErrorProperty().get() != null ? vm.seedErrorProperty().get() : vm.stepsErrorProperty().get();
            }
            error.setText(t == null ? "" : t);
            error.setVisible(t != null);
            error.setManaged(t != null);
        };
        vm.validProperty().addListener((o, a, b) -> err.run());
        vm.problemProperty().addListener((o, a, b) -> err.run());
        vm.fields().addListener((javafx.collections.ListChangeListener<ParamField>) c -> {
            for (ParamField f : vm.fields()) {
                f.errorProperty().addListener((o, a, b) -> err.run());
            }
            err.run();
        });
        for (ParamField f : vm.fields()) {
            f.errorProperty().addListener((o, a, b) -> err.run());
        }
        err.run();
        getChildren().addAll(row, params, error, new org.gtlab.ui.workspace.SeedGroupPane(vm.seedGroup()));
        setPadding(new Insets(6, 10, 6, 10));
    }

    private static HBox pair(String label, Control c) {
        Label l = label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox h = new HBox(5, l, c);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("form-label");
        return l;
    }

    private void rebuild() {
        params.getChildren().clear();
        for (ParamField f : vm.fields()) {
            Control c = ParamForms.control(f, "param-");
            Label l = label(f.label());
            l.setTooltip(new Tooltip(f.param().doc()));
            HBox h = pair(f.label(), c);
            params.getChildren().add(h);
        }
    }

    private static void mark(Control c, javafx.beans.value.ObservableValue<String> err) {
        Runnable m = () -> {
            c.getStyleClass().remove("invalid");
            if (err.getValue() != null) {
                c.getStyleClass().add("invalid");
            }
        };
        err.addListener((o, a, b) -> m.run());
        m.run();
    }
}
