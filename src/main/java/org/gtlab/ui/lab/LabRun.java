package org.gtlab.ui.lab;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.gtlab.figure.LabVerdict;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamPolicy;
import org.gtlab.run.Payload;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.TeamLearnerExperiment;
import org.gtlab.ui.workspace.RunRow;

/**
 * One algorithm's run in the team Lab: a {@link RunRow} of the shared run workspace (status,
 * progress, failure, controls) plus what only the team Lab shows — the population phase, the
 * trained policy's most likely joint action and the equilibrium classifier's {@link LabVerdict},
 * computed on the worker thread when the run ends ({@link #ended}).
 */
public final class LabRun extends RunRow {

    private static final String POLICY = TeamLearnerExperiment.POLICY;
    private static final String META_GAME = TeamLearnerExperiment.META_GAME;
    private static final String TEAM_EXPLOITABILITY = TeamLearnerExperiment.TEAM_EXPLOITABILITY.name();
    private static final String POPULATION = TeamLearnerExperiment.POPULATION_SIZE.name();
    private static final String ITERATION = TeamLearnerExperiment.ITERATION.name();
    private static final String PHASE = TeamLearnerExperiment.PHASE.name();

    private final LabAlgorithm algorithm;
    private final double tolerance;
    private final AtomicReference<LabVerdict> verdictRef = new AtomicReference<>();
    private final AtomicReference<String> verdictError = new AtomicReference<>();

    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "");
    private final ReadOnlyStringWrapper verdictText = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper policyText = new ReadOnlyStringWrapper(this, "policy", "");

    LabRun(int number, LabAlgorithm algorithm, RunSpec spec, int colour, double tolerance) {
        super(number, spec, colour);
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.tolerance = tolerance;
    }

    /** Classifies the latest policy when the run completed or was cancelled (worker thread; one enumeration of joint actions). */
    @Override
    protected void ended(RunStatus st) {
        if (st != RunStatus.COMPLETED && st != RunStatus.CANCELLED) {
            return;
        }
        Snapshot p = latestPayload();
        Snapshot last = latest();
        if (p == null || p.payload(POLICY) == null || last == null) {
            return;
        }
        try {
            TeamGame g = spec().game().teamGame();
            TeamPolicy pol = TeamPolicy.of(p.payload(POLICY).toArray());
            double sol = last.hasMetric(TEAM_EXPLOITABILITY) ? last.metric(TEAM_EXPLOITABILITY) : Double.NaN;
            int pop = last.hasMetric(POPULATION) ? (int) last.metric(POPULATION) : 1;
            verdictRef.set(LabVerdict.of(g, pol, p.step(), sol, pop, p.payload(META_GAME) != null, tolerance));
        } catch (RuntimeException e) {
            verdictError.set("no verdict: " + e.getMessage());
        }
    }

    @Override
    protected void refreshed(Snapshot s) {
        phase.set(phaseText(s));
        Snapshot p = latestPayload();
        Payload pol = p == null ? null : p.payload(POLICY);
        if (pol != null) {
            policyText.set(policySummary(spec().game().teamGame(), pol));
        }
    }

    @Override
    public boolean refresh() {
        boolean changed = super.refresh();
        LabVerdict v = verdictRef.get();
        String old = verdictText.get();
        String err = verdictError.get();
        RunStatus st = statusProperty().get();
        if (v != null) {
            verdictText.set(v.headline());
        } else if (err != null) {
            verdictText.set(err);
        } else if (st == RunStatus.FAILED) {
            verdictText.set("failed: " + failureProperty().get());
        } else {
            verdictText.set(st.isTerminal() ? "—" : "");
        }
        String v2 = verdictText.get();
        setDetail(v2.isEmpty() || v2.equals("—") ? phase.get() : "Verdict: " + v2);
        return changed || !old.equals(verdictText.get());
    }

    /** See {@link RunRow#progressOf}. */
    public static double progressOf(RunSpec spec, Snapshot s) {
        return s == null ? -1 : RunRow.progressOf(spec, s);
    }

    /** "iteration 3 · counter phase" for PSRO/FXP, "" otherwise. */
    static String phaseText(Snapshot s) {
        if (!s.hasMetric(ITERATION)) {
            return "";
        }
        String t = "iteration " + (long) s.metric(ITERATION);
        if (s.hasMetric(PHASE)) {
            t += s.metric(PHASE) > 0.5 ? " · counter" : " · main";
        }
        return t;
    }

    /**
     * The most likely joint action and its probability, "(1, 1, 1) 0.99".
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

    /** The algorithm's label, "PSRO-Nash (reset)". */
    @Override
    public String name() {
        return algorithm.label();
    }

    @Override
    public String shortName() {
        return name();
    }

    public LabAlgorithm algorithm() {
        return algorithm;
    }

    /** The verdict once the run has ended, or null. */
    public LabVerdict verdict() {
        return verdictRef.get();
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
}
