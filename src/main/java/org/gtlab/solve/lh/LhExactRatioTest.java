package org.gtlab.solve.lh;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact lexicographic minimum-ratio test for one basis, computed from the original integer
 * coefficients without an exact tableau: with basic structural variables X, tight rows J and
 * {@code M = G[J][X]}, the basis inverse is {@code B⁻¹ = [[M⁻¹, 0], [−N M⁻¹, I]]}
 * (see {@link LhVerifier}), so any column {@code B⁻¹a} costs one solve with {@code det·M⁻¹}.
 * Used by the floating-point path for a single decision that doubles cannot make safely (a
 * genuine near-tie); the cost is one k×k fraction-free inversion, milliseconds where redoing the
 * whole path exactly would take seconds.
 */
final class LhExactRatioTest {

    private final LhProblem p;
    private final int side;
    private final int rowsR;
    private final boolean[] basic;
    private final List<Integer> xs = new ArrayList<>();
    private final int[] posInJ;
    private final int[] jRows;
    /** G[ρ][X[ii]] for all rows. */
    private final BigInteger[][] gx;
    private final BigInteger det;
    /** det·M⁻¹. */
    private final BigInteger[][] inv;

    private LhExactRatioTest(LhProblem p, int side, boolean[] basic) {
        this.p = p;
        this.side = side;
        this.rowsR = p.rows(side);
        this.basic = basic;
        for (int s = 0; s < p.structCount(side); s++) {
            if (basic[p.structVar(side, s)]) {
                xs.add(s);
            }
        }
        posInJ = new int[rowsR];
        List<Integer> js = new ArrayList<>();
        for (int r = 0; r < rowsR; r++) {
            posInJ[r] = -1;
            if (!basic[p.slackVar(side, r)]) {
                posInJ[r] = js.size();
                js.add(r);
            }
        }
        jRows = js.stream().mapToInt(Integer::intValue).toArray();
        if (js.size() != xs.size()) {
            throw new IllegalStateException("not a basis");
        }
        gx = LhVerifier.columns(p, side, xs);
        if (xs.isEmpty()) {
            det = BigInteger.ONE;
            inv = new BigInteger[0][0];
        } else {
            LhVerifier.Solved s = LhVerifier.solve(gx, xs, js, true);
            if (s == null) {
                throw new IllegalStateException("singular basis");
            }
            det = s.den();
            inv = s.inverse();
        }
    }

    /**
     * The variable that leaves when {@code enter} enters, by the exact lexicographic rule of
     * {@link LhSide} (perturbation {@code 1 − ε^c}).
     */
    static int leaving(LhProblem p, int side, boolean[] basic, int enter) {
        return new LhExactRatioTest(p, side, basic).leaving(enter);
    }

    private int leaving(int enter) {
        BigInteger[] a = new BigInteger[rowsR];
        if (p.isStruct(side, enter)) {
            int s = p.structIndex(side, enter);
            long[][] l = p.gLong(side);
            for (int r = 0; r < rowsR; r++) {
                a[r] = l != null ? BigInteger.valueOf(l[r][s]) : p.g(side)[r][s];
            }
        } else {
            java.util.Arrays.fill(a, BigInteger.ZERO);
            a[p.slackRow(side, enter)] = BigInteger.ONE;
        }
        BigInteger[] col = solve(a);
        int k = xs.size();
        // basic variables in the order: structural X[0..k), then slacks of rows not in J
        List<Integer> cand = new ArrayList<>();
        for (int i = 0; i < col.length; i++) {
            if (col[i].signum() > 0) {
                cand.add(i);
            }
        }
        if (cand.isEmpty()) {
            throw new IllegalStateException("unbounded ray in a Lemke–Howson tableau");
        }
        BigInteger[] ones = new BigInteger[rowsR];
        java.util.Arrays.fill(ones, BigInteger.ONE);
        cand = keepMinima(cand, solve(ones), col, 1);
        for (int c = 0; cand.size() > 1 && c < rowsR; c++) {
            BigInteger[] e = new BigInteger[rowsR];
            java.util.Arrays.fill(e, BigInteger.ZERO);
            e[c] = BigInteger.ONE;
            cand = keepMinima(cand, solve(e), col, -1);
        }
        if (cand.size() != 1) {
            throw new IllegalStateException("lexicographic ratio test did not single out a row");
        }
        int i = cand.get(0);
        return i < k ? p.structVar(side, xs.get(i)) : p.slackVar(side, slackRowOf(i - k));
    }

    /** The row of the i-th basic slack (rows not in J, in row order). */
    private int slackRowOf(int i) {
        for (int r = 0, seen = 0; r < rowsR; r++) {
            if (posInJ[r] < 0 && seen++ == i) {
                return r;
            }
        }
        throw new IllegalStateException();
    }

    /** {@code det·B⁻¹a}: structural X first, then the basic slacks in row order. */
    private BigInteger[] solve(BigInteger[] a) {
        int k = xs.size();
        BigInteger[] u = new BigInteger[rowsR];
        for (int ii = 0; ii < k; ii++) {
            BigInteger s = BigInteger.ZERO;
            for (int jj = 0; jj < k; jj++) {
                if (a[jRows[jj]].signum() != 0) {
                    s = s.add(inv[ii][jj].multiply(a[jRows[jj]]));
                }
            }
            u[ii] = s;
        }
        int out = k;
        for (int r = 0; r < rowsR; r++) {
            if (posInJ[r] >= 0) {
                continue;
            }
            BigInteger s = det.multiply(a[r]);
            for (int ii = 0; ii < k; ii++) {
                s = s.subtract(gx[r][ii].multiply(u[ii]));
            }
            u[out++] = s;
        }
        return u;
    }

    /** Keeps the candidates minimising {@code sign·num[i]/col[i]} (col[i] > 0). */
    private static List<Integer> keepMinima(List<Integer> cand, BigInteger[] num, BigInteger[] col, int sign) {
        List<Integer> best = new ArrayList<>();
        for (int i : cand) {
            if (best.isEmpty()) {
                best.add(i);
                continue;
            }
            int b = best.get(0);
            int cmp = num[i].multiply(col[b]).compareTo(num[b].multiply(col[i])) * sign;
            if (cmp < 0) {
                best.clear();
                best.add(i);
            } else if (cmp == 0) {
                best.add(i);
            }
        }
        return best;
    }
}
