package org.gtlab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The base room's arithmetic: {@link Rational}'s long fast path against a BigInteger oracle at the
 * boundaries where it must overflow into BigInteger (and come back, canonically), and
 * {@link Rng}'s reproducibility (SplitMix64, checked against {@link SplittableRandom}) and the
 * independence of its streams.
 */
class MathTest {

    private static final long MAX = Long.MAX_VALUE;
    private static final long MIN = Long.MIN_VALUE;

    /** Values around the long boundaries and a few ordinary ones. */
    private static final List<Long> EDGES = List.of(0L, 1L, -1L, 2L, -2L, 3L, 7L, 1L << 31, -(1L << 31), 1L << 32,
            (1L << 62) - 1, 1L << 62, -(1L << 62), MAX, MAX - 1, MIN, MIN + 1, 3037000499L, 3037000500L,
            -3037000500L, 999_999_999_989L);

    private static BigInteger b(long v) {
        return BigInteger.valueOf(v);
    }

    /** The exact reduced fraction p/q as (numerator, positive denominator). */
    private static BigInteger[] ref(BigInteger p, BigInteger q) {
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        BigInteger g = p.gcd(q);
        if (g.signum() == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        return new BigInteger[] {p.divide(g), q.divide(g)};
    }

    private static void assertIs(BigInteger[] expected, Rational r, String what) {
        assertEquals(expected[0], r.numerator(), what + " numerator");
        assertEquals(expected[1], r.denominator(), what + " denominator");
        // canonical: the same value built from BigIntegers is equal and hashes alike, whichever
        // representation each side uses (a value that fits must not stay in BigInteger form)
        Rational viaBig = Rational.of(expected[0], expected[1]);
        assertEquals(viaBig, r, what + " equals");
        assertEquals(viaBig.hashCode(), r.hashCode(), what + " hashCode");
        assertEquals(0, viaBig.compareTo(r), what + " compareTo");
    }

    @Test
    void fastPathAndOverflowAgreeWithBigIntegerAtTheBoundaries() {
        int checked = 0;
        for (long a : EDGES) {
            for (long c : EDGES) {
                for (long d : List.of(1L, 2L, 3L, MAX, 1L << 40)) {
                    Rational x = Rational.of(a, d);
                    Rational y = Rational.of(c, 1 + (d % 5));
                    BigInteger xn = b(a);
                    BigInteger xd = b(d);
                    BigInteger yn = b(c);
                    BigInteger yd = b(1 + (d % 5));
                    String what = a + "/" + d + " ∘ " + c + "/" + (1 + d % 5);
                    assertIs(ref(xn.multiply(yd).add(yn.multiply(xd)), xd.multiply(yd)), x.add(y), "sum " + what);
                    assertIs(ref(xn.multiply(yd).subtract(yn.multiply(xd)), xd.multiply(yd)), x.subtract(y),
                            "difference " + what);
                    assertIs(ref(xn.multiply(yn), xd.multiply(yd)), x.multiply(y), "product " + what);
                    if (c != 0) {
                        assertIs(ref(xn.multiply(yd), xd.multiply(yn)), x.divide(y), "quotient " + what);
                    }
                    int cmp = xn.multiply(yd).compareTo(yn.multiply(xd));
                    assertEquals(Integer.signum(cmp), Integer.signum(x.compareTo(y)), "compare " + what);
                    checked++;
                }
            }
        }
        assertEquals(EDGES.size() * EDGES.size() * 5, checked);
    }

    @Test
    void leavingAndReturningToTheLongRangeIsExact() {
        Rational max = Rational.of(MAX);
        Rational over = max.add(Rational.ONE); // 2^63: does not fit in a long
        assertEquals(BigInteger.ONE.shiftLeft(63), over.numerator());
        assertIs(ref(b(MAX), BigInteger.ONE), over.subtract(Rational.ONE), "back below 2^63");
        Rational min = Rational.of(MIN);
        assertEquals(b(MIN).negate(), min.negate().numerator(), "-MIN overflows into BigInteger");
        assertEquals(b(MIN).negate(), min.abs().numerator());
        assertIs(ref(BigInteger.ONE, b(MIN)), min.reciprocal(), "1/MIN keeps a positive denominator");
        assertIs(ref(b(MIN), BigInteger.ONE), min.negate().negate(), "MIN round trip");
        Rational square = Rational.of(3037000500L).multiply(Rational.of(3037000500L)); // just above 2^63
        assertEquals(b(3037000500L).pow(2), square.numerator());
        assertIs(ref(b(3037000500L), BigInteger.ONE), square.divide(Rational.of(3037000500L)), "square / root");
        // denominators: 1/MAX + 1/(MAX-1) overflows the common denominator
        Rational s = Rational.of(1, MAX).add(Rational.of(1, MAX - 1));
        assertIs(ref(b(MAX).add(b(MAX - 1)), b(MAX).multiply(b(MAX - 1))), s, "1/MAX + 1/(MAX-1)");
        assertIs(ref(BigInteger.ONE, b(MAX - 1)), s.subtract(Rational.of(1, MAX)), "and back");
        assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
        assertThrows(ArithmeticException.class, () -> Rational.ZERO.reciprocal());
    }

    @Test
    void rngIsSplitMix64AndReproducible() {
        // SplitMix64 with the same state gives SplittableRandom's sequence (an independent oracle)
        for (long state : new long[] {0, 1, 42, MIN, MAX, 0x9E3779B97F4A7C15L}) {
            Rng r = Rng.fromState(state);
            SplittableRandom oracle = new SplittableRandom(state);
            for (int i = 0; i < 100; i++) {
                assertEquals(oracle.nextLong(), r.nextLong(), "draw " + i + " from state " + state);
            }
        }
        // same seed, same sequence; state() resumes bit-exactly; copy() is independent of the original
        Rng a = Rng.of(42);
        Rng b = Rng.of(42);
        long[] first = new long[50];
        for (int i = 0; i < 50; i++) {
            first[i] = a.nextLong();
            assertEquals(first[i], b.nextLong());
        }
        Rng resumed = Rng.fromState(a.state());
        Rng copy = a.copy();
        long next = a.nextLong();
        assertEquals(next, resumed.nextLong());
        assertEquals(next, copy.nextLong());
        assertEquals(-7450291807549245335L, first[0], "pinned: the sequence of a seed never changes");
        assertEquals(2958219263312191191L, first[1]);
        assertEquals(-8328870851876998617L, Rng.stream(42, 1).nextLong());
        double[] p = Rng.of(7).nextSimplexPoint(4);
        assertArrayEquals(p, Rng.of(7).nextSimplexPoint(4));
        assertEquals(1.0, p[0] + p[1] + p[2] + p[3], 1e-12);
    }

    @Test
    void streamsOfOneSeedAreIndependent() {
        int streams = 64;
        int draws = 20_000;
        double[][] x = new double[streams][draws];
        Set<Long> firsts = new HashSet<>();
        for (int s = 0; s < streams; s++) {
            Rng r = Rng.stream(2026, s);
            firsts.add(Rng.stream(2026, s).nextLong());
            for (int i = 0; i < draws; i++) {
                x[s][i] = r.nextDouble();
            }
        }
        assertEquals(streams, firsts.size(), "streams start differently");
        assertNotEquals(Rng.of(2026).nextLong(), Rng.stream(2026, 0).nextLong());
        // pairwise correlation of adjacent streams and of a stream with its neighbour shifted by one
        // draw: with 20,000 draws the standard error is 1/√20000 ≈ 0.007, so 0.04 is over 5 of them
        for (int s = 0; s + 1 < streams; s++) {
            assertTrue(Math.abs(correlation(x[s], x[s + 1], 0)) < 0.04, "streams " + s + ", " + (s + 1));
            assertTrue(Math.abs(correlation(x[s], x[s + 1], 1)) < 0.04, "streams " + s + ", " + (s + 1) + " lag 1");
        }
        // each stream looks uniform: mean 1/2 within 5 standard errors (1/√(12·20000) ≈ 0.002)
        for (int s = 0; s < streams; s++) {
            double mean = java.util.Arrays.stream(x[s]).average().orElseThrow();
            assertEquals(0.5, mean, 0.011, "mean of stream " + s);
        }
    }

    private static double correlation(double[] a, double[] b, int lag) {
        int n = a.length - lag;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i + lag];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma;
            double db = b[i + lag] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return sab / Math.sqrt(saa * sbb);
    }

    @Test
    void rationalGaussSolvesExactlyAndReportsSingularSystems() {
        // 2x + y = 1, x + 3y = 2  ->  x = 1/5, y = 3/5 (exact; in doubles 0.2 and 0.6 are not)
        Rational[][] a = {{Rational.of(2), Rational.of(1), Rational.of(1)},
                {Rational.of(1), Rational.of(3), Rational.of(2)}};
        Rational[] x = RationalGauss.solve(a, 2);
        assertEquals(Rational.of(1, 5), x[0]);
        assertEquals(Rational.of(3, 5), x[1]);
        // a zero leading entry needs a row swap: y = 2, x + y = 5  ->  x = 3
        Rational[][] b = {{Rational.ZERO, Rational.ONE, Rational.of(2)},
                {Rational.ONE, Rational.ONE, Rational.of(5)}};
        assertArrayEquals(new Rational[] {Rational.of(3), Rational.of(2)}, RationalGauss.solve(b, 2));
        // x + y = 1, 2x + 2y = 3: no pivot in the second column
        Rational[][] c = {{Rational.ONE, Rational.ONE, Rational.ONE},
                {Rational.of(2), Rational.of(2), Rational.of(3)}};
        assertEquals(null, RationalGauss.solve(c, 2));
    }
}
