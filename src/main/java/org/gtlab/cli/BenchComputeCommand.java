package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.gtlab.compute.AutoBackend;
import org.gtlab.compute.Backends;
import org.gtlab.compute.ComputeBackend;
import org.gtlab.compute.JavaBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gtlab bench compute}: each {@link ComputeBackend} kernel at several batch sizes, median
 * milliseconds per call for "java" and "nd4j" side by side, the largest difference between them,
 * and which one "auto" picks. Seeded random inputs; a warm-up call per size is not timed.
 */
@Command(name = "compute", mixinStandardHelpOptions = true,
        description = "Times every compute kernel on the java and nd4j backends and shows auto's choice.")
final class BenchComputeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--repeat", defaultValue = "3", description = "timed calls per size (median reported)")
    int repeat;

    @Option(names = "--sizes", split = ",", defaultValue = "256,4096,65536",
            description = "three batch sizes B (replicator and mat-vec batches, distance rows, reduced rows)")
    int[] sizes;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        if (sizes.length != 3 || java.util.Arrays.stream(sizes).anyMatch(v -> v < 1 || v > 1_000_000)) {
            throw new IllegalArgumentException("--sizes: give three batch sizes 1 … 1000000, e.g. 256,4096,65536");
        }
        Backends.Selection nd = Backends.nd4j();
        if (nd.message() != null) {
            spec.commandLine().getErr().println("gtlab: " + nd.message());
        }
        ComputeBackend java = JavaBackend.INSTANCE;
        ComputeBackend nd4j = nd.backend();
        AutoBackend auto = new AutoBackend(java, nd4j);
        o.println(row("kernel", "size", "java ms", nd4j.name() + " ms", "max |diff|", "auto"));
        SplittableRandom rng = new SplittableRandom(1);
        for (int batch : sizes) {
            int n = 3;
            double[] a = rand(rng, batch * n * n);
            double[] b = rand(rng, batch * n * n);
            double[] x0 = simplexRows(rng, batch, n);
            double[] y0 = simplexRows(rng, batch, n);
            double[][] res = new double[2][];
            double[] t = new double[2];
            ComputeBackend[] bs = {java, nd4j};
            for (int k = 0; k < 2; k++) {
                ComputeBackend be = bs[k];
                double[][] xs = new double[1][];
                t[k] = time(() -> {
                    double[] x = x0.clone();
                    double[] y = y0.clone();
                    be.replicator(batch, n, n, a, b, x, y, 0.01, 20);
                    xs[0] = x;
                });
                res[k] = xs[0];
            }
            o.println(row("replicator 3×3 ×20 steps", "B=" + batch, fmt(t[0]), fmt(t[1]), diff(res[0], res[1]),
                    auto.pick("replicator", (long) batch * 9 * 20).name()));
        }
        java.util.List<int[]> mv = new java.util.ArrayList<>();
        for (int batch : sizes) {
            mv.add(new int[] {batch, 8});
        }
        mv.add(new int[] {64, 256});
        for (int[] s : mv) {
            int batch = s[0];
            int d = s[1];
            double[] w = rand(rng, batch * d * d);
            double[] v = rand(rng, batch * d);
            double[][] res = new double[2][batch * d];
            double[] t = new double[2];
            ComputeBackend[] bs = {java, nd4j};
            for (int k = 0; k < 2; k++) {
                ComputeBackend be = bs[k];
                double[] out = res[k];
                t[k] = time(() -> be.matVec(batch, d, w, v, out, ComputeBackend.Activation.TANH));
            }
            o.println(row("matVec tanh", "B=" + batch + " d=" + d, fmt(t[0]), fmt(t[1]), diff(res[0], res[1]),
                    auto.pick("matVec", (long) batch * d * d).name()));
        }
        for (int[] s : new int[][] {{sizes[0], 64, 16}, {sizes[1], 64, 16}, {sizes[2], 64, 16}, {1000, 1000, 16}}) {
            int n = s[0];
            int m = s[1];
            int d = s[2];
            double[] p = rand(rng, n * d);
            double[] q = rand(rng, m * d);
            double[][] res = new double[2][n * m];
            double[] t = new double[2];
            ComputeBackend[] bs = {java, nd4j};
            for (int k = 0; k < 2; k++) {
                ComputeBackend be = bs[k];
                double[] out = res[k];
                t[k] = time(() -> be.squaredDistances(n, m, d, p, q, out));
            }
            o.println(row("squaredDistances", n + "×" + m + " d=" + d, fmt(t[0]), fmt(t[1]), diff(res[0], res[1]),
                    auto.pick("squaredDistances", (long) n * m * d).name()));
        }
        for (int rows : sizes) {
            int cols = 9;
            double[] v = rand(rng, rows * cols);
            double[][] res = new double[2][rows];
            double[] t = new double[2];
            ComputeBackend[] bs = {java, nd4j};
            for (int k = 0; k < 2; k++) {
                ComputeBackend be = bs[k];
                double[] sums = res[k];
                t[k] = time(() -> be.rowReduce(rows, cols, v, new int[rows], sums));
            }
            o.println(row("rowReduce", rows + "×" + cols, fmt(t[0]), fmt(t[1]), diff(res[0], res[1]),
                    auto.pick("rowReduce", (long) rows * cols).name()));
        }
        o.flush();
        return 0;
    }

    private static String row(String... cells) {
        return String.format(java.util.Locale.ROOT, "%-26s %-20s %10s %10s %10s %6s", (Object[]) cells);
    }

    private double time(Runnable r) {
        r.run();
        double[] t = new double[Math.max(1, repeat)];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    private static String fmt(double ms) {
        return String.format(java.util.Locale.ROOT, "%.3f", ms);
    }

    private static String diff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return String.format(java.util.Locale.ROOT, "%.1e", m);
    }

    private static double[] rand(SplittableRandom r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble() * 2 - 1;
        }
        return v;
    }

    private static double[] simplexRows(SplittableRandom r, int rows, int n) {
        double[] v = new double[rows * n];
        for (int k = 0; k < rows; k++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                v[k * n + i] = 0.1 + r.nextDouble();
                s += v[k * n + i];
            }
            for (int i = 0; i < n; i++) {
                v[k * n + i] /= s;
            }
        }
        return v;
    }
}
