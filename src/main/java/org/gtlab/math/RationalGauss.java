package org.gtlab.math;

/**
 * Exact solution of a square linear system over the rationals by Gauss–Jordan elimination with
 * first-non-zero pivoting (exact arithmetic needs no partial pivoting for stability). Used where a
 * support system of an equilibrium is linear: the logit limit's exact refinement and the N-player
 * support enumeration when at most two players mix.
 */
public final class RationalGauss {

    private RationalGauss() {
    }

    /**
     * Solves the m × m system held in the augmented m × (m + 1) matrix {@code a} (the right-hand side
     * in column m). The matrix is overwritten.
     *
     * @return the unique solution, or null when the system is singular (no pivot in some column)
     */
    public static Rational[] solve(Rational[][] a, int m) {
        for (int c = 0; c < m; c++) {
            int piv = -1;
            for (int r = c; r < m; r++) {
                if (!a[r][c].isZero()) {
                    piv = r;
                    break;
                }
            }
            if (piv < 0) {
                return null;
            }
            Rational[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            Rational inv = a[c][c].reciprocal();
            for (int k = c; k <= m; k++) {
                a[c][k] = a[c][k].multiply(inv);
            }
            for (int r = 0; r < m; r++) {
                if (r != c && !a[r][c].isZero()) {
                    Rational f = a[r][c];
                    for (int k = c; k <= m; k++) {
                        a[r][k] = a[r][k].subtract(f.multiply(a[c][k]));
                    }
                }
            }
        }
        Rational[] x = new Rational[m];
        for (int r = 0; r < m; r++) {
            x[r] = a[r][m];
        }
        return x;
    }
}
