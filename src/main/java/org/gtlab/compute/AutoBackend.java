package org.gtlab.compute;

/**
 * Picks, per kernel call, the faster of two backends from the problem size: the "nd4j" backend only
 * where its per-call overhead (tens of microseconds per op, build-stack.md §7) is paid back by the
 * work, i.e. above the crossovers below, and "java" otherwise. The crossovers come from
 * {@code gtlab bench compute}: on the 2-core build machine (ND4J CPU, OMP_NUM_THREADS=1, shared and
 * loaded) ND4J lost at every measured size — replicator up to B = 4096 (379 ms vs 34.9 s), mat-vec up
 * to B·d² = 4.2·10⁶ (42.5 ms vs 2.0 s), distances at 100 × 100 × 8 (0.32 ms vs 34 ms; larger sizes were
 * not measured within the benchmark's time limit) — so the crossovers lie
 * beyond the measured range (2³⁶ multiply–adds per call, GPU-sized work) and "auto" is "java" here.
 * On other hardware (a GPU, an idle many-core CPU) rerun the benchmark and lower them. Results agree
 * with "java" within the tolerance of the chosen backend.
 */
public final class AutoBackend implements ComputeBackend {

    /** Work (multiply–adds) per call above which matVec goes to the second backend. */
    public static final long MATVEC_CROSSOVER = 1L << 36;
    /** Work (n·m·d) above which squaredDistances goes to the second backend. */
    public static final long DISTANCE_CROSSOVER = 1L << 36;

    private final ComputeBackend java;
    private final ComputeBackend fast;

    /**
     * @param java the reference backend
     * @param fast the backend for large calls
     */
    public AutoBackend(ComputeBackend java, ComputeBackend fast) {
        this.java = java;
        this.fast = fast;
    }

    @Override
    public String name() {
        return "auto";
    }

    /** The backend this would use for a kernel of this work size ("matVec", "squaredDistances", …). */
    public ComputeBackend pick(String kernel, long work) {
        switch (kernel) {
            case "matVec":
                return work >= MATVEC_CROSSOVER ? fast : java;
            case "squaredDistances":
                return work >= DISTANCE_CROSSOVER ? fast : java;
            default:
                // replicator steps and row reductions are game-sized: java wins at every measured size
                return java;
        }
    }

    @Override
    public void replicator(int batch, int n, int m, double[] a, double[] b, double[] x, double[] y, double dt,
            int steps) {
        pick("replicator", (long) batch * n * m * steps).replicator(batch, n, m, a, b, x, y, dt, steps);
    }

    @Override
    public void matVec(int batch, int d, double[] w, double[] v, double[] out, Activation f) {
        pick("matVec", (long) batch * d * d).matVec(batch, d, w, v, out, f);
    }

    @Override
    public void squaredDistances(int n, int m, int d, double[] p, double[] q, double[] out) {
        pick("squaredDistances", (long) n * m * d).squaredDistances(n, m, d, p, q, out);
    }

    @Override
    public void rowReduce(int rows, int cols, double[] v, int[] argmax, double[] sums) {
        pick("rowReduce", (long) rows * cols).rowReduce(rows, cols, v, argmax, sums);
    }
}
