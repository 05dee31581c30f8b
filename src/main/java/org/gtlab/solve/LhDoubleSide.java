package org.gtlab.solve;

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
 * Whatever the tolerances decide, the end point of a floating-point path is verified exactly
 * ({@link LhVerifier}) before it is used.
 */
final class LhDoubleSide extends LhSide {

    static final double ZERO = 1e-11;
    static final double CLEAR = 1e-8;

    private final double[][] t;
    private final int cols;
    private final int[] cand;
    private final double[] q;

    LhDoubleSide(LhProblem problem, int side) {
        super(problem, side);
        cols = problem.vars + 1;
        t = new double[rows][cols];
        double[][] g = problem.gDouble(side);
        for (int r = 0; r < rows; r++) {
            for (int s = 0; s < g[r].length; s++) {
                t[r][problem.structVar(side, s)] = g[r][s];
            }
            t[r][lexVars[r]] = 1;
            t[r][rhs] = 1;
        }
        cand = new int[rows];
        q = new double[rows];
    }

    @Override
    int ratioTest(int c) {
        double colMax = 0;
        for (int r = 0; r < rows; r++) {
            colMax = Math.max(colMax, Math.abs(t[r][c]));
        }
        int nc = 0;
        for (int r = 0; r < rows; r++) {
            double v = t[r][c];
            if (v >= CLEAR * colMax) {
                cand[nc++] = r;
            } else if (v > ZERO * colMax) {
                throw LhNumericTrouble.INSTANCE;
            }
        }
        if (nc == 0) {
            throw LhNumericTrouble.INSTANCE;
        }
        nc = keepMinima(nc, rhs, c, 1.0);
        for (int k = 0; nc > 1 && k < rows; k++) {
            nc = keepMinima(nc, lexVars[k], c, -1.0); // perturbation 1 − ε^k: the −B⁻¹ columns
        }
        if (nc != 1) {
            throw LhNumericTrouble.INSTANCE;
        }
        return cand[0];
    }

    /** Keeps the candidates with the minimal ratio {@code sign·t[r][k]/t[r][c]}; returns their number. */
    private int keepMinima(int nc, int k, int c, double sign) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < nc; i++) {
            int r = cand[i];
            q[i] = sign * t[r][k] / t[r][c];
            min = Math.min(min, q[i]);
        }
        int kept = 0;
        for (int i = 0; i < nc; i++) {
            double diff = q[i] - min;
            double scale = Math.max(1.0, Math.abs(q[i]));
            if (diff <= ZERO * scale) {
                cand[kept++] = cand[i];
            } else if (diff < CLEAR * scale) {
                throw LhNumericTrouble.INSTANCE;
            }
        }
        return kept;
    }

    @Override
    void pivotNumbers(int r, int c) {
        double[] pr = t[r];
        double inv = 1.0 / pr[c];
        for (int j = 0; j < cols; j++) {
            pr[j] *= inv;
        }
        pr[c] = 1.0;
        for (int i = 0; i < rows; i++) {
            if (i == r) {
                continue;
            }
            double[] row = t[i];
            double f = row[c];
            if (f != 0.0) {
                for (int j = 0; j < cols; j++) {
                    row[j] -= f * pr[j];
                }
                row[c] = 0.0;
            }
        }
    }

    @Override
    int loadRow(int var, boolean[] basic) {
        int best = -1;
        double bestAbs = 0;
        for (int r = 0; r < rows; r++) {
            double a = Math.abs(t[r][var]);
            if (!basic[basicAt[r]] && a > bestAbs) {
                best = r;
                bestAbs = a;
            }
        }
        return bestAbs > 1e-12 ? best : -1;
    }
}
