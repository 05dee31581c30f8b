package org.gtlab.reservoir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtlab.compute.Backends;
import org.gtlab.compute.ComputeBackend;
import org.gtlab.compute.JavaBackend;
import org.gtlab.math.Rng;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchedPlay}: seeds × α agents stepped as one backend batch give the sequential {@link Match#run}
 * trajectories to rounding (java backend), the nd4j backend agrees with java within the backend tolerance
 * 1e-9, and the GEMM-distance kNN-KL equals the direct estimator.
 */
class BatchedPlayTest {

    private static Agent[] agents = new Agent[3];

    private static Agent agent(int i) {
        if (agents[i] == null) {
            agents[i] = Agent.build(Agent.Config.defaults(8).withEpochs(20), 40 + i);
        }
        return agents[i];
    }

    private static BatchedPlay.Result batch(ComputeBackend be, double[] alphas, double[][] opp) {
        int b = 3 * alphas.length;
        Agent[] ag = new Agent[b];
        double[][] op = new double[b][];
        double[] al = new double[b];
        Rng[] ns = new Rng[b];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < alphas.length; k++) {
                int j = i * alphas.length + k;
                ag[j] = agent(i);
                op[j] = opp[i];
                al[j] = alphas[k];
                ns[j] = Streams.of(40 + i, Streams.EVALUATION + k);
            }
        }
        return BatchedPlay.play(be, ag, op, al, ns, true);
    }

    private static double[][] schedules() {
        double[][] opp = new double[3][];
        for (int i = 0; i < 3; i++) {
            opp[i] = Schedule.builder(Streams.of(40 + i, Streams.OPPONENT)).noisy(300, 0.1).build();
        }
        return opp;
    }

    @Test
    void javaBatchMatchesTheSequentialRoundLoop() {
        double[] alphas = {0, 0.5, 1};
        double[][] opp = schedules();
        BatchedPlay.Result r = batch(JavaBackend.INSTANCE, alphas, opp);
        double worst = 0;
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                Match.Trace t = agent(i).play(opp[i], Governor.fixed(alphas[k]), Streams.of(40 + i, Streams.EVALUATION + k),
                        true);
                double[] a = r.action()[i * 3 + k];
                for (int s = 0; s < a.length; s++) {
                    worst = Math.max(worst, Math.abs(a[s] - t.action()[s]));
                }
            }
        }
        assertTrue(worst < 1e-9, "max |Δa| = " + worst);
    }

    /** Slow (ND4J loads its native backend, ≈10 s): the java variant above runs by default. */
    @org.junit.jupiter.api.Tag("slow")
    @Test
    void nd4jAgreesWithJavaWithinTheBackendTolerance() {
        Backends.Selection nd = Backends.nd4j();
        double[] alphas = {0, 1};
        double[][] opp = schedules();
        BatchedPlay.Result j = batch(JavaBackend.INSTANCE, alphas, opp);
        BatchedPlay.Result n = batch(nd.backend(), alphas, opp);
        double worst = 0;
        for (int b = 0; b < j.action().length; b++) {
            for (int s = 0; s < j.action()[b].length; s++) {
                worst = Math.max(worst, Math.abs(j.action()[b][s] - n.action()[b][s]));
            }
        }
        assertTrue(worst < 1e-9, nd.backend().name() + ": max |Δa| = " + worst);
        double k1 = BatchedPlay.knnKl(JavaBackend.INSTANCE, j.states()[0], j.states()[1], 5);
        double k2 = BatchedPlay.knnKl(nd.backend(), j.states()[0], j.states()[1], 5);
        assertEquals(k1, k2, 1e-6);
    }

    @Test
    void gemmKnnKlEqualsTheDirectEstimator() {
        Rng r = Rng.of(5);
        double[][] p = new double[300][4];
        double[][] q = new double[280][4];
        for (double[] x : p) {
            for (int c = 0; c < 4; c++) {
                x[c] = Streams.normal(r) + (c == 0 ? 0.5 : 0);
            }
        }
        for (double[] x : q) {
            for (int c = 0; c < 4; c++) {
                x[c] = Streams.normal(r);
            }
        }
        assertEquals(KnnKl.estimate(p, q, 5), BatchedPlay.knnKl(JavaBackend.INSTANCE, p, q, 5), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> BatchedPlay.knnKl(JavaBackend.INSTANCE, new double[3][2], q, 5));
    }
}
