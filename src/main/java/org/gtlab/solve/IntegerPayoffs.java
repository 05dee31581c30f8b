package org.gtlab.solve;

import java.math.BigInteger;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;

/**
 * One player's exact payoffs brought to a common denominator: {@code u(k) = num(k) / scale} with
 * integer numerators and one positive integer {@code scale} (the least common multiple of the
 * payoff denominators). Comparisons between two profiles are then integer comparisons, on
 * {@code long}s when every numerator fits in 62 bits (the usual case), else on {@link BigInteger}s.
 * Nothing is allocated per comparison. Package-private helper of the exact solvers.
 */
public final class IntegerPayoffs {

    private static final BigInteger LONG_LIMIT = BigInteger.ONE.shiftLeft(62);
    private static final Rational INT_LIMIT = Rational.of(1L << 31);
    private static final Rational MINUS_INT_LIMIT = Rational.of(-(1L << 31));
    private static final Rational SCALED_LIMIT = Rational.of(1L << 62);
    private static final Rational MINUS_SCALED_LIMIT = Rational.of(-(1L << 62));

    private final long[] small;
    private final BigInteger[] big;
    private final BigInteger scale;

    private IntegerPayoffs(long[] small, BigInteger[] big, BigInteger scale) {
        this.small = small;
        this.big = big;
        this.scale = scale;
    }

    /** Player p's payoffs in {@code g}, indexed like {@link NormalFormGame#payoffAt(int, int)}. */
    public static IntegerPayoffs of(NormalFormGame g, int p) {
        Rational[] r = new Rational[g.numProfiles()];
        for (int k = 0; k < r.length; k++) {
            r[k] = g.payoffAt(p, k);
        }
        return of(r);
    }

    /** The given values over their common denominator. */
    public static IntegerPayoffs of(Rational[] values) {
        BigInteger scale = commonDenominator(values);
        if (scale.bitLength() < 31) {
            // fast path without a BigInteger per entry: integers below 2^31 times a scale below 2^31,
            // or non-integers whose scaled value v·scale is below 2^62
            long l = scale.longValue();
            Rational lr = Rational.of(l);
            long[] small = new long[values.length];
            boolean fits = true;
            for (int k = 0; k < values.length && fits; k++) {
                Rational v = values[k];
                if (v.isInteger()) {
                    fits = v.compareTo(INT_LIMIT) < 0 && v.compareTo(MINUS_INT_LIMIT) > 0;
                    small[k] = fits ? v.longValue() * l : 0;
                } else {
                    Rational w = v.multiply(lr);
                    fits = w.compareTo(SCALED_LIMIT) < 0 && w.compareTo(MINUS_SCALED_LIMIT) > 0;
                    small[k] = fits ? w.longValue() : 0;
                }
            }
            if (fits) {
                return new IntegerPayoffs(small, null, scale);
            }
        }
        BigInteger[] big = new BigInteger[values.length];
        boolean fits = true;
        for (int k = 0; k < values.length; k++) {
            Rational v = values[k];
            BigInteger n = v.numerator().multiply(scale.divide(v.denominator()));
            big[k] = n;
            fits &= n.abs().compareTo(LONG_LIMIT) < 0;
        }
        if (!fits) {
            return new IntegerPayoffs(null, big, scale);
        }
        long[] small = new long[values.length];
        for (int k = 0; k < small.length; k++) {
            small[k] = big[k].longValue();
        }
        return new IntegerPayoffs(small, null, scale);
    }

    /** Least common multiple of the denominators (1 for integers). */
    public static BigInteger commonDenominator(Rational[] values) {
        BigInteger l = BigInteger.ONE;
        long smallL = 1;
        boolean isSmall = true;
        for (Rational v : values) {
            if (v.isInteger()) {
                continue;
            }
            BigInteger d = v.denominator();
            if (isSmall && d.bitLength() < 63) {
                long dl = d.longValue();
                long g = gcd(smallL, dl);
                long q = dl / g;
                if (Math.abs(smallL) <= Long.MAX_VALUE / q) {
                    smallL *= q;
                    continue;
                }
            }
            if (isSmall) {
                l = BigInteger.valueOf(smallL);
                isSmall = false;
            }
            l = l.divide(l.gcd(d)).multiply(d);
        }
        return isSmall ? BigInteger.valueOf(smallL) : l;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }

    public int size() {
        return small != null ? small.length : big.length;
    }

    /** True if every numerator is held as a {@code long} (|num| < 2^62). */
    public boolean isSmall() {
        return small != null;
    }

    /** Sign of {@code u(k1) − u(k2)}. */
    public int compare(int k1, int k2) {
        if (small != null) {
            return Long.compare(small[k1], small[k2]);
        }
        return big[k1].compareTo(big[k2]);
    }

    /** Numerator of {@code u(k)} over {@link #scale()}. */
    public BigInteger numerator(int k) {
        return small != null ? BigInteger.valueOf(small[k]) : big[k];
    }

    /** All numerators when {@link #isSmall()} (the internal array: do not modify). */
    public long[] smallNumerators() {
        return small;
    }

    /** The common denominator (positive). */
    public BigInteger scale() {
        return scale;
    }
}
