package org.gtlab.reservoir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtlab.math.Rng;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spec brg.md §11.B structural checks 14–18 and the reservoir checks P1, P4, P5 of §11.C (d = 30, 20 seeds). */
class ReservoirModelTest {

    static final int SEEDS = 20;
    static Agent[] agents;

    @BeforeAll
    static void buildAgents() {
        agents = TestAgents.d30();
    }

    @Test
    void constructionStatistics() {
        int d = 100;
        Reservoir r = Reservoir.random(d, Rng.of(9), SpectralRadius.Mode.POWER);
        assertEquals(0.5, std(r.inputWeights()), 0.075);
        assertEquals(0.3, std(r.bias()), 0.065);
        double raw = std(r.weights()) * r.initialEstimate() / Reservoir.RHO_INIT;
        assertEquals(1 / Math.sqrt(d), raw, 0.03 / Math.sqrt(d));
        r.step(1, 1, Rng.of(3));
        Reservoir c = r.copy();
        assertArrayEquals(new double[d], c.state(), 0);
        assertArrayEquals(r.weights(), c.weights(), 0);
        assertArrayEquals(r.inputWeights(), c.inputWeights(), 0);
        assertArrayEquals(r.bias(), c.bias(), 0);
        assertNotSame(r.w, c.w);
        assertNotSame(r.win, c.win);
        assertNotSame(r.b, c.b);
    }

    private static double std(double[] v) {
        return Math.sqrt(Match.variance(v));
    }

    @Test
    void jacobianMatchesCentralDifferences() {
        Agent a = agents[0];
        FixedPoint fp = new FixedPoint(a.body(), a.readout(), 1);
        Rng r = Rng.of(4);
        int d = 30;
        double h = 1e-6, maxErr = 0;
        for (int s = 0; s < 5; s++) {
            double[] x = new double[d];
            for (int i = 0; i < d; i++) {
                x[i] = 2 * r.nextDouble() - 1;
            }
            double[] j = fp.jacobian(x);
            for (int k = 0; k < d; k++) {
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[k] += h;
                xm[k] -= h;
                double[] fp1 = fp.phi(xp);
                double[] fm1 = fp.phi(xm);
                for (int i = 0; i < d; i++) {
                    maxErr = Math.max(maxErr, Math.abs((fp1[i] - fm1[i]) / (2 * h) - j[i * d + k]));
                }
            }
        }
        assertTrue(maxErr < 1e-6, "max abs error " + maxErr);
    }

    @Test
    void selfConsistencyConvergesAndIsStable() {
        int good = 0;
        for (Agent a : agents) {
            FixedPoint fp = new FixedPoint(a.body(), a.readout(), 1);
            FixedPoint.Result res = fp.iterate(new double[30], 1e-12, 100);
            if (res.converged() && fp.spectralRadius(res.x()) < 1) {
                good++;
            }
        }
        assertTrue(good >= 18, "converged and stable in " + good + " of 20 seeds");
    }

    @Test
    void p10aClampBinds() {
        for (int s = 0; s < 3; s++) {
            Agent a = agents[s];
            double[] pre = a.preClampEstimates();
            int bound = 0, n = 0;
            for (int e = 15; e < pre.length; e++) {
                n++;
                if (pre[e] > 0.99) {
                    bound++;
                }
            }
            assertTrue(bound >= 0.9 * n, "seed " + s + ": clamp bound in " + bound + " of " + n + " epochs");
            double post = SpectralRadius.powerIteration(a.body().weights(), 30, Rng.of(42));
            assertEquals(0.99, post, 1e-3);
        }
    }

    @Test
    void u9bKnnKlGaussians() {
        for (int draw = 0; draw < 5; draw++) {
            Rng r = Rng.of(7000 + draw);
            double[][] p = gauss(r, 2000, 1);
            double[][] q = gauss(r, 2000, 0);
            double[][] q2 = gauss(r, 2000, 0);
            double shift = KnnKl.clipped(p, q, 5);
            assertTrue(shift >= 0.35 && shift <= 0.62, "draw " + draw + ": KL " + shift);
            double same = KnnKl.estimate(q2, q, 5);
            assertTrue(Math.abs(same) < 0.08, "draw " + draw + ": identical-distribution KL " + same);
        }
    }

    private static double[][] gauss(Rng r, int n, double shift) {
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            x[i][0] = Streams.normal(r) + shift;
            x[i][1] = Streams.normal(r);
        }
        return x;
    }

    @Test
    void p1BodyOutputAgainstCooperator() {
        double mean = 0;
        double[] opp = Schedule.builder(null).coop(500).build();
        for (int i = 0; i < SEEDS; i++) {
            mean += agents[i].play(opp, Governor.fixed(1), Streams.of(200 + 1000L * i, Streams.EVALUATION), false)
                    .meanAction() / SEEDS;
        }
        assertTrue(mean >= 0.95 && mean <= 0.995, "mean body output " + mean);
    }

    @Test
    void p4p5VarianceAndPayoffAlphaZeroAndOne() {
        double var0 = 0, var1 = 0, pay0 = 0, pay1 = 0;
        for (int i = 0; i < SEEDS; i++) {
            long seed = 200 + 1000L * i;
            double[] opp = Schedule.builder(Streams.of(seed, Streams.OPPONENT)).noisy(2000, 0.1).build();
            Match.Trace t0 = agents[i].play(opp, Governor.fixed(0), Streams.of(seed, Streams.EVALUATION), false);
            Match.Trace t1 = agents[i].play(opp, Governor.fixed(1), Streams.of(seed, Streams.EVALUATION + 1), false);
            var0 += t0.actionVariance() / SEEDS;
            var1 += t1.actionVariance() / SEEDS;
            pay0 += t0.meanPayoff() / SEEDS;
            pay1 += t1.meanPayoff() / SEEDS;
        }
        assertEquals(0.089, var0, 0.005, "Var0");
        double ratio = var0 / var1;
        assertTrue(ratio >= 150 && ratio <= 700, "Var0/Var1 = " + ratio + " (Var1 = " + var1 + ")");
        assertEquals(2.89, pay0, 0.01, "payoff α = 0");
        assertEquals(2.77, pay1, 0.05, "payoff α = 1");
        assertTrue(pay0 - pay1 >= 0.07 && pay0 - pay1 <= 0.20, "payoff(0) − payoff(1) = " + (pay0 - pay1));
    }
}
