package org.gtlab.solve;

import java.math.BigInteger;

/**
 * Fraction-free integer dictionary of the polytope {@code { z ∈ ℝᵈ : z ≥ 0, C z ≤ 1 }} written as
 * {@code C z + w = 1, z ≥ 0, w ≥ 0} with h slack variables w, for exact vertex enumeration.
 *
 * <p><b>Variables.</b> 0…d-1 are the structural variables z, d…d+h-1 the slacks w. A basis has h
 * basic variables (one per row) and d cobasic ones (columns 1…d; column 0 is the right-hand side).
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
 * Pivoting back on the same position restores the dictionary exactly.
 *
 * <p><b>Arithmetic.</b> Entries are {@code long}s. Products are formed in 128 bits
 * ({@link Math#multiplyHigh}) and the exact division by D is a multiplication by the inverse of
 * D's odd part modulo 2⁶⁴ after shifting out D's factors of two; a quotient that does not fit in 63
 * bits is detected exactly (by re-multiplying) and that single entry is kept as a
 * {@link BigInteger} (marked by {@link #BIG} in the long array). An entry returns to the long
 * array as soon as a later pivot makes it small again, so the tableau runs at long speed wherever
 * the determinants allow (the idea of lrs' hybrid arithmetic, per entry instead of per run).
 *
 * <p><b>Degeneracy.</b> Leaving variables are chosen by the lexicographic minimum-ratio test,
 * i.e. for the right-hand side perturbed to {@code 1 + (ε, ε², …, εʰ)}. Starting from the
 * slack basis (z = 0), only lexicographically feasible bases are visited; they are the vertices of
 * the perturbed polytope, which is simple, so each has exactly d neighbours and their graph is
 * connected; every vertex of the original polytope has at least one of them (Dantzig, Orden,
 * Wolfe 1955; Avis and Fukuda 1992).
 */
final class LexDictionary {

    /** Marker in {@link #t} for an entry held in {@link #big}. */
    static final long BIG = Long.MIN_VALUE;

    final int h;
    /** h, or h + 1 when row h holds the objective {@code f = Σ z} (for reverse-search estimates). */
    final int rows;
    final int d;
    /** Row length: d + 1. */
    final int c;
    /** Row-major (h × (d+1)) tableau. */
    final long[] t;
    /** Entries too large for a long, or null when there has never been one. */
    private BigInteger[] big;
    private int bigCount;
    /** D when it fits in a long (then {@link #detBig} is null). */
    private long det = 1;
    private BigInteger detBig;

    /** basic[i]: variable of row i. */
    final int[] basic;
    /** cobasic[j]: variable of column j (1…d); index 0 unused. */
    final int[] cobasic;
    /** Row of a basic variable, else -1. */
    final int[] rowOf;
    /** Column of a cobasic variable, else -1. */
    final int[] colOf;

    /**
     * The dictionary of the slack basis (z = 0) for {@code cm} (h rows × d columns, any integers;
     * the polytope must be bounded).
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
        java.util.Arrays.fill(rowOf, -1);
        java.util.Arrays.fill(colOf, -1);
        for (int i = 0; i < h; i++) {
            t[i * c] = 1;
            for (int j = 0; j < d; j++) {
                put(i * c + j + 1, cm[i][j]);
            }
            basic[i] = d + i;
            rowOf[d + i] = i;
        }
        if (objectiveRow) {
            // f = Σ z_j  =  0 − Σ (−1)·z_j
            for (int j = 1; j <= d; j++) {
                t[h * c + j] = -1;
            }
        }
        cobasic[0] = -1;
        for (int j = 1; j <= d; j++) {
            cobasic[j] = j - 1;
            colOf[j - 1] = j;
        }
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

    /** Makes this dictionary equal to {@code o} (same dimensions), without allocating in the long case. */
    void copyFrom(LexDictionary o) {
        System.arraycopy(o.t, 0, t, 0, t.length);
        if (o.bigCount > 0) {
            if (big == null) {
                big = new BigInteger[t.length];
            }
            System.arraycopy(o.big, 0, big, 0, t.length);
        } else if (bigCount > 0) {
            java.util.Arrays.fill(big, null);
        }
        bigCount = o.bigCount;
        det = o.det;
        detBig = o.detBig;
        System.arraycopy(o.basic, 0, basic, 0, basic.length);
        System.arraycopy(o.cobasic, 0, cobasic, 0, cobasic.length);
        System.arraycopy(o.rowOf, 0, rowOf, 0, rowOf.length);
        System.arraycopy(o.colOf, 0, colOf, 0, colOf.length);
    }

    // ------------------------------------------------------------------ entries

    private BigInteger bigAt(int idx) {
        long v = t[idx];
        return v != BIG ? BigInteger.valueOf(v) : big[idx];
    }

    private int sign(int idx) {
        long v = t[idx];
        return v != BIG ? Long.signum(v) : big[idx].signum();
    }

    private void put(int idx, BigInteger v) {
        if (v.bitLength() <= 62) {
            putLong(idx, v.longValue());
        } else {
            if (big == null) {
                big = new BigInteger[t.length];
            }
            if (t[idx] != BIG) {
                bigCount++;
            }
            t[idx] = BIG;
            big[idx] = v;
        }
    }

    private void putLong(int idx, long v) {
        if (t[idx] == BIG) {
            big[idx] = null;
            bigCount--;
        }
        t[idx] = v;
    }

    private BigInteger detValue() {
        return detBig != null ? detBig : BigInteger.valueOf(det);
    }

    /** True if some entry or D currently needs more than 62 bits. */
    boolean hasBigEntries() {
        return bigCount > 0 || detBig != null;
    }

    /** True if basic variable of row i is zero (the vertex carries that variable's label too). */
    boolean basicIsZero(int i) {
        return t[i * c] == 0;
    }

    /**
     * The exact value of basic variable of row i as numerator over {@link #determinant()}.
     */
    BigInteger numerator(int i) {
        return bigAt(i * c);
    }

    BigInteger determinant() {
        return detValue();
    }

    // ------------------------------------------------------------------ pivoting

    /** Inverse of an odd number modulo 2⁶⁴ (Newton iteration, 3 → 6 → … → 96 correct bits). */
    static long inverseOdd(long odd) {
        long x = odd;
        for (int k = 0; k < 5; k++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    /** Pivots on row r, column s (1 ≤ s ≤ d, T[r][s] &gt; 0). */
    void pivot(int r, int s) {
        if (bigCount == 0 && detBig == null) {
            pivotLong(r, s);
        } else {
            pivotMixed(r, s);
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

    /** All entries and D are longs. */
    private void pivotLong(int r, int s) {
        final int cc = c;
        final long[] t = this.t;
        final int rb = r * cc;
        final long prs = t[rb + s];
        final long dd = det;
        final int tz = Long.numberOfTrailingZeros(dd);
        final long odd = dd >> tz;
        final long inv = inverseOdd(odd);
        final int sh = 63 - tz;
        final int rows = this.rows;
        for (int i = 0; i < rows; i++) {
            if (i == r) {
                continue;
            }
            final int ib = i * cc;
            final long ais = t[ib + s];
            if (ais == 0 && prs == dd) {
                continue; // row unchanged
            }
            for (int j = 0; j < cc; j++) {
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
                if (Math.multiplyHigh(q, odd) == shi && q != BIG) {
                    t[ib + j] = q;
                } else {
                    put(ib + j, toBig(hi, lo).divide(BigInteger.valueOf(dd)));
                }
            }
            t[ib + s] = -ais;
        }
        t[rb + s] = dd;
        det = prs;
    }

    private static BigInteger toBig(long hi, long lo) {
        return BigInteger.valueOf(hi).shiftLeft(64).add(BigInteger.valueOf(lo >>> 1).shiftLeft(1))
                .add(BigInteger.valueOf(lo & 1));
    }

    /** Some entries or D are big: per entry, long arithmetic where the operands allow it. */
    private void pivotMixed(int r, int s) {
        final int cc = c;
        final int rb = r * cc;
        final boolean dSmall = detBig == null;
        final long dd = det;
        final BigInteger dB = detValue();
        final long prs = t[rb + s];
        final BigInteger prsB = bigAt(rb + s);
        final int tz = dSmall ? Long.numberOfTrailingZeros(dd) : 0;
        final long odd = dSmall ? dd >> tz : 1;
        final long inv = dSmall ? inverseOdd(odd) : 1;
        final int sh = 63 - tz;
        for (int i = 0; i < rows; i++) {
            if (i == r) {
                continue;
            }
            final int ib = i * cc;
            final long ais = t[ib + s];
            final BigInteger aisB = ais == BIG ? big[ib + s] : null;
            for (int j = 0; j < cc; j++) {
                if (j == s) {
                    continue;
                }
                long a = t[ib + j];
                long b = t[rb + j];
                if (dSmall && a != BIG && b != BIG && ais != BIG && prs != BIG) {
                    long lo1 = a * prs;
                    long hi1 = Math.multiplyHigh(a, prs);
                    long lo2 = ais * b;
                    long hi2 = Math.multiplyHigh(ais, b);
                    long lo = lo1 - lo2;
                    long hi = hi1 - hi2 - (Long.compareUnsigned(lo1, lo2) < 0 ? 1 : 0);
                    long slo = (lo >>> tz) | ((hi << 1) << sh);
                    long shi = hi >> tz;
                    long q = slo * inv;
                    if (Math.multiplyHigh(q, odd) == shi && q != BIG) {
                        putLong(ib + j, q);
                    } else {
                        put(ib + j, toBig(hi, lo).divide(dB));
                    }
                } else {
                    BigInteger aB = a == BIG ? big[ib + j] : BigInteger.valueOf(a);
                    BigInteger bB = b == BIG ? big[rb + j] : BigInteger.valueOf(b);
                    BigInteger x = aB.multiply(prsB)
                            .subtract((aisB != null ? aisB : BigInteger.valueOf(ais)).multiply(bB));
                    put(ib + j, x.divide(dB));
                }
            }
            if (aisB != null) {
                put(ib + s, aisB.negate());
            } else {
                t[ib + s] = -ais;
            }
        }
        if (dSmall) {
            putLong(rb + s, dd);
        } else {
            put(rb + s, dB);
        }
        if (prs != BIG) {
            det = prs;
            detBig = null;
        } else {
            detBig = prsB;
            det = 0;
        }
    }

    // ------------------------------------------------------------------ ratio test

    /**
     * Sign of {@code T[ia]·T[ib] − T[ic]·T[id]} (flat indices).
     */
    private int crossSign(int ia, int ib, int ic, int id) {
        long a = t[ia];
        long b = t[ib];
        long x = t[ic];
        long y = t[id];
        if (a != BIG && b != BIG && x != BIG && y != BIG) {
            long hi1 = Math.multiplyHigh(a, b);
            long hi2 = Math.multiplyHigh(x, y);
            if (hi1 != hi2) {
                return hi1 < hi2 ? -1 : 1;
            }
            return Integer.signum(Long.compareUnsigned(a * b, x * y));
        }
        return bigAt(ia).multiply(bigAt(ib)).compareTo(bigAt(ic).multiply(bigAt(id)));
    }

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
            long v = t[is];
            if (v <= 0 && (v != BIG || big[is].signum() <= 0)) {
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

    /** Sign of entry (i, j). */
    int signAt(int i, int j) {
        return sign(i * c + j);
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
            return false; // leaving var would not be improving in the neighbour
        }
        int l = basic[r];
        for (int j = 1; j <= d; j++) {
            if (j == s || cobasic[j] > l) {
                continue;
            }
            if (crossSign(hb + j, rb + s, hb + s, rb + j) > 0) {
                return false; // a smaller improving variable: the neighbour's parent is elsewhere
            }
        }
        return true;
    }
}
