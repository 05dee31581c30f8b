package org.gtlab.chart.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Iso-lines and bands on a grid of cell values, for the overlay layer of a {@link HeatMapChart}.
 *
 * <p>Coordinates: a grid {@code v[r][c]} (r rows, c columns) holds the value at the centre of cell
 * (r, c), which lies at {@code (c + 0.5, r + 0.5)} in grid units (x along the columns, y along the rows,
 * the same orientation as the array). {@link #isoline} is marching squares (W. E. Lorensen, H. E.
 * Cline, "Marching cubes", SIGGRAPH 1987, in its 2-D form): every square of four neighbouring cell
 * centres whose corner values lie on both sides of the level contributes one or two segments, with end
 * points linearly interpolated along the square's edges ({@code t = (level − v0)/(v1 − v0)}); the two
 * ambiguous saddle cases are resolved by the mean of the four corners (the centre value). A corner
 * equal to the level counts as above it, so a level met exactly on a row of cells yields a line
 * through those cell centres. Squares with a NaN corner are skipped (a partial map has no contour in
 * its unknown part). The line is therefore accurate to within one cell for any field that is
 * monotone between neighbouring cell centres.
 *
 * <p>{@link #band} marks the cells whose value lies in {@code [lo, hi]} (NaN cells are never in a band);
 * {@link #outline} is the boundary between marked and unmarked cells along cell edges, in the same
 * grid units.
 */
public final class Contours {

    private Contours() {
    }

    /**
     * The level set of {@code v} at {@code level} as segments, flattened {@code x1, y1, x2, y2, …}
     * in grid units.
     *
     * @throws IllegalArgumentException for a ragged or empty grid, or a non-finite level
     */
    public static double[] isoline(double[][] v, double level) {
        check(v);
        if (!Double.isFinite(level)) {
            throw new IllegalArgumentException("contour level must be finite, got " + level);
        }
        int rows = v.length;
        int cols = v[0].length;
        List<double[]> out = new ArrayList<>();
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c + 1 < cols; c++) {
                // corners: 0 = (r, c) top-left, 1 = (r, c+1), 2 = (r+1, c+1), 3 = (r+1, c)
                double a = v[r][c];
                double b = v[r][c + 1];
                double d = v[r + 1][c + 1];
                double e = v[r + 1][c];
                if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(d) || Double.isNaN(e)) {
                    continue;
                }
                int k = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (d >= level ? 4 : 0) | (e >= level ? 8 : 0);
                if (k == 0 || k == 15) {
                    continue;
                }
                double x0 = c + 0.5;
                double y0 = r + 0.5;
                // edge points: top (a-b), right (b-d), bottom (e-d), left (a-e)
                double[] top = {x0 + frac(a, b, level), y0};
                double[] right = {x0 + 1, y0 + frac(b, d, level)};
                double[] bottom = {x0 + frac(e, d, level), y0 + 1};
                double[] left = {x0, y0 + frac(a, e, level)};
                boolean centreAbove = (a + b + d + e) / 4 >= level;
                switch (k) {
                    case 1, 14 -> out.add(seg(left, top));
                    case 2, 13 -> out.add(seg(top, right));
                    case 3, 12 -> out.add(seg(left, right));
                    case 4, 11 -> out.add(seg(right, bottom));
                    case 6, 9 -> out.add(seg(top, bottom));
                    case 7, 8 -> out.add(seg(left, bottom));
                    case 5 -> {
                        // a and d above, b and e below
                        if (centreAbove) {
                            out.add(seg(top, right));
                            out.add(seg(left, bottom));
                        } else {
                            out.add(seg(left, top));
                            out.add(seg(right, bottom));
                        }
                    }
                    case 10 -> {
                        // b and e above, a and d below
                        if (centreAbove) {
                            out.add(seg(left, top));
                            out.add(seg(right, bottom));
                        } else {
                            out.add(seg(top, right));
                            out.add(seg(left, bottom));
                        }
                    }
                    default -> throw new IllegalStateException("marching-squares case " + k);
                }
            }
        }
        double[] flat = new double[out.size() * 4];
        for (int i = 0; i < out.size(); i++) {
            System.arraycopy(out.get(i), 0, flat, 4 * i, 4);
        }
        return flat;
    }

    /** Cells with {@code lo ≤ v ≤ hi} (NaN never). @throws IllegalArgumentException if lo > hi or a bound is NaN */
    public static boolean[][] band(double[][] v, double lo, double hi) {
        check(v);
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            throw new IllegalArgumentException("band needs lo ≤ hi, got [" + lo + ", " + hi + "]");
        }
        boolean[][] in = new boolean[v.length][v[0].length];
        for (int r = 0; r < v.length; r++) {
            for (int c = 0; c < v[r].length; c++) {
                in[r][c] = v[r][c] >= lo && v[r][c] <= hi;
            }
        }
        return in;
    }

    /** The edges between marked and unmarked cells (and the grid's border around marked cells), flattened. */
    public static double[] outline(boolean[][] in) {
        int rows = in.length;
        int cols = rows == 0 ? 0 : in[0].length;
        List<double[]> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!in[r][c]) {
                    continue;
                }
                if (r == 0 || !in[r - 1][c]) {
                    out.add(new double[] {c, r, c + 1, r});
                }
                if (r == rows - 1 || !in[r + 1][c]) {
                    out.add(new double[] {c, r + 1, c + 1, r + 1});
                }
                if (c == 0 || !in[r][c - 1]) {
                    out.add(new double[] {c, r, c, r + 1});
                }
                if (c == cols - 1 || !in[r][c + 1]) {
                    out.add(new double[] {c + 1, r, c + 1, r + 1});
                }
            }
        }
        double[] flat = new double[out.size() * 4];
        for (int i = 0; i < out.size(); i++) {
            System.arraycopy(out.get(i), 0, flat, 4 * i, 4);
        }
        return flat;
    }

    private static double frac(double v0, double v1, double level) {
        double t = v1 == v0 ? 0.5 : (level - v0) / (v1 - v0);
        return Math.max(0, Math.min(1, t));
    }

    private static double[] seg(double[] p, double[] q) {
        return new double[] {p[0], p[1], q[0], q[1]};
    }

    private static void check(double[][] v) {
        if (v == null || v.length == 0 || v[0].length == 0) {
            throw new IllegalArgumentException("a contour needs a grid of at least one cell");
        }
        for (double[] row : v) {
            if (row.length != v[0].length) {
                throw new IllegalArgumentException("contour grid is ragged: rows of " + v[0].length + " and "
                        + row.length + " values");
            }
        }
    }
}
