package org.gtlab.ui.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.gtlab.figure.Numbers;
import org.gtlab.io.GameFiles;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.LearnerExperiment;
import org.gtlab.run.methods.TeamLearnerExperiment;
import org.gtlab.ui.common.RunControls;

/**
 * One run in a run list — the Dynamics tab's, the team Lab's and every later lab's: its recipe,
 * colour, controls and the numbers its row and dashboard tiles show. Labs subclass it for what only
 * they show (the team Lab's verdict and policy: {@code ui.lab.LabRun}) through the hooks
 * {@link #ended} (worker thread) and {@link #refreshed} (FX thread).
 *
 * <p>Threading: the worker thread only writes the latest snapshot (and the latest one carrying
 * payloads) into {@link AtomicReference}s ({@link #listener()}); {@link #refresh()} — called on the
 * FX thread by the list's animation timer at most 30 times a second, or directly by tests — copies
 * them into the properties.
 *
 * <p>Failures: a run whose experiment threw, or that could not even start ({@link #startFailed}),
 * shows {@link RunStatus#FAILED} with the exception's message in {@link #failureProperty()} and in
 * the summary — never "done".
 *
 * <p>Progress: 1 when completed, 0 when cancelled or failed, otherwise the method's
 * {@link RunSpec#progress} of the latest snapshot where the run's length is known in advance
 * ({@link org.gtlab.run.ExperimentFactory#hasPlannedLength}), else −1 (indeterminate).
 */
public class RunRow {

    private static final String NASH_CONV = LearnerExperiment.NASH_CONV.name();
    private static final String EXPLOITABILITY = LearnerExperiment.EXPLOITABILITY.name();
    private static final String TEAM_EXPLOITABILITY = TeamLearnerExperiment.TEAM_EXPLOITABILITY.name();

    private final int number;
    private final RunSpec spec;
    private final int colour;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final AtomicReference<Snapshot> latestPayload = new AtomicReference<>();
    private final AtomicReference<RunStatus> lastStatus = new AtomicReference<>(RunStatus.QUEUED);
    private volatile RunHandle handle;
    private volatile String startError;
    private Snapshot shown;

    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status", RunStatus.QUEUED);
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyDoubleWrapper nashConv = new ReadOnlyDoubleWrapper(this, "nashConv", Double.NaN);
    private final ReadOnlyDoubleWrapper exploitability = new ReadOnlyDoubleWrapper(this, "exploitability", Double.NaN);
    private final ReadOnlyDoubleWrapper rate = new ReadOnlyDoubleWrapper(this, "rate");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper(this, "eta", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

    /**
     * @param number the run's number in its list (1, 2, …)
     * @param colour index into the series colours (Okabe–Ito)
     */
    public RunRow(int number, RunSpec spec, int colour) {
        this.number = number;
        this.spec = Objects.requireNonNull(spec, "spec");
        this.colour = colour;
    }

    /** The listener the executor calls on the worker thread: it only stores the latest values. */
    public final RunListener listener() {
        return new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                latest.set(s);
                if (!s.payloads().isEmpty()) {
                    latestPayload.set(s);
                }
            }

            @Override
            public void statusChanged(RunHandle run, RunStatus st) {
                if (handle == null) {
                    // the synchronous executor reports before start returns the handle
                    handle = run;
                }
                lastStatus.set(st);
                if (st.isTerminal()) {
                    ended(st);
                }
            }
        };
    }

    /**
     * Called once on the worker thread when the run has ended (completed, cancelled or failed),
     * after its last snapshot; labs compute their end-of-run results here. Does nothing by default.
     */
    protected void ended(RunStatus st) {
    }

    /**
     * Called on the FX thread by {@link #refresh()} when a new snapshot is shown; labs copy their
     * own values from it. Does nothing by default.
     */
    protected void refreshed(Snapshot s) {
    }

    /** Attaches the executor's handle (the list does it when {@code start} returns). */
    public final void attach(RunHandle h) {
        this.handle = h;
    }

    /** Marks a run that could not start: it shows as failed with this message. */
    public final void startFailed(String message) {
        startError = message == null || message.isBlank() ? "could not start" : message;
        lastStatus.set(RunStatus.FAILED);
    }

    /** The run's status: the handle's, or FAILED if it could not start, QUEUED before it starts. */
    public final RunStatus currentStatus() {
        RunHandle h = handle;
        return startError != null ? RunStatus.FAILED : h == null ? RunStatus.QUEUED : h.status();
    }

    /** True until the run has ended (or failed to start). */
    public final boolean isActive() {
        return !currentStatus().isTerminal();
    }

    /**
     * Copies the latest snapshot and status into the properties (FX thread).
     *
     * @return true if anything visible changed
     */
    public boolean refresh() {
        RunHandle h = handle;
        if (h == null && startError == null) {
            return false;
        }
        RunStatus st = currentStatus();
        Snapshot s = latest.get();
        boolean changed = st != status.get() || s != shown;
        status.set(st);
        if (s != shown && s != null) {
            shown = s;
            step.set(s.step());
            if (s.hasMetric(NASH_CONV)) {
                nashConv.set(s.metric(NASH_CONV));
            }
            if (s.hasMetric(EXPLOITABILITY)) {
                exploitability.set(s.metric(EXPLOITABILITY));
            } else if (s.hasMetric(TEAM_EXPLOITABILITY)) {
                exploitability.set(s.metric(TEAM_EXPLOITABILITY));
            } else if (s.hasMetric(NASH_CONV) && spec.game() != null && !spec.game().isTeam()) {
                // the learners' convention: exploitability = NashConv / N
                exploitability.set(s.metric(NASH_CONV) / spec.game().game().numPlayers());
            }
            refreshed(s);
        }
        if (st == RunStatus.FAILED) {
            Throwable f = h == null ? null : h.failure();
            String m = startError != null ? startError
                    : f == null ? "unknown error" : f.getMessage() == null ? f.getClass().getSimpleName() : f.getMessage();
            failure.set(m);
        }
        long done = shown == null ? 0 : shown.step();
        progress.set(st == RunStatus.COMPLETED ? 1 : st.isTerminal() ? 0 : progressOf(spec, shown));
        double r = h == null ? 0 : h.stepsPerSecond();
        rate.set(r);
        double p = progress.get();
        if (st == RunStatus.RUNNING && r > 0 && p > 0 && p < 1) {
            // the time left at the current rate, scaled by the method's own progress measure
            eta.set(duration(done / r * (1 - p) / p));
        } else if (st.isTerminal()) {
            eta.set(statusText(st));
        } else {
            eta.set(st == RunStatus.PAUSED ? "paused" : "—");
        }
        // the method says what it counts (a tournament counts matches; its step limit is only a cap)
        org.gtlab.run.ProgressCount count = spec.factory().count(spec.params(), spec.limits(), done);
        summary.set(statusText(st) + (st == RunStatus.FAILED ? ": " + failure.get() : "")
                + " · " + count.unit() + " " + String.format(Locale.ROOT, "%,d", count.done())
                + (count.planned() > 0 ? " of " + String.format(Locale.ROOT, "%,d", count.planned()) : "")
                + (Double.isNaN(nashConv.get()) ? "" : " · NashConv " + sci(nashConv.get())));
        return changed;
    }

    /**
     * How far a run is, where its length is known in advance (the method's
     * {@link org.gtlab.run.ExperimentFactory#progress}); −1 (indeterminate) for methods that stop
     * by their own rule ({@link org.gtlab.run.ExperimentFactory#hasPlannedLength} false: SP, FP,
     * FSP, exact-oracle PSRO); 0 before the first snapshot.
     */
    public static double progressOf(RunSpec spec, Snapshot s) {
        if (!spec.factory().hasPlannedLength(spec.params())) {
            return -1;
        }
        return s == null ? 0 : spec.progress(s);
    }

    /** "done", "failed", "cancelled", … */
    public static String statusText(RunStatus st) {
        return switch (st) {
            case QUEUED -> "queued";
            case RUNNING -> "running";
            case PAUSED -> "paused";
            case COMPLETED -> "done";
            case CANCELLED -> "cancelled";
            case FAILED -> "failed";
        };
    }

    /** "12 s", "3 min 20 s", "1 h 5 min". */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "—";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    /** A number in short scientific form: "3.2e-4", "0.012", "1.5". */
    public static String sci(double v) {
        return Numbers.compact(v, "—", 1e-2, 3, 2);
    }

    public final int number() {
        return number;
    }

    /** "#2 fp · rps · seed 1" (labs name their runs by the algorithm variant instead). */
    public String name() {
        return "#" + number + " " + spec.displayName();
    }

    /** "#2 fp (seed 1)": the legend entry. */
    public String shortName() {
        return "#" + number + " " + spec.method() + " (seed " + spec.seed() + ")";
    }

    public final RunSpec spec() {
        return spec;
    }

    /** Index into the series colours (Okabe–Ito). */
    public final int colour() {
        return colour;
    }

    /** The handle, or null before the run was started (or if it could not start). */
    public final RunHandle handle() {
        return handle;
    }

    /** Everything recorded so far. */
    public final RunRecord record() {
        return RunControls.record(handle);
    }

    /**
     * The last step the run has reached: the planned length while it runs, the steps actually done
     * once it was cancelled or failed (the x range of its curve).
     */
    public final long horizon() {
        Snapshot s = latest.get();
        long done = s == null ? 0 : s.step();
        RunStatus st = currentStatus();
        return st == RunStatus.CANCELLED || st == RunStatus.FAILED ? Math.max(1, done)
                : Math.max(done, spec.limits().maxSteps());
    }

    /** The latest snapshot stored by the worker (may be newer than the properties). */
    public final Snapshot latest() {
        return latest.get();
    }

    /** The latest snapshot with payloads (meta-game, weights, policy, portrait points). */
    public final Snapshot latestPayload() {
        return latestPayload.get();
    }

    /** Status last reported by the worker thread. */
    public final RunStatus reportedStatus() {
        return lastStatus.get();
    }

    public final void pause() {
        RunControls.pause(handle);
    }

    public final void resume() {
        RunControls.resume(handle);
    }

    /** Pauses a running run, resumes a paused one. */
    public final void togglePause() {
        RunControls.togglePause(handle);
    }

    public final void cancel() {
        RunControls.cancel(handle);
    }

    /** The recipe as JSON text. */
    public final String recipeJson() {
        return spec.toJsonString();
    }

    /** Writes the recipe (atomically). */
    public final void saveRecipe(Path target) throws IOException {
        GameFiles.writeAtomically(target, recipeJson());
    }

    public final ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public final ReadOnlyLongProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** 1 when completed, 0 when cancelled or failed, else the fraction done or −1 (see {@link #progressOf}). */
    public final ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** NashConv of the latest snapshot (NaN if the method has none). */
    public final ReadOnlyDoubleProperty nashConvProperty() {
        return nashConv.getReadOnlyProperty();
    }

    /**
     * Exploitability of the latest snapshot: the method's own exploitability metric (team
     * exploitability for team methods), else NashConv / N; NaN if the method has neither.
     */
    public final ReadOnlyDoubleProperty exploitabilityProperty() {
        return exploitability.getReadOnlyProperty();
    }

    /** Steps per second. */
    public final ReadOnlyDoubleProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    /** Estimated time left ("12 s", "done", "paused", "failed"). */
    public final ReadOnlyStringProperty etaProperty() {
        return eta.getReadOnlyProperty();
    }

    /** One line: status (with the failure's message), step, NashConv. */
    public final ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /**
     * What a lab adds to the row's line (the team Lab: the population phase and the verdict); ""
     * for plain runs. Set by subclasses on the FX thread with {@link #setDetail}.
     */
    public final ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Sets the lab's detail line (FX thread). */
    protected final void setDetail(String text) {
        detail.set(text == null ? "" : text);
    }

    /** Why the run failed ("" unless it failed). */
    public final ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return name();
    }
}
