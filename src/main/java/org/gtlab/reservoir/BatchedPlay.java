package org.gtlab.reservoir;

import org.gtlab.compute.ComputeBackend;
import org.gtlab.math.Rng;

/**
 * B static-α agents (seeds × α grid, any mix of reservoirs of one size d) played in lockstep on a
 * {@link ComputeBackend}: every round is one batched mat-vec of B × d × d ({@link ComputeBackend#matVec}),
 * then per agent x ← tanh(W·x + W_in·[a, a_opp] + b) + ξ with ξ from the agent's own stream, exactly the
 * round loop of {@link Match#run} with a TfT filter (copy at x = 0, the 500-step [1,1] warm-up, then the
 * schedule). The kNN-KL runs on the backend's pairwise-distance kernel ({@link #knnKl}).
 *
 * <p>Agreement: the java backend sums W·x in a different order than {@link Reservoir#step} (the product
 * first, then input and bias), so trajectories agree with the sequential ones to rounding (≈1e-15 per step,
 * kept small by the contractive dynamics), not bit for bit; nd4j agrees with java within the backend
 * tolerance 1e-9. Results are deterministic per backend and independent of how agents are batched.
 *
 * @throws IllegalArgumentException for agents of different sizes, mismatched array lengths or schedules of
 *     different lengths
 */
public final class BatchedPlay {

    private BatchedPlay() {
    }

    /** Per agent: the action trace and (if requested) the states after each round. */
    public record Result(double[][] action, double[][][] states) {
    }

    /**
     * Plays agent k with static α = alpha[k] against opp[k] with noise stream noise[k].
     */
    public static Result play(ComputeBackend be, Agent[] agents, double[][] opp, double[] alpha, Rng[] noise,
            boolean keepStates) {
        int bsz = agents.length;
        if (bsz == 0 || opp.length != bsz || alpha.length != bsz || noise.length != bsz) {
            throw new IllegalArgumentException("batched play needs one schedule, α and stream per agent, got "
                    + bsz + " agents, " + opp.length + " schedules, " + alpha.length + " α, " + noise.length + " streams");
        }
        int d = agents[0].body().dim();
        int n = opp[0].length;
        if (n == 0) {
            throw new IllegalArgumentException("opponent schedule is empty");
        }
        double[] w = new double[bsz * d * d];
        for (int k = 0; k < bsz; k++) {
            if (agents[k].body().dim() != d || opp[k].length != n) {
                throw new IllegalArgumentException("agent " + k + ": all agents need size d = " + d + " and schedules of "
                        + n + " rounds");
            }
            Check.unit("alpha[" + k + "]", alpha[k]);
            System.arraycopy(agents[k].body().w, 0, w, k * d * d, d * d);
        }
        double[] x = new double[bsz * d];
        double[] wx = new double[bsz * d];
        double[] own = new double[bsz];
        double[] op = new double[bsz];
        java.util.Arrays.fill(own, 1);
        java.util.Arrays.fill(op, 1);
        for (int t = 0; t < Match.WARM_UP; t++) {
            step(be, agents, w, x, wx, own, op, noise, d);
        }
        double[][] action = new double[bsz][n];
        double[][][] states = keepStates ? new double[bsz][n][] : null;
        double[] prev = new double[bsz];
        for (int k = 0; k < bsz; k++) {
            prev[k] = opp[k][0];
        }
        double[] xk = new double[d];
        for (int t = 0; t < n; t++) {
            for (int k = 0; k < bsz; k++) {
                System.arraycopy(x, k * d, xk, 0, d);
                double ab = agents[k].readout().output(xk);
                double a = alpha[k] * ab + (1 - alpha[k]) * prev[k];
                own[k] = a;
                op[k] = opp[k][t];
                action[k][t] = a;
                prev[k] = opp[k][t];
            }
            step(be, agents, w, x, wx, own, op, noise, d);
            if (keepStates) {
                for (int k = 0; k < bsz; k++) {
                    states[k][t] = java.util.Arrays.copyOfRange(x, k * d, (k + 1) * d);
                }
            }
        }
        return new Result(action, states);
    }

    private static void step(ComputeBackend be, Agent[] agents, double[] w, double[] x, double[] wx, double[] own,
            double[] op, Rng[] noise, int d) {
        int bsz = agents.length;
        be.matVec(bsz, d, w, x, wx, ComputeBackend.Activation.IDENTITY);
        for (int k = 0; k < bsz; k++) {
            Reservoir r = agents[k].body();
            int o = k * d;
            for (int i = 0; i < d; i++) {
                x[o + i] = Math.tanh(wx[o + i] + r.b[i] + r.win[2 * i] * own[k] + r.win[2 * i + 1] * op[k]);
            }
            for (int i = 0; i < d; i++) {
                x[o + i] += Reservoir.SIGMA_NOISE * Streams.normal(noise[k]);
            }
        }
    }

    /**
     * The kNN-KL of {@link KnnKl#estimate} with distances from the backend's GEMM kernel
     * (|p|² + |q|² − 2p·q, clipped at 0), in blocks of rows; agrees with the direct form to rounding.
     */
    public static double knnKl(ComputeBackend be, double[][] p, double[][] q, int k) {
        int n = p.length;
        int m = q.length;
        if (k < 1 || n < k + 1 || m < k) {
            throw new IllegalArgumentException("kNN-KL needs k ≥ 1, n ≥ k + 1 and m ≥ k, got k = " + k + ", n = " + n
                    + ", m = " + m);
        }
        int d = p[0].length;
        double[] pf = flat(p, d);
        double[] qf = flat(q, d);
        int block = Math.max(1, Math.min(n, 256));
        double[] dpp = new double[block * n];
        double[] dpq = new double[block * m];
        double[] buf = new double[k];
        double sum = 0;
        for (int s = 0; s < n; s += block) {
            int rows = Math.min(block, n - s);
            double[] ps = java.util.Arrays.copyOfRange(pf, s * d, (s + rows) * d);
            double[] outP = rows == block ? dpp : new double[rows * n];
            double[] outQ = rows == block ? dpq : new double[rows * m];
            be.squaredDistances(rows, n, d, ps, pf, outP);
            be.squaredDistances(rows, m, d, ps, qf, outQ);
            for (int r = 0; r < rows; r++) {
                double rho = kth(outP, r * n, n, s + r, k, buf);
                double nu = kth(outQ, r * m, m, -1, k, buf);
                sum += Math.log(Math.max(nu, 1e-300) / Math.max(rho, 1e-300));
            }
        }
        return (double) d / n * sum + Math.log((double) m / (n - 1));
    }

    private static double kth(double[] dist, int off, int len, int self, int k, double[] buf) {
        java.util.Arrays.fill(buf, Double.POSITIVE_INFINITY);
        for (int j = 0; j < len; j++) {
            if (j == self) {
                continue;
            }
            double s = dist[off + j];
            if (s < buf[k - 1]) {
                int pos = k - 1;
                while (pos > 0 && buf[pos - 1] > s) {
                    buf[pos] = buf[pos - 1];
                    pos--;
                }
                buf[pos] = s;
            }
        }
        return Math.sqrt(buf[k - 1]);
    }

    private static double[] flat(double[][] a, int d) {
        double[] f = new double[a.length * d];
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != d) {
                throw new IllegalArgumentException("kNN-KL: row " + i + " has dimension " + a[i].length + ", expected " + d);
            }
            System.arraycopy(a[i], 0, f, i * d, d);
        }
        return f;
    }
}
