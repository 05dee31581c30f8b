package org.gtlab.learn;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.math.Rational;
import org.gtlab.math.Rng;
import org.gtlab.solve.lp.ZeroSumLp;

/**
 * Which population entry a self-play learner faces next (the opponent/replay sampler of the
 * self-play spec §7.2, shared with PSRO's meta-solvers through
 * {@code org.gtlab.learn.team.MetaSolvers#sampler}). The pool grows by {@link #add()}; the learner
 * reports its normalised reward r ∈ [0, 1] against entry i by {@link #record}, which updates the mean
 * r̄_i and the count n_i. Modes:
 * <ul>
 *   <li>UNIFORM: uniform over the pool (fictitious self-play);</li>
 *   <li>LATEST: always the newest entry (plain self-play);</li>
 *   <li>PFSP: P(i) ∝ 1 − r̄_i (prioritised by loss rate; uniform if every weight is 0, lab convention);</li>
 *   <li>UCB: the largest (1 − r̄_i) + c·√(ln N / n_i), N = Σ n_i, untried entries first, ties to the
 *       lowest index (UCB1, Auer et al. 2002; Safety Self-Play's replay prioritisation);</li>
 *   <li>NASH: the maximin mixture of the pool's centred win-rate matrix W − ½ (exact LP; PSRO's Nash
 *       meta-solver, HCSP stage II).</li>
 * </ul>
 * Mutable, not thread-safe: one per learner.
 *
 * <p>Failure modes: an empty pool, a reward outside [0, 1], an index outside the pool, c &lt; 0, or
 * NASH without a square win-rate matrix of the pool's size throw {@link IllegalArgumentException}.
 */
public final class OpponentSampler {

    /** The sampling rule. */
    public enum Mode {
        UNIFORM, LATEST, PFSP, UCB, NASH
    }

    private final Mode mode;
    private final double c;
    private final List<double[]> stats = new ArrayList<>(); // {sum of rewards, count}
    private double[][] winRates;

    /**
     * @param mode the rule
     * @param c    UCB's exploration constant (≥ 0; ignored by the other modes)
     */
    public OpponentSampler(Mode mode, double c) {
        if (!(c >= 0)) {
            throw new IllegalArgumentException("UCB exploration constant c must be >= 0, got " + c);
        }
        this.mode = mode;
        this.c = c;
    }

    /** A sampler with {@code size} entries already in the pool. */
    public static OpponentSampler withPool(Mode mode, double c, int size) {
        OpponentSampler s = new OpponentSampler(mode, c);
        for (int i = 0; i < size; i++) {
            s.add();
        }
        return s;
    }

    /** The mode. */
    public Mode mode() {
        return mode;
    }

    /** Adds an entry to the pool; returns its index. */
    public int add() {
        stats.add(new double[2]);
        return stats.size() - 1;
    }

    /** Pool size. */
    public int size() {
        return stats.size();
    }

    /** Sets the pool's win-rate matrix W (W_ij = P(entry i beats entry j)), used by NASH. */
    public void setWinRates(double[][] w) {
        winRates = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            winRates[i] = w[i].clone();
        }
    }

    /** Records the learner's normalised reward r ∈ [0, 1] against entry i. */
    public void record(int i, double reward) {
        if (i < 0 || i >= stats.size()) {
            throw new IllegalArgumentException("pool entry " + i + " is outside 0.." + (stats.size() - 1));
        }
        if (!(reward >= 0 && reward <= 1)) {
            throw new IllegalArgumentException("sampler reward must be normalised to [0, 1], got " + reward);
        }
        stats.get(i)[0] += reward;
        stats.get(i)[1] += 1;
    }

    /** Mean reward r̄_i (0 if untried). */
    public double meanReward(int i) {
        double[] s = stats.get(i);
        return s[1] == 0 ? 0 : s[0] / s[1];
    }

    /** Times entry i was recorded. */
    public long count(int i) {
        return (long) stats.get(i)[1];
    }

    /** The sampling distribution over the pool (UCB: one-hot on its pick). */
    public double[] distribution() {
        int n = stats.size();
        if (n == 0) {
            throw new IllegalArgumentException("the opponent pool is empty");
        }
        double[] d = new double[n];
        switch (mode) {
            case UNIFORM:
                java.util.Arrays.fill(d, 1.0 / n);
                return d;
            case LATEST:
                d[n - 1] = 1;
                return d;
            case PFSP: {
                double z = 0;
                for (int i = 0; i < n; i++) {
                    d[i] = 1 - meanReward(i);
                    z += d[i];
                }
                for (int i = 0; i < n; i++) {
                    d[i] = z > 0 ? d[i] / z : 1.0 / n;
                }
                return d;
            }
            case UCB:
                d[ucbPick()] = 1;
                return d;
            case NASH:
            default:
                return nash(winRates, n);
        }
    }

    /** The next entry to face. */
    public int next(Rng rng) {
        if (mode == Mode.UCB) {
            if (stats.isEmpty()) {
                throw new IllegalArgumentException("the opponent pool is empty");
            }
            return ucbPick();
        }
        if (mode == Mode.LATEST) {
            distribution();
            return stats.size() - 1;
        }
        return rng.nextIndex(distribution());
    }

    private int ucbPick() {
        int n = stats.size();
        double total = 0;
        for (double[] s : stats) {
            total += s[1];
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double[] s = stats.get(i);
            if (s[1] == 0) {
                return i;
            }
            double score = (1 - s[0] / s[1]) + c * Math.sqrt(Math.log(total) / s[1]);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /**
     * The maximin mixture of W − ½ by exact LP (entries read as shortest decimals).
     *
     * @throws IllegalArgumentException if W is missing or not n × n
     */
    public static double[] nash(double[][] w, int n) {
        if (w == null || w.length != n) {
            throw new IllegalArgumentException("NASH sampling needs the pool's " + n + " x " + n + " win-rate matrix, got "
                    + (w == null ? "none" : w.length + " rows"));
        }
        Rational half = Rational.of(1, 2);
        Rational[][] a = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            if (w[i].length != n) {
                throw new IllegalArgumentException("win-rate matrix row " + (i + 1) + " has " + w[i].length
                        + " entries, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                a[i][j] = Rational.valueOf(w[i][j]).subtract(half);
            }
        }
        ZeroSumLp.ExactSolution s = ZeroSumLp.solveExact(a);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = s.x().probability(i).doubleValue();
        }
        return d;
    }
}
