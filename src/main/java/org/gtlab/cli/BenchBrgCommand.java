package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gtlab.compute.Backends;
import org.gtlab.compute.ComputeBackend;
import org.gtlab.compute.JavaBackend;
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
 * Agent building (training + 200 habituation epochs) is timed separately.
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

    @Override
    public Integer call() {
        if (seeds < 1 || seeds > 1000 || grid < 2 || grid > 1001) {
            throw new IllegalArgumentException("--seeds must be 1…1000 and --grid 2…1001, got " + seeds + ", " + grid);
        }
        PrintWriter o = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Agent[] agents = new Agent[seeds];
        double[][][] refs = new double[seeds][][];
        double[][] opps = new double[seeds][];
        for (int i = 0; i < seeds; i++) {
            long s = Experiments.seed(2, i);
            agents[i] = Agent.build(Agent.Config.defaults(30), s);
            refs[i] = agents[i].reference(2000, Streams.of(s, Streams.REFERENCE));
            opps[i] = Schedule.builder(Streams.of(s, Streams.OPPONENT)).noisy(2000, 0.1).build();
        }
        o.printf(Locale.ROOT, "agents (train + H = 200) and references: %.2f s%n", (System.nanoTime() - t0) / 1e9);
        double[] alphas = Landscape.grid(grid);
        int b = seeds * grid;
        Agent[] ag = new Agent[b];
        double[][] opp = new double[b][];
        double[] al = new double[b];
        double[] seqAction = new double[b];
        double[] seqKl = new double[b];
        long t1 = System.nanoTime();
        double klSeconds = 0;
        for (int i = 0; i < seeds; i++) {
            for (int k = 0; k < grid; k++) {
                int j = i * grid + k;
                ag[j] = agents[i];
                opp[j] = opps[i];
                al[j] = alphas[k];
                var t = agents[i].play(opps[i], Governor.fixed(alphas[k]), noise(i, k), true);
                seqAction[j] = t.meanAction();
                long tk = System.nanoTime();
                seqKl[j] = KnnKl.estimate(t.states(), refs[i], KnnKl.K);
                klSeconds += (System.nanoTime() - tk) / 1e9;
            }
        }
        double seqTotal = (System.nanoTime() - t1) / 1e9;
        o.println(String.join("\t", "mode", "play s", "kNN-KL s", "total s", "max |Δ mean a|", "max |Δ KL|"));
        o.println(String.join("\t", "sequential", fmt(seqTotal - klSeconds), fmt(klSeconds), fmt(seqTotal), "0", "0"));
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

    private static Rng noise(int i, int k) {
        return Streams.of(Experiments.seed(2, i), Streams.EVALUATION + k);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
