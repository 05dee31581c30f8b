package org.gtlab.run.methods.selfplay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gtlab.game.KuhnPoker;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.Config;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.Experiment;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodPreset;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Param;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;
import org.gtlab.selfplay.EpisodeGame;
import org.gtlab.selfplay.HedgeSelfPlay;
import org.gtlab.selfplay.Preference;
import org.gtlab.selfplay.SelfPlayPresets;
import org.gtlab.selfplay.TabularNfsp;
import org.gtlab.selfplay.TabularReinforce;
import org.gtlab.selfplay.Xfp;

/**
 * The self-play methods of {@code org.gtlab.selfplay} (specs/self-play-seeds.md) as catalog methods:
 * <ul>
 *   <li>{@code sppo} — Hedge self-play on a preference game, exact (SPPO's idealised update) or with
 *       SPPO's sampled row-mean estimator;</li>
 *   <li>{@code spo} — Hedge self-play on SPO's sampled win-rate rewards, or the unbiased full-vector
 *       estimator;</li>
 *   <li>{@code reinforce} — tabular REINFORCE self-play with {@code baseline=none|turn|rae|mars};</li>
 *   <li>{@code nfsp} — tabular neural fictitious self-play;</li>
 *   <li>{@code xfp} — full-width extensive-form fictitious play.</li>
 * </ul>
 * The preference methods run on a symmetric constant-sum game ({@link Preference#fromGame}: the
 * catalog's {@code three-raters}, or any symmetric zero-sum game rescaled to [0, 1]); the other three
 * run on Kuhn poker's extensive form when the game is the catalog's {@code kuhn-poker} (its 27 × 64
 * normal form, recognised by its payoffs) and on any other two-player matrix game as a one-shot game.
 */
public final class SelfPlayMethods {

    private SelfPlayMethods() {
    }

    /** The five methods, in catalog order. */
    public static List<ExperimentFactory> all() {
        return List.of(new PreferenceMethod(true), new PreferenceMethod(false), new ReinforceMethod(),
                new NfspMethod(), new XfpMethod());
    }

    private static final NormalFormGame KUHN = KuhnPoker.normalForm();

    /** Kuhn poker's extensive form if {@code g} is its 27 × 64 normal form, else the matrix game. */
    static EpisodeGame episodeGame(NormalFormGame g) {
        if (g.isTwoPlayer() && g.numStrategies(0) == 27 && g.numStrategies(1) == 64 && g.samePayoffs(KUHN)) {
            return EpisodeGame.kuhn();
        }
        return EpisodeGame.matrix(g);
    }

    static final MetricSpec NASH_CONV = MetricSpec.log("nash_conv", "NashConv (average policy)", "payoff",
            MetricSpec.Goal.MINIMISE, "Σ_players best-response gain at the average policy");
    static final MetricSpec VALUE = MetricSpec.linear("value", "Value (average policy)", "payoff",
            MetricSpec.Goal.NONE, "first player's expected payoff under the average policy");

    static final MetricSpec AVG = MetricSpec.linear("avg_p", "Average policy", "probability", MetricSpec.Goal.NONE,
            "matrix game: probability of action a; Kuhn: probability of the aggressive action (bet/call) at the "
                    + "player's k-th information set (opening J, Q, K, then the second decision J, Q, K)");

    /** The average-policy family of an episode game: avg_pP_k. */
    static List<MetricSpec> policyMetrics(EpisodeGame eg) {
        List<MetricSpec> l = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int k = policyWidth(eg, p);
            for (int a = 1; a <= k; a++) {
                l.add(AVG.at(p + 1, a));
            }
        }
        return l;
    }

    private static int policyWidth(EpisodeGame eg, int p) {
        return eg == EpisodeGame.kuhn() ? 6 : eg.actions(p);
    }

    /** The values of {@link #policyMetrics} for a behaviour profile. */
    static double[] policyValues(EpisodeGame eg, double[][] profile) {
        List<Double> v = new ArrayList<>();
        if (eg == EpisodeGame.kuhn()) {
            for (double[] row : profile) {
                v.add(row[1]);
            }
        } else {
            for (double[] row : profile) {
                for (double x : row) {
                    v.add(x);
                }
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] concat(double[] a, double[] b) {
        double[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static List<MetricSpec> concat(List<MetricSpec> a, List<MetricSpec> b) {
        List<MetricSpec> c = new ArrayList<>(a);
        c.addAll(b);
        return c;
    }

    /** Shared catalog data. */
    abstract static class Base implements ExperimentFactory {
        @Override
        public boolean needsGame() {
            return true;
        }

        @Override
        public String checkGame(NormalFormGame game) {
            return game.isTwoPlayer() ? null : name() + " needs a two-player game";
        }

        abstract List<MetricSpec> metricsFor(Config c, NormalFormGame g);

        abstract Experiment<?> build(Config c, NormalFormGame g, Limits limits);

        @Override
        public abstract ConfigSchema<?> schema();

        @Override
        public List<Param> params() {
            return schema().params();
        }

        /** The game a run plays: the run's own game, or the preset named by the config's {@code matrix}. */
        static NormalFormGame effective(Config c, NormalFormGame g) {
            String m = c.text("matrix");
            return m.equals(SelfPlayPresets.GAME) ? g : SelfPlayPresets.game(m);
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            if (game == null) {
                throw new IllegalArgumentException(name() + " needs a game");
            }
            return metricsFor(config, effective(config, game.game()));
        }

        @Override
        public Experiment<?> create(Config config, NormalFormGame game, Limits limits) {
            if (game == null) {
                throw new IllegalArgumentException(name() + " needs a game");
            }
            NormalFormGame g = effective(config, game);
            String why = checkGame(g);
            if (why != null) {
                throw new IllegalArgumentException(name() + ": " + why);
            }
            return build(config, g, limits);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    // ------------------------------------------------------------------ sppo / spo

    static final class PreferenceMethod extends Base {
        private final boolean sppo;

        PreferenceMethod(boolean sppo) {
            this.sppo = sppo;
        }

        @Override
        public String name() {
            return sppo ? "sppo" : "spo";
        }

        @Override
        public String title() {
            return sppo ? "SPPO (Hedge self-play on a preference game)" : "SPO (self-play on win-rate rewards)";
        }

        @Override
        public String description() {
            return sppo ? "Self-Play Preference Optimization (Wu et al. 2024): x ← x ⊙ exp(η P x), exact or with "
                    + "SPPO's sampled row-mean estimate; the average converges to the von Neumann winner while the "
                    + "last iterate drifts."
                    : "Self-play preference optimisation (Swamy et al. 2024): Hedge on each sample's win fraction "
                            + "against the other samples, or on the unbiased full-vector estimate.";
        }

        @Override
        public ConfigSchema<?> schema() {
            return sppo ? SelfPlayConfigs.SppoConfig.SCHEMA : SelfPlayConfigs.SpoConfig.SCHEMA;
        }

        @Override
        public List<MethodPreset> presets() {
            List<MethodPreset> base = sppo ? List.of(MethodPreset.of("exact", "SPPO exact", "mode=exact", "full-information Hedge"),
                    MethodPreset.of("sampled-k5", "SPPO sampled (K = 5)", "mode=sampled, samples=5",
                            "SPPO's released estimator"),
                    MethodPreset.of("optimistic", "Optimistic Hedge", "mode=optimistic, eta=1",
                            "exponent η(2 P x_t − P x_{t−1}): the last iterate converges"),
                    MethodPreset.of("extragradient", "Extragradient (EGPO)", "mode=extragradient, eta=1",
                            "half-step then step: the last iterate converges"))
                    : List.of(MethodPreset.of("win-rate", "SPO win rates (N = 8)", "mode=win-rate, samples=8", ""),
                            MethodPreset.of("full-vector", "Full-vector sampled Hedge", "mode=full-vector, samples=8",
                                    "the estimator of the expected-gap bound"));
            List<MethodPreset> l = new ArrayList<>(base);
            l.add(MethodPreset.of("three-raters", "Three rater groups", "matrix=three-raters",
                    "weights 0.40/0.35/0.25; winner x* = (0.5, 0.2, 0.3), Borda picks b"));
            l.add(MethodPreset.of("cycle", "Symmetric cycle (p = 0.8)", "matrix=cycle", "uniform winner"));
            l.add(MethodPreset.of("bradley-terry", "Bradley–Terry s = (1, 0, −1)", "matrix=bradley-terry",
                    "transitive; pure winner e_1"));
            l.add(MethodPreset.of("condorcet", "Condorcet winner (4 × 4)", "matrix=condorcet",
                    "option 3 beats every other; pure winner e_3"));
            return l;
        }

        @Override
        public Limits defaultLimits() {
            return new Limits(10_000, 100, 0);
        }

        @Override
        public String checkGame(NormalFormGame game) {
            return Preference.whyNot(game);
        }

        @Override
        List<MetricSpec> metricsFor(Config c, NormalFormGame g) {
            List<MetricSpec> m = new ArrayList<>(List.of(
                    MetricSpec.log("nash_conv", "NashConv = duality gap (average)", "probability",
                            MetricSpec.Goal.MINIMISE, "2·(max_i (P x̄)_i − ½): NashConv of (x̄, x̄)"),
                    MetricSpec.linear("gap_last", "Duality gap (last iterate)", "probability", MetricSpec.Goal.NONE,
                            "2·(max_i (P x_t)_i − ½)"),
                    MetricSpec.linear("kl_last", "KL(x* ‖ x_t)", "nats", MetricSpec.Goal.NONE,
                            "divergence of the last iterate from the von Neumann winner"),
                    MetricSpec.linear("normaliser", "Normaliser Z̃", "mass", MetricSpec.Goal.NONE,
                            "Σ_y x_t(y)·exp(η(P(y ≻ x_t) − ½)) ≥ 1")));
            MetricSpec x = MetricSpec.linear("x_p", "Last iterate", "probability", MetricSpec.Goal.NONE, "x_t(i)");
            MetricSpec a = MetricSpec.linear("avg_p", "Average", "probability", MetricSpec.Goal.NONE, "x̄_t(i)");
            int k = g.numStrategies(0);
            for (int i = 1; i <= k; i++) {
                m.add(x.at(1, i));
            }
            for (int i = 1; i <= k; i++) {
                m.add(a.at(1, i));
            }
            return m;
        }

        @Override
        Experiment<?> build(Config c, NormalFormGame g, Limits limits) {
            Preference p = Preference.fromGame(g);
            long horizon = limits == null ? defaultLimits().maxSteps() : Math.max(1, limits.maxSteps());
            double eta = c.realOr("eta", HedgeSelfPlay.boundRate(Math.max(2, p.size()), horizon));
            String mode = c.text("mode");
            HedgeSelfPlay.Mode hm = sppo ? (mode.equals("exact") ? HedgeSelfPlay.Mode.EXACT
                    : mode.equals("optimistic") ? HedgeSelfPlay.Mode.OPTIMISTIC
                    : mode.equals("extragradient") ? HedgeSelfPlay.Mode.EXTRAGRADIENT
                    : HedgeSelfPlay.Mode.SPPO_SAMPLED)
                    : mode.equals("win-rate") ? HedgeSelfPlay.Mode.SPO_SAMPLED : HedgeSelfPlay.Mode.FULL_VECTOR;
            HedgeSelfPlay h = new HedgeSelfPlay(p, hm, eta, (int) c.integer("samples"),
                    !sppo || c.bool("self_inclusive"), null);
            List<String> names = metricsFor(c, g).stream().map(MetricSpec::name).toList();
            return new PreferenceExperiment(h, names);
        }
    }

    static final class PreferenceExperiment implements Experiment<HedgeSelfPlay.State> {
        private final HedgeSelfPlay h;
        private final List<String> names;
        private volatile double[] winner;

        PreferenceExperiment(HedgeSelfPlay h, List<String> names) {
            this.h = h;
            this.names = names;
        }

        private double[] winner() {
            double[] w = winner;
            if (w == null) {
                w = h.preference().winner();
                winner = w;
            }
            return w;
        }

        @Override
        public HedgeSelfPlay.State start(long seed) {
            winner();
            return h.start(seed);
        }

        @Override
        public HedgeSelfPlay.State step(HedgeSelfPlay.State s) {
            return h.step(s);
        }

        @Override
        public com.fasterxml.jackson.databind.JsonNode save(HedgeSelfPlay.State s) {
            return SelfPlayCodec.hedge(s);
        }

        @Override
        public HedgeSelfPlay.State load(com.fasterxml.jackson.databind.JsonNode json) {
            winner();
            return SelfPlayCodec.hedge(json);
        }

        @Override
        public Snapshot observe(HedgeSelfPlay.State s, long step) {
            Preference p = h.preference();
            double[] x = s.x().clone();
            double[] avg = s.average();
            int k = x.length;
            double[] v = new double[4 + 2 * k];
            v[0] = p.gap(avg);
            v[1] = p.gap(x);
            v[2] = HedgeSelfPlay.klFrom(winner(), s);
            v[3] = HedgeSelfPlay.normaliser(p, x, h.eta());
            System.arraycopy(x, 0, v, 4, k);
            System.arraycopy(avg, 0, v, 4 + k, k);
            return Snapshot.of(step, names, v, Map.of("iterate", Payload.vector(x), "average", Payload.vector(avg),
                    "winner", Payload.vector(winner())));
        }
    }

    // ------------------------------------------------------------------ reinforce

    static final class ReinforceMethod extends Base {
        @Override
        public String name() {
            return "reinforce";
        }

        @Override
        public String title() {
            return "REINFORCE self-play (RAE / MARS)";
        }

        @Override
        public String description() {
            return "Tabular REINFORCE self-play with a shared role-conditioned policy (SPIRAL, Liu et al. 2025) and a "
                    + "selectable advantage estimator: none (terminal return), turn-level, RAE (per-role EMA "
                    + "baseline) or MARS (per-role normalised turn returns). Kuhn poker's extensive form on kuhn-poker.";
        }

        @Override
        public ConfigSchema<?> schema() {
            return SelfPlayConfigs.ReinforceConfig.SCHEMA;
        }

        @Override
        public List<MethodPreset> presets() {
            return List.of(MethodPreset.of("rae", "RAE (SPIRAL)", "baseline=rae", "per-role EMA baseline, α = 0.95"),
                    MethodPreset.of("none", "No baseline", "baseline=none", "terminal return at every turn"),
                    MethodPreset.of("mars", "MARS", "baseline=mars", "turn-level return, per-role normalisation"),
                    MethodPreset.of("spiral-match", "SPIRAL 5-hand match", "baseline=rae, reward=match, hands=5",
                            "±1 by chip total over 5 hands, P1 opens hands 1, 3, 5"),
                    MethodPreset.of("kuhn-rae", "Kuhn poker, RAE", "baseline=rae, matrix=kuhn-poker",
                            "Kuhn poker's extensive form whatever the run's game"),
                    MethodPreset.of("attack-defend", "Attack–defend (zero-sum)", "matrix=attack-defend",
                            "Self-RedTeam reference instance; saddle (2, 1), value 0.80"),
                    MethodPreset.of("hide-and-detect", "Hide-and-detect", "matrix=hide-and-detect",
                            "SPC generator vs critic, d = (0.9, 0.5, 0.2); value 55/73"));
        }

        @Override
        public Limits defaultLimits() {
            return new Limits(20_000, 100, 0);
        }

        @Override
        List<MetricSpec> metricsFor(Config c, NormalFormGame g) {
            return concat(List.of(NASH_CONV,
                    MetricSpec.log("nash_conv_last", "NashConv (last iterate)", "payoff", MetricSpec.Goal.NONE,
                            "NashConv of the current softmax policy"),
                    VALUE,
                    MetricSpec.linear("baseline_1", "Baseline, player 1", "payoff", MetricSpec.Goal.NONE, "b_1 (RAE)"),
                    MetricSpec.linear("baseline_2", "Baseline, player 2", "payoff", MetricSpec.Goal.NONE, "b_2 (RAE)"),
                    MetricSpec.log("advantage_variance", "Advantage variance", "payoff²", MetricSpec.Goal.NONE,
                            "variance of the last batch's advantages"),
                    MetricSpec.linear("episodes", "Episodes", "episodes", MetricSpec.Goal.NONE, "episodes played")),
                    policyMetrics(episodeGame(g)));
        }

        @Override
        Experiment<?> build(Config c, NormalFormGame g, Limits limits) {
            SelfPlayConfigs.ReinforceConfig rc = SelfPlayConfigs.ReinforceConfig.SCHEMA.from(c);
            String b = rc.baseline();
            TabularReinforce.Estimator est = b.equals("none") ? TabularReinforce.Estimator.TERMINAL
                    : TabularReinforce.Estimator.valueOf(b.toUpperCase(Locale.ROOT));
            TabularReinforce.Settings s = new TabularReinforce.Settings(est,
                    TabularReinforce.Reward.valueOf(rc.reward().toUpperCase(Locale.ROOT)), (int) rc.hands(),
                    rc.lr(), rc.alpha(), rc.gamma(), (int) rc.batch(), rc.filter_zero());
            TabularReinforce r = new TabularReinforce(episodeGame(g), s);
            List<String> names = metricsFor(c, g).stream().map(MetricSpec::name).toList();
            return new Experiment<TabularReinforce.State>() {
                @Override
                public TabularReinforce.State start(long seed) {
                    return r.start(seed);
                }

                @Override
                public TabularReinforce.State step(TabularReinforce.State st) {
                    return r.step(st);
                }

                @Override
                public com.fasterxml.jackson.databind.JsonNode save(TabularReinforce.State st) {
                    return SelfPlayCodec.reinforce(st);
                }

                @Override
                public TabularReinforce.State load(com.fasterxml.jackson.databind.JsonNode json) {
                    return SelfPlayCodec.reinforce(json);
                }

                @Override
                public Snapshot observe(TabularReinforce.State st, long step) {
                    EpisodeGame eg = r.game();
                    double[][] avg = TabularReinforce.average(st);
                    double[][] last = TabularReinforce.policy(st.theta());
                    return Snapshot.of(step, names, concat(new double[] {eg.nashConv(avg), eg.nashConv(last),
                        eg.value(avg), st.baseline()[0], st.baseline()[1], st.advVariance(), st.episodes()},
                        policyValues(eg, avg)), Map.of());
                }
            };
        }
    }

    // ------------------------------------------------------------------ nfsp

    static final class NfspMethod extends Base {
        @Override
        public String name() {
            return "nfsp";
        }

        @Override
        public String title() {
            return "Tabular NFSP";
        }

        @Override
        public String description() {
            return "Neural fictitious self-play with tables (Heinrich & Silver 2016): ε-greedy Q-learning best "
                    + "responses with probability η, an average policy from reservoir-fed counts. Kuhn poker's "
                    + "extensive form on kuhn-poker, a one-shot game on any other matrix game.";
        }

        @Override
        public ConfigSchema<?> schema() {
            return SelfPlayConfigs.NfspConfig.SCHEMA;
        }

        @Override
        public List<MethodPreset> presets() {
            return List.of(MethodPreset.of("reference", "Spec reference", "eta=0.1, alpha=0.05, epsilon=0.06",
                    "η = 0.1, α = 0.05, ε_t = 0.06/√(1 + t/1000), exact counts"),
                    MethodPreset.of("openspiel", "OpenSpiel storage", "storage=probabilities, reservoir=200000",
                            "soft targets in a reservoir"),
                    MethodPreset.of("kuhn", "Kuhn poker", "matrix=kuhn-poker", "Kuhn poker's extensive form"),
                    MethodPreset.of("attack-defend", "Attack–defend (zero-sum)", "matrix=attack-defend",
                            "Self-RedTeam reference instance; saddle (2, 1), value 0.80"),
                    MethodPreset.of("attack-defend-general", "Attack–defend (code's general-sum)",
                            "matrix=attack-defend-general", "unique equilibrium (2, 2)"),
                    MethodPreset.of("hide-and-detect", "Hide-and-detect", "matrix=hide-and-detect",
                            "SPC generator vs critic, d = (0.9, 0.5, 0.2); value 55/73"));
        }

        @Override
        public Limits defaultLimits() {
            return new Limits(100, 1, 0);
        }

        @Override
        List<MetricSpec> metricsFor(Config c, NormalFormGame g) {
            return concat(List.of(NASH_CONV,
                    MetricSpec.log("nash_conv_br", "NashConv (greedy best response)", "payoff", MetricSpec.Goal.NONE,
                            "NashConv of the greedy Q policy"),
                    VALUE,
                    MetricSpec.linear("reservoir_fill", "Reservoir fill", "share", MetricSpec.Goal.NONE,
                            "filled slots / capacity"),
                    MetricSpec.linear("episodes", "Episodes", "episodes", MetricSpec.Goal.NONE, "episodes played")),
                    policyMetrics(episodeGame(g)));
        }

        @Override
        Experiment<?> build(Config c, NormalFormGame g, Limits limits) {
            SelfPlayConfigs.NfspConfig nc = SelfPlayConfigs.NfspConfig.SCHEMA.from(c);
            TabularNfsp.Settings s = new TabularNfsp.Settings(nc.eta(), nc.alpha(), nc.epsilon(), nc.epsilon_decay(),
                    (int) nc.reservoir(), TabularNfsp.Storage.valueOf(nc.storage().toUpperCase(Locale.ROOT)));
            EpisodeGame eg = episodeGame(g);
            long per = nc.episodes_per_step();
            List<String> names = metricsFor(c, g).stream().map(MetricSpec::name).toList();
            return new Experiment<TabularNfsp>() {
                @Override
                public TabularNfsp start(long seed) {
                    return new TabularNfsp(eg, s, seed);
                }

                @Override
                public TabularNfsp step(TabularNfsp st) {
                    TabularNfsp n = st.copy();
                    n.run(per);
                    return n;
                }

                @Override
                public com.fasterxml.jackson.databind.JsonNode save(TabularNfsp st) {
                    return SelfPlayCodec.nfsp(st);
                }

                @Override
                public TabularNfsp load(com.fasterxml.jackson.databind.JsonNode json) {
                    return SelfPlayCodec.nfsp(json, eg, s);
                }

                @Override
                public Snapshot observe(TabularNfsp st, long step) {
                    double[][] avg = st.averagePolicy();
                    return Snapshot.of(step, names, concat(new double[] {eg.nashConv(avg),
                        eg.nashConv(st.greedyPolicy()), eg.value(avg), st.reservoirFill(), st.episodes()},
                        policyValues(eg, avg)), Map.of());
                }
            };
        }
    }

    // ------------------------------------------------------------------ xfp

    /** XFP's state: the average profile and the iteration. */
    public record XfpState(double[][] profile, long t) {
    }

    static final class XfpMethod extends Base {
        @Override
        public String name() {
            return "xfp";
        }

        @Override
        public String title() {
            return "XFP (extensive-form fictitious play)";
        }

        @Override
        public String description() {
            return "Full-width extensive-form fictitious play (Heinrich, Lanctot & Silver 2015): exact best responses "
                    + "and realization-weighted averaging; Kuhn poker's extensive form on kuhn-poker, simultaneous "
                    + "fictitious play on any other matrix game.";
        }

        @Override
        public ConfigSchema<?> schema() {
            return SelfPlayConfigs.XfpConfig.SCHEMA;
        }

        @Override
        public List<MethodPreset> presets() {
            return List.of(MethodPreset.of("kuhn", "Kuhn poker", "matrix=kuhn-poker", "Kuhn poker's extensive form"),
                    MethodPreset.of("attack-defend", "Attack–defend (zero-sum)", "matrix=attack-defend",
                            "Self-RedTeam reference instance; saddle (2, 1), value 0.80"),
                    MethodPreset.of("hide-and-detect", "Hide-and-detect", "matrix=hide-and-detect",
                            "SPC generator vs critic, d = (0.9, 0.5, 0.2); value 55/73"));
        }

        @Override
        public Limits defaultLimits() {
            return new Limits(1000, 10, 0);
        }

        @Override
        List<MetricSpec> metricsFor(Config c, NormalFormGame g) {
            return concat(List.of(NASH_CONV, VALUE), policyMetrics(episodeGame(g)));
        }

        @Override
        Experiment<?> build(Config c, NormalFormGame g, Limits limits) {
            Xfp x = new Xfp(episodeGame(g));
            List<String> names = metricsFor(c, g).stream().map(MetricSpec::name).toList();
            return new Experiment<XfpState>() {
                @Override
                public XfpState start(long seed) {
                    return new XfpState(x.game().uniform(), 0);
                }

                @Override
                public XfpState step(XfpState s) {
                    return new XfpState(x.step(s.profile(), s.t()), s.t() + 1);
                }

                @Override
                public com.fasterxml.jackson.databind.JsonNode save(XfpState s) {
                    return SelfPlayCodec.xfp(s);
                }

                @Override
                public XfpState load(com.fasterxml.jackson.databind.JsonNode json) {
                    return SelfPlayCodec.xfp(json);
                }

                @Override
                public Snapshot observe(XfpState s, long step) {
                    return Snapshot.of(step, names, concat(new double[] {x.game().nashConv(s.profile()),
                        x.game().value(s.profile())}, policyValues(x.game(), s.profile())), Map.of());
                }
            };
        }
    }
}
