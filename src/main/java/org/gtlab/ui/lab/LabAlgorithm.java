package org.gtlab.ui.lab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One algorithm of the lab: a team method of the run pipeline ({@code sp}, {@code fp}, {@code fsp},
 * {@code psro}, {@code odo}, {@code fxp}, the no-regret baselines) with settings, and the label it
 * has in legends ("PSRO-Nash (reset)"). Settings are the {@code --set} values of {@code gtlab run}
 * ({@code meta=uniform, oracle=damped, reset=true}); they are validated when a run is built from
 * them. Immutable.
 *
 * @param label       legend and table name
 * @param method      run-pipeline method name
 * @param settings    method parameters as texts (insertion order kept)
 * @param description one line for tooltips
 */
public record LabAlgorithm(String label, String method, Map<String, String> settings, String description) {

    public LabAlgorithm {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(method, "method");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        description = Objects.requireNonNullElse(description, "");
    }

    static LabAlgorithm of(String label, String method, String settings, String description) {
        return new LabAlgorithm(label, method, parseSettings(settings), description);
    }

    /**
     * The algorithms offered by the lab, in the order of the FXP paper's figures (spec fxp-psro.md
     * §9, §7.3, §8): the SP family, PSRO with its meta-solvers and oracles, Online DO and FXP.
     */
    public static List<LabAlgorithm> catalog() {
        return List.of(
                of("SP", "sp", "", "Self-play: damped best response against the team's own policy (ends at a local NE)"),
                of("FP", "fp", "", "Fictitious play: damped best response to the average of past iterates"),
                of("FSP (η = 0.99)", "fsp", "", "Fictitious self-play: 99 % self-play, 1 % past iterates"),
                of("PSRO (exact oracle)", "psro", "oracle=exact",
                        "Double Oracle: exact team best response to the Nash meta-strategy each iteration"),
                of("PSRO-Nash (reset)", "psro", "oracle=damped, reset=true",
                        "PSRO with the authors' damped oracle, each best response from uniform"),
                of("PSRO-Nash w/o reset", "psro", "oracle=damped, reset=false",
                        "PSRO with the damped oracle, warm-started from the previous best response"),
                of("PSRO-uniform (reset)", "psro", "oracle=damped, meta=uniform, reset=true",
                        "PSRO with a uniform meta-strategy (fictitious play over the population)"),
                of("PSRO-uniform w/o reset", "psro", "oracle=damped, meta=uniform, reset=false",
                        "uniform meta-strategy, warm-started best responses"),
                of("PSRO-PRD", "psro", "oracle=exact, meta=prd", "exact oracle, projected replicator dynamics meta-solver"),
                of("PSRO-RM", "psro", "oracle=exact, meta=rm", "exact oracle, regret-matching meta-solver"),
                of("PSRO-α-Rank", "psro", "oracle=exact, meta=alpharank", "exact oracle, α-Rank meta-solver"),
                of("Online DO (reset)", "odo", "reset=true", "Online Double Oracle, μ = 1"),
                of("FXP", "fxp", "", "Fictitious Cross-Play: m = 10, η = 0.3 (Xu et al. 2023)"),
                of("FXP (reset)", "fxp", "reset=true", "FXP whose main policy restarts every iteration"),
                of("FoReL", "forel", "", "Follow the regularised leader (the authors' baseline, 1000 steps)"),
                of("Replicator", "replicator", "", "discrete replicator self-play (1000 steps)"),
                of("MWU", "mwu", "", "multiplicative weights self-play (1000 steps)"),
                of("CFR / RM", "cfr", "", "regret matching self-play (1000 steps)"));
    }

    /** The catalog entry with this label. */
    public static LabAlgorithm byLabel(String label) {
        for (LabAlgorithm a : catalog()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no lab algorithm \"" + label + "\"");
    }

    /** This algorithm with other settings (the label is kept). */
    public LabAlgorithm withSettings(Map<String, String> newSettings) {
        return new LabAlgorithm(label, method, newSettings, description);
    }

    /** "meta=uniform, oracle=damped" (empty for no settings). */
    public String settingsText() {
        return format(settings);
    }

    /** "k=v, k=v". */
    static String format(Map<String, String> s) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : s.entrySet()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(e.getKey()).append('=').append(e.getValue());
        }
        return b.toString();
    }

    /**
     * Parses "k=v, k=v" (commas or whitespace between pairs).
     *
     * @throws IllegalArgumentException for a pair without "=" or an empty key, naming it
     */
    public static Map<String, String> parseSettings(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return m;
        }
        for (String part : text.strip().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("setting \"" + part + "\" is not of the form name=value");
            }
            String k = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String v = part.substring(eq + 1).strip();
            if (v.isEmpty()) {
                throw new IllegalArgumentException("setting \"" + k + "\" has no value");
            }
            m.put(k, v);
        }
        return m;
    }

    @Override
    public String toString() {
        return label;
    }
}
