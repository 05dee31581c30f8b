package org.gtlab.solve.nplayer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Cancellation;
import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveOptions;
import org.gtlab.solve.SolveResult;
import org.gtlab.solve.WorkEstimate;
import org.gtlab.solve.logit.MixedPayoffs;

/**
 * {@code gnm}: the global Newton method of Govindan and Wilson ("A global Newton method to compute
 * Nash equilibria", J. Econ. Theory 110 (2003) 65–86; Gambit's {@code gnm}, from Gametracer).
 *
 * <p>For a perturbation b ∈ ℝ^K (K = Σ n_p, a seeded random unit vector per player) consider the
 * games G + λb, in which pure strategy j of p earns v_p(j; σ) + λ b_pj. By the structure theorem of
 * Kohlberg and Mertens the graph {(z, λ)} of their equilibria is a piecewise-smooth curve given by
 * <pre>
 *   H(z, λ) = z − r(z) − V(r(z)) − λ b = 0,
 * </pre>
 * where r is the Euclidean retraction onto the product of simplices (σ_pj = max(z_pj − τ_p, 0),
 * Σ_j σ_pj = 1) and V the vector of pure-strategy payoffs: σ = r(z) is an equilibrium of G + λb.
 * For λ large the only equilibrium is the pure profile argmax b, the start
 * z = σ + V(σ) + λ₀ b with λ₀ = 1.1 (range + 1)/min gap of b. The curve is followed by
 * predictor–corrector continuation in (z, λ): tangent from [D_zH | −b] t = 0 oriented by the
 * previous one, Euler predictor, Newton corrector on [J; tᵀ]Δ = [−H; 0] to |H| ≤ 10⁻¹²·scale,
 * step halved when the corrector fails (kinks where the support changes) and grown by 1.5 up to
 * 0.3 + 0.05|λ| after a success (far from λ = 0 the path is made of few long pieces). D_zH = I − (I + DV)·Dr with Dr block-diagonal,
 * Dr_jk = δ_jk − 1/|A_p| on the active set A_p = supp σ_p.
 *
 * <p>Every crossing of λ = 0 is an equilibrium of G: it is located by Newton's method on H(·, 0)
 * from the interpolated point, verified (max regret) and refined ({@link NumericEquilibrium#verify}).
 * The path is followed until λ &lt; −λ₀ (the ray's far end, where no more crossings occur) or
 * 100 000 steps; the number of equilibria on one ray is odd for regular games. A ray also ends
 * when it crosses λ = 0 at an equilibrium it crossed before: a regular path meets each equilibrium
 * once, and near a sharp kink the follower can lose the path's orientation and go back and forth
 * (seen on random 3×3×2 games: hundreds of crossings at the same few points until the step cap), or
 * when it comes back, within 10⁻⁸, to a hard kink (a step halved ≥ 8 times) it passed before: the
 * follower is then bouncing between two kinks without end. Both end the ray with what it found;
 * other rays reach the equilibria beyond (see the cross-check test's coverage). Payoffs are
 * scaled to range 1 internally. Failure modes: a minimum step below 10⁻¹² (a singular point of the
 * path on a degenerate game) ends the ray with the equilibria found so far; further rays
 * ({@code rays}) use other perturbations.
 */
public final class GnmSolver implements NashSolver {

    private final int rays;
    private final long seed;

    public GnmSolver() {
        this(1, 1);
    }

    /**
     * @param rays number of perturbation rays, ≥ 1
     * @param seed seed of the perturbations
     */
    public GnmSolver(int rays, long seed) {
        if (rays < 1) {
            throw new IllegalArgumentException("gnm needs at least one perturbation ray, got " + rays);
        }
        this.rays = rays;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "gnm";
    }

    @Override
    public String description() {
        return "equilibria on global Newton paths (Govindan-Wilson), N players";
    }

    @Override
    public WorkEstimate estimate(NormalFormGame game) {
        int k = 0;
        for (int p = 0; p < game.numPlayers(); p++) {
            k += game.numStrategies(p);
        }
        double perStep = (double) game.numProfiles() * game.numPlayers() * game.numPlayers() + Math.pow(k + 1, 3);
        return WorkEstimate.of(rays * 2000 * perStep, "path-following operations", 3e8);
    }

    @Override
    public SolveResult solve(NormalFormGame game) {
        return solve(game, SolveOptions.DEFAULT.withForce(true));
    }

    @Override
    public SolveResult solve(NormalFormGame game, SolveOptions options) {
        return SolveResult.of(name(), NumericEquilibrium.exactOnes(run(game, options)));
    }

    /** The distinct equilibria found on all rays, in the order met. */
    public List<NumericEquilibrium> run(NormalFormGame game, SolveOptions options) {
        Cancellation.check();
        options.check(name(), estimate(game));
        SplittableRandom rng = new SplittableRandom(seed);
        return Restarts.collect(game, rays, options, ray -> {
            double[][] b = new double[game.numPlayers()][];
            for (int p = 0; p < b.length; p++) {
                b[p] = new double[game.numStrategies(p)];
                double norm = 0;
                for (int j = 0; j < b[p].length; j++) {
                    b[p][j] = rng.nextDouble() - 0.5;
                    norm += b[p][j] * b[p][j];
                }
                for (int j = 0; j < b[p].length; j++) {
                    b[p][j] /= Math.sqrt(norm);
                }
            }
            return new Tracer(game, b).trace();
        });
    }

    /** One ray of the global Newton method. */
    static final class Tracer {
        private final NormalFormGame game;
        private final MixedPayoffs mp;
        private final int n;
        private final int[] first;
        private final int k;
        private final double[] b;
        private final double inv;

        Tracer(NormalFormGame game, double[][] bb) {
            this.game = game;
            this.mp = new MixedPayoffs(game);
            this.n = game.numPlayers();
            first = new int[n + 1];
            for (int p = 0; p < n; p++) {
                first[p + 1] = first[p] + game.numStrategies(p);
            }
            k = first[n];
            b = new double[k];
            for (int p = 0; p < n; p++) {
                System.arraycopy(bb[p], 0, b, first[p], bb[p].length);
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < n; p++) {
                for (double u : game.payoffsDouble(p)) {
                    lo = Math.min(lo, u);
                    hi = Math.max(hi, u);
                }
            }
            inv = hi > lo ? 1 / (hi - lo) : 1;
        }

        /** σ = r(z) per player (Euclidean projection on the simplex). */
        double[][] retract(double[] z) {
            double[][] s = new double[n][];
            for (int p = 0; p < n; p++) {
                int np = first[p + 1] - first[p];
                double[] zz = Arrays.copyOfRange(z, first[p], first[p + 1]);
                double[] sorted = zz.clone();
                Arrays.sort(sorted);
                double cum = 0;
                double tau = 0;
                for (int i = np - 1; i >= 0; i--) {
                    cum += sorted[i];
                    double t = (cum - 1) / (np - i);
                    if (i == 0 || sorted[i - 1] <= t) {
                        tau = t;
                        break;
                    }
                }
                s[p] = new double[np];
                for (int j = 0; j < np; j++) {
                    s[p][j] = Math.max(zz[j] - tau, 0);
                }
            }
            return s;
        }

        /** H(z, λ) into h; the Jacobian D_zH into jac when non-null. */
        void eval(double[] z, double lambda, double[] h, double[][] jac) {
            double[][] s = retract(z);
            mp.compute(s, jac != null);
            for (int p = 0; p < n; p++) {
                for (int j = 0; j < s[p].length; j++) {
                    int i = first[p] + j;
                    h[i] = z[i] - s[p][j] - inv * mp.v[p][j] - lambda * b[i];
                }
            }
            if (jac == null) {
                return;
            }
            // M = I + DV (K×K), Dr block diagonal; D_zH = I − M·Dr
            double[][] dr = new double[k][k];
            for (int p = 0; p < n; p++) {
                int active = 0;
                for (double v : s[p]) {
                    active += v > 0 ? 1 : 0;
                }
                for (int j = 0; j < s[p].length; j++) {
                    for (int l = 0; l < s[p].length; l++) {
                        if (s[p][j] > 0 && s[p][l] > 0) {
                            dr[first[p] + j][first[p] + l] = (j == l ? 1 : 0) - 1.0 / active;
                        }
                    }
                }
            }
            for (int r = 0; r < k; r++) {
                Arrays.fill(jac[r], 0);
            }
            for (int p = 0; p < n; p++) {
                for (int j = 0; j < s[p].length; j++) {
                    int r = first[p] + j;
                    // row r of M: 1 at (r,r), inv·w[p][q][j][l] at (r, first[q]+l)
                    for (int c = 0; c < k; c++) {
                        double t = dr[r][c];
                        for (int q = 0; q < n; q++) {
                            if (q == p) {
                                continue;
                            }
                            for (int l = 0; l < s[q].length; l++) {
                                double d = dr[first[q] + l][c];
                                if (d != 0) {
                                    t += inv * mp.w[p][q][j][l] * d;
                                }
                            }
                        }
                        jac[r][c] = (r == c ? 1 : 0) - t;
                    }
                }
            }
        }

        /** The profiles at which the ray crosses λ = 0, in path order. */
        List<double[][]> trace() {
            List<double[][]> found = new ArrayList<>();
            int[] start = new int[n];
            double minGap = Double.POSITIVE_INFINITY;
            for (int p = 0; p < n; p++) {
                int np = first[p + 1] - first[p];
                int best = 0;
                for (int j = 1; j < np; j++) {
                    if (b[first[p] + j] > b[first[p] + best]) {
                        best = j;
                    }
                }
                start[p] = best;
                for (int j = 0; j < np; j++) {
                    if (j != best) {
                        minGap = Math.min(minGap, b[first[p] + best] - b[first[p] + j]);
                    }
                }
            }
            if (!Double.isFinite(minGap)) {
                // every player has one strategy: the only profile is the equilibrium
                double[][] s = new double[n][];
                for (int p = 0; p < n; p++) {
                    s[p] = new double[] {1};
                }
                found.add(s);
                return found;
            }
            double lambda0 = 1.1 * 2 / Math.max(minGap, 1e-9);
            double[][] sigma = new double[n][];
            for (int p = 0; p < n; p++) {
                sigma[p] = new double[first[p + 1] - first[p]];
                sigma[p][start[p]] = 1;
            }
            mp.compute(sigma, false);
            double[] u = new double[k + 1];
            for (int p = 0; p < n; p++) {
                for (int j = 0; j < sigma[p].length; j++) {
                    int i = first[p] + j;
                    u[i] = sigma[p][j] + inv * mp.v[p][j] + lambda0 * b[i];
                }
            }
            u[k] = lambda0;
            double[][] jz = new double[k][k];
            double[] h = new double[k];
            double[] tan = tangent(u, null, jz, h);
            if (tan == null) {
                return found;
            }
            // steps of at most 0.3 in (z, λ): the payoff part of z moves on the scale 1 (payoffs scaled to range 1)
            double hmax = 0.3;
            List<double[]> kinks = new ArrayList<>();
            double step = hmax / 4;
            for (int it = 0; it < 100_000; it++) {
                if ((it & 63) == 0) {
                    Cancellation.check();
                }
                double[] next = null;
                int halved = 0;
                while (step > 1e-12) {
                    double[] pred = new double[k + 1];
                    for (int i = 0; i <= k; i++) {
                        pred[i] = u[i] + step * tan[i];
                    }
                    next = correct(pred, tan, step);
                    if (next != null) {
                        break;
                    }
                    step /= 2;
                    halved++;
                }
                if (next == null) {
                    return found; // singular point: the ray ends here
                }
                double[] t2 = tangent(next, tan, jz, h);
                if (t2 == null) {
                    return found;
                }
                if (u[k] > 0 != next[k] > 0) {
                    double[][] eq = crossing(u, next);
                    if (eq != null) {
                        for (double[][] seen : found) {
                            if (NumericEquilibrium.distance(seen, eq) < 1e-6) {
                                return found; // a regular path crosses each equilibrium once: it is cycling
                            }
                        }
                        found.add(eq);
                    }
                }
                if (halved >= 8) {
                    // a hard kink: a path that comes back to one it passed is cycling
                    for (double[] seen : kinks) {
                        if (maxDistance(seen, next) < 1e-8) {
                            return found;
                        }
                    }
                    if (kinks.size() < 1000) {
                        kinks.add(next);
                    }
                }
                u = next;
                tan = t2;
                if (u[k] < -lambda0) {
                    return found;
                }
                step = Math.min(step * 1.5, hmax + 0.05 * Math.abs(u[k]));
            }
            return found;
        }

        private static double maxDistance(double[] a, double[] b) {
            double d = 0;
            for (int i = 0; i < a.length; i++) {
                d = Math.max(d, Math.abs(a[i] - b[i]));
            }
            return d;
        }

        /** +1 or −1: the orientation fixed at the start so that λ first decreases. */
        private double orientation;

        /**
         * Unit tangent of the path at u: the vector of signed cofactors of [D_zH | −b], for which
         * det([J; tᵀ]) = |t|² &gt; 0, times the orientation fixed at the start (λ decreasing). Keeping
         * the sign of that determinant, rather than the angle to the previous tangent, follows the
         * path correctly through kinks where it turns sharply (support changes). Null if J is rank
         * deficient (a bifurcation point of a degenerate game).
         */
        private double[] tangent(double[] u, double[] prev, double[][] jz, double[] h) {
            double[] z = Arrays.copyOf(u, k);
            eval(z, u[k], h, jz);
            double[] t = new double[k + 1];
            double[][] m = new double[k][k];
            for (int i = 0; i <= k; i++) {
                for (int r = 0; r < k; r++) {
                    int c2 = 0;
                    for (int c = 0; c <= k; c++) {
                        if (c != i) {
                            m[r][c2++] = c == k ? -b[r] : jz[r][c];
                        }
                    }
                }
                t[i] = ((i + k) % 2 == 0 ? 1 : -1) * det(m);
            }
            double norm = 0;
            for (double v : t) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            if (!(norm > 1e-300) || !Double.isFinite(norm)) {
                return null;
            }
            if (prev == null) {
                orientation = t[k] > 0 ? -1 : 1;
            }
            for (int i = 0; i <= k; i++) {
                t[i] *= orientation / norm;
            }
            return t;
        }

        /** Determinant by Gaussian elimination with partial pivoting (destroys m). */
        private static double det(double[][] m) {
            int n = m.length;
            double d = 1;
            for (int c = 0; c < n; c++) {
                int piv = c;
                for (int r = c + 1; r < n; r++) {
                    if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                        piv = r;
                    }
                }
                if (m[piv][c] == 0) {
                    return 0;
                }
                if (piv != c) {
                    double[] tmp = m[c];
                    m[c] = m[piv];
                    m[piv] = tmp;
                    d = -d;
                }
                d *= m[c][c];
                for (int r = c + 1; r < n; r++) {
                    double f = m[r][c] / m[c][c];
                    for (int k2 = c; k2 < n; k2++) {
                        m[r][k2] -= f * m[c][k2];
                    }
                }
            }
            return d;
        }

        /** Newton corrector in the hyperplane orthogonal to tan; null if it does not converge. */
        private double[] correct(double[] pred, double[] tan, double step) {
            double[] u = pred.clone();
            double[] h = new double[k];
            double[][] jz = new double[k][k];
            for (int it = 0; it < 8; it++) {
                double[] z = Arrays.copyOf(u, k);
                eval(z, u[k], h, jz);
                double res = 0;
                for (double v : h) {
                    res = Math.max(res, Math.abs(v));
                }
                if (res <= 1e-12) {
                    return u;
                }
                double[][] a = new double[k + 1][k + 1];
                double[] rhs = new double[k + 1];
                for (int r = 0; r < k; r++) {
                    System.arraycopy(jz[r], 0, a[r], 0, k);
                    a[r][k] = -b[r];
                    rhs[r] = -h[r];
                }
                System.arraycopy(tan, 0, a[k], 0, k + 1);
                double[] d = new double[k + 1];
                if (!MixedPayoffs.solve(a, rhs, d)) {
                    return null;
                }
                double dn = 0;
                for (int i = 0; i <= k; i++) {
                    u[i] += d[i];
                    dn = Math.max(dn, Math.abs(d[i]));
                }
                if (dn > 0.5 * step + 1e-9 && it > 0) {
                    return null; // diverging: the predictor jumped too far
                }
            }
            double[] z = Arrays.copyOf(u, k);
            eval(z, u[k], h, null);
            double res = 0;
            for (double v : h) {
                res = Math.max(res, Math.abs(v));
            }
            return res <= 1e-10 ? u : null;
        }

        /** Newton on H(·, 0) from the point interpolated at λ = 0; the retracted profile. */
        private double[][] crossing(double[] u0, double[] u1) {
            double f = u0[k] / (u0[k] - u1[k]);
            double[] z = new double[k];
            for (int i = 0; i < k; i++) {
                z[i] = u0[i] + f * (u1[i] - u0[i]);
            }
            double[] h = new double[k];
            double[][] jz = new double[k][k];
            for (int it = 0; it < 30; it++) {
                eval(z, 0, h, jz);
                double res = 0;
                for (double v : h) {
                    res = Math.max(res, Math.abs(v));
                }
                if (res <= 1e-14) {
                    break;
                }
                double[] rhs = new double[k];
                for (int i = 0; i < k; i++) {
                    rhs[i] = -h[i];
                }
                double[] d = new double[k];
                if (!MixedPayoffs.solve(jz, rhs, d)) {
                    break;
                }
                for (int i = 0; i < k; i++) {
                    z[i] += d[i];
                }
            }
            return retract(z);
        }
    }
}
