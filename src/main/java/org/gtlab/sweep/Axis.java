package org.gtlab.sweep;

import java.util.Locale;
import java.util.Objects;

/**
 * One axis of a sweep: a parameter name (a payoff entry {@code payoff[P][I][J]}, a game parameter such
 * as {@code C}, a method parameter such as {@code eta}) and {@code n} values from {@code lo} to
 * {@code hi}: linear {@code lo + i (hi − lo)/(n − 1)}, logarithmic {@code lo (hi/lo)^{i/(n−1)}}, or
 * integer (the linear values rounded half up, so the axis must span at least n − 1 integers).
 * Written {@code NAME:LO:HI:N[:log|:int]} on the command line. A fourth kind, {@link Scale#LIST}, is an
 * axis of declared values (e.g. the BRG grid d ∈ {5, 10, 20, 30, 50, 75}): value i is the i-th declared
 * value, written {@code NAME:LO:HI:N:list(v1;v2;…)}.
 *
 * @param name   the parameter
 * @param lo     first value
 * @param hi     last value
 * @param n      number of values, 1 … 2000
 * @param scale  spacing
 * @param levels the declared values of a LIST axis (n of them, finite, distinct; lo and hi are the first
 *               and last), null for the other scales
 */
public record Axis(String name, double lo, double hi, int n, Scale scale, double[] levels) {

    /** An evenly spaced (linear, log or integer) axis. */
    public Axis(String name, double lo, double hi, int n, Scale scale) {
        this(name, lo, hi, n, scale, null);
    }

    /**
     * An axis of declared values, in the given order.
     *
     * @throws IllegalArgumentException naming the axis for no values, a non-finite or repeated value
     */
    public static Axis of(String name, double... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("axis " + name + ": a list axis needs at least one value");
        }
        return new Axis(name, values[0], values[values.length - 1], values.length, Scale.LIST, values);
    }

    /** Spacing of the values. */
    public enum Scale {
        /** Evenly spaced. */
        LINEAR,
        /** Evenly spaced logarithms; needs 0 &lt; lo, hi. */
        LOG,
        /** Evenly spaced integers. */
        INTEGER,
        /** Declared values ({@link Axis#levels()}). */
        LIST
    }

    /** Most values on one axis (two axes of 2000 make the 4,000,000-cell limit of a sweep). */
    public static final int MAX_N = 2000;

    /**
     * @throws IllegalArgumentException naming the axis for a blank name, non-finite ends, n outside
     *         1 … 2000, a log axis with a zero or negative end, an integer axis with fractional ends or
     *         fewer integers than values
     */
    public Axis {
        Objects.requireNonNull(scale, "scale");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("axis has no parameter name");
        }
        name = name.strip();
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("axis " + name + ": range must be finite, got " + lo + " … " + hi);
        }
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("axis " + name + ": number of values must be 1 … " + MAX_N + ", got " + n);
        }
        if (n > 1 && lo == hi && scale != Scale.LIST) {
            throw new IllegalArgumentException("axis " + name + ": " + n + " values need lo ≠ hi, got " + lo);
        }
        if (scale == Scale.LOG && (lo <= 0 || hi <= 0)) {
            throw new IllegalArgumentException("axis " + name + ": a log range needs lo > 0 and hi > 0, got " + lo
                    + " … " + hi);
        }
        if (scale == Scale.LIST) {
            if (levels == null || levels.length != n) {
                throw new IllegalArgumentException("axis " + name + ": a list axis needs its " + n + " values");
            }
            levels = levels.clone();
            java.util.Set<Double> seen = new java.util.HashSet<>();
            for (double v : levels) {
                if (!Double.isFinite(v) || !seen.add(v)) {
                    throw new IllegalArgumentException("axis " + name + ": list values must be finite and distinct, got "
                            + java.util.Arrays.toString(levels));
                }
            }
            if (lo != levels[0] || hi != levels[n - 1]) {
                throw new IllegalArgumentException("axis " + name + ": lo and hi must be the first and last listed values");
            }
            if (n > 1 && lo == hi) {
                throw new IllegalArgumentException("axis " + name + ": list values must be distinct");
            }
        } else {
            levels = null;
        }
        if (scale == Scale.INTEGER) {
            if (lo != Math.rint(lo) || hi != Math.rint(hi)) {
                throw new IllegalArgumentException("axis " + name + ": an integer range needs integer ends, got " + lo
                        + " … " + hi);
            }
            if (Math.abs(hi - lo) + 1 < n) {
                throw new IllegalArgumentException("axis " + name + ": " + n + " integer values do not fit in " + lo
                        + " … " + hi);
            }
        }
    }

    /**
     * Parses {@code NAME:LO:HI:N[:log|:int|:linear]}. The name may contain colons only inside
     * brackets (it never does in practice).
     *
     * @throws IllegalArgumentException with the text and what is wrong
     */
    public static Axis parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("axis is missing; write NAME:LO:HI:N[:log|:int]");
        }
        String[] f = text.strip().split(":");
        if (f.length < 4 || f.length > 5) {
            throw new IllegalArgumentException("axis \"" + text + "\": write NAME:LO:HI:N[:log|:int]");
        }
        Scale scale = Scale.LINEAR;
        if (f.length == 5 && f[4].strip().toLowerCase(Locale.ROOT).startsWith("list")) {
            String l = f[4].strip();
            if (!l.matches("(?i)list\\(.*\\)")) {
                throw new IllegalArgumentException("axis \"" + text + "\": write a list as list(V1;V2;…)");
            }
            String[] parts = l.substring(5, l.length() - 1).split(";");
            double[] v = new double[parts.length];
            for (int k = 0; k < parts.length; k++) {
                try {
                    v[k] = Double.parseDouble(parts[k].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("axis \"" + text + "\": list value " + (k + 1) + " \"" + parts[k]
                            + "\" is not a number");
                }
            }
            return of(f[0].strip(), v);
        }
        if (f.length == 5) {
            switch (f[4].strip().toLowerCase(Locale.ROOT)) {
                case "log":
                    scale = Scale.LOG;
                    break;
                case "int":
                case "integer":
                    scale = Scale.INTEGER;
                    break;
                case "lin":
                case "linear":
                    break;
                default:
                    throw new IllegalArgumentException("axis \"" + text + "\": scale must be log, int or linear, got \""
                            + f[4] + "\"");
            }
        }
        double lo;
        double hi;
        int n;
        try {
            lo = Double.parseDouble(f[1].strip());
            hi = Double.parseDouble(f[2].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("axis \"" + text + "\": LO and HI must be numbers");
        }
        try {
            n = Integer.parseInt(f[3].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("axis \"" + text + "\": N must be a whole number, got \"" + f[3] + "\"");
        }
        return new Axis(f[0], lo, hi, n, scale);
    }

    /** The value at index i (0 … n − 1); the ends are exactly lo and hi. */
    public double value(int i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("axis " + name + " has " + n + " values, index " + i);
        }
        if (scale == Scale.LIST) {
            return levels[i];
        }
        if (n == 1 || i == 0) {
            return lo;
        }
        if (i == n - 1) {
            return hi;
        }
        double f = i / (double) (n - 1);
        switch (scale) {
            case LOG:
                return lo * StrictMath.pow(hi / lo, f);
            case INTEGER:
                return Math.floor(lo + f * (hi - lo) + 0.5);
            default:
                return lo + f * (hi - lo);
        }
    }

    /** All values. */
    public double[] values() {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = value(i);
        }
        return v;
    }

    /** The command-line form {@code NAME:LO:HI:N[:log|:int]}. */
    public String text() {
        if (scale == Scale.LIST) {
            StringBuilder b = new StringBuilder(name + ":" + num(lo) + ":" + num(hi) + ":" + n + ":list(");
            for (int i = 0; i < n; i++) {
                b.append(i == 0 ? "" : ";").append(num(levels[i]));
            }
            return b.append(')').toString();
        }
        return name + ":" + num(lo) + ":" + num(hi) + ":" + n
                + (scale == Scale.LOG ? ":log" : scale == Scale.INTEGER ? ":int" : "");
    }

    /** The declared values of a LIST axis (a copy), or null. */
    @Override
    public double[] levels() {
        return levels == null ? null : levels.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Axis a && name.equals(a.name) && Double.compare(lo, a.lo) == 0
                && Double.compare(hi, a.hi) == 0 && n == a.n && scale == a.scale
                && java.util.Arrays.equals(levels, a.levels);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, lo, hi, n, scale) * 31 + java.util.Arrays.hashCode(levels);
    }

    @Override
    public String toString() {
        return "Axis[" + text() + "]";
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
