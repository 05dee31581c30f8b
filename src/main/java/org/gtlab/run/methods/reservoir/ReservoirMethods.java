package org.gtlab.run.methods.reservoir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gtlab.reservoir.Agent;
import org.gtlab.reservoir.CognitiveFilter;
import org.gtlab.reservoir.Experiments;
import org.gtlab.reservoir.Governor;
import org.gtlab.reservoir.Landscape;
import org.gtlab.reservoir.Match;
import org.gtlab.reservoir.Schedule;
import org.gtlab.reservoir.Sentinel;
import org.gtlab.reservoir.Streams;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.MethodPreset;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.MetricSpec.Goal;
import org.gtlab.run.Param;
import org.gtlab.run.Payload;

/**
 * The Body-Reservoir Governance lab's methods (spec brg.md §5–§6; Nakamura, arXiv:2602.20846), none of which
 * takes a game. Each run is one seed index i of the experiment's seed formula (spec §10), one condition per
 * step; {@code --seeds N} runs the 20-seed groups of the paper. Names: {@code brg-exp1} … {@code brg-exp10}
 * (Exp 9 is the phase grid {@code brg-phase}, a sweep of the sweep room; {@code brg-exp6} is the live match,
 * one round per step, on any block schedule).
 */
public final class ReservoirMethods {

    private ReservoirMethods() {
    }

    /** Every method of the lab, in catalog order. */
    public static List<ExperimentFactory> all() {
        return List.of(exp1(), exp2(), exp3(), exp4(), exp5(), exp6(), exp7(), exp8(), PhaseMethod.create(), exp10());
    }

    static Param dim(long def) {
        return Param.integer("d", def, 1, 2000, "reservoir size d (spec default 30)");
    }

    static Param habEpochs() {
        return Param.integer("epochs", 200, 0, 100_000, "habituation epochs H (500 steps each, open-loop [1,1])");
    }

    static MetricSpec lin(String name, String label, String formula) {
        return MetricSpec.linear(name, label, "", Goal.NONE, formula);
    }

    static MetricSpec logm(String name, String label, String formula) {
        return MetricSpec.log(name, label, "", Goal.NONE, formula);
    }

    static List<String> names(List<MetricSpec> m) {
        return m.stream().map(MetricSpec::name).toList();
    }

    static double[] last(List<double[]> rows, int width) {
        if (rows.isEmpty()) {
            double[] v = new double[width];
            Arrays.fill(v, Double.NaN);
            return v;
        }
        return rows.get(rows.size() - 1);
    }

    // ------------------------------------------------------------------ Exp 1

    /** Exp 1 config. */
    public record Exp1Config(int d, int rounds) {
        public static final ConfigSchema<Exp1Config> SCHEMA = ConfigSchema.of(Exp1Config.class, dim(30),
                Param.integer("rounds", 500, 6, 1_000_000, "rounds against the deterministic cooperator (code: 500)"));

        public Exp1Config {
            SCHEMA.check(d, rounds);
        }
    }

    static final List<MetricSpec> EXP1 = List.of(
            lin("condition", "Condition", "0: α = 0, 1: α = 0.5, 2: α = 1, 3: AllC, 4: α = 1 from x = 0 (no warm-up)"),
            lin("body_mean", "Mean body output", "mean_t a*(t)"),
            lin("body_first", "First body output", "a*(0)"),
            lin("body_last", "Last body output", "a*(T−1)"),
            lin("rounds_to_095", "Rounds to 0.95", "first t with a*(t) ≥ 0.95 (T if never)"));

    static ExperimentFactory exp1() {
        return new BrgMethod<>("brg-exp1", "BRG Exp 1: self-consistent convergence",
                "Body output a*(t) of α ∈ {0, 0.5, 1} and AllC against a cooperator after the 500-step warm-up, and the "
                        + "genuine transient from x = 0 (spec §5 Exp 1; seed 100 + 1000i). PUB: a* ≈ 0.98.",
                Exp1Config.SCHEMA, List.of(MethodPreset.of("paper", "Paper length T = 200", "rounds=200",
                        "the manuscript's T = 200 (the code runs 500)")),
                EXP1, c -> 5, c -> new SeedPlan<>(new SeedPlan.Plan<double[][]>() {
                    public int steps() {
                        return 5;
                    }

                    public double[][] context(double[][] cur, long seed, int k) {
                        return cur != null ? cur : Experiments.selfConsistency(
                                Agent.build(Agent.Config.defaults(c.d()), Experiments.seed(1, (int) seed)),
                                Experiments.seed(1, (int) seed), c.rounds());
                    }

                    public double[] row(double[][] ctx, long seed, int k) {
                        double[] a = ctx[k];
                        int first = a.length;
                        for (int t = 0; t < a.length; t++) {
                            if (a[t] >= 0.95) {
                                first = t;
                                break;
                            }
                        }
                        return new double[] {k, Experiments.mean(a, 0, a.length), a[0], a[a.length - 1], first};
                    }

                    public double[] metrics(List<double[]> rows) {
                        return last(rows, 5).clone();
                    }

                    public Map<String, Payload> payloads(double[][] ctx, List<double[]> rows) {
                        return Map.of("body", Payload.rows(Arrays.copyOf(ctx, rows.size())));
                    }
                }, names(EXP1)));
    }

    // ------------------------------------------------------------------ Exp 2

    /** Exp 2 config. */
    public record Exp2Config(int d, int grid, int rounds, double epsilon, int epochs, boolean control, double lambda) {
        public static final ConfigSchema<Exp2Config> SCHEMA = ConfigSchema.of(Exp2Config.class, dim(30),
                Param.integer("grid", 21, 2, 1001, "α grid points {0, …, 1} (code: 21 = 0.05 steps; paper: 11)"),
                Param.integer("rounds", 2000, 6, 1_000_000, "evaluation rounds after the warm-up (and reference states)"),
                Param.real("epsilon", 0.1, 0, true, 1, true, "opponent defection probability ε"), habEpochs(),
                Param.bool("control", true, "also run the pure-cooperation control KL"),
                Param.real("lambda", 3, 0, true, 1e6, true, "metabolic cost λ of F(α) = −ū + λ·KL"));

        public Exp2Config {
            SCHEMA.check(d, grid, rounds, epsilon, epochs, control, lambda);
        }
    }

    static final List<MetricSpec> LANDSCAPE = List.of(lin("alpha", "α", "receptivity of the current condition"),
            lin("kl", "C(α)", "max(0, kNN-KL(p_α ‖ p_hab)), k = 5"),
            logm("variance", "Var[a]", "population variance of a(t)"),
            MetricSpec.linear("payoff", "Mean payoff", "", Goal.MAXIMISE, "mean_t u(a(t), a_opp(t))"),
            lin("mean_action", "Mean action", "mean_t a(t)"),
            lin("control_kl", "Control KL", "KL of the same α against the deterministic cooperator (≈ 0)"),
            logm("var_ratio", "Var ratio", "Var[a](α = 0) / Var[a](current α)"),
            lin("alpha_star", "α*", "argmin over the α done of −ū(α) + λ·KL(α) (this seed)"));

    static double[] landscapeMetrics(List<double[]> rows, double lambda) {
        if (rows.isEmpty()) {
            double[] v = new double[8];
            Arrays.fill(v, Double.NaN);
            return v;
        }
        double[] r = rows.get(rows.size() - 1);
        double[] pay = new double[rows.size()];
        double[] kl = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            pay[i] = rows.get(i)[4];
            kl[i] = rows.get(i)[1];
        }
        double star = Double.isNaN(kl[0]) ? Double.NaN : rows.get(Landscape.alphaStar(pay, kl, lambda))[0];
        return new double[] {r[0], r[1], r[3], r[4], r[5], r[6], rows.get(0)[3] / r[3], star};
    }

    static double[] pointRow(Landscape.Point p) {
        return new double[] {p.alpha(), p.kl(), p.klRaw(), p.variance(), p.payoff(), p.meanAction(), p.controlKl(),
            p.bodyOutput()};
    }

    static ExperimentFactory exp2() {
        return new BrgMethod<>("brg-exp2", "BRG Exp 2: KL landscape and variance reduction",
                "Static α on a grid against a noisy cooperator (ε = 0.1, one shared draw per seed): state-space KL to "
                        + "the habituated reference, action variance, payoff, pure-cooperation control (spec §5 Exp 2; "
                        + "seed 200 + 1000i). CSV: KL 1.23 / 0.51 / 0.56, Var ratio 258×, payoff 2.891 → 2.766.",
                Exp2Config.SCHEMA, List.of(
                        MethodPreset.of("code-grid", "Code grid: 21 α, 0.05 steps [CODE]", "grid=21", "author's code"),
                        MethodPreset.of("paper-grid", "Paper grid: 11 α, 0.1 steps [PUB]", "grid=11", "manuscript"),
                        MethodPreset.of("quick", "Quick: α ∈ {0, 0.5, 1}, no control", "grid=3, control=false",
                                "a fast look")),
                LANDSCAPE, Exp2Config::grid, c -> new SeedPlan<>(new SeedPlan.Plan<Landscape>() {
                    public int steps() {
                        return c.grid();
                    }

                    public Landscape context(Landscape cur, long seed, int k) {
                        return cur != null ? cur : Landscape.prepare(Agent.Config.defaults(c.d()).withEpochs(c.epochs()),
                                Experiments.seed(2, (int) seed), c.rounds(), c.epsilon(), true);
                    }

                    public double[] row(Landscape l, long seed, int k) {
                        return pointRow(l.evaluate(Landscape.grid(c.grid())[k], k, true, c.control()));
                    }

                    public double[] metrics(List<double[]> rows) {
                        return landscapeMetrics(rows, c.lambda());
                    }
                }, names(LANDSCAPE)));
    }

    // ------------------------------------------------------------------ Exp 3

    /** Exp 3 config. */
    public record Exp3Config(int d, int epochs) {
        public static final ConfigSchema<Exp3Config> SCHEMA = ConfigSchema.of(Exp3Config.class, dim(30), habEpochs());

        public Exp3Config {
            SCHEMA.check(d, epochs);
        }
    }

    static final List<MetricSpec> EXP3 = List.of(
            lin("agent", "Agent", "0: α = 1, 1: α = 0 (TfT), 2: α = 0.5, 3: sentinel, 4: AllC"),
            lin("block_action", "Action in block", "mean a(t), t = 200–299"),
            lin("block_body", "Body output in block", "mean a*(t), t = 200–299"),
            lin("post_action", "Action after block", "mean a(t), t = 300–499"),
            lin("depth", "Depth", "min a(t) in the block"),
            lin("recovery", "Recovery", "rounds after the block until a ≥ 0.95 × pre-block mean (cap 200)"));

    static ExperimentFactory exp3() {
        return new BrgMethod<>("brg-exp3", "BRG Exp 3: perturbation response",
                "200 coop → 100 defect → 200 coop against α = 1, α = 0, α = 0.5, the sentinel and AllC (spec §5 Exp 3; "
                        + "seed 300 + 1000i). PUB: α = 1 output sags ≈0.98 → ≈0.96; α = 0.5 ≈0.49 in the block.",
                Exp3Config.SCHEMA, List.of(MethodPreset.of("unhabituated", "No habituation (H = 0)", "epochs=0",
                        "the body before Oja")),
                EXP3, c -> 5, c -> new SeedPlan<>(new SeedPlan.Plan<Match.Trace[]>() {
                    public int steps() {
                        return 5;
                    }

                    public Match.Trace[] context(Match.Trace[] cur, long seed, int k) {
                        long s = Experiments.seed(3, (int) seed);
                        return cur != null ? cur : Experiments.perturbation(
                                Agent.build(Agent.Config.defaults(c.d()).withEpochs(c.epochs()), s), s);
                    }

                    public double[] row(Match.Trace[] t, long seed, int k) {
                        double[] a = t[k].action();
                        double[] b = t[k].aBody();
                        return new double[] {k, Experiments.mean(a, 200, 300), Experiments.mean(b, 200, 300),
                            Experiments.mean(a, 300, 500), org.gtlab.reservoir.Metrics.depth(a, 200, 300),
                            org.gtlab.reservoir.Metrics.actionRecovery(a, 200, 300)};
                    }

                    public double[] metrics(List<double[]> rows) {
                        return last(rows, 6).clone();
                    }

                    public Map<String, Payload> payloads(Match.Trace[] t, List<double[]> rows) {
                        double[][] a = new double[rows.size()][];
                        for (int i = 0; i < a.length; i++) {
                            a[i] = t[i].action();
                        }
                        return Map.of("actions", Payload.rows(a));
                    }
                }, names(EXP3)));
    }

    // ------------------------------------------------------------------ Exp 4

    /** Exp 4 config. */
    public record Exp4Config(int d, int max_epochs, int every, boolean kl) {
        public static final ConfigSchema<Exp4Config> SCHEMA = ConfigSchema.of(Exp4Config.class, dim(30),
                Param.integer("max_epochs", 300, 0, 100_000, "largest H logged"),
                Param.integer("every", 15, 1, 100_000, "epochs between logged H values"),
                Param.bool("kl", true, "compute the KL at every logged H (the expensive part)"));

        public Exp4Config {
            SCHEMA.check(d, max_epochs, every, kl);
        }
    }

    static final List<MetricSpec> EXP4 = List.of(
            lin("condition", "Condition", "0: α = 0, 1: α = 0.5, 2: α = 1, 3: sentinel (habituated at α = 0.85)"),
            lin("h", "H", "habituation epochs so far"), lin("kl", "KL", "kNN-KL to the reference at this H"),
            logm("variance", "Var[a]", "action variance, 1500 rounds, ε = 0.1"),
            lin("body", "Body output", "mean a*(t)"),
            lin("rho_pre", "Pre-clamp ρ̂", "power-iteration estimate before the clamp, last epoch (clamp binds if > 0.99)"));

    static ExperimentFactory exp4() {
        return new BrgMethod<>("brg-exp4", "BRG Exp 4: habituation dynamics",
                "Closed-loop Oja habituation per condition, logged every 15 epochs up to 300 (spec §5 Exp 4; seed "
                        + "500 + 1000i). CSV: ρ̂ pinned at the clamp 0.99 from H = 15 (the paper says 0.90 → 0.82); "
                        + "sentinel variance ≈0.04, not ≈ α = 1.",
                Exp4Config.SCHEMA, List.of(MethodPreset.of("no-kl", "Variances only (fast)", "kl=false",
                        "skips the KL")),
                EXP4, c -> 4 * (c.max_epochs() / c.every() + 1),
                c -> new SeedPlan<>(new SeedPlan.Plan<Experiments.HabituationLog>() {
                    public int steps() {
                        return 4 * (c.max_epochs() / c.every() + 1);
                    }

                    public Experiments.HabituationLog context(Experiments.HabituationLog cur, long seed, int k) {
                        return cur != null ? cur : new Experiments.HabituationLog(c.d(), Experiments.seed(4, (int) seed),
                                c.max_epochs(), c.every(), c.kl());
                    }

                    public double[] row(Experiments.HabituationLog l, long seed, int k) {
                        return l.next();
                    }

                    public double[] metrics(List<double[]> rows) {
                        return last(rows, 6).clone();
                    }
                }, names(EXP4)));
    }

    // ------------------------------------------------------------------ Exp 5

    /** The habituation grid of Exp 5. */
    public static final int[] EXP5_H = {0, 10, 25, 50, 100, 200};

    /** Exp 5 config. */
    public record Exp5Config(int d, int grid, int rounds, double lambda) {
        public static final ConfigSchema<Exp5Config> SCHEMA = ConfigSchema.of(Exp5Config.class, dim(30),
                Param.integer("grid", 11, 2, 1001, "α grid points"),
                Param.integer("rounds", 2000, 6, 1_000_000, "evaluation rounds"),
                Param.real("lambda", 3, 0, true, 1e6, true, "λ for α*"));

        public Exp5Config {
            SCHEMA.check(d, grid, rounds, lambda);
        }
    }

    static final List<MetricSpec> EXP5 = List.of(lin("h", "H", "habituation epochs of the current reservoir"),
            lin("alpha", "α", "receptivity"), lin("kl", "C(α)", "kNN-KL to p_hab"),
            MetricSpec.linear("payoff", "Mean payoff", "", Goal.MAXIMISE, "ū(α)"),
            lin("free_energy", "F(α)", "−ū(α) + λ·KL(α)"),
            lin("alpha_star", "α*", "argmin F over the α done at this H (this seed)"));

    record Exp5Context(int h, Landscape landscape) {
    }

    static ExperimentFactory exp5() {
        return new BrgMethod<>("brg-exp5", "BRG Exp 5: free-energy landscape F(α, H)",
                "KL and F(α) = −ū + λ·KL on the α grid for H ∈ {0, 10, 25, 50, 100, 200}; seed 400 + 1000i + 10H, "
                        + "a new reservoir per H as in the author's code (spec §5 Exp 5). PUB (not cross-checked): α* = 1 "
                        + "at H = 0, ≈0.7 for H ≥ 25.",
                Exp5Config.SCHEMA, List.of(MethodPreset.of("lambda1", "λ = 1", "lambda=1", ""),
                        MethodPreset.of("lambda8", "λ = 8", "lambda=8", "")),
                EXP5, c -> EXP5_H.length * c.grid(), c -> new SeedPlan<>(new SeedPlan.Plan<Exp5Context>() {
                    public int steps() {
                        return EXP5_H.length * c.grid();
                    }

                    public Exp5Context context(Exp5Context cur, long seed, int k) {
                        int h = EXP5_H[k / c.grid()];
                        if (cur != null && cur.h() == h) {
                            return cur;
                        }
                        return new Exp5Context(h, Landscape.prepare(Agent.Config.defaults(c.d()).withEpochs(h),
                                Experiments.seedExp5((int) seed, h), c.rounds(), 0.1, true));
                    }

                    public double[] row(Exp5Context x, long seed, int k) {
                        int j = k % c.grid();
                        Landscape.Point p = x.landscape().evaluate(Landscape.grid(c.grid())[j], j, true, false);
                        return new double[] {x.h(), p.alpha(), p.kl(), p.payoff(), -p.payoff() + c.lambda() * p.kl()};
                    }

                    public double[] metrics(List<double[]> rows) {
                        if (rows.isEmpty()) {
                            double[] v = new double[6];
                            Arrays.fill(v, Double.NaN);
                            return v;
                        }
                        double[] r = rows.get(rows.size() - 1);
                        double best = Double.POSITIVE_INFINITY;
                        double star = Double.NaN;
                        for (double[] q : rows) {
                            if (q[0] == r[0] && q[4] < best) {
                                best = q[4];
                                star = q[1];
                            }
                        }
                        return new double[] {r[0], r[1], r[2], r[3], r[4], star};
                    }
                }, names(EXP5)));
    }

    // ------------------------------------------------------------------ Exp 6 (live match)

    /** Exp 6 / live match config. */
    public record Exp6Config(int d, int epochs, String schedule, String governor, double alpha, double alpha0,
            double eta_up, double eta_down, double theta, double alpha_min) {
        public static final ConfigSchema<Exp6Config> SCHEMA = ConfigSchema.of(Exp6Config.class, dim(30), habEpochs(),
                Param.text("schedule", "coop:500,defect:50,coop:500,noisy:200:0.3,coop:500", ReservoirMethods::checkSchedule,
                        "opponent blocks coop:N, defect:N, noisy:N:ε separated by , or ;"),
                Param.choice("governor", "sentinel", List.of("sentinel", "static"), "dynamic sentinel or static α"),
                Param.real("alpha", 0.85, 0, true, 1, true, "static α (governor = static)"),
                Param.real("alpha0", 0.85, 0, true, 1, true, "sentinel resting receptivity α0"),
                Param.real("eta_up", 0.05, 0, true, 1, true, "sentinel recovery rate η↑"),
                Param.real("eta_down", 0.5, 0, true, 100, true, "sentinel suppression rate η↓"),
                Param.real("theta", 0.1, 0, true, 10, true, "discomfort threshold θ"),
                Param.real("alpha_min", 0.05, 0, true, 1, true, "receptivity floor α_min (≤ α0)"));

        public Exp6Config {
            SCHEMA.check(d, epochs, schedule, governor, alpha, alpha0, eta_up, eta_down, theta, alpha_min);
            if (alpha_min > alpha0) {
                throw new IllegalArgumentException("Exp6Config: alpha_min must be ≤ alpha0, got " + alpha_min + " > "
                        + alpha0);
            }
        }

        Sentinel.Params params() {
            Sentinel.Params d = Sentinel.Params.DEFAULTS;
            return new Sentinel.Params(alpha0, eta_up, eta_down, theta, alpha_min, d.wx(), d.wa(), d.we(), d.gammaEma());
        }
    }

    /** Null if the schedule text parses, else why not. */
    static String checkSchedule(String text) {
        try {
            parseSchedule(text, 0);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Parses "coop:N,defect:N,noisy:N:ε" into the pre-drawn schedule (noisy draws from the seed's stream). */
    public static double[] parseSchedule(String text, long seed) {
        Schedule s = Schedule.builder(Streams.of(seed, Streams.OPPONENT));
        for (String part : text.split("[,;]")) {
            String[] f = part.strip().split(":");
            try {
                switch (f[0].strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "coop" -> s.coop(Integer.parseInt(f[1].strip()));
                    case "defect" -> s.defect(Integer.parseInt(f[1].strip()));
                    case "noisy" -> s.noisy(Integer.parseInt(f[1].strip()), Double.parseDouble(f[2].strip()));
                    default -> throw new IllegalArgumentException("unknown block \"" + part.strip()
                            + "\"; write coop:N, defect:N or noisy:N:ε");
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalArgumentException("block \"" + part.strip() + "\": write coop:N, defect:N or noisy:N:ε");
            }
        }
        double[] opp = s.build();
        if (opp.length > 10_000_000) {
            throw new IllegalArgumentException("schedule has " + opp.length + " rounds; at most 10,000,000");
        }
        return opp;
    }

    static final List<MetricSpec> EXP6 = List.of(
            lin("phase", "Phase", "0 = habituation epoch, 1 = match round"),
            lin("rho_pre", "Pre-clamp ρ̂", "spectral-radius estimate before the clamp (habituation)"),
            lin("rho", "ρ̂(W)", "spectral-radius estimate of W after the clamp"),
            lin("action", "a(t)", "executed cooperative intensity α·a* + (1−α)·a_cog"),
            lin("body", "a*(t)", "body output σ(w_out·x + b_out)"),
            lin("cognitive", "a_cog(t)", "Tit-for-Tat: a_opp(t−1)"),
            lin("alpha", "α(t)", "receptivity used at round t"),
            lin("opponent", "a_opp(t)", "opponent action"),
            lin("discomfort", "D(t)", "0.3·D_state + 0.3·D_output + 0.4·D_disagree"),
            lin("d_state", "w_x·D_state", "0.3·‖x − x̄‖/√d"),
            lin("d_output", "w_a·D_output", "0.3·|a* − ā|"),
            lin("d_disagree", "w_e·D_disagree", "0.4·|a* − a_cog|"),
            MetricSpec.linear("cumulative", "Cumulative payoff", "", Goal.MAXIMISE, "Σ u(a, a_opp)"),
            lin("tft_cumulative", "TfT shadow cumulative", "Σ u(a_TfT, a_opp) on the same schedule"));

    /** State of the live match (mutable, advanced only by the run's own thread). */
    static final class Live {
        final Agent.Build build;
        final Exp6Config c;
        final long seed;
        double[] opp;
        Match.Stepper stepper;
        Match.Stepper shadow;
        double cum;
        double tft;
        double rho = Double.NaN;

        Live(Exp6Config c, long seed) {
            this.c = c;
            this.seed = seed;
            this.build = new Agent.Build(Agent.Config.defaults(c.d()).withEpochs(c.epochs()), seed);
        }
    }

    static ExperimentFactory exp6() {
        return new BrgMethod<>("brg-exp6", "BRG Exp 6: dynamic sentinel (live match)",
                "The habituation epochs (ρ̂ per epoch), then the match one round per step: α(t), a(t), a*(t), "
                        + "a_cog(t), D(t) with its weighted components, cumulative payoff beside a TfT shadow on the same "
                        + "schedule (spec §5 Exp 6, §7; seed 500 + 1000i). Default schedule Coop(500) → Defect(50) → "
                        + "Coop(500) → Noisy(200, ε = 0.3) → Coop(500).",
                Exp6Config.SCHEMA, List.of(
                        MethodPreset.of("exp6", "Exp 6 schedule, sentinel", "", "spec §5 Exp 6"),
                        MethodPreset.of("exp6-static", "Exp 6 schedule, static α = 0.85", "governor=static, alpha=0.85",
                                ""),
                        MethodPreset.of("perturbation", "Exp 3 block 200/100/200, sentinel",
                                "schedule=coop:200;defect:100;coop:200", ""),
                        MethodPreset.of("stationary", "Noisy cooperator ε = 0.1, 2000 rounds", "schedule=noisy:2000:0.1",
                                "mean α ≈ 0.50, payoff ≈2.85 < TfT 2.89"),
                        MethodPreset.of("tft-like", "Sentinel with θ = 0 (more TfT-like)", "theta=0", "Exp 7")),
                EXP6, c -> c.epochs() + parseSchedule(c.schedule(), 0).length,
                c -> new SeedPlan<>(new SeedPlan.Plan<Live>() {
                    int total = -1;

                    public int steps() {
                        if (total < 0) {
                            total = c.epochs() + parseSchedule(c.schedule(), 0).length;
                        }
                        return total;
                    }

                    public Live context(Live cur, long seed, int k) {
                        Live l = cur != null ? cur : new Live(c, Experiments.seed(6, (int) seed));
                        if (k == c.epochs()) {
                            Agent a = l.build.agent();
                            l.opp = parseSchedule(c.schedule(), l.seed);
                            Governor g = c.governor().equals("sentinel")
                                    ? a.sentinel(c.params(), Streams.of(l.seed, Streams.SENTINEL_BASELINE))
                                    : Governor.fixed(c.alpha());
                            org.gtlab.math.Rng n = Streams.of(l.seed, Streams.EVALUATION);
                            l.stepper = new Match.Stepper(Match.prepare(a.body(), n), a.readout(),
                                    CognitiveFilter.titForTat(), g, l.opp[0], n);
                            l.shadow = new Match.Stepper(null, null, CognitiveFilter.titForTat(), null, l.opp[0], null);
                            l.rho = l.build.spectralRadius();
                        }
                        return l;
                    }

                    public double[] row(Live l, long seed, int k) {
                        if (k < c.epochs()) {
                            double pre = l.build.epoch();
                            l.rho = l.build.spectralRadius();
                            double nan = Double.NaN;
                            return new double[] {0, pre, l.rho, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan};
                        }
                        Match.Stepper s = l.stepper;
                        double o = l.opp[k - c.epochs()];
                        l.cum += s.round(o);
                        l.tft += l.shadow.round(o);
                        double[] comp = s.components();
                        boolean sen = c.governor().equals("sentinel");
                        return new double[] {1, Double.NaN, l.rho, s.action(), s.bodyOutput(), s.cognitive(), s.alpha(), o,
                            sen ? s.discomfort() : Double.NaN, sen ? 0.3 * comp[0] : Double.NaN,
                            sen ? 0.3 * comp[1] : Double.NaN, sen ? 0.4 * comp[2] : Double.NaN, l.cum, l.tft};
                    }

                    public double[] metrics(List<double[]> rows) {
                        return last(rows, 14).clone();
                    }
                }, names(EXP6), false));
    }

    // ------------------------------------------------------------------ Exp 7

    /** Exp 7 config. */
    public record Exp7Config(int d, int rounds, double epsilon) {
        public static final ConfigSchema<Exp7Config> SCHEMA = ConfigSchema.of(Exp7Config.class, dim(30),
                Param.integer("rounds", 2000, 6, 1_000_000, "rounds of the stationary schedule"),
                Param.real("epsilon", 0.1, 0, true, 1, true, "opponent defection probability ε"));

        public Exp7Config {
            SCHEMA.check(d, rounds, epsilon);
        }
    }

    static final List<MetricSpec> EXP7 = List.of(
            lin("parameter", "Parameter", "0: α0, 1: η↑, 2: η↓, 3: θ (one varied at a time)"),
            lin("value", "Value", "the varied parameter's value"),
            MetricSpec.linear("payoff", "Mean payoff", "", Goal.MAXIMISE, "sentinel mean payoff"),
            lin("mean_alpha", "Mean α", "mean_t α(t)"),
            lin("tft_payoff", "TfT payoff", "pure TfT on the same schedule"));

    static int exp7Steps() {
        int n = 0;
        for (double[] g : Experiments.SENSITIVITY_GRID) {
            n += g.length;
        }
        return n;
    }

    record Exp7Context(Agent agent, double[] opp, double tft) {
    }

    static ExperimentFactory exp7() {
        return new BrgMethod<>("brg-exp7", "BRG Exp 7: sentinel parameter sensitivity",
                "The sentinel against one stationary noisy cooperator per seed while α0, η↑, η↓ or θ varies (spec §5 "
                        + "Exp 7; seed 700 + 1000i). CSV: monotone trends toward TfT's 2.89; the paper's interior optima "
                        + "are not in the data.",
                Exp7Config.SCHEMA, List.of(MethodPreset.of("noisier", "ε = 0.3", "epsilon=0.3", "")),
                EXP7, c -> exp7Steps(), c -> new SeedPlan<>(new SeedPlan.Plan<Exp7Context>() {
                    public int steps() {
                        return exp7Steps();
                    }

                    public Exp7Context context(Exp7Context cur, long seed, int k) {
                        if (cur != null) {
                            return cur;
                        }
                        long s = Experiments.seed(7, (int) seed);
                        double[] opp = Schedule.builder(Streams.of(s, Streams.OPPONENT)).noisy(c.rounds(), c.epsilon())
                                .build();
                        return new Exp7Context(Agent.build(Agent.Config.defaults(c.d()), s), opp,
                                Experiments.tftPayoff(opp));
                    }

                    public double[] row(Exp7Context x, long seed, int k) {
                        int p = 0;
                        int j = k;
                        while (j >= Experiments.SENSITIVITY_GRID[p].length) {
                            j -= Experiments.SENSITIVITY_GRID[p].length;
                            p++;
                        }
                        double v = Experiments.SENSITIVITY_GRID[p][j];
                        double[] r = Experiments.sensitivity(x.agent(), Experiments.seed(7, (int) seed), x.opp(),
                                Experiments.vary(p, v), k);
                        return new double[] {p, v, r[0], r[1], x.tft()};
                    }

                    public double[] metrics(List<double[]> rows) {
                        return last(rows, 5).clone();
                    }
                }, names(EXP7)));
    }

    // ------------------------------------------------------------------ Exp 8

    /** Exp 8 config. */
    public record Exp8Config(String dims, int grid, boolean scaled, int rounds, double lambda) {
        public static final ConfigSchema<Exp8Config> SCHEMA = ConfigSchema.of(Exp8Config.class,
                Param.text("dims", "5,10,15,20,30,50,75,100", ReservoirMethods::checkDims, "reservoir sizes d, comma-separated"),
                Param.integer("grid", 11, 2, 1001, "α grid points"),
                Param.bool("scaled", true, "λ_reg = 0.001·d/30 (else fixed 0.001)"),
                Param.integer("rounds", 2000, 6, 1_000_000, "evaluation rounds"),
                Param.real("lambda", 3, 0, true, 1e6, true, "λ for α*"));

        public Exp8Config {
            SCHEMA.check(dims, grid, scaled, rounds, lambda);
        }
    }

    static String checkDims(String text) {
        try {
            parseInts(text, "d", 1, 2000);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static String checkLengths(String text) {
        try {
            parseInts(text, "L", 1, 1_000_000);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Comma-separated integers in [lo, hi]. */
    public static int[] parseInts(String text, String what, int lo, int hi) {
        List<Integer> out = new ArrayList<>();
        for (String p : text.split("[,;]")) {
            int v;
            try {
                v = Integer.parseInt(p.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " list: \"" + p.strip() + "\" is not a whole number");
            }
            if (v < lo || v > hi) {
                throw new IllegalArgumentException(what + " list: " + v + " is outside " + lo + "…" + hi);
            }
            out.add(v);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static final List<MetricSpec> EXP8 = List.of(lin("d", "d", "reservoir size"), lin("alpha", "α", "receptivity"),
            lin("kl", "C(α)", "kNN-KL to p_hab"), logm("variance", "Var[a]", "action variance"),
            MetricSpec.linear("payoff", "Mean payoff", "", Goal.MAXIMISE, "ū(α)"),
            logm("var_ratio", "Var ratio", "Var(α = 0)/Var(current α) at this d"),
            lin("wout_sq", "‖w_out‖²", "squared readout norm"));

    record Exp8Context(int d, Landscape landscape) {
    }

    static ExperimentFactory exp8() {
        return new BrgMethod<>("brg-exp8", "BRG Exp 8: reservoir dimension sweep",
                "The α grid at every d ∈ {5, …, 100} (λ_reg scaled or fixed; spec §5 Exp 8; seed 900 + 1000i + "
                        + "100000d). CSV: Var ratio ≈24× / ≈199× / 1617× at d = 5 / 30 / 75; KL(α = 0) 0.54 → ≈5.6.",
                Exp8Config.SCHEMA, List.of(MethodPreset.of("fixed-ridge", "Fixed λ_reg = 0.001", "scaled=false",
                        "the second regime of panel (d)"),
                        MethodPreset.of("ends", "α ∈ {0, 1} only", "grid=2", "variance ratio and KL ends")),
                EXP8, c -> parseInts(c.dims(), "d", 1, 2000).length * c.grid(),
                c -> new SeedPlan<>(new SeedPlan.Plan<Exp8Context>() {
                    final int[] dims = parseInts(c.dims(), "d", 1, 2000);

                    public int steps() {
                        return dims.length * c.grid();
                    }

                    public Exp8Context context(Exp8Context cur, long seed, int k) {
                        int d = dims[k / c.grid()];
                        if (cur != null && cur.d() == d && k % c.grid() != 0) {
                            return cur;
                        }
                        Agent.Config ac = Agent.Config.defaults(d);
                        return new Exp8Context(d, Landscape.prepare(c.scaled() ? ac.withScaledLambda() : ac,
                                Experiments.seedExp8((int) seed, d), c.rounds(), 0.1, true));
                    }

                    public double[] row(Exp8Context x, long seed, int k) {
                        int j = k % c.grid();
                        Landscape.Point p = x.landscape().evaluate(Landscape.grid(c.grid())[j], j, true, false);
                        return new double[] {x.d(), p.alpha(), p.kl(), p.variance(), p.payoff(), Double.NaN,
                            x.landscape().readoutNormSquared()};
                    }

                    public double[] metrics(List<double[]> rows) {
                        double[] r = last(rows, 7).clone();
                        if (!rows.isEmpty()) {
                            for (double[] q : rows) {
                                if (q[0] == r[0] && q[1] == 0) {
                                    r[5] = q[3] / r[3];
                                }
                            }
                        }
                        return r;
                    }
                }, names(EXP8)));
    }

    // ------------------------------------------------------------------ Exp 10

    /** Exp 10 config. */
    public record Exp10Config(int d, boolean kl) {
        public static final ConfigSchema<Exp10Config> SCHEMA = ConfigSchema.of(Exp10Config.class, dim(30),
                Param.bool("kl", true, "compute the reservoir's KL"));

        public Exp10Config {
            SCHEMA.check(d, kl);
        }
    }

    static final List<MetricSpec> EXP10 = List.of(
            lin("row", "Row", "0: raw TfT, 1–4: EMA γ = 0.5, 0.9, 0.95, 0.99, 5: reservoir α = 1"),
            logm("variance", "Var[a]", "action variance, ε = 0.1, 2000 rounds"),
            MetricSpec.linear("payoff", "Mean payoff", "", Goal.MAXIMISE, "ū"),
            lin("depth", "Depth", "min action in the 100-round defection block"),
            lin("recovery", "Recovery", "rounds after the block until a ≥ 0.95 × pre-block mean (cap 200)"),
            lin("kl", "KL", "reservoir row only: kNN-KL to p_hab"));

    static ExperimentFactory exp10() {
        return new BrgMethod<>("brg-exp10", "BRG Exp 10: EMA-filtered TfT table",
                "Raw TfT, EMA-TfT γ ∈ {0.5, 0.9, 0.95, 0.99} and the reservoir α = 1: variance, payoff, perturbation "
                        + "depth and recovery (spec §5 Exp 10; seed 300 + 1000i). PUB/CSV: 3×, 20×, 41×, 158×, 461×.",
                Exp10Config.SCHEMA, List.of(MethodPreset.of("no-kl", "Without the KL", "kl=false", "")),
                EXP10, c -> 6, c -> new SeedPlan<>(new SeedPlan.Plan<double[][]>() {
                    public int steps() {
                        return 6;
                    }

                    public double[][] context(double[][] cur, long seed, int k) {
                        long s = Experiments.seed(10, (int) seed);
                        return cur != null ? cur : Experiments.emaTable(Agent.build(Agent.Config.defaults(c.d()), s), s,
                                c.kl());
                    }

                    public double[] row(double[][] t, long seed, int k) {
                        double[] r = t[k];
                        return new double[] {k, r[0], r[1], r[2], r[3], r[4]};
                    }

                    public double[] metrics(List<double[]> rows) {
                        return last(rows, 6).clone();
                    }
                }, names(EXP10)));
    }
}
