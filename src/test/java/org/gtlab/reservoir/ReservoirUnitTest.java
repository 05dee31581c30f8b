package org.gtlab.reservoir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.math.Rng;
import org.junit.jupiter.api.Test;

/** Spec brg.md §11.A: deterministic unit checks U1, U2, 3–6, U9a, U7, U8a, 10, U4, U6a, 13 and bad input. */
class ReservoirUnitTest {

    @Test
    void u1PureActionPayoffs() {
        assertEquals(3, StageGame.payoff(1, 1), 1e-12);
        assertEquals(0, StageGame.payoff(1, 0), 1e-12);
        assertEquals(5, StageGame.payoff(0, 1), 1e-12);
        assertEquals(1, StageGame.payoff(0, 0), 1e-12);
    }

    @Test
    void u2BilinearIdentities() {
        assertEquals(3.04, StageGame.payoff(0.98, 1), 1e-12);
        Rng r = Rng.of(11);
        for (int i = 0; i < 100; i++) {
            double a = r.nextDouble();
            assertEquals(3 + 2 * (1 - a), StageGame.payoff(a, 1), 1e-12);
            assertEquals(1 - a, StageGame.payoff(a, 0), 1e-12);
        }
    }

    @Test
    void logitTargets() {
        assertEquals(2.944439, Readout.logit(0.95), 1e-6);
        assertEquals(-2.944439, Readout.logit(0.05), 1e-6);
    }

    @Test
    void ridgeSolvesPenalisedNormalEquations() {
        Rng r = Rng.of(5);
        int d = 5, n = 40;
        double lambda = 0.001;
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = Streams.normal(r);
            }
            y[i] = Streams.normal(r);
        }
        double[] w = Readout.ridge(x, y, lambda * n);
        int m = d + 1;
        double maxRes = 0, maxRhs = 0;
        for (int i = 0; i < m; i++) {
            double lhs = 0, rhs = 0;
            for (int k = 0; k < n; k++) {
                double xi = i < d ? x[k][i] : 1;
                rhs += xi * y[k];
                for (int j = 0; j < m; j++) {
                    double xj = j < d ? x[k][j] : 1;
                    lhs += xi * xj * w[j];
                }
            }
            if (i < d) {
                lhs += lambda * n * w[i];
            }
            maxRes = Math.max(maxRes, Math.abs(lhs - rhs));
            maxRhs = Math.max(maxRhs, Math.abs(rhs));
        }
        assertTrue(maxRes / maxRhs < 1e-9, "relative residual " + maxRes / maxRhs);
    }

    @Test
    void batchOjaHandExample() {
        double[] w = {0.5, 0.2, 0.1, 0.3};
        Habituation.batchOja(w, 2, new double[][] {{2, 1}, {0, 1}}, 0.01);
        assertArrayEquals(new double[] {0.510, 0.206, 0.109, 0.307}, w, 1e-12);
        double before = SpectralRadius.exact(w, 2);
        assertEquals(0.5895, before, 1e-4);
        double[] c = w.clone();
        Habituation.clamp(c, 2, SpectralRadius.Mode.POWER);
        assertArrayEquals(w, c, 0, "no clamp below 0.99");
    }

    @Test
    void clampProjectsSpectralRadius() {
        for (SpectralRadius.Mode mode : SpectralRadius.Mode.values()) {
            double[] big = diag(2);
            Habituation.clamp(big, 3, mode);
            assertArrayEquals(diag(0.99), big, 1e-9);
            double[] small = diag(0.01);
            Habituation.clamp(small, 3, mode);
            assertArrayEquals(diag(0.05), small, 1e-9);
            double[] zero = new double[9];
            Habituation.clamp(zero, 3, mode);
            assertArrayEquals(new double[9], zero, 0);
        }
        // scale-equivariance: replay the construction stream up to the start vector
        int d = 30;
        Reservoir res = Reservoir.random(d, Rng.of(77), SpectralRadius.Mode.POWER);
        Rng replay = Rng.of(77);
        for (int i = 0; i < d * d; i++) {
            Streams.normal(replay);
        }
        assertEquals(0.9, SpectralRadius.powerIteration(res.weights(), d, replay), 1e-9);
    }

    private static double[] diag(double v) {
        return new double[] {v, 0, 0, 0, v, 0, 0, 0, v};
    }

    @Test
    void u9aKnnKlByHand() {
        double[][] p = {{0}, {0.1}, {0.3}};
        double[][] q = {{1}, {2}};
        assertEquals(1.917524, KnnKl.estimate(p, q, 1), 1e-6);
        double[][] p2 = {{0}, {1}, {3}};
        double[][] q2 = {{0.5}, {2}};
        assertEquals(-Math.log(2), KnnKl.estimate(p2, q2, 1), 1e-6);
        assertEquals(0, KnnKl.clipped(p2, q2, 1), 1e-12);
    }

    @Test
    void u7SentinelConstantDiscomfort() {
        double[] ds = {0.05, 0.12, 0.15, 0.18, 0.30};
        double[] expect = {0.85, 0.65, 0.35, 0.05, 0.05};
        for (int k = 0; k < ds.length; k++) {
            Sentinel s = new Sentinel(Sentinel.Params.DEFAULTS, 3);
            for (int i = 0; i < 3000; i++) {
                s.update(ds[k]);
            }
            assertEquals(expect[k], s.currentAlpha(), 1e-9, "D = " + ds[k]);
        }
    }

    /** A body whose state never changes and which records the inputs it is given. */
    static final class StubBody implements Body {
        final double[] x;
        final List<double[]> inputs = new ArrayList<>();

        StubBody(double[] x) {
            this.x = x;
        }

        @Override
        public int dim() {
            return x.length;
        }

        @Override
        public double[] state() {
            return x;
        }

        @Override
        public void step(double own, double opp, Rng noise) {
            inputs.add(new double[] {own, opp});
        }

        @Override
        public Body copy() {
            return new StubBody(x.clone());
        }
    }

    @Test
    void u8aSentinelStubBodyDetection() {
        double[] xbar = {0.2, -0.1, 0.4};
        StubBody body = new StubBody(xbar.clone());
        Readout ro = new Readout(new double[3], Readout.logit(0.98));
        Sentinel s = new Sentinel(Sentinel.Params.DEFAULTS, 3);
        s.initBaselines(body, ro, Rng.of(1));
        double[] opp = Schedule.builder(null).coop(500).defect(50).build();
        Match.Trace tr = Match.run(body, ro, opp, CognitiveFilter.titForTat(), s, 1, Rng.of(2), false);
        double[] expect = {0.85, 0.704, 0.5653, 0.433535, 0.308358, 0.18944, 0.076468, 0.05};
        for (int i = 0; i < expect.length; i++) {
            assertEquals(expect[i], tr.alpha()[500 + i], 1e-6, "block index " + i);
        }
        int detect = -1;
        for (int i = 0; i < 50; i++) {
            if (tr.alpha()[500 + i] < 0.75) {
                detect = i;
                break;
            }
        }
        assertEquals(1, detect);
    }

    @Test
    void roundTimingFollowsSpec() {
        // a body whose state encodes how many steps it has taken, readout a* = σ(x0)
        final class Counting implements Body {
            final double[] x = {0};
            final List<double[]> inputs = new ArrayList<>();

            @Override
            public int dim() {
                return 1;
            }

            @Override
            public double[] state() {
                return x;
            }

            @Override
            public void step(double own, double opp, Rng noise) {
                inputs.add(new double[] {own, opp});
                x[0] += 0.1;
            }

            @Override
            public Body copy() {
                return new Counting();
            }
        }
        Counting body = new Counting();
        Readout ro = new Readout(new double[] {1}, 0);
        double[] opp = {0.3, 0.9, 0.1, 0.7, 0.5};
        List<double[]> seen = new ArrayList<>();
        Governor gov = (x, ab, ac) -> {
            seen.add(new double[] {x[0], ab, ac});
            return 0.25 + 0.1 * seen.size();
        };
        Match.Trace tr = Match.run(body, ro, opp, CognitiveFilter.titForTat(), gov, opp[0], Rng.of(3), false);
        for (int t = 0; t < opp.length; t++) {
            double pre = 0.1 * t;
            assertEquals(pre, seen.get(t)[0], 1e-12, "governor sees the pre-update state");
            assertEquals(Readout.sigmoid(pre), tr.aBody()[t], 1e-12, "a* from the pre-update state");
            double cog = t == 0 ? opp[0] : opp[t - 1];
            assertEquals(cog, tr.aCog()[t], 0);
            double al = 0.25 + 0.1 * (t + 1);
            assertEquals(al, tr.alpha()[t], 1e-12, "alpha updated before a(t) is formed");
            double a = al * tr.aBody()[t] + (1 - al) * cog;
            assertEquals(a, tr.action()[t], 1e-12);
            assertArrayEquals(new double[] {a, opp[t]}, body.inputs.get(t), 1e-12, "input [a(t), opp(t)]");
            assertEquals(StageGame.payoff(a, opp[t]), tr.payoff()[t], 1e-12);
        }
    }

    @Test
    void u4TitForTatBlockPayoff() {
        for (int l : new int[] {10, 20, 50, 100, 200, 500}) {
            double[] opp = Schedule.builder(null).coop(500).defect(l).coop(500).build();
            Match.Trace tr = Match.run(null, null, opp, CognitiveFilter.titForTat(), null, opp[0], null, false);
            assertEquals(3001 + l, tr.cumulativePayoff(), 1e-9, "L = " + l);
        }
    }

    @Test
    void u6aEmaPerturbationDepthAndRecovery() {
        double[] gammas = {0, 0.5, 0.9, 0.95, 0.99};
        int[] recovery = {1, 5, 29, 59, 200};
        double[] opp = Schedule.builder(null).coop(200).defect(100).coop(200).build();
        for (int g = 0; g < gammas.length; g++) {
            Match.Trace tr = Match.run(null, null, opp, CognitiveFilter.ema(gammas[g]), null, 1, null, false);
            double depth = Double.POSITIVE_INFINITY;
            for (int t = 200; t < 300; t++) {
                depth = Math.min(depth, tr.action()[t]);
            }
            assertEquals(Math.pow(gammas[g], 99), depth, 1e-4, "depth γ = " + gammas[g]);
            assertEquals(recovery[g], Metrics.actionRecovery(tr.action(), 200, 300), "recovery γ = " + gammas[g]);
        }
        assertEquals(0.36973, Math.pow(0.99, 99), 1e-5);
    }

    @Test
    void determinismSameSeedSameBits() throws Exception {
        Agent.Config c = Agent.Config.defaults(10).withEpochs(5);
        long[] seeds = {3, 4, 5, 6};
        double[][] serial = new double[seeds.length][];
        for (int i = 0; i < seeds.length; i++) {
            serial[i] = trajectory(c, seeds[i]);
        }
        double[][] parallel = new double[seeds.length][];
        Thread[] threads = new Thread[2];
        for (int w = 0; w < 2; w++) {
            final int off = w;
            threads[w] = new Thread(() -> {
                for (int i = seeds.length - 1 - off; i >= 0; i -= 2) {
                    parallel[i] = trajectory(c, seeds[i]);
                }
            });
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int i = 0; i < seeds.length; i++) {
            assertArrayEquals(serial[i], parallel[i], 0, "seed " + seeds[i]);
        }
        assertTrue(serial[0][0] != serial[1][0] || serial[0][5] != serial[1][5], "different seeds differ");
    }

    private static double[] trajectory(Agent.Config c, long seed) {
        Agent a = Agent.build(c, seed);
        double[] opp = Schedule.builder(Streams.of(seed, Streams.OPPONENT)).noisy(100, 0.1).build();
        Sentinel s = a.sentinel(Sentinel.Params.DEFAULTS, Streams.of(seed, Streams.SENTINEL_BASELINE));
        return a.play(opp, s, Streams.of(seed, Streams.EVALUATION), false).action();
    }

    @Test
    void badInputIsRefusedWithOneClearLine() {
        Rng r = Rng.of(1);
        assertMessage("reservoir size d must be in 1..2000, got 0",
                () -> Reservoir.random(0, r, SpectralRadius.Mode.POWER));
        assertMessage("reservoir size d must be in 1..2000, got 2001", () -> Agent.Config.defaults(2001));
        assertMessage("alpha must be in [0,1], got 1.5", () -> Governor.fixed(1.5));
        assertMessage("alpha must be in [0,1], got NaN", () -> Governor.fixed(Double.NaN));
        assertMessage("opponent schedule is empty: add at least one block of length ≥ 1",
                () -> Schedule.builder(null).build());
        assertMessage("kNN-KL needs at least k+1 = 6 P-samples, got 5",
                () -> KnnKl.estimate(new double[5][2], new double[10][2], 5));
        assertMessage("kNN-KL: P[1] contains NaN",
                () -> KnnKl.estimate(new double[][] {{0}, {Double.NaN}, {1}}, new double[][] {{0}, {1}}, 1));
        assertMessage("reservoir input must be finite, got [NaN, 1.0]",
                () -> Reservoir.random(3, Rng.of(2), SpectralRadius.Mode.POWER).step(Double.NaN, 1, r));
        assertMessage("opponent schedule is empty",
                () -> Match.run(null, null, new double[0], CognitiveFilter.titForTat(), null, 1, null, false));
    }

    private static void assertMessage(String msg, org.junit.jupiter.api.function.Executable ex) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, ex);
        assertEquals(msg, e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }
}
