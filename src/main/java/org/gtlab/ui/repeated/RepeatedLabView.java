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
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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

    public RepeatedLabView(RepeatedLabViewModel vm) {
        this.vm = vm;
        setId("repeatedLab");
        setTop(settings());
        TabPane tabs = new TabPane(tab("Tournament", "repeatedTournamentTab", tournament()),
                tab("Match", "repeatedMatchTab", match()), tab("Play", "repeatedPlayTab", play()),
                tab("Moran", "repeatedMoranTab", moran()), tab("Fingerprint", "repeatedFingerprintTab", fingerprint()));
        tabs.setId("repeatedTabs");
        setCenter(tabs);
        error.setId("repeatedError");
        error.getStyleClass().add("error");
        setBottom(error);
        BorderPane.setMargin(error, new Insets(2, 8, 4, 8));
        timer = new Timeline(new KeyFrame(Duration.millis(100), e -> vm.tick()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    private static Tab tab(String title, String id, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private void guard(Runnable r) {
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
        HBox bar = new HBox(8, stage, new Label("Turns"), turns, new Label("Repetitions"), reps, new Label("Noise"),
                noise, new Label("Continuation δ"), delta, new Label("Seed"), seed);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.setStyle("-fx-alignment: center-left;");
        return bar;
    }

    // ------------------------------------------------------------------ tournament

    private Node tournament() {
        TextField search = new TextField();
        search.setId("strategySearch");
        search.setPromptText("Search strategies");
        search.textProperty().bindBidirectional(vm.searchProperty());
        ListView<StrategyItem> list = new ListView<>(vm.filteredLibrary());
        list.setId("strategyList");
        for (StrategyItem i : vm.library()) {
            BooleanProperty p = new SimpleBooleanProperty(vm.chosen().contains(i.name()));
            p.addListener((o, a, b) -> {
                if (b) {
                    vm.chosen().add(i.name());
                } else {
                    vm.chosen().remove(i.name());
                }
            });
            checks.put(i.name(), p);
        }
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
        ListView<RunRow> runList = runList();
        VBox left = new VBox(6, search, list, chosen, new HBox(6, run, cancel), progress, status, new Label("Runs"),
                runList);
        left.setPadding(new Insets(6));
        left.setPrefWidth(340);
        left.setMinWidth(260);

        TableView<Standing> table = new TableView<>(vm.standings());
        table.setId("standings");
        table.getColumns().add(column("Rank", Standing::rank, 55));
        table.getColumns().add(column("Strategy", Standing::name, 190));
        table.getColumns().add(column("Score/turn", s -> fmt(s.score()), 100));
        table.getColumns().add(column("Wins", Standing::wins, 60));
        table.getColumns().add(column("Median", s -> fmt(s.median()), 90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("Choose strategies and run a tournament"));
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
        VBox right = new VBox(6, table, new HBox(6, new Label("Export:"), exportStandings, exportHeat, latex));
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane centre = new SplitPane(right, heat);
        centre.setOrientation(Orientation.HORIZONTAL);
        centre.setDividerPositions(0.42);
        SplitPane all = new SplitPane(left, centre);
        all.setDividerPositions(0.3);
        return all;
    }

    private ListView<RunRow> runList() {
        ListView<RunRow> runs = new ListView<>(vm.runs().rows());
        runs.setId("labRuns");
        runs.setPrefHeight(150);
        runs.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RunRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(r == null || empty ? null : r.name() + " — " + r.summaryProperty().get());
            }
        });
        vm.runs().versionProperty().addListener((o, a, b) -> runs.refresh());
        runs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.runs().selectedProperty().set(b);
                vm.runs().invalidate();
            }
        });
        return runs;
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
        VBox box = new VBox(8, new HBox(8, new Label("Row"), a, new Label("Column"), b, play), summary,
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
        HBox actions = new HBox(8, new Label("Your move:"));
        List<String> labels = vm.actions1();
        for (int k = 0; k < labels.size(); k++) {
            int option = k;
            Button bt = new Button(labels.get(k));
            bt.setId("playAction" + k);
            bt.disableProperty().bind(vm.playOverProperty());
            bt.setOnAction(e -> guard(() -> vm.play(option)));
            actions.getChildren().add(bt);
        }
        Label score = new Label();
        score.setId("playScore");
        score.textProperty().bind(vm.playScoreProperty());
        score.setStyle("-fx-font-size: 1.2em;");
        VBox box = new VBox(8, new HBox(8, new Label("Opponent"), opp, start), actions, score,
                roundTable("playRounds", vm.playRounds(), "You", "Opponent"));
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
        VBox box = new VBox(8, new HBox(8, new Label("Population N"), pop, new Label("Events"), ev,
                new Label("Update"), mode, new Label("Mutation μ"), mu, start, export), note, chart);
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
        VBox box = new VBox(8, new HBox(8, new Label("Strategy"), strategy, new Label("Probe"), probe,
                new Label("Grid"), grid, new Label("Matches per point"), matches, run, export), note, chart);
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
