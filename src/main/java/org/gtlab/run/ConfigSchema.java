package org.gtlab.run;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one declaration of a method's typed configuration: a record type {@code R} whose components
 * are, in order, the method's parameters, and one {@link Param} per component carrying its name,
 * default, range and doc. From it come the parameter list of forms, {@code gtlab run --list} and
 * {@code --set} ({@link #params()}), the record from a validated {@link Config} ({@link #from}), the
 * raw values of a record ({@link #values}) and the validation of the record's compact constructor
 * ({@link #check}), so a value's name, type, default, range and doc are written once.
 *
 * <p>Component types and their parameter types: {@code double} (REAL), {@code Double} (REAL whose
 * default is automatic; null = automatic), {@code long}/{@code int} (INTEGER), {@code Long}/{@code
 * Integer} (INTEGER, automatic when null), {@code boolean} (BOOLEAN), {@code String} (CHOICE or
 * TEXT), an enum (CHOICE whose choices are the constants' names in lower case).
 *
 * <p>Typical use, in a record:
 * <pre>{@code
 * public record SfpConfig(double temperature, boolean sampled, String init) {
 *     public static final ConfigSchema<SfpConfig> SCHEMA = ConfigSchema.of(SfpConfig.class,
 *             Param.real("temperature", 0.1, 0, false, Double.POSITIVE_INFINITY, false, "λ: …"),
 *             Param.bool("sampled", true, "…"), init("uniform"));
 *     public SfpConfig {
 *         SCHEMA.check(temperature, sampled, init);
 *     }
 * }
 * }</pre>
 *
 * @param <R> the record type
 * @throws IllegalArgumentException (from {@link #of}) when the parameters do not match the record's
 *         components in number, order, name or type — a programming error caught by the catalog's
 *         contract test
 */
public final class ConfigSchema<R extends Record> {

    private final Class<R> type;
    private final List<Param> params;
    private final RecordComponent[] components;
    private final Constructor<R> constructor;

    private ConfigSchema(Class<R> type, List<Param> params) {
        this.type = type;
        this.params = List.copyOf(params);
        this.components = type.getRecordComponents();
        if (components.length != params.size()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length
                    + " components but " + params.size() + " parameters are declared");
        }
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Param p = params.get(i);
            types[i] = c.getType();
            if (!c.getName().equals(p.name())) {
                throw new IllegalArgumentException(type.getSimpleName() + " component " + i + " is \"" + c.getName()
                        + "\" but parameter " + i + " is \"" + p.name() + "\"");
            }
            if (!fits(c.getType(), p)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + c.getName() + " has type "
                        + c.getType().getSimpleName() + ", which cannot hold a " + p.type() + " parameter"
                        + (p.defaultValue() == null ? " with an automatic default" : ""));
            }
        }
        try {
            this.constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no canonical constructor", e);
        }
    }

    /** The schema of record {@code type} with one parameter per component, in component order. */
    public static <R extends Record> ConfigSchema<R> of(Class<R> type, Param... params) {
        return new ConfigSchema<>(Objects.requireNonNull(type, "type"), List.of(params));
    }

    /** As {@link #of(Class, Param...)} with a list. */
    public static <R extends Record> ConfigSchema<R> of(Class<R> type, List<Param> params) {
        return new ConfigSchema<>(Objects.requireNonNull(type, "type"), params);
    }

    private static boolean fits(Class<?> t, Param p) {
        boolean auto = p.defaultValue() == null;
        switch (p.type()) {
            case REAL:
                return t == Double.class || (t == double.class && !auto);
            case INTEGER:
                return t == Long.class || t == Integer.class || ((t == long.class || t == int.class) && !auto);
            case BOOLEAN:
                return t == boolean.class && !auto;
            case CHOICE:
                if (t.isEnum()) {
                    for (String c : p.choices()) {
                        if (enumConstant(t, c) == null) {
                            return false;
                        }
                    }
                    return true;
                }
                return t == String.class;
            default:
                return t == String.class;
        }
    }

    private static Object enumConstant(Class<?> t, String choice) {
        for (Object c : t.getEnumConstants()) {
            if (((Enum<?>) c).name().equalsIgnoreCase(choice)) {
                return c;
            }
        }
        return null;
    }

    /** The record type. */
    public Class<R> type() {
        return type;
    }

    /** The parameters, in component order (what forms, {@code --list} and {@code --set} use). */
    public List<Param> params() {
        return params;
    }

    /** The record of a validated config of this schema. */
    public R from(Config config) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object v = config.asMap().get(params.get(i).name());
            args[i] = toComponent(components[i].getType(), v);
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record of the defaults. */
    public R defaults() {
        return from(Config.of(type.getSimpleName(), params, Map.of()));
    }

    /**
     * The raw values of a record (Double, Long, Boolean, String or null for automatic), by parameter
     * name in declaration order: {@code Config.of(method, params(), values(r))} gives the record back.
     */
    public Map<String, Object> values(R record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) {
            out.put(params.get(i).name(), toRaw(read(components[i], record)));
        }
        return out;
    }

    /** The validated config of {@code method} holding the record's values. */
    public Config toConfig(String method, R record) {
        return Config.of(method, params, values(record));
    }

    /**
     * Validates component values given in component order (call it from the record's compact
     * constructor).
     *
     * @throws IllegalArgumentException naming the record, the field, the value and the allowed range
     */
    public void check(Object... values) {
        if (values.length != params.size()) {
            throw new IllegalArgumentException(type.getSimpleName() + ": " + values.length + " values for "
                    + params.size() + " fields");
        }
        for (int i = 0; i < values.length; i++) {
            params.get(i).parse(toRaw(values[i]), type.getSimpleName());
        }
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object toRaw(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (v instanceof Integer n) {
            return n.longValue();
        }
        return v;
    }

    private static Object toComponent(Class<?> t, Object v) {
        if (v == null) {
            return null;
        }
        if (t.isEnum()) {
            return enumConstant(t, (String) v);
        }
        if (t == int.class || t == Integer.class) {
            return Math.toIntExact((Long) v);
        }
        return v;
    }
}
