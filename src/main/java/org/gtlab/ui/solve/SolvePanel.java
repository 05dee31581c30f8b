package org.gtlab.ui.solve;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
    private final BooleanProperty fullVectors = new SimpleBooleanProperty(this, "fullVectors");
    private final javafx.beans.property.ReadOnlyStringWrapper notice =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "notice", "");

    public SolvePanel(SolveViewModel vm, BooleanProperty decimals, java.util.function.Supplier<NormalFormGame> game) {
        this.vm = vm;
        this.decimals = decimals == null ? new SimpleBooleanProperty() : decimals;
        this.game = game;
        getStyleClass().add("solve-panel");
        setId("solvePanel");
        getChildren().addAll(createHeader(), createConfirmBar(), createTable(), createStepper());
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private HBox createHeader() {
        ComboBox<NashSolver> methods = new ComboBox<>(vm.methods());
        methods.setId("methodPicker");
        methods.valueProperty().bindBidirectional(vm.methodProperty());
        methods.setCellFactory(l -> new MethodCell(vm));
        methods.setButtonCell(new MethodCell(vm));
        methods.setPromptText("no solver installed");
        methods.setTooltip(new Tooltip("Solution method (F5 solves)"));
        Label desc = new Label();
        desc.getStyleClass().add("method-description");
        desc.textProperty().bind(vm.descriptionBinding());
        desc.setMinWidth(0);
        desc.setWrapText(true);
        desc.setId("methodDescription");
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
        pi.setId("solveProgress");
        pi.setPrefSize(18, 18);
        pi.progressProperty().bind(vm.progressProperty());
        pi.visibleProperty().bind(vm.runningProperty());
        pi.managedProperty().bind(pi.visibleProperty());
        Label progressText = new Label();
        progressText.setId("solveProgressText");
        progressText.getStyleClass().add("muted");
        progressText.textProperty().bind(vm.progressTextProperty());
        progressText.visibleProperty().bind(vm.runningProperty());
        progressText.managedProperty().bind(progressText.visibleProperty());
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox one = new CheckBox("Find one");
        one.setId("findOne");
        one.selectedProperty().bindBidirectional(vm.findOneProperty());
        one.setTooltip(new Tooltip("Stop at the first equilibrium found (lcp follows a single path).\n"
                + "The default on games of " + SolveViewModel.LARGE_GAME_CELLS + " cells or more."));
        one.setMinWidth(Region.USE_PREF_SIZE);
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
        ToggleButton full = new ToggleButton("Vectors");
        full.setId("fullVectors");
        full.selectedProperty().bindBidirectional(fullVectors);
        full.setTooltip(new Tooltip("Show each player's full probability vector instead of strategy names"));
        Button copy = new Button("Copy");
        copy.setId("copyEquilibria");
        copy.setTooltip(new Tooltip("Copy the equilibrium list, tab-separated, for a spreadsheet (Ctrl+Shift+E)"));
        copy.setOnAction(e -> exportList(Format.COPY));
        Button csv = new Button("CSV…");
        csv.setId("equilibriaCsv");
        csv.setTooltip(new Tooltip("Save the equilibrium list as a CSV file"));
        csv.setOnAction(e -> exportList(Format.CSV));
        Button tex = new Button("LaTeX…");
        tex.setId("equilibriaLatex");
        tex.setTooltip(new Tooltip("Save the equilibrium list as a LaTeX table (booktabs)"));
        tex.setOnAction(e -> exportList(Format.LATEX));
        for (Button b : new Button[] {copy, csv, tex}) {
            b.disableProperty().bind(Bindings.isEmpty(vm.rows()));
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.SOMETIMES);
        title.setMinWidth(Region.USE_PREF_SIZE);
        methods.setMinWidth(Region.USE_PREF_SIZE);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {solve, cancel, full, dec}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        // three rows, so that nothing is cut at 1280 px or in lecture mode
        HBox top = new HBox(8, title, methods, one, solve, cancel, pi, progressText);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(desc, Priority.ALWAYS);
        desc.setMaxWidth(Double.MAX_VALUE);
        // the description on a line of its own, wrapped (a VBox gives a wrapping label its height)
        // the status and the list's tools below the run controls, then the description, wrapped
        HBox second = new HBox(8, status, spacer, full, dec, copy, csv, tex);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, top, second, desc);
        desc.setPadding(new Insets(0, 0, 0, 2));
        return new HBox(box) {
            {
                HBox.setHgrow(box, Priority.ALWAYS);
            }
        };
    }

    /** The question before a job estimated to run for long: the estimate, Run anyway, Find one instead, Cancel. */
    private VBox createConfirmBar() {
        Label text = new Label();
        text.setId("solveConfirmText");
        text.setWrapText(true);
        text.setMinWidth(0);
        text.textProperty().bind(Bindings.createStringBinding(() -> vm.confirmationProperty().get() == null ? ""
                : vm.confirmationProperty().get() + " Run it anyway?", vm.confirmationProperty()));
        text.setMaxWidth(Double.MAX_VALUE);
        Tooltip detail = new Tooltip();
        detail.setWrapText(true);
        detail.setMaxWidth(520);
        vm.confirmationProperty().addListener((o, a, b) -> detail.setText(vm.confirmationDetail()));
        text.setTooltip(detail);
        Button run = new Button("Run anyway");
        run.setId("solveConfirmRun");
        run.setOnAction(e -> vm.confirm());
        Button one = new Button("Find one instead");
        one.setId("solveConfirmOne");
        one.setTooltip(new Tooltip("Stop at the first equilibrium (lcp: one path, usually milliseconds)"));
        one.setOnAction(e -> {
            vm.findOneProperty().set(true);
            if (!"lcp".equals(vm.methodProperty().get().name())) {
                vm.methods().stream().filter(m -> m.name().equals("lcp") && vm.whyNot(m) == null).findFirst()
                        .ifPresent(m -> vm.methodProperty().set(m));
            }
            vm.solve();
        });
        one.visibleProperty().bind(vm.findOneProperty().not());
        one.managedProperty().bind(one.visibleProperty());
        Button no = new Button("Don't solve");
        no.setId("solveConfirmCancel");
        no.setOnAction(e -> vm.dismissConfirmation());
        for (Button b : new Button[] {run, one, no}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the question on its own full-width line (a VBox gives a wrapping label its height), the answers below
        HBox answers = new HBox(8, run, one, no);
        answers.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(4, text, answers);
        bar.setId("solveConfirm");
        bar.getStyleClass().add("confirm-bar");
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.visibleProperty().bind(vm.confirmationProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private TableView<EquilibriumRow> createTable() {
        table.setId("equilibria");
        table.setItems(vm.rows());
        Label placeholder = new Label("No equilibria computed yet — press F5");
        placeholder.getStyleClass().add("empty-state");
        Runnable ph = () -> {
            var b = vm.resultProperty().get();
            if (vm.failedProperty().get()) {
                placeholder.setText(vm.statusProperty().get());
                return;
            }
            placeholder.setText(b == null ? "No equilibria computed yet — press F5"
                    : vm.staleProperty().get() ? "The game changed — press F5 to solve it"
                    : b.dominanceSteps().isEmpty() ? "This method found no equilibria" : "Dominance eliminated "
                            + b.dominanceSteps().size() + " strategies — use the stepper below");
        };
        vm.resultProperty().addListener((o, a, b) -> ph.run());
        vm.staleProperty().addListener((o, a, b) -> ph.run());
        vm.failedProperty().addListener((o, a, b) -> ph.run());
        vm.statusProperty().addListener((o, a, b) -> ph.run());
        table.setPlaceholder(placeholder);
        // the width beyond the columns' preferred widths goes to the profile (the other columns
        // stop at their maximum), so that a wide table shows a mixed profile on one line
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<EquilibriumRow, String> num = new TableColumn<>("#");
        num.setCellValueFactory(c -> new SimpleStringProperty(Integer.toString(c.getValue().number())));
        num.setMaxWidth(50);
        num.setPrefWidth(40);
        num.setMinWidth(36);
        TableColumn<EquilibriumRow, String> prof = new TableColumn<>("profile");
        prof.setCellValueFactory(c -> Bindings.createStringBinding(() -> fullVectors.get()
                ? c.getValue().profileText(decimals.get()) : c.getValue().namedText(game.get(), decimals.get()),
                decimals, fullVectors));
        prof.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            // a profile longer than its column wraps onto more lines instead of ending in "…"
            // (issue 16 §8, e.g. a mixed equilibrium's names at 1280×800 with both side panels):
            // a wrapping Text, because a row sizes its cells at their one-line height
            private final javafx.scene.text.Text wrapped = new javafx.scene.text.Text();

            {
                wrapped.getStyleClass().add("text");
                wrapped.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                wrapped.fillProperty().bind(textFillProperty());
                wrapped.fontProperty().bind(fontProperty());
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                EquilibriumRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                wrapped.setText(empty || text == null ? "" : text);
                setGraphic(empty ? null : wrapped);
                setTooltip(r == null ? null : new Tooltip("Full vectors: " + r.profileText(decimals.get())));
            }
        });
        prof.setPrefWidth(360);
        TableColumn<EquilibriumRow, String> pay = new TableColumn<>("payoffs");
        pay.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().payoffText(decimals.get()),
                decimals));
        pay.setPrefWidth(140);
        pay.setMinWidth(120);
        pay.setMaxWidth(240);
        TableColumn<EquilibriumRow, String> kind = new TableColumn<>("kind");
        kind.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().kind()));
        kind.setPrefWidth(80);
        kind.setMinWidth(80);
        kind.setMaxWidth(110);
        TableColumn<EquilibriumRow, String> group = new TableColumn<>("subset");
        group.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().group() == 0 ? ""
                : "set " + c.getValue().group()));
        group.setPrefWidth(100);
        group.setMinWidth(100);
        group.setMaxWidth(130);
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

    /** Whether the profile column shows full probability vectors rather than strategy names. */
    public BooleanProperty fullVectorsProperty() {
        return fullVectors;
    }

    private enum Format { COPY, CSV, LATEX }

    private void exportList(Format f) {
        NormalFormGame g = game.get();
        boolean dec = decimals.get();
        java.util.List<EquilibriumRow> rows = java.util.List.copyOf(vm.rows());
        if (f == Format.COPY) {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(EquilibriumTable.tsv(rows, g, dec));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            notice.set("Copied " + rows.size() + " equilibria (tab-separated)");
            return;
        }
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        String ext = f == Format.CSV ? "csv" : "tex";
        fc.setTitle(f == Format.CSV ? "Save equilibria as CSV" : "Save equilibria as a LaTeX table");
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT)
                + " (*." + ext + ")", "*." + ext));
        String base = g.title().isBlank() ? "equilibria" : g.title().replaceAll("[^A-Za-z0-9._-]+", "_") + "-equilibria";
        fc.setInitialFileName(base + "." + ext);
        java.io.File file = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            writeList(f == Format.CSV, file.toPath());
        }
    }

    /** Writes the list as CSV or LaTeX to {@code target}; the outcome is in {@link #noticeProperty()}. */
    public boolean writeList(boolean csv, java.nio.file.Path target) {
        NormalFormGame g = game.get();
        java.util.List<EquilibriumRow> rows = java.util.List.copyOf(vm.rows());
        String text = csv ? EquilibriumTable.csv(rows, g, decimals.get()) : EquilibriumTable.latex(rows, g, decimals.get());
        try {
            java.nio.file.Files.writeString(target, text, java.nio.charset.StandardCharsets.UTF_8);
            notice.set("Saved " + rows.size() + " equilibria to " + target);
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            notice.set("Not saved: " + target + ": " + e.getMessage());
            return false;
        }
    }

    /** The outcome of the last copy or export of the list (the main window shows it in the status bar). */
    public javafx.beans.property.ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private static final class MethodCell extends ListCell<NashSolver> {
        private final SolveViewModel vm;

        MethodCell(SolveViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(NashSolver s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.name());
            String why = empty || s == null ? null : vm.whyNot(s);
            setDisable(why != null && !(getListView() == null));
            getStyleClass().remove("unavailable");
            if (why != null) {
                getStyleClass().add("unavailable");
            }
            setTooltip(empty || s == null ? null : new Tooltip(why != null ? "Not available: " + why : s.description()));
        }
    }
}
