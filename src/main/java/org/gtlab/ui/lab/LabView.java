package org.gtlab.ui.lab;

import org.gtlab.figure.RunCharts;

import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.fx.ChartCanvas;
import org.gtlab.run.RunStatus;
import org.gtlab.ui.common.FrameTimer;
import org.gtlab.ui.workspace.Icons;
import org.gtlab.ui.workspace.ReplayBar;
import org.gtlab.ui.workspace.RunListView;

/**
 * The Lab view of a team game (ui.md: one game, every view): the game and its parameters, the
 * paper presets and the run controls on top; the algorithms with their settings on the left; the
 * exploitability curves of all runs, the selected run's meta-game heat map, the run table with the
 * classifier's verdict, and the selected run's weights and policy. Thin: all state is in the
 * {@link LabViewModel}; an animation timer samples the runs at most 30 times a second.
 */
public final class LabView extends BorderPane {

    /** Minimum time between two samples of the runs (≤ 30 Hz). */
    static final long FRAME_NANOS = 1_000_000_000L / 30;

    private final LabViewModel vm;
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.paper());
    private final ChartCanvas curvesCanvas = new ChartCanvas();
    private final ChartCanvas metaCanvas = new ChartCanvas();
    private final ChartCanvas weightsCanvas = new ChartCanvas();
    private final ChartCanvas policyCanvas = new ChartCanvas();
    private final RunListView<LabRun> runList;
    private final ReplayBar replay;
    private long lastFrame;
    private final Label status = new Label();
    private final Button runButton = new Button("▶ Run");
    private final javafx.scene.control.ToggleButton algorithmsToggle = new javafx.scene.control.ToggleButton(
            "Algorithms");
    private final Button pauseButton = new Button("Pause all", Icons.pause());
    private final Button cancelButton = new Button("Cancel all", Icons.stop());
    private final AnimationTimer timer;
    private long frames;

    private final LabExportMenu exports;

    public LabView(LabViewModel vm) {
        this.exports = new LabExportMenu(this, vm, status::setText, this::frame);
        this.vm = vm;
        setId("labView");
        getStyleClass().add("lab-view");
        var css = LabView.class.getResource(RunListView.STYLESHEET);
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        runList = new RunListView<>(vm.list(), RunListView.RowActions.none(), false,
                "No runs yet: pick algorithms and press ▶ Run, or reproduce a figure");
        replay = new ReplayBar(vm.list());
        curvesCanvas.setId("labCurves");
        metaCanvas.setId("labMetaGame");
        weightsCanvas.setId("labWeights");
        policyCanvas.setId("labPolicy");
        javafx.beans.binding.ObjectBinding<ChartStyle> canvasStyle = Bindings.createObjectBinding(
                () -> canvasStyle(chartStyle.get()), chartStyle);
        for (ChartCanvas c : List.of(curvesCanvas, metaCanvas, weightsCanvas, policyCanvas)) {
            c.chartStyleProperty().bind(canvasStyle);
            c.setMinSize(160, 120);
            c.setPrefSize(360, 260);
        }
        curvesCanvas.chartProperty().bind(vm.curvesProperty());
        metaCanvas.chartProperty().bind(vm.metaGameProperty());
        weightsCanvas.chartProperty().bind(vm.weightsProperty());
        policyCanvas.chartProperty().bind(vm.policyProperty());

        setTop(controlBar());
        Tab metaTab = new Tab("Meta-game", chartPane(metaCanvas, vm.metaGameNoteProperty()));
        metaTab.setId("labMetaTab");
        Tab weightsTab = new Tab("Weights", chartPane(weightsCanvas, vm.weightsNoteProperty()));
        weightsTab.setId("labWeightsTab");
        Tab policyTab = new Tab("Policy", chartPane(policyCanvas, vm.policyNoteProperty()));
        policyTab.setId("labPolicyTab");
        TabPane runViews = new TabPane(metaTab, weightsTab, policyTab);
        runViews.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        runViews.setId("labRunViews");
        runViews.getStyleClass().add("lab-run-views");
        SplitPane lower = new SplitPane(runsPane(), runViews);
        lower.setDividerPositions(0.58);
        SplitPane main = new SplitPane(curvesPane(), lower);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.47);
        VBox algorithms = algorithmsPane();
        SplitPane all = new SplitPane(algorithms, main);
        all.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(algorithms, false);
        algorithmsToggle.setSelected(true);
        algorithmsToggle.selectedProperty().addListener((o, a, b) -> {
            if (b && !all.getItems().contains(algorithms)) {
                all.getItems().add(0, algorithms);
                all.setDividerPositions(0.22);
            } else if (!b) {
                all.getItems().remove(algorithms);
            }
        });
        setCenter(all);

        timer = FrameTimer.attach(this, FRAME_NANOS, this::frame);
        frame();
    }

    /**
     * The canvases' style: the theme's colours with a smaller font (the shell's screen style is
     * sized for the payoff grid; four charts share the lab's area).
     */
    static ChartStyle canvasStyle(ChartStyle s) {
        return s.withFont(s.fontFamily(), Math.max(10, Math.round(s.fontSize() * 0.72)));
    }

    /** The style the canvases draw with (the shell passes the theme's). */
    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    public LabViewModel model() {
        return vm;
    }

    /** One animation frame: sample the runs, refresh the controls. */
    void frame() {
        frames++;
        long now = System.nanoTime();
        replay.advance(lastFrame == 0 ? 0 : Math.min(0.25, (now - lastFrame) / 1e9));
        lastFrame = now;
        vm.tick();
        runList.update();
        long active = vm.activeCount();
        int n = vm.runs().size();
        status.setText(n == 0 ? "" : active == 0 ? n + (n == 1 ? " run" : " runs") + " finished"
                : active + " of " + n + " running");
        pauseButton.setDisable(active == 0);
        cancelButton.setDisable(active == 0);
        boolean anyPaused = vm.runs().stream().anyMatch(r -> r.statusProperty().get() == RunStatus.PAUSED);
        if (anyPaused != "Resume all".equals(pauseButton.getText())) {
            pauseButton.setText(anyPaused ? "Resume all" : "Pause all");
            pauseButton.setGraphic(anyPaused ? Icons.play() : Icons.pause());
        }
    }

    /** Animation frames so far (tests). */
    long frames() {
        return frames;
    }

    // ------------------------------------------------------------------ top bars

    /** The game bar: game, parameters, seed, paper-faithful mode (the team document shows it above its tabs). */
    static HBox gameBar(LabViewModel vm) {
        HBox parameterBox = new HBox(6);
        ChoiceBox<String> family = new ChoiceBox<>(vm.families());
        family.setId("labGame");
        family.valueProperty().bindBidirectional(vm.familyProperty());
        family.setMinWidth(Region.USE_PREF_SIZE);
        family.setTooltip(new Tooltip("The team game: fxp-example (counter-example game), sad (Seek-Attack-Defend), "
                + "team-rps (team rock-paper-scissors), or a symmetric zero-sum matrix game as one-agent teams"));
        vm.parameters().addListener((ListChangeListener<GameParameter>) c -> fillParameters(vm,
                parameterBox));
        fillParameters(vm, parameterBox);
        Label err = new Label();
        err.setId("labGameError");
        err.getStyleClass().add("lab-error");
        err.textProperty().bind(vm.gameErrorProperty());
        err.setMinWidth(0);
        err.setWrapText(false);
        Tooltip errTip = new Tooltip();
        errTip.textProperty().bind(vm.gameErrorProperty());
        errTip.setWrapText(true);
        errTip.setMaxWidth(480);
        err.setTooltip(errTip);
        TextField seed = new TextField(Long.toString(vm.seedProperty().get()));
        seed.setId("labSeed");
        seed.setPrefColumnCount(4);
        seed.setTooltip(new Tooltip("Seed of the runs (used by random initial policies: a setting init=rand)"));
        seed.textProperty().addListener((o, a, b) -> {
            try {
                vm.seedProperty().set(Long.parseLong(b.strip()));
                seed.getStyleClass().remove("invalid");
            } catch (NumberFormatException e) {
                if (!seed.getStyleClass().contains("invalid")) {
                    seed.getStyleClass().add("invalid");
                }
            }
        });
        CheckBox paper = new CheckBox("Paper-faithful");
        paper.setId("labPaper");
        paper.selectedProperty().bindBidirectional(vm.paperFaithfulProperty());
        paper.setMinWidth(Region.USE_PREF_SIZE);
        paper.setTooltip(new Tooltip("The authors' settings: FP-999 meta-solver, np.repeat self-play profile, first-20 "
                + "averaging,\nand their restricted exploiter metric on the chart (spec fxp-psro.md §10)"));
        HBox bar = new HBox(8, label("Game"), family, parameterBox, err, spacer(), label("Seed"), seed, paper);
        HBox.setHgrow(err, Priority.SOMETIMES);
        bar.getStyleClass().add("lab-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static void fillParameters(LabViewModel vm, HBox parameterBox) {
        parameterBox.getChildren().clear();
        for (GameParameter p : vm.parameters()) {
            TextField f = new TextField(p.text());
            f.setId("labParam-" + p.name());
            f.setPrefColumnCount(Math.max(3, Math.min(6, p.text().length() + 1)));
            f.textProperty().bindBidirectional(p.textProperty());
            f.setTooltip(new Tooltip(parameterDoc(vm.familyProperty().get(), p.name())));
            Label l = label(display(p.name()));
            parameterBox.getChildren().addAll(l, f);
        }
        parameterBox.setAlignment(Pos.CENTER_LEFT);
    }

    private static String display(String name) {
        return name.equals("eps") ? "ε" : name;
    }

    static String parameterDoc(String family, String name) {
        return switch (family + "/" + name) {
            case "fxp-example/N", "team-rps/N" -> "N: agents per team";
            case "fxp-example/C" -> "C: payoff of the whole team countering an all-greedy team (paper: 1.5)";
            case "fxp-example/eps" -> "ε: gain per agent of action 1 against an all-0 team (paper: 0.1)";
            case "sad/N" -> "N: agents per team (paper: 4; 13^N joint actions)";
            case "sad/A" -> "A: gain levels (paper: 10)";
            case "sad/c" -> "c: cost of an attacker (paper: 0)";
            case "sad/F" -> "F: attackers needed to attack (paper: 2)";
            default -> name;
        };
    }

    private HBox controlBar() {
        MenuButton presets = new MenuButton("Reproduce figure");
        presets.setId("labPresets");
        presets.getStyleClass().add("accent");
        for (LabPreset p : LabPreset.values()) {
            MenuItem m = new MenuItem(p.title());
            m.setId("labPreset-" + p.name());
            m.setOnAction(e -> {
                vm.reproduce(p);
                frame();
            });
            presets.getItems().add(m);
        }
        presets.setTooltip(new Tooltip("Xu et al., Fictitious Cross-Play (arXiv:2310.03354): the counter-example game, "
                + "SAD and team RPS\nwith the authors' parameters and the algorithms their figures compare"));
        runButton.setId("labRun");
        runButton.setDefaultButton(false);
        runButton.setTooltip(new Tooltip("Run the selected algorithms side by side on this game (replaces the runs)"));
        runButton.setOnAction(e -> {
            vm.run();
            frame();
        });
        pauseButton.setId("labPauseAll");
        pauseButton.setOnAction(e -> {
            if (vm.runs().stream().anyMatch(r -> r.statusProperty().get() == RunStatus.PAUSED)) {
                vm.resumeAll();
            } else {
                vm.pauseAll();
            }
            frame();
        });
        cancelButton.setId("labCancelAll");
        cancelButton.setTooltip(new Tooltip("Cancel every unfinished run (each keeps what it recorded)"));
        cancelButton.setOnAction(e -> {
            vm.cancelAll();
            frame();
        });
        Label msg = new Label();
        msg.setId("labMessage");
        msg.getStyleClass().add("muted");
        msg.textProperty().bind(vm.messageProperty());
        msg.setMinWidth(0);
        Tooltip msgTip = new Tooltip();
        msgTip.textProperty().bind(vm.messageProperty());
        msgTip.setWrapText(true);
        msgTip.setMaxWidth(520);
        msg.setTooltip(msgTip);
        HBox.setHgrow(msg, Priority.ALWAYS);
        MenuButton export = exports.menu();
        for (Region r : List.of(presets, runButton, pauseButton, cancelButton, export)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        algorithmsToggle.setId("labAlgorithmsToggle");
        algorithmsToggle.setTooltip(new Tooltip("Show or hide the list of algorithms and their settings"));
        algorithmsToggle.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, algorithmsToggle, presets, runButton, pauseButton, cancelButton, msg, export);
        bar.getStyleClass().add("lab-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    // ------------------------------------------------------------------ panes

    private VBox algorithmsPane() {
        Label head = new Label("ALGORITHMS");
        head.getStyleClass().add("section-title");
        ListView<AlgorithmChoice> list = new ListView<>(vm.algorithms());
        list.setId("labAlgorithms");
        list.setCellFactory(l -> new AlgorithmCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label("Settings: gtlab run --set values");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setTooltip(new Tooltip("Edit the line under an algorithm, e.g. meta=prd, oracle=damped, reset=false, "
                + "iterations=5, eta=0.5, init=rand, lr=0.05.\nA red frame means the settings cannot run on this game; "
                + "the tooltip says why."));
        VBox box = new VBox(4, head, list, hint);
        box.getStyleClass().add("lab-algorithms");
        box.setMinWidth(170);
        box.setPrefWidth(240);
        return box;
    }

    /** A check box with the algorithm's label, and its settings field under it. */
    private static final class AlgorithmCell extends ListCell<AlgorithmChoice> {
        private final CheckBox check = new CheckBox();
        private final TextField settings = new TextField();
        private final VBox box = new VBox(2, check, settings);
        private AlgorithmChoice bound;
        private final Tooltip tip = new Tooltip();

        AlgorithmCell() {
            settings.setPromptText("defaults");
            settings.getStyleClass().add("algorithm-settings");
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            check.setTooltip(tip);
            settings.setTooltip(tip);
            setPrefWidth(0);
        }

        private final javafx.beans.value.ChangeListener<String> problemListener = (o, a, b) -> showProblem();

        @Override
        protected void updateItem(AlgorithmChoice c, boolean empty) {
            super.updateItem(c, empty);
            if (bound != null) {
                check.selectedProperty().unbindBidirectional(bound.selectedProperty());
                settings.textProperty().unbindBidirectional(bound.settingsProperty());
                bound.problemProperty().removeListener(problemListener);
                bound = null;
            }
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = c;
            check.setText(c.label());
            check.setId("algo-" + c.label().replaceAll("[^A-Za-z0-9]+", "-"));
            check.selectedProperty().bindBidirectional(c.selectedProperty());
            settings.textProperty().bindBidirectional(c.settingsProperty());
            c.problemProperty().addListener(problemListener);
            showProblem();
            setGraphic(box);
            setText(null);
        }

        private void showProblem() {
            AlgorithmChoice c = bound;
            if (c == null) {
                return;
            }
            String p = c.problemProperty().get();
            settings.getStyleClass().remove("invalid");
            if (!p.isEmpty()) {
                settings.getStyleClass().add("invalid");
            }
            tip.setText(c.base().description() + " (method " + c.base().method() + ")"
                    + (p.isEmpty() ? "" : "\n\nCannot run: " + p));
        }
    }

    private VBox curvesPane() {
        ChoiceBox<String> metric = new ChoiceBox<>(vm.metrics());
        metric.setId("labMetric");
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(String m) {
                return m == null ? "" : RunCharts.label(m, vm.list().spec(m));
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        metric.setTooltip(new Tooltip("Team exploitability: max over all joint actions of the payoff against the "
                + "learner's solution\n(one-sided, = team NashConv / 2); restricted: the authors' clipped sum over "
                + "hand-picked exploiters"));
        CheckBox log = new CheckBox("Log scale");
        log.setId("labLog");
        log.selectedProperty().bindBidirectional(vm.logScaleProperty());
        status.getStyleClass().add("muted");
        status.setId("labStatus");
        metric.setPrefWidth(200);
        HBox.setHgrow(replay, Priority.SOMETIMES);
        HBox bar = new HBox(8, label("Compare"), metric, log, replay, spacer(), status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("charts-bar");
        Label empty = new Label("Exploitability curves of the runs appear here, one colour per algorithm.\n"
                + "Pick algorithms on the left and press ▶ Run, or reproduce one of the paper's figures.");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(vm.curvesProperty().isNull());
        StackPane stack = new StackPane(curvesCanvas, empty);
        VBox.setVgrow(stack, Priority.ALWAYS);
        return new VBox(2, bar, stack);
    }

    private StackPane chartPane(ChartCanvas canvas, ObservableValue<String> note) {
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(340);
        empty.setMouseTransparent(true);
        empty.textProperty().bind(note);
        empty.visibleProperty().bind(canvas.chartProperty().isNull());
        return new StackPane(canvas, empty);
    }

    private VBox runsPane() {
        runList.setId("labRuns");
        runList.chartStyleProperty().bind(chartStyle);
        VBox.setVgrow(runList, Priority.ALWAYS);
        Label verdict2 = new Label();
        verdict2.setId("labVerdict");
        verdict2.getStyleClass().add("lab-verdict");
        verdict2.textProperty().bind(vm.verdictProperty());
        verdict2.setWrapText(true);
        verdict2.setMinHeight(Region.USE_PREF_SIZE);
        Label head = new Label("RUNS — select one for its meta-game, weights, policy");
        head.getStyleClass().add("section-title");
        VBox box = new VBox(4, head, runList, verdict2);
        box.getStyleClass().add("lab-runs");
        return box;
    }

    private static Label label(String t) {
        Label l = new Label(t);
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    // ------------------------------------------------------------------ exports (LabExportMenu)

    /** The export dialog for the lab's charts, then a file chooser (Ctrl+E in the shell). */
    public void exportChartDialog() {
        exports.exportChartDialog();
    }

    /** The charts the view shows (tests). */
    List<Chart> shownCharts() {
        return java.util.stream.Stream.of(curvesCanvas, metaCanvas, weightsCanvas, policyCanvas)
                .map(c -> c.chartProperty().get()).filter(java.util.Objects::nonNull).toList();
    }

    /** The canvas of the curves (tests). */
    Node curvesNode() {
        return curvesCanvas;
    }
}
