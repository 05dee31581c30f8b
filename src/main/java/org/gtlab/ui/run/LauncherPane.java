package org.gtlab.ui.run;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
    private final GridPane params = new GridPane();
    private final Label error = new Label();

    LauncherPane(RunLauncherViewModel vm) {
        super(6);
        this.vm = vm;
        setId("runLauncher");
        getStyleClass().add("run-launcher");
        Label head = new Label("NEW RUN");
        head.getStyleClass().add("section-title");

        ChoiceBox<RunLauncherViewModel.GameChoice> game = new ChoiceBox<>(vm.games());
        game.setId("gameChoice");
        game.valueProperty().bindBidirectional(vm.gameProperty());
        game.setMaxWidth(Double.MAX_VALUE);
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
        method.setMaxWidth(Double.MAX_VALUE);
        Tooltip methodTip = new Tooltip();
        methodTip.setWrapText(true);
        methodTip.setMaxWidth(420);
        methodTip.textProperty().bind(vm.descriptionProperty());
        method.setTooltip(methodTip);

        TextField seed = new TextField();
        seed.setId("seedField");
        seed.textProperty().bindBidirectional(vm.seedProperty());
        seed.setPrefColumnCount(6);
        seed.setTooltip(new Tooltip("Seed of the random streams: the same recipe and seed give the same data"));
        TextField steps = new TextField();
        steps.setId("stepsField");
        steps.textProperty().bindBidirectional(vm.stepsProperty());
        steps.setPrefColumnCount(8);
        steps.setTooltip(new Tooltip("Number of steps (iterations of a learner, output points of a dynamic)"));
        mark(seed, vm.seedErrorProperty());
        mark(steps, vm.stepsErrorProperty());

        GridPane top = form();
        top.addRow(0, label("Game"), game);
        top.addRow(1, label("Method"), method);
        params.getStyleClass().add("param-form");
        form(params);
        vm.fields().addListener((javafx.collections.ListChangeListener<ParamField>) c -> rebuild());
        rebuild();
        GridPane bottom = form();
        bottom.addRow(0, label("Seed"), seed);
        bottom.addRow(1, label("Steps"), steps);

        Button start = new Button("▶ Start run");
        start.setId("startRun");
        start.getStyleClass().add("accent");
        start.setDefaultButton(false);
        start.disableProperty().bind(vm.validProperty().not());
        start.setTooltip(new Tooltip("Start the run in the background (F9); several runs can run at once"));
        start.setOnAction(e -> vm.start());
        Button defaults = new Button("Defaults");
        defaults.setTooltip(new Tooltip("Put every parameter back to its default"));
        defaults.setOnAction(e -> vm.resetParameters());
        HBox buttons = new HBox(6, start, defaults);
        buttons.setAlignment(Pos.CENTER_LEFT);

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
        Label msg = new Label();
        msg.setId("launcherMessage");
        msg.getStyleClass().add("muted");
        msg.setWrapText(true);
        msg.textProperty().bind(vm.messageProperty());

        VBox content = new VBox(6, head, top, params, bottom, error, buttons, msg);
        content.setPadding(new Insets(4, 10, 8, 10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        setMinWidth(280);
        setPrefWidth(330);
    }

    private static GridPane form() {
        GridPane g = new GridPane();
        form(g);
        return g;
    }

    private static void form(GridPane g) {
        g.setHgap(8);
        g.setVgap(5);
        ColumnConstraints a = new ColumnConstraints();
        a.setMinWidth(86);
        a.setPrefWidth(96);
        ColumnConstraints b = new ColumnConstraints();
        b.setHgrow(Priority.ALWAYS);
        b.setFillWidth(true);
        g.getColumnConstraints().setAll(a, b);
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("form-label");
        return l;
    }

    private void rebuild() {
        params.getChildren().clear();
        int r = 0;
        for (ParamField f : vm.fields()) {
            Control c = ParamForms.control(f, "param-");
            Label l = label(f.label());
            l.setTooltip(new Tooltip(f.param().doc()));
            params.addRow(r++, l, c);
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
