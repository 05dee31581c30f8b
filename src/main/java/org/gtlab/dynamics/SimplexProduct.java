package org.gtlab.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The state space of a population dynamic: a product of probability simplices
 * {@code Δ_{K_1} × … × Δ_{K_P}}, stored as one flat {@code double[]} (population 1's shares first).
 * One population of a symmetric game has one simplex; a two-population (bimatrix) dynamic has
 * {@code Δ_m × Δ_n}. Immutable.
 */
public final class SimplexProduct {

    private final int[] sizes;
    private final int[] offsets;
    private final int dimension;

    private SimplexProduct(int[] sizes) {
        if (sizes.length == 0) {
            throw new IllegalArgumentException("a state space needs at least one population");
        }
        this.sizes = sizes.clone();
        this.offsets = new int[sizes.length];
        int d = 0;
        for (int p = 0; p < sizes.length; p++) {
            if (sizes[p] < 1) {
                throw new IllegalArgumentException("population " + (p + 1) + " needs at least one strategy, got "
                        + sizes[p]);
            }
            offsets[p] = d;
            d += sizes[p];
        }
        this.dimension = d;
    }

    /** The product of simplices with the given numbers of strategies. */
    public static SimplexProduct of(int... sizes) {
        return new SimplexProduct(sizes);
    }

    public int populations() {
        return sizes.length;
    }

    /** Number of strategies of population p. */
    public int size(int p) {
        return sizes[p];
    }

    /** All population sizes (a copy). */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Index of population p's first share in the flat state. */
    public int offset(int p) {
        return offsets[p];
    }

    /** Length of the flat state, {@code Σ K_p}. */
    public int dimension() {
        return dimension;
    }

    /** Dimension of the manifold, {@code Σ (K_p − 1)}. */
    public int tangentDimension() {
        return dimension - sizes.length;
    }

    /** The flat state as one array per population (copies). */
    public double[][] split(double[] x) {
        checkLength(x);
        double[][] s = new double[sizes.length][];
        for (int p = 0; p < sizes.length; p++) {
            s[p] = Arrays.copyOfRange(x, offsets[p], offsets[p] + sizes[p]);
        }
        return s;
    }

    /** The per-population arrays as one flat state (checked for shape only). */
    public double[] join(double[][] parts) {
        if (parts.length != sizes.length) {
            throw new IllegalArgumentException("state for " + parts.length + " populations, expected " + sizes.length);
        }
        double[] x = new double[dimension];
        for (int p = 0; p < sizes.length; p++) {
            if (parts[p].length != sizes[p]) {
                throw new IllegalArgumentException("population " + (p + 1) + " has " + sizes[p] + " strategies, got "
                        + parts[p].length + " shares");
            }
            System.arraycopy(parts[p], 0, x, offsets[p], sizes[p]);
        }
        return x;
    }

    /** The state with every population uniform (the barycentre). */
    public double[] barycentre() {
        double[] x = new double[dimension];
        for (int p = 0; p < sizes.length; p++) {
            Arrays.fill(x, offsets[p], offsets[p] + sizes[p], 1.0 / sizes[p]);
        }
        return x;
    }

    /**
     * True if every share is ≥ −tol and every population's shares sum to 1 within tol.
     */
    public boolean contains(double[] x, double tol) {
        if (x.length != dimension) {
            return false;
        }
        for (int p = 0; p < sizes.length; p++) {
            double s = 0;
            for (int i = offsets[p]; i < offsets[p] + sizes[p]; i++) {
                if (!(x[i] >= -tol)) {
                    return false;
                }
                s += x[i];
            }
            if (!(Math.abs(s - 1) <= tol)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a state supplied from outside.
     *
     * @throws IllegalArgumentException naming the population and entry that is wrong
     */
    public void check(double[] x, double tol) {
        checkLength(x);
        for (int p = 0; p < sizes.length; p++) {
            double s = 0;
            for (int i = offsets[p]; i < offsets[p] + sizes[p]; i++) {
                if (!Double.isFinite(x[i]) || x[i] < -tol) {
                    throw new IllegalArgumentException("population " + (p + 1) + ", share " + (i - offsets[p] + 1)
                            + " is " + x[i] + "; shares must be finite and ≥ 0");
                }
                s += x[i];
            }
            if (Math.abs(s - 1) > tol) {
                throw new IllegalArgumentException("population " + (p + 1) + "'s shares sum to " + s + ", expected 1");
            }
        }
    }

    /**
     * Euclidean projection of each population's block onto its simplex (Held, Wolfe and Crowder
     * 1974; Duchi, Shalev-Shwartz, Singer and Chandra 2008, ICML): {@code max(x_i − τ, 0)} with the
     * threshold τ that makes the block sum to 1.
     */
    public double[] project(double[] x) {
        checkLength(x);
        double[] y = x.clone();
        for (int p = 0; p < sizes.length; p++) {
            int off = offsets[p];
            int k = sizes[p];
            double[] u = Arrays.copyOfRange(x, off, off + k);
            Arrays.sort(u);
            double cum = 0;
            double tau = 0;
            for (int j = k - 1; j >= 0; j--) {
                cum += u[j];
                double t = (cum - 1) / (k - j);
                if (j == 0 || u[j - 1] <= t) {
                    tau = t;
                    break;
                }
            }
            for (int i = off; i < off + k; i++) {
                y[i] = Math.max(x[i] - tau, 0);
            }
        }
        return y;
    }

    /**
     * A regular grid of states: in each population the points whose shares are multiples of
     * {@code 1/resolution} ({@code C(resolution + K − 1, K − 1)} points), combined over populations
     * (population 1 varying fastest). For one 3-strategy population this is the triangular lattice
     * of the simplex; for two 2-strategy populations the square lattice of the unit square
     * ({@code (x_1, y_1)}); for one 2-strategy population the points of the unit interval.
     *
     * @throws IllegalArgumentException if {@code resolution < 1} or the grid would exceed 10⁶ points
     */
    public List<double[]> grid(int resolution) {
        if (resolution < 1) {
            throw new IllegalArgumentException("grid resolution must be ≥ 1, got " + resolution);
        }
        List<List<double[]>> perPop = new ArrayList<>();
        long total = 1;
        for (int size : sizes) {
            List<double[]> pts = new ArrayList<>();
            compositions(size, resolution, new int[size], 0, resolution, pts);
            perPop.add(pts);
            total *= pts.size();
            if (total > 1_000_000) {
                throw new IllegalArgumentException("grid of resolution " + resolution + " on " + Arrays.toString(sizes)
                        + " has more than 10⁶ points");
            }
        }
        List<double[]> out = new ArrayList<>((int) total);
        int[] idx = new int[sizes.length];
        for (long c = 0; c < total; c++) {
            double[] x = new double[dimension];
            for (int p = 0; p < sizes.length; p++) {
                System.arraycopy(perPop.get(p).get(idx[p]), 0, x, offsets[p], sizes[p]);
            }
            out.add(x);
            for (int p = 0; p < sizes.length; p++) {
                if (++idx[p] < perPop.get(p).size()) {
                    break;
                }
                idx[p] = 0;
            }
        }
        return out;
    }

    private static void compositions(int k, int n, int[] parts, int i, int left, List<double[]> out) {
        if (i == k - 1) {
            parts[i] = left;
            double[] x = new double[k];
            for (int j = 0; j < k; j++) {
                x[j] = (double) parts[j] / n;
            }
            out.add(x);
            return;
        }
        for (int v = left; v >= 0; v--) {
            parts[i] = v;
            compositions(k, n, parts, i + 1, left - v, out);
        }
    }

    private void checkLength(double[] x) {
        if (x.length != dimension) {
            throw new IllegalArgumentException("state has " + x.length + " entries, expected " + dimension + " for "
                    + Arrays.toString(sizes));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimplexProduct && Arrays.equals(sizes, ((SimplexProduct) o).sizes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return "SimplexProduct" + Arrays.toString(sizes);
    }
}
