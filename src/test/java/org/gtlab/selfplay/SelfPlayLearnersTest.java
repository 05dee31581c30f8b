package org.gtlab.selfplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtlab.game.GameCatalog;
import org.junit.jupiter.api.Test;

/** The learners do what they claim on Kuhn poker and matrix games (fixed seeds, stated bounds). */
class SelfPlayLearnersTest {

    @Test
    void xfpOnKuhnApproachesTheValue() {
        Xfp x = new Xfp(EpisodeGame.kuhn());
        double[][] p = x.game().uniform();
        double first = x.game().nashConv(p);
        for (int t = 0; t < 2000; t++) {
            p = x.step(p, t);
        }
        double nc = x.game().nashConv(p);
        assertTrue(nc < 0.02 && nc < first / 10, "XFP NashConv " + first + " -> " + nc);
        assertEquals(-1.0 / 18, x.game().value(p), 0.01);
    }

    @Test
    void reinforceAverageOnKuhnImprovesOnUniformUnderEveryEstimator() {
        double uniform = EpisodeGame.kuhn().nashConv(EpisodeGame.kuhn().uniform());
        for (TabularReinforce.Estimator e : TabularReinforce.Estimator.values()) {
            TabularReinforce r = new TabularReinforce(EpisodeGame.kuhn(), new TabularReinforce.Settings(e,
                    TabularReinforce.Reward.CHIPS, 1, 0.05, 0.95, 1, 16, false));
            TabularReinforce.State s = r.start(5);
            for (int i = 0; i < 3000; i++) {
                s = r.step(s);
            }
            double nc = EpisodeGame.kuhn().nashConv(TabularReinforce.average(s));
            assertTrue(nc < uniform / 2, e + ": NashConv of the average " + nc + " vs uniform " + uniform);
            assertEquals(48_000, s.episodes());
        }
    }

    @Test
    void raeBaselinesTrackTheRoleMeans() {
        TabularReinforce r = new TabularReinforce(EpisodeGame.kuhn(), new TabularReinforce.Settings(
                TabularReinforce.Estimator.RAE, TabularReinforce.Reward.CHIPS, 1, 1e-9, 0.95, 1, 1, false));
        TabularReinforce.State s = r.start(3);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < 40_000; i++) {
            s = r.step(s);
            if (i >= 1000) {
                sum += s.baseline()[0];
                n++;
            }
        }
        // with (almost) no learning the policy stays uniform: P1's mean is +1/8 and b_2 = -b_1
        assertEquals(0.125, sum / n, 0.03);
        assertEquals(-s.baseline()[0], s.baseline()[1], 1e-12);
    }

    @Test
    void nfspOnMatchingPenniesAndMatchModeRun() {
        TabularNfsp n = new TabularNfsp(EpisodeGame.matrix(GameCatalog.get("matching-pennies").game()),
                TabularNfsp.Settings.reference(), 1);
        n.run(50_000);
        assertTrue(EpisodeGame.matrix(GameCatalog.get("matching-pennies").game()).nashConv(n.averagePolicy()) < 0.1);
        TabularReinforce r = new TabularReinforce(EpisodeGame.kuhn(), new TabularReinforce.Settings(
                TabularReinforce.Estimator.MARS, TabularReinforce.Reward.MATCH, 5, 0.05, 0.95, 1, 8, true));
        TabularReinforce.State s = r.step(r.start(2));
        assertEquals(8, s.episodes());
        assertTrue(s.advVariance() > 0.5 && s.advVariance() < 1.5, "MARS advantages are standardised per role: "
                + s.advVariance());
    }

    @Test
    void reservoirNfspKeepsItsCapacity() {
        TabularNfsp n = new TabularNfsp(EpisodeGame.kuhn(), new TabularNfsp.Settings(0.1, 0.05, 0.06, 1000, 50,
                TabularNfsp.Storage.PROBABILITIES), 4);
        n.run(20_000);
        double total = 0;
        for (double[] row : n.counts()) {
            for (double v : row) {
                total += v;
            }
        }
        assertEquals(100, total, 1e-6); // two positions x 50 slots, each a probability vector of mass 1
        assertEquals(1, n.reservoirFill(), 0);
    }
}
