package org.gtlab.learn.team;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamPolicy;

/**
 * Multi-seed statistics for team learners (spec fxp-psro.md §12): seeds 0..S−1, one
 * {@link SplittableRandom} per seed (seeded with the seed), a random initial policy per seed (the authors'
 * {@code rand} rows, or Dirichlet(1)), each run to the end, classified by its final true exploitability:
 * "global" if &lt; {@code globalBelow} (0.05), "local" if &gt; {@code localAbove} (1.4; the local
 * equilibrium of the example game with C = 1.5), otherwise "other". Runs execute in parallel on a fixed
 * pool of {@code threads} workers; results are ordered by seed, so a rerun with the same settings
 * reproduces the identical table.
 */
public final class MultiSeedRunner {

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
    private final int threads;
    private final Init init;

    /**
     * @throws IllegalArgumentException unless 0 ≤ globalBelow ≤ localAbove (finite) and threads ≥ 1
     */
    public MultiSeedRunner(double globalBelow, double localAbove, int threads, Init init) {
        if (!(globalBelow >= 0) || !(localAbove >= globalBelow) || !Double.isFinite(localAbove)) {
            throw new IllegalArgumentException("need 0 ≤ globalBelow ≤ localAbove, got " + globalBelow + ", " + localAbove);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        this.globalBelow = globalBelow;
        this.localAbove = localAbove;
        this.threads = threads;
        this.init = init;
    }

    /** Spec defaults: global &lt; 0.05, local &gt; 1.4, {@code rand} initialisation, all available processors. */
    public static MultiSeedRunner standard() {
        return new MultiSeedRunner(0.05, 1.4, Runtime.getRuntime().availableProcessors(), Init.RAND);
    }

    /** The initial policy of a seed. */
    public TeamPolicy initialPolicy(TeamGame g, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return init == Init.RAND ? TeamPolicy.random(g.agentsPerTeam(), g.actionsPerAgent(), rng)
                : TeamPolicy.dirichlet(g.agentsPerTeam(), g.actionsPerAgent(), rng);
    }

    /** Classifies a final exploitability. */
    public Outcome classify(double exploitability) {
        return exploitability < globalBelow ? Outcome.GLOBAL : exploitability > localAbove ? Outcome.LOCAL : Outcome.OTHER;
    }

    /** Runs a learner from each seed's random initial policy. */
    public <S extends TeamLearnerState> Summary run(TeamLearner<S> learner, int seeds) {
        return run(seeds, (seed, unused) -> {
            S end = learner.run(learner.start(initialPolicy(learner.game(), seed)));
            return new double[] {end.teamExploitability(), end.step()};
        });
    }

    /**
     * Runs an arbitrary seeded job returning {final exploitability, steps}.
     *
     * @throws IllegalArgumentException if seeds &lt; 1
     */
    public Summary run(int seeds, BiFunction<Long, SplittableRandom, double[]> job) {
        if (seeds < 1) {
            throw new IllegalArgumentException("need at least one seed, got " + seeds);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, seeds));
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (long s = 0; s < seeds; s++) {
                final long seed = s;
                futures.add(pool.submit(() -> job.apply(seed, new SplittableRandom(seed))));
            }
            List<SeedResult> results = new ArrayList<>();
            for (int s = 0; s < seeds; s++) {
                double[] r;
                try {
                    r = futures.get(s).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.util.concurrent.CancellationException("multi-seed run interrupted");
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException) {
                        throw (RuntimeException) c;
                    }
                    throw new IllegalStateException(c);
                }
                results.add(new SeedResult(s, r[0], (long) r[1], classify(r[0])));
            }
            return summarise(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Summary summarise(List<SeedResult> results) {
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
