package org.gtlab.math;

import java.math.BigInteger;

/**
 * A dense integer tableau with fraction-free ("integer") pivoting, as in Edmonds (1967) and
 * von Stengel (2007, §3.5, "integer pivoting"): the tableau keeps {@code det·T} where T is the
 * rational tableau and {@code det} the determinant of the current basis (up to sign). A pivot on
 * element {@code p = a[r][c]} replaces every row {@code i ≠ r} by
 * <pre>  a'[i][j] = (a[i][j]·p − a[i][c]·a[r][j]) / det,      det' = p</pre>
 * and the division is exact (every entry is a minor of the initial matrix, Bareiss 1968).
 * The value of a basic variable in row r is {@code a[r][rhs]/det}.
 *
 * <p>Arithmetic: {@code long} with {@link Math#multiplyExact} etc.; on the first overflow the whole
 * tableau switches to {@link BigInteger} and the pivot is redone from the untouched old values
 * (pivots in long write to a second buffer that is swapped in only on success). Ratio comparisons
 * in long use exact 128-bit products ({@link Math#multiplyHigh}), so they never overflow.
 * Not thread-safe.
 */
public final class IntTableau {

    final int rows;
    final int cols;
    private long[][] a;
    private long[][] next;
    private long det = 1;
    private BigInteger[][] b;
    private BigInteger bdet;

    public IntTableau(long[][] init) {
        rows = init.length;
        cols = init[0].length;
        a = new long[rows][];
        next = new long[rows][cols];
        for (int i = 0; i < rows; i++) {
            a[i] = init[i].clone();
        }
    }

    public IntTableau(BigInteger[][] init) {
        rows = init.length;
        cols = init[0].length;
        b = new BigInteger[rows][];
        for (int i = 0; i < rows; i++) {
            b[i] = init[i].clone();
        }
        bdet = BigInteger.ONE;
    }

    /** True once the tableau has switched to BigInteger entries. */
    public boolean isBig() {
        return b != null;
    }

    public int signum(int r, int c) {
        return b == null ? Long.signum(a[r][c]) : b[r][c].signum();
    }

    public BigInteger get(int r, int c) {
        return b == null ? BigInteger.valueOf(a[r][c]) : b[r][c];
    }

    /** The current (signed) pivot determinant. */
    public BigInteger det() {
        return b == null ? BigInteger.valueOf(det) : bdet;
    }

    public int detSignum() {
        return b == null ? Long.signum(det) : bdet.signum();
    }

    /**
     * The sign of {@code a[r][k]·a[s][c] − a[s][k]·a[r][c]}; for positive {@code a[r][c]} and
     * {@code a[s][c]} this compares the ratios {@code a[r][k]/a[r][c]} and {@code a[s][k]/a[s][c]}.
     */
    public int compareRatios(int r, int s, int k, int c) {
        if (b == null) {
            return compareProducts(a[r][k], a[s][c], a[s][k], a[r][c]);
        }
        return b[r][k].multiply(b[s][c]).compareTo(b[s][k].multiply(b[r][c]));
    }

    /** Exact sign of {@code x1·y1 − x2·y2} with 128-bit products. */
    public static int compareProducts(long x1, long y1, long x2, long y2) {
        long hi1 = Math.multiplyHigh(x1, y1);
        long hi2 = Math.multiplyHigh(x2, y2);
        if (hi1 != hi2) {
            return hi1 < hi2 ? -1 : 1;
        }
        return Long.compareUnsigned(x1 * y1, x2 * y2);
    }

    /**
     * Integer pivot on {@code (r, c)}.
     *
     * @throws ArithmeticException if the pivot element is zero
     */
    public void pivot(int r, int c) {
        if (signum(r, c) == 0) {
            throw new ArithmeticException("pivot element is zero at (" + r + ", " + c + ")");
        }
        if (b == null) {
            try {
                pivotLong(r, c);
                return;
            } catch (ArithmeticException overflow) {
                toBig();
            }
        }
        pivotBig(r, c);
    }

    private void pivotLong(int r, int c) {
        long[] pr = a[r];
        long p = pr[c];
        long d = det;
        for (int i = 0; i < rows; i++) {
            long[] src = a[i];
            long[] dst = next[i];
            if (i == r) {
                System.arraycopy(src, 0, dst, 0, cols);
                continue;
            }
            long aic = src[c];
            if (aic == 0) {
                if (p == d) {
                    System.arraycopy(src, 0, dst, 0, cols);
                } else {
                    for (int j = 0; j < cols; j++) {
                        dst[j] = div(Math.multiplyExact(src[j], p), d);
                    }
                }
            } else {
                for (int j = 0; j < cols; j++) {
                    dst[j] = div(Math.subtractExact(Math.multiplyExact(src[j], p), Math.multiplyExact(aic, pr[j])), d);
                }
            }
        }
        long[][] t = a;
        a = next;
        next = t;
        det = p;
    }

    /** Exact quotient; {@code Long.MIN_VALUE / -1} overflows and is reported like the other overflows. */
    private static long div(long x, long d) {
        return d == -1 ? Math.negateExact(x) : x / d;
    }

    private void pivotBig(int r, int c) {
        BigInteger[] pr = b[r];
        BigInteger p = pr[c];
        BigInteger d = bdet;
        boolean same = p.equals(d);
        for (int i = 0; i < rows; i++) {
            if (i == r) {
                continue;
            }
            BigInteger[] row = b[i];
            BigInteger aic = row[c];
            if (aic.signum() == 0) {
                if (!same) {
                    for (int j = 0; j < cols; j++) {
                        row[j] = row[j].multiply(p).divide(d);
                    }
                }
            } else {
                for (int j = 0; j < cols; j++) {
                    row[j] = row[j].multiply(p).subtract(aic.multiply(pr[j])).divide(d);
                }
            }
        }
        bdet = p;
    }

    private void toBig() {
        b = new BigInteger[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                b[i][j] = BigInteger.valueOf(a[i][j]);
            }
        }
        bdet = BigInteger.valueOf(det);
        a = null;
        next = null;
    }

    /** Negates every entry and the determinant (the represented rational tableau is unchanged). */
    public void negate() {
        if (b == null) {
            boolean ok = det != Long.MIN_VALUE;
            for (int i = 0; i < rows && ok; i++) {
                for (int j = 0; j < cols; j++) {
                    if (a[i][j] == Long.MIN_VALUE) {
                        ok = false;
                        break;
                    }
                }
            }
            if (ok) {
                for (long[] row : a) {
                    for (int j = 0; j < cols; j++) {
                        row[j] = -row[j];
                    }
                }
                det = -det;
                return;
            }
            toBig();
        }
        for (BigInteger[] row : b) {
            for (int j = 0; j < cols; j++) {
                row[j] = row[j].negate();
            }
        }
        bdet = bdet.negate();
    }
}
