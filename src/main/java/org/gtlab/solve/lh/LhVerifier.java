package org.gtlab.solve.lh;

import org.gtlab.math.IntTableau;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;

/**
 * Exact check of a basis pair found by Lemke–Howson, independent of how it was found.
 *
 * <p>For one side with basic structural variables X and tight constraints J (rows whose slack is
 * nonbasic), the basic solution solves the square system {@code M z = 1} with
 * {@code M = G[J][X]} (fraction-free elimination, {@link IntTableau}); the other slacks are
 * {@code 1 − G[ρ][X]·z}. The pair is accepted when
 * <ol>
 * <li>it is complementary: no label has its variable basic on both sides (so every label
 * appears, all nonbasic variables being zero);</li>
 * <li>both basic solutions are feasible (all values ≥ 0) and not both zero;</li>
 * <li>every basic variable with value 0 has a lexicographically positive row
 * {@code (0, −B⁻¹ row)}, so the basis is a vertex of the perturbed polytope and exact
 * lexicographic pivoting may continue from it. With
 * {@code B = [[M, 0], [N, I]]} (rows J then the others, columns X then the basic slacks),
 * {@code B⁻¹ = [[M⁻¹, 0], [−N M⁻¹, I]]}.</li>
 * </ol>
 * A completely labelled feasible pair rescaled to probability vectors is a Nash equilibrium
 * (von Stengel 2002, Thm. 3.1): a pure strategy played with positive probability has slack 0,
 * i.e. earns the maximal payoff 1 against the other (scaled) strategy.
 */
final class LhVerifier {

    private LhVerifier() {
    }

    /** The basic solution of one side: structural values {@code num[s]/den}, {@code den > 0}. */
    record SidePoint(BigInteger[] num, BigInteger den) {
        boolean isZero() {
            for (BigInteger v : num) {
                if (v.signum() != 0) {
                    return false;
                }
            }
            return true;
        }

        /** The point divided by the sum of its coordinates (a probability vector). */
        MixedStrategy normalized() {
            BigInteger sum = BigInteger.ZERO;
            for (BigInteger v : num) {
                sum = sum.add(v);
            }
            Rational[] p = new Rational[num.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = Rational.of(num[i], sum);
            }
            return MixedStrategy.of(p);
        }
    }

    /**
     * The equilibrium of a basis pair ({@code basic[v]} for side 0, {@code basic[vars + v]} for
     * side 1), or null if the pair fails any check above or is the artificial equilibrium.
     */
    static StrategyProfile equilibrium(LhProblem p, java.util.BitSet key) {
        int v = p.vars;
        boolean[] b0 = new boolean[v];
        boolean[] b1 = new boolean[v];
        for (int i = 0; i < v; i++) {
            b0[i] = key.get(i);
            b1[i] = key.get(v + i);
            if (b0[i] && b1[i]) {
                return null;
            }
        }
        SidePoint x = side(p, 0, b0);
        if (x == null || x.isZero()) {
            return null;
        }
        SidePoint y = side(p, 1, b1);
        if (y == null || y.isZero()) {
            return null;
        }
        return StrategyProfile.of(x.normalized(), y.normalized());
    }

    /** The verified basic solution of one side, or null if singular, infeasible or not lex-feasible. */
    static SidePoint side(LhProblem p, int side, boolean[] basic) {
        int rowsR = p.rows(side);
        int sc = p.structCount(side);
        int count = 0;
        for (boolean bb : basic) {
            count += bb ? 1 : 0;
        }
        if (count != rowsR) {
            return null;
        }
        List<Integer> xs = new ArrayList<>();
        for (int s = 0; s < sc; s++) {
            if (basic[p.structVar(side, s)]) {
                xs.add(s);
            }
        }
        List<Integer> js = new ArrayList<>();
        int[] posInJ = new int[rowsR];
        for (int r = 0; r < rowsR; r++) {
            posInJ[r] = -1;
            if (!basic[p.slackVar(side, r)]) {
                posInJ[r] = js.size();
                js.add(r);
            }
        }
        int k = xs.size();
        if (js.size() != k) {
            return null;
        }
        BigInteger[][] g = columns(p, side, xs);
        BigInteger[] num = new BigInteger[sc];
        java.util.Arrays.fill(num, BigInteger.ZERO);
        if (k == 0) {
            return new SidePoint(num, BigInteger.ONE);
        }
        Solved sol = solve(g, xs, js, false);
        if (sol == null) {
            return null;
        }
        BigInteger den = sol.den;
        boolean degenerate = false;
        for (int ii = 0; ii < k; ii++) {
            int sg = sol.z[ii].signum();
            if (sg < 0) {
                return null;
            }
            degenerate |= sg == 0;
            num[xs.get(ii)] = sol.z[ii];
        }
        BigInteger[] slack = new BigInteger[rowsR];
        for (int r = 0; r < rowsR; r++) {
            if (posInJ[r] >= 0) {
                continue;
            }
            BigInteger s = den;
            for (int ii = 0; ii < k; ii++) {
                s = s.subtract(g[r][ii].multiply(sol.z[ii]));
            }
            if (s.signum() < 0) {
                return null;
            }
            degenerate |= s.signum() == 0;
            slack[r] = s;
        }
        if (degenerate && !lexFeasible(g, xs, js, posInJ, sol.z, slack, rowsR)) {
            return null;
        }
        return new SidePoint(num, den);
    }

    /**
     * The rows {@code (0, −B⁻¹ row)} of all zero-valued basic variables are lexicographically
     * positive (the perturbation is {@code 1 − ε^c}, see {@link LhSide}): the first nonzero entry
     * of the B⁻¹ row, in slack (row) order, is negative.
     */
    private static boolean lexFeasible(BigInteger[][] g, List<Integer> xs, List<Integer> js, int[] posInJ,
            BigInteger[] z, BigInteger[] slack, int rowsR) {
        Solved inv = solve(g, xs, js, true);
        int k = xs.size();
        for (int ii = 0; ii < k; ii++) {
            if (z[ii].signum() != 0) {
                continue;
            }
            // row of M⁻¹ (times det > 0) at the columns J, zero elsewhere; scan in row order
            int first = 0;
            for (int r = 0; r < rowsR && first == 0; r++) {
                if (posInJ[r] >= 0) {
                    first = inv.inverse[ii][posInJ[r]].signum();
                }
            }
            if (first >= 0) {
                return false;
            }
        }
        for (int r0 = 0; r0 < rowsR; r0++) {
            if (posInJ[r0] >= 0 || slack[r0].signum() != 0) {
                continue;
            }
            // row of [−N M⁻¹ | I] for the slack of row r0: −G[r0][X]·M⁻¹ at J, +1 at r0
            int first = 0;
            for (int r = 0; r < rowsR && first == 0; r++) {
                if (r == r0) {
                    first = 1;
                } else if (posInJ[r] >= 0) {
                    int jj = posInJ[r];
                    BigInteger s = BigInteger.ZERO;
                    for (int ii = 0; ii < k; ii++) {
                        s = s.subtract(g[r0][ii].multiply(inv.inverse[ii][jj]));
                    }
                    first = s.signum();
                }
            }
            if (first >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The coefficients {@code G[ρ][X[ii]]} of the basic structural variables, all rows. */
    static BigInteger[][] columns(LhProblem p, int side, List<Integer> xs) {
        int rowsR = p.rows(side);
        BigInteger[][] out = new BigInteger[rowsR][xs.size()];
        long[][] l = p.gLong(side);
        BigInteger[][] big = l == null ? p.g(side) : null;
        for (int r = 0; r < rowsR; r++) {
            for (int ii = 0; ii < out[r].length; ii++) {
                out[r][ii] = l != null ? BigInteger.valueOf(l[r][xs.get(ii)]) : big[r][xs.get(ii)];
            }
        }
        return out;
    }

    /**
     * Solution {@code z/den} of {@code M z = 1} with {@code M = g[J][0..k-1]} ({@code g} holds the
     * basic columns only), {@code den > 0}, and optionally {@code den·M⁻¹}; null if M is singular.
     */
    record Solved(BigInteger[] z, BigInteger den, BigInteger[][] inverse) {
    }

    static Solved solve(BigInteger[][] g, List<Integer> xs, List<Integer> js, boolean withInverse) {
        int k = xs.size();
        int cols = k + (withInverse ? k : 0) + 1;
        boolean small = true;
        long[][] l = new long[k][cols];
        BigInteger[][] bi = new BigInteger[k][cols];
        for (int jj = 0; jj < k; jj++) {
            for (int ii = 0; ii < k; ii++) {
                BigInteger v = g[js.get(jj)][ii];
                bi[jj][ii] = v;
                if (v.bitLength() < 62) {
                    l[jj][ii] = v.longValue();
                } else {
                    small = false;
                }
            }
            for (int c = k; c < cols; c++) {
                bi[jj][c] = BigInteger.ZERO;
            }
            if (withInverse) {
                bi[jj][k + jj] = BigInteger.ONE;
                l[jj][k + jj] = 1;
            }
            bi[jj][cols - 1] = BigInteger.ONE;
            l[jj][cols - 1] = 1;
        }
        IntTableau t = small ? new IntTableau(l) : new IntTableau(bi);
        int[] rowOfVar = new int[k];
        boolean[] used = new boolean[k];
        for (int ii = 0; ii < k; ii++) {
            int row = -1;
            for (int r = 0; r < k; r++) {
                if (!used[r] && t.signum(r, ii) != 0) {
                    row = r;
                    break;
                }
            }
            if (row < 0) {
                return null;
            }
            t.pivot(row, ii);
            used[row] = true;
            rowOfVar[ii] = row;
        }
        BigInteger det = t.det();
        boolean neg = det.signum() < 0;
        BigInteger[] z = new BigInteger[k];
        BigInteger[][] inverse = withInverse ? new BigInteger[k][k] : null;
        for (int ii = 0; ii < k; ii++) {
            BigInteger v = t.get(rowOfVar[ii], cols - 1);
            z[ii] = neg ? v.negate() : v;
            if (withInverse) {
                for (int jj = 0; jj < k; jj++) {
                    BigInteger w = t.get(rowOfVar[ii], k + jj);
                    inverse[ii][jj] = neg ? w.negate() : w;
                }
            }
        }
        return new Solved(z, det.abs(), inverse);
    }
}
