package org.gtlab.solve.lp;

import java.math.BigInteger;

import org.gtlab.math.Cancellation;
import org.gtlab.math.Rational;

/**
 * Exact primal simplex for linear programs whose origin is feasible:
 * <pre>
 *   maximise cᵀx  subject to  A x ≤ b,  x ≥ 0,   with integer A, b, c and b ≥ 0.
 * </pre>
 * The tableau is kept in integers by <em>integer (fraction-free) pivoting</em> (Edmonds 1967;
 * the same scheme as in von Stengel's Lemke–Howson notes, Handbook of Game Theory vol. 3, ch. 45):
 * every entry is the true tableau entry times the current basis determinant {@code D}, and a pivot
 * on element {@code a_rs} updates {@code a_ij ← (a_ij a_rs − a_is a_rj) / D} (an exact division),
 * then {@code D ← a_rs}. No fractions and no gcds.
 *
 * <p>Pivot rule: Dantzig's (most negative reduced cost) while the objective improves; after
 * {@value #DEGENERATE_LIMIT} consecutive degenerate pivots, Bland's smallest-index rule until the
 * next improving pivot. Bland's rule cannot cycle (Bland 1977), so the method always terminates.
 *
 * <p>Returns the optimal x, the optimal dual u (u ≥ 0, Aᵀu ≥ c, bᵀu = cᵀx: read from the slack
 * columns of the objective row) and the optimum. Package-private: used by {@link ZeroSumLp}
 * (fallback when the floating-point guess cannot be certified) and by {@link org.gtlab.solve.dominance.Dominance} (mixed
 * dominance).
 */
public final class ExactSimplex {

    static final int DEGENERATE_LIMIT = 50;

    /** Optimal primal and dual solutions and the optimum of the LP. */
    public record Solution(Rational[] x, Rational[] dual, Rational value) {
    }

    private ExactSimplex() {
    }

    /**
     * Solves max cᵀx s.t. Ax ≤ b, x ≥ 0.
     *
     * @throws IllegalArgumentException if shapes disagree or some {@code b_i < 0}
     * @throws ArithmeticException      if the LP is unbounded
     */
    public static Solution maximize(BigInteger[][] a, BigInteger[] b, BigInteger[] c) {
        int m = a.length;
        int n = c.length;
        if (b.length != m) {
            throw new IllegalArgumentException("right-hand side has " + b.length + " entries, expected " + m);
        }
        int cols = n + m + 1;
        int rhs = n + m;
        BigInteger[][] t = new BigInteger[m + 1][cols];
        for (int i = 0; i < m; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("constraint row " + (i + 1) + " has " + a[i].length
                        + " coefficients, expected " + n);
            }
            if (b[i].signum() < 0) {
                throw new IllegalArgumentException("right-hand side " + (i + 1) + " is negative: " + b[i]);
            }
            System.arraycopy(a[i], 0, t[i], 0, n);
            for (int k = n; k < n + m; k++) {
                t[i][k] = BigInteger.ZERO;
            }
            t[i][n + i] = BigInteger.ONE;
            t[i][rhs] = b[i];
        }
        for (int k = 0; k < cols; k++) {
            t[m][k] = k < n ? c[k].negate() : BigInteger.ZERO;
        }
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            basis[i] = n + i;
        }
        BigInteger det = BigInteger.ONE;
        int degenerate = 0;
        while (true) {
            Cancellation.check();
            boolean bland = degenerate >= DEGENERATE_LIMIT;
            int enter = -1;
            BigInteger[] obj = t[m];
            for (int k = 0; k < n + m; k++) {
                if (obj[k].signum() < 0) {
                    if (bland) {
                        enter = k;
                        break;
                    }
                    if (enter < 0 || obj[k].compareTo(obj[enter]) < 0) {
                        enter = k;
                    }
                }
            }
            if (enter < 0) {
                break;
            }
            int leave = -1;
            for (int i = 0; i < m; i++) {
                if (t[i][enter].signum() <= 0) {
                    continue;
                }
                if (leave < 0) {
                    leave = i;
                    continue;
                }
                // compare t[i][rhs]/t[i][enter] with t[leave][rhs]/t[leave][enter]
                int cmp = t[i][rhs].multiply(t[leave][enter]).compareTo(t[leave][rhs].multiply(t[i][enter]));
                if (cmp < 0 || (cmp == 0 && basis[i] < basis[leave])) {
                    leave = i;
                }
            }
            if (leave < 0) {
                throw new ArithmeticException("the linear program is unbounded");
            }
            boolean degeneratePivot = t[leave][rhs].signum() == 0;
            degenerate = degeneratePivot ? degenerate + 1 : 0;
            BigInteger piv = t[leave][enter];
            BigInteger[] prow = t[leave];
            for (int i = 0; i <= m; i++) {
                if (i == leave) {
                    continue;
                }
                BigInteger[] row = t[i];
                BigInteger f = row[enter];
                for (int k = 0; k < cols; k++) {
                    BigInteger v = row[k].multiply(piv);
                    if (f.signum() != 0 && prow[k].signum() != 0) {
                        v = v.subtract(f.multiply(prow[k]));
                    }
                    row[k] = det.equals(BigInteger.ONE) ? v : v.divide(det);
                }
            }
            det = piv;
            basis[leave] = enter;
        }
        Rational[] x = new Rational[n];
        java.util.Arrays.fill(x, Rational.ZERO);
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                x[basis[i]] = Rational.of(t[i][rhs], det);
            }
        }
        Rational[] u = new Rational[m];
        for (int i = 0; i < m; i++) {
            u[i] = Rational.of(t[m][n + i], det);
        }
        return new Solution(x, u, Rational.of(t[m][rhs], det));
    }
}
