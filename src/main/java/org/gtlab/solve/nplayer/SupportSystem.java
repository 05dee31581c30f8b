package org.gtlab.solve.nplayer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Cancellation;
import org.gtlab.math.Rational;

/**
 * The equilibrium conditions of one support profile (S₁, …, S_N) as a polynomial system, and its
 * solution. With free variables t_p = (x_p(j) : j ∈ S_p, j ≠ j₀(p)) and x_p(j₀) = 1 − Σ t_p, the
 * equations are, for every player p and j ∈ S_p \ {j₀},
 * <pre>
 *   f_{p,j}(t) = v_p(j; x) − v_p(j₀; x) = 0,       v_p(j; x) = Σ_{s₋ₚ ∈ S₋ₚ} u_p(j, s₋ₚ) Π_{q≠p} x_q(s_q),
 * </pre>
 * d = Σ(|S_p| − 1) equations in d unknowns, with the side conditions x_p(j) &gt; 0 on S_p and
 * {@code g_{p,k} = v_p(k) − v_p(j₀) ≤ 0} for k ∉ S_p. Every f and g is affine in each player's block
 * t_q, so its exact range over a box is attained at the box's 2^d corners. The corners of a cell
 * are evaluated until every condition that could exclude it has failed (each f has taken both
 * signs, each g a non-positive value): cells that contain a root stop early.
 *
 * <p>Solution: (1) when at most two players mix the system is linear and is solved in exact
 * rationals (a unique solution is an exact equilibrium or none; a singular system is a continuum
 * or empty and goes to step 2). (2) Otherwise the box [0,1]^d is bisected (widest side first); a
 * cell is dropped when some f has constant sign on it, some g is positive on all of it, or it lies
 * outside the simplices (corner ranges, tolerance 1e-12·scale); cells of side 2⁻⁵ are leaves, and
 * Newton's method from each leaf's centre (with Levenberg–Marquardt steps where singular) gives
 * the roots. A root whose Jacobian is singular (smallest/largest pivot below 1e-9) is reported as
 * a point of a continuum. At most {@code budget} cells are visited per support (as
 * {@code gambit-enumpoly -r}); a support over budget is reported. Exclusion is exact up to
 * rounding; the leaf Newton step can in principle miss a second root within one leaf cell
 * (distance below 2⁻⁵), which the leaf size makes unlikely for games with small integer payoffs.
 *
 * <p>References: Porter, Nudelman, Shoham, "Simple search methods for finding a Nash
 * equilibrium", GEB 63 (2008) (support enumeration); McKelvey and McLennan, "Computation of
 * equilibria in finite games", Handbook of Computational Economics 1 (1996) §5 (the polynomial
 * systems; Gambit's {@code enumpoly}).
 */
final class SupportSystem {

    /** Outcome for one support. */
    record Outcome(List<NumericEquilibrium> equilibria, boolean continuum, boolean overBudget, int cells) {
    }

    static final double LEAF = 1.0 / 32;

    private final NormalFormGame game;
    private final int n;
    private final int[] shape;
    private final int[] stride;
    private final int[][] s;
    private final int[] off;
    private final int d;
    private final double[][] pay;
    private final double scale;
    private final int budget;

    SupportSystem(NormalFormGame game, int[][] support, int budget) {
        this.game = game;
        this.n = game.numPlayers();
        this.shape = game.shape();
        this.stride = new int[n];
        for (int p = 0; p < n; p++) {
            stride[p] = game.stride(p);
        }
        this.s = support;
        this.off = new int[n + 1];
        for (int p = 0; p < n; p++) {
            off[p + 1] = off[p] + s[p].length - 1;
        }
        this.d = off[n];
        this.pay = new double[n][];
        double sc = 0;
        for (int p = 0; p < n; p++) {
            pay[p] = game.payoffsDouble(p);
            for (double u : pay[p]) {
                sc = Math.max(sc, Math.abs(u));
            }
        }
        this.scale = Math.max(sc, 1);
        this.budget = budget;
    }

    int dimension() {
        return d;
    }

    int mixingPlayers() {
        int m = 0;
        for (int[] sp : s) {
            m += sp.length > 1 ? 1 : 0;
        }
        return m;
    }

    Outcome solve() {
        if (mixingPlayers() <= 2) {
            Optional<Optional<StrategyProfile>> lin = exactLinear();
            if (lin.isPresent()) {
                List<NumericEquilibrium> l = new ArrayList<>();
                lin.get().ifPresent(p -> l.add(NumericEquilibrium.exact(p, "")));
                return new Outcome(l, false, false, 0);
            }
        }
        return subdivide();
    }

    // ---- exact linear case -------------------------------------------------------------------

    /**
     * Empty when the linear system is singular; otherwise the equilibrium on this support (or
     * none).
     */
    private Optional<Optional<StrategyProfile>> exactLinear() {
        int[] voff = new int[n + 1];
        for (int p = 0; p < n; p++) {
            voff[p + 1] = voff[p] + (s[p].length > 1 ? s[p].length : 0);
        }
        int m = voff[n];
        NormalFormGame g = game.asExact();
        Rational[] sol = new Rational[0];
        if (m > 0) {
            Rational[][] a = new Rational[m][m + 1];
            for (Rational[] row : a) {
                Arrays.fill(row, Rational.ZERO);
            }
            int r = 0;
            for (int p = 0; p < n; p++) {
                if (s[p].length == 1) {
                    continue;
                }
                for (int t = 1; t < s[p].length; t++) {
                    // v_p(s_t) − v_p(s_0) as a linear form in the other mixing player's variables
                    Rational[] row = a[r++];
                    linearRow(g, p, s[p][t], s[p][0], row, voff);
                }
                for (int c = 0; c < s[p].length; c++) {
                    a[r][voff[p] + c] = Rational.ONE;
                }
                a[r][m] = Rational.ONE;
                r++;
            }
            sol = org.gtlab.math.RationalGauss.solve(a, m);
            if (sol == null) {
                return Optional.empty();
            }
        }
        Rational[][] prob = new Rational[n][];
        for (int p = 0; p < n; p++) {
            prob[p] = new Rational[shape[p]];
            Arrays.fill(prob[p], Rational.ZERO);
            if (s[p].length == 1) {
                prob[p][s[p][0]] = Rational.ONE;
            } else {
                for (int c = 0; c < s[p].length; c++) {
                    Rational v = sol[voff[p] + c];
                    if (v.signum() <= 0) {
                        return Optional.of(Optional.empty());
                    }
                    prob[p][s[p][c]] = v;
                }
            }
        }
        List<MixedStrategy> ms = new ArrayList<>();
        for (Rational[] pr : prob) {
            ms.add(MixedStrategy.of(pr));
        }
        StrategyProfile prof = StrategyProfile.of(ms);
        return Optional.of(org.gtlab.solve.logit.ExactRefinement.isNash(g, prof) ? Optional.of(prof) : Optional.empty());
    }

    /** Coefficients of v_p(j) − v_p(j0) in the variables of the (at most one) other mixing player; constant in column m (negated). */
    private void linearRow(NormalFormGame g, int p, int j, int j0, Rational[] row, int[] voff) {
        int m = row.length - 1;
        int[] prof = new int[n];
        int mixer = -1;
        for (int q = 0; q < n; q++) {
            if (q != p && s[q].length > 1) {
                mixer = q;
            }
            if (q != p) {
                prof[q] = s[q][0];
            }
        }
        if (mixer < 0) {
            prof[p] = j;
            Rational c = g.payoff(p, prof);
            prof[p] = j0;
            c = c.subtract(g.payoff(p, prof));
            row[m] = c.negate();
            return;
        }
        for (int c = 0; c < s[mixer].length; c++) {
            prof[mixer] = s[mixer][c];
            prof[p] = j;
            Rational u = g.payoff(p, prof);
            prof[p] = j0;
            row[voff[mixer] + c] = u.subtract(g.payoff(p, prof));
        }
    }

    // ---- subdivision -------------------------------------------------------------------------

    /** x from t: x_p(s_p[0]) = 1 − Σ t_p, x_p(s_p[c]) = t[off_p + c − 1]. */
    double[][] profile(double[] t) {
        double[][] x = new double[n][];
        for (int p = 0; p < n; p++) {
            x[p] = new double[shape[p]];
        }
        return profile(t, x);
    }

    /** {@link #profile(double[])} into x (zero off the supports, as allocated). */
    private double[][] profile(double[] t, double[][] x) {
        for (int p = 0; p < n; p++) {
            double sum = 0;
            for (int c = 1; c < s[p].length; c++) {
                x[p][s[p][c]] = t[off[p] + c - 1];
                sum += t[off[p] + c - 1];
            }
            x[p][s[p][0]] = 1 - sum;
        }
        return x;
    }

    /**
     * v[p][j] for all j of p, with the others restricted to their supports: for each p one walk
     * over the others' support profiles s₋ₚ, with weight Π_{q≠p} x_q(s_q) and all of p's
     * strategies at once.
     */
    private void values(double[][] x, double[][] v) {
        int[] pos = new int[n];
        for (int p = 0; p < n; p++) {
            double[] vp = v[p];
            Arrays.fill(vp, 0);
            double[] up = pay[p];
            int st = stride[p];
            int np = shape[p];
            Arrays.fill(pos, 0);
            while (true) {
                double w = 1;
                int base = 0;
                for (int q = 0; q < n; q++) {
                    if (q != p) {
                        int j = s[q][pos[q]];
                        w *= x[q][j];
                        base += j * stride[q];
                    }
                }
                if (w != 0) {
                    for (int j = 0, idx = base; j < np; j++, idx += st) {
                        vp[j] += up[idx] * w;
                    }
                }
                int q = 0;
                while (q < n && (q == p || ++pos[q] == s[q].length)) {
                    if (q != p) {
                        pos[q] = 0;
                    }
                    q++;
                }
                if (q == n) {
                    break;
                }
            }
        }
    }

    private Outcome subdivide() {
        double tol = 1e-12 * scale;
        List<double[][]> cells = new ArrayList<>();
        cells.add(new double[][] {filled(0), filled(1)});
        List<double[]> leaves = new ArrayList<>();
        int visited = 0;
        boolean over = false;
        double[][] v = new double[n][];
        for (int p = 0; p < n; p++) {
            v[p] = new double[shape[p]];
        }
        int eqs = d;
        double[] fmin = new double[eqs];
        double[] fmax = new double[eqs];
        int ineqs = 0;
        for (int p = 0; p < n; p++) {
            ineqs += shape[p] - s[p].length;
        }
        double[] gmin = new double[ineqs];
        double[] t = new double[d];
        double[][] xbuf = new double[n][];
        boolean[][] inSupport = new boolean[n][];
        for (int p = 0; p < n; p++) {
            xbuf[p] = new double[shape[p]];
            inSupport[p] = new boolean[shape[p]];
            for (int j : s[p]) {
                inSupport[p][j] = true;
            }
        }
        while (!cells.isEmpty()) {
            double[][] c = cells.remove(cells.size() - 1);
            if (++visited > budget) {
                over = true;
                break;
            }
            if ((visited & 255) == 0) {
                Cancellation.check();
            }
            double[] lo = c[0];
            double[] hi = c[1];
            boolean out = false;
            for (int p = 0; p < n && !out; p++) {
                double sum = 0;
                for (int k = off[p]; k < off[p + 1]; k++) {
                    sum += lo[k];
                }
                out = sum > 1 + 1e-12;
            }
            if (out) {
                continue;
            }
            Arrays.fill(fmin, Double.POSITIVE_INFINITY);
            Arrays.fill(fmax, Double.NEGATIVE_INFINITY);
            Arrays.fill(gmin, Double.POSITIVE_INFINITY);
            int open = eqs + ineqs; // conditions that could still exclude the cell
            for (int corner = 0; corner < (1 << d) && open > 0; corner++) {
                for (int k = 0; k < d; k++) {
                    t[k] = (corner >> k & 1) == 0 ? lo[k] : hi[k];
                }
                double[][] x = profile(t, xbuf);
                values(x, v);
                int e = 0;
                int gi = 0;
                for (int p = 0; p < n; p++) {
                    double v0 = v[p][s[p][0]];
                    for (int k = 1; k < s[p].length; k++) {
                        double f = v[p][s[p][k]] - v0;
                        boolean wasOpen = fmin[e] > tol || fmax[e] < -tol;
                        fmin[e] = Math.min(fmin[e], f);
                        fmax[e] = Math.max(fmax[e], f);
                        if (wasOpen && !(fmin[e] > tol || fmax[e] < -tol)) {
                            open--; // f has taken both signs: it cannot exclude the cell any more
                        }
                        e++;
                    }
                    for (int j = 0; j < shape[p]; j++) {
                        if (!inSupport[p][j]) {
                            double gv = v[p][j] - v0;
                            if (gmin[gi] > tol && gv <= tol) {
                                open--; // g is not positive on all of the cell
                            }
                            gmin[gi] = Math.min(gmin[gi], gv);
                            gi++;
                        }
                    }
                }
            }
            for (int e = 0; e < eqs && !out; e++) {
                out = fmin[e] > tol || fmax[e] < -tol;
            }
            for (int gi = 0; gi < ineqs && !out; gi++) {
                out = gmin[gi] > tol;
            }
            if (out) {
                continue;
            }
            int wide = 0;
            for (int k = 1; k < d; k++) {
                if (hi[k] - lo[k] > hi[wide] - lo[wide]) {
                    wide = k;
                }
            }
            if (d == 0 || hi[wide] - lo[wide] <= LEAF) {
                double[] mid = new double[d];
                for (int k = 0; k < d; k++) {
                    mid[k] = (lo[k] + hi[k]) / 2;
                }
                leaves.add(mid);
                continue;
            }
            double m = (lo[wide] + hi[wide]) / 2;
            double[] hi1 = hi.clone();
            hi1[wide] = m;
            double[] lo2 = lo.clone();
            lo2[wide] = m;
            cells.add(new double[][] {lo2, hi});
            cells.add(new double[][] {lo, hi1});
        }
        // leaves nearest the centre of all leaves first: a continuum is then represented by a central point
        double[] centre = new double[d];
        for (double[] leaf : leaves) {
            for (int k = 0; k < d; k++) {
                centre[k] += leaf[k] / leaves.size();
            }
        }
        leaves.sort(java.util.Comparator.comparingDouble(leaf -> {
            double dist = 0;
            for (int k = 0; k < d; k++) {
                dist += (leaf[k] - centre[k]) * (leaf[k] - centre[k]);
            }
            return dist;
        }));
        List<NumericEquilibrium> found = new ArrayList<>();
        List<double[][]> roots = new ArrayList<>();
        boolean continuum = false;
        for (double[] leaf : leaves) {
            Cancellation.check();
            double[][] x0 = profile(leaf);
            if (near(x0, roots, 2 * LEAF)) {
                continue; // a root found from a neighbouring leaf lies in or next to this one
            }
            double[][] x = d == 0 ? x0 : org.gtlab.solve.logit.ExactRefinement.polish(game, s, x0);
            if (x == null || !onSupport(x) || residual(x) > 1e-9 * scale) {
                continue;
            }
            if (near(x, roots, NumericEquilibrium.SAME)) {
                continue;
            }
            roots.add(x);
            if (!bestResponse(x)) {
                continue;
            }
            boolean singular = d > 0 && singular(x);
            if (singular && continuum) {
                continue; // one representative per continuum
            }
            NumericEquilibrium e = NumericEquilibrium.verify(game, x, singular ? "continuum" : "");
            if (e.maxRegret() > 1e-8 * scale || e.isIn(found)) {
                continue;
            }
            continuum |= singular;
            found.add(e);
        }
        return new Outcome(found, continuum, over, visited);
    }

    /** Whether some root is within {@code dist} (max norm) of x; roots of singular systems never suppress leaves. */
    private static boolean near(double[][] x, List<double[][]> roots, double dist) {
        for (double[][] r : roots) {
            if (NumericEquilibrium.distance(x, r) < dist) {
                return true;
            }
        }
        return false;
    }

    private double[] filled(double value) {
        double[] a = new double[d];
        Arrays.fill(a, value);
        return a;
    }

    private static boolean contains(int[] a, int j) {
        for (int v : a) {
            if (v == j) {
                return true;
            }
        }
        return false;
    }

    private boolean onSupport(double[][] x) {
        for (int p = 0; p < n; p++) {
            double sum = 0;
            for (int j = 0; j < shape[p]; j++) {
                boolean in = contains(s[p], j);
                if (!Double.isFinite(x[p][j]) || (in ? x[p][j] <= 1e-9 : x[p][j] != 0)) {
                    return false;
                }
                sum += x[p][j];
            }
            if (Math.abs(sum - 1) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    private double residual(double[][] x) {
        double[][] v = new double[n][];
        for (int p = 0; p < n; p++) {
            v[p] = new double[shape[p]];
        }
        values(x, v);
        double r = 0;
        for (int p = 0; p < n; p++) {
            for (int k = 1; k < s[p].length; k++) {
                r = Math.max(r, Math.abs(v[p][s[p][k]] - v[p][s[p][0]]));
            }
        }
        return r;
    }

    private boolean bestResponse(double[][] x) {
        double[][] v = new double[n][];
        for (int p = 0; p < n; p++) {
            v[p] = new double[shape[p]];
        }
        values(x, v);
        for (int p = 0; p < n; p++) {
            for (int j = 0; j < shape[p]; j++) {
                if (v[p][j] > v[p][s[p][0]] + 1e-9 * scale) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the support system's Jacobian at x is singular (pivot ratio below 1e-9). */
    private boolean singular(double[][] x) {
        org.gtlab.solve.logit.MixedPayoffs mp = new org.gtlab.solve.logit.MixedPayoffs(game);
        mp.compute(x, true);
        double[][] a = new double[d][d];
        int r = 0;
        for (int p = 0; p < n; p++) {
            int j0 = s[p][0];
            for (int k = 1; k < s[p].length; k++) {
                int j = s[p][k];
                for (int q = 0; q < n; q++) {
                    if (q == p) {
                        continue;
                    }
                    int q0 = s[q][0];
                    for (int c = 1; c < s[q].length; c++) {
                        int kk = s[q][c];
                        // ∂/∂t_q(kk) with x_q(q0) = 1 − Σ t_q
                        a[r][off[q] + c - 1] = (mp.w[p][q][j][kk] - mp.w[p][q][j][q0]) - (mp.w[p][q][j0][kk] - mp.w[p][q][j0][q0]);
                    }
                }
                r++;
            }
        }
        double big = 0;
        double small = Double.POSITIVE_INFINITY;
        for (int c = 0; c < d; c++) {
            int piv = c;
            for (int i = c + 1; i < d; i++) {
                if (Math.abs(a[i][c]) > Math.abs(a[piv][c])) {
                    piv = i;
                }
            }
            double[] tmp = a[c];
            a[c] = a[piv];
            a[piv] = tmp;
            double pv = Math.abs(a[c][c]);
            big = Math.max(big, pv);
            small = Math.min(small, pv);
            if (pv == 0) {
                return true;
            }
            for (int i = c + 1; i < d; i++) {
                double f = a[i][c] / a[c][c];
                for (int k = c; k < d; k++) {
                    a[i][k] -= f * a[c][k];
                }
            }
        }
        return small < 1e-9 * Math.max(big, 1e-300) || small < 1e-12 * scale;
    }
}
