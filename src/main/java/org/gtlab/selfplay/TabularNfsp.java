package org.gtlab.selfplay;

import java.util.Arrays;

import org.gtlab.math.Rng;

/**
 * Tabular neural fictitious self-play (Heinrich &amp; Silver 2016, arXiv:1603.01121, Algorithm 1,
 * with the networks replaced by tables; spec §6): per position a Q table (the best-response learner)
 * and an average policy Π given by normalised counts per information set, fed either with exact
 * counts or through a {@link Reservoir} of capacity m (the supervised memory M_SL).
 *
 * <p>Per episode and position: the mode is drawn once — best response with probability η (the
 * anticipatory parameter), else Π. In BR mode the action is ε-greedy on Q (ties to the lowest index),
 * otherwise sampled from Π (uniform while it has no data). Q is updated in both modes by one-step
 * Q-learning over the position's own decisions with γ = 1 and no intermediate reward:
 * Q(I, a) += α (target − Q(I, a)), target = max_a' Q(I', a') at the next own information set I' or
 * the hand's payoff. In BR mode only, the SL memory receives the action taken ({@link Storage#ACTIONS},
 * the paper) or the ε-greedy probability vector ({@link Storage#PROBABILITIES}, OpenSpiel).
 * ε_t = ε₀ / √(1 + t/τ) (the spec's reference schedule; τ = ∞ keeps ε constant).
 *
 * <p>On a matrix game this is bandit Q-learning plus counts: a sampled, anticipatory fictitious
 * play. Mutable (one instance per run); {@link #copy()} for snapshots.
 *
 * <p>Failure modes: η outside [0, 1], α outside (0, 1], ε₀ outside [0, 1], τ ≤ 0 are refused with an
 * {@link IllegalArgumentException} naming the parameter.
 */
public final class TabularNfsp {

    /** What the SL memory stores. */
    public enum Storage {
        /** The action taken (the paper). */
        ACTIONS,
        /** The ε-greedy probability vector (OpenSpiel). */
        PROBABILITIES
    }

    /** Settings; {@code reservoir} 0 means exact counts (m = ∞). */
    public record Settings(double eta, double alpha, double eps0, double epsScale, int reservoir, Storage storage) {
        public Settings {
            if (!(eta >= 0 && eta <= 1)) {
                throw new IllegalArgumentException("anticipatory parameter eta must lie in [0, 1], got " + eta);
            }
            if (!(alpha > 0 && alpha <= 1)) {
                throw new IllegalArgumentException("learning rate alpha must lie in (0, 1], got " + alpha);
            }
            if (!(eps0 >= 0 && eps0 <= 1)) {
                throw new IllegalArgumentException("exploration epsilon must lie in [0, 1], got " + eps0);
            }
            if (!(epsScale > 0)) {
                throw new IllegalArgumentException("epsilon decay scale must be > 0, got " + epsScale);
            }
            if (reservoir < 0) {
                throw new IllegalArgumentException("reservoir size must be >= 0 (0 = exact counts), got " + reservoir);
            }
        }

        /** The spec's reference settings: η = 0.1, α = 0.05, ε_t = 0.06/√(1 + t/1000), exact action counts. */
        public static Settings reference() {
            return new Settings(0.1, 0.05, 0.06, 1000, 0, Storage.ACTIONS);
        }
    }

    private final EpisodeGame game;
    private final Settings set;
    private final double[][] q;
    private final double[][] counts;
    private final Reservoir[] reservoirs;
    private final int[][] slotInfoset;
    private final double[][][] slotProbs;
    private long episodes;
    private long rngState;

    /** A fresh learner (Q = 0, no data) on {@code game}. */
    public TabularNfsp(EpisodeGame game, Settings settings, long seed) {
        this.game = game;
        this.set = settings;
        int n = game.infosets();
        q = new double[n][];
        counts = new double[n][];
        for (int i = 0; i < n; i++) {
            q[i] = new double[game.actions(i)];
            counts[i] = new double[game.actions(i)];
        }
        if (settings.reservoir() > 0) {
            reservoirs = new Reservoir[] {new Reservoir(settings.reservoir()), new Reservoir(settings.reservoir())};
            slotInfoset = new int[2][settings.reservoir()];
            slotProbs = new double[2][settings.reservoir()][];
        } else {
            reservoirs = null;
            slotInfoset = null;
            slotProbs = null;
        }
        rngState = Rng.stream(seed, 13).state();
    }

    private TabularNfsp(TabularNfsp o) {
        game = o.game;
        set = o.set;
        q = deep(o.q);
        counts = deep(o.counts);
        if (o.reservoirs != null) {
            // reservoirs only advance; a copy replays its counters exactly
            reservoirs = new Reservoir[2];
            slotInfoset = new int[2][];
            slotProbs = new double[2][][];
            for (int p = 0; p < 2; p++) {
                reservoirs[p] = o.reservoirs[p].copy();
                slotInfoset[p] = o.slotInfoset[p].clone();
                slotProbs[p] = o.slotProbs[p].clone();
            }
        } else {
            reservoirs = null;
            slotInfoset = null;
            slotProbs = null;
        }
        episodes = o.episodes;
        rngState = o.rngState;
    }

    private static double[][] deep(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** An independent copy. */
    public TabularNfsp copy() {
        return new TabularNfsp(this);
    }

    /**
     * The learner's complete state as plain arrays (for checkpoints): Q, the SL counts, the reservoirs'
     * offer counts, slot information sets and slot vectors (null arrays with exact counts; a null
     * slot vector is an empty slot), episodes and the generator. {@link #restore} is its exact inverse.
     */
    public record Memento(double[][] q, double[][] counts, long[] seen, int[][] slotInfoset, double[][][] slotProbs,
            long episodes, long rng) {
    }

    /** The state as a {@link Memento} (deep copies). */
    public Memento memento() {
        long[] seen = null;
        int[][] si = null;
        double[][][] sp = null;
        if (reservoirs != null) {
            seen = new long[] {reservoirs[0].seen(), reservoirs[1].seen()};
            si = new int[][] {slotInfoset[0].clone(), slotInfoset[1].clone()};
            sp = new double[][][] {slotProbs[0].clone(), slotProbs[1].clone()};
        }
        return new Memento(deep(q), deep(counts), seen, si, sp, episodes, rngState);
    }

    /**
     * The learner of a {@link Memento}.
     *
     * @throws IllegalArgumentException if the memento's shapes do not fit the game and settings
     */
    public static TabularNfsp restore(EpisodeGame game, Settings settings, Memento m) {
        TabularNfsp t = new TabularNfsp(game, settings, 0);
        if (m.q().length != t.q.length || m.counts().length != t.counts.length) {
            throw new IllegalArgumentException("NFSP state has " + m.q().length + " information sets, expected "
                    + t.q.length);
        }
        for (int i = 0; i < t.q.length; i++) {
            if (m.q()[i].length != t.q[i].length || m.counts()[i].length != t.counts[i].length) {
                throw new IllegalArgumentException("NFSP state: information set " + i + " has the wrong width");
            }
            t.q[i] = m.q()[i].clone();
            t.counts[i] = m.counts()[i].clone();
        }
        if ((m.seen() == null) != (t.reservoirs == null)) {
            throw new IllegalArgumentException("NFSP state: reservoir data do not match reservoir size "
                    + settings.reservoir());
        }
        if (t.reservoirs != null) {
            for (int p = 0; p < 2; p++) {
                if (m.slotInfoset()[p].length != settings.reservoir()
                        || m.slotProbs()[p].length != settings.reservoir()) {
                    throw new IllegalArgumentException("NFSP state: reservoir " + p + " has the wrong capacity");
                }
                t.reservoirs[p] = Reservoir.restored(settings.reservoir(), m.seen()[p]);
                t.slotInfoset[p] = m.slotInfoset()[p].clone();
                t.slotProbs[p] = m.slotProbs()[p].clone();
            }
        }
        t.episodes = m.episodes();
        t.rngState = m.rng();
        return t;
    }

    /** Episodes played. */
    public long episodes() {
        return episodes;
    }

    /** The average policy Π (uniform where there is no data). */
    public double[][] averagePolicy() {
        double[][] p = new double[counts.length][];
        for (int i = 0; i < p.length; i++) {
            double z = 0;
            for (double c : counts[i]) {
                z += c;
            }
            p[i] = new double[counts[i].length];
            for (int a = 0; a < p[i].length; a++) {
                p[i][a] = z > 0 ? counts[i][a] / z : 1.0 / p[i].length;
            }
        }
        return p;
    }

    /** The SL counts (a copy). */
    public double[][] counts() {
        return deep(counts);
    }

    /** The greedy best-response policy of Q. */
    public double[][] greedyPolicy() {
        double[][] p = new double[q.length][];
        for (int i = 0; i < q.length; i++) {
            p[i] = new double[q[i].length];
            p[i][argmax(q[i])] = 1;
        }
        return p;
    }

    /** Fill level of the reservoirs in [0, 1] (1 for exact counts once data exist). */
    public double reservoirFill() {
        if (reservoirs == null) {
            return episodes > 0 ? 1 : 0;
        }
        return (reservoirs[0].filled() + reservoirs[1].filled()) / (2.0 * reservoirs[0].capacity());
    }

    /** ε at episode t. */
    public double epsilon(long t) {
        return set.eps0() / Math.sqrt(1 + t / set.epsScale());
    }

    private static int argmax(double[] v) {
        int a = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[a]) {
                a = i;
            }
        }
        return a;
    }

    /** Plays {@code n} episodes. */
    public void run(long n) {
        Rng rng = Rng.fromState(rngState);
        int md = game.maxDecisions();
        int[] is = new int[md];
        int[] as = new int[md];
        double[] pay = new double[2];
        boolean[] br = new boolean[2];
        double[][] pi = averagePolicy();
        boolean dirty = false;
        for (long e = 0; e < n; e++) {
            if (dirty) {
                pi = averagePolicy();
                dirty = false;
            }
            double eps = epsilon(episodes);
            br[0] = rng.nextDouble() < set.eta();
            br[1] = rng.nextDouble() < set.eta();
            final double[][] avg = pi;
            int k = game.play((i, r) -> {
                if (br[game.position(i)]) {
                    double u = r.nextDouble();
                    return u < eps ? r.nextInt(q[i].length) : argmax(q[i]);
                }
                return TabularReinforce.sample(avg[i], r);
            }, rng, is, as, pay);
            // SL memory first: the eps-greedy vector is the one the action was drawn from (Q before its update)
            for (int pos = 0; pos < 2; pos++) {
                if (br[pos]) {
                    for (int d = 0; d < k; d++) {
                        if (game.position(is[d]) == pos) {
                            store(pos, is[d], as[d], eps, rng);
                            dirty = true;
                        }
                    }
                }
            }
            for (int pos = 0; pos < 2; pos++) {
                int last = -1;
                for (int d = k - 1; d >= 0; d--) {
                    if (game.position(is[d]) != pos) {
                        continue;
                    }
                    int i = is[d];
                    double target = last < 0 ? pay[pos] : q[last][argmax(q[last])];
                    q[i][as[d]] += set.alpha() * (target - q[i][as[d]]);
                    last = i;
                }
            }
            episodes++;
        }
        rngState = rng.state();
    }

    private void store(int pos, int i, int action, double eps, Rng rng) {
        double[] v = new double[q[i].length];
        if (set.storage() == Storage.ACTIONS) {
            v[action] = 1;
        } else {
            Arrays.fill(v, eps / v.length);
            v[argmax(q[i])] += 1 - eps;
        }
        if (reservoirs == null) {
            for (int a = 0; a < v.length; a++) {
                counts[i][a] += v[a];
            }
            return;
        }
        int slot = reservoirs[pos].offer(rng);
        if (slot < 0) {
            return;
        }
        double[] old = slotProbs[pos][slot];
        if (old != null) {
            int oi = slotInfoset[pos][slot];
            for (int a = 0; a < old.length; a++) {
                counts[oi][a] -= old[a];
            }
        }
        slotProbs[pos][slot] = v;
        slotInfoset[pos][slot] = i;
        for (int a = 0; a < v.length; a++) {
            counts[i][a] += v[a];
        }
    }
}
