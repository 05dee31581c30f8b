package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gtlab.compute.Backends;
import org.gtlab.compute.ComputeBackend;
import org.gtlab.compute.JavaBackend;
import org.gtlab.compute.Workers;
import org.gtlab.math.Rng;
import org.gtlab.reservoir.Agent;
import org.gtlab.reservoir.BatchedPlay;
import org.gtlab.reservoir.Experiments;
import org.gtlab.reservoir.Governor;
import org.gtlab.reservoir.KnnKl;
import org.gtlab.reservoir.Landscape;
import org.gtlab.reservoir.Schedule;
import org.gtlab.reservoir.Streams;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab bench brg}: Exp 2 of the BRG lab (seeds × α grid static-α agents, d = 30, ε = 0.1, 500 warm-up +
 * 2000 rounds, kNN-KL of every condition against its seed's reference) played sequentially and as one batch of
 * B = seeds × grid agents on the "java" and "nd4j" backends ({@link BatchedPlay}); wall-clock seconds of the
 * play and of the KL, and the largest difference of the mean actions and KLs from the sequential run.
 * Agent building (training + 200 habituation epochs) is timed separately. The exact path (the one every
 * experiment uses) runs the seeds in parallel on {@code --threads} workers and is checked to give seed 0 bit for
 * bit on one thread.
 */
@Command(name = "brg", mixinStandardHelpOptions = true,
        description = "Times BRG Exp 2 sequentially and batched on the java and nd4j backends.")
final class BenchBrgCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seeds", defaultValue = "20", description = "seeds (default 20)")
    int seeds;

    @Option(names = "--grid", defaultValue = "21", description = "α grid points (default 21)")
    int grid;

    @Option(names = "--threads", defaultValue = "2", description = "workers for the exact path, seeds spread over "
            + "them (default 2)")
    int threads;

    @Option(names = "--control", description = "also play and score the pure-cooperation control of every α "
            + "(as brg-exp2 does: twice the runs and KLs)")
    boolean control;

    @Option(names = "--batched", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "also time one B × d × d batch on the java and nd4j backends (default on)")
    boolean batched;

    @Override
    public Integer call() {
        if (seeds < 1 || seeds > 1000 || grid < 2 || grid > 1001 || threads < 1 || threads > 256) {
            throw new IllegalArgumentException("--seeds must be 1…1000, --grid 2…1001 and --threads 1…256, got " + seeds
                    + ", " + grid + ", " + threads);
        }
        PrintWriter o = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Agent[] agents = new Agent[seeds];
        double[][][] refs = new double[seeds][][];
        double[][] opps = new double[seeds][];
        double[] alphas = Landscape.grid(grid);
        double[][][] exact = new double[seeds][][];
        double[] partSeconds = new double[2];
        try (Workers w = threads > 1 ? new Workers(threads - 1, "bench-brg") : null) {
            Workers.runParts(w, seeds, i -> {
                long s = Experiments.seed(2, i);
                agents[i] = Agent.build(Agent.Config.defaults(30), s);
                refs[i] = agents[i].reference(2000, Streams.of(s, Streams.REFERENCE));
                opps[i] = Schedule.builder(Streams.of(s, Streams.OPPONENT)).noisy(2000, 0.1).build();
            });
            double build = (System.nanoTime() - t0) / 1e9;
            o.printf(Locale.ROOT, "agents (train + H = 200) and references, %d seeds on %d thread(s): %.2f s%n", seeds,
                    threads, build);
            long te = System.nanoTime();
            Workers.runParts(w, seeds, i -> exact[i] = exactSeed(agents[i], refs[i], opps[i], i, alphas, control));
            double play = (System.nanoTime() - te) / 1e9;
            o.printf(Locale.ROOT, "exact path (Match.run + direct kNN-KL, %d seeds × %d α%s, %d runs and KLs) on %d "
                    + "thread(s): %.2f s; with the agents %.2f s%n", seeds, grid, control ? " + control" : "",
                    seeds * grid * (control ? 2 : 1), threads, play, play + build);
            partSeconds[0] = play;
        }
        double[][] one = exactSeed(agents[0], refs[0], opps[0], 0, alphas, control);
        boolean same = java.util.Arrays.deepEquals(one, exact[0]);
        o.println("seed 0 on one thread equals seed 0 of the parallel run bit for bit: " + same);
        if (!batched) {
            o.flush();
            return same ? 0 : 1;
        }
        int b = seeds * grid;
        Agent[] ag = new Agent[b];
        double[][] opp = new double[b][];
        double[] al = new double[b];
        double[] seqAction = new double[b];
        double[] seqKl = new double[b];
        for (int i = 0; i < seeds; i++) {
            for (int k = 0; k < grid; k++) {
                int j = i * grid + k;
                ag[j] = agents[i];
                opp[j] = opps[i];
                al[j] = alphas[k];
                seqAction[j] = exact[i][k][0];
                seqKl[j] = exact[i][k][3];
            }
        }
        o.println(String.join("\t", "mode", "play s", "kNN-KL s", "total s", "max |Δ mean a|", "max |Δ KL|"));
        o.println(String.join("\t", "exact, " + threads + " thread(s)", "-", "-", fmt(partSeconds[0]), "0", "0"));
        Backends.Selection nd = Backends.nd4j();
        if (nd.message() != null) {
            spec.commandLine().getErr().println("gtlab: " + nd.message());
        }
        for (ComputeBackend be : new ComputeBackend[] {JavaBackend.INSTANCE, nd.backend()}) {
            Rng[] ns = new Rng[b];
            for (int i = 0; i < seeds; i++) {
                for (int k = 0; k < grid; k++) {
                    ns[i * grid + k] = noise(i, k);
                }
            }
            long tp = System.nanoTime();
            BatchedPlay.Result r = BatchedPlay.play(be, ag, opp, al, ns, true);
            double play = (System.nanoTime() - tp) / 1e9;
            long tk = System.nanoTime();
            double da = 0;
            double dk = 0;
            for (int j = 0; j < b; j++) {
                double kl = BatchedPlay.knnKl(be, r.states()[j], refs[j / grid], KnnKl.K);
                dk = Math.max(dk, Math.abs(kl - seqKl[j]));
                double m = 0;
                for (double a : r.action()[j]) {
                    m += a;
                }
                da = Math.max(da, Math.abs(m / r.action()[j].length - seqAction[j]));
            }
            double klS = (System.nanoTime() - tk) / 1e9;
            o.println(String.join("\t", "batched " + be.name() + " (B = " + b + ")", fmt(play), fmt(klS), fmt(play + klS),
                    String.format(Locale.ROOT, "%.3g", da), String.format(Locale.ROOT, "%.3g", dk)));
        }
        o.flush();
        return 0;
    }

    /** One seed of Exp 2 on the exact path: per α {mean a, Var a, mean payoff, KL[, control KL]}. */
    static double[][] exactSeed(Agent agent, double[][] ref, double[] opp, int i, double[] alphas, boolean control) {
        double[][] out = new double[alphas.length][];
        double[] coop = new double[opp.length];
        java.util.Arrays.fill(coop, 1);
        for (int k = 0; k < alphas.length; k++) {
            var t = agent.play(opp, Governor.fixed(alphas[k]), noise(i, k), true);
            double kl = KnnKl.estimate(t.states(), ref, KnnKl.K);
            if (control) {
                var c = agent.play(coop, Governor.fixed(alphas[k]),
                        Streams.of(Experiments.seed(2, i), Streams.EVALUATION + 500 + k), true);
                out[k] = new double[] {t.meanAction(), t.actionVariance(), t.meanPayoff(), kl,
                    KnnKl.estimate(c.states(), ref, KnnKl.K)};
            } else {
                out[k] = new double[] {t.meanAction(), t.actionVariance(), t.meanPayoff(), kl};
            }
        }
        return out;
    }

    private static Rng noise(int i, int k) {
        return Streams.of(Experiments.seed(2, i), Streams.EVALUATION + k);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
