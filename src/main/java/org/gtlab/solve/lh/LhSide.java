package org.gtlab.solve.lh;

import java.util.Arrays;

/**
 * One of the two Lemke–Howson tableaux (polytope P or Q of {@link LhProblem}) with its basis.
 * Columns are the {@code m+n} variables (0-based labels) followed by the right-hand side.
 * Subclasses hold the numbers (exact integers or doubles) and implement the lexicographic
 * minimum-ratio test: among rows with a positive entry in the entering column, the row whose
 * vector {@code (rhs, −B⁻¹ row) / entry} is lexicographically smallest leaves, where the columns of
 * B⁻¹ are the slack columns in row order. This is the symbolic perturbation
 * {@code rhs_c = 1 − ε^c} of constraint c = 1, 2, … (Dantzig, Orden, Wolfe 1955; von Stengel 2002,
 * §6); it makes every path unique and rules out cycling in degenerate games. The sign and order
 * are those of Gambit's Lemke–Howson tableau (its tie-break keeps the maximisers of
 * {@code B⁻¹ column / entry} on the negated system), so on degenerate games the same basis pairs
 * are reached as by {@code gambit-lcp}. Every basis along a path is lexicographically feasible:
 * each row {@code (rhs, −B⁻¹ row)} is lexicographically positive.
 */
abstract class LhSide {

    final LhProblem problem;
    final int side;
    final int rows;
    /** Index of the right-hand-side column. */
    final int rhs;
    /** The slack variable of each row, in row order: the lexicographic tie-break columns. */
    final int[] lexVars;
    final int[] basicAt;
    final int[] rowOf;

    LhSide(LhProblem problem, int side) {
        this.problem = problem;
        this.side = side;
        this.rows = problem.rows(side);
        this.rhs = problem.vars;
        this.lexVars = new int[rows];
        this.basicAt = new int[rows];
        this.rowOf = new int[problem.vars];
        for (int r = 0; r < rows; r++) {
            lexVars[r] = problem.slackVar(side, r);
        }
        resetBasis();
    }

    /** Back to the slack basis (the numbers are reset by the subclass). */
    final void resetBasis() {
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < rows; r++) {
            basicAt[r] = lexVars[r];
            rowOf[lexVars[r]] = r;
        }
    }

    /** The current basis as a set of variables. */
    final boolean[] basicSet() {
        boolean[] b = new boolean[problem.vars];
        for (int r = 0; r < rows; r++) {
            b[basicAt[r]] = true;
        }
        return b;
    }

    final boolean isBasic(int var) {
        return rowOf[var] >= 0;
    }

    /** The leaving row for entering variable {@code var} by the lexicographic minimum-ratio test. */
    abstract int ratioTest(int var);

    /** Updates the numbers for a pivot on {@code (row, var)}; the basis is updated by {@link #pivot}. */
    abstract void pivotNumbers(int row, int var);

    /** Pivots {@code var} into the basis in {@code row}; returns the variable that left. */
    final int pivot(int row, int var) {
        int leave = basicAt[row];
        pivotNumbers(row, var);
        basicAt[row] = var;
        rowOf[leave] = -1;
        rowOf[var] = row;
        return leave;
    }

    /**
     * Brings the tableau from the initial slack basis to the basis {@code basic} (a set of
     * {@code rows} variables of this side) by Gaussian elimination.
     *
     * @throws IllegalStateException if that basis is singular
     */
    final void load(boolean[] basic) {
        for (int v = 0; v < problem.vars; v++) {
            if (basic[v] && !isBasic(v)) {
                int r = loadRow(v, basic);
                if (r < 0) {
                    throw new IllegalStateException("singular basis in side " + side);
                }
                pivot(r, v);
            }
        }
        afterLoad();
    }

    /** A row whose basic variable is outside {@code basic} and that can pivot on {@code var}, or −1. */
    abstract int loadRow(int var, boolean[] basic);

    void afterLoad() {
    }

    /** Marks this side's basic variables in {@code out} starting at {@code offset}. */
    final void basisInto(java.util.BitSet out, int offset) {
        for (int r = 0; r < rows; r++) {
            out.set(offset + basicAt[r]);
        }
    }
}
