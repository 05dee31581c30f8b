package org.gtlab.reservoir;

import org.gtlab.math.Rng;

/**
 * A trained and habituated BRG body (spec §4 "AGENT build"): random reservoir from the construction stream;
 * readout fitted on two zero-state copies driven open-loop [1,1] and [0,0] (burn-in, then kept states; their
 * own streams); then H epochs of batch Oja + clamp on the construction stream, the reservoir state persisting.
 * The readout is frozen before habituation and never retrained.
 */
public final class Agent {

    /** Build configuration; {@link #defaults(int)} gives the spec defaults for size d. */
    public record Config(int d, double lambdaReg, int epochs, Habituation.Drive drive, double driveAlpha,
            int trainBurn, int trainKeep, SpectralRadius.Mode mode) {
        public Config {
            Check.dimension(d);
            if (!(lambdaReg > 0) || !Double.isFinite(lambdaReg)) {
                throw new IllegalArgumentException("lambda_reg must be finite and > 0, got " + lambdaReg);
            }
            if (epochs < 0 || epochs > 100_000) {
                throw new IllegalArgumentException("habituation epochs H must be in 0..100000, got " + epochs);
            }
            Check.unit("habituation alpha", driveAlpha);
            if (trainBurn < 0 || trainKeep < 1) {
                throw new IllegalArgumentException("training needs burn-in ≥ 0 and ≥ 1 kept state, got burn "
                        + trainBurn + ", keep " + trainKeep);
            }
        }

        /** d, λ_reg = 0.001, H = 200 open-loop, 500 + 2000 training states, power-iteration ρ̂. */
        public static Config defaults(int d) {
            return new Config(d, 0.001, 200, Habituation.Drive.OPEN_LOOP, 1.0, 500, 2000, SpectralRadius.Mode.POWER);
        }

        public Config withEpochs(int h) {
            return new Config(d, lambdaReg, h, drive, driveAlpha, trainBurn, trainKeep, mode);
        }

        public Config withMode(SpectralRadius.Mode m) {
            return new Config(d, lambdaReg, epochs, drive, driveAlpha, trainBurn, trainKeep, m);
        }

        /** λ_reg scaled to 0.001·d/30 (d-sweep and phase grid). */
        public Config withScaledLambda() {
            return new Config(d, 0.001 * d / 30.0, epochs, drive, driveAlpha, trainBurn, trainKeep, mode);
        }
    }

    private final Reservoir body;
    private final Readout readout;
    private final double[] preClamp;

    private Agent(Reservoir body, Readout readout, double[] preClamp) {
        this.body = body;
        this.readout = readout;
        this.preClamp = preClamp;
    }

    /** Builds, trains and habituates the agent of {@code seed}. */
    public static Agent build(Config c, long seed) {
        Build b = new Build(c, seed);
        while (b.epochsDone() < c.epochs()) {
            b.epoch();
        }
        return b.agent();
    }

    /**
     * The build of {@link Agent#build} one habituation epoch at a time (live views show ρ̂ per epoch): the
     * constructor draws the reservoir and fits the readout; {@link #epoch()} runs one batch-Oja epoch + clamp
     * on the construction stream. Driven to {@code c.epochs()} it gives the same agent bit for bit.
     */
    public static final class Build {
        private final Config c;
        private final Rng main;
        private final Reservoir res;
        private final Readout ro;
        private final double[] pre;
        private int done;

        public Build(Config c, long seed) {
            this.c = c;
            this.main = Streams.of(seed, Streams.CONSTRUCTION);
            this.res = Reservoir.random(c.d(), main, c.mode());
            double[][] xc = res.copy().collect(1, 1, c.trainBurn(), c.trainKeep(), Streams.of(seed, Streams.TRAIN_COOP));
            double[][] xd = res.copy().collect(0, 0, c.trainBurn(), c.trainKeep(), Streams.of(seed, Streams.TRAIN_DEFECT));
            this.ro = Readout.fitLogit(xc, xd, c.lambdaReg());
            this.pre = new double[c.epochs()];
        }

        /** One habituation epoch; returns the pre-clamp ρ̂. @throws IllegalStateException after the last */
        public double epoch() {
            if (done >= c.epochs()) {
                throw new IllegalStateException("all " + c.epochs() + " habituation epochs are done");
            }
            double r = Habituation.habituate(res, ro, 1, c.drive(), c.driveAlpha(), c.mode(), main)[0];
            pre[done++] = r;
            return r;
        }

        public int epochsDone() {
            return done;
        }

        /** ρ̂ of the current W (power iteration from a fresh Rng(42), as the clamp measures it). */
        public double spectralRadius() {
            return SpectralRadius.powerIteration(res.w, res.d, Rng.of(42));
        }

        /** The agent (after all epochs: the built agent; before: a partly habituated one sharing the body). */
        public Agent agent() {
            return new Agent(res, ro, java.util.Arrays.copyOf(pre, done));
        }
    }

    /**
     * The same readout on another body (Exp 4 habituates one copy of the reservoir per condition, all
     * sharing the readout trained on the un-habituated reservoir).
     */
    public Agent withBody(Reservoir other) {
        if (other.dim() != body.dim()) {
            throw new IllegalArgumentException("body has dimension " + other.dim() + ", readout expects " + body.dim());
        }
        return new Agent(other, readout, new double[0]);
    }

    /** The habituated reservoir (its state is whatever habituation left; use copies to play). */
    public Reservoir body() {
        return body;
    }

    public Readout readout() {
        return readout;
    }

    /** Pre-clamp spectral-radius estimate after each habituation epoch. */
    public double[] preClampEstimates() {
        return preClamp.clone();
    }

    /** Reference sample p_hab: warm-up, then {@code n} closed-loop α = 1 states against opp ≡ 1. */
    public double[][] reference(int n, Rng noise) {
        Body b = Match.prepare(body, noise);
        double[] opp = new double[n];
        java.util.Arrays.fill(opp, 1.0);
        return Match.run(b, readout, opp, CognitiveFilter.titForTat(), Governor.fixed(1), 1, noise, true).states();
    }

    /** A sentinel with default parameters and baselines from the given stream. */
    public Sentinel sentinel(Sentinel.Params p, Rng baselineNoise) {
        Sentinel s = new Sentinel(p, body.dim());
        s.initBaselines(body, readout, baselineNoise);
        return s;
    }

    /** Plays {@code opp} with a static α (TfT filter), after copy + warm-up on {@code noise}. */
    public Match.Trace play(double[] opp, Governor gov, Rng noise, boolean keepStates) {
        if (opp.length == 0) {
            throw new IllegalArgumentException("opponent schedule is empty");
        }
        Body b = Match.prepare(body, noise);
        return Match.run(b, readout, opp, CognitiveFilter.titForTat(), gov, opp[0], noise, keepStates);
    }
}
