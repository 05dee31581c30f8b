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

    /**
     * @param dynamic    the dynamic (use {@link Dynamic#replicator()} for the batched kernel)
     * @param replicator true to use the backend's replicator kernel
     * @param horizon    time to run, &gt; 0
     * @param dt         RK4 step, &gt; 0
     */
    public LongRunOutcome(Dynamic dynamic, boolean replicator, double horizon, double dt, ComputeBackend backend) {
        if (!(horizon > 0) || !(dt > 0) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("horizon and dt must be finite and > 0, got " + horizon + ", " + dt);
        }
        this.dynamic = dynamic;
        this.replicator = replicator;
        this.horizon = horizon;
        this.dt = dt;
        this.backend = backend;
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
        int steps = (int) Math.ceil(horizon / dt - 1e-9);
        if (replicator) {
            // in slices so that cancel is seen between them
            int slice = 64;
            for (int done = 0; done < steps; done += slice) {
                Cancellation.check();
                backend.replicator(batch, n, m, a, b, x, y, horizon / steps, Math.min(slice, steps - done));
            }
        } else {
            for (int c = 0; c < batch; c++) {
                Cancellation.check();
                GameDynamics f = new GameDynamics(PopulationGame.of(games.get(c), PopulationGame.Mode.PER_PLAYER),
                        dynamic);
                double[] s = starts.get(c).clone();
                s = new RungeKutta4(dt).advance(f, s, horizon, dt).state();
                System.arraycopy(s, 0, x, c * n, n);
                System.arraycopy(s, n, y, c * m, m);
            }
        }
        int[] out = new int[batch];
        for (int c = 0; c < batch; c++) {
            double[] s = new double[n + m];
            System.arraycopy(x, c * n, s, 0, n);
            System.arraycopy(y, c * m, s, n, m);
            out[c] = classify(games.get(c), s, n, m);
        }
        return out;
    }

    private int classify(NormalFormGame g, double[] s, int n, int m) {
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
        GameDynamics f = new GameDynamics(PopulationGame.of(g, PopulationGame.Mode.PER_PLAYER),
                replicator ? Dynamic.replicator() : dynamic);
        double[] ds = new double[n + m];
        f.derivative(s, ds);
        double speed = 0;
        for (double v : ds) {
            speed += v * v;
        }
        return Math.sqrt(speed) < REST ? n * m : n * m + 1;
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
