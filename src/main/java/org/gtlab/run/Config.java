package org.gtlab.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A validated, immutable set of parameter values for one method: every declared {@link Param} has a
 * value (Double, Long, Boolean or String) or null for "automatic"; nothing else. Built only by
 * {@link #of}, so a Config in hand has passed validation.
 */
public final class Config {

    private final String method;
    private final Map<String, Object> values;

    private Config(String method, Map<String, Object> values) {
        this.method = method;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Validates raw values (Strings from a form or the command line, or JSON numbers / booleans)
     * against the parameter descriptions and fills in defaults.
     *
     * @throws IllegalArgumentException for an unknown parameter (naming the known ones) or a value
     *         that is not allowed (naming parameter, value and the allowed range)
     */
    public static Config of(String method, List<Param> params, Map<String, ?> raw) {
        Objects.requireNonNull(method, "method");
        Map<String, Param> byName = new LinkedHashMap<>();
        for (Param p : params) {
            byName.put(p.name(), p);
        }
        if (raw != null) {
            for (String key : raw.keySet()) {
                if (!byName.containsKey(key)) {
                    throw new IllegalArgumentException(method + ": unknown parameter \"" + key + "\"; "
                            + (byName.isEmpty() ? "this method has no parameters"
                                    : "known: " + String.join(", ", byName.keySet())));
                }
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Param p : params) {
            if (raw != null && raw.containsKey(p.name())) {
                values.put(p.name(), p.parse(raw.get(p.name()), method));
            } else {
                values.put(p.name(), p.defaultValue());
            }
        }
        return new Config(method, values);
    }

    /** The method these values belong to. */
    public String method() {
        return method;
    }

    /** All values in declaration order (immutable; null = automatic). */
    public Map<String, Object> asMap() {
        return values;
    }

    /** True if the parameter is set to "automatic". */
    public boolean isAuto(String name) {
        return get(name) == null;
    }

    /** A REAL value. @throws IllegalStateException if it is automatic */
    public double real(String name) {
        return ((Number) require(name)).doubleValue();
    }

    /** A REAL value, or {@code auto} if it is automatic. */
    public double realOr(String name, double auto) {
        Object v = get(name);
        return v == null ? auto : ((Number) v).doubleValue();
    }

    public long integer(String name) {
        return ((Number) require(name)).longValue();
    }

    public boolean bool(String name) {
        return (Boolean) require(name);
    }

    /** A CHOICE or TEXT value. */
    public String text(String name) {
        return (String) require(name);
    }

    private Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException(method + " has no parameter \"" + name + "\"");
        }
        return values.get(name);
    }

    private Object require(String name) {
        Object v = get(name);
        if (v == null) {
            throw new IllegalStateException(method + ": parameter " + name + " is automatic");
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Config && ((Config) o).method.equals(method) && ((Config) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return method.hashCode() * 31 + values.hashCode();
    }

    /** {@code fp{variant=simultaneous, init=uniform}}. */
    @Override
    public String toString() {
        return method + values.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() == null ? "auto" : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
