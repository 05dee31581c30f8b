package org.gtlab.reservoir;

import java.util.Arrays;

import org.gtlab.math.Rng;

/**
 * Per-seed computations of the BRG experiments (spec §5) that are not α-grid landscapes ({@link Landscape}):
 * Exp 1 (self-consistency), Exp 3 (perturbation), Exp 4 (habituation dynamics), Exp 6 (dynamic sentinel),
 * Exp 7 (sentinel sensitivity), Exp 9 (block-length runs of the phase grid) and Exp 10 (EMA-TfT table).
 * Seed formulas (seed index i) follow spec §10 with this project's own random streams ({@link Streams}), so
 * numbers agree with the author's CSV statistically, not bit for bit. Everything is deterministic in the seed.
 */
public final class Experiments {

    private Experiments() {
    }

    /** Exp 1 seed 100 + 1000i; Exp 2 200 + 1000i; Exp 3/10 300 + 1000i; Exp 4 and 6 500 + 1000i; Exp 7 700 + 1000i. */
    public static long seed(int experiment, int i) {
        return switch (experiment) {
            case 1 -> 100 + 1000L * i;
            case 2 -> 200 + 1000L * i;
            case 3, 10 -> 300 + 1000L * i;
            case 4, 6 -> 500 + 1000L * i;
            case 7 -> 700 + 1000L * i;
            default -> throw new IllegalArgumentException("experiment has no plain seed formula: " + experiment);
        };
    }

    /** Exp 5 seed 400 + 1000i + 10H (a new reservoir per H, as in the author's code). */
    public static long seedExp5(int i, int h) {
        return 400 + 1000L * i + 10L * h;
    }

    /** Exp 8 seed 900 + 1000i + 100000d. */
    public static long seedExp8(int i, int d) {
        return 900 + 1000L * i + 100_000L * d;
    }

    /** Exp 9 grid seed 2000 + 1000i + 100000d. */
    public static long seedExp9(int i, int d) {
        return 2000 + 1000L * i + 100_000L * d;
    }

    // ------------------------------------------------------------------ Exp 1

    /**
     * Exp 1: body output a*(t) of α ∈ {0, 0.5, 1} coupled runs and the AllC control against the deterministic
     * cooperator after the warm-up, plus the genuine transient from x = 0 (α = 1, no warm-up).
     * Rows: α = 0, 0.5, 1, AllC, transient.
     */
    public static double[][] selfConsistency(Agent agent, long seed, int rounds) {
        double[] coop = Schedule.builder(null).coop(rounds).build();
        double[] alphas = {0, 0.5, 1};
        double[][] out = new double[5][];
        for (int k = 0; k < 3; k++) {
            out[k] = agent.play(coop, Governor.fixed(alphas[k]), Streams.of(seed, Streams.EVALUATION + k), false).aBody();
        }
        Rng n = Streams.of(seed, Streams.EVALUATION + 3);
        Body b = Match.prepare(agent.body(), n);
        out[3] = Match.run(b, agent.readout(), coop, CognitiveFilter.allC(), Governor.fixed(0), 1, n, false).aBody();
        Rng z = Streams.of(seed, Streams.EVALUATION + 4);
        out[4] = Match.run(agent.body().copy(), agent.readout(), coop, CognitiveFilter.titForTat(), Governor.fixed(1), 1,
                z, false).aBody();
        return out;
    }

    // ------------------------------------------------------------------ Exp 3

    /** Agents of the perturbation experiment (Exp 3), in order. */
    public static final String[] PERTURBATION_AGENTS = {"alpha=1", "alpha=0", "alpha=0.5", "sentinel", "allc"};

    /** The 200 coop → 100 defect → 200 coop schedule. */
    public static double[] perturbationSchedule() {
        return Schedule.builder(null).coop(200).defect(100).coop(200).build();
    }

    /** Exp 3: the five agents on the perturbation schedule; traces in {@link #PERTURBATION_AGENTS} order. */
    public static Match.Trace[] perturbation(Agent agent, long seed) {
        double[] opp = perturbationSchedule();
        Match.Trace[] t = new Match.Trace[5];
        double[] alphas = {1, 0, 0.5};
        for (int k = 0; k < 3; k++) {
            t[k] = agent.play(opp, Governor.fixed(alphas[k]), Streams.of(seed, Streams.EVALUATION + k), false);
        }
        Sentinel s = agent.sentinel(Sentinel.Params.DEFAULTS, Streams.of(seed, Streams.SENTINEL_BASELINE));
        t[3] = agent.play(opp, s, Streams.of(seed, Streams.EVALUATION + 3), false);
        Rng n = Streams.of(seed, Streams.EVALUATION + 4);
        Body b = Match.prepare(agent.body(), n);
        t[4] = Match.run(b, agent.readout(), opp, CognitiveFilter.allC(), Governor.fixed(0), 1, n, false);
        return t;
    }

    // ------------------------------------------------------------------ Exp 6

    /** Agents of Exp 6, in order: sentinel, then static α = 0, 0.7, 0.85, 1. */
    public static final String[] EXP6_AGENTS = {"sentinel", "alpha=0", "alpha=0.7", "alpha=0.85", "alpha=1"};

    /** Coop(500) → Defect(50) → Coop(500) → Noisy(200, ε = 0.3) → Coop(500), noisy draws from the seed's stream. */
    public static double[] exp6Schedule(long seed) {
        return Schedule.builder(Streams.of(seed, Streams.OPPONENT)).coop(500).defect(50).coop(500).noisy(200, 0.3)
                .coop(500).build();
    }

    /** Exp 6: the five agents on the seed's schedule ({@link #EXP6_AGENTS} order). */
    public static Match.Trace[] dynamicSentinel(Agent agent, long seed, Sentinel.Params p) {
        double[] opp = exp6Schedule(seed);
        Match.Trace[] t = new Match.Trace[5];
        Sentinel s = agent.sentinel(p, Streams.of(seed, Streams.SENTINEL_BASELINE));
        t[0] = agent.play(opp, s, Streams.of(seed, Streams.EVALUATION), false);
        double[] alphas = {0, 0.7, 0.85, 1};
        for (int k = 0; k < 4; k++) {
            t[k + 1] = agent.play(opp, Governor.fixed(alphas[k]), Streams.of(seed, Streams.EVALUATION + 1 + k), false);
        }
        return t;
    }

    // ------------------------------------------------------------------ Exp 7

    /** Exp 7 parameters and grids (one varied at a time). */
    public static final String[] SENSITIVITY_PARAMS = {"alpha0", "eta_up", "eta_down", "theta"};
    public static final double[][] SENSITIVITY_GRID = {{0.6, 0.7, 0.8, 0.85, 0.9, 0.95}, {0.01, 0.02, 0.05, 0.1, 0.2},
        {0.1, 0.3, 0.5, 0.8, 1.0}, {0, 0.05, 0.1, 0.2, 0.3}};

    /** The default sentinel parameters with parameter {@code which} (index into {@link #SENSITIVITY_PARAMS}) set. */
    public static Sentinel.Params vary(int which, double v) {
        Sentinel.Params d = Sentinel.Params.DEFAULTS;
        return switch (which) {
            case 0 -> new Sentinel.Params(v, d.etaUp(), d.etaDown(), d.theta(), d.alphaMin(), d.wx(), d.wa(), d.we(),
                    d.gammaEma());
            case 1 -> new Sentinel.Params(d.alpha0(), v, d.etaDown(), d.theta(), d.alphaMin(), d.wx(), d.wa(), d.we(),
                    d.gammaEma());
            case 2 -> new Sentinel.Params(d.alpha0(), d.etaUp(), v, d.theta(), d.alphaMin(), d.wx(), d.wa(), d.we(),
                    d.gammaEma());
            case 3 -> new Sentinel.Params(d.alpha0(), d.etaUp(), d.etaDown(), v, d.alphaMin(), d.wx(), d.wa(), d.we(),
                    d.gammaEma());
            default -> throw new IllegalArgumentException("sensitivity parameter index must be 0..3, got " + which);
        };
    }

    /**
     * Exp 7, one (parameter, value) of one seed: the sentinel against the seed's stationary ε = 0.1 schedule
     * (shared by all values); returns {mean payoff, mean α}. {@code condition} numbers the evaluation stream.
     */
    public static double[] sensitivity(Agent agent, long seed, double[] opp, Sentinel.Params p, int condition) {
        Sentinel s = agent.sentinel(p, Streams.of(seed, Streams.SENTINEL_BASELINE + 100L * (condition + 1)));
        Match.Trace t = agent.play(opp, s, Streams.of(seed, Streams.EVALUATION + 100 + condition), false);
        return new double[] {t.meanPayoff(), Match.mean(t.alpha())};
    }

    /** The pure-TfT payoff on the same schedule. */
    public static double tftPayoff(double[] opp) {
        return Match.run(null, null, opp, CognitiveFilter.titForTat(), null, opp[0], null, false).meanPayoff();
    }

    // ------------------------------------------------------------------ Exp 9

    /**
     * One (d, seed, L) run pair of the phase grid: sentinel vs pure TfT on Coop(500) → Defect(L) → Coop(500).
     *
     * @param detection   first block index with α &lt; 0.75 (L if never)
     * @param alphaMin    smallest α inside the block
     * @param recovery    first index after the block with α &gt; 0.7 (500 if never)
     * @param coopPart    Σ over opponent-cooperating rounds of u(a_S,1) − u(a_TfT,1)
     * @param blockPart   Σ over block rounds of u(a_S,0) − u(a_TfT,0)
     */
    public record BlockRun(int d, int blockLength, double sentinelTotal, double tftTotal, int detection, double alphaMin,
            int recovery, double coopPart, double blockPart) {
        /** Sentinel minus TfT cumulative payoff. */
        public double advantage() {
            return sentinelTotal - tftTotal;
        }
    }

    /** Seed of the d = 30 block-length sweep (spec §10, Exp 9 panels b–c): 1100 + 1000i + 10L. */
    public static long seedBlockSweep(int i, int blockLength) {
        return 1100 + 1000L * i + 10L * blockLength;
    }

    /**
     * The side panels of the phase diagram (spec §6): for each L the seed means over {@code seeds} seeds of
     * α_min in the block, the detection time, the recovery time, the cooperative-round part and the block part of
     * the sentinel − TfT advantage, from the block-length sweep at size {@code d} (a new agent per seed and L,
     * seed {@link #seedBlockSweep}; λ_reg scaled). Rows: L index; columns: α_min, detection, recovery,
     * coop part, block part, advantage.
     *
     * @param cancelled checked between runs; the rows so far are returned (NaN rows after) when it turns true
     */
    public static double[][] blockSweep(int d, int[] lengths, int seeds, java.util.function.BooleanSupplier cancelled) {
        if (seeds < 1 || lengths.length == 0) {
            throw new IllegalArgumentException("block sweep needs ≥ 1 seed and ≥ 1 block length, got " + seeds + ", "
                    + lengths.length);
        }
        double[][] out = new double[lengths.length][6];
        for (double[] r : out) {
            Arrays.fill(r, Double.NaN);
        }
        for (int li = 0; li < lengths.length; li++) {
            double[] m = new double[6];
            for (int i = 0; i < seeds; i++) {
                if (cancelled.getAsBoolean()) {
                    return out;
                }
                long s = seedBlockSweep(i, lengths[li]);
                BlockRun r = block(Agent.build(Agent.Config.defaults(d).withScaledLambda(), s), s, lengths[li]);
                m[0] += r.alphaMin() / seeds;
                m[1] += r.detection() / (double) seeds;
                m[2] += r.recovery() / (double) seeds;
                m[3] += r.coopPart() / seeds;
                m[4] += r.blockPart() / seeds;
                m[5] += r.advantage() / seeds;
            }
            out[li] = m;
        }
        return out;
    }

    /** Coop(500) → Defect(L) → Coop(500). */
    public static double[] blockSchedule(int blockLength) {
        if (blockLength < 1) {
            throw new IllegalArgumentException("defection block length L must be ≥ 1, got " + blockLength);
        }
        return Schedule.builder(null).coop(500).defect(blockLength).coop(500).build();
    }

    /** Exp 9: the sentinel of {@code agent} and the TfT baseline on the block of length L. */
    public static BlockRun block(Agent agent, long seed, int blockLength) {
        double[] opp = blockSchedule(blockLength);
        Sentinel s = agent.sentinel(Sentinel.Params.DEFAULTS, Streams.of(seed, Streams.SENTINEL_BASELINE + 5500L + blockLength));
        Match.Trace ts = agent.play(opp, s, Streams.of(seed, Streams.EVALUATION + 5000L + blockLength), false);
        Match.Trace tt = agent.play(opp, Governor.fixed(0), Streams.of(seed, Streams.EVALUATION + 6000L + blockLength), false);
        int start = 500;
        int end = 500 + blockLength;
        double amin = Double.POSITIVE_INFINITY;
        for (int t = start; t < end; t++) {
            amin = Math.min(amin, ts.alpha()[t]);
        }
        double coop = 0;
        double blk = 0;
        for (int t = 0; t < opp.length; t++) {
            double diff = ts.payoff()[t] - tt.payoff()[t];
            if (opp[t] == 1) {
                coop += diff;
            } else {
                blk += diff;
            }
        }
        return new BlockRun(agent.body().dim(), blockLength, ts.cumulativePayoff(), tt.cumulativePayoff(),
                Metrics.detection(ts.alpha(), start, end), amin, Metrics.alphaRecovery(ts.alpha(), end), coop, blk);
    }

    // ------------------------------------------------------------------ Exp 10

    /** Rows of the EMA table (Exp 10): raw TfT, EMA γ = 0.5, 0.9, 0.95, 0.99, reservoir α = 1. */
    public static final double[] EMA_GAMMAS = {0, 0.5, 0.9, 0.95, 0.99};

    /**
     * One seed of Exp 10: per row {variance, payoff, depth, recovery} (rows as {@link #EMA_GAMMAS} then the
     * reservoir α = 1), and the reservoir's KL (NaN if {@code kl} is false) in the last entry of the last row.
     */
    public static double[][] emaTable(Agent agent, long seed, boolean kl) {
        double[] noisy = Schedule.builder(Streams.of(seed, Streams.OPPONENT)).noisy(2000, 0.1).build();
        double[] pert = perturbationSchedule();
        double[][] rows = new double[EMA_GAMMAS.length + 1][];
        for (int g = 0; g < EMA_GAMMAS.length; g++) {
            Match.Trace a = Match.run(null, null, noisy, CognitiveFilter.ema(EMA_GAMMAS[g]), null, 1, null, false);
            Match.Trace b = Match.run(null, null, pert, CognitiveFilter.ema(EMA_GAMMAS[g]), null, 1, null, false);
            rows[g] = new double[] {a.actionVariance(), a.meanPayoff(), Metrics.depth(b.action(), 200, 300),
                Metrics.actionRecovery(b.action(), 200, 300), Double.NaN};
        }
        Match.Trace a = agent.play(noisy, Governor.fixed(1), Streams.of(seed, Streams.EVALUATION + 20), kl);
        Match.Trace b = agent.play(pert, Governor.fixed(1), Streams.of(seed, Streams.EVALUATION + 21), false);
        double k = Double.NaN;
        if (kl) {
            k = KnnKl.clipped(a.states(), agent.reference(2000, Streams.of(seed, Streams.REFERENCE)), KnnKl.K);
        }
        rows[EMA_GAMMAS.length] = new double[] {a.actionVariance(), a.meanPayoff(), Metrics.depth(b.action(), 200, 300),
            Metrics.actionRecovery(b.action(), 200, 300), k};
        return rows;
    }

    // ------------------------------------------------------------------ Exp 4

    /** Exp 4 conditions: α = 0, 0.5, 1 and the sentinel (habituated at fixed α = 0.85). */
    public static final String[] EXP4_CONDITIONS = {"alpha=0", "alpha=0.5", "alpha=1", "sentinel"};

    /**
     * Exp 4 for one seed, one logged point at a time: one reservoir copy per condition habituated closed-loop
     * at the condition's α against a cooperator (the readout trained once on the un-habituated reservoir,
     * 300 burn-in + 1500 states per class), measured every {@code every} epochs up to {@code maxEpochs}:
     * 1500 rounds against the seed's fixed ε = 0.1 schedule, reference recomputed at the current H.
     * Rows are produced condition by condition ({@link #next}); the object is stateful (one per seed).
     */
    public static final class HabituationLog {
        private final long seed;
        private final int every;
        private final int logs;
        private final boolean kl;
        private final Agent base;
        private final double[] opp;
        private static final double[] HAB_ALPHA = {0, 0.5, 1, 0.85};
        private int k;
        private Reservoir res;
        private Agent agent;
        private Rng drive;
        private double rho = Double.NaN;

        public HabituationLog(int d, long seed, int maxEpochs, int every, boolean kl) {
            if (every < 1 || maxEpochs < 0) {
                throw new IllegalArgumentException("habituation log needs every ≥ 1 and max_epochs ≥ 0, got every = "
                        + every + ", max_epochs = " + maxEpochs);
            }
            this.seed = seed;
            this.every = every;
            this.logs = maxEpochs / every + 1;
            this.kl = kl;
            this.base = Agent.build(new Agent.Config(d, 0.001, 0, Habituation.Drive.CLOSED_LOOP, 1, 300, 1500,
                    SpectralRadius.Mode.POWER), seed);
            this.opp = Schedule.builder(Streams.of(seed, Streams.OPPONENT)).noisy(1500, 0.1).build();
        }

        /** Number of rows: 4 conditions × logged H values. */
        public int rows() {
            return 4 * logs;
        }

        /**
         * The next row {condition, H, KL (NaN if not computed), Var[a], mean body output, pre-clamp ρ̂ of the
         * last epoch (NaN at H = 0)}.
         */
        public double[] next() {
            if (k >= rows()) {
                throw new IllegalStateException("all " + rows() + " rows are done");
            }
            int cnd = k / logs;
            int l = k % logs;
            k++;
            if (l == 0) {
                res = base.body().copy();
                agent = base.withBody(res);
                drive = Streams.of(seed, Streams.CONSTRUCTION + 10 + cnd);
                rho = Double.NaN;
            } else {
                double[] pre = Habituation.habituate(res, agent.readout(), every, Habituation.Drive.CLOSED_LOOP,
                        HAB_ALPHA[cnd], SpectralRadius.Mode.POWER, drive);
                rho = pre[pre.length - 1];
            }
            Governor g = cnd == 3 ? agent.sentinel(Sentinel.Params.DEFAULTS,
                    Streams.of(seed, Streams.SENTINEL_BASELINE + 10L * l)) : Governor.fixed(HAB_ALPHA[cnd]);
            Match.Trace t = agent.play(opp, g, Streams.of(seed, Streams.EVALUATION + 1000L + 100L * cnd + l), kl);
            double klv = Double.NaN;
            if (kl) {
                double[][] ref = agent.reference(1500, Streams.of(seed, Streams.REFERENCE + 100L * (cnd + 1) + l));
                klv = KnnKl.clipped(t.states(), ref, KnnKl.K);
            }
            return new double[] {cnd, (double) l * every, klv, t.actionVariance(), Match.mean(t.aBody()), rho};
        }
    }

    /** Mean of a[from, to). */
    public static double mean(double[] a, int from, int to) {
        return Match.mean(Arrays.copyOfRange(a, from, to));
    }
}
