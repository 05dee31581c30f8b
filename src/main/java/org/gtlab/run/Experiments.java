package org.gtlab.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gtlab.run.methods.DynamicsMethods;
import org.gtlab.run.methods.LearnerMethods;
import org.gtlab.run.methods.MoranMethod;

/**
 * The registry of runnable methods by name ({@code gtlab run --method NAME}, the launcher's list).
 * Adding a method: one {@link ExperimentFactory}, one {@code register(…)} line in the static block
 * below (or a call from the code that owns the method).
 */
public final class Experiments {

    private static final Map<String, ExperimentFactory> FACTORIES = new LinkedHashMap<>();

    static {
        LearnerMethods.all().forEach(Experiments::register);
        DynamicsMethods.all().forEach(Experiments::register);
        register(new MoranMethod());
    }

    private Experiments() {
    }

    /**
     * Adds a method.
     *
     * @throws IllegalArgumentException if the name is taken
     */
    public static synchronized void register(ExperimentFactory factory) {
        String key = factory.name().toLowerCase(Locale.ROOT);
        if (FACTORIES.containsKey(key)) {
            throw new IllegalArgumentException("a method named \"" + factory.name() + "\" is already registered");
        }
        FACTORIES.put(key, factory);
    }

    /** All methods in registration order. */
    public static synchronized List<ExperimentFactory> all() {
        return List.copyOf(new ArrayList<>(FACTORIES.values()));
    }

    /**
     * The method with this name (case-insensitive).
     *
     * @throws IllegalArgumentException listing the known names if there is none
     */
    public static synchronized ExperimentFactory byName(String name) {
        ExperimentFactory f = name == null ? null : FACTORIES.get(name.strip().toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new IllegalArgumentException("unknown method \"" + name + "\"; known: "
                    + String.join(", ", FACTORIES.keySet()));
        }
        return f;
    }
}
