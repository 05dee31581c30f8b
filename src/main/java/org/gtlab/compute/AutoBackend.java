package org.gtlab.compute;

/**
 * Picks, per kernel call, the faster of two backends from the problem size: the "nd4j" backend only
 * where its per-call and per-op overhead (tens to hundreds of microseconds per op, build-stack.md §7)
 * is paid back by the work, i.e. above the crossovers below, and "java" otherwise. The crossovers are
 * measured with {@code gtlab bench compute} (B = 256, 4096, 65536) on the 2-core build machine (ND4J
 * CPU, one native thread, the machine shared and heavily loaded, load average ≈ 20):
 * <ul>
 *   <li>squaredDistances (one GEMM): nd4j wins from n·m·d ≈ 1.6·10⁷ (1000 × 1000 × 16: 35.5 ms vs
 *       63.0 ms java; again 10.9 vs 35.9 ms in session 5; 65536 × 64 × 16: 101 ms vs 127 ms) and is
 *       even or loses at 4096 × 64 × 16 ≈ 4.2·10⁶ (11.7 vs 8.7 ms; 7.9 vs 24.7 ms in session 5), so
 *       {@link #DISTANCE_CROSSOVER} = 2²³ ≈ 8.4·10⁶, between the two (it was 2²⁴ ≈ 1.68·10⁷, which
 *       left the 1000 × 1000 × 16 case that motivated it on java);</li>
 *   <li>matVec (B small d × d products): java at every measured size (B = 65536, d = 8: 71.5 vs
 *       312 ms; B = 64, d = 256: 10.1 vs 26.6 ms), so the crossover lies beyond the measured range;</li>
 *   <li>replicator steps (3 × 3, ~120 ops per RK4 step whatever B) and row reductions: java at every
 *       measured size (replicator B = 65536, 20 steps: 1.28 s vs 2.65 s).</li>
 * </ul>
 * On other hardware (a GPU, an idle many-core CPU) rerun the benchmark and lower them. Results agree
 * with "java" within the tolerance of the chosen backend.
 */
public final class AutoBackend implements ComputeBackend {

    /** Work (multiply–adds) per call above which matVec goes to the second backend. */
    public static final long MATVEC_CROSSOVER = 1L << 36;
    /** Work (n·m·d) above which squaredDistances goes to the second backend. */
    public static final long DISTANCE_CROSSOVER = 1L << 23;

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
