package org.gtlab.ui.run;

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

import org.gtlab.io.GameFiles;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.figure.Numbers;
import org.gtlab.ui.common.RunControls;

/**
 * One run in the run list: its recipe, colour, controls and the numbers its row and dashboard
 * tiles show. The worker thread only writes the latest snapshot into an {@link AtomicReference}
 * ({@link #listener()}); {@link #refresh()} — called on the FX thread by the animation timer at
 * most 30 times a second, or directly by tests — copies it into the properties.
 */
public final class RunRowViewModel {

    private final int number;
    private final RunSpec spec;
    private final int colour;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final AtomicReference<RunStatus> lastStatus = new AtomicReference<>(RunStatus.QUEUED);
    private volatile RunHandle handle;
    private Snapshot shown;

    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status", RunStatus.QUEUED);
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyDoubleWrapper nashConv = new ReadOnlyDoubleWrapper(this, "nashConv", Double.NaN);
    private final ReadOnlyDoubleWrapper exploitability = new ReadOnlyDoubleWrapper(this, "exploitability", Double.NaN);
    private final ReadOnlyDoubleWrapper rate = new ReadOnlyDoubleWrapper(this, "rate");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper(this, "eta", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    RunRowViewModel(int number, RunSpec spec, int colour) {
        this.number = number;
        this.spec = Objects.requireNonNull(spec, "spec");
        this.colour = colour;
    }

    /** The listener the executor calls on the worker thread: it only stores the latest values. */
    RunListener listener() {
        return new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                latest.set(s);
            }

            @Override
            public void statusChanged(RunHandle run, RunStatus st) {
                lastStatus.set(st);
            }
        };
    }

    void attach(RunHandle h) {
        this.handle = h;
    }

    /**
     * Copies the latest snapshot and status into the properties (FX thread).
     *
     * @return true if anything visible changed
     */
    public boolean refresh() {
        RunHandle h = handle;
        if (h == null) {
            return false;
        }
        RunStatus st = h.status();
        Snapshot s = latest.get();
        boolean changed = st != status.get() || s != shown;
        status.set(st);
        if (s != shown && s != null) {
            shown = s;
            step.set(s.step());
            if (s.hasMetric("nash_conv")) {
                nashConv.set(s.metric("nash_conv"));
            }
            if (s.hasMetric("exploitability")) {
                exploitability.set(s.metric("exploitability"));
            } else if (s.hasMetric("nash_conv") && spec.game() != null) {
                // the learners' convention: exploitability = NashConv / N
                exploitability.set(s.metric("nash_conv") / spec.game().game().numPlayers());
            }
        }
        long max = spec.limits().maxSteps();
        long done = shown == null ? 0 : shown.step();
        progress.set(st == RunStatus.COMPLETED ? 1 : max == 0 ? 0 : Math.min(1, (double) done / max));
        double r = h.stepsPerSecond();
        rate.set(r);
        if (st == RunStatus.RUNNING && r > 0) {
            eta.set(duration((max - done) / r));
        } else if (st.isTerminal()) {
            eta.set(st == RunStatus.COMPLETED ? "done" : st.name().toLowerCase(Locale.ROOT));
        } else {
            eta.set(st == RunStatus.PAUSED ? "paused" : "—");
        }
        summary.set(statusText(st) + " · step " + String.format(Locale.ROOT, "%,d", done) + " of "
                + String.format(Locale.ROOT, "%,d", max)
                + (Double.isNaN(nashConv.get()) ? "" : " · NashConv " + sci(nashConv.get())));
        return changed;
    }

    private static String statusText(RunStatus st) {
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
    static String duration(double seconds) {
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

    public int number() {
        return number;
    }

    /** "#2 fp · rps · seed 1". */
    public String name() {
        return "#" + number + " " + spec.displayName();
    }

    /** "#2 fp (seed 1)": the legend entry. */
    public String shortName() {
        return "#" + number + " " + spec.method() + " (seed " + spec.seed() + ")";
    }

    public RunSpec spec() {
        return spec;
    }

    /** Index into the series colours (Okabe–Ito). */
    public int colour() {
        return colour;
    }

    /** The handle, or null before the run was started. */
    public RunHandle handle() {
        return handle;
    }

    /** Everything recorded so far. */
    public RunRecord record() {
        return RunControls.record(handle);
    }

    /** The latest snapshot stored by the worker (may be newer than the properties). */
    public Snapshot latest() {
        return latest.get();
    }

    /** Status last reported by the worker thread. */
    public RunStatus reportedStatus() {
        return lastStatus.get();
    }

    public void pause() {
        RunControls.pause(handle);
    }

    public void resume() {
        RunControls.resume(handle);
    }

    /** Pauses a running run, resumes a paused one. */
    public void togglePause() {
        RunControls.togglePause(handle);
    }

    public void cancel() {
        RunControls.cancel(handle);
    }

    /** The recipe as JSON text. */
    public String recipeJson() {
        return spec.toJsonString();
    }

    /** Writes the recipe (atomically). */
    public void saveRecipe(Path target) throws IOException {
        GameFiles.writeAtomically(target, recipeJson());
    }

    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** NashConv of the latest snapshot (NaN if the method has none). */
    public ReadOnlyDoubleProperty nashConvProperty() {
        return nashConv.getReadOnlyProperty();
    }

    /** Exploitability (NashConv / N) of the latest snapshot, NaN if the method has none. */
    public ReadOnlyDoubleProperty exploitabilityProperty() {
        return exploitability.getReadOnlyProperty();
    }

    /** Steps per second. */
    public ReadOnlyDoubleProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    /** Estimated time left ("12 s", "done", "paused"). */
    public ReadOnlyStringProperty etaProperty() {
        return eta.getReadOnlyProperty();
    }

    /** One line: status, step, NashConv. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return name();
    }
}
