package org.gtlab.reservoir;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Spec brg.md §11.C P2: Exp 2 state-space KL (kNN, k = 5, 2000 vs 2000 states, clipped at 0) against the
 * habituated reference p_hab, ε = 0.1, 20 seeds, at α = 0, 0.7, 1; one opponent draw shared by all α of a seed.
 */
class ReservoirKlTest {

    @Test
    void p2KlAtAlphaZeroSevenTenthsAndOne() {
        Agent[] agents = TestAgents.d30();
        double[] alphas = {0, 0.7, 1};
        double[] kl = new double[3];
        int n = agents.length;
        for (int i = 0; i < n; i++) {
            long seed = TestAgents.seed(i);
            double[][] ref = agents[i].reference(2000, Streams.of(seed, Streams.REFERENCE));
            double[] opp = Schedule.builder(Streams.of(seed, Streams.OPPONENT)).noisy(2000, 0.1).build();
            for (int k = 0; k < 3; k++) {
                double[][] st = agents[i].play(opp, Governor.fixed(alphas[k]),
                        Streams.of(seed, Streams.EVALUATION + 10 + k), true).states();
                kl[k] += KnnKl.clipped(st, ref, KnnKl.K) / n;
            }
        }
        String all = "KL(0) = " + kl[0] + ", KL(0.7) = " + kl[1] + ", KL(1) = " + kl[2];
        assertTrue(kl[0] >= 0.9 && kl[0] <= 1.8, all);
        assertTrue(kl[1] >= 0.3 && kl[1] <= 0.9, all);
        assertTrue(kl[2] >= 0.3 && kl[2] <= 0.95, all);
        assertTrue(kl[2] / kl[0] < 0.7, all);
    }
}
