package org.gtlab.learn.team;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamPolicy;

/**
 * Multi-seed statistics for team learners (spec fxp-psro.md §12): seeds 0..S−1, one
 * {@link SplittableRandom} per seed (seeded with the seed), a random initial policy per seed (the authors'
 * {@code rand} rows, or Dirichlet(1)), each run to the end, classified by its final true exploitability:
 * "global" if &lt; {@code globalBelow} (0.05), "local" if &gt; {@code localAbove} (1.4; the local
 * equilibrium of the example game with C = 1.5), otherwise "other". This class only draws initial
 * policies and classifies and summarises results; the runs themselves go through the run executor
 * as a run group ({@code RunExecutor.startAll}), which gives progress and cancel. Results are ordered
 * by seed, so a rerun with the same settings reproduces the identical table.
 */
public final class SeedOutcomes {

    /** How initial policies are drawn. */
    public enum Init {
        /** The authors' {@code get_pi0(mode="rand")}: normalised U(0,1) rows. */
        RAND,
        /** Uniform on each agent's simplex. */
        DIRICHLET
    }

    /** Outcome class of one run. */
    public enum Outcome {
        GLOBAL,
        LOCAL,
        OTHER
    }

    /** One seed's result. */
    public record SeedResult(long seed, double finalExploitability, long steps, Outcome outcome) {
    }

    /** A rate with its Wilson 95 % interval. */
    public record Rate(int count, int total, double rate, double lower, double upper) {
    }

    /** The table of a multi-seed experiment. */
    public record Summary(List<SeedResult> results, Rate global, Rate local, Rate other, double meanExploitability,
            double sdExploitability, double meanSteps, double sdSteps) {

        public Summary {
            results = List.copyOf(results);
        }
    }

    private final double globalBelow;
    private final double localAbove;

    /**
     * @throws IllegalArgumentException unless 0 ≤ globalBelow ≤ localAbove (finite)
     */
    public SeedOutcomes(double globalBelow, double localAbove) {
        if (!(globalBelow >= 0) || !(localAbove >= globalBelow) || !Double.isFinite(localAbove)) {
            throw new IllegalArgumentException("need 0 ≤ globalBelow ≤ localAbove, got " + globalBelow + ", " + localAbove);
        }
        this.globalBelow = globalBelow;
        this.localAbove = localAbove;
    }

    /** Spec defaults: global &lt; 0.05, local &gt; 1.4. */
    public static SeedOutcomes standard() {
        return new SeedOutcomes(0.05, 1.4);
    }

    /** The initial policy of a seed: one {@link SplittableRandom} seeded with the seed. */
    public static TeamPolicy initialPolicy(Init init, TeamGame g, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return init == Init.RAND ? TeamPolicy.random(g.agentsPerTeam(), g.actionsPerAgent(), rng)
                : TeamPolicy.dirichlet(g.agentsPerTeam(), g.actionsPerAgent(), rng);
    }

    /** Classifies a final exploitability. */
    public Outcome classify(double exploitability) {
        return exploitability < globalBelow ? Outcome.GLOBAL : exploitability > localAbove ? Outcome.LOCAL : Outcome.OTHER;
    }

    /** One seed's classified result. */
    public SeedResult result(long seed, double finalExploitability, long steps) {
        return new SeedResult(seed, finalExploitability, steps, classify(finalExploitability));
    }

    /**
     * The table of these results, ordered by seed (so the table does not depend on the order in
     * which parallel runs finished).
     *
     * @throws IllegalArgumentException if there are no results
     */
    public Summary summarise(List<SeedResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("need at least one seed's result");
        }
        List<SeedResult> sorted = new ArrayList<>(results);
        sorted.sort(java.util.Comparator.comparingLong(SeedResult::seed));
        return summary(sorted);
    }

    private static Summary summary(List<SeedResult> results) {
        int n = results.size();
        int g = 0;
        int l = 0;
        double se = 0;
        double ss = 0;
        for (SeedResult r : results) {
            if (r.outcome() == Outcome.GLOBAL) {
                g++;
            } else if (r.outcome() == Outcome.LOCAL) {
                l++;
            }
            se += r.finalExploitability();
            ss += r.steps();
        }
        double me = se / n;
        double ms = ss / n;
        double ve = 0;
        double vs = 0;
        for (SeedResult r : results) {
            ve += (r.finalExploitability() - me) * (r.finalExploitability() - me);
            vs += (r.steps() - ms) * (r.steps() - ms);
        }
        double sde = n > 1 ? Math.sqrt(ve / (n - 1)) : 0;
        double sds = n > 1 ? Math.sqrt(vs / (n - 1)) : 0;
        return new Summary(Collections.unmodifiableList(results), wilson(g, n), wilson(l, n), wilson(n - g - l, n), me, sde,
                ms, sds);
    }

    /**
     * The rate k/n with its Wilson score 95 % interval (z = 1.959964):
     * (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n).
     */
    public static Rate wilson(int k, int n) {
        if (n < 1 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 ≤ k ≤ n and n ≥ 1, got " + k + "/" + n);
        }
        double z = 1.959963984540054;
        double p = (double) k / n;
        double z2 = z * z;
        double centre = p + z2 / (2.0 * n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double d = 1 + z2 / n;
        return new Rate(k, n, p, Math.max(0, (centre - half) / d), Math.min(1, (centre + half) / d));
    }
}
