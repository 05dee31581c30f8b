package org.gtlab.compute.nd4j;

import org.gtlab.compute.ComputeBackend;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The ND4J backend (ND4J 1.0.0-M2.1; CPU through nd4j-native, GPU when the CUDA backend is on the
 * class path instead): every kernel as a few whole-batch tensor operations, with batched matrix
 * products ({@code Nd4j.matmul} on rank-3 arrays) doing the per-cell products. The only class that
 * imports {@code org.nd4j}; {@link org.gtlab.compute.Backends} creates it by reflection on first
 * request, so ND4J starts (6–10 s and ~400 MB of natives extracted on a fresh machine, about 1 s
 * later) only when someone asks for it.
 *
 * <p>Numbers: doubles throughout ({@code Nd4j.setDefaultDataTypes(DOUBLE, DOUBLE)}, build-stack G10).
 * The products run in BLAS order, so results agree with {@link org.gtlab.compute.JavaBackend} within
 * 1e-9 on values of order 1 (tested), not bit for bit. Per-op overhead is tens of microseconds
 * (build-stack §7): only large batches gain; {@link org.gtlab.compute.AutoBackend} routes by size.
 *
 * <p>Failure modes: the constructor throws (an {@link UnsatisfiedLinkError}, an
 * {@link IllegalStateException} "No ND4J backends have been found", …) if the natives are missing or
 * broken; {@link org.gtlab.compute.Backends} turns that into a fallback to "java" with a message.
 */
public final class Nd4jBackend implements ComputeBackend {

    /** Starts ND4J and checks it with one small product. */
    public Nd4jBackend() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        int threads = threads();
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        INDArray a = Nd4j.create(new double[] {1, 2, 3, 4}, new long[] {2, 2}, 'c');
        double v = a.mmul(a).getDouble(1, 1);
        if (v != 22) {
            throw new IllegalStateException("ND4J self-check failed: 2×2 product gave " + v + ", expected 22");
        }
    }

    /**
     * Native threads for ND4J's ops and BLAS: the system property {@code gtlab.nd4j.threads}, else
     * {@code OMP_NUM_THREADS}, else half the cores (at least 1). More native threads than free cores
     * makes OpenMP spin against the JVM's own threads: on the shared 2-core build machine two
     * threads made a 256² product 2.5× slower than one (build-stack G14).
     */
    public static int threads() {
        String p = System.getProperty("gtlab.nd4j.threads", System.getenv("OMP_NUM_THREADS"));
        if (p != null) {
            try {
                return Math.max(1, Integer.parseInt(p.strip()));
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String name() {
        return "nd4j";
    }

    private static INDArray arr(double[] v, long... shape) {
        return Nd4j.create(v, shape, 'c');
    }

    /**
     * Per-thread buffers reused from call to call: allocating a native buffer (zeroed, page-faulted)
     * cost more than the arithmetic on it — 1000 × 1000 distances spent most of ~500 ms in
     * {@code allocateDataBuffer} before — so every kernel writes into cached arrays of its shape.
     */
    private final ThreadLocal<java.util.Map<String, INDArray>> buffers = ThreadLocal.withInitial(java.util.HashMap::new);

    /** The cached c-order array {@code key} of this shape (contents undefined). */
    private INDArray buf(String key, long... shape) {
        java.util.Map<String, INDArray> m = buffers.get();
        INDArray a = m.get(key);
        if (a == null || !java.util.Arrays.equals(a.shape(), shape)) {
            a = Nd4j.create(DataType.DOUBLE, shape);
            m.put(key, a);
        }
        return a;
    }

    /** The cached array {@code key} holding a copy of {@code data}. */
    private INDArray in(String key, double[] data, long... shape) {
        INDArray a = buf(key, shape);
        java.nio.DoubleBuffer nb = a.data().asNioDouble();
        nb.position(0);
        nb.put(data, 0, data.length);
        return a;
    }

    /** Copies a cached array (c-order, offset 0) into {@code out}. */
    private static void out(INDArray a, double[] out) {
        java.nio.DoubleBuffer nb = a.data().asNioDouble();
        nb.position(0);
        nb.get(out, 0, out.length);
    }

    @Override
    public void replicator(int batch, int n, int m, double[] a, double[] b, double[] x, double[] y, double dt,
            int steps) {
        ComputeBackend.checkLength("A", a, (long) batch * n * m);
        ComputeBackend.checkLength("B", b, (long) batch * n * m);
        ComputeBackend.checkLength("x", x, (long) batch * n);
        ComputeBackend.checkLength("y", y, (long) batch * m);
        if (batch == 0 || steps == 0) {
            return;
        }
        // structure of arrays: every payoff entry and every share is one row of length B, so each op
        // works on B numbers at once and the number of ops per step does not grow with B
        INDArray pa = buf("rep.a", n, m, batch).assign(in("rep.in.a", a, batch, n, m).permute(1, 2, 0)); // slice i: row i of A
        INDArray pbt = buf("rep.b", m, n, batch).assign(in("rep.in.b", b, batch, n, m).permute(2, 1, 0)); // slice j: column j of B
        INDArray ix = in("rep.in.x", x, batch, n);
        INDArray iy = in("rep.in.y", y, batch, m);
        INDArray sx = buf("rep.x", n, batch).assign(ix.transpose());   // n × B
        INDArray sy = buf("rep.y", m, batch).assign(iy.transpose());   // m × B
        Rk rk = rk(n, m, batch, pa, pbt);
        for (int s = 0; s < steps; s++) {
            rk.step(sx, sy, dt);
        }
        ix.assign(sx.transpose());
        iy.assign(sy.transpose());
        out(ix, x);
        out(iy, y);
    }

    private final ThreadLocal<Rk> rks = new ThreadLocal<>();

    /** The thread's RK4 workspace for this shape (made once per shape; views into the cached payoffs). */
    private Rk rk(int n, int m, int batch, INDArray pa, INDArray pbt) {
        Rk r = rks.get();
        if (r == null || r.aRows.length != n || r.bCols.length != m || r.batch != batch || r.pa != pa || r.pbt != pbt) {
            r = new Rk(n, m, batch, pa, pbt);
            rks.set(r);
        }
        return r;
    }

    /** RK4 for the batched replicator with every buffer and view made once (nothing allocated per step). */
    private static final class Rk {
        private final INDArray[] aRows;
        private final INDArray[] bCols;
        private final INDArray[][] k;
        private final INDArray[][] kRows;
        private final INDArray tx;
        private final INDArray ty;
        private final INDArray wm;
        private final INDArray wn;
        private final INDArray mean;
        private final int batch;
        private final INDArray pa;
        private final INDArray pbt;

        Rk(int n, int m, int batch, INDArray pa, INDArray pbt) {
            this.batch = batch;
            this.pa = pa;
            this.pbt = pbt;
            aRows = new INDArray[n];
            for (int i = 0; i < n; i++) {
                aRows[i] = pa.slice(i);            // m × B
            }
            bCols = new INDArray[m];
            for (int j = 0; j < m; j++) {
                bCols[j] = pbt.slice(j);           // n × B
            }
            k = new INDArray[4][2];
            kRows = new INDArray[4][];
            for (int q = 0; q < 4; q++) {
                k[q][0] = Nd4j.create(DataType.DOUBLE, n, batch);
                k[q][1] = Nd4j.create(DataType.DOUBLE, m, batch);
                kRows[q] = new INDArray[n + m];
                for (int i = 0; i < n; i++) {
                    kRows[q][i] = k[q][0].getRow(i);
                }
                for (int j = 0; j < m; j++) {
                    kRows[q][n + j] = k[q][1].getRow(j);
                }
            }
            tx = Nd4j.create(DataType.DOUBLE, n, batch);
            ty = Nd4j.create(DataType.DOUBLE, m, batch);
            wm = Nd4j.create(DataType.DOUBLE, m, batch);
            wn = Nd4j.create(DataType.DOUBLE, n, batch);
            mean = Nd4j.create(DataType.DOUBLE, 1, batch);
        }

        void step(INDArray sx, INDArray sy, double dt) {
            field(sx, sy, 0);
            stage(sx, sy, 0.5 * dt, k[0]);
            field(tx, ty, 1);
            stage(sx, sy, 0.5 * dt, k[1]);
            field(tx, ty, 2);
            stage(sx, sy, dt, k[2]);
            field(tx, ty, 3);
            for (int p = 0; p < 2; p++) {
                INDArray acc = k[1][p].addi(k[2][p]).muli(2).addi(k[0][p]).addi(k[3][p]).muli(dt / 6);
                (p == 0 ? sx : sy).addi(acc);
            }
            renormalise(sx);
            renormalise(sy);
        }

        private void renormalise(INDArray s) {
            s.sum(mean, true, 0);
            s.diviRowVector(mean);
        }

        /** t = s + h·k. */
        private void stage(INDArray sx, INDArray sy, double h, INDArray[] kk) {
            tx.assign(kk[0]).muli(h).addi(sx);
            ty.assign(kk[1]).muli(h).addi(sy);
        }

        /** k_q: dx_i = x_i ((Ay)_i − xᵀAy), dy_j = y_j ((Bᵀx)_j − xᵀBy), B cells at once. */
        private void field(INDArray x, INDArray y, int q) {
            int n = aRows.length;
            for (int i = 0; i < n; i++) {
                aRows[i].mul(y, wm);                 // A_ij y_j, m × B
                wm.sum(kRows[q][i], false, 0);       // (Ay)_i
            }
            population(x, k[q][0], wn);
            for (int j = 0; j < bCols.length; j++) {
                bCols[j].mul(x, wn);                 // B_ij x_i, n × B
                wn.sum(kRows[q][n + j], false, 0);   // (Bᵀx)_j
            }
            population(y, k[q][1], wm);
        }

        /** d ← s ⊙ (d − sᵀd), column by column. */
        private void population(INDArray s, INDArray d, INDArray w) {
            s.mul(d, w);
            w.sum(mean, true, 0);
            d.subiRowVector(mean).muli(s);
        }
    }

    @Override
    public void matVec(int batch, int d, double[] w, double[] v, double[] out, Activation f) {
        ComputeBackend.checkLength("W", w, (long) batch * d * d);
        ComputeBackend.checkLength("v", v, (long) batch * d);
        ComputeBackend.checkLength("out", out, (long) batch * d);
        if (batch == 0 || d == 0) {
            return;
        }
        INDArray z = buf("mv.z", batch, d, 1);
        Nd4j.matmul(in("mv.w", w, batch, d, d), in("mv.v", v, batch, d, 1), z);
        switch (f) {
            case TANH:
                z = Transforms.tanh(z, false);
                break;
            case RELU:
                z = Transforms.relu(z, false);
                break;
            case SIGMOID:
                z = Transforms.sigmoid(z, false);
                break;
            default:
                break;
        }
        out(z, out);
    }

    @Override
    public void squaredDistances(int n, int m, int d, double[] p, double[] q, double[] out) {
        ComputeBackend.checkLength("P", p, (long) n * d);
        ComputeBackend.checkLength("Q", q, (long) m * d);
        ComputeBackend.checkLength("out", out, (long) n * m);
        if (n == 0 || m == 0) {
            return;
        }
        INDArray pp = in("sd.p", p, n, d);
        INDArray qq = in("sd.q", q, m, d);
        // D (n × m, row-major) has the memory of Dᵀ = Q Pᵀ (m × n) in column-major order, the order
        // BLAS writes: one GEMM straight into a cached f-order buffer, no temporary
        java.util.Map<String, INDArray> cache = buffers.get();
        INDArray distT = cache.get("sd.outT");
        if (distT == null || distT.size(0) != m || distT.size(1) != n) {
            distT = Nd4j.create(DataType.DOUBLE, new long[] {m, n}, 'f');
            cache.put("sd.outT", distT);
        }
        Nd4j.gemm(qq, pp, distT, false, true, -2.0, 0.0);
        INDArray pn = buf("sd.pn", 1, n);
        pp.mul(pp, buf("sd.p2", n, d)).sum(pn.reshape(n, 1), true, 1);
        INDArray qn = buf("sd.qn", m, 1);
        qq.mul(qq, buf("sd.q2", m, d)).sum(qn, true, 1);
        distT.addiColumnVector(qn);
        distT.addiRowVector(pn);
        Transforms.max(distT, 0.0, false);
        out(distT, out);
    }

    @Override
    public void rowReduce(int rows, int cols, double[] v, int[] argmax, double[] sums) {
        ComputeBackend.checkLength("v", v, (long) rows * cols);
        ComputeBackend.checkLength("sums", sums, rows);
        if (argmax == null || argmax.length != rows) {
            throw new IllegalArgumentException("argmax has " + (argmax == null ? 0 : argmax.length)
                    + " entries, expected " + rows);
        }
        if (rows == 0) {
            return;
        }
        INDArray a = in("rr.v", v, rows, cols);
        long[] idx = Nd4j.argMax(a, 1).toLongVector();
        for (int r = 0; r < rows; r++) {
            argmax[r] = (int) idx[r];
        }
        INDArray s = buf("rr.sums", rows, 1);
        a.sum(s, true, 1);
        out(s, sums);
    }
}
