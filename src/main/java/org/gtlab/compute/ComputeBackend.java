package org.gtlab.compute;

/**
 * Batched numeric kernels for sweeps and multi-seed runs: many small, independent problems of the
 * same shape stepped together. Arrays are flat, row-major, batch index first; every kernel writes
 * only its output arguments and never keeps references to them.
 *
 * <p>Implementations: {@link JavaBackend} ("java", the reference: plain loops, exact IEEE order
 * documented per kernel) and {@code compute.nd4j.Nd4jBackend} ("nd4j", ND4J 1.0.0-M2.1, loaded
 * lazily through {@link Backends}). Other backends must agree with "java" within 1e-9 (absolute, on
 * values of order 1) and say so in their Javadoc; only "java" is bit-reproducible across machines.
 *
 * <p>Failure modes: array lengths that do not match the stated shapes throw
 * {@link IllegalArgumentException} before anything is written.
 */
public interface ComputeBackend {

    /** Elementwise nonlinearities for {@link #matVec}. */
    enum Activation {
        /** f(z) = z. */
        IDENTITY,
        /** f(z) = tanh z. */
        TANH,
        /** f(z) = max(0, z). */
        RELU,
        /** f(z) = 1 / (1 + e^−z). */
        SIGMOID
    }

    /** The backend's name: "java" or "nd4j". */
    String name();

    /**
     * Two-population replicator dynamics of {@code batch} bimatrix games, advanced in place by
     * {@code steps} classical Runge–Kutta (RK4) steps of size {@code dt}:
     * ẋ_i = x_i ((A y)_i − xᵀA y), ẏ_j = y_j ((Bᵀx)_j − xᵀB y) (Taylor and Jonker 1978; Hofbauer and
     * Sigmund 1998, §10). A symmetric game (B = Aᵀ) started with x = y stays on the diagonal and is the
     * one-population replicator.
     *
     * @param a batch × n × m payoffs of the row player
     * @param b batch × n × m payoffs of the column player
     * @param x batch × n row shares (updated)
     * @param y batch × m column shares (updated)
     */
    void replicator(int batch, int n, int m, double[] a, double[] b, double[] x, double[] y, double dt, int steps);

    /**
     * Batched dense mat-vec with an elementwise nonlinearity: out_k = f(W_k v_k) for k &lt; batch
     * (reservoir updates).
     *
     * @param w   batch × d × d
     * @param v   batch × d
     * @param out batch × d (written)
     */
    void matVec(int batch, int d, double[] w, double[] v, double[] out, Activation f);

    /**
     * Pairwise squared Euclidean distances between the rows of P (n × d) and Q (m × d), through one
     * matrix product: D_ij = |p_i|² + |q_j|² − 2 p_i·q_j, clipped at 0 (the GEMM form used by
     * k-nearest-neighbour estimators).
     *
     * @param out n × m (written)
     */
    void squaredDistances(int n, int m, int d, double[] p, double[] q, double[] out);

    /**
     * Per-row reductions for classification: the index of the largest entry of each row (first one
     * on ties) and the row's sum.
     *
     * @param v      rows × cols
     * @param argmax rows (written)
     * @param sums   rows (written)
     */
    void rowReduce(int rows, int cols, double[] v, int[] argmax, double[] sums);

    /** Checks that an array has the stated length. */
    static void checkLength(String what, double[] v, long expected) {
        if (v == null || v.length != expected) {
            throw new IllegalArgumentException(what + " has " + (v == null ? "no" : Integer.toString(v.length))
                    + " entries, expected " + expected);
        }
    }
}
