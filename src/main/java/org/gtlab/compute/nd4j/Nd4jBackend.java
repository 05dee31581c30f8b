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
        INDArray a = Nd4j.create(new double[] {1, 2, 3, 4}, new long[] {2, 2}, 'c');
        double v = a.mmul(a).getDouble(1, 1);
        if (v != 22) {
            throw new IllegalStateException("ND4J self-check failed: 2×2 product gave " + v + ", expected 22");
        }
    }

    @Override
    public String name() {
        return "nd4j";
    }

    private static INDArray arr(double[] v, long... shape) {
        return Nd4j.create(v, shape, 'c');
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
        INDArray pa = arr(a, batch, n, m);
        INDArray pb = arr(b, batch, n, m);
        INDArray sx = arr(x, batch, n, 1);
        INDArray sy = arr(y, batch, m, 1);
        for (int s = 0; s < steps; s++) {
            INDArray[] k1 = field(pa, pb, sx, sy);
            INDArray[] k2 = field(pa, pb, sx.add(k1[0].mul(0.5 * dt)), sy.add(k1[1].mul(0.5 * dt)));
            INDArray[] k3 = field(pa, pb, sx.add(k2[0].mul(0.5 * dt)), sy.add(k2[1].mul(0.5 * dt)));
            INDArray[] k4 = field(pa, pb, sx.add(k3[0].mul(dt)), sy.add(k3[1].mul(dt)));
            sx = sx.add(k1[0].add(k2[0].mul(2)).add(k3[0].mul(2)).add(k4[0]).mul(dt / 6));
            sy = sy.add(k1[1].add(k2[1].mul(2)).add(k3[1].mul(2)).add(k4[1]).mul(dt / 6));
            sx = sx.div(sx.sum(true, 1).broadcast(batch, n, 1));
            sy = sy.div(sy.sum(true, 1).broadcast(batch, m, 1));
        }
        System.arraycopy(sx.reshape(batch * (long) n).toDoubleVector(), 0, x, 0, batch * n);
        System.arraycopy(sy.reshape(batch * (long) m).toDoubleVector(), 0, y, 0, batch * m);
    }

    /** ẋ = x ⊙ (A y) − x (xᵀ A y), ẏ = y ⊙ (Bᵀ x) − y (xᵀ B y), batched: x is B × n × 1, y B × m × 1. */
    private static INDArray[] field(INDArray a, INDArray b, INDArray x, INDArray y) {
        INDArray f = Nd4j.matmul(a, y);                          // B × n × 1
        INDArray xf = Nd4j.matmul(x, f, true, false, false);      // B × 1 × 1
        INDArray dx = x.mul(f).subi(Nd4j.matmul(x, xf));
        INDArray g = Nd4j.matmul(b, x, true, false, false);       // B × m × 1
        INDArray yg = Nd4j.matmul(y, g, true, false, false);      // B × 1 × 1
        INDArray dy = y.mul(g).subi(Nd4j.matmul(y, yg));
        return new INDArray[] {dx, dy};
    }

    @Override
    public void matVec(int batch, int d, double[] w, double[] v, double[] out, Activation f) {
        ComputeBackend.checkLength("W", w, (long) batch * d * d);
        ComputeBackend.checkLength("v", v, (long) batch * d);
        ComputeBackend.checkLength("out", out, (long) batch * d);
        if (batch == 0 || d == 0) {
            return;
        }
        INDArray z = Nd4j.matmul(arr(w, batch, d, d), arr(v, batch, d, 1));
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
        System.arraycopy(z.reshape((long) batch * d).toDoubleVector(), 0, out, 0, batch * d);
    }

    @Override
    public void squaredDistances(int n, int m, int d, double[] p, double[] q, double[] out) {
        ComputeBackend.checkLength("P", p, (long) n * d);
        ComputeBackend.checkLength("Q", q, (long) m * d);
        ComputeBackend.checkLength("out", out, (long) n * m);
        if (n == 0 || m == 0) {
            return;
        }
        INDArray pp = arr(p, n, d);
        INDArray qq = arr(q, m, d);
        INDArray dist = pp.mmul(qq.transpose()).muli(-2);
        dist.addiColumnVector(pp.mul(pp).sum(1).reshape(n, 1));
        dist.addiRowVector(qq.mul(qq).sum(1).reshape(1, m));
        dist = Transforms.max(dist, 0.0, false);
        System.arraycopy(dist.reshape((long) n * m).toDoubleVector(), 0, out, 0, n * m);
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
        INDArray a = arr(v, rows, cols);
        long[] idx = Nd4j.argMax(a, 1).toLongVector();
        for (int r = 0; r < rows; r++) {
            argmax[r] = (int) idx[r];
        }
        System.arraycopy(a.sum(1).toDoubleVector(), 0, sums, 0, rows);
    }
}
