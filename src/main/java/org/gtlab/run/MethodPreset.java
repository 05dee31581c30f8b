package org.gtlab.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named setting of a method's parameters, declared with the method ({@link ExperimentFactory#presets()}):
 * "PSRO-Nash (reset)" is {@code psro} with {@code oracle=damped, reset=true}. Usable as
 * {@code gtlab run --method psro --preset nash-reset}; the Lab offers the presets of the methods it
 * shows. Explicit {@code --set} values override the preset's.
 *
 * @param name        command-line name, lower case with dashes ({@code nash-reset})
 * @param label       legend and menu name ("PSRO-Nash (reset)")
 * @param settings    parameter values as texts, validated when a run is built from them
 * @param description one line for tooltips
 */
public record MethodPreset(String name, String label, Map<String, String> settings, String description) {

    /** @throws IllegalArgumentException for a name that is not lower case with dashes */
    public MethodPreset {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("preset names are lower case with dashes, got " + name);
        }
        Objects.requireNonNull(label, "label");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        description = Objects.requireNonNullElse(description, "");
    }

    /** A preset from "k=v, k=v" settings text. */
    public static MethodPreset of(String name, String label, String settings, String description) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!settings.isBlank()) {
            for (String part : settings.split(",")) {
                String[] kv = part.strip().split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("preset " + name + ": setting \"" + part.strip()
                            + "\" is not of the form name=value");
                }
                m.put(kv[0].strip(), kv[1].strip());
            }
        }
        return new MethodPreset(name, label, m, description);
    }

    /** The preset's settings with {@code overrides} on top (insertion order: preset first). */
    public Map<String, String> merged(Map<String, String> overrides) {
        Map<String, String> m = new LinkedHashMap<>(settings);
        m.putAll(overrides);
        return m;
    }
}
