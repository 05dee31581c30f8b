package org.gtlab.solve.lh;

import org.gtlab.math.IntTableau;
import java.math.BigInteger;

import org.gtlab.math.Rational;

/**
 * An {@link LhSide} on an {@link IntTableau}: exact integer pivoting with the exact lexicographic
 * minimum-ratio test. The pivot determinant is kept positive (Lemke–Howson pivots are on positive
 * elements; a loaded basis is normalised), so signs of entries are signs of the rational tableau.
 */
final class LhExactSide extends LhSide {

    private final IntTableau t;

    LhExactSide(LhProblem problem, int side) {
        super(problem, side);
        int cols = problem.vars + 1;
        long[][] gl = problem.gLong(side);
        if (gl != null) {
            long[][] init = new long[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int s = 0; s < gl[r].length; s++) {
                    init[r][problem.structVar(side, s)] = gl[r][s];
                }
                init[r][lexVars[r]] = 1;
                init[r][rhs] = 1;
            }
            t = new IntTableau(init);
        } else {
            BigInteger[][] g = problem.g(side);
            BigInteger[][] init = new BigInteger[rows][cols];
            for (int r = 0; r < rows; r++) {
                java.util.Arrays.fill(init[r], BigInteger.ZERO);
                for (int s = 0; s < g[r].length; s++) {
                    init[r][problem.structVar(side, s)] = g[r][s];
                }
                init[r][lexVars[r]] = BigInteger.ONE;
                init[r][rhs] = BigInteger.ONE;
            }
            t = new IntTableau(init);
        }
    }

    @Override
    int ratioTest(int var) {
        int best = -1;
        for (int r = 0; r < rows; r++) {
            if (t.signum(r, var) > 0 && (best < 0 || lexLess(r, best, var))) {
                best = r;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("unbounded ray in a Lemke–Howson tableau (side " + side + ", var " + var + ")");
        }
        return best;
    }

    /** Is row r's ratio vector lexicographically smaller than row s's (both with positive entry in c)? */
    private boolean lexLess(int r, int s, int c) {
        int cmp = t.compareRatios(r, s, rhs, c);
        for (int k = 0; cmp == 0 && k < rows; k++) {
            cmp = -t.compareRatios(r, s, lexVars[k], c); // perturbation 1 − ε^k: the −B⁻¹ columns
        }
        if (cmp == 0) {
            throw new IllegalStateException("two tableau rows with equal lexicographic ratios: basis is singular");
        }
        return cmp < 0;
    }

    @Override
    void pivotNumbers(int row, int var) {
        t.pivot(row, var);
    }

    @Override
    int loadRow(int var, boolean[] basic) {
        for (int r = 0; r < rows; r++) {
            if (!basic[basicAt[r]] && t.signum(r, var) != 0) {
                return r;
            }
        }
        return -1;
    }

    @Override
    void afterLoad() {
        if (t.detSignum() < 0) {
            t.negate();
        }
    }

    /** Exact value of a variable in the current basic solution (0 when nonbasic). */
    Rational value(int var) {
        int r = rowOf[var];
        return r < 0 ? Rational.ZERO : Rational.of(t.get(r, rhs), t.det());
    }

    /** True once the integers have outgrown {@code long}. */
    boolean isBig() {
        return t.isBig();
    }
}
