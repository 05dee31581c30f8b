package org.gtlab.dynamics;

import java.util.Objects;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Cancellation;
import org.gtlab.math.Rng;

/**
 * The frequency-dependent Moran process (birth–death) in a finite well-mixed population of N
 * individuals playing a symmetric two-player game with row-player matrix A (Nowak, Sasaki, Taylor
 * and Fudenberg 2004, "Emergence of cooperation and evolutionary stability in finite populations",
 * Nature 428; Taylor, Fudenberg, Sasaki and Nowak 2004, Bull. Math. Biol. 66).
 *
 * <p>With {@code n_j} individuals of type j, a type-i individual's payoff excludes self-play:
 * {@code π_i = (Σ_j a_ij n_j − a_ii) / (N − 1)}; its fitness is {@code f_i = 1 − w + w π_i}
 * ({@link Mapping#LINEAR}, intensity of selection w ∈ [0, 1]; must stay positive) or
 * {@code f_i = exp(w π_i)} ({@link Mapping#EXPONENTIAL}, Traulsen, Shoresh and Nowak 2008, any
 * w ≥ 0). Each event one individual is chosen to reproduce with probability ∝ fitness, its offspring
 * (mutating with probability μ to a uniformly chosen other type) replaces one individual chosen
 * uniformly at random.
 *
 * <p>Fixation of type A (j mutants) in type B, without mutation, is a birth–death chain with
 * {@code T⁻_j / T⁺_j = γ_j = f_B(j) / f_A(j)}; starting from i mutants it fixes with probability
 * {@code ρ = (1 + Σ_{k=1}^{i−1} Π_{j≤k} γ_j) / (1 + Σ_{k=1}^{N−1} Π_{j≤k} γ_j)}, computed here in log
 * space (no overflow for large N); under neutrality (w = 0) ρ = i/N. Immutable.
 */
public final class MoranProcess {

    /** Payoff-to-fitness map. */
    public enum Mapping { LINEAR, EXPONENTIAL }

    private final double[][] a;
    private final int k;
    private final int n;
    private final double w;
    private final Mapping mapping;
    private final double mu;

    /**
     * @param game a symmetric two-player game (its row player's matrix is used)
     * @param populationSize N ≥ 2
     * @param selection intensity of selection w (LINEAR: in [0, 1] and keeping every fitness > 0;
     *        EXPONENTIAL: ≥ 0)
     * @param mutation probability μ ∈ [0, 1] that an offspring mutates
     * @throws IllegalArgumentException naming the offending argument
     */
    public MoranProcess(NormalFormGame game, int populationSize, double selection, Mapping mapping, double mutation) {
        Objects.requireNonNull(game, "game");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        if (!game.isSymmetric()) {
            throw new IllegalArgumentException("the Moran process needs a symmetric two-player game (B = Aᵀ)");
        }
        if (populationSize < 2) {
            throw new IllegalArgumentException("population size N must be ≥ 2, got " + populationSize);
        }
        if (!(selection >= 0) || Double.isInfinite(selection) || (mapping == Mapping.LINEAR && selection > 1)) {
            throw new IllegalArgumentException("intensity of selection w must be in [0, "
                    + (mapping == Mapping.LINEAR ? "1" : "∞") + "), got " + selection);
        }
        if (!(mutation >= 0 && mutation <= 1)) {
            throw new IllegalArgumentException("mutation probability μ must be in [0, 1], got " + mutation);
        }
        this.a = game.matrixDouble(0);
        this.k = a.length;
        this.n = populationSize;
        this.w = selection;
        this.mu = mutation;
        if (mapping == Mapping.LINEAR) {
            double min = Double.POSITIVE_INFINITY;
            for (double[] row : a) {
                for (double v : row) {
                    min = Math.min(min, v);
                }
            }
            if (!(1 - w + w * min > 0)) {
                throw new IllegalArgumentException("linear fitness 1 − w + w·π would reach " + (1 - w + w * min)
                        + " ≤ 0 at the smallest payoff " + min + "; lower w or use exponential fitness");
            }
        }
    }

    public int types() {
        return k;
    }

    public int populationSize() {
        return n;
    }

    /** {@code π_i = (Σ_j a_ij n_j − a_ii) / (N − 1)} for a type present in the population. */
    public double payoff(int type, int[] counts) {
        double s = -a[type][type];
        for (int j = 0; j < k; j++) {
            s += a[type][j] * counts[j];
        }
        return s / (n - 1);
    }

    /** Fitness of {@code type} in the population {@code counts}. */
    public double fitness(int type, int[] counts) {
        return map(payoff(type, counts));
    }

    private double map(double pi) {
        return mapping == Mapping.LINEAR ? 1 - w + w * pi : StrictMath.exp(w * pi);
    }

    /** γ_j = f_B / f_A with j individuals of type {@code mutant} among residents. */
    private double logGamma(int mutant, int resident, int j) {
        double piA = (a[mutant][mutant] * (j - 1) + a[mutant][resident] * (n - j)) / (n - 1);
        double piB = (a[resident][mutant] * j + a[resident][resident] * (n - j - 1)) / (n - 1);
        return mapping == Mapping.LINEAR ? StrictMath.log(map(piB)) - StrictMath.log(map(piA)) : w * (piB - piA);
    }

    /**
     * Exact probability that {@code initialMutants} individuals of type {@code mutant} take over a
     * population of type {@code resident} (no mutation).
     *
     * @throws IllegalArgumentException if the types are equal or out of range, or the count is not in [1, N]
     */
    public double fixationProbability(int mutant, int resident, int initialMutants) {
        checkPair(mutant, resident, initialMutants);
        double logProd = 0;
        double numMax = 0;
        double denMax = 0;
        double[] logs = new double[n];
        logs[0] = 0;
        for (int j = 1; j <= n - 1; j++) {
            logProd += logGamma(mutant, resident, j);
            logs[j] = logProd;
        }
        for (int j = 0; j < n; j++) {
            denMax = Math.max(denMax, logs[j]);
            if (j < initialMutants) {
                numMax = Math.max(numMax, logs[j]);
            }
        }
        double num = 0;
        double den = 0;
        for (int j = 0; j < n; j++) {
            den += StrictMath.exp(logs[j] - denMax);
            if (j < initialMutants) {
                num += StrictMath.exp(logs[j] - numMax);
            }
        }
        return StrictMath.exp(StrictMath.log(num) + numMax - StrictMath.log(den) - denMax);
    }

    /**
     * One simulated fixation trial without mutation: true if the mutants take over. Simulates the
     * embedded jump chain (events that change the count), which has the same absorption
     * probabilities: from j mutants the count rises with probability {@code 1 / (1 + γ_j)}.
     *
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public boolean fixates(int mutant, int resident, int initialMutants, Rng rng) {
        checkPair(mutant, resident, initialMutants);
        int j = initialMutants;
        long events = 0;
        double[] up = new double[n];
        for (int i = 1; i < n; i++) {
            up[i] = 1 / (1 + StrictMath.exp(logGamma(mutant, resident, i)));
        }
        while (j > 0 && j < n) {
            j += rng.nextDouble() < up[j] ? 1 : -1;
            if ((++events & 0xFFFF) == 0) {
                Cancellation.check();
            }
        }
        return j == n;
    }

    /**
     * One birth–death event (with mutation μ) on the counts of all types; returns new counts.
     *
     * @throws IllegalArgumentException if the counts do not add up to N
     */
    public int[] event(int[] counts, Rng rng) {
        int total = 0;
        for (int c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("negative count " + c);
            }
            total += c;
        }
        if (counts.length != k || total != n) {
            throw new IllegalArgumentException("counts must give " + k + " types adding up to N = " + n + ", got "
                    + java.util.Arrays.toString(counts));
        }
        double[] weights = new double[k];
        double[] alive = new double[k];
        for (int i = 0; i < k; i++) {
            weights[i] = counts[i] == 0 ? 0 : counts[i] * fitness(i, counts);
            alive[i] = counts[i];
        }
        int parent = rng.nextIndex(weights);
        int child = parent;
        if (mu > 0 && k > 1 && rng.nextDouble() < mu) {
            child = rng.nextInt(k - 1);
            if (child >= parent) {
                child++;
            }
        }
        int dead = rng.nextIndex(alive);
        int[] next = counts.clone();
        next[dead]--;
        next[child]++;
        return next;
    }

    private void checkPair(int mutant, int resident, int initialMutants) {
        if (mutant < 0 || mutant >= k || resident < 0 || resident >= k || mutant == resident) {
            throw new IllegalArgumentException("mutant and resident must be two different types in 1.." + k + ", got "
                    + (mutant + 1) + " and " + (resident + 1));
        }
        if (initialMutants < 1 || initialMutants > n) {
            throw new IllegalArgumentException("initial mutants must be in [1, N = " + n + "], got " + initialMutants);
        }
    }
}
