package org.gtlab.solve.vertex;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;

/**
 * Test oracle, independent of the solver's code: the extreme equilibria of a small bimatrix game
 * by brute force over all label sets. Every vertex of P (dimension m) is the unique solution of
 * some m of its tight constraints with independent normals, so trying every m-subset of the m+n
 * labels, solving the square system over the rationals and keeping the feasible solutions finds
 * all vertices; the same for Q; then every vertex pair ≠ (0, 0) whose complete label sets cover
 * all labels is an extreme equilibrium. Cost C(m+n, m)·m³: for games up to about 6×6.
 */
final class BruteForceExtremeEquilibria {

    private BruteForceExtremeEquilibria() {
    }

    static Set<StrategyProfile> of(NormalFormGame g) {
        int m = g.numStrategies(0);
        int n = g.numStrategies(1);
        Rational[][] a = positive(g.matrix(0));
        Rational[][] b = positive(g.matrix(1));
        // P: unknown x (m); constraint rows j: sum_i b[i][j] x_i <= 1 (label m+j); x_i >= 0 (label i)
        Rational[][] cp = new Rational[n][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                cp[j][i] = b[i][j];
            }
        }
        int[] labP = new int[m + n];
        for (int v = 0; v < m + n; v++) {
            labP[v] = v;
        }
        int[] labQ = new int[m + n];
        for (int j = 0; j < n; j++) {
            labQ[j] = m + j;
        }
        for (int i = 0; i < m; i++) {
            labQ[n + i] = i;
        }
        Map<List<Rational>, BitSet> vp = vertices(cp, labP);
        Map<List<Rational>, BitSet> vq = vertices(a, labQ);
        Set<StrategyProfile> out = new TreeSet<>();
        for (Map.Entry<List<Rational>, BitSet> x : vp.entrySet()) {
            if (isZero(x.getKey())) {
                continue;
            }
            for (Map.Entry<List<Rational>, BitSet> y : vq.entrySet()) {
                if (isZero(y.getKey())) {
                    continue;
                }
                BitSet u = (BitSet) x.getValue().clone();
                u.or(y.getValue());
                if (u.cardinality() == m + n) {
                    out.add(StrategyProfile.of(MixedStrategy.normalize(x.getKey().toArray(new Rational[0])),
                            MixedStrategy.normalize(y.getKey().toArray(new Rational[0]))));
                }
            }
        }
        return out;
    }

    private static boolean isZero(List<Rational> z) {
        return z.stream().allMatch(Rational::isZero);
    }

    private static Rational[][] positive(Rational[][] mat) {
        Rational min = mat[0][0];
        for (Rational[] r : mat) {
            for (Rational v : r) {
                min = min.min(v);
            }
        }
        Rational[][] out = new Rational[mat.length][];
        for (int i = 0; i < mat.length; i++) {
            out[i] = new Rational[mat[i].length];
            for (int j = 0; j < mat[i].length; j++) {
                out[i][j] = mat[i][j].subtract(min).add(Rational.ONE);
            }
        }
        return out;
    }

    /** Vertices of {z ≥ 0, C z ≤ 1} (C: h × d) with their complete label sets. */
    private static Map<List<Rational>, BitSet> vertices(Rational[][] c, int[] lab) {
        int h = c.length;
        int d = c[0].length;
        Map<List<Rational>, BitSet> out = new HashMap<>();
        int total = d + h;
        for (int[] subset : subsets(total, d)) {
            // equations: z_v = 0 for v < d in subset; row (v - d) tight for v >= d
            Rational[][] eq = new Rational[d][d + 1];
            for (int e = 0; e < d; e++) {
                int v = subset[e];
                for (int k = 0; k <= d; k++) {
                    eq[e][k] = Rational.ZERO;
                }
                if (v < d) {
                    eq[e][v] = Rational.ONE;
                } else {
                    for (int k = 0; k < d; k++) {
                        eq[e][k] = c[v - d][k];
                    }
                    eq[e][d] = Rational.ONE;
                }
            }
            Rational[] z = solveSquare(eq, d);
            if (z == null) {
                continue;
            }
            BitSet labels = new BitSet();
            boolean feasible = true;
            for (int k = 0; k < d && feasible; k++) {
                int s = z[k].signum();
                feasible = s >= 0;
                if (s == 0) {
                    labels.set(lab[k]);
                }
            }
            for (int i = 0; i < h && feasible; i++) {
                Rational lhs = Rational.ZERO;
                for (int k = 0; k < d; k++) {
                    lhs = lhs.add(c[i][k].multiply(z[k]));
                }
                int cmp = lhs.compareTo(Rational.ONE);
                feasible = cmp <= 0;
                if (cmp == 0) {
                    labels.set(lab[d + i]);
                }
            }
            if (feasible) {
                out.put(List.of(z), labels);
            }
        }
        return out;
    }

    private static Rational[] solveSquare(Rational[][] eq, int d) {
        for (int col = 0; col < d; col++) {
            int piv = -1;
            for (int r = col; r < d; r++) {
                if (!eq[r][col].isZero()) {
                    piv = r;
                    break;
                }
            }
            if (piv < 0) {
                return null;
            }
            Rational[] t = eq[piv];
            eq[piv] = eq[col];
            eq[col] = t;
            Rational inv = eq[col][col].reciprocal();
            for (int k = col; k <= d; k++) {
                eq[col][k] = eq[col][k].multiply(inv);
            }
            for (int r = 0; r < d; r++) {
                if (r != col && !eq[r][col].isZero()) {
                    Rational f = eq[r][col];
                    for (int k = col; k <= d; k++) {
                        eq[r][k] = eq[r][k].subtract(f.multiply(eq[col][k]));
                    }
                }
            }
        }
        Rational[] z = new Rational[d];
        for (int k = 0; k < d; k++) {
            z[k] = eq[k][d];
        }
        return z;
    }

    private static List<int[]> subsets(int n, int k) {
        List<int[]> out = new ArrayList<>();
        int[] s = new int[k];
        for (int i = 0; i < k; i++) {
            s[i] = i;
        }
        while (true) {
            out.add(s.clone());
            int i = k - 1;
            while (i >= 0 && s[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                return out;
            }
            s[i]++;
            for (int j = i + 1; j < k; j++) {
                s[j] = s[j - 1] + 1;
            }
        }
    }
}
