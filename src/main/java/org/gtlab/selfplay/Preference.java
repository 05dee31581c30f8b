package org.gtlab.selfplay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;
import org.gtlab.math.Rng;
import org.gtlab.solve.lp.ZeroSumLp;

/**
 * A preference game (SPPO, Wu et al. 2024, arXiv:2405.00675; SPO, Swamy et al. 2024,
 * arXiv:2401.04056): K options and a matrix P with P_ij = P(i ≻ j) ∈ [0, 1], P + Pᵀ = 1 and
 * P_ii = ½. It is the symmetric constant-sum game max_x min_y xᵀPy (value ½); its equilibrium is the
 * <b>von Neumann winner</b> (maximal lottery, Fishburn 1984; SPO's "Minimax Winner" — not the
 * Simpson–Kramer minimax voting rule), computed exactly by {@link #winner()}.
 *
 * <p>Generators: weighted rater aggregation (P_ij = Σ_g w_g·1[i above j in g]), Bradley–Terry
 * (P_ij = σ(s_i − s_j)), the symmetric 3-cycle of strength p, SPO's noise slider
 * P_λ = (1 − λ)P + λ/2 and seeded upper-triangle noise. Rankings: Borda (off-diagonal row sums),
 * Copeland (wins, ½ per exact tie), the Condorcet winner, and the Bradley–Terry maximum-likelihood
 * fit (maximise Σ_{i≠j} P_ij log σ(s_i − s_j), s_K = 0; Newton's method on the moment equations
 * Σ_j (P_kj − σ(s_k − s_j)) = 0).
 *
 * <p>Failure modes: every constructor validates and throws one {@link IllegalArgumentException}
 * naming the first bad entry (1-based): a non-square or empty matrix, an entry outside [0, 1], a
 * diagonal entry ≠ ½, or |P_ij + P_ji − 1| &gt; 1e-12; rater input with weights that are negative or
 * do not sum to 1, or rankings of unequal length or that are not permutations.
 */
public final class Preference {

    /** Tolerance of the validation |P_ij + P_ji − 1| ≤ 1e-12 (spec §3.5). */
    public static final double TOL = 1e-12;

    private final double[][] p;

    private Preference(double[][] p) {
        this.p = p;
    }

    /**
     * A validated preference matrix (copied).
     *
     * @throws IllegalArgumentException naming the first bad entry
     */
    public static Preference of(double[][] p) {
        if (p == null || p.length == 0) {
            throw new IllegalArgumentException("preference matrix is empty");
        }
        int k = p.length;
        double[][] c = new double[k][];
        for (int i = 0; i < k; i++) {
            if (p[i] == null || p[i].length != k) {
                throw new IllegalArgumentException("preference matrix row " + (i + 1) + " has "
                        + (p[i] == null ? 0 : p[i].length) + " entries, expected " + k + " (the matrix must be square)");
            }
            c[i] = p[i].clone();
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double v = c[i][j];
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("preference entry P(" + (i + 1) + "," + (j + 1) + ") = " + v
                            + " is not a probability in [0, 1]");
                }
            }
        }
        for (int i = 0; i < k; i++) {
            if (c[i][i] != 0.5) {
                throw new IllegalArgumentException("preference entry P(" + (i + 1) + "," + (i + 1) + ") = " + c[i][i]
                        + " on the diagonal must be 1/2");
            }
            for (int j = i + 1; j < k; j++) {
                double s = c[i][j] + c[j][i];
                if (Math.abs(s - 1) > TOL) {
                    throw new IllegalArgumentException("preference entries P(" + (i + 1) + "," + (j + 1) + ") + P("
                            + (j + 1) + "," + (i + 1) + ") = " + c[i][j] + " + " + c[j][i] + " = " + s + ", expected 1");
                }
            }
        }
        return new Preference(c);
    }

    /**
     * Weighted majority of rater groups: P_ij = Σ_g w_g·1[i ranked above j by g].
     *
     * @param weights  group weights, non-negative, summing to 1 (within 1e-9)
     * @param rankings each a permutation of 0..K−1, best first, all of the same length K
     * @throws IllegalArgumentException naming the group with bad input
     */
    public static Preference fromRaters(double[] weights, int[][] rankings) {
        if (weights.length == 0 || weights.length != rankings.length) {
            throw new IllegalArgumentException("rater input has " + weights.length + " weights and " + rankings.length
                    + " rankings; they must match and be at least one");
        }
        int k = rankings[0].length;
        double total = 0;
        for (int g = 0; g < weights.length; g++) {
            if (!(weights[g] >= 0) || Double.isInfinite(weights[g])) {
                throw new IllegalArgumentException("rater group " + (g + 1) + " weight " + weights[g] + " must be >= 0");
            }
            total += weights[g];
            if (rankings[g].length != k) {
                throw new IllegalArgumentException("rater group " + (g + 1) + " ranks " + rankings[g].length
                        + " options but group 1 ranks " + k + "; rankings must have equal length");
            }
            boolean[] seen = new boolean[k];
            for (int r : rankings[g]) {
                if (r < 0 || r >= k || seen[r]) {
                    throw new IllegalArgumentException("rater group " + (g + 1) + " ranking "
                            + Arrays.toString(rankings[g]) + " is not a permutation of 0.." + (k - 1));
                }
                seen[r] = true;
            }
        }
        if (Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException("rater weights sum to " + total + ", expected 1");
        }
        double[][] p = new double[k][k];
        for (int g = 0; g < weights.length; g++) {
            int[] pos = new int[k];
            for (int r = 0; r < k; r++) {
                pos[rankings[g][r]] = r;
            }
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    if (i != j && pos[i] < pos[j]) {
                        p[i][j] += weights[g];
                    }
                }
            }
        }
        symmetrise(p);
        return of(p);
    }

    /** The three-rater preset (spec §3.6): weights 0.40/0.35/0.25, rankings a>b>c, b>c>a, c>a>b. */
    public static Preference threeRaters() {
        return of(new double[][] {{0.5, 0.65, 0.40}, {0.35, 0.5, 0.75}, {0.60, 0.25, 0.5}});
    }

    /**
     * Bradley–Terry preferences P_ij = σ(s_i − s_j) (transitive).
     *
     * @throws IllegalArgumentException if a score is not finite
     */
    public static Preference bradleyTerry(double... s) {
        int k = s.length;
        double[][] p = new double[k][k];
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(s[i])) {
                throw new IllegalArgumentException("Bradley-Terry score s" + (i + 1) + " is not finite: " + s[i]);
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                p[i][j] = sigma(s[i] - s[j]);
                p[j][i] = 1 - p[i][j];
            }
            p[i][i] = 0.5;
        }
        return of(p);
    }

    /**
     * The symmetric 3-cycle P(a≻b) = P(b≻c) = P(c≻a) = p.
     *
     * @throws IllegalArgumentException if p is outside [0, 1]
     */
    public static Preference cycle(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("cycle strength p = " + p + " must lie in [0, 1]");
        }
        return of(new double[][] {{0.5, p, 1 - p}, {1 - p, 0.5, p}, {p, 1 - p, 0.5}});
    }

    /** A 3-cycle a ≻ b ≻ c ≻ a with margins m_ab, m_bc, m_ca in (0, ½]. */
    public static Preference cycle(double mab, double mbc, double mca) {
        return of(new double[][] {{0.5, 0.5 + mab, 0.5 - mca}, {0.5 - mab, 0.5, 0.5 + mbc},
            {0.5 + mca, 0.5 - mbc, 0.5}});
    }

    /**
     * A random K × K preference matrix with a planted Condorcet winner {@code c}: P(c ≻ j) uniform in
     * (½, 1), the other upper-triangle entries uniform in [0, 1].
     */
    public static Preference randomCondorcet(int k, int c, Rng rng) {
        double[][] p = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double v = rng.nextDouble();
                if (i == c) {
                    v = 0.5 + 0.5 * (0.001 + 0.998 * v);
                } else if (j == c) {
                    v = 0.5 * (0.001 + 0.998 * v);
                }
                p[i][j] = v;
            }
        }
        symmetrise(p);
        return of(p);
    }

    /** SPO's noise slider: P_λ = (1 − λ)·P + λ·½, λ ∈ [0, 1]. */
    public Preference smoothed(double lambda) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("noise lambda = " + lambda + " must lie in [0, 1]");
        }
        int k = size();
        double[][] q = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                q[i][j] = (1 - lambda) * p[i][j] + lambda * 0.5;
            }
        }
        symmetrise(q);
        return of(q);
    }

    /** Uniform noise of width ±{@code amplitude} on the strict upper triangle, clamped to [0, 1], P_ji = 1 − P_ij. */
    public Preference noisy(double amplitude, Rng rng) {
        int k = size();
        double[][] q = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                q[i][j] = Math.min(1, Math.max(0, p[i][j] + amplitude * (2 * rng.nextDouble() - 1)));
            }
        }
        symmetrise(q);
        return of(q);
    }

    private static void symmetrise(double[][] p) {
        int k = p.length;
        for (int i = 0; i < k; i++) {
            p[i][i] = 0.5;
            for (int j = i + 1; j < k; j++) {
                p[j][i] = 1 - p[i][j];
            }
        }
    }

    static double sigma(double z) {
        return 1 / (1 + StrictMath.exp(-z));
    }

    /** Number of options K. */
    public int size() {
        return p.length;
    }

    /** P(i ≻ j) (0-based). */
    public double get(int i, int j) {
        return p[i][j];
    }

    /** A copy of the matrix. */
    public double[][] matrix() {
        double[][] c = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            c[i] = p[i].clone();
        }
        return c;
    }

    /** (P x)_i = P(i ≻ x) for every option i. */
    public double[] against(double[] x) {
        int k = size();
        double[] r = new double[k];
        int k4 = k & ~3;
        for (int i = 0; i < k; i++) {
            // four partial sums: independent chains the CPU can overlap (fixed order, so deterministic)
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double[] row = p[i];
            int j = 0;
            for (; j < k4; j += 4) {
                s0 += row[j] * x[j];
                s1 += row[j + 1] * x[j + 1];
                s2 += row[j + 2] * x[j + 2];
                s3 += row[j + 3] * x[j + 3];
            }
            for (; j < k; j++) {
                s0 += row[j] * x[j];
            }
            r[i] = (s0 + s1) + (s2 + s3);
        }
        return r;
    }

    /** Duality gap of x: 2·(max_i (P x)_i − ½); 0 exactly at a von Neumann winner. */
    public double gap(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : against(x)) {
            m = Math.max(m, v);
        }
        return 2 * (m - 0.5);
    }

    /**
     * The von Neumann winner by exact LP: an iterated strict-dominance pre-pass by pure strategies
     * (an option beaten entry-wise by another on the remaining options goes, with its column), then
     * {@link ZeroSumLp#solveExact(Rational[][])} on A = P − ½ with the entries read as their shortest
     * decimals. Returns the winner over all K options.
     */
    public double[] winner() {
        int k = size();
        List<Integer> alive = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            alive.add(i);
        }
        boolean removed = true;
        while (removed && alive.size() > 1) {
            removed = false;
            outer:
            for (int i : alive) {
                for (int j : alive) {
                    if (i == j) {
                        continue;
                    }
                    boolean dominated = true;
                    for (int c : alive) {
                        if (!(p[j][c] > p[i][c])) {
                            dominated = false;
                            break;
                        }
                    }
                    if (dominated) {
                        alive.remove(Integer.valueOf(i));
                        removed = true;
                        break outer;
                    }
                }
            }
        }
        int n = alive.size();
        double[] x = new double[k];
        if (n == 1) {
            x[alive.get(0)] = 1;
            return x;
        }
        Rational half = Rational.of(1, 2);
        Rational[][] a = new Rational[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                a[r][c] = Rational.valueOf(p[alive.get(r)][alive.get(c)]).subtract(half);
            }
        }
        ZeroSumLp.ExactSolution s = ZeroSumLp.solveExact(a);
        for (int r = 0; r < n; r++) {
            x[alive.get(r)] = s.x().probability(r).doubleValue();
        }
        return x;
    }

    /** Borda scores: off-diagonal row sums Σ_{j≠i} P_ij. */
    public double[] borda() {
        int k = size();
        double[] b = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (i != j) {
                    b[i] += p[i][j];
                }
            }
        }
        return b;
    }

    /** Copeland scores: the number of j with P_ij &gt; ½, plus ½ per exact tie (lab convention). */
    public double[] copeland() {
        int k = size();
        double[] c = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (i != j) {
                    c[i] += p[i][j] > 0.5 ? 1 : p[i][j] == 0.5 ? 0.5 : 0;
                }
            }
        }
        return c;
    }

    /** The Condorcet winner (beats every other option with probability &gt; ½), or −1 if none. */
    public int condorcetWinner() {
        int k = size();
        for (int i = 0; i < k; i++) {
            boolean all = true;
            for (int j = 0; j < k && all; j++) {
                all = i == j || p[i][j] > 0.5;
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Bradley–Terry maximum-likelihood scores with s_K = 0 (Newton's method to a gradient norm of
     * 1e-13, at most 200 iterations).
     *
     * @throws IllegalStateException if the fit diverges (some option always wins or always loses, so
     *                               the likelihood has no finite maximiser)
     */
    public double[] bradleyTerryFit() {
        int k = size();
        double[] s = new double[k];
        int n = k - 1;
        for (int it = 0; it < 200; it++) {
            double[] g = new double[n];
            double[][] h = new double[n][n];
            double norm = 0;
            for (int a = 0; a < n; a++) {
                for (int j = 0; j < k; j++) {
                    if (j == a) {
                        continue;
                    }
                    double sg = sigma(s[a] - s[j]);
                    g[a] += p[a][j] - sg;
                    double d = sg * (1 - sg);
                    h[a][a] -= d;
                    if (j < n) {
                        h[a][j] += d;
                    }
                }
                norm = Math.max(norm, Math.abs(g[a]));
            }
            if (norm < 1e-13) {
                return s;
            }
            double[] step = LinearAlgebra.solve(h, g);
            for (int a = 0; a < n; a++) {
                s[a] -= step[a];
                if (!Double.isFinite(s[a]) || Math.abs(s[a]) > 1e6) {
                    throw new IllegalStateException("the Bradley-Terry fit diverges: option " + (a + 1)
                            + " has no finite score (it always wins or always loses)");
                }
            }
        }
        return s;
    }

    /**
     * The preference game as a constant-sum bimatrix game (row payoffs P, column payoffs 1 − P;
     * exact, upper-triangle entries read as shortest decimals, P_ji = 1 − P_ij and P_ii = ½ exactly,
     * so the game is exactly symmetric and constant-sum even when a double 1 − p is not a short
     * decimal), which every solver accepts.
     */
    public NormalFormGame asGame() {
        int k = size();
        Rational[][] a = new Rational[k][k];
        Rational[][] b = new Rational[k][k];
        for (int i = 0; i < k; i++) {
            a[i][i] = Rational.of(1, 2);
            for (int j = i + 1; j < k; j++) {
                a[i][j] = Rational.valueOf(p[i][j]);
                a[j][i] = Rational.ONE.subtract(a[i][j]);
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                b[i][j] = Rational.ONE.subtract(a[i][j]);
            }
        }
        return NormalFormGame.bimatrix(a, b);
    }

    /**
     * The preference matrix of a symmetric two-player constant-sum game with row payoffs A
     * (A + Aᵀ = c): P = A itself if its entries lie in [0, 1] and c = 1; otherwise the affine image
     * P = ½ + (A − c/2)/(2m), m = max |A − c/2| (P = ½ everywhere if m = 0).
     *
     * @throws IllegalArgumentException if the game is not two-player, square, symmetric and constant-sum
     */
    public static Preference fromGame(NormalFormGame g) {
        String why = whyNot(g);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        int k = g.numStrategies(0);
        double[][] a = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                a[i][j] = g.payoff(0, new int[] {i, j}).doubleValue();
            }
        }
        double c = 2 * a[0][0];
        boolean unit = Math.abs(c - 1) < 1e-12;
        double m = 0;
        for (double[] row : a) {
            for (double v : row) {
                unit &= v >= 0 && v <= 1;
                m = Math.max(m, Math.abs(v - c / 2));
            }
        }
        double[][] p = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                p[i][j] = unit ? a[i][j] : m == 0 ? 0.5 : 0.5 + (a[i][j] - c / 2) / (2 * m);
            }
        }
        symmetrise(p);
        return of(p);
    }

    /** Why {@link #fromGame} refuses {@code g}, or null if it accepts it. */
    public static String whyNot(NormalFormGame g) {
        if (!g.isTwoPlayer() || g.numStrategies(0) != g.numStrategies(1)) {
            return "a preference game needs a square two-player game";
        }
        int k = g.numStrategies(0);
        Rational c = g.payoff(0, new int[] {0, 0}).multiply(2);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                Rational aij = g.payoff(0, new int[] {i, j});
                if (!aij.add(g.payoff(0, new int[] {j, i})).equals(c)) {
                    return "a preference game needs a symmetric constant-sum game (A + Aᵀ constant); entries ("
                            + (i + 1) + "," + (j + 1) + ") and (" + (j + 1) + "," + (i + 1) + ") differ";
                }
                if (!g.payoff(1, new int[] {i, j}).equals(g.payoff(0, new int[] {j, i}))) {
                    return "a preference game needs a symmetric game (B = Aᵀ); entry (" + (i + 1) + "," + (j + 1)
                            + ") differs";
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return Arrays.deepToString(p);
    }
}
