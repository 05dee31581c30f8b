package org.gtlab.sweep;

import java.util.ArrayList;
import java.util.List;
import org.gtlab.compute.ComputeBackend;
import org.gtlab.dynamics.Dynamic;
import org.gtlab.dynamics.GameDynamics;
import org.gtlab.dynamics.PopulationGame;
import org.gtlab.dynamics.RungeKutta4;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Cancellation;
import org.gtlab.math.Rng;

/**
 * Long-run outcomes of a population dynamic on two-player games, for many games (sweep cells) at
 * once: run each game from a start state for time {@code horizon} with RK4 of step {@code dt}, then
 * classify the end state as a pure profile ("(A, B)": both populations within {@link #PURE} of a
 * vertex), "mixed rest point" (speed |ẋ| below {@link #REST}) or "no rest point" (still moving:
 * a cycle or slow drift). Two populations (one per player); a symmetric game started at x = y
 * stays on the diagonal, which is the one-population dynamic.
 *
 * <p>The replicator runs through the {@link ComputeBackend}'s batched kernel (all cells of a batch
 * stepped together); logit, BR, BNN and Smith through {@link GameDynamics} and {@link RungeKutta4}
 * one cell at a time. Basin shares: the share of start points whose outcome is a given category,
 * with start points stratified on the diagonal for symmetric 2 × 2 games (x = y = (p, 1 − p),
 * p = (k + ½)/K, so the share is exact up to 1/K) and seeded uniform random points of Δ × Δ
 * otherwise.
 */
public final class LongRunOutcome {

    /** A population counts as at a vertex when its largest share exceeds 1 − PURE. */
    public static final double PURE = 1e-3;
    /** Speed below which a non-vertex end state is a rest point. */
    public static final double REST = 1e-6;

    private final Dynamic dynamic;
    private final boolean replicator;
    private final double horizon;
    private final double dt;
    private final ComputeBackend backend;
    private final boolean earlyStop;

    /** RK4 steps between early-stop checks. */
    public static final int SLICE = 16;

    /**
     * @param dynamic    the dynamic (use {@link Dynamic#replicator()} for the batched kernel)
     * @param replicator true to use the backend's replicator kernel
     * @param horizon    time to run, &gt; 0
     * @param dt         RK4 step, &gt; 0
     */
    public LongRunOutcome(Dynamic dynamic, boolean replicator, double horizon, double dt, ComputeBackend backend) {
        this(dynamic, replicator, horizon, dt, backend, true);
    }

    private LongRunOutcome(Dynamic dynamic, boolean replicator, double horizon, double dt, ComputeBackend backend,
            boolean earlyStop) {
        if (!(horizon > 0) || !(dt > 0) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("horizon and dt must be finite and > 0, got " + horizon + ", " + dt);
        }
        this.dynamic = dynamic;
        this.replicator = replicator;
        this.horizon = horizon;
        this.dt = dt;
        this.backend = backend;
        this.earlyStop = earlyStop && replicator;
    }

    /** Category names for an n × m game: the pure profiles row-major, then the two others. */
    public static List<String> categories(NormalFormGame g) {
        List<String> c = new ArrayList<>();
        for (int i = 0; i < g.numStrategies(0); i++) {
            for (int j = 0; j < g.numStrategies(1); j++) {
                c.add("(" + g.strategyLabels(0).get(i) + ", " + g.strategyLabels(1).get(j) + ")");
            }
        }
        c.add("mixed rest point");
        c.add("no rest point");
        return List.copyOf(c);
    }

    /**
     * The outcome category of each (game, start) pair.
     *
     * @param games  two-player games of one shape n × m
     * @param starts per game, the start (x ∈ Δn, y ∈ Δm) as one array of n + m shares
     */
    public int[] outcomes(List<NormalFormGame> games, List<double[]> starts) {
        int batch = games.size();
        if (batch == 0) {
            return new int[0];
        }
        int n = games.get(0).numStrategies(0);
        int m = games.get(0).numStrategies(1);
        double[] a = new double[batch * n * m];
        double[] b = new double[batch * n * m];
        double[] x = new double[batch * n];
        double[] y = new double[batch * m];
        for (int c = 0; c < batch; c++) {
            NormalFormGame g = games.get(c);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    a[c * n * m + i * m + j] = g.payoffDouble(0, i, j);
                    b[c * n * m + i * m + j] = g.payoffDouble(1, i, j);
                }
            }
            System.arraycopy(starts.get(c), 0, x, c * n, n);
            System.arraycopy(starts.get(c), n, y, c * m, m);
        }
        if (replicator) {
            return replicatorOutcomes(batch, n, m, a, b, x, y);
        }
        for (int c = 0; c < batch; c++) {
            Cancellation.check();
            GameDynamics f = new GameDynamics(PopulationGame.of(games.get(c), PopulationGame.Mode.PER_PLAYER),
                    dynamic);
            double[] s = starts.get(c).clone();
            s = new RungeKutta4(dt).advance(f, s, horizon, dt).state();
            System.arraycopy(s, 0, x, c * n, n);
            System.arraycopy(s, n, y, c * m, m);
        }
        int[] out = new int[batch];
        double[] s = new double[n + m];
        double[] ds = new double[n + m];
        for (int c = 0; c < batch; c++) {
            System.arraycopy(x, c * n, s, 0, n);
            System.arraycopy(y, c * m, s, n, m);
            out[c] = classify(games.get(c), a, b, c * n * m, s, ds, n, m);
        }
        return out;
    }

    /**
     * Replicator outcomes straight from flat payoff tensors (the sweep's batched path: no game
     * objects per cell), through the backend's kernel. Only for a dynamic built with
     * {@code replicator = true}.
     *
     * <p>Early stop (unless {@link #withoutEarlyStop()}): the batch is stepped in slices of
     * {@link #SLICE} RK4 steps; after each slice a cell whose state (x, y) has x_i &gt; 1 − PURE and
     * y_j &gt; 1 − PURE at a pure profile (i, j) that is <em>locked</em> is settled: its outcome is
     * (i, j) and it leaves the batch. Locked means that i is the strict best reply to every y with
     * y_j ≥ 1 − PURE and j to every x with x_i ≥ 1 − PURE, i.e. for all i′ ≠ i
     * (1 − δ)(A_ij − A_i′j) − δ max_{k≠j} |A_ik − A_i′k| &gt; 0 (δ = PURE) and the same for B by
     * columns. In that box ẋ_i = x_i Σ_i′ x_i′ ((Ay)_i − (Ay)_i′) &gt; 0 and likewise ẏ_j &gt; 0, so the
     * box {x_i ≥ x_i(t), y_j ≥ y_j(t)} is forward invariant and the full run would end at the same
     * vertex category. For the RK4 map this holds in the linear regime when h·λ ≤ 1 (the RK4 factor
     * 1 − z + z²/2 − z³/6 + z⁴/24 stays in (0, 1) for 0 &lt; z ≤ 1), so early stop is used only when
     * h·(largest payoff spread of the cell) ≤ 1; cells that do not settle run the full horizon with
     * bit-identical steps. Tested equal, cell by cell, to the run without early stop.
     *
     * @param a batch × n × m row payoffs
     * @param b batch × n × m column payoffs
     * @param x batch × n start shares (overwritten with the end or settled states)
     * @param y batch × m start shares (overwritten likewise)
     */
    public int[] replicatorOutcomes(int batch, int n, int m, double[] a, double[] b, double[] x, double[] y) {
        if (!replicator) {
            throw new IllegalStateException("replicatorOutcomes needs the replicator kernel");
        }
        int steps = (int) Math.ceil(horizon / dt - 1e-9);
        double h = horizon / steps;
        int nm = n * m;
        int[] out = new int[batch];
        java.util.Arrays.fill(out, -1);
        // the cells still running, compacted into their own arrays when many have settled
        int[] idx = new int[batch];
        for (int c = 0; c < batch; c++) {
            idx[c] = c;
        }
        int act = batch;
        double[] ca = a;
        double[] cb = b;
        double[] cx = x;
        double[] cy = y;
        boolean compacted = false;
        boolean[] lockable = new boolean[batch];
        if (earlyStop) {
            for (int c = 0; c < batch; c++) {
                lockable[c] = h * spread(a, b, c * nm, nm) <= 1;
            }
        }
        int slice = earlyStop ? SLICE : 64;
        int done = 0;
        int settled = 0; // settled cells still in the running arrays
        while (done < steps && act > settled) {
            Cancellation.check();
            int k = Math.min(slice, steps - done);
            backend.replicator(act, n, m, ca, cb, cx, cy, h, k);
            done += k;
            if (!earlyStop || done >= steps) {
                continue;
            }
            for (int q = 0; q < act; q++) {
                int c = idx[q];
                if (out[c] < 0 && lockable[c]) {
                    int v = lockedVertex(ca, cb, q * nm, cx, q * n, cy, q * m, n, m);
                    if (v >= 0) {
                        out[c] = v;
                        settled++;
                    }
                }
            }
            if (settled > 0 && settled * 4 >= act) {
                // (a settled cell that stays in the arrays is stepped on harmlessly: its outcome is fixed)
                // compact: write the settled states back, keep the running ones
                int keep = act - settled;
                double[] na = new double[keep * nm];
                double[] nb = new double[keep * nm];
                double[] nx = new double[keep * n];
                double[] ny = new double[keep * m];
                int[] ni = new int[keep];
                int r = 0;
                for (int q = 0; q < act; q++) {
                    int c = idx[q];
                    if (compacted) {
                        System.arraycopy(cx, q * n, x, c * n, n);
                        System.arraycopy(cy, q * m, y, c * m, m);
                    }
                    if (out[c] < 0) {
                        System.arraycopy(ca, q * nm, na, r * nm, nm);
                        System.arraycopy(cb, q * nm, nb, r * nm, nm);
                        System.arraycopy(cx, q * n, nx, r * n, n);
                        System.arraycopy(cy, q * m, ny, r * m, m);
                        ni[r++] = c;
                    }
                }
                ca = na;
                cb = nb;
                cx = nx;
                cy = ny;
                idx = ni;
                act = keep;
                settled = 0;
                compacted = true;
            }
        }
        if (compacted) {
            for (int q = 0; q < act; q++) {
                System.arraycopy(cx, q * n, x, idx[q] * n, n);
                System.arraycopy(cy, q * m, y, idx[q] * m, m);
            }
        }
        double[] s = new double[n + m];
        double[] ds = new double[n + m];
        for (int c = 0; c < batch; c++) {
            if (out[c] < 0) {
                System.arraycopy(x, c * n, s, 0, n);
                System.arraycopy(y, c * m, s, n, m);
                out[c] = classify(null, a, b, c * nm, s, ds, n, m);
            }
        }
        return out;
    }

    /** True if this runs the backend's replicator kernel ({@link #replicatorOutcomes} applies). */
    public boolean isReplicatorKernel() {
        return replicator;
    }

    /** This outcome without the replicator's early stop (the per-cell reference the tests compare with). */
    public LongRunOutcome withoutEarlyStop() {
        return new LongRunOutcome(dynamic, replicator, horizon, dt, backend, false);
    }

    /** The largest |payoff difference| within A and within B of one cell. */
    private static double spread(double[] a, double[] b, int off, int nm) {
        double alo = Double.POSITIVE_INFINITY;
        double ahi = Double.NEGATIVE_INFINITY;
        double blo = Double.POSITIVE_INFINITY;
        double bhi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < nm; k++) {
            alo = Math.min(alo, a[off + k]);
            ahi = Math.max(ahi, a[off + k]);
            blo = Math.min(blo, b[off + k]);
            bhi = Math.max(bhi, b[off + k]);
        }
        double s = Math.max(ahi - alo, bhi - blo);
        return Double.isFinite(s) ? s : Double.POSITIVE_INFINITY;
    }

    /** The settled pure profile i·m + j of a state (see {@link #replicatorOutcomes}), or −1. */
    private static int lockedVertex(double[] a, double[] b, int ao, double[] x, int xo, double[] y, int yo, int n,
            int m) {
        int i = 0;
        for (int r = 1; r < n; r++) {
            if (x[xo + r] > x[xo + i]) {
                i = r;
            }
        }
        int j = 0;
        for (int c = 1; c < m; c++) {
            if (y[yo + c] > y[yo + j]) {
                j = c;
            }
        }
        if (!(x[xo + i] > 1 - PURE) || !(y[yo + j] > 1 - PURE)) {
            return -1;
        }
        double d = PURE;
        for (int r = 0; r < n; r++) {
            if (r == i) {
                continue;
            }
            double worst = 0;
            for (int c = 0; c < m; c++) {
                if (c != j) {
                    worst = Math.max(worst, Math.abs(a[ao + i * m + c] - a[ao + r * m + c]));
                }
            }
            if (!((1 - d) * (a[ao + i * m + j] - a[ao + r * m + j]) - d * worst > 0)) {
                return -1;
            }
        }
        for (int c = 0; c < m; c++) {
            if (c == j) {
                continue;
            }
            double worst = 0;
            for (int r = 0; r < n; r++) {
                if (r != i) {
                    worst = Math.max(worst, Math.abs(b[ao + r * m + j] - b[ao + r * m + c]));
                }
            }
            if (!((1 - d) * (b[ao + i * m + j] - b[ao + i * m + c]) - d * worst > 0)) {
                return -1;
            }
        }
        return i * m + j;
    }

    /**
     * The category of an end state s = (x, y) of the cell at payoff offset {@code ao}: a pure
     * profile if both populations are within PURE of a vertex, else a mixed rest point if the
     * dynamic's speed |ṡ| is below REST, else "no rest point".
     */
    private int classify(NormalFormGame g, double[] a, double[] b, int ao, double[] s, double[] ds, int n, int m) {
        int bi = 0;
        for (int i = 1; i < n; i++) {
            if (s[i] > s[bi]) {
                bi = i;
            }
        }
        int bj = 0;
        for (int j = 1; j < m; j++) {
            if (s[n + j] > s[n + bj]) {
                bj = j;
            }
        }
        if (s[bi] > 1 - PURE && s[n + bj] > 1 - PURE) {
            return bi * m + bj;
        }
        if (replicator) {
            replicatorField(a, b, ao, n, m, s, ds);
        } else {
            GameDynamics f = new GameDynamics(PopulationGame.of(g, PopulationGame.Mode.PER_PLAYER),
                    dynamic);
            f.derivative(s, ds);
        }
        double speed = 0;
        for (double v : ds) {
            speed += v * v;
        }
        return Math.sqrt(speed) < REST ? n * m : n * m + 1;
    }

    /** The two-population replicator field at s into ds (the compute kernel's one formula). */
    static void replicatorField(double[] a, double[] b, int ao, int n, int m, double[] s, double[] ds) {
        org.gtlab.compute.JavaBackend.replicatorField(a, b, ao, n, m, s, ds);
    }

    /**
     * Start points for basin shares: K stratified diagonal points for a symmetric 2 × 2 game, else K
     * seeded uniform points of Δn × Δm.
     */
    public static List<double[]> basinStarts(NormalFormGame g, int k, long seed) {
        int n = g.numStrategies(0);
        int m = g.numStrategies(1);
        List<double[]> s = new ArrayList<>(k);
        if (n == 2 && m == 2 && symmetric(g)) {
            for (int i = 0; i < k; i++) {
                double p = (i + 0.5) / k;
                s.add(new double[] {p, 1 - p, p, 1 - p});
            }
            return s;
        }
        Rng rng = Rng.stream(seed, 7);
        for (int i = 0; i < k; i++) {
            double[] v = new double[n + m];
            simplex(rng, v, 0, n);
            simplex(rng, v, n, m);
            s.add(v);
        }
        return s;
    }

    private static void simplex(Rng rng, double[] v, int off, int len) {
        double sum = 0;
        for (int i = 0; i < len; i++) {
            v[off + i] = -StrictMath.log(1 - rng.nextDouble());
            sum += v[off + i];
        }
        for (int i = 0; i < len; i++) {
            v[off + i] /= sum;
        }
    }

    /** True for a two-player game with B = Aᵀ. */
    public static boolean symmetric(NormalFormGame g) {
        int n = g.numStrategies(0);
        if (g.numPlayers() != 2 || n != g.numStrategies(1)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (g.payoffDouble(0, i, j) != g.payoffDouble(1, j, i)) {
                    return false;
                }
            }
        }
        return true;
    }
}
