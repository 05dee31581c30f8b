package org.gtlab.solve.vertex;

import org.gtlab.math.Wide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The integer dictionary against a plain BigInteger implementation of the same pivot formula, on
 * matrices whose magnitudes drive it through all three arithmetic tiers; and the 128/256-bit
 * helpers against BigInteger.
 */
class LexDictionaryTest {

    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

    private static BigInteger big(long hi, long lo) {
        return BigInteger.valueOf(hi).multiply(TWO64).add(new BigInteger(Long.toUnsignedString(lo)));
    }

    private static BigInteger big256(long[] w) {
        BigInteger v = BigInteger.ZERO;
        for (int k = 3; k >= 0; k--) {
            v = v.shiftLeft(64).add(new BigInteger(Long.toUnsignedString(w[k])));
        }
        return v.testBit(255) ? v.subtract(BigInteger.ONE.shiftLeft(256)) : v;
    }

    private static long[] split(BigInteger v) {
        return new long[] {v.shiftRight(64).longValue(), v.longValue()};
    }

    private static BigInteger random(SplittableRandom rng, int maxBits) {
        BigInteger v = new BigInteger(1 + rng.nextInt(maxBits), new java.util.Random(rng.nextLong()));
        return rng.nextBoolean() ? v.negate() : v;
    }

    @Test
    void wideArithmeticMatchesBigInteger() {
        SplittableRandom rng = new SplittableRandom(1);
        long[] out = new long[4];
        long[] out2 = new long[4];
        for (int k = 0; k < 20000; k++) {
            BigInteger a = random(rng, 126);
            BigInteger b = random(rng, 126);
            long[] sa = split(a);
            long[] sb = split(b);
            assertEquals(a, big(sa[0], sa[1]));
            Wide.mul(sa[0], sa[1], sb[0], sb[1], out, 0);
            assertEquals(a.multiply(b), big256(out), a + " * " + b);
            BigInteger c = random(rng, 126);
            BigInteger d = random(rng, 126);
            long[] sc = split(c);
            long[] sd = split(d);
            Wide.mul(sc[0], sc[1], sd[0], sd[1], out2, 0);
            assertEquals(Integer.signum(a.multiply(b).compareTo(c.multiply(d))), Integer.signum(Wide.compare(out, 0, out2, 0)));
            Wide.sub(out, 0, out2, 0);
            assertEquals(a.multiply(b).subtract(c.multiply(d)), big256(out));
        }
    }

    @Test
    void exactDivisionRecoversQuotientsAndRefusesLargeOnes() {
        SplittableRandom rng = new SplittableRandom(2);
        long[] x = new long[4];
        long[] q = new long[2];
        long[] inv = new long[2];
        long[] lim = new long[4];
        for (int k = 0; k < 20000; k++) {
            BigInteger dd = random(rng, 120).abs().add(BigInteger.ONE).shiftLeft(rng.nextInt(4) == 0 ? rng.nextInt(70) : 0);
            if (dd.bitLength() > 124) {
                continue;
            }
            BigInteger quot = random(rng, 127);
            BigInteger prod = quot.multiply(dd);
            long[] w = new long[4];
            BigInteger u = prod.signum() < 0 ? prod.add(BigInteger.ONE.shiftLeft(256)) : prod;
            for (int i = 0; i < 4; i++) {
                w[i] = u.shiftRight(64 * i).longValue();
            }
            System.arraycopy(w, 0, x, 0, 4);
            int tz = dd.getLowestSetBit();
            BigInteger odd = dd.shiftRight(tz);
            long[] so = split(odd);
            Wide.inverseOdd(so[0], so[1], inv);
            assertEquals(BigInteger.ONE, big(inv[0], inv[1]).multiply(odd).mod(BigInteger.ONE.shiftLeft(128)));
            BigInteger l = odd.shiftLeft(125);
            for (int i = 0; i < 4; i++) {
                lim[i] = l.shiftRight(64 * i).longValue();
            }
            boolean ok = Wide.divExact(x, 0, tz, inv[0], inv[1], lim, q);
            assertEquals(quot.abs().bitLength() <= 124 || quot.abs().compareTo(BigInteger.ONE.shiftLeft(125)) < 0, ok,
                    "quotient " + quot);
            if (ok) {
                assertEquals(quot, big(q[0], q[1]));
            }
        }
    }

    /** The textbook pivot on a BigInteger tableau (rows × (d+1)), D &gt; 0. */
    private static BigInteger[][] pivotRef(BigInteger[][] t, BigInteger[] dd, int r, int s) {
        int rows = t.length;
        int c = t[0].length;
        BigInteger[][] n = new BigInteger[rows][c];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < c; j++) {
                if (i == r) {
                    n[i][j] = j == s ? dd[0] : t[i][j];
                } else if (j == s) {
                    n[i][j] = t[i][s].negate();
                } else {
                    BigInteger[] qr = t[i][j].multiply(t[r][s]).subtract(t[i][s].multiply(t[r][j])).divideAndRemainder(dd[0]);
                    assertEquals(BigInteger.ZERO, qr[1], "Bareiss division must be exact");
                    n[i][j] = qr[0];
                }
            }
        }
        dd[0] = t[r][s];
        return n;
    }

    @Test
    void pivotsAgreeWithBigIntegerReferenceAcrossAllTiers() {
        SplittableRandom rng = new SplittableRandom(3);
        Set<Integer> tiersSeen = new HashSet<>();
        for (int trial = 0; trial < 60; trial++) {
            int h = 2 + rng.nextInt(9);
            int d = 2 + rng.nextInt(9);
            int bits = new int[] {4, 7, 20, 40, 62, 90}[trial % 6];
            BigInteger[][] cm = new BigInteger[h][d];
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < d; j++) {
                    cm[i][j] = new BigInteger(bits, new java.util.Random(rng.nextLong())).add(BigInteger.ONE);
                }
            }
            LexDictionary dict = new LexDictionary(cm, true);
            BigInteger[][] ref = new BigInteger[h + 1][d + 1];
            for (int i = 0; i <= h; i++) {
                for (int j = 0; j <= d; j++) {
                    ref[i][j] = i == h ? (j == 0 ? BigInteger.ZERO : BigInteger.ONE.negate())
                            : (j == 0 ? BigInteger.ONE : cm[i][j - 1]);
                }
            }
            BigInteger[] dd = {BigInteger.ONE};
            for (int step = 0; step < 40; step++) {
                int s = 1 + rng.nextInt(d);
                int r = dict.ratioTest(s);
                assertTrue(r >= 0, "bounded polytope");
                dict.pivot(r, s);
                ref = pivotRef(ref, dd, r, s);
                tiersSeen.add(dict.tier());
                assertEquals(dd[0], dict.determinant());
                for (int i = 0; i <= h; i++) {
                    for (int j = 0; j <= d; j++) {
                        assertEquals(ref[i][j], dict.entry(i, j), "entry " + i + "," + j + " at step " + step);
                    }
                    if (i < h) {
                        assertTrue(ref[i][0].signum() >= 0, "stays feasible");
                    }
                }
                LexDictionary copy = dict.copy();
                assertEquals(dict.entry(h, d), copy.entry(h, d));
            }
        }
        assertEquals(Set.of(LexDictionary.LONG, LexDictionary.WIDE, LexDictionary.BIG), tiersSeen);
        assertFalse(tiersSeen.isEmpty());
    }
}
