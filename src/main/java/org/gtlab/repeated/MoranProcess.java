package org.gtlab.repeated;

import java.util.SplittableRandom;

/**
 * The Moran process (Moran 1958; Nowak et al. 2004) on a well-mixed population of N individuals of
 * k types, with fitness from a tournament's payoff matrix P (points per turn): an individual of type
 * i in the population with counts n has payoff π_i = (Σ_j n_j·P[i][j] − P[i][i]) / (N − 1) (everyone
 * else, once) and fitness f_i = 1 − w + w·π_i with selection intensity w ∈ [0, 1].
 * <ul>
 *   <li>{@link Mode#BIRTH_DEATH}: an individual reproduces with probability ∝ fitness; its offspring
 *       replaces a uniformly chosen other individual;</li>
 *   <li>{@link Mode#DEATH_BIRTH}: a uniformly chosen individual dies; another reproduces into its place
 *       with probability ∝ fitness.</li>
 * </ul>
 * With mutation rate μ the offspring is, with probability μ, of a uniformly chosen different type.
 * Without mutation the process stops at fixation (one type left).
 *
 * @throws IllegalArgumentException (constructor) for a non-square payoff, N &lt; 2, μ or w outside
 *                                  [0, 1], or a non-positive fitness (shift the payoffs or lower w)
 */
public final class MoranProcess {

    /** Update rule. */
    public enum Mode {
        BIRTH_DEATH, DEATH_BIRTH
    }

    private final double[][] payoff;
    private final Mode mode;
    private final double mutation;
    private final double w;
    private final int size;

    public MoranProcess(double[][] payoff, Mode mode, double mutation, double selection, int populationSize) {
        int k = payoff.length;
        for (double[] row : payoff) {
            if (row.length != k) {
                throw new IllegalArgumentException("moran: the payoff matrix must be square, got a row of " + row.length
                        + " for " + k + " types");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("moran: the payoff matrix has a non-finite entry");
                }
            }
        }
        if (populationSize < 2) {
            throw new IllegalArgumentException("moran: population size must be ≥ 2, got " + populationSize);
        }
        if (!(mutation >= 0 && mutation <= 1)) {
            throw new IllegalArgumentException("moran: mutation rate must be in [0, 1], got " + mutation);
        }
        if (!(selection >= 0 && selection <= 1)) {
            throw new IllegalArgumentException("moran: selection intensity must be in [0, 1], got " + selection);
        }
        this.payoff = payoff;
        this.mode = mode;
        this.mutation = mutation;
        this.w = selection;
        this.size = populationSize;
    }

    public int types() {
        return payoff.length;
    }

    public int populationSize() {
        return size;
    }

    /** Fitness of each type at counts n (NaN for absent types). */
    public double[] fitness(int[] n) {
        int k = payoff.length;
        double[] f = new double[k];
        for (int i = 0; i < k; i++) {
            if (n[i] == 0) {
                f[i] = Double.NaN;
                continue;
            }
            double s = -payoff[i][i];
            for (int j = 0; j < k; j++) {
                s += n[j] * payoff[i][j];
            }
            f[i] = 1 - w + w * s / (size - 1);
            if (!(f[i] > 0)) {
                throw new IllegalArgumentException("moran: fitness of type " + (i + 1) + " is " + f[i]
                        + " ≤ 0; payoffs must be positive (or lower the selection intensity)");
            }
        }
        return f;
    }

    /** True if one type holds the whole population. */
    public static boolean fixated(int[] n) {
        int present = 0;
        for (int c : n) {
            if (c > 0) {
                present++;
            }
        }
        return present <= 1;
    }

    /**
     * One birth–death or death–birth event on the counts {@code n} (changed in place).
     *
     * @throws IllegalArgumentException if the counts do not sum to N
     */
    public void step(int[] n, SplittableRandom rng) {
        int total = 0;
        for (int c : n) {
            total += c;
        }
        if (total != size) {
            throw new IllegalArgumentException("moran: counts sum to " + total + ", expected " + size);
        }
        double[] f = fitness(n);
        int k = n.length;
        if (mode == Mode.BIRTH_DEATH) {
            int parent = pickByFitness(n, f, -1, rng);
            int dead = pickUniform(n, parent, rng);
            n[dead]--;
            n[offspring(parent, k, rng)]++;
        } else {
            int dead = pickUniform(n, -1, rng);
            n[dead]--;
            int parent = pickByFitness(n, f, -1, rng);
            n[offspring(parent, k, rng)]++;
        }
    }

    private int offspring(int parent, int k, SplittableRandom rng) {
        if (mutation > 0 && k > 1 && rng.nextDouble() < mutation) {
            int t = rng.nextInt(k - 1);
            return t >= parent ? t + 1 : t;
        }
        return parent;
    }

    /** A type drawn with probability n_i·f_i / Σ n_j·f_j. */
    private static int pickByFitness(int[] n, double[] f, int unused, SplittableRandom rng) {
        double total = 0;
        for (int i = 0; i < n.length; i++) {
            if (n[i] > 0) {
                total += n[i] * f[i];
            }
        }
        double u = rng.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < n.length; i++) {
            if (n[i] > 0) {
                last = i;
                u -= n[i] * f[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    /** The type of a uniformly drawn individual, excluding one individual of type {@code exclude} (−1: none). */
    private static int pickUniform(int[] n, int exclude, SplittableRandom rng) {
        int total = 0;
        for (int c : n) {
            total += c;
        }
        if (exclude >= 0) {
            total--;
        }
        int u = rng.nextInt(total);
        for (int i = 0; i < n.length; i++) {
            int c = n[i] - (i == exclude ? 1 : 0);
            if (u < c) {
                return i;
            }
            u -= c;
        }
        throw new IllegalStateException("moran: empty population");
    }

    /**
     * Runs from {@code initial} until fixation or {@code maxSteps} events; returns the final counts.
     */
    public int[] run(int[] initial, long maxSteps, SplittableRandom rng) {
        int[] n = initial.clone();
        for (long s = 0; s < maxSteps && !(mutation == 0 && fixated(n)); s++) {
            step(n, rng);
        }
        return n;
    }

    /**
     * Estimated fixation probability of one mutant of type {@code mutant} in a resident population of
     * type {@code resident} (mutation ignored), from {@code trials} seeded runs.
     */
    public double fixationProbability(int mutant, int resident, int trials, long seed) {
        int fixed = 0;
        for (int t = 0; t < trials; t++) {
            int[] n = new int[payoff.length];
            n[resident] = size - 1;
            n[mutant] += 1;
            SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, mutant, resident, t));
            MoranProcess noMutation = new MoranProcess(payoff, mode, 0, w, size);
            int[] end = noMutation.run(n, Long.MAX_VALUE, rng);
            if (end[mutant] == size) {
                fixed++;
            }
        }
        return (double) fixed / trials;
    }
}
