package org.gtlab.repeated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.gtlab.solve.lp.ZeroSumLp;

/**
 * The folk-theorem picture of a stage game: the feasible payoff set (the convex hull of the pure
 * payoff pairs (u1(r,c), u2(r,c))) and the minmax values v1 = min_y max_r (A y)_r and
 * v2 = min_x max_c (xᵀB)_c in mixed strategies (each a zero-sum LP, {@link ZeroSumLp#solve}). The
 * feasible and individually rational region is the part of the hull with u1 ≥ v1 and u2 ≥ v2
 * (Fudenberg &amp; Maskin 1986: with patient players every such strictly-IR point is an average payoff
 * of a subgame-perfect equilibrium).
 */
public final class PayoffRegion {

    private final double[][] hull;
    private final double v1;
    private final double v2;

    private PayoffRegion(double[][] hull, double v1, double v2) {
        this.hull = hull;
        this.v1 = v1;
        this.v2 = v2;
    }

    /** The region of a stage game. */
    public static PayoffRegion of(StageGame g) {
        List<double[]> pts = new ArrayList<>();
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                pts.add(new double[] {g.u1(r, c), g.u2(r, c)});
            }
        }
        double[][] a = g.payoffs1();
        double[][] b = g.payoffs2();
        double[][] bt = new double[g.cols()][g.rows()];
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                bt[c][r] = b[r][c];
            }
        }
        double m1 = ZeroSumLp.solve(a).value();
        double m2 = ZeroSumLp.solve(bt).value();
        return new PayoffRegion(convexHull(pts), m1, m2);
    }

    /** Hull vertices counter-clockwise (Andrew's monotone chain), without repetition. */
    static double[][] convexHull(List<double[]> points) {
        List<double[]> p = new ArrayList<>(points);
        p.sort(Comparator.<double[]>comparingDouble(x -> x[0]).thenComparingDouble(x -> x[1]));
        List<double[]> unique = new ArrayList<>();
        for (double[] x : p) {
            if (unique.isEmpty() || !Arrays.equals(unique.get(unique.size() - 1), x)) {
                unique.add(x);
            }
        }
        if (unique.size() <= 2) {
            return unique.toArray(new double[0][]);
        }
        double[][] h = new double[2 * unique.size()][];
        int k = 0;
        for (double[] x : unique) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], x) <= 0) {
                k--;
            }
            h[k++] = x;
        }
        for (int i = unique.size() - 2, t = k + 1; i >= 0; i--) {
            double[] x = unique.get(i);
            while (k >= t && cross(h[k - 2], h[k - 1], x) <= 0) {
                k--;
            }
            h[k++] = x;
        }
        return Arrays.copyOf(h, k - 1);
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    /** Vertices of the feasible set, counter-clockwise. */
    public double[][] hull() {
        double[][] c = new double[hull.length][];
        for (int i = 0; i < hull.length; i++) {
            c[i] = hull[i].clone();
        }
        return c;
    }

    /** Player 1's minmax value. */
    public double minmax1() {
        return v1;
    }

    /** Player 2's minmax value. */
    public double minmax2() {
        return v2;
    }

    /** True if (x, y) is feasible (in the hull, within 1e-9). */
    public boolean feasible(double x, double y) {
        if (hull.length == 1) {
            return Math.abs(x - hull[0][0]) < 1e-9 && Math.abs(y - hull[0][1]) < 1e-9;
        }
        for (int i = 0; i < hull.length; i++) {
            double[] a = hull[i];
            double[] b = hull[(i + 1) % hull.length];
            if (cross(a, b, new double[] {x, y}) < -1e-9) {
                return false;
            }
        }
        return true;
    }

    /** True if (x, y) is feasible and individually rational (x ≥ v1, y ≥ v2). */
    public boolean feasibleAndRational(double x, double y) {
        return feasible(x, y) && x >= v1 - 1e-9 && y >= v2 - 1e-9;
    }
}
