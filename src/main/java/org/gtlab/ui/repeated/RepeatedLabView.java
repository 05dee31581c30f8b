package org.gtlab.ui.repeated;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

import org.gtlab.chart.fx.ChartCanvas;
import org.gtlab.figure.TournamentFigures.Standing;
import org.gtlab.ui.repeated.RepeatedLabViewModel.RoundRow;
import org.gtlab.ui.repeated.RepeatedLabViewModel.StrategyItem;
import org.gtlab.ui.workspace.RunListView;
import org.gtlab.ui.workspace.RunRow;
import org.gtlab.ui.workspace.TabDescription;

/**
 * The repeated-games lab's tab: shared settings (stage game, turns, repetitions, noise,
 * continuation δ, seed) above four views — Tournament (roster picker with search and classifiers,
 * run/cancel with progress, the shared run list, live standings and payoff heat map), Match (two
 * strategies round by round), Play (the user against a strategy) and Moran (population shares over
 * time). Thin: everything comes from {@link RepeatedLabViewModel}; a 10 Hz timer refreshes it.
 */
public final class RepeatedLabView extends BorderPane implements TabDescription, AutoCloseable {

    private final RepeatedLabViewModel vm;
    private final Timeline timer;
    private final Label error = new Label();
    private final Map<String, BooleanProperty> checks = new HashMap<>();
    private final RunListView<RunRow> runList;

    /**
     * Width of the tournament's standings-and-charts area below which the standings become the first
     * of the chart tabs instead of a column beside them (the table's five columns and the four chart
     * tabs each need about 470 px).
     */
    static final double SIDE_BY_SIDE_WIDTH = 1020;

    public RepeatedLabView(RepeatedLabViewModel vm) {
        this.vm = vm;
        setId("repeatedLab");
        var css = RepeatedLabView.class.getResource(RunListView.STYLESHEET);
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        runList = new RunListView<>(vm.runs(), RunListView.RowActions.none(), true,
                "No runs yet: choose strategies and press Run tournament");
        setTop(new VBox(documentBar(), settings()));
        TabPane tabs = new TabPane(tab("Tournament", "repeatedTournamentTab", tournament()),
                tab("Match", "repeatedMatchTab", match()), tab("Play", "repeatedPlayTab", play()),
                tab("Moran", "repeatedMoranTab", moran()), tab("Fingerprint", "repeatedFingerprintTab", fingerprint()),
                tab("Stage game", "repeatedStageTab", stageEditor()),
                tab("Strategies", "repeatedStrategiesTab", new StrategyEditorView(vm, this::guard)));
        tabs.setId("repeatedTabs");
        setCenter(tabs);
        error.setId("repeatedError");
        error.getStyleClass().add("error");
        setBottom(error);
        BorderPane.setMargin(error, new Insets(2, 8, 4, 8));
        timer = new Timeline(new KeyFrame(Duration.millis(100), e -> {
            vm.tick();
            runList.update();
        }));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    private static Tab tab(String title, String id, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    void guard(Runnable r) {
        try {
            error.setText("");
            r.run();
        } catch (RuntimeException e) {
            error.setText(e.getMessage());
        }
    }

    private Node settings() {
        Spinner<Integer> turns = new Spinner<>(1, 1_000_000, vm.turnsProperty().get(), 10);
        turns.setId("turns");
        turns.valueProperty().addListener((o, a, b) -> vm.turnsProperty().set(b));
        Spinner<Integer> reps = new Spinner<>(1, 100_000, vm.repetitionsProperty().get(), 1);
        reps.setId("repetitions");
        reps.valueProperty().addListener((o, a, b) -> vm.repetitionsProperty().set(b));
        Spinner<Double> noise = new Spinner<>(0.0, 1.0, vm.noiseProperty().get(), 0.01);
        noise.setId("noise");
        noise.valueProperty().addListener((o, a, b) -> vm.noiseProperty().set(b));
        Spinner<Double> delta = new Spinner<>(0.0, 1.0, vm.continuationProperty().get(), 0.01);
        delta.setId("continuation");
        delta.setTooltip(new Tooltip("δ: probability that another round follows; 1 = exactly 'turns' rounds, "
                + "below 1 the length is geometric (capped at 'turns')"));
        delta.valueProperty().addListener((o, a, b) -> vm.continuationProperty().set(b));
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, vm.seedProperty().get(), 1);
        seed.setId("seed");
        seed.valueProperty().addListener((o, a, b) -> vm.seedProperty().set(b));
        // both ways: values set on the view model (presets, tests) show in the spinners
        vm.turnsProperty().addListener((o, a, b) -> turns.getValueFactory().setValue(b.intValue()));
        vm.repetitionsProperty().addListener((o, a, b) -> reps.getValueFactory().setValue(b.intValue()));
        vm.noiseProperty().addListener((o, a, b) -> noise.getValueFactory().setValue(b.doubleValue()));
        vm.continuationProperty().addListener((o, a, b) -> delta.getValueFactory().setValue(b.doubleValue()));
        vm.seedProperty().addListener((o, a, b) -> seed.getValueFactory().setValue(b.intValue()));
        for (Spinner<?> s : List.of(turns, reps, noise, delta, seed)) {
            s.setEditable(true);
            s.setPrefWidth(100);
        }
        Label stage = new Label("Stage game: " + vm.stageTitle());
        stage.setId("stageGame");
        vm.stageVersionProperty().addListener((o, a, b) -> stage.setText("Stage game: " + vm.stageTitle()));
        // a flow of label + field pairs: one line on a wide tab, two or more on a narrow one (1280×800
        // with both side panels), never a shortened label (issue 16 §8)
        FlowPane bar = new FlowPane(16, 6, stage, pair("Turns", turns), pair("Repetitions", reps),
                pair("Noise", noise), pair("Continuation δ", delta), pair("Seed", seed));
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** A row of controls that wraps onto a second line when the tab is narrow. */
    private static FlowPane flow(Node... nodes) {
        FlowPane f = new FlowPane(12, 6, nodes);
        f.setAlignment(Pos.CENTER_LEFT);
        return f;
    }

    /** A label and its field, kept together on one line of a flow. */
    private static HBox pair(String label, Node field) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(field);
        HBox b = new HBox(6, l, field);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    // ------------------------------------------------------------------ tournament

    private Node tournament() {
        TextField search = new TextField();
        search.setId("strategySearch");
        search.setPromptText("Search strategies");
        search.textProperty().bindBidirectional(vm.searchProperty());
        ListView<StrategyItem> list = new ListView<>(vm.filteredLibrary());
        list.setId("strategyList");
        Runnable syncChecks = () -> {
            for (StrategyItem i : vm.library()) {
                checks.computeIfAbsent(i.name(), n -> {
                    BooleanProperty p = new SimpleBooleanProperty(vm.chosen().contains(n));
                    p.addListener((o, a, b) -> {
                        if (b) {
                            vm.chosen().add(n);
                        } else {
                            vm.chosen().remove(n);
                        }
                    });
                    return p;
                });
            }
        };
        syncChecks.run();
        vm.library().addListener((javafx.collections.ListChangeListener<StrategyItem>) c -> syncChecks.run());
        list.setCellFactory(v -> new CheckBoxListCell<>(i -> checks.get(i.name()),
                new javafx.util.StringConverter<StrategyItem>() {
                    @Override
                    public String toString(StrategyItem i) {
                        return i == null ? "" : i.label();
                    }

                    @Override
                    public StrategyItem fromString(String s) {
                        return null;
                    }
                }) {
            @Override
            public void updateItem(StrategyItem item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(item == null || empty ? null : new Tooltip(item.title() + ": " + item.description()
                        + "\n" + item.reference()));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label chosen = new Label();
        chosen.setId("chosenCount");
        Runnable count = () -> chosen.setText(vm.chosen().size() + " strategies chosen");
        vm.chosen().addListener((javafx.collections.SetChangeListener<String>) c -> {
            count.run();
            BooleanProperty p = checks.get(c.getElementAdded() != null ? c.getElementAdded() : c.getElementRemoved());
            if (p != null) {
                p.set(vm.chosen().contains(c.getElementAdded() != null ? c.getElementAdded() : c.getElementRemoved()));
            }
        });
        count.run();
        Button run = new Button("Run tournament");
        run.setId("runTournament");
        run.setDefaultButton(true);
        run.setOnAction(e -> guard(vm::startTournament));
        Button cancel = new Button("Cancel");
        cancel.setId("cancelRuns");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("tournamentProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("tournamentStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE); // the run list gives up height first, not the status
        runList.setId("labRuns");
        runList.chartStyleProperty().bind(vm.chartStyle());
        runList.setPrefHeight(170);
        runList.setMinHeight(120); // at least one whole run row when the tab is short (1280×800)
        VBox left = new VBox(6, search, list, chosen, new HBox(6, run, cancel), progress, status, new Label("Runs"),
                runList);
        left.setPadding(new Insets(6));
        left.setPrefWidth(340);
        left.setMinWidth(260);

        TableView<Standing> table = new TableView<>(vm.standings());
        table.setId("standings");
        table.getColumns().add(column("Rank", Standing::rank, 50));
        table.getColumns().add(column("Strategy", Standing::name, 165));
        table.getColumns().add(column("Score/turn", s -> fmt(s.score()), 110));
        table.getColumns().add(column("Wins", Standing::wins, 60));
        table.getColumns().add(column("Median", s -> fmt(s.median()), 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label empty = new Label("Choose strategies and run a tournament");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        ChartCanvas heat = canvas("payoffHeatMap");
        heat.chartProperty().bind(vm.heatMapProperty());
        Button exportHeat = new Button("Heat map…");
        exportHeat.setId("exportHeatMap");
        exportHeat.setOnAction(e -> exportTo("heat-map", "payoff-heat-map.pdf"));
        Button exportStandings = new Button("Standings…");
        exportStandings.setOnAction(e -> exportTo("standings", "standings.pdf"));
        Button latex = new Button("LaTeX…");
        latex.setId("exportLatex");
        latex.setOnAction(e -> {
            File f = chooser("standings.tex").showSaveDialog(getScene().getWindow());
            if (f != null) {
                try {
                    vm.writeLatex(f.toPath());
                } catch (java.io.IOException | RuntimeException x) {
                    error.setText("LaTeX table: " + x.getMessage());
                }
            }
        });
        exportStandings.setTooltip(new Tooltip("Export the standings chart (PNG, SVG, PDF, TikZ) with its recipe"));
        exportHeat.setTooltip(new Tooltip("Export the payoff heat map (PNG, SVG, PDF, TikZ) with its recipe"));
        latex.setTooltip(new Tooltip("Write the standings as a LaTeX booktabs table"));
        Label exportLabel = new Label("Export:");
        exportLabel.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane exports = new FlowPane(6, 4, exportLabel, exportStandings, exportHeat, latex);
        exports.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(exportStandings, exportHeat, latex)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox right = new VBox(6, table, exports);
        right.setMinWidth(0);
        VBox.setVgrow(table, Priority.ALWAYS);
        ChartCanvas box = canvas("scoreBoxPlot");
        box.chartProperty().bind(vm.boxPlotProperty());
        ChartCanvas wins = canvas("winPlot");
        wins.chartProperty().bind(vm.winPlotProperty());
        ChartCanvas coop = canvas("cooperationPlot");
        coop.chartProperty().bind(vm.cooperationPlotProperty());
        TabPane charts = new TabPane(tab("Heat map", "heatMapTab", heat),
                tab("Score box plots", "boxPlotTab", withExport(box, "box-plot", "score-box-plots.pdf")),
                tab("Wins", "winsTab", withExport(wins, "wins", "wins.pdf")),
                tab("Cooperation", "cooperationTab", withExport(coop, "cooperation", "cooperation-rates.pdf")));
        charts.setId("tournamentCharts");
        charts.setMinWidth(0);
        // standings beside the charts when there is room for both (a wide tab); otherwise (1280×800
        // with both side panels) the standings become the charts' first tab, so that the table's
        // columns, the chart tabs' headers and the charts' height stay whole
        SplitPane split = new SplitPane();
        split.setId("tournamentSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        Tab standingsTab = tab("Standings", "standingsTab", null);
        boolean[] shown = new boolean[1];
        StackPane centre = new StackPane() {
            @Override
            protected void layoutChildren() {
                boolean narrow = getWidth() > 0 && getWidth() < SIDE_BY_SIDE_WIDTH;
                if (narrow && standingsTab.getContent() == null) {
                    split.getItems().clear();
                    standingsTab.setContent(right);
                    charts.getTabs().add(0, standingsTab);
                    getChildren().setAll(charts);
                    if (!shown[0]) {
                        shown[0] = true;
                        charts.getSelectionModel().select(standingsTab);
                    }
                } else if (!narrow && split.getItems().isEmpty()) {
                    charts.getTabs().remove(standingsTab);
                    standingsTab.setContent(null);
                    split.getItems().setAll(right, charts);
                    split.setDividerPositions(0.46);
                    getChildren().setAll(split);
                }
                super.layoutChildren();
            }
        };
        split.getItems().setAll(right, charts);
        split.setDividerPositions(0.46);
        centre.getChildren().setAll(split);
        centre.setMinWidth(0);
        SplitPane all = new SplitPane(left, centre);
        all.setDividerPositions(0.3);
        return all;
    }

    /** A chart with its export button (PNG, SVG, PDF, TikZ by the file's extension, with its recipe). */
    private Node withExport(ChartCanvas chart, String item, String file) {
        Button b = new Button("Export…");
        b.setId("export-" + item);
        b.setTooltip(new Tooltip("Export this chart (PNG, SVG, PDF, TikZ) with its recipe; gtlab export re-makes it"));
        b.setOnAction(e -> exportTo(item, file));
        VBox v = new VBox(4, chart, b);
        VBox.setVgrow(chart, Priority.ALWAYS);
        v.setPadding(new Insets(0, 0, 4, 0));
        return v;
    }

    // ------------------------------------------------------------------ document and stage game

    private Node documentBar() {
        Button newDoc = new Button("New");
        newDoc.setId("newRepeatedDocument");
        newDoc.setTooltip(new Tooltip("A new repeated game: the Prisoner's Dilemma with the lab's defaults"));
        newDoc.setOnAction(e -> guard(vm::newDocument));
        Button open = new Button("Open…");
        open.setId("openRepeatedDocument");
        open.setOnAction(e -> {
            File f = docChooser().showOpenDialog(getScene().getWindow());
            if (f != null) {
                guardIo(() -> vm.openDocument(f.toPath()));
            }
        });
        Button save = new Button("Save");
        save.setId("saveRepeatedDocument");
        save.setOnAction(e -> {
            java.nio.file.Path p = vm.documentPathProperty().get();
            if (p != null) {
                guardIo(() -> vm.saveDocument(p));
            } else {
                saveAs();
            }
        });
        Button saveAs = new Button("Save as…");
        saveAs.setOnAction(e -> saveAs());
        Label file = new Label();
        file.setId("repeatedDocumentStatus");
        file.getStyleClass().add("muted");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            java.nio.file.Path p = vm.documentPathProperty().get();
            String st = vm.documentStatusProperty().get();
            return (p == null ? "Repeated game (not saved)" : p.getFileName().toString())
                    + (st == null || st.isEmpty() ? "" : " — " + st);
        }, vm.documentPathProperty(), vm.documentStatusProperty()));
        HBox bar = new HBox(6, new Label("Document:"), newDoc, open, save, saveAs, file);
        bar.setPadding(new Insets(6, 8, 0, 8));
        bar.setStyle("-fx-alignment: center-left;");
        return bar;
    }

    private void saveAs() {
        FileChooser fc = docChooser();
        fc.setInitialFileName("game.gtrepeated.json");
        File f = fc.showSaveDialog(getScene().getWindow());
        if (f != null) {
            guardIo(() -> vm.saveDocument(f.toPath()));
        }
    }

    private static FileChooser docChooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Repeated games", "*.gtrepeated.json",
                "*.json"), new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
    }

    /** An I/O action: its problem (file:line:column for a bad file) goes to the error line. */
    interface IoAction {
        void run() throws java.io.IOException;
    }

    void guardIo(IoAction a) {
        try {
            error.setText("");
            a.run();
        } catch (java.io.IOException | RuntimeException e) {
            error.setText(e.getMessage());
        }
    }

    private Node stageEditor() {
        org.gtlab.ui.editor.PayoffGrid grid = new org.gtlab.ui.editor.PayoffGrid(vm.stageEditor(),
                () -> org.gtlab.ui.editor.GridDecorations.NONE);
        grid.setId("stagePayoffGrid");
        grid.fitToViewProperty().set(true); // a 2×2 stage game fills the tab instead of a corner
        grid.chartStyleProperty().bind(vm.chartStyle());
        Label note = new Label("The stage game of every match, tournament and play (two players): type payoffs as in "
                + "the matrix editor (arrows, Tab, Enter, F2); the first row/column is \"cooperate\".");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        Label msg = new Label();
        msg.textProperty().bind(vm.stageEditor().messageProperty());
        VBox box = new VBox(6, note, grid, msg);
        VBox.setVgrow(grid, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "–";
    }

    private static <T> TableColumn<T, Object> column(String title, Function<T, Object> value, double width) {
        TableColumn<T, Object> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private ChartCanvas canvas(String id) {
        ChartCanvas c = new ChartCanvas();
        c.setId(id);
        c.chartStyleProperty().bind(vm.chartStyle());
        return c;
    }

    private static FileChooser chooser(String name) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(name);
        return fc;
    }

    private void exportTo(String item, String name) {
        File f = chooser(name).showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                vm.export(item, f.toPath());
            } catch (java.io.IOException | RuntimeException x) {
                error.setText("Export: " + x.getMessage());
            }
        }
    }

    // ------------------------------------------------------------------ match

    private ComboBox<String> strategyBox(String id, javafx.beans.property.StringProperty p) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        vm.library().forEach(i -> box.getItems().add(i.name()));
        vm.library().addListener((javafx.collections.ListChangeListener<StrategyItem>) c -> {
            String keep = box.getValue();
            box.getItems().setAll(vm.library().stream().map(StrategyItem::name).toList());
            box.setValue(keep);
        });
        p.addListener((o, a, b) -> box.setValue(b));
        box.setValue(p.get());
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                p.set(b);
            }
        });
        box.setVisibleRowCount(20);
        return box;
    }

    private TableView<RoundRow> roundTable(String id, javafx.collections.ObservableList<RoundRow> rows, String a,
            String b) {
        TableView<RoundRow> t = new TableView<>(rows);
        t.setId(id);
        t.getColumns().add(column("Round", RoundRow::round, 60));
        t.getColumns().add(column(a, RoundRow::action1, 120));
        t.getColumns().add(column(b, RoundRow::action2, 120));
        t.getColumns().add(column(a + " points", r -> RepeatedLabViewModel.num(r.payoff1()), 90));
        t.getColumns().add(column(b + " points", r -> RepeatedLabViewModel.num(r.payoff2()), 90));
        t.getColumns().add(column(a + " total", r -> RepeatedLabViewModel.num(r.total1()), 90));
        t.getColumns().add(column(b + " total", r -> RepeatedLabViewModel.num(r.total2()), 90));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(t, Priority.ALWAYS);
        return t;
    }

    private Node match() {
        ComboBox<String> a = strategyBox("matchA", vm.matchAProperty());
        ComboBox<String> b = strategyBox("matchB", vm.matchBProperty());
        Button play = new Button("Play match");
        play.setId("playMatch");
        play.setOnAction(e -> guard(vm::playMatch));
        Label summary = new Label();
        summary.setId("matchSummary");
        summary.textProperty().bind(vm.matchSummaryProperty());
        VBox box = new VBox(8, flow(pair("Row", a), pair("Column", b), play), summary,
                roundTable("matchRounds", vm.matchRounds(), "Row", "Column"));
        box.setPadding(new Insets(8));
        return box;
    }

    // ------------------------------------------------------------------ play

    private Node play() {
        ComboBox<String> opp = strategyBox("opponent", vm.opponentProperty());
        Button start = new Button("New game");
        start.setId("newGame");
        start.setOnAction(e -> guard(vm::newGame));
        HBox actions = new HBox(8);
        Runnable buildActions = () -> {
            actions.getChildren().setAll(new Label("Your move:"));
            List<String> labels = vm.actions1();
            for (int k = 0; k < labels.size(); k++) {
                int option = k;
                Button bt = new Button(labels.get(k));
                bt.setId("playAction" + k);
                bt.disableProperty().bind(vm.playOverProperty());
                bt.setOnAction(e -> guard(() -> vm.play(option)));
                actions.getChildren().add(bt);
            }
        };
        buildActions.run();
        vm.stageVersionProperty().addListener((o, a, b) -> buildActions.run());
        Label kept = new Label();
        kept.setId("keptGame");
        kept.textProperty().bind(vm.pendingPlayTextProperty());
        kept.setWrapText(true);
        Button resume = new Button("Resume");
        resume.setId("resumeGame");
        resume.setOnAction(e -> guard(vm::resumePlay));
        Button discard = new Button("Discard");
        discard.setId("discardGame");
        discard.setOnAction(e -> guard(vm::discardPlay));
        HBox keptBar = new HBox(8, kept, resume, discard);
        keptBar.setStyle("-fx-alignment: center-left;");
        keptBar.visibleProperty().bind(vm.pendingPlayProperty().isNotNull());
        keptBar.managedProperty().bind(keptBar.visibleProperty());
        Label score = new Label();
        score.setId("playScore");
        score.textProperty().bind(vm.playScoreProperty());
        score.setStyle("-fx-font-size: 1.2em;");
        Label autosave = new Label("Your game is kept after every round: close the lab and it is offered again.");
        autosave.getStyleClass().add("muted");
        VBox box = new VBox(8, keptBar, new HBox(8, new Label("Opponent"), opp, start), actions, score,
                roundTable("playRounds", vm.playRounds(), "You", "Opponent"), autosave);
        box.setPadding(new Insets(8));
        return box;
    }

    // ------------------------------------------------------------------ Moran

    private Node moran() {
        Spinner<Integer> pop = new Spinner<>(2, 1_000_000, vm.populationProperty().get(), 10);
        pop.setId("population");
        pop.valueProperty().addListener((o, a, b) -> vm.populationProperty().set(b));
        Spinner<Integer> ev = new Spinner<>(1, 10_000_000, vm.eventsProperty().get(), 1000);
        ev.setId("events");
        ev.valueProperty().addListener((o, a, b) -> vm.eventsProperty().set(b));
        ChoiceBox<String> mode = new ChoiceBox<>();
        mode.setId("moranMode");
        mode.getItems().addAll("bd", "db");
        mode.setValue(vm.moranModeProperty().get());
        mode.valueProperty().addListener((o, a, b) -> vm.moranModeProperty().set(b));
        Spinner<Double> mu = new Spinner<>(0.0, 1.0, vm.mutationProperty().get(), 0.001);
        mu.setId("mutation");
        mu.valueProperty().addListener((o, a, b) -> vm.mutationProperty().set(b));
        vm.populationProperty().addListener((o, a, b) -> pop.getValueFactory().setValue(b.intValue()));
        vm.eventsProperty().addListener((o, a, b) -> ev.getValueFactory().setValue(b.intValue()));
        vm.mutationProperty().addListener((o, a, b) -> mu.getValueFactory().setValue(b.doubleValue()));
        for (Spinner<?> s : List.of(pop, ev, mu)) {
            s.setEditable(true);
            s.setPrefWidth(110);
        }
        Button start = new Button("Run Moran process");
        start.setId("runMoran");
        start.setOnAction(e -> guard(vm::startMoran));
        Button export = new Button("Export shares…");
        export.setOnAction(e -> exportTo("moran", "moran-shares.pdf"));
        ChartCanvas chart = canvas("moranChart");
        chart.chartProperty().bind(vm.moranChartProperty());
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label note = new Label("Population of the tournament roster (Tournament tab), payoffs from a round robin "
                + "with the settings above; bd = birth–death, db = death–birth");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        VBox box = new VBox(8, flow(pair("Population N", pop), pair("Events", ev), pair("Update", mode),
                pair("Mutation μ", mu), start, export), note, chart);
        box.setPadding(new Insets(8));
        return box;
    }

    // ------------------------------------------------------------------ fingerprint

    private Node fingerprint() {
        ComboBox<String> strategy = strategyBox("fpStrategy", vm.fpStrategyProperty());
        ComboBox<String> probe = strategyBox("fpProbe", vm.fpProbeProperty());
        Spinner<Integer> grid = new Spinner<>(2, 201, vm.fpGridProperty().get(), 2);
        grid.setId("fpGrid");
        grid.valueProperty().addListener((o, a, b) -> vm.fpGridProperty().set(b));
        vm.fpGridProperty().addListener((o, a, b) -> grid.getValueFactory().setValue(b.intValue()));
        Spinner<Integer> matches = new Spinner<>(1, 100_000, vm.fpMatchesProperty().get(), 5);
        matches.setId("fpMatches");
        matches.valueProperty().addListener((o, a, b) -> vm.fpMatchesProperty().set(b));
        vm.fpMatchesProperty().addListener((o, a, b) -> matches.getValueFactory().setValue(b.intValue()));
        for (Spinner<?> s : List.of(grid, matches)) {
            s.setEditable(true);
            s.setPrefWidth(90);
        }
        Button run = new Button("Compute fingerprint");
        run.setId("runFingerprint");
        run.setOnAction(e -> guard(vm::startFingerprint));
        Button export = new Button("Export map…");
        export.setOnAction(e -> exportTo("fingerprint", "fingerprint.pdf"));
        ChartCanvas chart = canvas("fingerprintChart");
        chart.chartProperty().bind(vm.fingerprintChartProperty());
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label note = new Label("Ashlock & Kim (2008): the strategy's mean score per turn against JA(probe, x, y) for "
                + "x + y ≤ 1 and JA(dual probe, 1 − y, 1 − x) above; matches of 'Turns' rounds");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        VBox box = new VBox(8, flow(pair("Strategy", strategy), pair("Probe", probe), pair("Grid", grid),
                pair("Matches per point", matches), run, export), note, chart);
        box.setPadding(new Insets(8));
        return box;
    }

    // ------------------------------------------------------------------ TabDescription, close

    /** The view model (tests drive it). */
    public RepeatedLabViewModel viewModel() {
        return vm;
    }

    @Override
    public String tabTitle() {
        return vm.tabTitle();
    }

    @Override
    public String statusLine() {
        return vm.statusLine();
    }

    @Override
    public String inspectorText() {
        return vm.inspectorText();
    }

    @Override
    public long descriptionVersion() {
        return vm.descriptionVersion();
    }

    @Override
    public void close() {
        timer.stop();
        vm.close();
    }
}
