package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gtlab.compute.Workers;
import org.gtlab.coopetition.phase.CoopetitionMap;
import org.gtlab.coopetition.phase.CoopetitionMaps;
import org.gtlab.coopetition.tr1.DyadCase;
import org.gtlab.coopetition.tr1.EquilibriumSolver;
import org.gtlab.coopetition.tr1.Tr1Experiments;
import org.gtlab.coopetition.tr3.TeamModel;
import org.gtlab.coopetition.tr3.Tr3Sweep;
import org.gtlab.coopetition.tr3.WelfareMode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab bench coopetition}: the three speed targets of issue 12, median wall-clock time over
 * {@code --repeats} runs after one warm-up run:
 * <ol>
 *   <li>the 3,125-configuration TR-3 sweep with all six behavioural targets (spec §5.1–5.3; target
 *       ≤ 50 ms);</li>
 *   <li>the TR-1 Monte Carlo, 500 trials × 2 specifications on S-LCD, ±15 %, seed 42 (§3.3; ≤ 200 ms);</li>
 *   <li>a {@code --size}² TR-1 map — map 8 (log), cooperation increase, one equilibrium solve per cell —
 *       on the {@link Workers} budget ({@code --threads}, default all cores; ≤ 3 s at 256² on 2 cores),
 *       and, as a check, the largest difference from the per-cell function on a sample of cells.</li>
 * </ol>
 */
@Command(name = "coopetition", mixinStandardHelpOptions = true,
        description = "Times the TR-3 sweep, the TR-1 Monte Carlo and a TR-1 map (issue 12 speed targets).")
final class BenchCoopetitionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "256", description = "cells per axis of the TR-1 map (default 256)")
    int size;

    @Option(names = "--repeats", defaultValue = "3", description = "timed runs per item (default 3)")
    int repeats;

    @Option(names = "--threads", defaultValue = "0", description = "worker threads for the map (0 = all cores)")
    int threads;

    @Option(names = "--map", defaultValue = "8-log", description = "which TR-1 map (default 8-log)")
    String map;

    @Override
    public Integer call() {
        if (size < 2 || size > 2000 || repeats < 1 || repeats > 100 || threads < 0 || threads > 256) {
            throw new IllegalArgumentException("--size must be 2…2000, --repeats 1…100, --threads 0…256; got " + size
                    + ", " + repeats + ", " + threads);
        }
        PrintWriter o = spec.commandLine().getOut();
        int cores = Runtime.getRuntime().availableProcessors();
        int n = threads == 0 ? cores : threads;
        o.printf(Locale.ROOT, "item\tmedian ms\ttarget ms\tverdict%n");
        TeamModel centre = TeamModel.of(20, 0.5, 2.5).withMode(WelfareMode.SUMMED);
        double sweep = median(() -> Tr3Sweep.run(centre));
        line(o, "TR-3 sweep, 3125 configurations, six targets", sweep, 50);
        EquilibriumSolver solver = EquilibriumSolver.defaults();
        double mc = median(() -> {
            Tr1Experiments.monteCarlo(DyadCase.SLCD, 500, 0.15, 42, solver);
            Tr1Experiments.monteCarlo(DyadCase.SLCD_LEGACY, 500, 0.15, 42, solver);
        });
        line(o, "TR-1 Monte Carlo, 500 trials x 2 specifications", mc, 200);
        CoopetitionMap m = CoopetitionMaps.byId(map, WelfareMode.SUMMED);
        double[][][] grid = new double[1][][];
        double ms;
        try (Workers w = new Workers(n, "gtlab-bench")) {
            ms = median(() -> grid[0] = m.grid(size, size, w));
        }
        line(o, "TR-1 map " + map + ", " + size + "x" + size + ", " + n + " threads", ms, 3000);
        double worst = 0;
        for (int k = 0; k < 64; k++) {
            int i = (int) ((k * 7919L) % size);
            int j = (int) ((k * 104729L) % size);
            worst = Math.max(worst, Math.abs(grid[0][j][i] - m.cell().at(m.x().value(i, size), m.y().value(j, size))));
        }
        double eng = median(() -> {
            org.gtlab.sweep.SweepEngine e = org.gtlab.sweep.CoopetitionMapCells.engine(m, size, size, false);
            org.gtlab.sweep.SweepEngine.State st = e.start(0);
            while (!st.finished()) {
                st = e.step(st);
            }
        });
        line(o, "the same map through the sweep engine (no refinement)", eng, 3000);
        org.gtlab.run.MethodCatalog catalog = org.gtlab.run.methods.StandardMethods.catalog();
        for (boolean refine : new boolean[] {true, false}) {
            double run = median(() -> {
                org.gtlab.run.RunSpec rs = catalog.spec("coop-map", java.util.Map.of("map", map, "nx",
                        Integer.toString(size), "ny", Integer.toString(size), "refine", Boolean.toString(refine)), null,
                        0, new org.gtlab.run.Limits(100_000_000, 1, 0));
                org.gtlab.run.RunHandle h = org.gtlab.run.RunExecutor.synchronous().start(rs);
                if (h.status() != org.gtlab.run.RunStatus.COMPLETED) {
                    throw new IllegalStateException("coop-map run " + h.status() + ": " + h.failure());
                }
            });
            line(o, "the same map as a coop-map run (" + (refine ? "refinement" : "every cell")
                    + ", snapshots, record)", run, 3000);
        }
        o.printf(Locale.ROOT, "map cells vs per-cell function: max |difference| %.3g over 64 sampled cells%n", worst);
        o.printf(Locale.ROOT, "cores %d, load average %.2f%n", cores,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return 0;
    }

    private double median(Runnable r) {
        r.run();
        double[] t = new double[repeats];
        for (int k = 0; k < repeats; k++) {
            long t0 = System.nanoTime();
            r.run();
            t[k] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[repeats / 2];
    }

    private static void line(PrintWriter o, String item, double ms, double target) {
        o.printf(Locale.ROOT, "%s\t%.1f\t%.0f\t%s%n", item, ms, target, ms <= target ? "within" : "over");
    }
}
