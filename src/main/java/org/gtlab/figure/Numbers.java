package org.gtlab.figure;

import java.math.BigInteger;
import java.util.Locale;

import org.gtlab.math.Rational;

/**
 * How the app writes numbers: integers as integers, short terminating decimals as decimals
 * ("0.25", as a user would type them), everything else as exact fractions ("1/3"); or, on the
 * decimal toggle, every number rounded to 4 decimals.
 */
public final class Numbers {

    /** Decimals shown in decimal mode. */
    public static final int DECIMALS = 4;

    private static final BigInteger TWO = BigInteger.TWO;
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private Numbers() {
    }

    /** Exact text: integer, a terminating decimal of at most 6 places, or p/q. */
    public static String exact(Rational r) {
        if (r.isInteger()) {
            return r.toString();
        }
        BigInteger q = r.denominator();
        int twos = 0;
        int fives = 0;
        while (q.mod(TWO).signum() == 0) {
            q = q.divide(TWO);
            twos++;
        }
        while (q.mod(FIVE).signum() == 0) {
            q = q.divide(FIVE);
            fives++;
        }
        int places = Math.max(twos, fives);
        if (q.equals(BigInteger.ONE) && places <= 6) {
            return r.toDecimalString(places);
        }
        return r.toString();
    }

    /** Rounded to {@value #DECIMALS} decimals, trailing zeros removed ("0.3333", "2"). */
    public static String decimal(Rational r) {
        String s = r.toDecimalString(DECIMALS);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }

    /** Exact fraction ("3/5", "2", "-1/3"): for probabilities and expected payoffs. */
    public static String fraction(Rational r) {
        return r.toString();
    }

    /** A probability or an expected payoff: fraction, or decimal on the toggle. */
    public static String value(Rational r, boolean decimals) {
        return decimals ? decimal(r) : fraction(r);
    }

    public static String format(Rational r, boolean decimals) {
        return decimals ? decimal(r) : exact(r);
    }

    /**
     * A double in a short form for narrow places: 0 as "0", NaN as {@code nanText}; for
     * {@code minFixed <= |v| < 1e4} plain with {@code significant} significant digits and trailing
     * zeros dropped ("0.012", "1.5"), otherwise scientific with {@code decimals} decimals and a short
     * exponent ("3.2e-4", "1.5e6").
     */
    public static String compact(double v, String nanText, double minFixed, int significant, int decimals) {
        if (Double.isNaN(v)) {
            return nanText;
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= minFixed && a < 1e4) {
            String t = String.format(Locale.ROOT, "%." + significant + "g", v);
            return t.contains(".") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
        }
        return String.format(Locale.ROOT, "%." + decimals + "e", v).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
    }
}
