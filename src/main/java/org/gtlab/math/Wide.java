package org.gtlab.math;

/**
 * Fixed-width signed integer arithmetic on 128-bit values (pairs {@code hi:lo} of longs, two's
 * complement) with 256-bit intermediate results (four longs, little-endian, in a caller's array),
 * for the middle arithmetic tier of the vertex-enumeration dictionary ({@code solve.vertex.LexDictionary}). No allocation.
 */
public final class Wide {

    private Wide() {
    }

    /** High 64 bits of the unsigned 128-bit product of a and b. */
    public static long umulh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    private static long carry(long sum, long addend) {
        return Long.compareUnsigned(sum, addend) < 0 ? 1 : 0;
    }

    /** {@code out[o…o+3] = (ah:al) · (bh:bl)}, exact (|operands| &lt; 2¹²⁷). */
    public static void mul(long ah, long al, long bh, long bl, long[] out, int o) {
        if (ah == (al >> 63) && bh == (bl >> 63)) {
            long hi = Math.multiplyHigh(al, bl);
            long ext = hi >> 63;
            out[o] = al * bl;
            out[o + 1] = hi;
            out[o + 2] = ext;
            out[o + 3] = ext;
            return;
        }
        // unsigned product of the bit patterns, then subtract 2^128·(B if A < 0) and 2^128·(A if B < 0)
        long l00 = al * bl;
        long h00 = umulh(al, bl);
        long l01 = al * bh;
        long h01 = umulh(al, bh);
        long l10 = ah * bl;
        long h10 = umulh(ah, bl);
        long l11 = ah * bh;
        long h11 = umulh(ah, bh);
        long w1 = h00 + l01;
        long c1 = carry(w1, l01);
        long w1b = w1 + l10;
        c1 += carry(w1b, l10);
        long w2 = h01 + h10;
        long c2 = carry(w2, h10);
        long w2b = w2 + l11;
        c2 += carry(w2b, l11);
        long w2c = w2b + c1;
        c2 += carry(w2c, c1);
        long w3 = h11 + c2;
        if (ah < 0) {
            long n2 = w2c - bl;
            w3 = w3 - bh - (Long.compareUnsigned(w2c, bl) < 0 ? 1 : 0);
            w2c = n2;
        }
        if (bh < 0) {
            long n2 = w2c - al;
            w3 = w3 - ah - (Long.compareUnsigned(w2c, al) < 0 ? 1 : 0);
            w2c = n2;
        }
        out[o] = l00;
        out[o + 1] = w1b;
        out[o + 2] = w2c;
        out[o + 3] = w3;
    }

    /** {@code x[xo…] −= y[yo…]} (256 bits). */
    public static void sub(long[] x, int xo, long[] y, int yo) {
        long borrow = 0;
        for (int k = 0; k < 4; k++) {
            long a = x[xo + k];
            long b = y[yo + k];
            long dd = a - b - borrow;
            borrow = (Long.compareUnsigned(a, b) < 0 || (borrow == 1 && a == b)) ? 1 : 0;
            x[xo + k] = dd;
        }
    }

    /** Signed comparison of two 256-bit values. */
    public static int compare(long[] x, int xo, long[] y, int yo) {
        if (x[xo + 3] != y[yo + 3]) {
            return x[xo + 3] < y[yo + 3] ? -1 : 1;
        }
        for (int k = 2; k >= 0; k--) {
            int c = Long.compareUnsigned(x[xo + k], y[yo + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The exact quotient of the 256-bit value {@code x[xo…]} by a positive divisor D that divides
     * it, when it is below 2¹²⁵ in absolute value. D is given as {@code odd · 2^tz} with {@code inv}
     * the inverse of odd modulo 2¹²⁸ and {@code lim = odd · 2¹²⁵} (256 bits, {@code lim[0…3]}).
     * Writes {@code q[0] = hi, q[1] = lo}.
     *
     * @return false if the quotient is 2¹²⁵ or more in absolute value (nothing written)
     */
    public static boolean divExact(long[] x, int xo, int tz, long invH, long invL, long[] lim, long[] q) {
        long y0 = x[xo];
        long y1 = x[xo + 1];
        long y2 = x[xo + 2];
        long y3 = x[xo + 3];
        boolean neg = y3 < 0;
        if (neg) {
            y0 = ~y0;
            y1 = ~y1;
            y2 = ~y2;
            y3 = ~y3;
            y0++;
            if (y0 == 0) {
                y1++;
                if (y1 == 0) {
                    y2++;
                    if (y2 == 0) {
                        y3++;
                    }
                }
            }
        }
        int sh = tz;
        if (sh >= 64) {
            y0 = y1;
            y1 = y2;
            y2 = y3;
            y3 = 0;
            sh -= 64;
        }
        if (sh > 0) {
            y0 = (y0 >>> sh) | (y1 << (64 - sh));
            y1 = (y1 >>> sh) | (y2 << (64 - sh));
            y2 = (y2 >>> sh) | (y3 << (64 - sh));
            y3 = y3 >>> sh;
        }
        // |q| < 2^125  <=>  y < odd · 2^125
        int c = Long.compareUnsigned(y3, lim[3]);
        if (c == 0) {
            c = Long.compareUnsigned(y2, lim[2]);
            if (c == 0) {
                c = Long.compareUnsigned(y1, lim[1]);
                if (c == 0) {
                    c = Long.compareUnsigned(y0, lim[0]);
                }
            }
        }
        if (c >= 0) {
            return false;
        }
        long q0 = y0 * invL;
        long q1 = umulh(y0, invL) + y0 * invH + y1 * invL;
        if (neg) {
            q0 = -q0;
            q1 = ~q1 + (q0 == 0 ? 1 : 0);
        }
        q[0] = q1;
        q[1] = q0;
        return true;
    }

    /** Inverse of an odd number modulo 2⁶⁴ (Newton iteration, 3 → 6 → … → 96 correct bits). */
    public static long inverseOdd(long odd) {
        long x = odd;
        for (int k = 0; k < 5; k++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    /** Inverse of the odd 128-bit number {@code (oh:ol)} modulo 2¹²⁸, written as {@code out[0] = hi, out[1] = lo}. */
    public static void inverseOdd(long oh, long ol, long[] out) {
        long i0 = inverseOdd(ol);
        // one Newton step doubles the correct bits: i = i·(2 − odd·i) mod 2^128
        long t0 = ol * i0;
        long t1 = umulh(ol, i0) + oh * i0;
        long e0 = 2 - t0;
        long e1 = -t1 - (Long.compareUnsigned(2, t0) < 0 ? 1 : 0);
        out[1] = i0 * e0;
        out[0] = umulh(i0, e0) + i0 * e1;
    }
}
