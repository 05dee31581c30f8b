package org.gtlab.solve.vertex;

import org.gtlab.math.Wide;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Fraction-free integer dictionary of the polytope {@code { z ∈ ℝᵈ : z ≥ 0, C z ≤ 1 }} written as
 * {@code C z + w = 1, z ≥ 0, w ≥ 0} with h slack variables w, for exact vertex enumeration.
 *
 * <p><b>Variables.</b> 0…d-1 are the structural variables z, d…d+h-1 the slacks w. A basis has h
 * basic variables (one per row) and d cobasic ones (columns 1…d; column 0 is the right-hand side).
 * An optional extra row h holds the objective {@code f = Σ z} for the reverse search.
 *
 * <p><b>Representation</b> (integer pivoting, Edmonds 1967; Bareiss 1968; as in lrs, Avis 2000):
 * with D &gt; 0 the absolute value of the determinant of the current basis matrix, row i reads
 * <pre>  D · x_basic[i] = T[i][0] − Σ_j T[i][j] · x_cobasic[j]</pre>
 * and every entry T[i][j] is an integer (a minor of [C | I | 1]). Pivoting on row r, column s
 * (T[r][s] &gt; 0, {@code cobasic[s]} enters, {@code basic[r]} leaves):
 * <pre>
 *   T'[i][j] = (T[i][j]·T[r][s] − T[i][s]·T[r][j]) / D   (i ≠ r, j ≠ s; the division is exact)
 *   T'[i][s] = −T[i][s]   (i ≠ r),   T'[r][j] = T[r][j]   (j ≠ s),   T'[r][s] = D,   D' = T[r][s].
 * </pre>
 *
 * <p><b>Arithmetic in three tiers</b>, chosen per dictionary and changed during a pivot as
 * needed (the idea of lrs' hybrid arithmetic, Avis and Jordan 2018, without restarting the run):
 * <ul>
 * <li>{@code LONG}: entries in {@code long}; products formed in 128 bits
 * ({@link Math#multiplyHigh}); the exact division by D is a multiplication by the inverse of D's odd
 * part modulo 2⁶⁴ after shifting out D's factors of two, and a quotient that does not fit is
 * detected exactly by re-multiplying.</li>
 * <li>{@code WIDE}: entries below 2¹²⁵ in absolute value as two longs, 256-bit products
 * ({@link Wide}), division by the inverse modulo 2¹²⁸ with an exact range test.</li>
 * <li>{@code BIG}: {@link BigInteger}.</li>
 * </ul>
 * When a result does not fit, the whole dictionary moves up one tier and the pivot resumes at that
 * entry (the formula reads only entries not yet overwritten); after each pivot in a higher tier it
 * moves down again if everything fits. For random 15×15 games with payoffs 0…99 the largest
 * entries have about 85 bits, so {@code BIG} is reached only by larger or badly scaled games.
 *
 * <p><b>Degeneracy.</b> Leaving variables are chosen by the lexicographic minimum-ratio test,
 * i.e. for the right-hand side perturbed to {@code 1 + (ε, ε², …, εʰ)}. Starting from the
 * slack basis (z = 0), only lexicographically feasible bases are visited; they are the vertices of
 * the perturbed polytope, which is simple, so each has exactly d neighbours and their graph is
 * connected; every vertex of the original polytope has at least one of them (Dantzig, Orden,
 * Wolfe 1955; Avis and Fukuda 1992).
 */
final class LexDictionary {

    static final int LONG = 0;
    static final int WIDE = 1;
    static final int BIG = 2;

    final int h;
    /** h, or h + 1 with the objective row. */
    final int rows;
    final int d;
    /** Row length: d + 1. */
    final int c;

    private int mode;
    /** LONG: the entries; WIDE: their low words. Row-major, rows × (d+1). */
    private final long[] t;
    /** WIDE: high words (null until needed). */
    private long[] th;
    /** WIDE: the entries rounded to doubles (relative error below 2⁻⁵²), to settle comparisons quickly. */
    private double[] td;
    /** BIG: the entries (null until needed). */
    private BigInteger[] tb;
    /** D: low word (LONG: D itself), high word (WIDE), BigInteger (BIG). */
    private long det = 1;
    private long detHi;
    private BigInteger detB;

    /** basic[i]: variable of row i. */
    final int[] basic;
    /** cobasic[j]: variable of column j (1…d); index 0 unused. */
    final int[] cobasic;
    /** Row of a basic variable, else -1. */
    final int[] rowOf;
    /** Column of a cobasic variable, else -1. */
    final int[] colOf;

    /* scratch for WIDE arithmetic */
    private final long[] p1 = new long[4];
    private final long[] p2 = new long[4];
    private final long[] q2 = new long[2];
    private final long[] lim = new long[4];
    private final long[] inv2 = new long[2];

    /**
     * The dictionary of the slack basis (z = 0) for {@code cm} (h rows × d columns, any integers;
     * the polytope must be bounded), with the objective row if asked for.
     */
    LexDictionary(BigInteger[][] cm, boolean objectiveRow) {
        this.h = cm.length;
        this.rows = objectiveRow ? h + 1 : h;
        this.d = cm[0].length;
        this.c = d + 1;
        this.t = new long[rows * c];
        this.basic = new int[h];
        this.cobasic = new int[d + 1];
        this.rowOf = new int[d + h];
        this.colOf = new int[d + h];
        Arrays.fill(rowOf, -1);
        Arrays.fill(colOf, -1);
        BigInteger[] init = new BigInteger[rows * c];
        Arrays.fill(init, BigInteger.ZERO);
        int maxBits = 1;
        for (int i = 0; i < h; i++) {
            init[i * c] = BigInteger.ONE;
            for (int j = 0; j < d; j++) {
                init[i * c + j + 1] = cm[i][j];
                maxBits = Math.max(maxBits, cm[i][j].bitLength());
            }
            basic[i] = d + i;
            rowOf[d + i] = i;
        }
        if (objectiveRow) {
            // f = Σ z_j  =  0 − Σ (−1)·z_j
            for (int j = 1; j <= d; j++) {
                init[h * c + j] = BigInteger.ONE.negate();
            }
        }
        cobasic[0] = -1;
        for (int j = 1; j <= d; j++) {
            cobasic[j] = j - 1;
            colOf[j - 1] = j;
        }
        tb = init;
        detB = BigInteger.ONE;
        mode = BIG;
        settle(maxBits);
    }

    private LexDictionary(LexDictionary o) {
        this.h = o.h;
        this.rows = o.rows;
        this.d = o.d;
        this.c = o.c;
        this.t = new long[o.t.length];
        this.basic = new int[o.basic.length];
        this.cobasic = new int[o.cobasic.length];
        this.rowOf = new int[o.rowOf.length];
        this.colOf = new int[o.colOf.length];
        copyFrom(o);
    }

    /** An independent copy. */
    LexDictionary copy() {
        return new LexDictionary(this);
    }

    /** Makes this dictionary equal to {@code o} (same dimensions), without allocating in the LONG tier. */
    void copyFrom(LexDictionary o) {
        mode = o.mode;
        det = o.det;
        if (mode == LONG) {
            System.arraycopy(o.t, 0, t, 0, t.length);
        } else if (mode == WIDE) {
            System.arraycopy(o.t, 0, t, 0, t.length);
            if (th == null) {
                th = new long[t.length];
            }
            System.arraycopy(o.th, 0, th, 0, t.length);
            if (td == null) {
                td = new double[t.length];
            }
            System.arraycopy(o.td, 0, td, 0, t.length);
            detHi = o.detHi;
        } else {
            if (tb == null) {
                tb = new BigInteger[t.length];
            }
            System.arraycopy(o.tb, 0, tb, 0, t.length);
            detB = o.detB;
        }
        System.arraycopy(o.basic, 0, basic, 0, basic.length);
        System.arraycopy(o.cobasic, 0, cobasic, 0, cobasic.length);
        System.arraycopy(o.rowOf, 0, rowOf, 0, rowOf.length);
        System.arraycopy(o.colOf, 0, colOf, 0, colOf.length);
    }

    /** Entry (i, j) exactly (for tests and diagnostics). */
    BigInteger entry(int i, int j) {
        int k = i * c + j;
        switch (mode) {
            case LONG:
                return BigInteger.valueOf(t[k]);
            case WIDE:
                return big(th[k], t[k]);
            default:
                return tb[k];
        }
    }

    /** D exactly (for tests and diagnostics). */
    BigInteger determinant() {
        switch (mode) {
            case LONG:
                return BigInteger.valueOf(det);
            case WIDE:
                return big(detHi, det);
            default:
                return detB;
        }
    }

    /** The current arithmetic tier ({@link #LONG}, {@link #WIDE} or {@link #BIG}). */
    int tier() {
        return mode;
    }

    // ------------------------------------------------------------------ tiers

    /** The 128-bit value hi:lo as a double (relative error below 2⁻⁵²). */
    static double toDouble(long hi, long lo) {
        return hi * 0x1.0p64 + ((lo >>> 1) * 2.0 + (lo & 1));
    }

    private void fillDoubles() {
        if (td == null) {
            td = new double[t.length];
        }
        for (int k = 0; k < t.length; k++) {
            td[k] = toDouble(th[k], t[k]);
        }
    }

    private static BigInteger big(long hi, long lo) {
        BigInteger loU = BigInteger.valueOf(lo >>> 1).shiftLeft(1).add(BigInteger.valueOf(lo & 1));
        return BigInteger.valueOf(hi).shiftLeft(64).add(loU);
    }

    private void longToWide() {
        if (th == null) {
            th = new long[t.length];
        }
        for (int k = 0; k < t.length; k++) {
            th[k] = t[k] >> 63;
        }
        detHi = det >> 63;
        mode = WIDE;
        fillDoubles();
    }

    private void wideToBig() {
        if (tb == null) {
            tb = new BigInteger[t.length];
        }
        for (int k = 0; k < t.length; k++) {
            tb[k] = th[k] == (t[k] >> 63) ? BigInteger.valueOf(t[k]) : big(th[k], t[k]);
        }
        detB = big(detHi, det);
        mode = BIG;
    }

    /** Moves down from the current tier as far as all entries and D allow. */
    private void settle(int maxBits) {
        if (mode == BIG) {
            if (maxBits <= 62) {
                for (int k = 0; k < t.length; k++) {
                    t[k] = tb[k].longValue();
                }
                det = detB.longValue();
                mode = LONG;
            } else if (maxBits <= 124) {
                if (th == null) {
                    th = new long[t.length];
                }
                for (int k = 0; k < t.length; k++) {
                    t[k] = tb[k].longValue();
                    th[k] = tb[k].shiftRight(64).longValue();
                }
                det = detB.longValue();
                detHi = detB.shiftRight(64).longValue();
                mode = WIDE;
                fillDoubles();
            }
        } else if (mode == WIDE && maxBits <= 62) {
            mode = LONG;
        }
    }

    // ------------------------------------------------------------------ entries

    private int sign(int idx) {
        switch (mode) {
            case LONG:
                return Long.signum(t[idx]);
            case WIDE: {
                long hi = th[idx];
                return hi != 0 ? (hi < 0 ? -1 : 1) : (t[idx] != 0 ? 1 : 0);
            }
            default:
                return tb[idx].signum();
        }
    }

    /** True if the basic variable of row i is zero (the vertex carries that variable's label too). */
    boolean basicIsZero(int i) {
        return sign(i * c) == 0;
    }

    /** Sign of entry (i, j). */
    int signAt(int i, int j) {
        return sign(i * c + j);
    }

    /** Sign of {@code T[ia]·T[ib] − T[ic]·T[id]} (flat indices). */
    private int crossSign(int ia, int ib, int ic, int id) {
        if (mode == LONG) {
            long a = t[ia];
            long b = t[ib];
            long x = t[ic];
            long y = t[id];
            long hi1 = Math.multiplyHigh(a, b);
            long hi2 = Math.multiplyHigh(x, y);
            if (hi1 != hi2) {
                return hi1 < hi2 ? -1 : 1;
            }
            return Integer.signum(Long.compareUnsigned(a * b, x * y));
        }
        return crossSignSlow(ia, ib, ic, id);
    }

    private int crossSignSlow(int ia, int ib, int ic, int id) {
        if (mode == WIDE) {
            double x = td[ia] * td[ib];
            double y = td[ic] * td[id];
            double diff = x - y;
            if (Math.abs(diff) > 0x1.0p-40 * (Math.abs(x) + Math.abs(y))) {
                return diff < 0 ? -1 : 1; // each product is within 2^-50 relative of the exact one
            }
            Wide.mul(th[ia], t[ia], th[ib], t[ib], p1, 0);
            Wide.mul(th[ic], t[ic], th[id], t[id], p2, 0);
            return Wide.compare(p1, 0, p2, 0);
        }
        return tb[ia].multiply(tb[ib]).compareTo(tb[ic].multiply(tb[id]));
    }

    // ------------------------------------------------------------------ pivoting

    /** Pivots on row r, column s (1 ≤ s ≤ d, T[r][s] &gt; 0). */
    void pivot(int r, int s) {
        int stop = -1;
        if (mode == LONG) {
            stop = pivotLong(r, s);
            if (stop >= 0) {
                longToWide();
            }
        }
        if (mode == WIDE) {
            int from = stop;
            stop = pivotWide(r, s, from < 0 ? 0 : from);
            if (stop >= 0) {
                wideToBig();
            } else {
                settleAfterWide();
            }
        }
        if (mode == BIG) {
            pivotBig(r, s, stop < 0 ? 0 : stop);
        }
        int e = cobasic[s];
        int l = basic[r];
        basic[r] = e;
        cobasic[s] = l;
        rowOf[e] = r;
        colOf[e] = -1;
        rowOf[l] = -1;
        colOf[l] = s;
    }

    /**
     * LONG tier. Returns -1 when done, else the flat index of the first entry whose value does not
     * fit (entries before it in row-major order are updated, the rest are not).
     */
    private int pivotLong(int r, int s) {
        final int cc = c;
        final long[] t = this.t;
        final int rb = r * cc;
        final long prs = t[rb + s];
        final long dd = det;
        final int tz = Long.numberOfTrailingZeros(dd);
        final long odd = dd >> tz;
        final long inv = Wide.inverseOdd(odd);
        // bit-length bounds: |q| ≤ (|a|·|prs| + |ais|·|b|) / D < 2^(max(Ba + Bp, Bx + Br) + 2 − Bd)
        final int bR = bitBound(rb);
        final int bP = 64 - Long.numberOfLeadingZeros(prs);
        final int bD = 64 - Long.numberOfLeadingZeros(dd);
        final int fastLimit = Math.min(62, 63 - tz) + bD - 2;
        for (int i = 0; i < rows; i++) {
            if (i == r) {
                continue;
            }
            final int ib = i * cc;
            final long ais = t[ib + s];
            if (ais == 0 && prs == dd) {
                continue; // row unchanged
            }
            final int bX = 65 - Long.numberOfLeadingZeros(ais ^ (ais >> 63));
            if (Math.max(bitBound(ib) + bP, bX + bR) <= fastLimit) {
                rowLongFast(ib, rb, s, prs, ais, tz, inv);
            } else {
                int stop = rowLongChecked(ib, rb, s, prs, ais, tz, odd, inv);
                if (stop >= 0) {
                    return stop;
                }
            }
            t[ib + s] = -ais;
        }
        t[rb + s] = dd;
        det = prs;
        return -1;
    }

    /** A bound B with |T[row][j]| &lt; 2^B for all j (flat row start {@code rb}). */
    private int bitBound(int rb) {
        long or = 0;
        for (int j = 0; j < c; j++) {
            long v = t[rb + j];
            or |= v ^ (v >> 63);
        }
        return 65 - Long.numberOfLeadingZeros(or);
    }

    /*
     * The row updates are separate small methods so that the JIT compiles them after a few
     * pivots (they are called once per row), instead of interpreting the whole pivot loop until
     * its method has been called a hundred times.
     */

    /** Row update when |q| &lt; 2^min(62, 63 − tz) is known: q is determined modulo 2^64. */
    private void rowLongFast(int ib, int rb, int s, long prs, long ais, int tz, long inv) {
        final long[] t = this.t;
        for (int j = 0; j < c; j++) {
            if (j == s) {
                continue;
            }
            long q = ((t[ib + j] * prs - ais * t[rb + j]) >> tz) * inv;
            t[ib + j] = (q << tz) >> tz;
        }
    }

    /** Row update with 128-bit products and an exact fit test; the failing flat index or -1. */
    private int rowLongChecked(int ib, int rb, int s, long prs, long ais, int tz, long odd, long inv) {
        final long[] t = this.t;
        final int sh = 63 - tz;
        for (int j = 0; j < c; j++) {
            if (j == s) {
                continue;
            }
            long a = t[ib + j];
            long b = t[rb + j];
            long lo1 = a * prs;
            long hi1 = Math.multiplyHigh(a, prs);
            long lo2 = ais * b;
            long hi2 = Math.multiplyHigh(ais, b);
            long lo = lo1 - lo2;
            long hi = hi1 - hi2 - (Long.compareUnsigned(lo1, lo2) < 0 ? 1 : 0);
            long slo = (lo >>> tz) | ((hi << 1) << sh);
            long shi = hi >> tz;
            long q = slo * inv;
            if (Math.multiplyHigh(q, odd) != shi || q == Long.MIN_VALUE) {
                return ib + j;
            }
            t[ib + j] = q;
        }
        return -1;
    }

    /** WIDE tier, resuming at flat index {@code from}; return value as for {@link #pivotLong}. */
    private int pivotWide(int r, int s, int from) {
        final int cc = c;
        final long[] t = this.t;
        final long[] th = this.th;
        final int rb = r * cc;
        final long ph = th[rb + s];
        final long pl = t[rb + s];
        // D = odd · 2^tz
        int tz = det != 0 ? Long.numberOfTrailingZeros(det) : 64 + Long.numberOfTrailingZeros(detHi);
        long oh;
        long ol;
        if (tz == 0) {
            oh = detHi;
            ol = det;
        } else if (tz < 64) {
            ol = (det >>> tz) | (detHi << (64 - tz));
            oh = detHi >> tz;
        } else {
            ol = detHi >> (tz - 64);
            oh = 0;
        }
        Wide.inverseOdd(oh, ol, inv2);
        final long invH = inv2[0];
        final long invL = inv2[1];
        lim[0] = 0;
        lim[1] = ol << 61;
        lim[2] = (ol >>> 3) | (oh << 61);
        lim[3] = oh >>> 3;
        final double[] td = this.td;
        final double pd = Math.abs(td[rb + s]);
        // |q| ≤ (|a|·|prs| + |ais|·|b|) / D; below this bound the quotient is recovered exactly from
        // the residues modulo 2^128 (|q| < 2^(127 − tz)) and stays in the WIDE range (< 2^125)
        final double safe = tz >= 64 ? 0 : Math.scalb(1.0, Math.min(124, 126 - tz)) * toDouble(detHi, det) * (1 - 0x1.0p-40);
        final int i0 = from / cc;
        for (int i = i0; i < rows; i++) {
            if (i == r) {
                continue;
            }
            final int ib = i * cc;
            int stop = rowWide(ib, rb, s, i == i0 ? from - ib : 0, ph, pl, tz, invH, invL, pd, safe);
            if (stop >= 0) {
                return stop;
            }
            final long xh = th[ib + s];
            final long xl = t[ib + s];
            th[ib + s] = ~xh + (xl == 0 ? 1 : 0);
            t[ib + s] = -xl;
            td[ib + s] = -td[ib + s];
        }
        th[rb + s] = detHi;
        t[rb + s] = det;
        td[rb + s] = toDouble(detHi, det);
        detHi = ph;
        det = pl;
        return -1;
    }

    /** One row of a WIDE pivot from column {@code j0} on; the failing flat index or -1. */
    private int rowWide(int ib, int rb, int s, int j0, long ph, long pl, int tz, long invH, long invL, double pd,
            double safe) {
        final long[] t = this.t;
        final long[] th = this.th;
        final double[] td = this.td;
        final long xh = th[ib + s];
        final long xl = t[ib + s];
        final double xd = Math.abs(td[ib + s]);
        final int back = 64 - tz;
        for (int j = j0; j < c; j++) {
            if (j == s) {
                continue;
            }
            final long ah = th[ib + j];
            final long al = t[ib + j];
            final long bh = th[rb + j];
            final long bl = t[rb + j];
            if (Math.abs(td[ib + j]) * pd + xd * Math.abs(td[rb + j]) < safe) {
                // X = a·prs − ais·b  (mod 2^128)
                long x0 = al * pl;
                long x1 = Wide.umulh(al, pl) + al * ph + ah * pl;
                long y0 = xl * bl;
                long y1 = Wide.umulh(xl, bl) + xl * bh + xh * bl;
                long z0 = x0 - y0;
                long z1 = x1 - y1 - (Long.compareUnsigned(x0, y0) < 0 ? 1 : 0);
                if (tz > 0) { // X / 2^tz modulo 2^(128 − tz)
                    z0 = (z0 >>> tz) | (z1 << back);
                    z1 >>= tz;
                }
                long q0 = z0 * invL;
                long q1 = Wide.umulh(z0, invL) + z0 * invH + z1 * invL;
                if (tz > 0) { // sign-extend from bit 127 − tz
                    q1 = (q1 << tz) >> tz;
                }
                th[ib + j] = q1;
                t[ib + j] = q0;
                td[ib + j] = toDouble(q1, q0);
                continue;
            }
            Wide.mul(ah, al, ph, pl, p1, 0);
            Wide.mul(xh, xl, bh, bl, p2, 0);
            Wide.sub(p1, 0, p2, 0);
            if (!Wide.divExact(p1, 0, tz, invH, invL, lim, q2)) {
                return ib + j;
            }
            th[ib + j] = q2[0];
            t[ib + j] = q2[1];
            td[ib + j] = toDouble(q2[0], q2[1]);
        }
        return -1;
    }

    /** Returns to LONG if every entry and D fit in 62 bits. */
    private void settleAfterWide() {
        final long lim62 = 1L << 62;
        for (int k = 0; k < t.length; k++) {
            long lo = t[k];
            if (th[k] != (lo >> 63) || lo >= lim62 || lo < -lim62) {
                return;
            }
        }
        if (detHi != 0 || det >= lim62) {
            return;
        }
        mode = LONG;
    }

    /** BIG tier, resuming at flat index {@code from}. */
    private void pivotBig(int r, int s, int from) {
        final int cc = c;
        final BigInteger[] tb = this.tb;
        final int rb = r * cc;
        final BigInteger prs = tb[rb + s];
        final BigInteger dd = detB;
        final int i0 = from / cc;
        int maxBits;
        for (int i = i0; i < rows; i++) {
            if (i == r) {
                continue;
            }
            final int ib = i * cc;
            final BigInteger ais = tb[ib + s];
            for (int j = i == i0 ? from - ib : 0; j < cc; j++) {
                if (j == s) {
                    continue;
                }
                tb[ib + j] = tb[ib + j].multiply(prs).subtract(ais.multiply(tb[rb + j])).divide(dd);
            }
            tb[ib + s] = ais.negate();
        }
        tb[rb + s] = dd;
        detB = prs;
        maxBits = prs.bitLength();
        for (BigInteger v : tb) {
            maxBits = Math.max(maxBits, v.bitLength());
        }
        settle(maxBits);
    }

    // ------------------------------------------------------------------ ratio test

    /**
     * The leaving row when column s enters: the lexicographic minimum of
     * {@code (T[i][0], ε-coefficients of row i) / T[i][s]} over rows with {@code T[i][s] > 0};
     * -1 if the column has no positive entry (an unbounded edge).
     */
    int ratioTest(int s) {
        final int cc = c;
        int best = -1;
        for (int i = 0; i < h; i++) {
            int is = i * cc + s;
            if (sign(is) <= 0) {
                continue;
            }
            if (best < 0) {
                best = i;
                continue;
            }
            int bb = best * cc;
            // ratio_i < ratio_best  <=>  T[i][0]·T[b][s] < T[b][0]·T[i][s]
            int cmp = crossSign(i * cc, bb + s, bb, is);
            if (cmp == 0) {
                cmp = lexCompare(i, best, s);
            }
            if (cmp < 0) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Compares the ε-parts of rows i and b divided by their column-s entries. The coefficient of
     * εₖ in row i is {@code T[i][col(w_k)]} if slack w_k is cobasic, D if w_k is basic in row i,
     * and 0 otherwise.
     */
    private int lexCompare(int i, int b, int s) {
        final int cc = c;
        for (int k = 0; k < h; k++) {
            int v = d + k;
            int row = rowOf[v];
            if (row >= 0) {
                if (row == i) {
                    return 1; // D·T[b][s] > 0 = 0·T[i][s]
                }
                if (row == b) {
                    return -1;
                }
                continue;
            }
            int col = colOf[v];
            int cmp = crossSign(i * cc + col, b * cc + s, b * cc + col, i * cc + s);
            if (cmp != 0) {
                return cmp;
            }
        }
        throw new IllegalStateException("lexicographic ratio test tie: basis matrix is singular");
    }

    // ------------------------------------------------------------------ reverse search

    /**
     * Whether the neighbour reached by pivoting on (r, s) is a child of this basis in the reverse
     * search tree of Avis and Fukuda (1992) for the objective "minimise f = Σ z" (root: the slack
     * basis, the unique optimum), where a basis' parent is reached by Bland's rule (the smallest
     * improving variable enters) with the lexicographic ratio test. Requires the objective row.
     * The neighbour's objective row is never formed: {@code sign T'[h][j] = sign(T[h][j]·T[r][s] −
     * T[h][s]·T[r][j])} for j ≠ s and {@code T'[h][s] = −T[h][s]}.
     */
    boolean isReverseSearchChild(int r, int s) {
        if (rows == h) {
            throw new IllegalStateException("no objective row");
        }
        final int cc = c;
        final int hb = h * cc;
        final int rb = r * cc;
        if (sign(hb + s) >= 0) {
            return false; // the leaving variable would not be improving in the neighbour
        }
        int l = basic[r];
        for (int j = 1; j <= d; j++) {
            if (j == s || cobasic[j] > l) {
                continue;
            }
            // improving in the neighbour  <=>  T[h][j]·T[r][s] − T[h][s]·T[r][j] > 0, with T[r][s] > 0 > T[h][s]
            int sh = sign(hb + j);
            int sr = sign(rb + j);
            if (sh > 0 && sr >= 0) {
                return false; // both terms push the same way: improving
            }
            if (sh <= 0 && sr <= 0) {
                continue; // both terms ≤ 0: not improving
            }
            if (crossSign(hb + j, rb + s, hb + s, rb + j) > 0) {
                return false; // a smaller improving variable: the neighbour's parent is elsewhere
            }
        }
        return true;
    }
}
