package org.gtlab.ui.dynamics;

import org.gtlab.ui.workspace.RunRow;
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
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import org.gtlab.chart.model.XYChart;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.methods.LearnerExperiment;
import org.gtlab.ui.workspace.RunList;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.Snapshot;

/**
 * The runs of one document: starting, re-running and removing runs, and the live charts drawn from
 * them, on the run workspace's shared {@link RunList}. Runs execute on the {@link RunExecutor} (a background pool in the app, the synchronous twin
 * in tests); workers only store each run's latest snapshot ({@link RunRow}), and
 * {@link #tick()} — called by the view's animation timer at most 30 times a second — refreshes the
 * rows and rebuilds the chart models when something changed. FX-thread only.
 */
public final class LiveRunsViewModel extends org.gtlab.ui.workspace.RunWorkspaceModel<RunRow> {

    private static final String NASH_CONV = LearnerExperiment.NASH_CONV.name();

    private final MethodCatalog catalog;
    private final ReadOnlyObjectWrapper<XYChart> metricChart = new ReadOnlyObjectWrapper<>(this, "metricChart");
    private final ReadOnlyObjectWrapper<XYChart> frequencyChart = new ReadOnlyObjectWrapper<>(this, "frequencyChart");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper chartNote = new ReadOnlyStringWrapper(this, "chartNote", "");
    private String lastMetric = NASH_CONV;

    /** A list on this executor with the standard catalog (tests). */
    public LiveRunsViewModel(RunExecutor executor) {
        this(executor, org.gtlab.run.methods.StandardMethods.catalog());
    }

    /** A list on this executor reading recipes with this catalog. */
    public LiveRunsViewModel(RunExecutor executor, MethodCatalog catalog) {
        super(executor, NASH_CONV);
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        list.metricProperty().addListener((o, a, b) -> {
            if (b != null) {
                lastMetric = b;
                MetricSpec m = list.spec(b);
                list.logScaleProperty().set(RunCharts.logByDefault(m));
            }
        });
    }


    /**
     * Starts a recipe as a new row (selected). With the synchronous executor this returns when the
     * run has ended or paused.
     *
     * @param extra further listeners (tests use them to pause at a given step)
     * @throws IllegalArgumentException if the recipe cannot run
     */
    public RunRow start(RunSpec spec, RunListener... extra) {
        int n = list.nextNumber();
        RunRow row = new RunRow(n, spec, (n - 1) % 8);
        message.set("Started " + row.name());
        list.start(row, extra);
        return row;
    }

    /** Starts the row's recipe again (same spec and seed: the same data). */
    public RunRow rerun(RunRow row) {
        return start(row.spec());
    }

    /**
     * Reads a run recipe and starts it; games given by name are looked up in the catalog or as
     * files relative to the recipe's folder.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a valid recipe
     */
    public RunRow startRecipe(Path recipe) throws IOException {
        return start(readRecipe(recipe, catalog));
    }

    /** A run recipe from a file, read with the standard catalog (see {@link #startRecipe}). */
    public static RunSpec readRecipe(Path recipe) throws IOException {
        return readRecipe(recipe, org.gtlab.run.methods.StandardMethods.catalog());
    }

    /** A run recipe from a file (see {@link #startRecipe}). */
    public static RunSpec readRecipe(Path recipe, MethodCatalog catalog) throws IOException {
        String text = Files.readString(recipe, StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode node = org.gtlab.run.Json.parse(text);
        if (org.gtlab.io.recipe.Recipe.FORMAT.equals(node.path("format").asText())) {
            org.gtlab.io.recipe.Recipe r = org.gtlab.io.recipe.Recipes.parse(node, catalog);
            List<org.gtlab.io.recipe.Recipe.RunEntry> runs = r.runs(catalog);
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
        }, catalog);
    }

    /** The method catalog the runs and recipes come from. */
    public MethodCatalog catalog() {
        return catalog;
    }

    /** Removes a finished row (cancels it first if it is still running). */
    public void remove(RunRow row) {
        list.remove(row);
    }


    @Override
    protected void rebuild() {
        RunRow sel = list.selectedProperty().get();
        Snapshot s = sel == null ? null : sel.latest();
        List<String> ms = RunCharts.plottableMetrics(s, sel == null ? List.of() : sel.spec().metrics());
        list.offerMetrics(ms, List.of(lastMetric, NASH_CONV));
        if (list.rows().isEmpty()) {
            metricChart.set(null);
            frequencyChart.set(null);
            chartNote.set("");
            return;
        }
        RunList.TimeUnit unit = RunList.TimeUnit.of(list.comparable().get(0).spec());
        metricChart.set(screen(inUnit(RunCharts.metric(lines(true), shownMetric(), list.logScaleProperty().get(), ""), unit)));
        frequencyChart.set(sel == null ? null
                : screen(inUnit(RunCharts.frequencies(shown(sel), ""), RunList.TimeUnit.of(sel.spec()))));
        chartNote.set(list.hiddenNote());
    }

    /** The rows on the comparison chart (those of the selected run's time unit) as chart lines. */
    private List<RunCharts.Line> lines(boolean shown) {
        List<RunCharts.Line> lines = new ArrayList<>();
        for (RunRow r : list.comparable()) {
            lines.add(shown ? shown(r) : line(r));
        }
        return lines;
    }

    /** The x axis says which steps it counts: "integration steps (thousands)", "iterations". */
    static XYChart inUnit(XYChart c, RunList.TimeUnit unit) {
        if (c == null || !c.x().label().startsWith("step")) {
            return c;
        }
        String l = unit.label() + c.x().label().substring("step".length());
        XYChart.Axis x = new XYChart.Axis(l, c.x().min(), c.x().max(), c.x().log());
        return new XYChart(c.title(), c.caption(), x, c.y(), c.series(), c.markers(), c.legend(), c.square());
    }

    /** On screen the chooser above the charts says what they show: no title (exports keep it). */
    private static XYChart screen(XYChart c) {
        return c == null ? null : new XYChart("", "", c.x(), c.y(), c.series(), c.markers(), c.legend(), c.square());
    }

    /** The metric the comparison chart shows (the chosen one, or the last one shown). */
    public String shownMetric() {
        return list.metricProperty().get() == null ? lastMetric : list.metricProperty().get();
    }

    /** The comparison chart for export: with a caption naming the runs (null without runs). */
    public XYChart metricChartForExport() {
        if (list.rows().isEmpty()) {
            return null;
        }
        List<RunCharts.Line> lines = lines(false);
        // exports keep the figure room's axis words, so that `gtlab export` re-makes them byte for byte
        return RunCharts.metric(lines, shownMetric(), list.logScaleProperty().get(), RunCharts.caption(lines));
    }

    /** The selected run's frequencies for export, with a caption (null if none). */
    public XYChart frequencyChartForExport() {
        RunRow sel = list.selectedProperty().get();
        return sel == null ? null : RunCharts.frequencies(line(sel), sel.name());
    }

    /**
     * The chart view of a row; its x range is the steps planned, or the steps done once the run was
     * cancelled or failed ({@link RunRow#horizon()}).
     */
    /** A row as the screen shows it: its record up to the replayed step while replaying. */
    private RunCharts.Line shown(RunRow r) {
        RunCharts.Line l = line(r);
        return list.replaying() ? new RunCharts.Line(l.name(), l.colour(), l.maxSteps(), list.recordOf(r), l.game(),
                l.metrics()) : l;
    }

    public static RunCharts.Line line(RunRow r) {
        NormalFormGame g = r.spec().game() == null || r.spec().game().isTeam() ? null : r.spec().game().game();
        return new RunCharts.Line(r.shortName(), r.colour(), r.horizon(), r.record(), g, r.spec().metrics());
    }



    /** All runs' chosen metric against the step, or null without runs. */
    public ReadOnlyObjectProperty<XYChart> metricChartProperty() {
        return metricChart.getReadOnlyProperty();
    }

    /** The selected run's strategy frequencies, or null. */
    public ReadOnlyObjectProperty<XYChart> frequencyChartProperty() {
        return frequencyChart.getReadOnlyProperty();
    }

    /** Which runs the comparison chart leaves out because they count time in another unit ("" if none). */
    public ReadOnlyStringProperty chartNoteProperty() {
        return chartNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

}
