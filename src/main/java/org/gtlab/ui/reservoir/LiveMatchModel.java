package org.gtlab.ui.reservoir;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.gtlab.chart.model.XYChart;
import org.gtlab.figure.BrgFigures;
import org.gtlab.reservoir.Experiments;
import org.gtlab.reservoir.LiveSession;
import org.gtlab.reservoir.Sentinel;
import org.gtlab.run.methods.reservoir.ReservoirMethods;

/**
 * The view model of the BRG lab's live match (views reach the model rooms only through view models): turns
 * the parameter sheet's values into a checked request, builds the agent, and exposes one
 * {@link LiveSession}'s per-round arrays and counters to the canvas. Also computes the phase diagram's side
 * panels for the lab view ({@link #sidePanels}).
 */
final class LiveMatchModel {

    /** A checked request: the session settings (opaque to the view) and what the view shows of them. */
    static final class Request {
        private final LiveSession.Settings settings;

        private Request(LiveSession.Settings settings) {
            this.settings = settings;
        }

        int d() {
            return settings.d();
        }

        int epochs() {
            return settings.epochs();
        }

        int seedIndex() {
            return settings.seedIndex();
        }

        int length() {
            return settings.schedule().length;
        }
    }

    private final LiveSession s;
    final double[] alpha;
    final double[] action;
    final double[] body;
    final double[] cognitive;
    final double[] opponent;
    final double[] discomfort;
    final double[] dState;
    final double[] dOutput;
    final double[] dDisagree;
    final double[] cumulative;
    final double[] tftCumulative;

    private LiveMatchModel(LiveSession s) {
        this.s = s;
        alpha = s.alpha;
        action = s.action;
        body = s.body;
        cognitive = s.cognitive;
        opponent = s.opponent;
        discomfort = s.discomfort;
        dState = s.dState;
        dOutput = s.dOutput;
        dDisagree = s.dDisagree;
        cumulative = s.cumulative;
        tftCumulative = s.tftCumulative;
    }

    /**
     * Checks the sheet's values and draws the schedule (noisy blocks from the seed's opponent stream).
     *
     * @param alpha static α, or NaN for the sentinel
     * @param p     α0, η↑, η↓, θ, α_min, w_x, w_a, w_e, γ_ema
     * @throws IllegalArgumentException naming the bad value
     */
    static Request request(int d, int epochs, int seedIndex, String schedule, double alpha, double... p) {
        if (p[4] > p[0]) {
            throw new IllegalArgumentException("α_min must be ≤ α0, got " + p[4] + " > " + p[0]);
        }
        Sentinel.Params sp = new Sentinel.Params(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
        if (schedule == null || schedule.isBlank()) {
            throw new IllegalArgumentException("opponent schedule is empty: add at least one Coop, Defect or Noisy block");
        }
        double[] opp = ReservoirMethods.parseSchedule(schedule, Experiments.seed(6, seedIndex));
        return new Request(new LiveSession.Settings(d, epochs, seedIndex, opp, alpha, sp));
    }

    /** Builds the agent (progress per finished epoch); null if cancelled. */
    static LiveMatchModel build(Request r, IntConsumer progress, BooleanSupplier cancelled) {
        LiveSession s = LiveSession.build(r.settings, progress, cancelled);
        return s == null ? null : new LiveMatchModel(s);
    }

    /** A new match of this agent with the request's schedule and governor. */
    LiveMatchModel replay(Request r) {
        LiveSession.Settings x = r.settings;
        return new LiveMatchModel(s.replay(x.schedule(), x.alpha(), x.sentinel()));
    }

    int d() {
        return s.settings().d();
    }

    int epochs() {
        return s.settings().epochs();
    }

    int seedIndex() {
        return s.settings().seedIndex();
    }

    int length() {
        return s.length();
    }

    int rounds() {
        return s.rounds();
    }

    boolean finished() {
        return s.finished();
    }

    int step(int k) {
        return s.step(k);
    }

    boolean usesSentinel() {
        return s.settings().usesSentinel();
    }

    double alpha0() {
        return s.settings().sentinel().alpha0();
    }

    double alphaMin() {
        return s.settings().sentinel().alphaMin();
    }

    double theta() {
        return s.settings().sentinel().theta();
    }

    /** The phase diagram's side panels from the block-length sweep at size d (null if cancelled midway). */
    static List<XYChart> sidePanels(int d, int[] lengths, int seeds, BooleanSupplier cancelled) {
        double[][] rows = Experiments.blockSweep(d, lengths, seeds, cancelled);
        return cancelled.getAsBoolean() ? null : BrgFigures.phaseSidePanels(d, lengths, rows, seeds);
    }
}
