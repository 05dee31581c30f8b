package org.gtlab.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gtlab.run.MetricSpec;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunGroup;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;

/**
 * The "N seeds" action of the run workspace: the current run configuration started with seeds
 * s, s + 1, …, s + N − 1 as one {@link RunGroup} ({@link RunExecutor#startAll}) — aggregate progress,
 * one cancel, one completion — and, once the group has ended, a seed-summary table: one row per
 * seed (status, steps, the final value of the headline metric) and one per metric the method
 * declares as minimised or maximised ({@link MetricSpec.Goal}): mean, sample standard deviation,
 * minimum and maximum of the final values over the seeds that completed.
 *
 * <p>FX-thread only; {@link #refresh()} is called by the view's animation timer (or by tests).
 * A failed seed is counted and named in the status with its message; it never enters the
 * statistics.
 */
public final class SeedGroupViewModel {

    /** One seed's outcome. */
    public record SeedRow(long seed, RunStatus status, long steps, double value, String failure) {
    }

    /** Mean, sample s.d., min and max of a metric's final values over {@code n} completed seeds. */
    public record MetricSummary(MetricSpec metric, int n, double mean, double sd, double min, double max) {
        /** "NashConv (average): mean 3.1e-3, s.d. 4.0e-4, min …, max … (10 seeds)". */
        public String text() {
            return String.format(Locale.ROOT, "%s: mean %s, s.d. %s, min %s, max %s (%d seed%s)", metric.label(),
                    RunRow.sci(mean), RunRow.sci(sd), RunRow.sci(min), RunRow.sci(max), n, n == 1 ? "" : "s");
        }
    }

    private final RunExecutor executor;
    private RunGroup group;
    private List<RunSpec> specs = List.of();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<SeedRow> seeds = FXCollections.observableArrayList();
    private final ObservableList<MetricSummary> summary = FXCollections.observableArrayList();
    private boolean summarised;

    public SeedGroupViewModel(RunExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Starts {@code n} seeds of a recipe (seeds {@code base.seed()} … {@code base.seed() + n − 1}),
     * cancelling a group still running. With the synchronous executor this returns when all ended.
     *
     * @throws IllegalArgumentException if n &lt; 1
     */
    public void start(RunSpec base, int n) {
        Objects.requireNonNull(base, "recipe");
        if (n < 1) {
            throw new IllegalArgumentException("the number of seeds must be at least 1, got " + n);
        }
        cancel();
        List<RunSpec> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(base.withSeed(base.seed() + i));
        }
        specs = List.copyOf(l);
        seeds.clear();
        summary.clear();
        summarised = false;
        group = executor.startAll(specs);
        refresh();
    }

    /** Cancels every seed not yet ended (one cancel for the group). */
    public void cancel() {
        if (group != null && !group.isDone()) {
            group.cancel();
        }
    }

    /** Copies the group's progress into the properties and, once it has ended, builds the summary. */
    public void refresh() {
        RunGroup g = group;
        if (g == null) {
            return;
        }
        progress.set(g.progress());
        boolean done = g.isDone();
        running.set(!done);
        RunSpec first = specs.get(0);
        if (!done) {
            status.set(String.format(Locale.ROOT, "%s on %s: %d of %d seeds ended · %.0f %%", first.method(),
                    first.game() == null ? "—" : first.game().title(), g.finished(), g.size(), 100 * g.progress()));
            return;
        }
        if (!summarised) {
            summarise(g);
            summarised = true;
        }
    }

    private void summarise(RunGroup g) {
        List<RunHandle> hs = g.runs();
        List<MetricSpec> goals = specs.get(0).metrics().stream()
                .filter(m -> m.goal() != MetricSpec.Goal.NONE).toList();
        MetricSpec headline = null;
        List<SeedRow> rows = new ArrayList<>();
        int completed = 0;
        int failed = 0;
        String firstFailure = null;
        List<double[]> finals = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) {
            RunHandle h = hs.get(i);
            RunRecord r = h.record();
            Snapshot last = r.isEmpty() ? null : r.last();
            double[] v = new double[goals.size()];
            for (int k = 0; k < goals.size(); k++) {
                v[k] = last != null && last.hasMetric(goals.get(k).name()) ? last.metric(goals.get(k).name()) : Double.NaN;
                if (headline == null && !Double.isNaN(v[k])) {
                    headline = goals.get(k);
                }
            }
            RunStatus st = h.status();
            String why = "";
            if (st == RunStatus.FAILED) {
                failed++;
                Throwable t = h.failure();
                why = t == null ? "unknown error" : String.valueOf(t.getMessage());
                firstFailure = firstFailure == null ? why : firstFailure;
            } else if (st == RunStatus.COMPLETED) {
                completed++;
                finals.add(v);
            }
            int hk = headline == null ? -1 : goals.indexOf(headline);
            rows.add(new SeedRow(specs.get(i).seed(), st, last == null ? 0 : last.step(), hk < 0 ? Double.NaN : v[hk], why));
        }
        seeds.setAll(rows);
        List<MetricSummary> sums = new ArrayList<>();
        for (int k = 0; k < goals.size(); k++) {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int n = 0;
            for (double[] v : finals) {
                if (Double.isFinite(v[k])) {
                    sum += v[k];
                    min = Math.min(min, v[k]);
                    max = Math.max(max, v[k]);
                    n++;
                }
            }
            if (n == 0) {
                continue;
            }
            double mean = sum / n;
            double ss = 0;
            for (double[] v : finals) {
                if (Double.isFinite(v[k])) {
                    ss += (v[k] - mean) * (v[k] - mean);
                }
            }
            sums.add(new MetricSummary(goals.get(k), n, mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0, min, max));
        }
        summary.setAll(sums);
        RunSpec first = specs.get(0);
        status.set(String.format(Locale.ROOT, "%s on %s: %d seed%s — %d completed, %d cancelled, %d failed%s",
                first.method(), first.game() == null ? "—" : first.game().title(), hs.size(), hs.size() == 1 ? "" : "s",
                completed, hs.size() - completed - failed, failed, firstFailure == null ? "" : " (" + firstFailure + ")"));
    }

    /** The group, or null before the first start. */
    public RunGroup group() {
        return group;
    }

    /** Aggregate progress in [0, 1] ({@link RunGroup#progress()}). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while some seed has not ended. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "fp on RPS: 3 of 10 seeds ended · 42 %", then the counts by outcome. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** One row per seed once the group has ended. */
    public ObservableList<SeedRow> seeds() {
        return seeds;
    }

    /** One row per minimised/maximised metric once the group has ended. */
    public ObservableList<MetricSummary> summary() {
        return summary;
    }
}
