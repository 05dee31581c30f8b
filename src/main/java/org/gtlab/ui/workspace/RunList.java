package org.gtlab.ui.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gtlab.run.MetricSpec;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.DynamicsExperiment;

/**
 * The run list of the run workspace, shared by the Dynamics tab, the team Lab and every later lab:
 * the rows ({@link RunRow} or a lab's subclass), the selection, the metric the comparison chart
 * shows (with its log scale), starting and controlling runs on the {@link RunExecutor} (a background
 * pool in the app, the synchronous twin in tests) and the ≤ 30 Hz {@link #tick()} that refreshes
 * the rows and tells the owner to rebuild its charts. FX-thread only.
 *
 * <p>Time units: the x axis of a run is its step, and a step means different things — a step of an
 * ODE integrator (a dynamic, {@link DynamicsExperiment#T} among its metrics) or an iteration of a
 * learner. {@link #comparable} keeps the comparison chart to runs of the selected run's unit, so two
 * units are never forced onto one axis.
 *
 * <p>Metric names come from the runs' {@link MetricSpec}s ({@link RunSpec#metrics()}); labels and
 * tooltips ({@link #describe}) give each metric's definition, so that NashConv and exploitability
 * are told apart where both are offered.
 *
 * @param <R> the row type (a lab's own row adds its panels' values)
 */
public final class RunList<R extends RunRow> {

    /** The unit of a run's steps. */
    public enum TimeUnit {
        /** Output points of an ODE integration (a dynamic): x = integration steps. */
        ODE_STEPS("integration steps"),
        /** Iterations of a learner or oracle steps of a population method. */
        ITERATIONS("iterations");

        private final String label;

        TimeUnit(String label) {
            this.label = label;
        }

        /** The axis word, "integration steps" / "iterations". */
        public String label() {
            return label;
        }

        /** The unit of a recipe's steps: ODE steps when the method reports ODE time. */
        public static TimeUnit of(RunSpec spec) {
            String t = DynamicsExperiment.T.name();
            for (MetricSpec m : spec.metrics()) {
                if (m.name().equals(t)) {
                    return ODE_STEPS;
                }
            }
            return ITERATIONS;
        }
    }

    private final RunExecutor executor;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ObjectProperty<R> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty metric;
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", true);
    private final ObservableList<String> metrics;
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private final javafx.beans.property.LongProperty replayStep = new javafx.beans.property.SimpleLongProperty(this,
            "replayStep", LIVE);
    private final List<RunListener> extraListeners = new CopyOnWriteArrayList<>();
    private int counter;
    private boolean dirty = true;
    private Consumer<RunList<R>> onChange = l -> { };

    /**
     * @param defaultMetric the metric shown first ("nash_conv", "team_exploitability": a
     *        {@link MetricSpec#name()})
     */
    public RunList(RunExecutor executor, String defaultMetric) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.metric = new SimpleStringProperty(this, "metric", defaultMetric);
        this.metrics = FXCollections.observableArrayList(defaultMetric);
        metric.addListener((o, a, b) -> dirty = true);
        logScale.addListener((o, a, b) -> dirty = true);
        selected.addListener((o, a, b) -> dirty = true);
        replayStep.addListener((o, a, b) -> dirty = true);
    }

    /** {@link #replayStepProperty()} when the charts show the runs live. */
    public static final long LIVE = -1;

    /**
     * The step the charts are replayed at, or {@link #LIVE}: with a step, every chart shows the
     * runs as they were at that step ({@link #recordOf}) — the replay of runs too fast to watch
     * (the team Lab's presets end within a second).
     */
    public javafx.beans.property.LongProperty replayStepProperty() {
        return replayStep;
    }

    /** True while the charts replay a step instead of showing the runs live. */
    public boolean replaying() {
        return replayStep.get() != LIVE;
    }

    /** A row's record as the charts show it: everything, or up to the replayed step. */
    public org.gtlab.run.RunRecord recordOf(R row) {
        org.gtlab.run.RunRecord r = row.record();
        return replaying() ? r.upTo(replayStep.get()) : r;
    }

    /**
     * The latest snapshot with payloads as the charts show it: the row's latest, or the last one up
     * to the replayed step (null if none).
     */
    public Snapshot payloadOf(R row) {
        if (!replaying()) {
            return row.latestPayload();
        }
        List<Snapshot> ss = recordOf(row).snapshots();
        for (int i = ss.size() - 1; i >= 0; i--) {
            if (!ss.get(i).payloads().isEmpty()) {
                return ss.get(i);
            }
        }
        return null;
    }

    /** The last step any row has reached (the replay's range). */
    public long lastStep() {
        long m = 0;
        for (R r : rows) {
            Snapshot s = r.latest();
            m = Math.max(m, s == null ? 0 : s.step());
        }
        return m;
    }

    /** What to do after the rows were refreshed and something changed (rebuild the owner's charts). */
    public void onChange(Consumer<RunList<R>> rebuild) {
        this.onChange = Objects.requireNonNull(rebuild, "rebuild");
    }

    /** The next run number (1, 2, …). */
    public int nextNumber() {
        return ++counter;
    }

    /**
     * Adds a listener to every run started from now on (on the runs' worker threads; tests use it
     * to pause or cancel a run at a given step with the synchronous executor).
     */
    public void addRunListener(RunListener l) {
        extraListeners.add(Objects.requireNonNull(l, "listener"));
    }

    private RunListener[] listeners(R row, RunListener... extra) {
        List<RunListener> ls = new ArrayList<>();
        ls.add(row.listener());
        ls.addAll(extraListeners);
        ls.addAll(List.of(extra));
        return ls.toArray(RunListener[]::new);
    }

    /**
     * Adds a row, selects it and starts its recipe. With the synchronous executor this returns when
     * the run has ended or paused.
     *
     * @throws IllegalArgumentException if the recipe cannot start (the row is not added)
     */
    public R start(R row, RunListener... extra) {
        rows.add(row);
        selected.set(row);
        try {
            RunHandle h = executor.start(row.spec(), listeners(row, extra));
            row.attach(h);
        } catch (RuntimeException e) {
            rows.remove(row);
            if (selected.get() == row) {
                selected.set(rows.isEmpty() ? null : rows.get(rows.size() - 1));
            }
            throw e;
        }
        dirty = true;
        tick();
        return row;
    }

    /**
     * Replaces the rows by these (cancelling unfinished ones) and starts them side by side; a row
     * whose recipe cannot start stays in the list as failed, with the reason.
     *
     * @param select the row to select (null: the first)
     * @return the number of rows that could not start
     */
    public int replaceAndStart(List<R> created, R select) {
        cancelAll();
        rows.setAll(created);
        selected.set(select != null ? select : created.isEmpty() ? null : created.get(0));
        dirty = true;
        int failed = 0;
        for (R r : created) {
            try {
                RunHandle h = executor.start(r.spec(), listeners(r));
                r.attach(h);
            } catch (RuntimeException e) {
                r.startFailed(e.getMessage());
                failed++;
            }
        }
        tick();
        return failed;
    }

    /** Removes a row (cancels it first if it is still running). */
    public void remove(R row) {
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
        rows.forEach(RunRow::cancel);
    }

    /** Pauses every running run. */
    public void pauseAll() {
        rows.forEach(RunRow::pause);
    }

    /** Resumes every paused run. */
    public void resumeAll() {
        rows.forEach(RunRow::resume);
    }

    /** Number of runs not yet ended (runs that could not start count as ended). */
    public long activeCount() {
        return rows.stream().filter(RunRow::isActive).count();
    }

    /** Number of failed runs. */
    public long failedCount() {
        return rows.stream().filter(r -> r.currentStatus() == RunStatus.FAILED).count();
    }

    /** Marks the charts as out of date (the owner changed what they show). */
    public void invalidate() {
        dirty = true;
    }

    /**
     * Refreshes every row from its latest snapshot and, if anything changed, updates the metric
     * chooser and calls the owner's rebuild (FX thread; the view calls it from an animation timer at
     * ≤ 30 Hz).
     *
     * @return true if the charts were rebuilt
     */
    public boolean tick() {
        boolean changed = dirty;
        for (R r : rows) {
            changed |= r.refresh();
        }
        if (!changed) {
            return false;
        }
        dirty = false;
        version.set(version.get() + 1);
        onChange.accept(this);
        return true;
    }

    /**
     * Sets the metrics offered, keeping the chosen one if it is still offered (a choice box bound
     * to the metric clears it when its items change), else {@code fallback}'s first offered entry,
     * else the first name (an empty fallback keeps the choice even if not offered).
     */
    public void offerMetrics(List<String> names, List<String> fallback) {
        if (names.isEmpty() || names.equals(metrics)) {
            return;
        }
        String wanted = metric.get();
        metrics.setAll(names);
        if (wanted != null && names.contains(wanted)) {
            metric.set(wanted);
            return;
        }
        for (String f : fallback) {
            if (names.contains(f)) {
                metric.set(f);
                return;
            }
        }
        // no fallback given: keep the choice even if no run reports it yet (it may come later)
        metric.set(wanted != null && fallback.isEmpty() ? wanted : names.get(0));
    }

    /**
     * The rows that share the selected row's time unit (all rows when none is selected: those of
     * the first row's unit) — the ones one comparison chart may show.
     */
    public List<R> comparable() {
        if (rows.isEmpty()) {
            return List.of();
        }
        R sel = selected.get();
        TimeUnit u = TimeUnit.of((sel != null ? sel : rows.get(0)).spec());
        return rows.stream().filter(r -> TimeUnit.of(r.spec()) == u).toList();
    }

    /** "2 runs in ODE time not shown: select one to compare those" (or "" when all are shown). */
    public String hiddenNote() {
        int hidden = rows.size() - comparable().size();
        if (hidden == 0) {
            return "";
        }
        TimeUnit shown = TimeUnit.of(comparable().get(0).spec());
        return hidden + (hidden == 1 ? " run counts " : " runs count ") + "steps in other units than "
                + shown.label() + " and " + (hidden == 1 ? "is" : "are") + " not on this chart: select "
                + (hidden == 1 ? "it" : "one") + " to compare "+ (hidden == 1 ? "it" : "those");
    }

    /**
     * The metric's specification from the selected run's (else any run's) recipe, or null if no run
     * declares it. Families ("regret_p") match their members ("regret_p0").
     */
    public MetricSpec spec(String name) {
        List<R> order = new ArrayList<>();
        if (selected.get() != null) {
            order.add(selected.get());
        }
        order.addAll(rows);
        for (R r : order) {
            MetricSpec m = org.gtlab.figure.RunCharts.find(r.spec().metrics(), name);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * A metric's name for the chooser, with its definition: "NashConv (average) — Σ_players
     * (best-response payoff − payoff) at the average profile"; the bare name for metrics no run
     * declares.
     */
    public String describe(String name) {
        MetricSpec m = name == null ? null : spec(name);
        if (m == null) {
            return name == null ? "" : name.replace('_', ' ');
        }
        String suffix = name.substring(m.name().length());
        return m.label() + (suffix.isEmpty() ? "" : " " + suffix.replace('_', ' ')) + " — " + m.formula();
    }

    /** The metric's tooltip (label, unit, formula), or "" if no run declares it. */
    public String tooltip(String name) {
        MetricSpec m = name == null ? null : spec(name);
        return m == null ? "" : m.tooltip();
    }

    /** Metric names of a snapshot in order of first appearance over the rows (no duplicates). */
    public static List<String> union(List<? extends RunRow> rows, java.util.function.Function<Snapshot, List<String>> of) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (RunRow r : rows) {
            Snapshot s = r.latest();
            if (s != null) {
                of.apply(s).forEach(n -> seen.putIfAbsent(n, true));
            }
        }
        return new ArrayList<>(seen.keySet());
    }

    public RunExecutor executor() {
        return executor;
    }

    public ObservableList<R> rows() {
        return rows;
    }

    public ObjectProperty<R> selectedProperty() {
        return selected;
    }

    /** The metric of the comparison chart (a {@link MetricSpec#name()}). */
    public StringProperty metricProperty() {
        return metric;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** Metrics offered in the chooser. */
    public ObservableList<String> metrics() {
        return metrics;
    }

    /** Increases whenever the charts were rebuilt. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }
}
