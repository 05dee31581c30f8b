package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.gtlab.dynamics.DormandPrince;
import org.gtlab.dynamics.Dynamic;
import org.gtlab.dynamics.GameDynamics;
import org.gtlab.dynamics.MoranProcess;
import org.gtlab.dynamics.PopulationGame;
import org.gtlab.dynamics.RestPoints;
import org.gtlab.dynamics.RungeKutta4;
import org.gtlab.dynamics.Trajectory;
import org.gtlab.game.NormalFormGame;
import org.gtlab.learn.FictitiousPlay;
import org.gtlab.learn.Hedge;
import org.gtlab.learn.InitialProfile;
import org.gtlab.learn.Learner;
import org.gtlab.learn.RegretMatching;
import org.gtlab.math.Rng;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab bench learn}: wall-clock medians of the learners, dynamics and the run pipeline on
 * small games, after warm-up, with the targets where it sets one. Single-threaded; run it
 * on a quiet machine.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = "Benchmark learners, dynamics and the run pipeline (medians after warm-up).")
public final class BenchLearnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--warmup", paramLabel = "N", description = "warm-up repetitions per case (default 100)")
    int warmup = 100;

    @Option(names = "--repeat", paramLabel = "N", description = "timed repetitions per case (default 101)")
    int repeat = 101;

    private record Case(String name, double targetMs, Runnable body) {
    }

    @Override
    public Integer call() {
        if (warmup < 0 || repeat < 1) {
            throw new IllegalArgumentException("--warmup must be ≥ 0 and --repeat ≥ 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        NormalFormGame rps = NormalFormGame.zeroSum(new long[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}});
        NormalFormGame coord = NormalFormGame.symmetric(new long[][] {{2, 0, 0}, {0, 1, 0}, {0, 0, 3}});
        NormalFormGame pd = NormalFormGame.symmetric(new long[][] {{3, 0}, {5, 1}});
        Learner fp = new FictitiousPlay(rps, FictitiousPlay.Variant.SIMULTANEOUS, FictitiousPlay.TieBreak.FIRST,
                InitialProfile.pure(0, 0));
        Learner rm = new RegretMatching(rps, false, RegretMatching.Averaging.UNIFORM, InitialProfile.random());
        Learner hedge = Hedge.forHorizon(rps, 10_000, false, InitialProfile.random());
        GameDynamics rep = new GameDynamics(PopulationGame.auto(rps), Dynamic.replicator());
        GameDynamics logit = new GameDynamics(PopulationGame.auto(coord), Dynamic.logit(0.3));
        double[] x0 = {0.5, 0.3, 0.2};
        MoranProcess moran = new MoranProcess(pd, 100, 0.1, MoranProcess.Mapping.LINEAR, 0);
        GameSpec rpsSpec = GameSpec.of("rock-paper-scissors", rps);
        org.gtlab.run.MethodCatalog catalog = org.gtlab.run.methods.StandardMethods.catalog();
        RunSpec fpSpec = catalog.spec("fp", Map.of("init", "pure:1"), rpsSpec, 1, new Limits(10_000, 100, 0));
        RunSpec repSpec = catalog.spec("replicator", Map.of("init", "0.5,0.3,0.2", "interval", 0.01), rpsSpec, 1,
                new Limits(1_000, 1, 0));
        RunExecutor sync = RunExecutor.synchronous();
        double[] slider = {-0.5};
        List<Case> cases = List.of(
                new Case("FP, RPS, 10^4 iterations", 5, () -> iterate(fp, 1, 10_000)),
                new Case("FP, RPS, 10^4 iterations, run pipeline (100 snapshots)", Double.NaN,
                        () -> sync.start(fpSpec)),
                new Case("RM, RPS, 10^4 iterations", Double.NaN, () -> iterate(rm, 1, 10_000)),
                new Case("Hedge, RPS, 10^4 iterations", Double.NaN, () -> iterate(hedge, 1, 10_000)),
                new Case("replicator, RPS, 1,000 output points (RK4 dt 0.01)", 1,
                        () -> Trajectory.integrate(rep, x0, new RungeKutta4(0.01), 0.01, 1_000)),
                new Case("replicator, RPS, 1,000 output points, run pipeline", Double.NaN, () -> sync.start(repSpec)),
                new Case("replicator, RPS, 1,000 points every 0.1 (10^4 RK4 steps)", Double.NaN,
                        () -> Trajectory.integrate(rep, x0, new RungeKutta4(0.01), 0.1, 1_000)),
                new Case("replicator, RPS, 1,000 points, Dormand-Prince 1e-8", Double.NaN,
                        () -> Trajectory.integrate(rep, x0, new DormandPrince(), 0.1, 1_000)),
                new Case("logit rest points + stability, 3x3 coordination", Double.NaN, () -> RestPoints.find(logit)),
                new Case("simplex portrait recompute after a payoff change (3x3)", 1000.0 / 30, () -> {
                    // the slider sets a₁₂ (rock against paper) to a new value; the game stays symmetric
                    slider[0] = slider[0] == -1.5 ? -0.5 : -1.5;
                    org.gtlab.math.Rational[][] m = NormalFormGame.zeroSum(new long[][] {{0, -1, 1}, {1, 0, -1},
                        {-1, 1, 0}}).matrix(0);
                    m[0][1] = org.gtlab.math.Rational.valueOf(slider[0]);
                    GameDynamics f = new GameDynamics(PopulationGame.auto(NormalFormGame.symmetric(m)),
                            Dynamic.replicator());
                    org.gtlab.dynamics.Portraits.sample(f, 20);
                    RestPoints.find(f);
                    for (double[] start : new double[][] {{0.5, 0.3, 0.2}, {0.2, 0.2, 0.6}, {0.1, 0.8, 0.1}}) {
                        Trajectory.integrate(f, start, new RungeKutta4(0.02), 0.02, 500);
                    }
                }),
                new Case("Moran fixation, PD, N = 100, 1,000 trials", Double.NaN, () -> {
                    Rng r = Rng.of(1);
                    for (int i = 0; i < 1_000; i++) {
                        moran.fixates(1, 0, 1, r);
                    }
                }));
        out.printf(Locale.ROOT, "%-58s %12s %12s %10s%n", "case", "median ms", "min ms", "target ms");
        for (Case c : cases) {
            for (int i = 0; i < warmup; i++) {
                c.body().run();
            }
        }
        for (Case c : cases) {
            for (int i = 0; i < Math.min(warmup, 10); i++) {
                c.body().run();
            }
            double[] ms = new double[repeat];
            for (int i = 0; i < repeat; i++) {
                long t0 = System.nanoTime();
                c.body().run();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            double median = ms[repeat / 2];
            String target = Double.isNaN(c.targetMs()) ? "" : String.format(Locale.ROOT, "%.0f %s", c.targetMs(),
                    median <= c.targetMs() ? "ok" : "MISSED");
            out.printf(Locale.ROOT, "%-58s %12.3f %12.3f %10s%n", c.name(), median, ms[0], target);
            out.flush();
        }
        sync.close();
        List<String> notes = new ArrayList<>();
        notes.add("cores: " + Runtime.getRuntime().availableProcessors() + ", JVM " + System.getProperty("java.version"));
        out.println(String.join("; ", notes));
        out.flush();
        return 0;
    }

    /** The raw step function, timed without the run pipeline (the pipeline cases time that). */
    private static org.gtlab.learn.LearnerState iterate(Learner l, long seed, int n) {
        org.gtlab.learn.LearnerState s = l.start(seed);
        for (int i = 0; i < n; i++) {
            s = l.step(s);
        }
        return s;
    }
}
