package org.gtlab.reservoir;

import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.gtlab.math.Rng;

/**
 * One interactive match of the BRG lab's live view (spec §7): build (train + habituate) an agent, then play a
 * pre-drawn opponent schedule round by round with the exact round loop of {@link Match} beside a TfT shadow on
 * the same schedule, keeping every round's α(t), a(t), a*(t), a_cog(t), a_opp(t), D(t) with its weighted parts
 * (w_x·D_state, w_a·D_output, w_e·D_disagree) and both cumulative payoffs in preallocated arrays.
 *
 * <p>Streams as {@code brg-exp6}: agent from seed 500 + 1000i, schedule from the seed's opponent stream,
 * sentinel baselines and evaluation noise from their own streams, so a session played to the end equals the
 * {@code brg-exp6} run of the same settings round for round.
 *
 * <p>Threading: one writer (the thread that calls {@link #step}) and any number of readers; the arrays are
 * allocated once for the whole schedule and {@link #rounds()} is published after a round's values are
 * written, so a reader that reads indices below {@code rounds()} sees complete rounds.
 *
 * @throws IllegalArgumentException for an empty schedule, a bad dimension or α outside [0, 1] (one line each)
 */
public final class LiveSession {

    /** Settings of a session. {@code alpha} is the static α (NaN: the sentinel with {@code sentinel} params). */
    public record Settings(int d, int epochs, int seedIndex, double[] schedule, double alpha, Sentinel.Params sentinel) {
        public Settings {
            Check.dimension(d);
            if (epochs < 0 || epochs > 100_000) {
                throw new IllegalArgumentException("habituation epochs H must be in 0..100000, got " + epochs);
            }
            if (seedIndex < 0) {
                throw new IllegalArgumentException("seed index must be ≥ 0, got " + seedIndex);
            }
            if (schedule == null || schedule.length == 0) {
                throw new IllegalArgumentException("opponent schedule is empty: add at least one block");
            }
            if (!Double.isNaN(alpha)) {
                Check.unit("alpha", alpha);
            }
            schedule = schedule.clone();
        }

        public boolean usesSentinel() {
            return Double.isNaN(alpha);
        }

        public long seed() {
            return Experiments.seed(6, seedIndex);
        }
    }

    private final Settings s;
    private final Agent agent;
    private final Match.Stepper stepper;
    private final Match.Stepper shadow;
    private final int n;
    public final double[] alpha;
    public final double[] action;
    public final double[] body;
    public final double[] cognitive;
    public final double[] opponent;
    public final double[] discomfort;
    public final double[] dState;
    public final double[] dOutput;
    public final double[] dDisagree;
    public final double[] cumulative;
    public final double[] tftCumulative;
    private volatile int rounds;

    private LiveSession(Settings s, Agent agent) {
        this.s = s;
        this.agent = agent;
        this.n = s.schedule().length;
        long seed = s.seed();
        Governor g = s.usesSentinel() ? agent.sentinel(s.sentinel(), Streams.of(seed, Streams.SENTINEL_BASELINE))
                : Governor.fixed(s.alpha());
        Rng noise = Streams.of(seed, Streams.EVALUATION);
        double first = s.schedule()[0];
        this.stepper = new Match.Stepper(Match.prepare(agent.body(), noise), agent.readout(), CognitiveFilter.titForTat(),
                g, first, noise);
        this.shadow = new Match.Stepper(null, null, CognitiveFilter.titForTat(), null, first, null);
        alpha = new double[n];
        action = new double[n];
        body = new double[n];
        cognitive = new double[n];
        opponent = new double[n];
        discomfort = new double[n];
        dState = new double[n];
        dOutput = new double[n];
        dDisagree = new double[n];
        cumulative = new double[n];
        tftCumulative = new double[n];
    }

    /**
     * Builds the agent (readout training, then H habituation epochs), reporting each finished epoch to
     * {@code progress}; returns null if {@code cancelled} turns true between epochs.
     */
    public static LiveSession build(Settings s, IntConsumer progress, BooleanSupplier cancelled) {
        Agent.Build b = new Agent.Build(Agent.Config.defaults(s.d()).withEpochs(s.epochs()), s.seed());
        while (b.epochsDone() < s.epochs()) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            b.epoch();
            progress.accept(b.epochsDone());
        }
        return new LiveSession(s, b.agent());
    }

    /** A new match of the same agent on other settings of the match (schedule, governor); d, H, seed kept. */
    public LiveSession replay(double[] schedule, double alpha, Sentinel.Params p) {
        return new LiveSession(new Settings(s.d(), s.epochs(), s.seedIndex(), schedule, alpha, p), agent);
    }

    public Settings settings() {
        return s;
    }

    public Agent agent() {
        return agent;
    }

    /** Length of the schedule. */
    public int length() {
        return n;
    }

    /** Rounds played so far (published after the round's values). */
    public int rounds() {
        return rounds;
    }

    public boolean finished() {
        return rounds >= n;
    }

    /** Plays up to {@code k} more rounds (fewer at the end of the schedule); returns the rounds played. */
    public int step(int k) {
        int t = rounds;
        int start = t;
        int end = (int) Math.min(n, (long) t + Math.max(0, k));
        double[] opp = s.schedule();
        double cum = t == 0 ? 0 : cumulative[t - 1];
        double tft = t == 0 ? 0 : tftCumulative[t - 1];
        Sentinel.Params p = s.sentinel();
        for (; t < end; t++) {
            double o = opp[t];
            cum += stepper.round(o);
            tft += shadow.round(o);
            alpha[t] = stepper.alpha();
            action[t] = stepper.action();
            body[t] = stepper.bodyOutput();
            cognitive[t] = stepper.cognitive();
            opponent[t] = o;
            if (s.usesSentinel()) {
                double[] c = stepper.components();
                discomfort[t] = stepper.discomfort();
                dState[t] = p.wx() * c[0];
                dOutput[t] = p.wa() * c[1];
                dDisagree[t] = p.we() * c[2];
            }
            cumulative[t] = cum;
            tftCumulative[t] = tft;
            rounds = t + 1;
        }
        return end - start;
    }
}
