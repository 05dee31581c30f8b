package org.gtlab.math;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The limits on numbers read from files (game files, recipes, lrsnash output), checked on the text
 * before any arithmetic, so that a tiny file cannot cost unbounded time or memory: {@code 1e10000000}
 * is 10 characters but an exact rational of ten million digits.
 *
 * <p>A number is read as {@link Rational#parse} reads it (integer, decimal, scientific notation,
 * fraction {@code p/q} of two such numbers). For each part:
 * <ul>
 *   <li>at most {@link #MAX_DIGITS} digits are written (sign, point and exponent not counted);</li>
 *   <li>the exponent of scientific notation is at most {@link #MAX_EXPONENT} in magnitude (every
 *       double, 4.9e-324 to 1.8e308, fits);</li>
 *   <li>the <em>expanded size</em> — digits plus the magnitude of the exponent, about the number of
 *       decimal digits of the exact rational — is charged to a budget per file of
 *       {@code max(4,000,000, 4 × the file's length)}, so that a file of many numbers like
 *       {@code 1e999} (6 characters, a thousand digits each) is refused instead of filling the heap.
 *       Ordinary numbers cost what they are written with, so a file within its size never meets the
 *       budget.</li>
 * </ul>
 * A violation is a {@link NumberFormatException} whose message says which limit and by how much;
 * file readers turn it into their own error with line and column. One instance per file read; not
 * thread-safe.
 */
public final class NumberLimits {

    /** Most digits written in one number (numerator and denominator of a fraction each). */
    public static final int MAX_DIGITS = 1000;
    /** Largest magnitude of an exponent ({@code 1e1000}, {@code 1e-1000}). */
    public static final int MAX_EXPONENT = 1000;
    /** The smallest expanded-digit budget of a file. */
    public static final long MIN_BUDGET = 4_000_000L;

    private final long budget;
    private long spent;

    private NumberLimits(long budget) {
        this.budget = budget;
    }

    /** Limits for a file of {@code length} characters (budget {@code max(4,000,000, 4 × length)}). */
    public static NumberLimits forLength(long length) {
        return new NumberLimits(Math.max(MIN_BUDGET, 4 * Math.max(0, length)));
    }

    /**
     * Checks {@code text} against the limits and parses it with {@link Rational#parse}.
     *
     * @throws NumberFormatException if the text is not a number, or breaks a limit (the message
     *         says which)
     */
    public Rational parse(String text) {
        int slash = text.indexOf('/');
        if (slash >= 0) {
            charge(check(text, 0, slash) + check(text, slash + 1, text.length()));
        } else {
            charge(check(text, 0, text.length()));
        }
        return Rational.parse(text);
    }

    /**
     * Checks an exact decimal (as a JSON parser delivers it) and converts it.
     *
     * @throws NumberFormatException if it breaks a limit
     */
    public Rational of(BigDecimal d) {
        int digits = d.precision();
        if (digits > MAX_DIGITS) {
            throw new NumberFormatException("number with " + digits + " digits: at most " + MAX_DIGITS + " are read");
        }
        long scale = d.scale();
        long exponent = Math.abs(scale) > digits ? Math.abs(scale) - digits : 0;
        if (Math.abs(scale) > (long) MAX_EXPONENT + MAX_DIGITS) {
            throw new NumberFormatException("number " + shortText(d.toString()) + ": exponent of magnitude " + exponent
                    + " is out of range (at most " + MAX_EXPONENT + ")");
        }
        charge(digits + Math.abs(scale));
        return Rational.of(d);
    }

    /**
     * Checks an integer and converts it.
     *
     * @throws NumberFormatException if it has more than {@link #MAX_DIGITS} digits
     */
    public Rational of(BigInteger i) {
        // bitLength * log10(2) bounds the digit count without printing the number
        long digits = (long) Math.ceil(i.bitLength() * 0.30103) + 1;
        if (digits > MAX_DIGITS + 1) {
            throw new NumberFormatException("number with about " + digits + " digits: at most " + MAX_DIGITS
                    + " are read");
        }
        charge(digits);
        return Rational.of(i);
    }

    /** Expanded digits read so far. */
    public long spent() {
        return spent;
    }

    private void charge(long cost) {
        spent += cost;
        if (spent > budget) {
            throw new NumberFormatException("the numbers of this file expand to more than " + budget
                    + " digits in total (exponents count as digits); refused to protect memory");
        }
    }

    /** The expanded size of one decimal part of a number, after checking its limits. */
    private static long check(String s, int from, int to) {
        int digits = 0;
        int e = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                e = i;
                break;
            }
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        if (digits > MAX_DIGITS) {
            throw new NumberFormatException("number with " + digits + " digits: at most " + MAX_DIGITS + " are read");
        }
        long exponent = 0;
        if (e >= 0) {
            int i = e + 1;
            while (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            int expDigits = 0;
            for (int j = i; j < to; j++) {
                char c = s.charAt(j);
                if (c >= '0' && c <= '9') {
                    if (expDigits > 0 || c != '0') {
                        expDigits++;
                    }
                    if (expDigits > 9) {
                        exponent = Long.MAX_VALUE;
                        break;
                    }
                    exponent = exponent * 10 + (c - '0');
                } else if (!Character.isWhitespace(c)) {
                    break; // not a number: Rational.parse says so
                }
            }
            if (exponent > MAX_EXPONENT) {
                throw new NumberFormatException("number " + shortText(s.substring(from, to).strip())
                        + ": exponent out of range (at most ±" + MAX_EXPONENT + ")");
            }
        }
        return digits + exponent;
    }

    private static String shortText(String s) {
        return s.length() <= 24 ? "\"" + s + "\"" : "\"" + s.substring(0, 21) + "...\"";
    }
}
