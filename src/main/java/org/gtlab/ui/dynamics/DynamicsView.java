package org.gtlab.ui.dynamics;

import org.gtlab.ui.workspace.RunRow;
import org.gtlab.ui.workspace.RunExports;
import org.gtlab.figure.PortraitBuilder;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
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
import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.render.PortraitRenderer;
import org.gtlab.chart.fx.ChartCanvas;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.ui.common.FrameTimer;
import org.gtlab.ui.export.ExportDialog;
import org.gtlab.io.recipe.Exporter;

/**
 * The Dynamics view of a document (ui.md, "Dynamics and runs"): the phase portrait with its
 * dynamic, parameters, basins toggle and payoff slider on the left; the live charts of the runs on
 * the right (one metric of every run, log scale for NashConv; the selected run's strategy
 * frequencies); the run launcher and the run list with dashboard tiles below. An animation timer
 * samples the runs' latest snapshots at most 30 times a second; the portrait redraws whenever a new
 * picture arrives from its background computation. The run list is the workspace's shared
 * {@link org.gtlab.ui.workspace.RunListView}; a {@link org.gtlab.ui.workspace.ReplayBar} replays the
 * recorded snapshots; as a tab's content the view describes itself to the shell
 * ({@link org.gtlab.ui.workspace.TabDescription}, from its view model).
 */
public final class DynamicsView extends BorderPane implements org.gtlab.ui.workspace.TabDescription.Delegate {

    /** Minimum time between two samples of the runs (≤ 30 Hz). */
    static final long FRAME_NANOS = 1_000_000_000L / 30;

    private final DynamicsViewModel vm;
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.paper());
    /** Lecture mode multiplies the strokes by this and keeps the screen style's (lecture) font size. */
    static final double LECTURE_SCALE = 1.25;
    /** Lecture mode: share of the height for the portrait row, and of that row's width for the portrait. */
    static final double LECTURE_ROW = 0.72;
    static final double LECTURE_COLUMN = 0.6;

    private final javafx.beans.property.BooleanProperty lecture =
            new javafx.beans.property.SimpleBooleanProperty(this, "lecture");
    private final ChartCanvas portraitCanvas = new ChartCanvas();
    private final ChartCanvas metricCanvas = new ChartCanvas();
    private final ChartCanvas frequencyCanvas = new ChartCanvas();
    private final Label portraitMessage = new Label();
    private final Label hover = new Label();
    private final Label chartsEmpty = new Label("Live charts of the runs appear here:\none metric of every run, and the "
            + "selected run's strategy frequencies.");
    private final org.gtlab.ui.workspace.RunListView<RunRow> runList;
    private org.gtlab.ui.workspace.ReplayBar replay;
    private long lastFrame;
    private final SplitPane chartSplit = new SplitPane();
    private final Label status = new Label();
    private final AnimationTimer timer;
    private javafx.beans.binding.ObjectBinding<ChartStyle> denseStyle;
    private long portraitFrames;
    private long ticks;
    private long frameNanos;

    private final DynamicsExportMenu exports;

    public DynamicsView(DynamicsViewModel vm) {
        this.vm = vm;
        this.exports = new DynamicsExportMenu(this, vm, status::setText);
        setId("dynamicsView");
        getStyleClass().add("dynamics-view");
        var css = DynamicsView.class.getResource("/org/gtlab/ui/workspace/workspace.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        portraitCanvas.setId("portraitCanvas");
        metricCanvas.setId("metricCanvas");
        frequencyCanvas.setId("frequencyCanvas");
        // the dense charts of this view use a smaller font than the matrix (0.8 × the screen style);
        // in lecture mode the whole (lecture) font size and strokes × LECTURE_SCALE
        javafx.beans.binding.ObjectBinding<ChartStyle> dense = javafx.beans.binding.Bindings.createObjectBinding(
                () -> lecture.get() ? lectureStyle(chartStyle.get()) : chartStyle.get().withFont(
                        chartStyle.get().fontFamily(), Math.max(9, Math.round(chartStyle.get().fontSize() * 0.8))),
                chartStyle, lecture);
        for (ChartCanvas c : List.of(portraitCanvas, metricCanvas, frequencyCanvas)) {
            c.chartStyleProperty().bind(dense);
            c.setMinSize(160, 120);
        }
        // the two run charts share the portrait's height, under a bar that may wrap (1280×800 with
        // both side panels): smaller minimums keep their column within the portrait row
        metricCanvas.setMinHeight(70);
        frequencyCanvas.setMinHeight(70);
        this.denseStyle = dense;

        runList = new org.gtlab.ui.workspace.RunListView<>(vm.runs().list(),
                new org.gtlab.ui.workspace.RunListView.RowActions<>(r -> vm.runs().rerun(r), this::rowMenu), true,
                "No runs yet. Choose a method above and press ▶ Start run (F9);\n"
                        + "several runs are drawn side by side in the charts above.");
        runList.setId("runList");
        runList.chartStyleProperty().bind(chartStyle);
        setTop(portraitBar());
        SplitPane charts = new SplitPane(portraitPane(), chartsPane());
        charts.setDividerPositions(0.5);
        SplitPane main = new SplitPane(charts, scrolling(runsPane()));
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.6);
        main.setId("dynamicsSplit");
        setCenter(main);
        // lecture mode: the portrait row takes most of the height (the portrait at least half the view's)
        lecture.addListener((o, a, b) -> {
            main.setDividerPositions(b ? LECTURE_ROW : 0.6);
            charts.setDividerPositions(b ? LECTURE_COLUMN : 0.5);
        });

        // portrait
        portraitCanvas.chartProperty().bind(vm.portrait().chartProperty());
        vm.portrait().chartProperty().addListener((o, a, b) -> portraitFrames++);
        Runnable msg = () -> {
            boolean none = vm.portrait().chartProperty().get() == null;
            String m = vm.portrait().messageProperty().get();
            portraitMessage.setText(none ? (m == null || m.isEmpty() ? "Computing the portrait…" : m) : "");
            portraitMessage.setVisible(none);
        };
        vm.portrait().chartProperty().addListener((o, a, b) -> msg.run());
        vm.portrait().messageProperty().addListener((o, a, b) -> msg.run());
        msg.run();
        portraitCanvas.setOnMouseClicked(e -> {
            double[] x = pick(e.getX(), e.getY());
            if (x != null) {
                vm.portrait().click(x);
            }
        });
        portraitCanvas.setOnMouseMoved(e -> {
            double[] x = pick(e.getX(), e.getY());
            hover.setText(x == null ? "Click in the portrait to start a trajectory"
                    : "x = " + PortraitBuilder.format(x) + " — click to start a trajectory here");
        });
        portraitCanvas.setOnMouseExited(e -> hover.setText("Click in the portrait to start a trajectory"));
        hover.setText("Click in the portrait to start a trajectory");

        // runs
        metricCanvas.chartProperty().bind(vm.runs().metricChartProperty());
        frequencyCanvas.chartProperty().bind(vm.runs().frequencyChartProperty());

        timer = FrameTimer.attach(this, FRAME_NANOS, this::frame);
    }

    /**
     * A tab whose Dynamics view is built when the tab is first shown (the view models, run list and
     * tiles cost nothing until then), following the document's game, title and chart style; its
     * view model comes from {@code models} (the composition root's {@link DynamicsViewModel#factory}).
     */
    public static Tab tab(ObservableValue<NormalFormGame> game, ObservableValue<String> title,
            ObservableValue<ChartStyle> style, java.util.function.BiFunction<NormalFormGame, String, DynamicsViewModel> models) {
        return tab(game, title, style, new javafx.beans.property.SimpleBooleanProperty(false), models);
    }

    /** {@link #tab(ObservableValue, ObservableValue, ObservableValue, java.util.function.BiFunction)} following lecture mode. */
    public static Tab tab(ObservableValue<NormalFormGame> game, ObservableValue<String> title,
            ObservableValue<ChartStyle> style, ObservableValue<Boolean> lecture,
            java.util.function.BiFunction<NormalFormGame, String, DynamicsViewModel> models) {
        Tab t = new Tab("Dynamics");
        t.setId("dynamicsTab");
        t.setClosable(false);
        Runnable build = () -> {
            if (t.getContent() != null) {
                return;
            }
            DynamicsViewModel m = models.apply(game.getValue(), clean(title.getValue()));
            DynamicsView v = new DynamicsView(m);
            v.chartStyle.bind(style);
            v.lecture.bind(lecture);
            game.addListener((o, a, b) -> m.setGame(b, clean(title.getValue())));
            t.setContent(v);
        };
        t.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                build.run();
            }
        });
        t.setUserData(build);
        return t;
    }

    /** The view inside a tab made by {@link #tab}, built now if it was not yet. */
    public static DynamicsView of(Tab t) {
        if (t.getContent() == null && t.getUserData() instanceof Runnable) {
            ((Runnable) t.getUserData()).run();
        }
        return (DynamicsView) t.getContent();
    }

    /**
     * The charts' style in lecture mode: the screen style's font size (already the lecture size
     * there) as the effective size, and strokes, markers and point sizes × {@link #LECTURE_SCALE}.
     */
    static ChartStyle lectureStyle(ChartStyle s) {
        return s.withFont(s.fontFamily(), s.fontSize() / LECTURE_SCALE).withScale(s.scale() * LECTURE_SCALE);
    }

    /** Lecture mode (F11): larger fonts and strokes, and the portrait takes most of the view. */
    public javafx.beans.property.BooleanProperty lectureProperty() {
        return lecture;
    }

    /**
     * A choice as wide as its text, never narrower (issue 16 §8: a fixed width cut "This game
     * (Rock-Paper-Scissors)" with "…" at 1280×800; lecture mode's larger type needs more too). The
     * bars holding the choices are flows, so a wide choice moves to the next line instead.
     */
    static void fitToText(Region r) {
        r.setPrefWidth(Region.USE_COMPUTED_SIZE);
        r.setMinWidth(Region.USE_PREF_SIZE);
    }

    private static String clean(String title) {
        return title == null ? "" : title.replace("• ", "");
    }

    private double[] pick(double x, double y) {
        PortraitChart c = vm.portrait().chartProperty().get();
        if (c == null) {
            return null;
        }
        PortraitRenderer.Frame f = PortraitRenderer.frame(c, denseStyle.get(), portraitCanvas.getWidth(),
                portraitCanvas.getHeight());
        return f.pick(x, y, 6);
    }

    /** One animation frame: sample the runs and refresh the rows. */
    void frame() {
        long t0 = System.nanoTime();
        ticks++;
        long now = System.nanoTime();
        replay.advance(lastFrame == 0 ? 0 : Math.min(0.25, (now - lastFrame) / 1e9));
        lastFrame = now;
        vm.tick();
        runList.update();
        frameNanos += System.nanoTime() - t0;
        boolean none = vm.runs().rows().isEmpty();
        chartsEmpty.setVisible(none);
        chartSplit.setVisible(!none);
    }

    // ------------------------------------------------------------------ layout

    private javafx.scene.layout.FlowPane portraitBar() {
        PortraitViewModel p = vm.portrait();
        ChoiceBox<ExperimentFactory> dyn = new ChoiceBox<>(p.dynamics());
        dyn.setId("dynamicChoice");
        dyn.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExperimentFactory f) {
                return f == null ? "" : f.title();
            }

            @Override
            public ExperimentFactory fromString(String s) {
                return null;
            }
        });
        dyn.valueProperty().bindBidirectional(p.dynamicProperty());
        fitToText(dyn);
        Tooltip dynTip = new Tooltip();
        dynTip.setWrapText(true);
        dynTip.setMaxWidth(420);
        dyn.setTooltip(dynTip);
        Runnable tip = () -> dynTip.setText(p.dynamicProperty().get() == null ? ""
                : p.dynamicProperty().get().description());
        p.dynamicProperty().addListener((o, a, b) -> tip.run());
        tip.run();
        HBox params = new HBox(8);
        params.setAlignment(Pos.CENTER_LEFT);
        Runnable fill = () -> {
            params.getChildren().clear();
            for (ParamField f : p.fields()) {
                Label l = new Label(f.symbol());
                l.setMinWidth(Region.USE_PREF_SIZE);
                l.setTooltip(new Tooltip(f.tooltip()));
                HBox pair = new HBox(5, l, ParamForms.control(f, "portrait-"));
                pair.setAlignment(Pos.CENTER_LEFT);
                params.getChildren().add(pair);
            }
        };
        p.fields().addListener((ListChangeListener<ParamField>) c -> fill.run());
        fill.run();
        CheckBox basins = new CheckBox("Basins");
        basins.setId("basinsToggle");
        basins.selectedProperty().bindBidirectional(p.basinsProperty());
        basins.setTooltip(new Tooltip("Shade the basin of attraction of every stable rest point in its colour"));
        Button clear = new Button("Clear");
        clear.setTooltip(new Tooltip("Remove the trajectories started by clicking"));
        clear.setId("clearTrajectories");
        clear.setOnAction(e -> p.clearTrajectories());
        Label dl = new Label("Dynamic");
        dl.setMinWidth(Region.USE_PREF_SIZE);
        HBox first = new HBox(6, dl, dyn);
        first.setAlignment(Pos.CENTER_LEFT);
        MenuButton export = exports.menu();
        export.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        basins.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 4, first, params, basins, clear, export);
        bar.getStyleClass().add("dynamics-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox portraitPane() {
        portraitMessage.getStyleClass().add("empty-state");
        portraitMessage.setWrapText(true);
        portraitMessage.setMaxWidth(360);
        Label busy = new Label("computing…");
        busy.getStyleClass().add("muted");
        busy.setMouseTransparent(true);
        busy.visibleProperty().bind(vm.portrait().computingProperty());
        StackPane stack = new StackPane(portraitCanvas, portraitMessage, busy);
        StackPane.setAlignment(busy, Pos.TOP_RIGHT);
        StackPane.setMargin(busy, new javafx.geometry.Insets(4, 8, 0, 0));
        VBox.setVgrow(stack, Priority.ALWAYS);
        hover.getStyleClass().add("muted");
        hover.setId("portraitHover");
        VBox box = new VBox(2, stack, sliderBar(), hover);
        box.getStyleClass().add("portrait-pane");
        return box;
    }

    private HBox sliderBar() {
        PortraitViewModel p = vm.portrait();
        ChoiceBox<PortraitViewModel.PayoffEntry> entry = new ChoiceBox<>(p.entries());
        entry.setId("payoffEntry");
        entry.valueProperty().bindBidirectional(p.entryProperty());
        entry.setTooltip(new Tooltip("The payoff the slider changes (in one population, a(i, j) is i's payoff against "
                + "j;\nthe mirrored payoff moves with it so that the game stays symmetric)"));
        Slider slider = new Slider();
        slider.setId("payoffSlider");
        slider.minProperty().bind(p.minProperty());
        slider.maxProperty().bind(p.maxProperty());
        slider.valueProperty().bindBidirectional(p.valueProperty());
        slider.setBlockIncrement(PortraitViewModel.SLIDER_STEP);
        slider.setTooltip(new Tooltip("Drag: the portrait redraws live (the document's game is not changed)"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label value = new Label();
        value.setId("payoffValue");
        value.getStyleClass().add("payoff-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        Runnable v = () -> value.setText(String.format(Locale.ROOT, "%.2f", Math.round(p.valueProperty().get()
                / PortraitViewModel.SLIDER_STEP) * PortraitViewModel.SLIDER_STEP));
        p.valueProperty().addListener((o, a, b) -> v.run());
        v.run();
        Button reset = new Button("Reset");
        reset.setId("resetPayoffs");
        reset.setTooltip(new Tooltip("Back to the document's payoffs"));
        reset.setOnAction(e -> p.resetPayoffs());
        Label pl = new Label("Payoff");
        pl.setMinWidth(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        fitToText(entry);
        // small minimums, so that with both side panels open at 1280×800 the portrait and the charts
        // fit side by side (the slider and its value give way, never a label)
        slider.setMinWidth(40);
        HBox bar = new HBox(8, pl, entry, slider, value, reset);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("slider-bar");
        return bar;
    }

    private VBox chartsPane() {
        LiveRunsViewModel r = vm.runs();
        ChoiceBox<String> metric = new ChoiceBox<>(r.metrics());
        metric.setId("metricChoice");
        metric.valueProperty().bindBidirectional(r.metricProperty());
        metric.setTooltip(new Tooltip("The metric compared across runs"));
        // the methods' own labels ("NashConv (average)"); the tooltip of the choice gives the definition
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(String m) {
                return m == null ? "" : org.gtlab.figure.RunCharts.label(m, r.list().spec(m));
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        r.metricProperty().addListener((o, a, b) -> metric.getTooltip().setText(b == null ? ""
                : r.describe(b)));
        fitToText(metric);
        CheckBox log = new CheckBox("Log scale");
        log.setId("logScale");
        log.selectedProperty().bindBidirectional(r.logScaleProperty());
        replay = new org.gtlab.ui.workspace.ReplayBar(r.list());
        // its slider gives way first: the bar's widest item sets how narrow the charts can be
        replay.setPrefWidth(250);
        Label compare = new Label("Compare");
        compare.setMinWidth(Region.USE_PREF_SIZE);
        log.setMinWidth(Region.USE_PREF_SIZE);
        // a flow, not a row: beside the portrait with both side panels open (1280×800) the replay
        // controls wrap onto a second line instead of widening the view beyond the window
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 4, compare, metric, log, replay);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("charts-bar");
        SplitPane split = chartSplit;
        split.getItems().setAll(metricCanvas, frequencyCanvas);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        split.setVisible(false);
        chartsEmpty.getStyleClass().add("empty-state");
        chartsEmpty.setWrapText(true);
        chartsEmpty.setMouseTransparent(true);
        StackPane stack = new StackPane(split, chartsEmpty);
        VBox.setVgrow(stack, Priority.ALWAYS);
        return new VBox(2, bar, stack);
    }

    private VBox runsPane() {
        LauncherPane launcher = new LauncherPane(vm.launcher(), lecture);
        Label head = new Label("RUNS");
        head.getStyleClass().add("section-title");
        Button pauseAll = new Button("Pause all");
        pauseAll.setId("pauseAll");
        pauseAll.setOnAction(e -> vm.runs().pauseAll());
        Button cancelAll = new Button("Cancel all");
        cancelAll.setId("cancelAll");
        cancelAll.setOnAction(e -> vm.runs().cancelAll());
        Button recipe = new Button("Re-run recipe…");
        recipe.setId("rerunRecipe");
        recipe.setTooltip(new Tooltip("Start a run from a recipe file (*.recipe.json)"));
        recipe.setOnAction(e -> exports.rerunRecipeDialog());
        status.getStyleClass().add("muted");
        status.setId("runsStatus");
        status.setMinWidth(0);
        vm.launcher().messageProperty().addListener((o, a, b) -> status.setText(b));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, head, status, spacer, recipe, pauseAll, cancelAll);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("runs-header");
        VBox.setVgrow(runList, Priority.ALWAYS);
        VBox runs = new VBox(4, header, runList);
        runs.getStyleClass().add("runs-pane");
        VBox.setVgrow(runs, Priority.ALWAYS);
        VBox box = new VBox(launcher, runs);
        box.getStyleClass().add("runs-area");
        return box;
    }

    /**
     * The runs area in a scroll pane that fills it: when the split (lecture mode gives the portrait
     * most of the height) leaves less than the launcher and the run list need, the area scrolls
     * instead of being cut at the window's bottom edge or drawn over the portrait's hint.
     */
    private javafx.scene.control.ScrollPane scrolling(Region content) {
        javafx.scene.control.ScrollPane sp = new javafx.scene.control.ScrollPane(content);
        sp.setId("runsScroll");
        sp.setFitToWidth(true);
        sp.setFitToHeight(true);
        sp.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        sp.getStyleClass().add("edge-to-edge");
        sp.setMinHeight(0);
        return sp;
    }

    /** A row's "More" menu: save its recipe, export its data, remove it. */
    private List<MenuItem> rowMenu(RunRow row) {
        int n = row.number();
        MenuItem recipe = new MenuItem("Save recipe…");
        recipe.setId("saveRecipe" + n);
        recipe.setOnAction(e -> exports.saveRecipeDialog(row));
        MenuItem csv = new MenuItem("Export data as CSV (with recipe)…");
        csv.setOnAction(e -> exports.exportDataDialog(row, RunExports.DataFormat.CSV));
        MenuItem json = new MenuItem("Export data as JSON (with recipe)…");
        json.setOnAction(e -> exports.exportDataDialog(row, RunExports.DataFormat.JSON));
        MenuItem remove = new MenuItem("Remove from the list");
        remove.setId("remove" + n);
        remove.setOnAction(e -> vm.runs().remove(row));
        return List.of(recipe, csv, json, new SeparatorMenuItem(), remove);
    }

    // ------------------------------------------------------------------ export (DynamicsExportMenu)

    /** The charts this view can export (with captions), portrait first; their recipes are remembered. */
    public List<ExportDialog.Item> exportItems() {
        return exports.exportItems();
    }

    /** The recipe written beside an exported chart (one from {@link #exportItems}). */
    org.gtlab.io.recipe.Recipe recipeOf(Chart c) {
        return exports.recipeOf(c);
    }

    /** Exports a chart (the portrait or a runs chart) with its recipe; empty with the reason in the status line. */
    public Optional<Path> exportChart(Exporter.Request r, Path target) {
        return exports.exportChart(r, target);
    }

    /** Writes the portrait's data (JSON) and recipe; false if there is no portrait. */
    public boolean exportPortraitData(Path target) {
        return exports.exportPortraitData(target);
    }

    // ------------------------------------------------------------------ access

    /** Starts a run with the launcher's settings (F9). */
    public void startRun() {
        vm.launcher().start();
    }

    /** What the shell shows while this is the active tab: the view model's description. */
    @Override
    public org.gtlab.ui.workspace.TabDescription description() {
        return vm;
    }

    public DynamicsViewModel model() {
        return vm;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    public ChartCanvas portraitCanvas() {
        return portraitCanvas;
    }

    public ChartCanvas metricCanvas() {
        return metricCanvas;
    }

    /** Portraits shown so far (one redraw each): the frame counter of the payoff-slider measurement. */
    public long portraitFrames() {
        return portraitFrames;
    }

    /** Total time spent sampling runs and rebuilding charts on the FX thread (layout and drawing excluded), ms. */
    public double frameMillis() {
        return frameNanos / 1e6;
    }

    /** Animation frames that sampled the runs. */
    public long ticks() {
        return ticks;
    }
}
