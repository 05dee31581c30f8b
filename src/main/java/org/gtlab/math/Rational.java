package org.gtlab.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number {@code num/den}, immutable, always in lowest terms with a positive
 * denominator.
 *
 * <p>Values that fit in a {@code long} numerator and denominator are kept as longs (the fast path,
 * no allocation of {@link BigInteger}s); arithmetic that would overflow falls back to
 * {@code BigInteger} transparently, so results are always exact.
 *
 * <p>{@link #toString()} prints like Gambit: {@code 1/3}, {@code -2}, {@code 0}.
 * {@link #parse(String)} accepts integers, fractions {@code p/q} and decimals (also with an exponent,
 * {@code 1.5e-3}), all read exactly.
 */
public final class Rational extends Number implements Comparable<Rational> {

    private static final long serialVersionUID = 1L;

    public static final Rational ZERO = new Rational(0, 1);
    public static final Rational ONE = new Rational(1, 1);
    public static final Rational MINUS_ONE = new Rational(-1, 1);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /* Small representation: valid when big == null. den > 0, gcd(num, den) == 1. */
    private final long num;
    private final long den;
    /* Big representation: bigNum / bigDen, bigDen > 0, reduced; used only when a value does not fit. */
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    private Rational(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Rational(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    // ---------------------------------------------------------------- factories

    /** The integer {@code n}. */
    public static Rational of(long n) {
        if (n == 0) {
            return ZERO;
        }
        if (n == 1) {
            return ONE;
        }
        if (n == Long.MIN_VALUE) {
            return new Rational(BigInteger.valueOf(n), BigInteger.ONE); // the small form excludes MIN (see normalizeBig)
        }
        return new Rational(n, 1);
    }

    /**
     * The fraction {@code p/q}, reduced.
     *
     * @throws ArithmeticException if {@code q == 0}
     */
    public static Rational of(long p, long q) {
        if (q == 0) {
            throw new ArithmeticException("denominator is zero: " + p + "/0");
        }
        if (p == 0) {
            return ZERO;
        }
        if (p == Long.MIN_VALUE || q == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(p), BigInteger.valueOf(q));
        }
        if (q < 0) {
            p = -p;
            q = -q;
        }
        long g = gcd(Math.abs(p), q);
        return new Rational(p / g, q / g);
    }

    /**
     * The fraction {@code p/q}, reduced.
     *
     * @throws ArithmeticException if {@code q} is zero
     */
    public static Rational of(BigInteger p, BigInteger q) {
        if (q.signum() == 0) {
            throw new ArithmeticException("denominator is zero: " + p + "/0");
        }
        if (p.signum() == 0) {
            return ZERO;
        }
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        BigInteger g = p.gcd(q);
        if (!g.equals(BigInteger.ONE)) {
            p = p.divide(g);
            q = q.divide(g);
        }
        return normalizeBig(p, q);
    }

    /** The integer {@code n}. */
    public static Rational of(BigInteger n) {
        return of(n, BigInteger.ONE);
    }

    /** Exact value of a decimal number. */
    public static Rational of(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        if (scale <= 0) {
            return of(unscaled.multiply(BigInteger.TEN.pow(-scale)));
        }
        return of(unscaled, BigInteger.TEN.pow(scale));
    }

    /**
     * The rational whose decimal expansion is the shortest one that identifies {@code d}
     * ({@link Double#toString(double)}), so {@code 0.1} gives {@code 1/10}, not the binary
     * approximation.
     *
     * @throws IllegalArgumentException if {@code d} is NaN or infinite
     */
    public static Rational valueOf(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a finite number: " + d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.0e15) {
            return of((long) d);
        }
        return of(BigDecimal.valueOf(d));
    }

    /**
     * Parses an integer ({@code -3}), a fraction ({@code 1/3}, {@code -2/4}) or a decimal
     * ({@code 0.25}, {@code 1e-3}, {@code .5}), exactly. Leading and trailing blanks are ignored.
     *
     * @throws NumberFormatException with a message naming the text when it is not a number
     */
    public static Rational parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (s.isEmpty()) {
            throw new NumberFormatException("empty number");
        }
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                String p = s.substring(0, slash).strip();
                String q = s.substring(slash + 1).strip();
                if (p.isEmpty() || q.isEmpty() || q.startsWith("-") || q.startsWith("+")) {
                    throw new NumberFormatException();
                }
                Rational a = parseDecimal(p);
                Rational b = parseDecimal(q);
                if (b.signum() == 0) {
                    throw new NumberFormatException("not a number: \"" + text + "\" (denominator is zero)");
                }
                return a.divide(b);
            }
            return parseDecimal(s);
        } catch (NumberFormatException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("not a number")) {
                throw e;
            }
            throw new NumberFormatException("not a number: \"" + text + "\"");
        }
    }

    private static Rational parseDecimal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!ok) {
                throw new NumberFormatException();
            }
        }
        boolean simpleInt = s.length() <= 18;
        for (int i = 0; i < s.length() && simpleInt; i++) {
            char c = s.charAt(i);
            simpleInt = (c >= '0' && c <= '9') || (i == 0 && (c == '-' || c == '+') && s.length() > 1);
        }
        if (simpleInt) {
            return of(Long.parseLong(s));
        }
        return of(new BigDecimal(s));
    }

    // ---------------------------------------------------------------- access

    /** True if this value is kept in the long fast path. */
    boolean isSmall() {
        return bigNum == null;
    }

    /** The numerator (lowest terms, carries the sign). */
    public BigInteger numerator() {
        return bigNum == null ? BigInteger.valueOf(num) : bigNum;
    }

    /** The denominator (lowest terms, positive). */
    public BigInteger denominator() {
        return bigNum == null ? BigInteger.valueOf(den) : bigDen;
    }

    /** -1, 0 or 1. */
    public int signum() {
        return bigNum == null ? Long.signum(num) : bigNum.signum();
    }

    public boolean isZero() {
        return signum() == 0;
    }

    public boolean isInteger() {
        return bigNum == null ? den == 1 : bigDen.equals(BigInteger.ONE);
    }

    // ---------------------------------------------------------------- arithmetic

    public Rational add(Rational o) {
        if (bigNum == null && o.bigNum == null) {
            try {
                if (den == o.den) {
                    return of(Math.addExact(num, o.num), den);
                }
                long g = gcd(den, o.den);
                long d1 = den / g;
                long n = Math.addExact(Math.multiplyExact(num, o.den / g), Math.multiplyExact(o.num, d1));
                long d = Math.multiplyExact(d1, o.den);
                return of(n, d);
            } catch (ArithmeticException overflow) {
                // fall through to BigInteger
            }
        }
        return of(numerator().multiply(o.denominator()).add(o.numerator().multiply(denominator())),
                denominator().multiply(o.denominator()));
    }

    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    public Rational multiply(Rational o) {
        if (bigNum == null && o.bigNum == null) {
            if (num == 0 || o.num == 0) {
                return ZERO;
            }
            try {
                long g1 = gcd(Math.abs(num), o.den);
                long g2 = gcd(Math.abs(o.num), den);
                long n = Math.multiplyExact(num / g1, o.num / g2);
                long d = Math.multiplyExact(den / g2, o.den / g1);
                if (n != Long.MIN_VALUE) { // the small form excludes MIN, so that negate() cannot overflow
                    return new Rational(n, d);
                }
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return of(numerator().multiply(o.numerator()), denominator().multiply(o.denominator()));
    }

    public Rational multiply(long k) {
        return multiply(of(k));
    }

    /**
     * {@code this / o}.
     *
     * @throws ArithmeticException if {@code o} is zero
     */
    public Rational divide(Rational o) {
        if (o.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return multiply(o.reciprocal());
    }

    public Rational reciprocal() {
        if (signum() == 0) {
            throw new ArithmeticException("reciprocal of zero");
        }
        if (bigNum == null) {
            if (num == Long.MIN_VALUE) {
                return of(BigInteger.valueOf(den), BigInteger.valueOf(num));
            }
            return num > 0 ? new Rational(den, num) : new Rational(-den, -num);
        }
        return of(bigDen, bigNum);
    }

    public Rational negate() {
        if (bigNum == null && num != Long.MIN_VALUE) {
            return num == 0 ? ZERO : new Rational(-num, den);
        }
        return of(numerator().negate(), denominator());
    }

    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    public Rational min(Rational o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public Rational max(Rational o) {
        return compareTo(o) >= 0 ? this : o;
    }

    @Override
    public int compareTo(Rational o) {
        if (bigNum == null && o.bigNum == null) {
            if (den == o.den) {
                return Long.compare(num, o.num);
            }
            try {
                return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
    }

    // ---------------------------------------------------------------- Number

    @Override
    public double doubleValue() {
        if (bigNum == null) {
            return (double) num / (double) den;
        }
        return new BigDecimal(bigNum).divide(new BigDecimal(bigDen), java.math.MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    /** Truncated toward zero. */
    @Override
    public long longValue() {
        return bigNum == null ? num / den : bigNum.divide(bigDen).longValue();
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    /** Decimal with {@code decimals} digits after the point, rounded half-even, like Gambit's {@code -d}. */
    public String toDecimalString(int decimals) {
        BigDecimal v = new BigDecimal(numerator()).divide(new BigDecimal(denominator()), decimals,
                java.math.RoundingMode.HALF_EVEN);
        return v.toPlainString();
    }

    // ---------------------------------------------------------------- equality

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Rational)) {
            return false;
        }
        Rational o = (Rational) obj;
        if (bigNum == null && o.bigNum == null) {
            return num == o.num && den == o.den;
        }
        return numerator().equals(o.numerator()) && denominator().equals(o.denominator());
    }

    @Override
    public int hashCode() {
        if (bigNum == null) {
            return Long.hashCode(num) * 31 + Long.hashCode(den);
        }
        // big values are normalised to the small form whenever they fit, so these never collide by representation
        return bigNum.hashCode() * 31 + bigDen.hashCode();
    }

    /** {@code p/q}, or {@code p} when the denominator is 1. */
    @Override
    public String toString() {
        if (bigNum == null) {
            return den == 1 ? Long.toString(num) : num + "/" + den;
        }
        return bigDen.equals(BigInteger.ONE) ? bigNum.toString() : bigNum + "/" + bigDen;
    }

    // ---------------------------------------------------------------- helpers

    private static Rational normalizeBig(BigInteger p, BigInteger q) {
        if (p.compareTo(LONG_MIN) > 0 && p.compareTo(LONG_MAX) <= 0 && q.compareTo(LONG_MAX) <= 0) {
            return new Rational(p.longValue(), q.longValue());
        }
        return new Rational(p, q);
    }

    /** gcd of two non-negative longs (binary GCD). */
    static long gcd(long a, long b) {
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        do {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        } while (b != 0);
        return a << shift;
    }
}
