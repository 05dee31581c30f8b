package org.gtlab.run;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.gtlab.math.Rational;

/**
 * Description of one parameter of an experiment: name, type, default, allowed range or choices and
 * a one-line doc. Used by {@code gtlab run --list}, by the launcher form (fields, tooltips,
 * validation) and by {@link Config#of} to validate a configuration before anything runs.
 *
 * <p>A default of {@code null} means "automatic": the method computes it (for example Hedge's
 * {@code η = √(8 ln K / T)}); {@link #defaultText()} says how.
 */
public final class Param {

    private final String name;
    private final ParamType type;
    private final Object defaultValue;
    private final String defaultText;
    private final double min;
    private final boolean minInclusive;
    private final double max;
    private final boolean maxInclusive;
    private final List<String> choices;
    private final Function<String, String> check;
    private final String doc;

    private Param(String name, ParamType type, Object defaultValue, String defaultText, double min, boolean minInclusive,
            double max, boolean maxInclusive, List<String> choices, Function<String, String> check, String doc) {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter names are lower snake case, got " + name);
        }
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.defaultText = defaultText;
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
        this.maxInclusive = maxInclusive;
        this.choices = choices;
        this.check = check;
        this.doc = Objects.requireNonNull(doc, "doc");
    }

    /**
     * A real parameter in a range; the bounds may be infinite.
     *
     * @param defaultValue the default (inside the range), or null for "automatic"
     * @param autoText what "automatic" means, shown instead of a number (ignored if a default is given)
     */
    public static Param real(String name, Double defaultValue, String autoText, double min, boolean minInclusive,
            double max, boolean maxInclusive, String doc) {
        Param p = new Param(name, ParamType.REAL, defaultValue,
                defaultValue == null ? Objects.requireNonNull(autoText, "autoText") : Double.toString(defaultValue), min,
                minInclusive, max, maxInclusive, List.of(), null, doc);
        if (defaultValue != null) {
            p.validate(defaultValue, "default");
        }
        return p;
    }

    /** A real parameter in a range, with a default. */
    public static Param real(String name, double defaultValue, double min, boolean minInclusive, double max,
            boolean maxInclusive, String doc) {
        return real(name, defaultValue, null, min, minInclusive, max, maxInclusive, doc);
    }

    /** An integer parameter in {@code [min, max]}. */
    public static Param integer(String name, long defaultValue, long min, long max, String doc) {
        Param p = new Param(name, ParamType.INTEGER, defaultValue, Long.toString(defaultValue), min, true, max, true,
                List.of(), null, doc);
        p.validate(defaultValue, "default");
        return p;
    }

    /**
     * An integer parameter in {@code [min, max]} whose default is automatic: the method computes it
     * ({@code autoText} says how, for example "100 with the exact oracle, else 20").
     */
    public static Param integer(String name, String autoText, long min, long max, String doc) {
        return new Param(name, ParamType.INTEGER, null, Objects.requireNonNull(autoText, "autoText"), min, true, max,
                true, List.of(), null, doc);
    }

    public static Param bool(String name, boolean defaultValue, String doc) {
        return new Param(name, ParamType.BOOLEAN, defaultValue, Boolean.toString(defaultValue),
                Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, List.of(), null, doc);
    }

    /** One of {@code choices} (lower-case words). */
    public static Param choice(String name, String defaultValue, List<String> choices, String doc) {
        Param p = new Param(name, ParamType.CHOICE, defaultValue, defaultValue, Double.NEGATIVE_INFINITY, true,
                Double.POSITIVE_INFINITY, true, List.copyOf(choices), null, doc);
        p.validate(defaultValue, "default");
        return p;
    }

    /**
     * Free text checked by {@code check}, which returns null if the text is fine and otherwise the
     * reason it is not.
     */
    public static Param text(String name, String defaultValue, Function<String, String> check, String doc) {
        Param p = new Param(name, ParamType.TEXT, defaultValue, defaultValue, Double.NEGATIVE_INFINITY, true,
                Double.POSITIVE_INFINITY, true, List.of(), check, doc);
        p.validate(defaultValue, "default");
        return p;
    }

    public String name() {
        return name;
    }

    public ParamType type() {
        return type;
    }

    /** The default value (Double, Long, Boolean or String), or null for "automatic". */
    public Object defaultValue() {
        return defaultValue;
    }

    /** The default as text ("0.1", "uniform", or what "automatic" means). */
    public String defaultText() {
        return defaultText;
    }

    public List<String> choices() {
        return choices;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean minInclusive() {
        return minInclusive;
    }

    public boolean maxInclusive() {
        return maxInclusive;
    }

    public String doc() {
        return doc;
    }

    /** The allowed values as text: "(0, ∞)", "[0, 1]", "fp | alternating", "" for free text. */
    public String rangeText() {
        switch (type) {
            case REAL:
            case INTEGER:
                return (minInclusive ? "[" : "(") + bound(min) + ", " + bound(max) + (maxInclusive ? "]" : ")");
            case BOOLEAN:
                return "true | false";
            case CHOICE:
                return String.join(" | ", choices);
            default:
                return "";
        }
    }

    private String bound(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "∞";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "−∞";
        }
        if (type == ParamType.INTEGER || v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /**
     * Converts and validates a raw value (a String from a form or the command line, or a Number /
     * Boolean from JSON). {@code null} (or the text "auto") stands for "automatic" and is accepted
     * only where the default is automatic.
     *
     * @param method the method name, for the message
     * @return a Double, Long, Boolean or String, or null
     * @throws IllegalArgumentException with a message naming the method, the parameter, the value
     *         and what is allowed
     */
    public Object parse(Object raw, String method) {
        String where = method + ": parameter " + name;
        if (raw == null) {
            if (defaultValue == null) {
                return null;
            }
            throw new IllegalArgumentException(where + " has no automatic value; expected " + expected());
        }
        if (defaultValue == null && raw instanceof String && ((String) raw).strip().equalsIgnoreCase("auto")) {
            return null;
        }
        Object v;
        switch (type) {
            case REAL:
                v = toReal(raw, where);
                break;
            case INTEGER:
                v = toInteger(raw, where);
                break;
            case BOOLEAN:
                v = toBoolean(raw, where);
                break;
            default:
                if (!(raw instanceof String)) {
                    throw new IllegalArgumentException(where + " = " + raw + " is not text; expected " + expected());
                }
                v = ((String) raw).strip();
                if (type == ParamType.CHOICE) {
                    v = ((String) v).toLowerCase(Locale.ROOT);
                }
        }
        validate(v, where);
        return v;
    }

    private String expected() {
        switch (type) {
            case REAL:
                return "a number in " + rangeText();
            case INTEGER:
                return "an integer in " + rangeText();
            case BOOLEAN:
                return "true or false";
            case CHOICE:
                return "one of " + rangeText();
            default:
                return "text (" + doc + ")";
        }
    }

    private Double toReal(Object raw, String where) {
        if (raw instanceof Number) {
            return ((Number) raw).doubleValue();
        }
        String s = raw.toString().strip();
        if (s.equalsIgnoreCase("nan") || s.toLowerCase(Locale.ROOT).contains("inf") || s.contains("∞")) {
            throw new IllegalArgumentException(where + " = " + s + " is not a finite number; expected " + expected());
        }
        try {
            return Rational.parse(s).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " = \"" + s + "\" is not a number; expected " + expected());
        }
    }

    private Long toInteger(Object raw, String where) {
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        String s = raw.toString().strip();
        try {
            if (raw instanceof Number) {
                double d = ((Number) raw).doubleValue();
                if (d != Math.rint(d) || Math.abs(d) > 9e15) {
                    throw new NumberFormatException();
                }
                return (long) d;
            }
            return Long.parseLong(s.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " = \"" + s + "\" is not an integer; expected " + expected());
        }
    }

    private Boolean toBoolean(Object raw, String where) {
        if (raw instanceof Boolean) {
            return (Boolean) raw;
        }
        String s = raw.toString().strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("yes") || s.equals("1")) {
            return true;
        }
        if (s.equals("false") || s.equals("no") || s.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException(where + " = \"" + raw + "\" is not a truth value; expected true or false");
    }

    private void validate(Object v, String where) {
        switch (type) {
            case REAL: {
                double d = (Double) v;
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException(where + " = " + d + " is not a finite number; expected "
                            + expected());
                }
                checkRange(d, where, Double.toString(d));
                break;
            }
            case INTEGER: {
                long l = (Long) v;
                checkRange(l, where, Long.toString(l));
                break;
            }
            case CHOICE:
                if (!choices.contains(v)) {
                    throw new IllegalArgumentException(where + " = \"" + v + "\" is not allowed; expected one of "
                            + rangeText());
                }
                break;
            case TEXT:
                if (check != null) {
                    String problem = check.apply((String) v);
                    if (problem != null) {
                        throw new IllegalArgumentException(where + " = \"" + v + "\": " + problem);
                    }
                }
                break;
            default:
                break;
        }
    }

    private void checkRange(double d, String where, String text) {
        boolean lowOk = minInclusive ? d >= min : d > min;
        boolean highOk = maxInclusive ? d <= max : d < max;
        if (!lowOk || !highOk) {
            throw new IllegalArgumentException(where + " = " + text + " is out of range; expected " + expected());
        }
    }

    @Override
    public String toString() {
        return name + " (" + type.name().toLowerCase(Locale.ROOT) + ", default " + defaultText + ")";
    }
}
