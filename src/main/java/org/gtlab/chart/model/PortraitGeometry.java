package org.gtlab.chart.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of {@link PortraitChart}s: natural coordinates to the plane and back, and the
 * sampling lattices used for basins.
 *
 * <p>Plane coordinates (before scaling to the page; y upwards):
 * <ul>
 *   <li>{@link PortraitChart.Kind#SIMPLEX}: the equilateral triangle of side 1 with vertex
 *       e₁ = (1/2, √3/2) at the top, e₂ = (0, 0) bottom left, e₃ = (1, 0) bottom right; a state
 *       {@code x} maps to {@code x₁ e₁ + x₂ e₂ + x₃ e₃} (barycentric coordinates). The inverse is
 *       {@code x₁ = 2v/√3, x₃ = u − x₁/2, x₂ = 1 − x₁ − x₃}.</li>
 *   <li>{@link PortraitChart.Kind#SQUARE}: {@code (x₁, y₁) ↦ (x₁, y₁)} in the unit square.</li>
 *   <li>{@link PortraitChart.Kind#LINE}: {@code x₁ ↦ (x₁, 0)}.</li>
 * </ul>
 * A velocity (tangent vector) maps by the linear part of the same map; in the simplex its
 * coordinates sum to 0, so the plane direction does not depend on which affine chart is used.
 */
public final class PortraitGeometry {

    /** Height of the unit triangle, √3/2. */
    public static final double TRIANGLE_HEIGHT = Math.sqrt(3) / 2;

    private PortraitGeometry() {
    }

    /** The plane point of natural coordinates {@code x}. */
    public static double[] toPlane(PortraitChart.Kind kind, double[] x) {
        return switch (kind) {
            case SIMPLEX -> new double[] {0.5 * x[0] + x[2], TRIANGLE_HEIGHT * x[0]};
            case SQUARE -> new double[] {x[0], x[1]};
            case LINE -> new double[] {x[0], 0};
        };
    }

    /** The plane direction of a velocity {@code v} in natural coordinates. */
    public static double[] directionToPlane(PortraitChart.Kind kind, double[] v) {
        return switch (kind) {
            // linear part of x ↦ x₁e₁ + x₂e₂ + x₃e₃ with e₂ = 0
            case SIMPLEX -> new double[] {0.5 * v[0] + v[2], TRIANGLE_HEIGHT * v[0]};
            case SQUARE -> new double[] {v[0], v[1]};
            case LINE -> new double[] {v[0], 0};
        };
    }

    /**
     * Natural coordinates of a plane point (the inverse of {@link #toPlane}; for LINE the y
     * coordinate is ignored). The result may lie outside the state space; see {@link #inside}.
     */
    public static double[] toNatural(PortraitChart.Kind kind, double u, double v) {
        return switch (kind) {
            case SIMPLEX -> {
                double x1 = v / TRIANGLE_HEIGHT;
                double x3 = u - 0.5 * x1;
                yield new double[] {x1, 1 - x1 - x3, x3};
            }
            case SQUARE -> new double[] {u, v};
            case LINE -> new double[] {u};
        };
    }

    /** True if every coordinate is in [−tol, 1 + tol] (and, for the simplex, they sum to 1 within tol). */
    public static boolean inside(PortraitChart.Kind kind, double[] x, double tol) {
        double sum = 0;
        for (double c : x) {
            if (!(c >= -tol && c <= 1 + tol)) {
                return false;
            }
            sum += c;
        }
        return kind != PortraitChart.Kind.SIMPLEX || Math.abs(sum - 1) <= tol;
    }

    /** The nearest point of the state space: coordinates clipped to [0, 1] (simplex: then renormalised). */
    public static double[] clamp(PortraitChart.Kind kind, double[] x) {
        double[] y = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.min(1, Math.max(0, x[i]));
            sum += y[i];
        }
        if (kind == PortraitChart.Kind.SIMPLEX) {
            for (int i = 0; i < y.length; i++) {
                y[i] = sum > 0 ? y[i] / sum : 1.0 / y.length;
            }
        }
        return y;
    }

    /** Number of lattice points of resolution n. */
    public static int latticeSize(PortraitChart.Kind kind, int n) {
        checkResolution(n);
        return switch (kind) {
            case SIMPLEX -> (n + 1) * (n + 2) / 2;
            case SQUARE -> (n + 1) * (n + 1);
            case LINE -> n + 1;
        };
    }

    /**
     * The lattice of resolution n in natural coordinates, in a fixed order:
     * <ul>
     *   <li>SIMPLEX: {@code (a/n, b/n, (n − a − b)/n)} for a = 0 … n, then b = 0 … n − a;</li>
     *   <li>SQUARE: {@code (i/n, j/n)} for j = 0 … n, then i = 0 … n (x varies fastest);</li>
     *   <li>LINE: {@code i/n} for i = 0 … n.</li>
     * </ul>
     */
    public static List<double[]> lattice(PortraitChart.Kind kind, int n) {
        checkResolution(n);
        List<double[]> out = new ArrayList<>(latticeSize(kind, n));
        switch (kind) {
            case SIMPLEX -> {
                for (int a = 0; a <= n; a++) {
                    for (int b = 0; b <= n - a; b++) {
                        out.add(new double[] {(double) a / n, (double) b / n, (double) (n - a - b) / n});
                    }
                }
            }
            case SQUARE -> {
                for (int j = 0; j <= n; j++) {
                    for (int i = 0; i <= n; i++) {
                        out.add(new double[] {(double) i / n, (double) j / n});
                    }
                }
            }
            case LINE -> {
                for (int i = 0; i <= n; i++) {
                    out.add(new double[] {(double) i / n});
                }
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }

    /** Index in {@link #lattice(PortraitChart.Kind, int)} of simplex lattice point (a, b). */
    public static int simplexIndex(int n, int a, int b) {
        // rows a' < a hold n − a' + 1 points each
        return a * (n + 1) - a * (a - 1) / 2 + b;
    }

    /**
     * The cells of the lattice as lists of lattice indices: the n² small triangles of the simplex
     * (upward (a,b),(a+1,b),(a,b+1) and downward (a+1,b),(a+1,b+1),(a,b+1)); the 2n² triangles of the
     * square (each small square cut along its rising diagonal, so that the majority rule of
     * {@link PortraitChart.Basins#cellLabel} always has a majority and basin boundaries follow
     * diagonals instead of staircases); the n segments of the line.
     */
    public static List<int[]> cells(PortraitChart.Kind kind, int n) {
        checkResolution(n);
        List<int[]> out = new ArrayList<>();
        switch (kind) {
            case SIMPLEX -> {
                for (int a = 0; a < n; a++) {
                    for (int b = 0; a + b < n; b++) {
                        out.add(new int[] {simplexIndex(n, a, b), simplexIndex(n, a + 1, b), simplexIndex(n, a, b + 1)});
                        if (a + b <= n - 2) {
                            out.add(new int[] {simplexIndex(n, a + 1, b), simplexIndex(n, a + 1, b + 1),
                                    simplexIndex(n, a, b + 1)});
                        }
                    }
                }
            }
            case SQUARE -> {
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < n; i++) {
                        int k = j * (n + 1) + i;
                        out.add(new int[] {k, k + 1, k + n + 2});
                        out.add(new int[] {k, k + n + 2, k + n + 1});
                    }
                }
            }
            case LINE -> {
                for (int i = 0; i < n; i++) {
                    out.add(new int[] {i, i + 1});
                }
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }

    private static void checkResolution(int n) {
        if (n < 1 || n > 2000) {
            throw new IllegalArgumentException("lattice resolution must be between 1 and 2000, got " + n);
        }
    }
}
