package org.gtlab.ui.solve;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gtlab.game.NormalFormGame;
import org.gtlab.solve.NashSolver;

/**
 * The solve panel below the grid: method picker with its one-line description, Solve / Cancel
 * with a progress indicator in place, the equilibria (exact or decimal) with each player's payoff
 * and their maximal Nash subset, and the dominance stepper when the method eliminated strategies.
 */
public final class SolvePanel extends VBox {

    private final SolveViewModel vm;
    private final BooleanProperty decimals;
    private final TableView<EquilibriumRow> table = new TableView<>();
    private final Label stepLabel = new Label();
    private final java.util.function.Supplier<NormalFormGame> game;

    public SolvePanel(SolveViewModel vm, BooleanProperty decimals, java.util.function.Supplier<NormalFormGame> game) {
        this.vm = vm;
        this.decimals = decimals == null ? new SimpleBooleanProperty() : decimals;
        this.game = game;
        getStyleClass().add("solve-panel");
        setId("solvePanel");
        getChildren().addAll(createHeader(), createTable(), createStepper());
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private HBox createHeader() {
        ComboBox<NashSolver> methods = new ComboBox<>(vm.methods());
        methods.setId("methodPicker");
        methods.valueProperty().bindBidirectional(vm.methodProperty());
        methods.setCellFactory(l -> new MethodCell());
        methods.setButtonCell(new MethodCell());
        methods.setPromptText("no solver installed");
        methods.setTooltip(new Tooltip("Solution method (F5 solves)"));
        Label desc = new Label();
        desc.getStyleClass().add("method-description");
        desc.textProperty().bind(vm.descriptionBinding());
        desc.setMinWidth(0);
        Button solve = new Button("Solve");
        solve.setId("solveButton");
        solve.setDefaultButton(false);
        solve.setTooltip(new Tooltip("Compute equilibria (F5)"));
        solve.setOnAction(e -> vm.solve());
        solve.disableProperty().bind(vm.runningProperty().or(vm.methodProperty().isNull()));
        Button cancel = new Button("Cancel");
        cancel.setId("cancelSolve");
        cancel.setTooltip(new Tooltip("Stop the running computation (Esc)"));
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressIndicator pi = new ProgressIndicator();
        pi.setPrefSize(18, 18);
        pi.visibleProperty().bind(vm.runningProperty());
        pi.managedProperty().bind(pi.visibleProperty());
        ToggleButton dec = new ToggleButton("0.25");
        dec.setId("decimalsToggle");
        dec.selectedProperty().bindBidirectional(decimals);
        dec.setTooltip(new Tooltip("Show decimals instead of exact fractions (Ctrl+D)"));
        Label status = new Label();
        status.setId("solveStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");
        vm.failedProperty().addListener((o, a, b) -> {
            status.getStyleClass().remove("error-text");
            if (b) {
                status.getStyleClass().add("error-text");
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = new Label("Equilibria");
        title.getStyleClass().add("section-title");
        HBox top = new HBox(8, title, methods, solve, cancel, pi, status, spacer, dec);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, top, desc);
        desc.setPadding(new Insets(0, 0, 0, 2));
        return new HBox(box) {
            {
                HBox.setHgrow(box, Priority.ALWAYS);
            }
        };
    }

    private TableView<EquilibriumRow> createTable() {
        table.setId("equilibria");
        table.setItems(vm.rows());
        Label placeholder = new Label("No equilibria computed yet — press F5");
        placeholder.getStyleClass().add("empty-state");
        Runnable ph = () -> {
            var b = vm.resultProperty().get();
            placeholder.setText(b == null ? "No equilibria computed yet — press F5"
                    : vm.staleProperty().get() ? "The game changed — press F5 to solve it"
                    : b.dominanceSteps().isEmpty() ? "This method found no equilibria" : "Dominance eliminated "
                            + b.dominanceSteps().size() + " strategies — use the stepper below");
        };
        vm.resultProperty().addListener((o, a, b) -> ph.run());
        vm.staleProperty().addListener((o, a, b) -> ph.run());
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<EquilibriumRow, String> num = new TableColumn<>("#");
        num.setCellValueFactory(c -> new SimpleStringProperty(Integer.toString(c.getValue().number())));
        num.setMaxWidth(50);
        num.setPrefWidth(40);
        TableColumn<EquilibriumRow, String> prof = new TableColumn<>("profile (each player's mixed strategy)");
        prof.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().profileText(decimals.get()),
                decimals));
        prof.setPrefWidth(360);
        TableColumn<EquilibriumRow, String> pay = new TableColumn<>("payoffs");
        pay.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().payoffText(decimals.get()),
                decimals));
        pay.setPrefWidth(140);
        TableColumn<EquilibriumRow, String> kind = new TableColumn<>("kind");
        kind.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().kind()));
        kind.setPrefWidth(70);
        TableColumn<EquilibriumRow, String> group = new TableColumn<>("Nash subset");
        group.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().group() == 0 ? ""
                : "set " + c.getValue().group()));
        group.setPrefWidth(90);
        table.getColumns().setAll(java.util.List.of(num, prof, pay, kind, group));
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                vm.selectedProperty().set(b.intValue());
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (table.getSelectionModel().getSelectedIndex() != b.intValue()) {
                if (b.intValue() >= 0) {
                    table.getSelectionModel().select(b.intValue());
                } else {
                    table.getSelectionModel().clearSelection();
                }
            }
        });
        vm.rows().addListener((javafx.collections.ListChangeListener<EquilibriumRow>) c -> {
            int s = vm.selectedProperty().get();
            if (s >= 0 && s < vm.rows().size()) {
                table.getSelectionModel().select(s);
            }
        });
        table.setTooltip(new Tooltip("Select an equilibrium to highlight its support in the grid.\n"
                + "Profile: each player's probabilities over her strategies (exact).\n"
                + "Payoffs: each player's expected payoff at the equilibrium.\n"
                + "Nash subset: equilibria in the same maximal Nash subset can be mixed with each other."));
        table.setPrefHeight(160);
        return table;
    }

    private HBox createStepper() {
        Button start = new Button("|◀ Start");
        start.setTooltip(new Tooltip("Back to the full game"));
        start.setOnAction(e -> vm.stepToStart());
        Button back = new Button("◀ Back");
        back.setId("stepBack");
        back.setOnAction(e -> vm.stepBack());
        Button step = new Button("Step ▶");
        step.setId("stepForward");
        step.setOnAction(e -> vm.stepForward());
        Button end = new Button("End ▶|");
        end.setId("stepEnd");
        end.setOnAction(e -> vm.stepToEnd());
        back.disableProperty().bind(vm.dominanceStepProperty().isEqualTo(0));
        start.disableProperty().bind(back.disableProperty());
        step.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.dominanceStepProperty().get() >= vm.stepsProperty().get().size(), vm.dominanceStepProperty(),
                vm.stepsProperty()));
        end.disableProperty().bind(step.disableProperty());
        stepLabel.setId("stepText");
        Runnable update = () -> stepLabel.setText(vm.stepText(game.get()));
        vm.dominanceStepProperty().addListener((o, a, b) -> update.run());
        vm.stepsProperty().addListener((o, a, b) -> update.run());
        Label title = new Label("Dominance");
        title.getStyleClass().add("section-title");
        for (Button b : new Button[] {start, back, step, end}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(Region.USE_PREF_SIZE);
        stepLabel.setMinWidth(0);
        HBox box = new HBox(6, title, start, back, step, end, stepLabel);
        box.getStyleClass().add("stepper");
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> !vm.stepsProperty().get().isEmpty(),
                vm.stepsProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    public TableView<EquilibriumRow> table() {
        return table;
    }

    private static final class MethodCell extends ListCell<NashSolver> {
        @Override
        protected void updateItem(NashSolver s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.name());
            setTooltip(empty || s == null ? null : new Tooltip(s.description()));
        }
    }
}
