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
 * {@code simpdiv}: one equilibrium of an N-player game by simplicial subdivision with restarts, the
 * variable-dimension algorithm of van der Laan and Talman on the product of the players' simplices
 * S = Π_i Δ(n_i) (van der Laan, Talman, van der Heyden, "Simplicial variable dimension algorithms
 * for solving the nonlinear complementarity problem on a product of unit simplices using a general
 * labelling", Math. Oper. Res. 12 (1987) 377–397; Gambit's {@code simpdiv}).
 *
 * <p><b>Labels.</b> With v_i(h; x) the payoff of pure h and the Nash map
 * y_ih = (x_ih + g_ih)/(1 + Σ_k g_ik), g_ih = max(0, v_i(h;x) − v_i(x)), a grid point x gets the
 * integer label (i,h) maximising x_ih − y_ih ("x_ih should decrease"; ties to the larger x_ih). A
 * coordinate x_ih = 0 never carries its label unless x is an exact equilibrium, because then
 * x_ih − y_ih ≤ 0 while the maximum is positive; on the grid a coordinate counts as zero below
 * δ/2, because 1/6 − 1/6 computed along the path can leave 5·10⁻¹⁷, and a "positive" zero would
 * let the path step across the boundary out of the simplices.
 *
 * <p><b>Regions and triangulation.</b> With directions q(i,h) = e(i,h+1) − e(i,h) (cyclic in h,
 * Σ_h q(i,h) = 0) and a start v on the grid of mesh δ with all coordinates ≥ δ, the region of a
 * label set T = (T_i), each T_i a proper subset of player i's strategies, is
 * A(T) = {v + Σ_{(i,h)∈T} α_ih q(i,h) : α ≥ 0} ∩ S, triangulated by the simplices with vertices
 * y¹ = v + δ Σ a_ih q(i,h) (a ∈ ℕ^T) and y^{k+1} = y^k + δ q(π_k) for an ordering π of T; the
 * boundary hyperplanes x_ih = 0 are unions of their faces. Starting at v, the algorithm follows
 * T-complete simplices (labels ⊇ T) by replacement steps, adds a label to T when a new vertex
 * brings one (dimension up), drops π_t when a facet reaches α_{π_t} = 0 (dimension down), and
 * stops when a new label (i,h) completes player i's strategies. At that simplex every label of
 * player i attains the maximum of x − y up to the grid's modulus of continuity, and since
 * Σ_h (x_ih − y_ih) = 0 the maximum is O(δ): the vertex is an approximate equilibrium.
 *
 * <p><b>Restarts.</b> The grid starts at δ = 1/(2·max n_i) and is halved (Gambit's grid
 * multiplier 2) with a restart from the best vertex of the last complete simplex, rounded to the
 * new grid, until the max regret is ≤ 10⁻⁸·scale or δ &lt; 2⁻⁴⁰; the profile is then polished by
 * Newton's method on its support and refined to exact rationals where possible
 * ({@link NumericEquilibrium#verify}). Start 0 is the centroid; further starts ({@code starts})
 * are seeded random grid points and report distinct equilibria only. A level stops after 10⁷
 * pivots (it never does on games of ordinary size; then the best profile so far is verified).
 */
public final class SimpDivSolver implements NashSolver {

    private final int starts;
    private final long seed;

    /** One start at the centroid. */
    public SimpDivSolver() {
        this(1, 0);
    }

    /**
     * @param starts number of starting points (first the centroid, then seeded random grid points), ≥ 1
     * @param seed   seed of the random starts
     */
    public SimpDivSolver(int starts, long seed) {
        if (starts < 1) {
            throw new IllegalArgumentException("simpdiv needs at least one start, got " + starts);
        }
        this.starts = starts;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "simpdiv";
    }

    @Override
    public String description() {
        return "one equilibrium per start by simplicial subdivision with restarts (van der Laan-Talman), N players";
    }

    @Override
    public WorkEstimate estimate(NormalFormGame game) {
        int k = 0;
        for (int p = 0; p < game.numPlayers(); p++) {
            k += game.numStrategies(p);
        }
        // path lengths grow about as k² per level, each step one payoff evaluation
        return WorkEstimate.of((double) starts * 40 * k * k * 50 * game.numProfiles() * game.numPlayers(),
                "payoff-cell operations along subdivision paths", 3e8);
    }

    @Override
    public SolveResult solve(NormalFormGame game) {
        return solve(game, SolveOptions.DEFAULT.withForce(true));
    }

    @Override
    public SolveResult solve(NormalFormGame game, SolveOptions options) {
        return SolveResult.of(name(), NumericEquilibrium.exactOnes(run(game, options)));
    }

    /** The distinct equilibria of all starts, in start order (starts whose path did not converge add none). */
    public List<NumericEquilibrium> run(NormalFormGame game, SolveOptions options) {
        Cancellation.check();
        options.check(name(), estimate(game));
        SplittableRandom rng = new SplittableRandom(seed);
        return Restarts.collect(game, starts, options, st -> {
            double[][] start = new double[game.numPlayers()][];
            for (int p = 0; p < start.length; p++) {
                start[p] = new double[game.numStrategies(p)];
                double sum = 0;
                for (int j = 0; j < start[p].length; j++) {
                    start[p][j] = st == 0 ? 1 : rng.nextDouble();
                    sum += start[p][j];
                }
                for (int j = 0; j < start[p].length; j++) {
                    start[p][j] /= sum;
                }
            }
            return List.<double[][]>of(solveFrom(game, start));
        });
    }

    /** Grid levels from {@code start} until the max regret is small; the best profile found. */
    static double[][] solveFrom(NormalFormGame game, double[][] start) {
        Path path = new Path(game);
        int maxN = 1;
        for (int p = 0; p < game.numPlayers(); p++) {
            maxN = Math.max(maxN, game.numStrategies(p));
        }
        long m = 2L * maxN;
        double[][] x = start;
        double best = Double.POSITIVE_INFINITY;
        double[][] bestX = start;
        MixedPayoffs mp = new MixedPayoffs(game);
        double scale = path.scale;
        while (m <= (1L << 40)) {
            x = path.run(onGrid(x, m), 1.0 / m);
            double r = mp.maxRegret(x);

            if (r < best) {
                best = r;
                bestX = x;
            }
            if (best <= 1e-8 * scale || path.exact) {
                break;
            }
            if (r < 0.05 * scale) {
                // close: Newton on the support finishes what the grid started
                NumericEquilibrium e = NumericEquilibrium.verify(game, x, "");
                if (e.maxRegret() <= 1e-12 * scale) {
                    return e.profile();
                }
            }
            m *= 2;
        }
        return bestX;
    }

    /** The grid point of mesh 1/m nearest x with every coordinate ≥ 1/m (m ≥ n_i). */
    static double[][] onGrid(double[][] x, long m) {
        double[][] g = new double[x.length][];
        for (int p = 0; p < x.length; p++) {
            int n = x[p].length;
            long[] c = new long[n];
            long sum = 0;
            for (int j = 0; j < n; j++) {
                c[j] = n == 1 ? m : Math.max(1, Math.round(x[p][j] * m));
                sum += c[j];
            }
            while (sum != m) {
                int k = 0;
                for (int j = 1; j < n; j++) {
                    if (sum > m ? c[j] > c[k] : c[j] < c[k]) {
                        k = j;
                    }
                }
                long step = sum > m ? -Math.min(sum - m, c[k] - 1) : m - sum;
                c[k] += step;
                sum += step;
            }
            g[p] = new double[n];
            for (int j = 0; j < n; j++) {
                g[p][j] = (double) c[j] / m;
            }
        }
        return g;
    }

    /** One run of the variable-dimension algorithm on a fixed grid. */
    private static final class Path {
        private final NormalFormGame game;
        private final MixedPayoffs mp;
        private final int n;
        private final int[] player;
        private final int[] strat;
        private final int[] first;
        private final int k;
        private final double scale;
        boolean exact;
        /** Half the mesh: grid coordinates below it are zero (they drift by rounding, ~10⁻¹⁷, after steps). */
        private double half;
        long lastSteps;

        Path(NormalFormGame game) {
            this.game = game;
            this.mp = new MixedPayoffs(game);
            this.n = game.numPlayers();
            int total = 0;
            first = new int[n + 1];
            for (int p = 0; p < n; p++) {
                first[p] = total;
                total += game.numStrategies(p);
            }
            first[n] = total;
            k = total;
            player = new int[k];
            strat = new int[k];
            for (int p = 0; p < n; p++) {
                for (int j = 0; j < game.numStrategies(p); j++) {
                    player[first[p] + j] = p;
                    strat[first[p] + j] = j;
                }
            }
            double sc = 0;
            for (int p = 0; p < n; p++) {
                for (double u : game.payoffsDouble(p)) {
                    sc = Math.max(sc, Math.abs(u));
                }
            }
            scale = Math.max(sc, 1);
        }

        private double[][] unflat(double[] f) {
            double[][] x = new double[n][];
            for (int p = 0; p < n; p++) {
                x[p] = Arrays.copyOfRange(f, first[p], first[p + 1]);
            }
            return x;
        }

        /** The label of a grid point; −1 if it is an exact equilibrium. */
        private int label(double[] f) {
            double[][] x = unflat(f);
            mp.compute(x, false);
            int best = -1;
            double bestD = 0;
            double bestX = 0;
            for (int p = 0; p < n; p++) {
                int np = x[p].length;
                if (np < 2) {
                    continue;
                }
                double avg = 0;
                for (int j = 0; j < np; j++) {
                    avg += x[p][j] * mp.v[p][j];
                }
                double gs = 0;
                double[] g = new double[np];
                for (int j = 0; j < np; j++) {
                    g[j] = Math.max(0, mp.v[p][j] - avg);
                    gs += g[j];
                }
                for (int j = 0; j < np; j++) {
                    double y = (x[p][j] + g[j]) / (1 + gs);
                    double dlt = x[p][j] - y;
                    if (x[p][j] > half && (best < 0 || dlt > bestD || (dlt == bestD && x[p][j] > bestX))) {
                        best = first[p] + j;
                        bestD = dlt;
                        bestX = x[p][j];
                    }
                }
            }
            return bestD <= 0 ? -1 : best;
        }

        /** Adds δ·q(l) to a point (in place). */
        private void step(double[] y, int l, double delta) {
            int p = player[l];
            int np = first[p + 1] - first[p];
            int next = first[p] + (strat[l] + 1) % np;
            y[l] -= delta;
            y[next] += delta;
        }

        private void unstep(double[] y, int l, double delta) {
            int p = player[l];
            int np = first[p + 1] - first[p];
            int next = first[p] + (strat[l] + 1) % np;
            y[l] += delta;
            y[next] -= delta;
        }

        /** Follows the path from v (a grid point) to a complete simplex; its best vertex. */
        double[][] run(double[][] start, double delta) {
            exact = false;
            half = delta / 2;
            double[] v = new double[k];
            for (int p = 0; p < n; p++) {
                System.arraycopy(start[p], 0, v, first[p], start[p].length);
            }
            int l0 = label(v);
            if (l0 < 0) {
                exact = true;
                return unflat(v);
            }
            int[] a = new int[k];
            boolean[] inT = new boolean[k];
            int[] countT = new int[n];
            List<Integer> pi = new ArrayList<>();
            List<double[]> verts = new ArrayList<>();
            List<Integer> labs = new ArrayList<>();
            verts.add(v.clone());
            labs.add(l0);
            // the new label l0 opens A({l0})
            int newLabel = l0;
            int knew = 0;
            double[] bestV = v.clone();
            double bestR = Double.POSITIVE_INFINITY;
            long steps = 0;
            for (long it = 0; it < 10_000_000L; it++) {
                steps = it;
                if ((it & 1023) == 0) {
                    Cancellation.check();
                }
                int l = newLabel;
                if (!inT[l]) {
                    int p = player[l];
                    if (countT[p] == first[p + 1] - first[p] - 1) {
                        break; // player p's labels complete: approximate equilibrium
                    }
                    // dimension up
                    inT[l] = true;
                    countT[p]++;
                    pi.add(l);
                    double[] y = verts.get(verts.size() - 1).clone();
                    step(y, l, delta);
                    verts.add(y);
                    knew = verts.size() - 1;
                    int lab = label(y);
                    if (lab < 0) {
                        exact = true;
                        return unflat(y);
                    }
                    labs.add(lab);
                    newLabel = lab;
                    continue;
                }
                // l ∈ T: remove the other vertex with label l
                int kk = -1;
                for (int i = 0; i < labs.size(); i++) {
                    if (i != knew && labs.get(i) == l) {
                        kk = i;
                        break;
                    }
                }
                if (kk < 0) {
                    throw new IllegalStateException("simpdiv: lost the duplicate label (internal error)");
                }
                while (true) {
                    int t = pi.size();
                    if (t == 0) {
                        throw new IllegalStateException("simpdiv: the path returned to its start (internal error)");
                    }
                    if (kk == t && a[pi.get(t - 1)] == 0) {
                        // the facet lies on α_{π_t} = 0: dimension down, then remove the vertex labelled π_t
                        int drop = pi.remove(t - 1);
                        inT[drop] = false;
                        countT[player[drop]]--;
                        verts.remove(t);
                        labs.remove(t);
                        int again = labs.indexOf(drop);
                        if (again < 0) {
                            throw new IllegalStateException("simpdiv: label " + drop + " vanished (internal error)");
                        }
                        kk = again;
                        continue;
                    }
                    break;
                }
                int t = pi.size();
                double[] y;
                if (kk == 0) {
                    int l0p = pi.remove(0);
                    pi.add(l0p);
                    a[l0p]++;
                    verts.remove(0);
                    labs.remove(0);
                    y = verts.get(verts.size() - 1).clone();
                    step(y, l0p, delta);
                    verts.add(y);
                    knew = t;
                } else if (kk < t) {
                    int tmp = pi.get(kk - 1);
                    pi.set(kk - 1, pi.get(kk));
                    pi.set(kk, tmp);
                    y = verts.get(kk - 1).clone();
                    step(y, pi.get(kk - 1), delta);
                    verts.set(kk, y);
                    knew = kk;
                } else {
                    int lt = pi.remove(t - 1);
                    pi.add(0, lt);
                    a[lt]--;
                    verts.remove(t);
                    labs.remove(t);
                    y = verts.get(0).clone();
                    unstep(y, lt, delta);
                    verts.add(0, y);
                    labs.add(0, -2);
                    knew = 0;
                }
                int lab = label(y);
                if (lab < 0) {
                    exact = true;
                    return unflat(y);
                }
                if (knew == t && kk == 0) {
                    labs.add(lab);
                } else {
                    labs.set(knew, lab);
                }
                newLabel = lab;
            }
            lastSteps = steps;
            // best vertex of the final simplex
            for (double[] y : verts) {
                double r = mp.maxRegret(unflat(y));
                if (r < bestR) {
                    bestR = r;
                    bestV = y;
                }
            }
            return unflat(bestV);
        }
    }
}
