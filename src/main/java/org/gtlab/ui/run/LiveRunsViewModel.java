package org.gtlab.ui.run;

import org.gtlab.figure.RunCharts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gtlab.chart.model.XYChart;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.Snapshot;

/**
 * The runs of one document: starting, re-running and removing runs, and the live charts drawn from
 * them. Runs execute on the {@link RunExecutor} (a background pool in the app, the synchronous twin
 * in tests); workers only store each run's latest snapshot ({@link RunRowViewModel}), and
 * {@link #tick()} — called by the view's animation timer at most 30 times a second — refreshes the
 * rows and rebuilds the chart models when something changed. FX-thread only.
 */
public final class LiveRunsViewModel {

    private final RunExecutor executor;
    private final ObservableList<RunRowViewModel> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RunRowViewModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty metric = new SimpleStringProperty(this, "metric", "nash_conv");
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", true);
    private final ObservableList<String> metrics = FXCollections.observableArrayList("nash_conv");
    private final ReadOnlyObjectWrapper<XYChart> metricChart = new ReadOnlyObjectWrapper<>(this, "metricChart");
    private final ReadOnlyObjectWrapper<XYChart> frequencyChart = new ReadOnlyObjectWrapper<>(this, "frequencyChart");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int counter;
    private String lastMetric = "nash_conv";
    private final javafx.beans.property.ReadOnlyLongWrapper version = new javafx.beans.property.ReadOnlyLongWrapper(
            this, "version");
    private boolean dirty = true;

    public LiveRunsViewModel(RunExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        metric.addListener((o, a, b) -> {
            if (b != null) {
                lastMetric = b;
                logScale.set(RunCharts.logByDefault(b));
            }
            dirty = true;
        });
        logScale.addListener((o, a, b) -> dirty = true);
        selected.addListener((o, a, b) -> dirty = true);
    }

    /**
     * Starts a recipe as a new row (selected). With the synchronous executor this returns when the
     * run has ended or paused.
     *
     * @param extra further listeners (tests use them to pause at a given step)
     * @throws IllegalArgumentException if the recipe cannot run
     */
    public RunRowViewModel start(RunSpec spec, RunListener... extra) {
        int n = ++counter;
        RunRowViewModel row = new RunRowViewModel(n, spec, (n - 1) % 8);
        rows.add(row);
        selected.set(row);
        RunListener[] ls = new RunListener[extra.length + 2];
        ls[0] = row.listener();
        // the synchronous executor calls listeners before start returns: attach the handle early
        ls[1] = new RunListener() {
            @Override
            public void statusChanged(RunHandle run, org.gtlab.run.RunStatus status) {
                if (row.handle() == null) {
                    row.attach(run);
                }
            }
        };
        System.arraycopy(extra, 0, ls, 2, extra.length);
        try {
            RunHandle h = executor.start(spec, ls);
            row.attach(h);
        } catch (RuntimeException e) {
            rows.remove(row);
            counter--;
            throw e;
        }
        dirty = true;
        message.set("Started " + row.name());
        tick();
        return row;
    }

    /** Starts the row's recipe again (same spec and seed: the same data). */
    public RunRowViewModel rerun(RunRowViewModel row) {
        return start(row.spec());
    }

    /**
     * Reads a run recipe and starts it; games given by name are looked up in the catalog or as
     * files relative to the recipe's folder.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a valid recipe
     */
    public RunRowViewModel startRecipe(Path recipe) throws IOException {
        return start(readRecipe(recipe));
    }

    /** A run recipe from a file (see {@link #startRecipe}). */
    public static RunSpec readRecipe(Path recipe) throws IOException {
        String text = Files.readString(recipe, StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode node = org.gtlab.run.Json.parse(text);
        if (org.gtlab.io.recipe.Recipe.FORMAT.equals(node.path("format").asText())) {
            org.gtlab.io.recipe.Recipe r = org.gtlab.io.recipe.Recipes.parse(node, org.gtlab.ui.run.RunServices.catalog());
            List<org.gtlab.io.recipe.Recipe.RunEntry> runs = r.runs(org.gtlab.ui.run.RunServices.catalog());
            if (runs.size() != 1) {
                throw new IllegalArgumentException(recipe.getFileName() + ": a " + r.kind().id() + " recipe with "
                        + runs.size() + " runs, expected one run");
            }
            return runs.get(0).spec();
        }
        Path dir = recipe.toAbsolutePath().getParent();
        return RunSpec.fromJson(text, name -> {
            try {
                Path p = dir == null ? Path.of(name) : dir.resolve(name);
                return GameFiles.resolve(Files.isRegularFile(p) ? p.toString() : name);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot load game \"" + name + "\": " + e.getMessage(), e);
            }
        }, RunServices.catalog());
    }

    /** Removes a finished row (cancels it first if it is still running). */
    public void remove(RunRowViewModel row) {
        row.cancel();
        rows.remove(row);
        if (selected.get() == row) {
            selected.set(rows.isEmpty() ? null : rows.get(rows.size() - 1));
        }
        dirty = true;
        tick();
    }

    /** Cancels every unfinished run. */
    public void cancelAll() {
        for (RunRowViewModel r : rows) {
            r.cancel();
        }
    }

    /** Pauses every running run. */
    public void pauseAll() {
        for (RunRowViewModel r : rows) {
            r.pause();
        }
    }

    /** Number of runs not yet finished. */
    public long activeCount() {
        return rows.stream().filter(r -> r.handle() != null && !r.handle().status().isTerminal()).count();
    }

    /**
     * Refreshes every row from its latest snapshot and rebuilds the charts if anything changed
     * (FX thread; the view calls it from an animation timer at ≤ 30 Hz).
     *
     * @return true if the charts were rebuilt
     */
    public boolean tick() {
        boolean changed = dirty;
        for (RunRowViewModel r : rows) {
            changed |= r.refresh();
        }
        if (!changed) {
            return false;
        }
        dirty = false;
        rebuild();
        version.set(version.get() + 1);
        return true;
    }

    private void rebuild() {
        List<RunCharts.Line> lines = new ArrayList<>();
        for (RunRowViewModel r : rows) {
            lines.add(line(r));
        }
        RunRowViewModel sel = selected.get();
        Snapshot s = sel == null ? null : sel.latest();
        List<String> ms = RunCharts.plottableMetrics(s);
        if (!ms.isEmpty() && !ms.equals(metrics)) {
            // a choice box bound to the metric clears it when its items change: keep the choice
            String wanted = metric.get();
            metrics.setAll(ms);
            metric.set(wanted != null && ms.contains(wanted) ? wanted
                    : ms.contains(lastMetric) ? lastMetric : ms.contains("nash_conv") ? "nash_conv" : ms.get(0));
        }
        if (rows.isEmpty()) {
            metricChart.set(null);
            frequencyChart.set(null);
            return;
        }
        String m = metric.get() == null ? lastMetric : metric.get();
        metricChart.set(screen(RunCharts.metric(lines, m, logScale.get(), "")));
        frequencyChart.set(sel == null ? null : screen(RunCharts.frequencies(line(sel), "")));
    }

    /** On screen the chooser above the charts says what they show: no title (exports keep it). */
    private static XYChart screen(XYChart c) {
        return c == null ? null : new XYChart("", "", c.x(), c.y(), c.series(), c.markers(), c.legend(), c.square());
    }

    /** The metric the comparison chart shows (the chosen one, or the last one shown). */
    public String shownMetric() {
        return metric.get() == null ? lastMetric : metric.get();
    }

    /** The comparison chart for export: with a caption naming the runs (null without runs). */
    public XYChart metricChartForExport() {
        if (rows.isEmpty()) {
            return null;
        }
        List<RunCharts.Line> lines = new ArrayList<>();
        rows.forEach(r -> lines.add(line(r)));
        return RunCharts.metric(lines, metric.get() == null ? lastMetric : metric.get(), logScale.get(),
                RunCharts.caption(lines));
    }

    /** The selected run's frequencies for export, with a caption (null if none). */
    public XYChart frequencyChartForExport() {
        RunRowViewModel sel = selected.get();
        return sel == null ? null : RunCharts.frequencies(line(sel), sel.name());
    }

    /** The chart view of a row. */
    public static RunCharts.Line line(RunRowViewModel r) {
        NormalFormGame g = r.spec().game() == null ? null : r.spec().game().game();
        return new RunCharts.Line(r.shortName(), r.colour(), r.spec().limits().maxSteps(), r.record(), g);
    }

    /** Increases whenever the charts were rebuilt. */
    public javafx.beans.property.ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ObservableList<RunRowViewModel> rows() {
        return rows;
    }

    public ObjectProperty<RunRowViewModel> selectedProperty() {
        return selected;
    }

    /** The metric of the comparison chart. */
    public StringProperty metricProperty() {
        return metric;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** Metrics the selected run reports (for the metric chooser). */
    public ObservableList<String> metrics() {
        return metrics;
    }

    /** All runs' chosen metric against the step, or null without runs. */
    public ReadOnlyObjectProperty<XYChart> metricChartProperty() {
        return metricChart.getReadOnlyProperty();
    }

    /** The selected run's strategy frequencies, or null. */
    public ReadOnlyObjectProperty<XYChart> frequencyChartProperty() {
        return frequencyChart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public RunExecutor executor() {
        return executor;
    }
}
