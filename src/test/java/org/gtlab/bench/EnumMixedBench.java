package org.gtlab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.solve.vertex.EnumMixedSolver;
import org.gtlab.solve.SolveResult;

/**
 * Benchmark of {@code enummixed} against {@code lrsnash} on the random family
 * {@code RandomGames.bimatrix(n, n, 0, 99, seed)}.
 *
 * <p>For each size and seed: (1) the whole process, {@code java -cp <this class path>
 * org.gtlab.bench.EnumMixedBench --solve n seed} (JVM start-up, game generation, solve, print),
 * wall-clock, and the CPU time the child reports (all threads); (2) lrsnash on the same game,
 * wall-clock (process start-up included) and the CPU time it reports; (3) in process, the solve
 * alone in this (warmed-up) JVM. CPU times are the fairer comparison on a loaded machine. Runs alternate between the two programs so
 * that both see the same machine load. Prints one line per game and the medians per size; the
 * equilibrium sets of both programs are compared and a mismatch is reported as an error.
 *
 * <p>Usage: {@code EnumMixedBench [--sizes 12,15] [--seeds 1-7] [--no-lrsnash] [--no-process]}
 * or {@code EnumMixedBench --solve n seed} (one solve, prints the number of equilibria). Call
 * {@link #run(List, List, boolean, boolean, PrintStream)} to embed it in a command.
 */
public final class EnumMixedBench {

    private EnumMixedBench() {
    }

    /**
     * Medians for one size, seconds, NaN where not measured: whole process wall-clock and CPU
     * (all threads), solve alone in a warm JVM (wall), lrsnash wall-clock and CPU.
     */
    public record SizeResult(int n, int games, double processMedian, double processCpuMedian,
            double inProcessMedian, double lrsnashMedian, double lrsnashCpuMedian, int mismatches) {
    }

    static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--solve")) {
            int n = Integer.parseInt(args[1]);
            long seed = Long.parseLong(args[2]);
            SolveResult r = new EnumMixedSolver().solve(RandomGames.bimatrix(n, n, 0, 99, seed));
            // number of equilibria, then this process' CPU time (all threads, start-up included)
            System.out.println(r.equilibria().size() + " " + processCpuSeconds());
            return;
        }
        List<Integer> sizes = List.of(12, 15);
        List<Long> seeds = range(1, 7);
        boolean lrs = true;
        boolean process = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--seeds" -> {
                    String[] r = args[++i].split("-");
                    seeds = range(Long.parseLong(r[0]), Long.parseLong(r[r.length - 1]));
                }
                case "--no-lrsnash" -> lrs = false;
                case "--no-process" -> process = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        run(sizes, seeds, lrs, process, System.out);
    }

    private static List<Long> range(long a, long b) {
        List<Long> l = new ArrayList<>();
        for (long s = a; s <= b; s++) {
            l.add(s);
        }
        return l;
    }

    /** Runs the benchmark, printing a table to {@code out}; returns the medians per size. */
    public static List<SizeResult> run(List<Integer> sizes, List<Long> seeds, boolean withLrsnash,
            boolean wholeProcess, PrintStream out) throws IOException, InterruptedException {
        boolean lrs = withLrsnash && LrsnashRunner.find().isPresent();
        if (withLrsnash && !lrs) {
            out.println("lrsnash not found on PATH: skipping it (install lrslib)");
        }
        EnumMixedSolver solver = new EnumMixedSolver();
        // warm-up for the in-process figures (different seeds from the measured ones)
        for (int n : sizes) {
            solver.solve(RandomGames.bimatrix(n, n, 0, 99, -1));
        }
        List<SizeResult> results = new ArrayList<>();
        out.printf(Locale.ROOT, "%4s %6s %5s %10s %10s %10s %10s %10s %8s%n", "n", "seed", "eq", "process_s", "proc_cpu",
                "inproc_s", "lrsnash_s", "lrs_cpu", "ratio");
        for (int n : sizes) {
            List<Double> proc = new ArrayList<>();
            List<Double> procCpu = new ArrayList<>();
            List<Double> inproc = new ArrayList<>();
            List<Double> lrsT = new ArrayList<>();
            List<Double> lrsCpu = new ArrayList<>();
            int mismatches = 0;
            for (long seed : seeds) {
                NormalFormGame g = RandomGames.bimatrix(n, n, 0, 99, seed);
                double p = Double.NaN;
                double pc = Double.NaN;
                if (wholeProcess) {
                    double[] wp = wholeProcess(n, seed);
                    p = wp[0];
                    pc = wp[1];
                    proc.add(p);
                    procCpu.add(pc);
                }
                double l = Double.NaN;
                double lc = Double.NaN;
                Optional<LrsnashRunner.Run> lr = Optional.empty();
                if (lrs) {
                    lr = Optional.of(LrsnashRunner.run(g, 3600));
                    l = lr.get().seconds();
                    lc = lr.get().cpuSeconds();
                    lrsT.add(l);
                    lrsCpu.add(lc);
                }
                System.gc(); // keep the previous game's garbage out of this measurement
                long t0 = System.nanoTime();
                SolveResult r = solver.solve(g);
                double ip = (System.nanoTime() - t0) / 1e9;
                inproc.add(ip);
                String flag = "";
                if (lr.isPresent() && !new HashSet<>(lr.get().equilibria()).equals(new HashSet<>(r.equilibria()))) {
                    mismatches++;
                    flag = "  MISMATCH with lrsnash";
                }
                out.printf(Locale.ROOT, "%4d %6d %5d %10.3f %10.3f %10.3f %10.3f %10.3f %8.2f%s%n", n, seed,
                        r.equilibria().size(), p, pc, ip, l, lc, l / p, flag);
            }
            SizeResult sr = new SizeResult(n, seeds.size(), median(proc), median(procCpu), median(inproc), median(lrsT),
                    median(lrsCpu), mismatches);
            results.add(sr);
            out.printf(Locale.ROOT, "median n=%d: whole process %.3f s (cpu %.3f s), in process %.3f s, lrsnash %.3f s "
                    + "(cpu %.3f s); lrsnash / process = %.2f%s%n", n, sr.processMedian(), sr.processCpuMedian(),
                    sr.inProcessMedian(), sr.lrsnashMedian(), sr.lrsnashCpuMedian(),
                    sr.lrsnashMedian() / sr.processMedian(), mismatches > 0 ? ", " + mismatches + " MISMATCHES" : "");
        }
        return results;
    }

    /**
     * Wall-clock seconds of {@code java -cp <class path> EnumMixedBench --solve n seed}, and the CPU
     * seconds the child reports for itself.
     */
    static double[] wholeProcess(int n, long seed) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EnumMixedBench.class.getName(), "--solve", Integer.toString(n), Long.toString(seed));
        pb.redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        byte[] outBytes = p.getInputStream().readAllBytes();
        int code = p.waitFor();
        double secs = (System.nanoTime() - t0) / 1e9;
        String text = new String(outBytes, StandardCharsets.UTF_8).strip();
        if (code != 0) {
            throw new IllegalStateException("child failed (" + code + "): " + text);
        }
        String[] parts = text.split("\\s+");
        return new double[] {secs, parts.length > 1 ? Double.parseDouble(parts[parts.length - 1]) : Double.NaN};
    }

    static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int k = a.length / 2;
        return a.length % 2 == 1 ? a[k] : (a[k - 1] + a[k]) / 2;
    }
}
