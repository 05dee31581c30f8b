package org.gtlab.reservoir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.math.Rng;
import org.junit.jupiter.api.Test;

/**
 * Spec brg.md §11 checks P3, P9, P10b, P11, P15, P16, P17, U6b in their fast default-run variants (the full
 * 20-seed versions are in {@link ReservoirChecksSlowTest}), plus the bit-identity of the stepping forms
 * ({@link Match.Stepper}, {@link Agent.Build}) with the batch forms. Tolerances are the spec's; the seed
 * sets and sizes of the fast variants are stated per test.
 */
class ReservoirChecksTest {

    static void assertHard(List<Reproduction.Result> rs) {
        StringBuilder bad = new StringBuilder();
        for (Reproduction.Result r : rs) {
            if (r.level() == Reproduction.Level.HARD && !r.pass()) {
                bad.append(r.line()).append('\n');
            }
        }
        assertTrue(bad.length() == 0, "HARD checks failed:\n" + bad);
        assertTrue(rs.stream().anyMatch(r -> r.level() == Reproduction.Level.HARD), "no HARD check was computed");
    }

    static long[] seeds(int n) {
        long[] s = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = TestAgents.seed(i);
        }
        return s;
    }

    @Test
    void stepperAndEpochBuildAreBitIdenticalToTheBatchForms() {
        Agent.Config c = Agent.Config.defaults(8).withEpochs(5);
        Agent a = Agent.build(c, 77);
        Agent.Build b = new Agent.Build(c, 77);
        double[] pre = new double[5];
        for (int e = 0; e < 5; e++) {
            pre[e] = b.epoch();
        }
        assertArrayEquals(a.preClampEstimates(), pre, 0);
        assertArrayEquals(a.body().weights(), b.agent().body().weights(), 0);
        double[] opp = Experiments.exp6Schedule(77);
        Sentinel s1 = a.sentinel(Sentinel.Params.DEFAULTS, Streams.of(77, Streams.SENTINEL_BASELINE));
        Match.Trace t = a.play(opp, s1, Streams.of(77, Streams.EVALUATION), false);
        Sentinel s2 = a.sentinel(Sentinel.Params.DEFAULTS, Streams.of(77, Streams.SENTINEL_BASELINE));
        Rng n = Streams.of(77, Streams.EVALUATION);
        Match.Stepper st = new Match.Stepper(Match.prepare(a.body(), n), a.readout(), CognitiveFilter.titForTat(), s2,
                opp[0], n);
        for (int k = 0; k < opp.length; k++) {
            assertEquals(t.payoff()[k], st.round(opp[k]), 0, "round " + k);
            assertEquals(t.alpha()[k], st.alpha(), 0);
            assertEquals(t.discomfort()[k], st.discomfort(), 0);
        }
    }

    /** P3 (HARD part on Var): 20 shared d = 30 agents, α grid of 11 (no KL; the KL part is in the slow test). */
    @Test
    void p3VarianceNonIncreasingInAlpha() {
        Agent[] agents = TestAgents.d30();
        double[] alphas = Landscape.grid(11);
        double[] var = new double[alphas.length];
        for (int i = 0; i < agents.length; i++) {
            Landscape l = Landscape.of(agents[i], TestAgents.seed(i), 2000, 0.1, false);
            for (int k = 0; k < alphas.length; k++) {
                var[k] += l.evaluate(alphas[k], k, false, false).variance() / agents.length;
            }
        }
        for (int k = 1; k < alphas.length; k++) {
            assertTrue(var[k] <= var[k - 1] * 1.05, "Var rises from α = " + alphas[k - 1] + " (" + var[k - 1] + ") to "
                    + alphas[k] + " (" + var[k] + ")");
        }
    }

    /** P9 on the 20 shared d = 30 agents (any seed set; the full run uses seeds 700 + 1000i). */
    @Test
    void p9SentinelSensitivity() {
        assertHard(Reproduction.exp7(TestAgents.d30(), seeds(TestAgents.SEEDS)));
    }

    /** U6b and P17 (HARD) on the 20 shared agents, without the KL. */
    @Test
    void u6bP17EmaTable() {
        assertHard(Reproduction.exp10(TestAgents.d30(), seeds(TestAgents.SEEDS), false));
    }

    /** P10b on 8 seeds, H ≤ 30 (the full 20-seed, H ≤ 300 run is slow). */
    @Test
    void p10bHabituationVariancesShortRun() {
        assertHard(Reproduction.exp4(8, 30, 15));
    }

    /** P15, P16 and the P14 slope on d ∈ {10, 30}, L ∈ {10, 100, 500}, 4 seeds (spec: ≥ 4 seeds for P16). */
    @Test
    void p15p16PhaseDecomposition() {
        List<Reproduction.Result> r = Reproduction.exp9(4, new int[] {10, 30}, new int[] {10, 100, 500});
        assertHard(r);
        assertTrue(r.stream().anyMatch(x -> x.id().equals("P16")), "P16 computed");
    }

    /** P11 ordering ratio(30) > ratio(5) on 6 seeds, α ∈ {0, 1} (the d = 75 end is in the slow test). */
    @Test
    void p11VarianceRatioGrowsWithD() {
        double[] ratio = new double[2];
        int[] dims = {5, 30};
        for (int di = 0; di < 2; di++) {
            double v0 = 0, v1 = 0;
            for (int i = 0; i < 6; i++) {
                Landscape l = Landscape.prepare(Agent.Config.defaults(dims[di]).withScaledLambda(),
                        Experiments.seedExp8(i, dims[di]), 2000, 0.1, false);
                v0 += l.evaluate(0, 0, false, false).variance();
                v1 += l.evaluate(1, 1, false, false).variance();
            }
            ratio[di] = v0 / v1;
        }
        assertTrue(ratio[1] > ratio[0], "ratio(30) = " + ratio[1] + ", ratio(5) = " + ratio[0]);
    }
}
