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
     * The algorithms offered by the lab: the presets of the team methods of the app's method
     * catalog ({@link org.gtlab.run.ExperimentFactory#presets()}), in catalog order (the order of
     * the FXP paper's figures: the SP family, PSRO with its meta-solvers and oracles, Online DO,
     * FXP, the no-regret baselines).
     */
    public static List<LabAlgorithm> catalog() {
        return catalog(org.gtlab.run.methods.StandardMethods.catalog());
    }

    /** The lab algorithms of this method catalog (every preset of every team method). */
    public static List<LabAlgorithm> catalog(org.gtlab.run.MethodCatalog methods) {
        List<LabAlgorithm> l = new java.util.ArrayList<>();
        for (org.gtlab.run.ExperimentFactory f : methods.all()) {
            if (f.gameKind() != org.gtlab.run.GameKind.TEAM) {
                continue;
            }
            for (org.gtlab.run.MethodPreset p : f.presets()) {
                l.add(new LabAlgorithm(p.label(), f.name(), p.settings(), p.description()));
            }
        }
        return List.copyOf(l);
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
