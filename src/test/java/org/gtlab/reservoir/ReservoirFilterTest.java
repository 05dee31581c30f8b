package org.gtlab.reservoir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spec brg.md §11.C checks that need no reservoir: U3, U5, U6b (TfT and EMA-TfT against fixed schedules). */
class ReservoirFilterTest {

    private static double[] noisy(long seed, int n, double eps) {
        return Schedule.builder(Streams.of(seed, Streams.OPPONENT)).noisy(n, eps).build();
    }

    @Test
    void u3TitForTatAgainstBernoulli() {
        double act = 0, var = 0, pay = 0;
        int seeds = 20;
        for (int i = 0; i < seeds; i++) {
            double[] opp = noisy(200 + 1000L * i, 2000, 0.1);
            Match.Trace tr = Match.run(null, null, opp, CognitiveFilter.titForTat(), null, opp[0], null, false);
            act += tr.meanAction() / seeds;
            var += tr.actionVariance() / seeds;
            pay += tr.meanPayoff() / seeds;
        }
        assertEquals(0.90, act, 0.01, "mean action");
        assertEquals(0.09, var, 0.005, "Var[a]");
        assertEquals(2.89, pay, 0.01, "mean payoff");
    }

    static double[] exp6Schedule(long seed) {
        return Schedule.builder(Streams.of(seed, Streams.OPPONENT)).coop(500).defect(50).coop(500).noisy(200, 0.3)
                .coop(500).build();
    }

    private static double tftCumulative(double[] opp) {
        return Match.run(null, null, opp, CognitiveFilter.titForTat(), null, opp[0], null, false).cumulativePayoff();
    }

    @Test
    void u5TitForTatOnExp6Schedule() {
        double m20 = 0;
        for (int i = 0; i < 20; i++) {
            m20 += tftCumulative(exp6Schedule(500 + 1000L * i)) / 20;
        }
        assertEquals(5073.1, m20, 8, "20-seed mean");
        int n = 2000;
        double s = 0, s2 = 0;
        for (int i = 0; i < n; i++) {
            double c = tftCumulative(exp6Schedule(900_000 + i));
            s += c;
            s2 += c * c;
        }
        double mean = s / n;
        double sd = Math.sqrt(s2 / n - mean * mean);
        assertEquals(5073.1, mean, 1, "2000-draw mean");
        assertEquals(10.8, sd, 1, "2000-draw sd");
    }

    @Test
    void u6bEmaVarianceReduction() {
        double[] gammas = {0.5, 0.9, 0.95, 0.99};
        double[][] bands = {{2.9, 3.1}, {17.5, 22}, {35, 46}, {125, 190}};
        int seeds = 20;
        double rawVar = 0, rawPay = 0;
        double[] var = new double[gammas.length];
        double[] pay = new double[gammas.length];
        for (int i = 0; i < seeds; i++) {
            double[] opp = noisy(300 + 1000L * i, 2000, 0.1);
            Match.Trace raw = Match.run(null, null, opp, CognitiveFilter.ema(0), null, 1, null, false);
            rawVar += raw.actionVariance() / seeds;
            rawPay += raw.meanPayoff() / seeds;
            for (int g = 0; g < gammas.length; g++) {
                Match.Trace tr = Match.run(null, null, opp, CognitiveFilter.ema(gammas[g]), null, 1, null, false);
                var[g] += tr.actionVariance() / seeds;
                pay[g] += tr.meanPayoff() / seeds;
            }
        }
        assertEquals(2.89, rawPay, 0.01);
        for (int g = 0; g < gammas.length; g++) {
            double ratio = rawVar / var[g];
            assertTrue(ratio >= bands[g][0] && ratio <= bands[g][1], "γ = " + gammas[g] + " ratio " + ratio);
            assertEquals(gammas[g] == 0.99 ? 2.88 : 2.89, pay[g], 0.01, "payoff γ = " + gammas[g]);
        }
    }
}
