package org.gtlab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;


class IntTableauTest {

    @Test
    void productComparisonIsExactBeyond64Bits() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int t = 0; t < 20_000; t++) {
            long[] v = new long[4];
            for (int i = 0; i < 4; i++) {
                v[i] = switch (t % 3) {
                    case 0 -> rng.nextLong();
                    case 1 -> rng.nextLong(-1000, 1000);
                    default -> rng.nextBoolean() ? Long.MAX_VALUE - rng.nextLong(3) : Long.MIN_VALUE + rng.nextLong(3);
                };
            }
            int expected = BigInteger.valueOf(v[0]).multiply(BigInteger.valueOf(v[1]))
                    .compareTo(BigInteger.valueOf(v[2]).multiply(BigInteger.valueOf(v[3])));
            assertEquals(expected, IntTableau.compareProducts(v[0], v[1], v[2], v[3]));
        }
    }

    @Test
    void longPivotsSwitchToBigIntegerOnOverflowWithoutLosingExactness() {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 14;
        long[][] init = new long[n][2 * n + 1];
        BigInteger[][] big = new BigInteger[n][2 * n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2 * n + 1; j++) {
                long v = j < n ? rng.nextLong(1, 1_000_000) : (j == n + i || j == 2 * n ? 1 : 0);
                init[i][j] = v;
                big[i][j] = BigInteger.valueOf(v);
            }
        }
        IntTableau a = new IntTableau(init);
        IntTableau b = new IntTableau(big);
        assertFalse(a.isBig());
        for (int c = 0; c < n; c++) {
            a.pivot(c, c);
            b.pivot(c, c);
        }
        assertTrue(a.isBig(), "14×14 minors of 6-digit numbers overflow a long");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2 * n + 1; j++) {
                assertEquals(b.get(i, j), a.get(i, j));
            }
            // after pivoting in all columns, the structural part is det·I
            assertEquals(a.det(), a.get(i, i));
        }
    }

    @Test
    void solvesASmallSystemExactly() {
        // [[2, 1], [1, 3]] z = 1 → z = (2/5, 1/5); entry/det is the rational tableau, before and after negate()
        IntTableau t = new IntTableau(new long[][] {{2, 1, 1}, {1, 3, 1}});
        t.pivot(0, 0);
        t.pivot(1, 1);
        assertEquals(BigInteger.valueOf(5), t.det().abs());
        for (int round = 0; round < 2; round++) {
            assertEquals(Rational.of(2, 5), Rational.of(t.get(0, 2), t.det()));
            assertEquals(Rational.of(1, 5), Rational.of(t.get(1, 2), t.det()));
            t.negate();
        }
        assertThrows(ArithmeticException.class, () -> new IntTableau(new long[][] {{0, 1}}).pivot(0, 0));
    }
}
