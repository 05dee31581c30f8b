package org.gtlab.ui.lab;

import org.gtlab.figure.LabVerdict;

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

import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamPolicy;
import org.gtlab.run.Payload;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.ui.common.RunControls;

/**
 * One algorithm's run in the lab: its recipe, colour and controls, and what its table row shows.
 * The run's worker thread only stores the latest snapshot (and the latest one carrying payloads) in
 * {@link AtomicReference}s and, when the run ends, computes the classifier's {@link LabVerdict}
 * there; {@link #refresh()} — called on the FX thread by the lab's animation timer, or by tests —
 * copies them into the properties.
 */
public final class LabRun {

    private final int number;
    private final LabAlgorithm algorithm;
    private final RunSpec spec;
    private final int colour;
    private final double tolerance;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final AtomicReference<Snapshot> latestPayload = new AtomicReference<>();
    private final AtomicReference<LabVerdict> verdictRef = new AtomicReference<>();
    private final AtomicReference<String> verdictError = new AtomicReference<>();
    private volatile RunHandle handle;
    private Snapshot shown;
    private LabVerdict shownVerdict;

    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status", RunStatus.QUEUED);
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    private final ReadOnlyDoubleWrapper exploitability = new ReadOnlyDoubleWrapper(this, "exploitability", Double.NaN);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "");
    private final ReadOnlyStringWrapper verdictText = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper policyText = new ReadOnlyStringWrapper(this, "policy", "");

    LabRun(int number, LabAlgorithm algorithm, RunSpec spec, int colour, double tolerance) {
        this.number = number;
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.colour = colour;
        this.tolerance = tolerance;
    }

    /** The listener the executor calls on the worker thread: stores the latest values, classifies at the end. */
    RunListener listener() {
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
                    handle = run;
                }
                if (st == RunStatus.COMPLETED || st == RunStatus.CANCELLED) {
                    classify();
                }
            }
        };
    }

    /** Computes the verdict on the latest policy payload (worker thread; cheap: one enumeration of joint actions). */
    private void classify() {
        Snapshot p = latestPayload.get();
        Snapshot last = latest.get();
        if (p == null || p.payload("policy") == null || last == null) {
            return;
        }
        try {
            TeamGame g = spec.game().teamGame();
            TeamPolicy pol = TeamPolicy.of(p.payload("policy").toArray());
            double sol = last.hasMetric("team_exploitability") ? last.metric("team_exploitability") : Double.NaN;
            int pop = last.hasMetric("population_size") ? (int) last.metric("population_size") : 1;
            verdictRef.set(LabVerdict.of(g, pol, p.step(), sol, pop, p.payload("meta_game") != null, tolerance));
        } catch (RuntimeException e) {
            verdictError.set("no verdict: " + e.getMessage());
        }
    }

    void attach(RunHandle h) {
        this.handle = h;
    }

    /**
     * Copies the latest snapshot, status and verdict into the properties (FX thread).
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
        LabVerdict v = verdictRef.get();
        boolean changed = st != status.get() || s != shown || v != shownVerdict;
        status.set(st);
        if (s != shown && s != null) {
            shown = s;
            step.set(s.step());
            if (s.hasMetric("team_exploitability")) {
                exploitability.set(s.metric("team_exploitability"));
            }
            phase.set(phaseText(s));
            Snapshot p = latestPayload.get();
            Payload pol = p == null ? null : p.payload("policy");
            if (pol != null) {
                policyText.set(policySummary(spec.game().teamGame(), pol));
            }
        }
        progress.set(st == RunStatus.COMPLETED ? 1 : st.isTerminal() ? 0 : progressOf(spec, shown));
        if (v != shownVerdict) {
            shownVerdict = v;
        }
        String err = verdictError.get();
        if (v != null) {
            verdictText.set(v.headline());
        } else if (err != null) {
            verdictText.set(err);
        } else if (st == RunStatus.FAILED) {
            Throwable f = h.failure();
            verdictText.set("failed: " + (f == null ? "unknown error" : f.getMessage()));
        } else {
            verdictText.set(st.isTerminal() ? "—" : "");
        }
        return changed;
    }

    /**
     * How far a run is, where its length is known in advance (the method's
     * {@link org.gtlab.run.ExperimentFactory#progress}); −1 (indeterminate) for learners that stop
     * by their own rule ({@link org.gtlab.run.ExperimentFactory#hasPlannedLength} false: SP, FP,
     * FSP, exact-oracle PSRO).
     */
    static double progressOf(RunSpec spec, Snapshot s) {
        if (s == null || !spec.factory().hasPlannedLength(spec.params())) {
            return -1;
        }
        return spec.progress(s);
    }

    /** "iteration 3 · counter phase" for PSRO/FXP, "" otherwise. */
    static String phaseText(Snapshot s) {
        if (!s.hasMetric("iteration")) {
            return "";
        }
        String t = "iteration " + (long) s.metric("iteration");
        if (s.hasMetric("phase")) {
            t += s.metric("phase") > 0.5 ? " · counter" : " · main";
        }
        return t;
    }

    /**
     * The most likely joint action and its probability, "(1, 1, 1) 0.99", or "mixed" details for
     * policies far from pure.
     */
    static String policySummary(TeamGame g, Payload policy) {
        TeamPolicy p = TeamPolicy.of(policy.toArray());
        int[] a = p.mostLikelyJointAction();
        double prob = 1;
        for (int x = 0; x < a.length; x++) {
            prob *= p.prob(x, a[x]);
        }
        String label = g.jointActionLabel(a);
        return label + " " + String.format(Locale.ROOT, "%.3f", prob);
    }

    public int number() {
        return number;
    }

    /** The algorithm's label, "PSRO-Nash (reset)". */
    public String name() {
        return algorithm.label();
    }

    public LabAlgorithm algorithm() {
        return algorithm;
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

    /** The latest snapshot with payloads (meta-game, weights, policy). */
    public Snapshot latestPayload() {
        return latestPayload.get();
    }

    /** The verdict once the run has ended, or null. */
    public LabVerdict verdict() {
        return verdictRef.get();
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

    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** True team exploitability of the latest snapshot's solution. */
    public ReadOnlyDoubleProperty exploitabilityProperty() {
        return exploitability.getReadOnlyProperty();
    }

    /** 1 when completed; while running the fraction done where it is known (see {@link #progressOf}), else −1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "iteration 3 · main" for population methods. */
    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The verdict's label once the run has ended. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdictText.getReadOnlyProperty();
    }

    /** The trained policy's most likely joint action with its probability. */
    public ReadOnlyStringProperty policyProperty() {
        return policyText.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return name();
    }
}
