package org.gtlab.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.gtlab.math.Cancellation;
import org.gtlab.math.Rng;

/**
 * Numerical rest points of a vector field on a product of simplices, with their linear stability.
 *
 * <p>Method: for every face of the state space (a non-empty support per population; all
 * {@code Π_p (2^{K_p} − 1)} faces up to {@link Options#maxFaces}, otherwise only the interior and the
 * vertices) a damped Newton iteration solves {@code F_i(x) = 0} for the support coordinates of the
 * face, in the face's own coordinates (the last support share of each population is 1 minus the
 * others), from the face's barycentre and {@link Options#startsPerFace} − 1 seeded random points of
 * the face; and a second Newton iteration in the interior coordinates starts from each of these points
 * pulled 5 % toward the barycentre (finding interior rest points near the boundary, e.g. logit QREs
 * near the vertices). The Jacobian is taken by central differences (h = 1e-7). A candidate is kept if it lies in
 * the simplices (shares ≥ −1e-9, then clipped at 0) and the full residual {@code max_i |F_i(x)|} is at
 * most {@link Options#residualTolerance}; candidates closer than 1e-7 (max-norm) are merged.
 * Boundary rest points are found for dynamics that keep faces invariant (replicator); for the
 * others the off-support components of F are non-zero on the boundary, so only genuine rest points
 * pass the residual test.
 *
 * <p>Stability: eigenvalues of the Jacobian restricted to the tangent space (basis
 * {@code e_i − e_{K_p}} per population; central differences, h = 1e-6; Commons Math
 * {@link EigenDecomposition}), classified by {@link RestPoint}. For the discontinuous best-response
 * dynamic Newton rarely converges; its rest points are the Nash equilibria — use a solver.
 */
public final class RestPoints {

    /**
     * Search settings.
     *
     * @param residualTolerance largest accepted {@code max_i |F_i(x)|}
     * @param stabilityTolerance τ of {@link RestPoint}'s classification
     * @param startsPerFace Newton starts per face (≥ 1)
     * @param maxFaces largest number of faces searched exhaustively
     * @param seed seed of the random starts
     */
    public record Options(double residualTolerance, double stabilityTolerance, int startsPerFace, int maxFaces,
            long seed) {

        public Options {
            if (!(residualTolerance > 0) || !(stabilityTolerance > 0) || startsPerFace < 1 || maxFaces < 1) {
                throw new IllegalArgumentException("rest-point options must be positive: residualTolerance = "
                        + residualTolerance + ", stabilityTolerance = " + stabilityTolerance + ", startsPerFace = "
                        + startsPerFace + ", maxFaces = " + maxFaces);
            }
        }

        /** Residual 1e-10, stability 1e-7, 4 starts per face, 4096 faces, seed 1. */
        public static Options defaults() {
            return new Options(1e-10, 1e-7, 4, 4096, 1);
        }
    }

    private static final double MERGE = 1e-7;

    private RestPoints() {
    }

    /** Rest points with default options, sorted lexicographically by state. */
    public static List<RestPoint> find(VectorField f) {
        return find(f, Options.defaults());
    }

    /**
     * Rest points, sorted lexicographically by state.
     *
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static List<RestPoint> find(VectorField f, Options options) {
        SimplexProduct space = f.space();
        int pops = space.populations();
        List<int[][]> faces = faces(space, options.maxFaces());
        Rng rng = Rng.of(options.seed());
        List<double[]> found = new ArrayList<>();
        int[][] interior = new int[pops][];
        for (int p = 0; p < pops; p++) {
            interior[p] = range(space.size(p));
        }
        double[] centre = space.barycentre();
        for (int[][] face : faces) {
            Cancellation.check();
            for (int s = 0; s < options.startsPerFace(); s++) {
                double[] x0 = new double[space.dimension()];
                for (int p = 0; p < pops; p++) {
                    int[] sup = face[p];
                    double[] w = s == 0 ? uniform(sup.length) : rng.nextSimplexPoint(sup.length);
                    for (int i = 0; i < sup.length; i++) {
                        x0[space.offset(p) + sup[i]] = w[i];
                    }
                }
                // (a) within the face: boundary rest points of face-invariant fields
                accept(f, space, newton(f, space, face, x0), options, found);
                // (b) in the interior near the face: interior rest points close to the boundary
                if (!isInterior(face, space)) {
                    double[] xi = new double[x0.length];
                    for (int i = 0; i < xi.length; i++) {
                        xi[i] = 0.95 * x0[i] + 0.05 * centre[i];
                    }
                    accept(f, space, newton(f, space, interior, xi), options, found);
                }
            }
        }
        found.sort(LEXICOGRAPHIC);
        List<RestPoint> out = new ArrayList<>(found.size());
        for (double[] x : found) {
            out.add(classify(f, x, options.stabilityTolerance()));
        }
        return out;
    }

    private static void accept(VectorField f, SimplexProduct space, double[] x, Options options, List<double[]> found) {
        if (x == null || !space.contains(x, 1e-9)) {
            return;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(x[i], 0);
        }
        if (maxAbs(f.derivative(x)) > options.residualTolerance()) {
            return;
        }
        if (found.stream().noneMatch(y -> distance(x, y) < MERGE)) {
            found.add(x);
        }
    }

    /** The rest point's linearisation at {@code x} (need not be a rest point; used by tests and the UI). */
    public static RestPoint classify(VectorField f, double[] x, double stabilityTolerance) {
        double[][] j = tangentJacobian(f, x, 1e-6);
        double[] re = new double[j.length];
        double[] im = new double[j.length];
        if (j.length > 0) {
            EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(j, false));
            re = eig.getRealEigenvalues();
            im = eig.getImagEigenvalues();
        }
        return new RestPoint(x, maxAbs(f.derivative(x)), re, im, stabilityTolerance);
    }

    /**
     * The Jacobian of F at x restricted to the tangent space, in the basis {@code e_i − e_{K_p}}
     * (i &lt; K_p, per population), by central differences with step h. Size Σ(K_p − 1).
     */
    public static double[][] tangentJacobian(VectorField f, double[] x, double h) {
        SimplexProduct space = f.space();
        int n = space.tangentDimension();
        int[] coord = new int[n];
        int[] last = new int[n];
        int c = 0;
        for (int p = 0; p < space.populations(); p++) {
            for (int i = 0; i < space.size(p) - 1; i++) {
                coord[c] = space.offset(p) + i;
                last[c] = space.offset(p) + space.size(p) - 1;
                c++;
            }
        }
        return jacobian(f, x, coord, last, h);
    }

    /**
     * The Jacobian of F at x in the basis b_i = e_{coord[i]} − e_{last[i]}, by central differences:
     * J[row][col] = (F(x + h·b_col) − F(x − h·b_col))[coord[row]] / (2h).
     */
    private static double[][] jacobian(VectorField f, double[] x, int[] coord, int[] last, double h) {
        int n = coord.length;
        double[][] jac = new double[n][n];
        double[] xp = new double[x.length];
        double[] xm = new double[x.length];
        double[] fp = new double[x.length];
        double[] fm = new double[x.length];
        for (int col = 0; col < n; col++) {
            System.arraycopy(x, 0, xp, 0, x.length);
            System.arraycopy(x, 0, xm, 0, x.length);
            xp[coord[col]] += h;
            xp[last[col]] -= h;
            xm[coord[col]] -= h;
            xm[last[col]] += h;
            f.derivative(xp, fp);
            f.derivative(xm, fm);
            for (int row = 0; row < n; row++) {
                jac[row][col] = (fp[coord[row]] - fm[coord[row]]) / (2 * h);
            }
        }
        return jac;
    }

    private static double[] newton(VectorField f, SimplexProduct space, int[][] face, double[] x0) {
        int pops = space.populations();
        int n = 0;
        for (int p = 0; p < pops; p++) {
            n += face[p].length - 1;
        }
        int[] coord = new int[n];
        int[] last = new int[n];
        int c = 0;
        for (int p = 0; p < pops; p++) {
            int[] sup = face[p];
            for (int i = 0; i < sup.length - 1; i++) {
                coord[c] = space.offset(p) + sup[i];
                last[c] = space.offset(p) + sup[sup.length - 1];
                c++;
            }
        }
        double[] x = x0.clone();
        if (n == 0) {
            return x;
        }
        double[] fx = new double[x.length];
        double[] g = new double[n];
        double norm = residual(f, x, coord, fx, g);
        for (int iter = 0; iter < 60 && norm > 1e-15; iter++) {
            double[] delta = solve(jacobian(f, x, coord, last, 1e-7), g);
            if (delta == null) {
                return null;
            }
            double alpha = 1;
            double[] trial = new double[x.length];
            double trialNorm = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 30; k++) {
                System.arraycopy(x, 0, trial, 0, x.length);
                for (int i = 0; i < n; i++) {
                    trial[coord[i]] -= alpha * delta[i];
                    trial[last[i]] += alpha * delta[i];
                }
                trialNorm = residual(f, trial, coord, fx, g);
                if (trialNorm < norm || trialNorm == 0) {
                    break;
                }
                alpha /= 2;
            }
            if (!(trialNorm < norm) && trialNorm != 0) {
                // no descent: converged as far as rounding allows, or stuck
                break;
            }
            x = trial;
            norm = trialNorm;
            if (maxAbs(x) > 10) {
                return null;
            }
        }
        residual(f, x, coord, fx, g);
        return x;
    }

    /** Fills fx = F(x) and g = F on the free coordinates; returns max |g|. */
    private static double residual(VectorField f, double[] x, int[] coord, double[] fx, double[] g) {
        f.derivative(x, fx);
        double m = 0;
        for (int i = 0; i < coord.length; i++) {
            g[i] = fx[coord[i]];
            m = Math.max(m, Math.abs(g[i]));
        }
        return Double.isNaN(m) ? Double.POSITIVE_INFINITY : m;
    }

    /** Gaussian elimination with partial pivoting; null if singular. */
    static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[] b = b0.clone();
        double scale = 0;
        for (double[] row : a) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        if (scale == 0 || !Double.isFinite(scale)) {
            return null;
        }
        for (int k = 0; k < n; k++) {
            int piv = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(a[i][k]) > Math.abs(a[piv][k])) {
                    piv = i;
                }
            }
            if (Math.abs(a[piv][k]) <= 1e-13 * scale) {
                return null;
            }
            double[] t = a[k];
            a[k] = a[piv];
            a[piv] = t;
            double tb = b[k];
            b[k] = b[piv];
            b[piv] = tb;
            for (int i = k + 1; i < n; i++) {
                double m = a[i][k] / a[k][k];
                if (m != 0) {
                    for (int j = k; j < n; j++) {
                        a[i][j] -= m * a[k][j];
                    }
                    b[i] -= m * b[k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) {
                s -= a[i][j] * x[j];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }

    /** All faces (support per population, ascending indices), interior first; or interior + vertices. */
    static List<int[][]> faces(SimplexProduct space, int maxFaces) {
        int pops = space.populations();
        double count = 1;
        for (int p = 0; p < pops; p++) {
            count *= Math.pow(2, space.size(p)) - 1;
        }
        List<int[][]> faces = new ArrayList<>();
        if (count > maxFaces) {
            int[][] interior = new int[pops][];
            for (int p = 0; p < pops; p++) {
                interior[p] = range(space.size(p));
            }
            faces.add(interior);
            int[] idx = new int[pops];
            while (true) {
                int[][] v = new int[pops][];
                for (int p = 0; p < pops; p++) {
                    v[p] = new int[] {idx[p]};
                }
                faces.add(v);
                int p = 0;
                while (p < pops && ++idx[p] == space.size(p)) {
                    idx[p] = 0;
                    p++;
                }
                if (p == pops) {
                    break;
                }
                if (faces.size() > maxFaces) {
                    break;
                }
            }
            return faces;
        }
        long[] masks = new long[pops];
        Arrays.fill(masks, 1);
        List<int[][]> all = new ArrayList<>();
        while (true) {
            int[][] face = new int[pops][];
            for (int p = 0; p < pops; p++) {
                face[p] = bits(masks[p], space.size(p));
            }
            all.add(face);
            int p = 0;
            while (p < pops && ++masks[p] == (1L << space.size(p))) {
                masks[p] = 1;
                p++;
            }
            if (p == pops) {
                break;
            }
        }
        all.sort(Comparator.comparingInt((int[][] fc) -> -Arrays.stream(fc).mapToInt(s -> s.length).sum()));
        return all;
    }

    private static boolean isInterior(int[][] face, SimplexProduct space) {
        for (int p = 0; p < face.length; p++) {
            if (face[p].length != space.size(p)) {
                return false;
            }
        }
        return true;
    }

    private static int[] bits(long mask, int k) {
        int[] out = new int[Long.bitCount(mask)];
        int c = 0;
        for (int i = 0; i < k; i++) {
            if ((mask & (1L << i)) != 0) {
                out[c++] = i;
            }
        }
        return out;
    }

    private static int[] range(int k) {
        int[] r = new int[k];
        for (int i = 0; i < k; i++) {
            r[i] = i;
        }
        return r;
    }

    private static double[] uniform(int k) {
        double[] w = new double[k];
        Arrays.fill(w, 1.0 / k);
        return w;
    }

    static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return Double.isNaN(m) ? Double.POSITIVE_INFINITY : m;
    }

    static double distance(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    private static final Comparator<double[]> LEXICOGRAPHIC = (a, b) -> {
        for (int i = 0; i < a.length; i++) {
            int c = Double.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };
}
