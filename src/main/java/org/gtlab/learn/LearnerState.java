package org.gtlab.learn;

import java.util.Arrays;

/**
 * The complete, immutable state of a {@link Learner} after {@code t} iterations. Every learner uses
 * the same shape, so one codec saves and restores them all (checkpoints) and one set of metrics
 * describes them all.
 *
 * <p>Notation: {@code x_s} is the mixed profile played at iteration {@code s = 1 … t};
 * {@code v_p(a, x_{-p})} is player p's expected payoff for pure strategy a against the others'
 * mixed strategies; {@code u_p(x) = Σ_a x_p(a) v_p(a, x_{-p})}.
 * <ul>
 *   <li>{@link #current()}: {@code x_t}, the profile played in the last iteration ({@code x_0}, the
 *       initial profile, before any);</li>
 *   <li>{@link #average()}: {@code Σ_s w_s x_s / Σ_s w_s}, with the learner's averaging weights
 *       (fictitious play counts its initial belief as one observation; linear averaging uses
 *       {@code w_s = s}); equal to {@code x_0} while the weight is 0;</li>
 *   <li>{@link #cumulativePayoffs()}: {@code U_p = Σ_{s≤t} u_p(x_s)};</li>
 *   <li>{@link #cumulativeValues()}: {@code V_p(a) = Σ_{s≤t} v_p(a, x_{-p,s})};</li>
 *   <li>{@link #averageRegret(int)}: player p's average external regret
 *       {@code (max_a V_p(a) − U_p) / t}. In a two-player zero-sum game with uniform averaging the
 *       two players' average regrets add up to the duality gap of the average strategies.</li>
 *   <li>{@link #memory()}, {@link #previous()}: learner-specific arrays, documented by each
 *       learner (cumulative regrets, log-weights, last rewards …); possibly empty;</li>
 *   <li>{@link #rngState()}: the {@link org.gtlab.math.Rng} state for stochastic learners.</li>
 * </ul>
 * Accessors return copies; the state itself never changes.
 */
public final class LearnerState {

    static final double[][] NONE = new double[0][];

    final long t;
    final double[][] current;
    final double[][] sum;
    final double weight;
    final double[][] memory;
    final double[][] previous;
    final double[] cumPayoff;
    final double[][] cumValues;
    final long rng;

    /** Takes ownership of the arrays (package use only; learners never share them afterwards). */
    LearnerState(long t, double[][] current, double[][] sum, double weight, double[][] memory, double[][] previous,
            double[] cumPayoff, double[][] cumValues, long rng) {
        this.t = t;
        this.current = current;
        this.sum = sum;
        this.weight = weight;
        this.memory = memory;
        this.previous = previous;
        this.cumPayoff = cumPayoff;
        this.cumValues = cumValues;
        this.rng = rng;
    }

    /**
     * A state from its parts (copied), for restoring checkpoints. The arrays must have the shapes
     * that the learner produced; {@link Learner#step} checks them against its game.
     *
     * @throws IllegalArgumentException if a count is negative or the per-player arrays disagree
     */
    public static LearnerState of(long iteration, double[][] current, double[][] strategySums, double averageWeight,
            double[][] memory, double[][] previous, double[] cumulativePayoffs, double[][] cumulativeValues,
            long rngState) {
        if (iteration < 0) {
            throw new IllegalArgumentException("iteration must be ≥ 0, got " + iteration);
        }
        int n = current.length;
        if (strategySums.length != n || cumulativePayoffs.length != n || cumulativeValues.length != n) {
            throw new IllegalArgumentException("state arrays for different numbers of players: current " + n
                    + ", sums " + strategySums.length + ", payoffs " + cumulativePayoffs.length + ", values "
                    + cumulativeValues.length);
        }
        for (int p = 0; p < n; p++) {
            if (strategySums[p].length != current[p].length || cumulativeValues[p].length != current[p].length) {
                throw new IllegalArgumentException("player " + (p + 1) + ": arrays of different lengths");
            }
        }
        return new LearnerState(iteration, deepCopy(current), deepCopy(strategySums), averageWeight, deepCopy(memory),
                deepCopy(previous), cumulativePayoffs.clone(), deepCopy(cumulativeValues), rngState);
    }

    /** Number of iterations done, t. */
    public long iteration() {
        return t;
    }

    public int numPlayers() {
        return current.length;
    }

    /** {@code x_t}: the profile played in the last iteration (the initial profile when t = 0). */
    public double[][] current() {
        return deepCopy(current);
    }

    /** Probability of player p's strategy a in {@code x_t} (no copy). */
    public double current(int p, int a) {
        return current[p][a];
    }

    /** The (weighted) time-average of the played profiles; {@code x_0} while nothing is averaged yet. */
    public double[][] average() {
        if (weight <= 0) {
            return current();
        }
        double[][] avg = new double[sum.length][];
        for (int p = 0; p < sum.length; p++) {
            avg[p] = new double[sum[p].length];
            for (int a = 0; a < sum[p].length; a++) {
                avg[p][a] = sum[p][a] / weight;
            }
        }
        return avg;
    }

    /** The un-normalised sums behind {@link #average()} (a copy). */
    public double[][] strategySums() {
        return deepCopy(sum);
    }

    /** The total averaging weight (the divisor of {@link #strategySums()}). */
    public double averageWeight() {
        return weight;
    }

    /** Learner-specific memory (a copy; documented by each learner). */
    public double[][] memory() {
        return deepCopy(memory);
    }

    /** Learner-specific second memory (a copy; documented by each learner). */
    public double[][] previous() {
        return deepCopy(previous);
    }

    /** {@code U_p = Σ_{s≤t} u_p(x_s)} (a copy). */
    public double[] cumulativePayoffs() {
        return cumPayoff.clone();
    }

    /** {@code V_p(a) = Σ_{s≤t} v_p(a, x_{-p,s})} (a copy). */
    public double[][] cumulativeValues() {
        return deepCopy(cumValues);
    }

    /** Average payoff of player p over the iterations played, {@code U_p / t} (0 when t = 0). */
    public double averagePayoff(int p) {
        return t == 0 ? 0 : cumPayoff[p] / t;
    }

    /** Player p's average external regret {@code (max_a V_p(a) − U_p) / t} (0 when t = 0). */
    public double averageRegret(int p) {
        if (t == 0) {
            return 0;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (double v : cumValues[p]) {
            best = Math.max(best, v);
        }
        return (best - cumPayoff[p]) / t;
    }

    /** State of the random generator ({@link org.gtlab.math.Rng#fromState(long)}). */
    public long rngState() {
        return rng;
    }

    static double[][] deepCopy(double[][] a) {
        if (a.length == 0) {
            return NONE;
        }
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** Bit-for-bit equality of every field (two runs with the same seed give equal states). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LearnerState)) {
            return false;
        }
        LearnerState s = (LearnerState) o;
        return t == s.t && rng == s.rng && Double.compare(weight, s.weight) == 0
                && Arrays.deepEquals(current, s.current) && Arrays.deepEquals(sum, s.sum)
                && Arrays.deepEquals(memory, s.memory) && Arrays.deepEquals(previous, s.previous)
                && Arrays.equals(cumPayoff, s.cumPayoff) && Arrays.deepEquals(cumValues, s.cumValues);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(t) * 31 + Arrays.deepHashCode(current);
    }

    @Override
    public String toString() {
        return "LearnerState[t=" + t + ", current=" + Arrays.deepToString(current) + "]";
    }
}
