package org.gtlab.run.methods.selfplay;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.run.ConfigSchema;
import org.gtlab.run.Param;
import org.gtlab.selfplay.SelfPlayPresets;

/**
 * The typed config records of the self-play methods ({@code sppo}, {@code spo}, {@code reinforce},
 * {@code nfsp}, {@code xfp}), each declared once through its {@link ConfigSchema}: names, defaults,
 * ranges and docs. Every record ends with {@code matrix}: {@code game} (the run's own game) or one
 * of the named presets of {@link SelfPlayPresets} (the preference presets of spec §3.6 for {@code
 * sppo}/{@code spo}; the two-role adversarial presets of spec §7 and Kuhn poker for the tabular
 * learners), which then replaces the run's game.
 *
 * <p>Failure modes: the compact constructors refuse a value outside its range (η ≤ 0, a sample
 * count below 1, an unknown choice) with an {@link IllegalArgumentException} naming the record,
 * the field and the allowed range.
 */
public final class SelfPlayConfigs {

    private SelfPlayConfigs() {
    }

    private static List<String> choices(List<String> presets) {
        List<String> l = new ArrayList<>();
        l.add(SelfPlayPresets.GAME);
        l.addAll(presets);
        return l;
    }

    static Param preferenceMatrix() {
        return Param.choice("matrix", SelfPlayPresets.GAME, choices(SelfPlayPresets.PREFERENCE),
                "game: the run's preference game; or a §3.6 preset (three-raters, cycle p = 0.8, bradley-terry "
                        + "s = (1, 0, −1), condorcet 4 × 4) that replaces it");
    }

    static Param twoRoleMatrix() {
        return Param.choice("matrix", SelfPlayPresets.GAME, choices(SelfPlayPresets.TWO_ROLE),
                "game: the run's game; or a preset that replaces it (attack-defend zero-sum or general-sum, "
                        + "hide-and-detect d = (0.9, 0.5, 0.2), kuhn-poker)");
    }

    /** {@code sppo}: update rule, η (automatic: the Hedge-bound rate), K, the self-comparison, the matrix. */
    public record SppoConfig(String mode, Double eta, long samples, boolean self_inclusive, String matrix) {
        /** The declaration. */
        public static final ConfigSchema<SppoConfig> SCHEMA = ConfigSchema.of(SppoConfig.class,
                Param.choice("mode", "exact", List.of("exact", "sampled", "optimistic", "extragradient"),
                        "exact: r = P x; sampled: SPPO's row-mean estimate from K samples; optimistic: exponent "
                                + "2 P x_t − P x_{t−1}; extragradient: a Hedge half-step, then the step with its "
                                + "reward (the last two converge in the last iterate)"),
                Param.real("eta", null, "√(8 ln K / T)", 0, false, 1e6, true,
                        "η: learning rate (> 0); auto: the rate of the Hedge bound for the run's length"),
                Param.integer("samples", 5, 1, 10_000, "K: responses sampled per step"),
                Param.bool("self_inclusive", true,
                        "SPPO's estimate includes the self-comparison ½ (its code) or excludes it (unbiased)"),
                preferenceMatrix());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public SppoConfig {
            SCHEMA.check(mode, eta, samples, self_inclusive, matrix);
        }
    }

    /** {@code spo}: estimator, η, N, the matrix. */
    public record SpoConfig(String mode, Double eta, long samples, String matrix) {
        /** The declaration. */
        public static final ConfigSchema<SpoConfig> SCHEMA = ConfigSchema.of(SpoConfig.class,
                Param.choice("mode", "win-rate", List.of("win-rate", "full-vector"),
                        "win-rate: SPO's per-sample win fractions; full-vector: unbiased estimate of P x"),
                Param.real("eta", null, "√(8 ln K / T)", 0, false, 1e6, true,
                        "η: learning rate (> 0); auto: the rate of the Hedge bound for the run's length"),
                Param.integer("samples", 8, 2, 10_000, "N: samples (opponents) per step"),
                preferenceMatrix());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public SpoConfig {
            SCHEMA.check(mode, eta, samples, matrix);
        }
    }

    /** {@code reinforce}: the advantage estimator and the learner's settings. */
    public record ReinforceConfig(String baseline, String reward, long hands, double lr, double alpha, double gamma,
            long batch, boolean filter_zero, String matrix) {
        /** The declaration. */
        public static final ConfigSchema<ReinforceConfig> SCHEMA = ConfigSchema.of(ReinforceConfig.class,
                Param.choice("baseline", "rae", List.of("none", "turn", "rae", "mars"),
                        "advantage estimator: none = terminal return, turn = turn-level return, rae = SPIRAL's "
                                + "per-role EMA baseline, mars = per-role normalised turn returns"),
                Param.choice("reward", "chips", List.of("chips", "match"),
                        "chips: summed payoffs; match: ±1/0 by the sign over the hands (SPIRAL's 5-hand match)"),
                Param.integer("hands", 1, 1, 100, "hands per episode (first mover alternates)"),
                Param.real("lr", 0.05, 0, false, 100, true, "learning rate (> 0)"),
                Param.real("alpha", 0.95, 0, true, 1, false, "RAE's EMA factor α"),
                Param.real("gamma", 1.0, 0, false, 1, true, "discount of the turn-level return"),
                Param.integer("batch", 16, 1, 100_000, "episodes per update (MARS normalises over it)"),
                Param.bool("filter_zero", false, "skip zero advantages (the update is unchanged)"),
                twoRoleMatrix());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public ReinforceConfig {
            SCHEMA.check(baseline, reward, hands, lr, alpha, gamma, batch, filter_zero, matrix);
        }
    }

    /** {@code nfsp}: anticipation, Q-learning, ε schedule, reservoir and storage. */
    public record NfspConfig(double eta, double alpha, double epsilon, double epsilon_decay, long reservoir,
            String storage, long episodes_per_step, String matrix) {
        /** The declaration. */
        public static final ConfigSchema<NfspConfig> SCHEMA = ConfigSchema.of(NfspConfig.class,
                Param.real("eta", 0.1, 0, true, 1, true, "anticipatory parameter η"),
                Param.real("alpha", 0.05, 0, false, 1, true, "Q-learning rate α (> 0)"),
                Param.real("epsilon", 0.06, 0, true, 1, true, "ε₀ of ε_t = ε₀/√(1 + t/τ)"),
                Param.real("epsilon_decay", 1000.0, 0, false, 1e12, true, "τ of the ε schedule (episodes)"),
                Param.integer("reservoir", 0, 0, 100_000_000, "SL reservoir size m (0 = exact counts)"),
                Param.choice("storage", "actions", List.of("actions", "probabilities"),
                        "SL memory stores the action (paper) or the ε-greedy vector (OpenSpiel)"),
                Param.integer("episodes_per_step", 1000, 1, 10_000_000, "episodes per step"),
                twoRoleMatrix());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public NfspConfig {
            SCHEMA.check(eta, alpha, epsilon, epsilon_decay, reservoir, storage, episodes_per_step, matrix);
        }
    }

    /** {@code xfp}: only the game (full-width fictitious play has no free parameter). */
    public record XfpConfig(String matrix) {
        /** The declaration. */
        public static final ConfigSchema<XfpConfig> SCHEMA = ConfigSchema.of(XfpConfig.class, twoRoleMatrix());

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public XfpConfig {
            SCHEMA.check(matrix);
        }
    }
}
