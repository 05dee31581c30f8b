package org.gtlab.ui.coopetition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.gtlab.chart.fx.ChartCanvas;
import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.figure.CoopetitionFigure;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.ui.common.FrameTimer;
import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.RunRow;
import org.gtlab.ui.workspace.TabDescription;

/**
 * The coopetition lab's tab: cases bar on top; on the left the i* dependency editor (actors, an
 * editable dependency table, the interdependence matrix D) and the parameter sheet; in the middle
 * the dyad's best-response curves, the team's effort bars and the selected run's live chart; on the
 * right the equilibrium by exact and by Brent best responses side by side, the spec checks of the
 * loaded case and the lab's runs (Monte Carlo, TR-3 sweep, Apache, maps) with progress and cancel.
 * On a view narrower than {@link #THREE_COLUMN_WIDTH} (1280×800 with both side panels) that right
 * column is the left column's "Results" tab instead, so that nothing is cut (issue 16 §8).
 * Every chart exports to PNG/SVG/PDF/TikZ or CSV with a {@code coopetition} recipe
 * ({@link #export}). The state is {@link CoopetitionLabModel}.
 */
public final class CoopetitionLabView extends BorderPane implements TabDescription, AutoCloseable {

    private final CoopetitionLabModel model;
    private final LabContext context;
    private org.gtlab.ui.workspace.RunListView<RunRow> runList;
    private final ChartCanvas dyadChart = new ChartCanvas();
    private final ChartCanvas teamChart = new ChartCanvas();
    private final ChartCanvas runChart = new ChartCanvas();
    private final GridPane matrixGrid = new GridPane();
    private final ChoiceBox<String> dyadItem = new ChoiceBox<>();
    private long version;
    private final TabPane left;
    private final VBox right;
    /** The left column's tab that holds the right column on a narrow view (see {@link #layoutChildren}). */
    private final Tab resultsTab = new Tab("Results");
    private final ScrollPane resultsScroll = new ScrollPane();
    private boolean resultsShown;

    /**
     * Width of the view below which the right column (equilibrium, checks, runs) moves into a tab of
     * the left column, so that the charts keep at least about 440 px (1280×800 with both side panels
     * leaves the lab about 800 px; the three columns need about 1150).
     */
    static final double THREE_COLUMN_WIDTH = 1150;

    public CoopetitionLabView(LabContext context) {
        this.model = new CoopetitionLabModel(context.methods(), context.runs().get(), context.background());
        this.context = context;
        setId("coopetitionLab");
        for (ChartCanvas c : List.of(dyadChart, teamChart, runChart)) {
            c.chartStyleProperty().bind(context.chartStyle());
            c.setMinSize(200, 150);
        }
        dyadChart.setId("coopDyadChart");
        teamChart.setId("coopTeamChart");
        runChart.setId("coopRunChart");
        setTop(casesBar());
        left = leftColumn();
        right = rightColumn();
        setLeft(left);
        setCenter(charts());
        resultsScroll.setContent(right); // a column taller than the view scrolls rather than being cut
        setRight(resultsScroll);
        dyadItem.getItems().setAll("best-responses", "utility");
        dyadItem.setValue("best-responses");
        dyadItem.valueProperty().addListener((o, a, b) -> redrawDyad());
        model.dyadFigureProperty().addListener((o, a, b) -> redrawDyad());
        model.teamFigureProperty().addListener((o, a, b) -> teamChart.chartProperty().set(safeChart(b)));
        model.runChartProperty().addListener((o, a, b) -> runChart.chartProperty().set(b));
        model.matrixProperty().addListener((o, a, b) -> showMatrix(b));
        model.equilibrium().addListener((javafx.collections.ListChangeListener<CoopetitionLabModel.Line>) c -> version++);
        showMatrix(model.matrixProperty().get());
        redrawDyad();
        teamChart.chartProperty().set(safeChart(model.teamFigureProperty().get()));
        var css = CoopetitionLabView.class.getResource(org.gtlab.ui.workspace.RunListView.STYLESHEET);
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        FrameTimer.attach(this, 1_000_000_000L / 20, () -> {
            if (model.runs().tick()) {
                version++;
            }
            runList.update();
        });
    }

    private Chart safeChart(CoopetitionFigure f) {
        if (f == null) {
            return null;
        }
        try {
            return f.chart();
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.solveMessageProperty().set(e.getMessage());
            return null;
        }
    }

    private void redrawDyad() {
        CoopetitionFigure f = model.dyadFigureProperty().get();
        dyadChart.chartProperty().set(f == null ? null : safeChart(new CoopetitionFigure(dyadItem.getValue() == null
                ? "best-responses" : dyadItem.getValue(), f.params())));
        version++;
    }

    // ------------------------------------------------------------------ layout

    /**
     * Three columns when the view is wide enough ({@link #THREE_COLUMN_WIDTH}); otherwise the right
     * column becomes the left column's "Results" tab (selected when it first moves there, as it holds
     * the equilibrium and the runs), scrolling vertically when it is taller than the tab.
     */
    @Override
    protected void layoutChildren() {
        boolean narrow = getWidth() > 0 && getWidth() < THREE_COLUMN_WIDTH;
        if (narrow && getRight() == resultsScroll) {
            setRight(null);
            resultsTab.setContent(resultsScroll);
            left.getTabs().add(0, resultsTab);
            if (!resultsShown) {
                resultsShown = true;
                left.getSelectionModel().select(resultsTab);
            }
        } else if (!narrow && getRight() != resultsScroll) {
            left.getTabs().remove(resultsTab);
            resultsTab.setContent(null);
            setRight(resultsScroll);
        }
        super.layoutChildren();
    }

    /** True when the right column sits in the left column's tab (a narrow view). */
    boolean isNarrow() {
        return getRight() != resultsScroll;
    }

    private HBox casesBar() {
        Button slcd = button("S-LCD", "caseSlcd", () -> model.loadSlcd(false));
        slcd.setTooltip(new Tooltip("S-LCD joint venture, correct orientation (row = depender)"));
        Button legacy = button("S-LCD legacy (as published)", "caseSlcdLegacy", () -> model.loadSlcd(true));
        Button apache = button("Apache", "caseApache", model::loadApache);
        Button solve = button("Solve", "coopSolve", model::solve);
        solve.setDefaultButton(true);
        Label note = new Label();
        note.setId("caseNote");
        note.textProperty().bind(model.caseNoteProperty());
        note.setWrapText(true);
        note.setMinWidth(120);
        HBox.setHgrow(note, Priority.ALWAYS);
        Label cases = new Label("Cases:");
        HBox bar = new HBox(8, cases, slcd, legacy, apache, solve, note);
        // the buttons keep their names; the case note takes the rest and wraps
        for (javafx.scene.control.Labeled l : List.of(cases, slcd, legacy, apache, solve)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        return bar;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TabPane leftColumn() {
        TextField actors = new TextField();
        actors.setId("coopActors");
        actors.textProperty().bindBidirectional(model.actorsProperty());
        TableView<CoopetitionLabModel.Dependency> table = new TableView<>(model.dependencies());
        table.setId("coopDependencies");
        table.setEditable(true);
        table.getColumns().add(textColumn("Depender", d -> d.depender, 100));
        table.getColumns().add(textColumn("Dependee", d -> d.dependee, 100));
        table.getColumns().add(textColumn("Dependum", d -> d.dependum, 110));
        table.getColumns().add(textColumn("w", d -> d.weight, 40));
        table.getColumns().add(textColumn("crit", d -> d.criticality, 48));
        table.setPrefHeight(170); // wider than the column: the editor scrolls sideways, headers stay whole
        Button add = button("Add", "coopAddDependency", model::addDependency);
        Button remove = button("Remove", "coopRemoveDependency", () -> {
            CoopetitionLabModel.Dependency d = table.getSelectionModel().getSelectedItem();
            if (d != null) {
                model.dependencies().remove(d);
            }
        });
        Button apply = button("Apply → D", "coopApplyEditor", model::applyEditor);
        Label msg = new Label();
        msg.setId("coopEditorMessage");
        msg.setWrapText(true);
        msg.setStyle("-fx-text-fill: #b00020;");
        msg.textProperty().bind(model.editorMessageProperty());
        Label dl = new Label("Interdependence D (row = depender, D_ij = Σ w·crit / Σ w):");
        dl.setWrapText(true);
        VBox editor = new VBox(6, new Label("Actors (comma separated)"), actors, table, new HBox(6, add, remove, apply),
                msg, dl, matrixGrid);
        editor.setPadding(new Insets(6));

        GridPane sheet = new GridPane();
        sheet.setHgap(6);
        sheet.setVgap(4);
        sheet.setPadding(new Insets(6));
        int r = 0;
        sheet.add(bold("TR-1 value creation and appropriation"), 0, r++, 2, 1);
        ChoiceBox<String> value = new ChoiceBox<>();
        value.setId("coop-value");
        value.getItems().setAll("log", "power");
        value.valueProperty().bindBidirectional(model.tr1("value"));
        sheet.addRow(r++, new Label("value form"), value);
        r = field(sheet, r, "θ (log scale)", model.tr1("theta"), "coop-theta");
        r = field(sheet, r, "β (power exponent)", model.tr1("beta"), "coop-beta");
        r = field(sheet, r, "γ synergy (blank: 0.65 log / 0.5 power)", model.tr1("gamma"), "coop-gamma");
        r = field(sheet, r, "α₁ appropriation share", model.tr1("alpha0"), "coop-alpha0");
        r = field(sheet, r, "e₁ endowment", model.tr1("e0"), "coop-e0");
        r = field(sheet, r, "e₂ endowment", model.tr1("e1"), "coop-e1");
        CheckBox trust = new CheckBox("TR-2 trust layer: weight D by T");
        trust.setId("coop-trust-layer");
        trust.selectedProperty().bindBidirectional(model.trustLayerProperty());
        sheet.add(trust, 0, r++, 2, 1);
        r = field(sheet, r, "T (trust, 0…1)", model.tr1("trust"), "coop-trust");
        sheet.add(bold("TR-3 team production with loyalty"), 0, r++, 2, 1);
        r = field(sheet, r, "ω productivity", model.tr3("omega"), "team-omega");
        r = field(sheet, r, "β returns to scale", model.tr3("beta"), "team-beta");
        r = field(sheet, r, "c effort cost", model.tr3("cost"), "team-cost");
        r = field(sheet, r, "n team size", model.tr3("n"), "team-n");
        r = field(sheet, r, "θ loyalty", model.tr3("theta"), "team-theta");
        r = field(sheet, r, "φ_B loyalty benefit", model.tr3("phi_b"), "team-phi_b");
        r = field(sheet, r, "φ_C cost tolerance", model.tr3("phi_c"), "team-phi_c");
        ChoiceBox<String> welfare = new ChoiceBox<>();
        welfare.setId("team-welfare");
        welfare.getItems().setAll("summed", "averaged");
        welfare.valueProperty().bindBidirectional(model.tr3("welfare"));
        sheet.addRow(r++, new Label("teammate welfare"), welfare);
        Label w = new Label("summed = paper-faithful (reproduces the report); averaged = repository v1.x variant.");
        w.setWrapText(true);
        sheet.add(w, 0, r, 2, 1);
        sheet.getColumnConstraints().addAll(new ColumnConstraints(170), new ColumnConstraints(120));

        TabPane left = new TabPane(new Tab("i* dependencies", new ScrollPane(editor)),
                new Tab("Parameters", new ScrollPane(sheet)));
        left.setId("coopLeft");
        left.getTabs().forEach(t -> t.setClosable(false));
        left.setPrefWidth(360);
        resultsTab.setId("coopResultsTab");
        resultsTab.setClosable(false);
        resultsTab.setTooltip(new Tooltip("Equilibrium (exact vs Brent), the published case's checks, and the runs"));
        resultsScroll.setFitToWidth(true);
        resultsScroll.setFitToHeight(true);
        resultsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return left;
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static int field(GridPane g, int row, String label, javafx.beans.property.StringProperty p, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setOnAction(e -> {
        });
        Label l = new Label(label);
        l.setWrapText(true); // the label column is fixed: a long label takes two lines
        l.setLabelFor(f);
        g.addRow(row, l, f);
        return row + 1;
    }

    private static TableColumn<CoopetitionLabModel.Dependency, String> textColumn(String title,
            java.util.function.Function<CoopetitionLabModel.Dependency, javafx.beans.property.StringProperty> p,
            double width) {
        TableColumn<CoopetitionLabModel.Dependency, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> p.apply(d.getValue()));
        c.setCellFactory(col -> new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(wholeText(empty ? null : item));
            }
        });
        c.setOnEditCommit(e -> p.apply(e.getRowValue()).set(e.getNewValue()));
        c.setPrefWidth(width);
        return c;
    }

    private void showMatrix(double[][] d) {
        matrixGrid.getChildren().clear();
        matrixGrid.setHgap(10);
        if (d == null) {
            return;
        }
        List<String> names = model.actorNames();
        for (int j = 0; j < d.length; j++) {
            matrixGrid.add(new Label(j < names.size() ? names.get(j) : "?"), j + 1, 0);
        }
        for (int i = 0; i < d.length; i++) {
            matrixGrid.add(new Label(i < names.size() ? names.get(i) : "?"), 0, i + 1);
            for (int j = 0; j < d.length; j++) {
                Label v = new Label(String.format(Locale.ROOT, "%.4f", d[i][j]));
                v.setId("coopD-" + i + "-" + j);
                matrixGrid.add(v, j + 1, i + 1);
            }
        }
        version++;
    }

    private VBox charts() {
        Button exportDyad = button("Export…", "coopExportDyad", () -> exportWithChooser("dyad"));
        Button exportTeam = button("Export…", "coopExportTeam", () -> exportWithChooser("team"));
        HBox dyadBar = new HBox(6, bold("Dyad"), dyadItem, exportDyad);
        dyadBar.setAlignment(Pos.CENTER_LEFT);
        Label teamTitle = bold("Team effort");
        teamTitle.setTooltip(new Tooltip("TR-3: the effort of each team member at the equilibrium"));
        HBox teamBar = new HBox(6, teamTitle, exportTeam);
        teamBar.setAlignment(Pos.CENTER_LEFT);
        Label runTitle = bold("Selected run (live)");
        VBox.setVgrow(dyadChart, Priority.ALWAYS);
        VBox.setVgrow(teamChart, Priority.ALWAYS);
        VBox.setVgrow(runChart, Priority.ALWAYS);
        HBox lower = new HBox(6, new VBox(4, teamBar, teamChart), new VBox(4, runTitle, runChart));
        lower.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        ((VBox) lower.getChildren().get(0)).setPrefWidth(300);
        ((VBox) lower.getChildren().get(1)).setPrefWidth(300);
        VBox.setVgrow(((VBox) lower.getChildren().get(0)).getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(((VBox) lower.getChildren().get(1)).getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(lower, Priority.ALWAYS);
        VBox box = new VBox(4, dyadBar, dyadChart, lower);
        box.setPadding(new Insets(6));
        return box;
    }

    private VBox rightColumn() {
        TableView<CoopetitionLabModel.Line> eq = new TableView<>(model.equilibrium());
        eq.setId("coopEquilibrium");
        eq.getColumns().add(column("", CoopetitionLabModel.Line::quantity, 150));
        eq.getColumns().add(column("exact BR", CoopetitionLabModel.Line::exact, 80));
        eq.getColumns().add(column("Brent BR", CoopetitionLabModel.Line::brent, 80));
        eq.setPrefHeight(230);
        eq.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label solveMsg = new Label();
        solveMsg.setId("coopSolveMessage");
        solveMsg.setWrapText(true);
        solveMsg.setStyle("-fx-text-fill: #b00020;");
        solveMsg.textProperty().bind(model.solveMessageProperty());

        TableView<CoopetitionLabModel.CheckLine> checks = new TableView<>(model.checkLines());
        checks.setId("coopChecks");
        java.util.function.Function<CoopetitionLabModel.CheckLine, String> why = CoopetitionLabModel.CheckLine::tooltip;
        checks.getColumns().add(column("ID", CoopetitionLabModel.CheckLine::id, 50, why));
        checks.getColumns().add(column("ours", CoopetitionLabModel.CheckLine::ours, 112, why));
        checks.getColumns().add(column("reference", CoopetitionLabModel.CheckLine::reference, 112, why));
        checks.getColumns().add(column("", CoopetitionLabModel.CheckLine::verdict, 50, why));
        checks.setRowFactory(tv -> {
            javafx.scene.control.TableRow<CoopetitionLabModel.CheckLine> row = new javafx.scene.control.TableRow<>();
            row.itemProperty().addListener((o, a, b) -> row.setTooltip(b == null ? null : new Tooltip(b.tooltip())));
            return row;
        });
        checks.setPrefHeight(130);
        Label warning = new Label(CoopetitionLabModel.README_WARNING);
        warning.setWrapText(true);
        warning.setStyle("-fx-font-size: 10px;");

        // the shared run list of the workspace (one row per run: swatch, progress, pause, cancel, tiles)
        org.gtlab.ui.workspace.RunListView<RunRow> runs = new org.gtlab.ui.workspace.RunListView<>(model.runs(),
                org.gtlab.ui.workspace.RunListView.RowActions.none(), true,
                "No runs yet: Monte Carlo, TR-3 sweep, Apache or a map");
        runs.setId("coopRuns");
        runs.chartStyleProperty().bind(context.chartStyle());
        runs.setPrefHeight(200);
        VBox.setVgrow(runs, Priority.ALWAYS);
        runList = runs;
        model.runs().selectedProperty().addListener((o, a, b) -> model.runs().invalidate());
        ChoiceBox<String> map = new ChoiceBox<>();
        map.setId("coopMapId");
        map.getItems().setAll(model.mapIds());
        map.valueProperty().bindBidirectional(model.mapIdProperty());
        FlowPane runButtons = new FlowPane(6, 4,
                button("Monte Carlo", "coopRunMonteCarlo", () -> start("coop-montecarlo", Map.of())),
                button("TR-3 sweep", "coopRunTeamSweep", () -> start("team-sweep",
                        Map.of("welfare", model.tr3("welfare").get()))),
                button("Apache", "coopRunApache", () -> start("apache", Map.of("welfare", model.tr3("welfare").get()))),
                map, button("Draw map", "coopRunMap", () -> guard(() -> model.startMap(64, 64))),
                button("Open in Phase diagram", "coopOpenPhaseDiagram", () -> openPhaseDiagram()),
                button("Cancel", "coopCancelRun", () -> {
                    RunRow r = model.runs().selectedProperty().get();
                    if (r != null) {
                        r.cancel();
                    }
                }));
        Label eqTitle = bold("Equilibrium: exact vs Brent best responses (Gauss–Seidel)");
        Label checksTitle = bold("Published case: ours beside the reference");
        for (Label l : List.of(eqTitle, solveMsg, checksTitle, warning)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE); // a narrow column scrolls rather than cutting text
        }
        eq.setMinHeight(150);
        checks.setMinHeight(110);
        runs.setMinHeight(140);
        VBox right = new VBox(5, eqTitle, eq, solveMsg, checksTitle, checks, warning, bold("Runs"), runButtons, runs);
        right.setPadding(new Insets(6));
        right.setPrefWidth(370);
        return right;
    }

    /**
     * Opens the chosen map in the Phase diagram view (game-less method {@code coop-map}, its declared
     * axes, live cells, cancel, hover, contours and exports) in its own window; returns the view.
     */
    org.gtlab.ui.sweep.PhaseDiagramView openPhaseDiagram() {
        org.gtlab.ui.sweep.PhaseDiagramViewModel m = new org.gtlab.ui.sweep.PhaseDiagramViewModel(context.methods(),
                context.runs().get(), null, "Coopetition");
        org.gtlab.ui.sweep.PhaseDiagramView v = org.gtlab.ui.sweep.PhaseDiagramView.openWindow(m, "coop-map",
                model.mapIdProperty().get(), context.chartStyle().getValue(),
                getScene() == null ? null : getScene().getWindow());
        m.start();
        return v;
    }

    private void start(String method, Map<String, String> params) {
        guard(() -> model.startRun(method, params, 42));
    }

    private void guard(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            model.solveMessageProperty().set(e.getMessage());
        }
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> f, double w) {
        return column(title, f, w, t -> null);
    }

    /** A column whose cells' tooltips hold their whole text and, below it, {@code more} of the row. */
    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> f, double w,
            java.util.function.Function<T, String> more) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String extra = row == null ? null : more.apply(row);
                setTooltip(wholeText(empty ? null : extra == null ? item : item + "\n\n" + extra));
            }
        });
        c.setPrefWidth(w);
        return c;
    }

    /**
     * The tooltip of a table cell: its whole text, so that a value cut to the column's width can still
     * be read (issue 16 §8, "abbreviate with a tooltip").
     */
    private static Tooltip wholeText(String text) {
        return text == null || text.isEmpty() ? null : new Tooltip(text);
    }

    // ------------------------------------------------------------------ export

    private void exportWithChooser(String which) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export figure");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG", "*.png"),
                new FileChooser.ExtensionFilter("SVG", "*.svg"), new FileChooser.ExtensionFilter("PDF", "*.pdf"),
                new FileChooser.ExtensionFilter("TikZ", "*.tex"), new FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            try {
                export(which, f.toPath());
            } catch (IOException | IllegalArgumentException e) {
                model.solveMessageProperty().set("Export failed: " + e.getMessage());
            }
        }
    }

    /**
     * Writes the dyad ({@code "dyad"}) or team ({@code "team"}) figure to {@code target} (format from the
     * extension: png, svg, pdf, tex or csv) with its {@code coopetition} recipe beside it.
     *
     * @return the recipe's path
     */
    public Path export(String which, Path target) throws IOException {
        CoopetitionFigure shown = which.equals("dyad") ? new CoopetitionFigure(dyadItem.getValue(),
                model.dyadFigureProperty().get().params()) : model.teamFigureProperty().get();
        Recipe recipe = Recipe.coopetition(shown.item(), shown.params());
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Exporter.writeBytes(shown.csv().getBytes(StandardCharsets.UTF_8), target, recipe, "csv");
        }
        return Exporter.write(new Exporter.Request(shown.chart(), ExportFormat.ofFileName(name), ExportSize.PAPER_WIDE,
                150, true, ChartStyle.paper()), target, recipe);
    }

    /** The view model (tests). */
    public CoopetitionLabModel model() {
        return model;
    }

    // ------------------------------------------------------------------ tab description

    @Override
    public String tabTitle() {
        return "Coopetition lab";
    }

    @Override
    public String statusLine() {
        long active = model.runs().activeCount();
        return model.runs().rows().size() + " runs · " + active + " active" + (model.equilibrium().isEmpty() ? ""
                : " · a* = (" + model.equilibrium().get(0).exact() + ", " + model.equilibrium().get(1).exact() + ")");
    }

    @Override
    public String inspectorText() {
        StringBuilder sb = new StringBuilder(model.caseNoteProperty().get()).append('\n');
        for (CoopetitionLabModel.Line l : model.equilibrium()) {
            sb.append(l.quantity()).append(": ").append(l.exact()).append(" (Brent ").append(l.brent()).append(")\n");
        }
        return sb.toString();
    }

    @Override
    public long descriptionVersion() {
        return version;
    }

    @Override
    public void close() {
        model.close();
    }
}
