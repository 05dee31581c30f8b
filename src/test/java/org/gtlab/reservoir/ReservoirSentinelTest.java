package org.gtlab.reservoir;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Spec brg.md §11.C P6, P7 and the HARD part of P8 (Exp 6 schedule Coop(500) → Defect(50) → Coop(500) →
 * Noisy(200, ε = 0.3) → Coop(500); 20 seeds; the schedule is shared by all agents of a seed).
 */
class ReservoirSentinelTest {

    @Test
    void p6p7p8SentinelOnExp6Schedule() {
        Agent[] agents = TestAgents.d30();
        int n = agents.length;
        double[] alphaMean = new double[1750];
        double sBlock = 0, sNoisy = 0, oneBlock = 0, sCum = 0, tftCum = 0;
        for (int i = 0; i < n; i++) {
            long seed = TestAgents.seed(i);
            double[] opp = ReservoirFilterTest.exp6Schedule(seed);
            Sentinel s = agents[i].sentinel(Sentinel.Params.DEFAULTS, Streams.of(seed, Streams.SENTINEL_BASELINE));
            Match.Trace ts = agents[i].play(opp, s, Streams.of(seed, Streams.EVALUATION), false);
            Match.Trace t1 = agents[i].play(opp, Governor.fixed(1), Streams.of(seed, Streams.EVALUATION + 1), false);
            Match.Trace t0 = agents[i].play(opp, Governor.fixed(0), Streams.of(seed, Streams.EVALUATION + 2), false);
            for (int t = 0; t < 1750; t++) {
                alphaMean[t] += ts.alpha()[t] / n;
            }
            sBlock += range(ts.action(), 500, 550) / n;
            sNoisy += range(ts.action(), 1050, 1250) / n;
            oneBlock += range(t1.action(), 500, 550) / n;
            sCum += ts.cumulativePayoff() / n;
            tftCum += t0.cumulativePayoff() / n;
        }
        double pre = range(alphaMean, 400, 500);
        assertTrue(pre >= 0.82 && pre <= 0.86, "mean α t = 400–499: " + pre);
        assertTrue(alphaMean[500] >= 0.80, "α(500) = " + alphaMean[500]);
        assertTrue(alphaMean[501] < 0.75, "α(501) = " + alphaMean[501]);
        assertTrue(alphaMean[506] <= 0.08, "α(506) = " + alphaMean[506]);
        assertTrue(alphaMean[600] >= 0.40 && alphaMean[600] <= 0.80, "α(600) = " + alphaMean[600]);
        double noisyAlpha = range(alphaMean, 1050, 1250);
        assertTrue(noisyAlpha >= 0.12 && noisyAlpha <= 0.30, "noisy-phase mean α = " + noisyAlpha);
        assertTrue(sBlock >= 0.04 && sBlock <= 0.12, "sentinel action in block = " + sBlock);
        assertTrue(sNoisy >= 0.65 && sNoisy <= 0.80, "sentinel action in noisy phase = " + sNoisy);
        assertTrue(oneBlock >= 0.93 && oneBlock <= 0.99, "α = 1 action in block = " + oneBlock);
        assertTrue(sCum - tftCum > 0, "sentinel " + sCum + " vs TfT " + tftCum);
    }

    private static double range(double[] v, int from, int to) {
        double s = 0;
        for (int t = from; t < to; t++) {
            s += v[t];
        }
        return s / (to - from);
    }
}
