package org.gtlab.ui.reservoir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gtlab.chart.fx.ChartCanvas;
import org.gtlab.chart.model.XYChart;
import org.gtlab.figure.BrgFigures;
import org.gtlab.figure.RunCharts;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.MethodPreset;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.RunSpec;
import org.gtlab.run.Snapshot;
import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.LabRoom;
import org.gtlab.ui.workspace.RunList;
import org.gtlab.ui.workspace.RunListView;
import org.gtlab.ui.workspace.RunRow;
import org.gtlab.ui.workspace.TabDescription;

/**
 * The Body-Reservoir Governance lab (spec brg.md §7): choose a {@code brg-*} experiment of the catalog and a
 * preset, run it live on the app's run executor (progress, cancel; the runs in the shared {@link RunList}),
 * and watch four live charts built by {@code org.gtlab.figure.RunCharts} — for the live match
 * ({@code brg-exp6}) cooperation a(t), discomfort D(t), the spectral-radius estimate ρ̂(W) during
 * habituation and the governor's α(t); for the other experiments their first four declared metrics. Each
 * chart exports (PNG/SVG/PDF/TikZ) with a run-chart recipe, so {@code gtlab export RECIPE OUT} re-makes it.
 * Registered by one line in {@code ui.app.StandardLabs}.
 */
public final class ReservoirLab implements LabRoom {

    @Override
    public String id() {
        return "reservoir";
    }

    @Override
    public String title() {
        return "BRG reservoirs";
    }

    @Override
    public String description() {
        return "Body-Reservoir Governance: reservoir agents in the continuous Prisoner's Dilemma, Exp 1–10 and the "
                + "(d × τ_env) phase diagram, live";
    }

    @Override
    public Node open(LabContext context) {
        return new View(context);
    }

    /** The lab's tab content. */
    public static final class View extends BorderPane implements TabDescription, AutoCloseable {
        /** Metrics charted for the live match. */
        static final List<String> LIVE = List.of("action", "discomfort", "rho", "alpha");

        private final ComboBox<ExperimentFactory> method = new ComboBox<>();
        private final ComboBox<String> preset = new ComboBox<>();
        private final Spinner<Integer> seed = new Spinner<>(0, 1_000_000, 0);
        private final Button run = new Button("Run");
        private final Button cancel = new Button("Cancel");
        private final ProgressBar progress = new ProgressBar(0);
        private final Label status = new Label("Choose an experiment and press Run.");
        private final RunList<RunRow> runs;
        private final RunListView<RunRow> runView;
        private final LabContext context;
        private final LiveMatch live;
        private final List<ChartCanvas> canvases = new ArrayList<>();
        private final List<XYChart> charts = new ArrayList<>();
        private final AnimationTimer timer;
        private long version;

        View(LabContext context) {
            this.context = context;
            this.runs = new RunList<>(context.runs().get(), "action");
            this.runView = new RunListView<>(runs, new RunListView.RowActions<>(r -> rerun(r), null), true,
                    "No runs yet: choose an experiment and press Run");
            runView.setId("brg-runs");
            runView.chartStyleProperty().bind(context.chartStyle());
            var css = ReservoirLab.class.getResource(RunListView.STYLESHEET);
            if (css != null) {
                getStylesheets().add(css.toExternalForm());
            }
            for (ExperimentFactory f : context.methods().all()) {
                if (f.name().startsWith("brg-")) {
                    method.getItems().add(f);
                }
            }
            method.setId("brg-method");
            preset.setId("brg-preset");
            run.setId("brg-run");
            cancel.setId("brg-cancel");
            method.setButtonCell(cell());
            method.setCellFactory(l -> cell());
            method.valueProperty().addListener((o, a, b) -> presets());
            ExperimentFactory exp6 = method.getItems().stream().filter(f -> f.name().equals("brg-exp6")).findFirst()
                    .orElse(method.getItems().isEmpty() ? null : method.getItems().get(0));
            method.setValue(exp6);
            seed.setEditable(true);
            seed.setPrefWidth(90);
            run.setOnAction(e -> start());
            cancel.setOnAction(e -> runs.cancelAll());
            progress.setPrefWidth(160);
            // a flow of label + field pairs: one line on a wide tab, two on a narrow one (1280×800 with
            // both side panels), never a shortened label (issue 16 §8)
            method.setMinWidth(Region.USE_PREF_SIZE); // as wide as its longest title
            preset.setMinWidth(Region.USE_PREF_SIZE);
            run.setMinWidth(Region.USE_PREF_SIZE);
            cancel.setMinWidth(Region.USE_PREF_SIZE);
            FlowPane bar = new FlowPane(12, 6, pair("Experiment", method), pair("Preset", preset),
                    pair("Seed index", seed), new HBox(8, run, cancel), progress);
            bar.setAlignment(Pos.CENTER_LEFT);
            bar.setPadding(new Insets(8));
            VBox.setMargin(status, new Insets(0, 8, 4, 8));
            GridPane grid = new GridPane();
            grid.setHgap(6);
            grid.setVgap(6);
            grid.setPadding(new Insets(6));
            for (int i = 0; i < 4; i++) {
                ChartCanvas c = new ChartCanvas();
                c.setId("brg-chart-" + i);
                c.chartStyleProperty().bind(context.chartStyle());
                c.setPrefSize(420, 260);
                GridPane.setHgrow(c, Priority.ALWAYS);
                GridPane.setVgrow(c, Priority.ALWAYS);
                grid.add(c, i % 2, i / 2);
                canvases.add(c);
            }
            BorderPane experiments = new BorderPane(grid);
            experiments.setTop(new VBox(bar, status));
            runView.setPrefWidth(260);
            experiments.setRight(runView);
            live = new LiveMatch(context.background());
            TabPane tabs = new TabPane(new Tab("Live match", live), new Tab("Experiments", experiments),
                    new Tab("Paper vs code (§8)", Disagreements.view()));
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.setId("brg-tabs");
            setCenter(tabs);
            runs.onChange(l -> refresh());
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    runs.tick();
                    runView.update();
                }
            };
            timer.start();
        }

        /** A label and its field, kept together on one line of the flow. */
        private static HBox pair(String label, Node field) {
            Label l = new Label(label);
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.setLabelFor(field);
            HBox b = new HBox(6, l, field);
            b.setAlignment(Pos.CENTER_LEFT);
            return b;
        }

        /** Side panels of a finished phase run. */
        record Side(RunRow run, List<XYChart> charts) {
        }

        private Side sidePanels;
        private RunRow sideFor;
        private org.gtlab.ui.common.BackgroundExecutor.Job sideJob;
        private volatile boolean sideCancelled;

        /**
         * Computes the phase diagram's side panels (α_min, detection/recovery and the advantage's decomposition vs
         * L from the block-length sweep at d = 30, or the first d of the run if 30 is not in it) in the background.
         */
        private void sidePanels(RunRow r, int[] dims, int[] lengths) {
            int d = java.util.Arrays.stream(dims).anyMatch(x -> x == 30) ? 30 : dims[0];
            int seeds = (int) Math.max(1, Math.min(r.spec().params().integer("seeds"), 20));
            status.setText("Phase diagram done; computing the side panels (block-length sweep at d = " + d + ", "
                    + seeds + " seeds) …");
            sideCancelled = false;
            sideJob = context.background().submit(
                    () -> LiveMatchModel.sidePanels(d, lengths, seeds, () -> sideCancelled),
                    charts -> {
                        if (charts == null) {
                            return;
                        }
                        sidePanels = new Side(r, charts);
                        status.setText(r.name() + ": phase diagram and side panels (d = " + d + ")");
                        refresh();
                    }, ex -> status.setText("Side panels failed: " + ex.getMessage()));
        }

        /** The side-panel charts of the last finished phase run (empty until computed). */
        public List<XYChart> sideCharts() {
            return sidePanels == null ? List.of() : sidePanels.charts();
        }

        /** Starts the same spec again as a new row of the run list. */
        private void rerun(RunRow r) {
            int n = runs.nextNumber();
            RunRow row = new RunRow(n, r.spec(), (n - 1) % 8);
            runs.start(row);
            runs.selectedProperty().set(row);
            refresh();
        }

        /** The live match panel. */
        public LiveMatch liveMatch() {
            return live;
        }

        /** The shared run-list view of this lab. */
        public RunListView<RunRow> runListView() {
            return runView;
        }

        private static ListCell<ExperimentFactory> cell() {
            return new ListCell<>() {
                @Override
                protected void updateItem(ExperimentFactory f, boolean empty) {
                    super.updateItem(f, empty);
                    setText(empty || f == null ? null : f.title());
                }
            };
        }

        private void presets() {
            List<String> names = new ArrayList<>();
            names.add("(defaults)");
            ExperimentFactory f = method.getValue();
            if (f != null) {
                f.presets().forEach(p -> names.add(p.name()));
            }
            preset.setItems(FXCollections.observableArrayList(names));
            preset.setValue("(defaults)");
        }

        /** Selects an experiment and preset by name (tests, scripted tours). */
        public void choose(String methodName, String presetName) {
            for (ExperimentFactory f : method.getItems()) {
                if (f.name().equals(methodName)) {
                    method.setValue(f);
                }
            }
            if (presetName != null) {
                preset.setValue(presetName);
            }
        }

        /**
         * Starts the chosen experiment with the chosen preset and seed index; with the synchronous executor this
         * returns when the run has ended.
         *
         * @return the run's row, or null if it could not start (the reason is in the status line)
         */
        public RunRow start() {
            ExperimentFactory f = method.getValue();
            if (f == null) {
                status.setText("No BRG experiment in the catalog.");
                return null;
            }
            Map<String, String> settings = Map.of();
            String p = preset.getValue();
            if (p != null && !p.equals("(defaults)")) {
                MethodPreset mp = f.preset(p);
                settings = mp.settings();
            }
            try {
                RunSpec spec = RunSpec.of(f, settings, null, seed.getValue(), null);
                int n = runs.nextNumber();
                RunRow row = new RunRow(n, spec, (n - 1) % 8);
                status.setText("Running " + f.title() + (p == null ? "" : " · " + p) + " · seed index " + seed.getValue());
                runs.start(row);
                runs.selectedProperty().set(row);
                refresh();
                return row;
            } catch (IllegalArgumentException e) {
                status.setText("Cannot start: " + e.getMessage());
                return null;
            }
        }

        /** Rebuilds the charts and the progress from the selected run (FX thread). */
        public void refresh() {
            RunRow r = runs.selectedProperty().get();
            runView.update();
            if (r == null || r.latest() == null) {
                return;
            }
            double p = RunRow.progressOf(r.spec(), r.latest());
            progress.setProgress(p);
            // the x axis spans the planned length (steps done / share done), not the limits' ceiling
            long planned = p > 0 ? Math.max(1, Math.round(r.latest().step() / p)) : r.horizon();
            if (!r.isActive()) {
                status.setText(r.name() + ": " + RunRow.statusText(r.currentStatus()));
            }
            List<String> names = chartedMetrics(r.spec());
            version++;
            charts.clear();
            if (r.spec().method().equals("brg-phase") && r.latestPayload() != null
                    && r.latestPayload().payload("grid") != null) {
                Snapshot s = r.latestPayload();
                int[] dims = ints(r.spec().params().text("dims"));
                int[] lengths = ints(r.spec().params().text("lengths"));
                canvases.get(0).chartProperty().set(BrgFigures.phaseDiagram(dims, lengths,
                        s.payload("grid").toArray(), s.payload("sem").toArray(), s.payload("losing").toArray()));
                if (sidePanels != null && sidePanels.run() == r) {
                    for (int i = 1; i < canvases.size(); i++) {
                        canvases.get(i).chartProperty().set(sidePanels.charts().get(i - 1));
                    }
                } else {
                    for (int i = 1; i < canvases.size(); i++) {
                        canvases.get(i).chartProperty().set(null);
                    }
                    if (!r.isActive() && (sideJob == null || sideFor != r)) {
                        sideFor = r;
                        sidePanels(r, dims, lengths);
                    }
                }
                return;
            }
            RunCharts.Line line = new RunCharts.Line(r.name(), r.colour(), Math.min(planned, r.horizon()), r.record(), null,
                    r.spec().metrics());
            for (int i = 0; i < canvases.size(); i++) {
                if (i < names.size()) {
                    XYChart c = RunCharts.metric(List.of(line), names.get(i), false, r.spec().displayName());
                    charts.add(c);
                    canvases.get(i).chartProperty().set(c);
                } else {
                    canvases.get(i).chartProperty().set(null);
                }
            }
        }

        private static int[] ints(String text) {
            return java.util.Arrays.stream(text.split("[,;]")).mapToInt(t -> Integer.parseInt(t.strip())).toArray();
        }

        /** The four metrics charted for a run's method. */
        static List<String> chartedMetrics(RunSpec spec) {
            List<String> all = spec.metrics().stream().map(MetricSpec::name).toList();
            if (all.containsAll(LIVE)) {
                return LIVE;
            }
            return all.subList(0, Math.min(4, all.size()));
        }

        /** The charts on screen (built by the figure room). */
        public List<XYChart> charts() {
            return List.copyOf(charts);
        }

        /** The shared run list of this lab. */
        public RunList<RunRow> runs() {
            return runs;
        }

        /**
         * Exports chart {@code i} with its run-chart recipe (re-made by {@code gtlab export RECIPE OUT}).
         *
         * @return the recipe path
         * @throws IOException if writing fails
         */
        public Path export(int i, Path target) throws IOException {
            RunRow r = runs.selectedProperty().get();
            if (r == null || i >= charts.size()) {
                throw new IllegalArgumentException("no chart " + i + " to export: run an experiment first");
            }
            String metric = chartedMetrics(r.spec()).get(i);
            Exporter.Request req = new Exporter.Request(charts.get(i), ExportFormat.ofFileName(target.toString()),
                    ExportSize.PAPER_WIDE, 150, true, canvases.get(i).chartStyleProperty().get());
            Recipe recipe = Recipe.runChart("metric", metric, false,
                    List.of(new Recipe.RunEntry(r.name(), r.colour(), r.spec(), r.latest() == null ? 0
                            : r.latest().step())));
            return Exporter.write(req, target, recipe);
        }

        public Label statusLabel() {
            return status;
        }

        @Override
        public String tabTitle() {
            return "BRG reservoirs";
        }

        @Override
        public String statusLine() {
            return status.getText();
        }

        @Override
        public String inspectorText() {
            return "Body-Reservoir Governance (Nakamura, arXiv:2602.20846; spec brg.md). Where the manuscript and the "
                    + "author's code/data disagree, the code and CSV govern: the spectral clamp binds (ρ̂ = 0.99), "
                    + "Exp 2 payoffs are 2.891/2.766 (not 2.70/2.65), the phase grid has no sign change and the "
                    + "advantage falls with the block length; against a cooperator u(a,1) = 3 + 2(1−a), so the "
                    + "sentinel's edge over TfT is the bonus of cooperating at ≈0.98 instead of 1.";
        }

        @Override
        public long descriptionVersion() {
            return version;
        }

        @Override
        public void close() {
            timer.stop();
            live.close();
            sideCancelled = true;
            if (sideJob != null) {
                sideJob.cancel();
            }
            runs.cancelAll();
        }
    }
}
