package org.gtlab.ui.workspace;

import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunListener;

/**
 * The view model of a run workspace — the Dynamics tab's runs ({@code ui.dynamics.LiveRunsViewModel}),
 * the team Lab ({@code ui.lab.LabViewModel}) and every later lab: it owns one {@link RunList} (rows,
 * selection, compared metric, controls, the ≤ 30 Hz tick) and rebuilds its charts in
 * {@link #rebuild()} whenever the list says something changed. A subclass adds only what its runs
 * are about (how to start them, which charts it draws). FX-thread only.
 *
 * @param <R> the row type
 */
public abstract class RunWorkspaceModel<R extends RunRow> {

    /** The shared run list. */
    protected final RunList<R> list;

    /**
     * @param defaultMetric the metric the comparison chart shows first (a
     *        {@link org.gtlab.run.MetricSpec#name()})
     */
    protected RunWorkspaceModel(RunExecutor executor, String defaultMetric) {
        this.list = new RunList<>(Objects.requireNonNull(executor, "executor"), defaultMetric);
        list.onChange(l -> rebuild());
    }

    /** Rebuilds the chart models from the rows (called by {@link #tick()} when something changed). */
    protected abstract void rebuild();

    /** The shared run list behind this workspace. */
    public final RunList<R> list() {
        return list;
    }

    /**
     * Adds a listener to every run started from now on (on the runs' worker threads; tests use it
     * to pause or cancel a run at a given step with the synchronous executor).
     */
    public final void addRunListener(RunListener l) {
        list.addRunListener(l);
    }

    /** Pauses every running run. */
    public final void pauseAll() {
        list.pauseAll();
    }

    /** Resumes every paused run. */
    public final void resumeAll() {
        list.resumeAll();
    }

    /** Cancels every unfinished run. */
    public final void cancelAll() {
        list.cancelAll();
    }

    /** Number of runs not yet finished. */
    public final long activeCount() {
        return list.activeCount();
    }

    /**
     * Refreshes every row from its latest snapshot and rebuilds the charts if anything changed
     * (FX thread; the view calls it from an animation timer at ≤ 30 Hz).
     *
     * @return true if the charts were rebuilt
     */
    public boolean tick() {
        return list.tick();
    }

    /**
     * "3 runs · 1 active · 1 failed": the counts of the status bar ({@link TabDescription#statusLine()}).
     */
    public final String runCounts() {
        int n = list.rows().size();
        long failed = list.failedCount();
        return n + (n == 1 ? " run" : " runs") + " · " + activeCount() + " active"
                + (failed == 0 ? "" : " · " + failed + " failed");
    }

    public final ObservableList<R> rows() {
        return list.rows();
    }

    public final ObjectProperty<R> selectedProperty() {
        return list.selectedProperty();
    }

    /** The metric on the comparison chart (a {@link org.gtlab.run.MetricSpec#name()}). */
    public final StringProperty metricProperty() {
        return list.metricProperty();
    }

    public final BooleanProperty logScaleProperty() {
        return list.logScaleProperty();
    }

    /** Metrics offered in the chooser. */
    public final ObservableList<String> metrics() {
        return list.metrics();
    }

    /** A metric with its definition, for the chooser. */
    public final String describe(String metricName) {
        return list.describe(metricName);
    }

    /** Increases whenever the charts were rebuilt. */
    public final ReadOnlyLongProperty versionProperty() {
        return list.versionProperty();
    }

    public final RunExecutor executor() {
        return list.executor();
    }
}
