package org.gtlab.solve.lh;

/**
 * An {@link LhSide} in floating point, for speed. Pivoting is plain Gauss–Jordan on doubles (the
 * structural columns are scaled by {@link LhProblem#gDouble}, which changes neither the path nor
 * the lexicographic order). The lexicographic ratio test compares with tolerances and refuses to
 * guess: a comparison whose difference is neither clearly zero nor clearly nonzero throws
 * {@link LhNumericTrouble}, and the caller redoes the path exactly.
 *
 * <p>Tolerances (tableau entries are of order 1 after scaling): an entry of the entering column is
 * zero if {@code ≤ ZERO·colmax} and a candidate pivot if {@code ≥ CLEAR·colmax}; two ratios tie if
 * they differ by {@code ≤ ZERO·max(1, |q|)} and differ if by {@code ≥ CLEAR·max(1, |q|)}.
 * Round-off grows along long paths (true ties drift apart by about 1e-11 after a thousand pivots
 * on 100×100 games with payoffs 0..2), so the caller first {@link #refactor() refactors} and
 * retries an ambiguous test, and only then gives up. Whatever the tolerances decide, the end point
 * of a floating-point path is verified exactly ({@link LhVerifier}) before it is used.
 */
final class LhDoubleSide extends LhSide {

    static final double ZERO = 1e-11;
    static final double CLEAR = 1e-8;

    private final double zeroTol;
    private final double clearTol;

    /**
     * Compact tableau: {@code t[r][j]} is the coefficient of the nonbasic variable
     * {@code colVar[j]} in row r; column {@code ncols} is the right-hand side. The columns of basic
     * variables (unit vectors) are not stored, which halves the work per pivot.
     */
    private final double[][] t;
    private final int ncols;
    private final int[] colVar;
    private final int[] colOf;
    private final int[] cand;
    private final double[] q;

    LhDoubleSide(LhProblem problem, int side) {
        this(problem, side, ZERO, CLEAR);
    }

    /** With other tolerances (tests use a wide ambiguity band to exercise the exact single steps). */
    LhDoubleSide(LhProblem problem, int side, double zeroTol, double clearTol) {
        super(problem, side);
        this.zeroTol = zeroTol;
        this.clearTol = clearTol;
        ncols = problem.vars - rows;
        t = new double[rows][ncols + 1];
        colVar = new int[ncols];
        colOf = new int[problem.vars];
        java.util.Arrays.fill(colOf, -1);
        for (int s = 0; s < ncols; s++) {
            colVar[s] = problem.structVar(side, s);
            colOf[colVar[s]] = s;
        }
        cand = new int[rows];
        q = new double[rows];
        initNumbers();
    }

    private void initNumbers() {
        for (int s = 0; s < ncols; s++) {
            colVar[s] = problem.structVar(side, s);
        }
        java.util.Arrays.fill(colOf, -1);
        for (int s = 0; s < ncols; s++) {
            colOf[colVar[s]] = s;
        }
        double[][] g = problem.gDouble(side);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(g[r], 0, t[r], 0, ncols);
            t[r][ncols] = 1;
        }
    }

    /**
     * Recomputes the tableau of the current basis from the original coefficients (Gaussian
     * elimination with partial pivoting), discarding the round-off accumulated along the path.
     *
     * @throws LhNumericTrouble if the basis looks singular in floating point
     */
    void refactor() {
        boolean[] basis = basicSet();
        initNumbers();
        resetBasis();
        try {
            load(basis);
        } catch (IllegalStateException singular) {
            throw LhNumericTrouble.INSTANCE;
        }
    }

    @Override
    int ratioTest(int var) {
        int c = colOf[var];
        double colMax = 0;
        for (int r = 0; r < rows; r++) {
            colMax = Math.max(colMax, Math.abs(t[r][c]));
        }
        int nc = 0;
        for (int r = 0; r < rows; r++) {
            double v = t[r][c];
            if (v >= clearTol * colMax) {
                cand[nc++] = r;
            } else if (v > zeroTol * colMax) {
                throw LhNumericTrouble.INSTANCE;
            }
        }
        if (nc == 0) {
            throw LhNumericTrouble.INSTANCE;
        }
        nc = keepMinima(nc, -1, c, 1.0);
        for (int k = 0; nc > 1 && k < rows; k++) {
            nc = keepMinima(nc, lexVars[k], c, -1.0); // perturbation 1 − ε^k: the −B⁻¹ columns
        }
        if (nc != 1) {
            throw LhNumericTrouble.INSTANCE;
        }
        return cand[0];
    }

    /** Entry of the full tableau: row r, variable var (−1 for the right-hand side). */
    private double entry(int r, int var) {
        if (var < 0) {
            return t[r][ncols];
        }
        int j = colOf[var];
        if (j >= 0) {
            return t[r][j];
        }
        return rowOf[var] == r ? 1.0 : 0.0;
    }

    /**
     * Keeps the candidates with the minimal ratio {@code sign·entry(r, var)/t[r][c]} (var −1: the
     * right-hand side); returns their number.
     */
    private int keepMinima(int nc, int var, int c, double sign) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < nc; i++) {
            int r = cand[i];
            q[i] = sign * entry(r, var) / t[r][c];
            min = Math.min(min, q[i]);
        }
        int kept = 0;
        for (int i = 0; i < nc; i++) {
            double diff = q[i] - min;
            double scale = Math.max(1.0, Math.abs(q[i]));
            if (diff <= zeroTol * scale) {
                cand[kept++] = cand[i];
            } else if (diff < clearTol * scale) {
                throw LhNumericTrouble.INSTANCE;
            }
        }
        return kept;
    }

    /** Exchange step: the entering variable's column becomes the leaving variable's. */
    @Override
    void pivotNumbers(int r, int var) {
        int c = colOf[var];
        int leave = basicAt[r];
        double[] pr = t[r];
        double p = pr[c];
        double inv = 1.0 / p;
        int w = ncols + 1;
        for (int j = 0; j < w; j++) {
            pr[j] *= inv;
        }
        pr[c] = inv;
        for (int i = 0; i < rows; i++) {
            if (i == r) {
                continue;
            }
            double[] row = t[i];
            double f = row[c];
            if (f != 0.0) {
                for (int j = 0; j < w; j++) {
                    row[j] -= f * pr[j];
                }
                row[c] = -f * inv;
            }
        }
        colVar[c] = leave;
        colOf[leave] = c;
        colOf[var] = -1;
    }

    @Override
    int loadRow(int var, boolean[] basic) {
        int c = colOf[var];
        int best = -1;
        double bestAbs = 0;
        for (int r = 0; r < rows; r++) {
            double a = Math.abs(t[r][c]);
            if (!basic[basicAt[r]] && a > bestAbs) {
                best = r;
                bestAbs = a;
            }
        }
        return bestAbs > 1e-12 ? best : -1;
    }
}
