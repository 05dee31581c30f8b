package org.gtlab.selfplay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.KuhnPoker;
import org.gtlab.game.NormalFormGame;
import org.gtlab.learn.OpponentSampler;
import org.gtlab.learn.team.MetaSolution;
import org.gtlab.learn.team.MetaSolvers;
import org.gtlab.math.Rng;
import org.junit.jupiter.api.Test;

/** Bad input gives one clear line naming the entry; catalog games agree with the model. */
class PreferenceValidationTest {

    private static String message(Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void badPreferenceMatricesNameTheEntry() {
        String sum = message(() -> Preference.of(new double[][] {{0.5, 0.6}, {0.5, 0.5}}));
        assertTrue(sum.contains("P(1,2) + P(2,1)") && sum.contains("expected 1"), sum);
        String diag = message(() -> Preference.of(new double[][] {{0.5, 0.5}, {0.5, 0.4}}));
        assertTrue(diag.contains("P(2,2)") && diag.contains("diagonal"), diag);
        String range = message(() -> Preference.of(new double[][] {{0.5, 1.5}, {-0.5, 0.5}}));
        assertTrue(range.contains("P(1,2)"), range);
        String ragged = message(() -> Preference.of(new double[][] {{0.5, 0.5}, {0.5}}));
        assertTrue(ragged.contains("row 2"), ragged);
    }

    @Test
    void raterRankingsOfUnequalLengthAreRefused() {
        String m = message(() -> Preference.fromRaters(new double[] {0.5, 0.5}, new int[][] {{0, 1, 2}, {1, 0}}));
        assertTrue(m.contains("rater group 2") && m.contains("equal length"), m);
        String perm = message(() -> Preference.fromRaters(new double[] {1}, new int[][] {{0, 0, 2}}));
        assertTrue(perm.contains("not a permutation"), perm);
        String w = message(() -> Preference.fromRaters(new double[] {0.5, 0.6}, new int[][] {{0, 1}, {1, 0}}));
        assertTrue(w.contains("sum to"), w);
    }

    @Test
    void nonPositiveLearningRatesAreRefused() {
        Preference p = Preference.threeRaters();
        assertTrue(message(() -> new HedgeSelfPlay(p, HedgeSelfPlay.Mode.EXACT, 0, 0, true, null)).contains("eta"));
        assertTrue(message(() -> new HedgeSelfPlay(p, HedgeSelfPlay.Mode.EXACT, -1, 0, true, null)).contains("eta"));
        assertTrue(message(() -> new TabularReinforce.Settings(TabularReinforce.Estimator.RAE,
                TabularReinforce.Reward.CHIPS, 1, 0, 0.95, 1, 1, false)).contains("lr"));
        assertTrue(message(() -> new TabularNfsp.Settings(0.1, 0, 0.06, 1000, 0, TabularNfsp.Storage.ACTIONS))
                .contains("alpha"));
    }

    @Test
    void catalogGamesMatchTheModel() {
        NormalFormGame three = GameCatalog.get("three-raters").game();
        assertEquals(Preference.threeRaters().toString(), Preference.fromGame(three).toString());
        assertTrue(GameCatalog.get("kuhn-poker").game().samePayoffs(KuhnPoker.normalForm()));
        // the preference game as a constant-sum bimatrix: payoffs P and 1 - P
        assertTrue(Preference.threeRaters().asGame().samePayoffs(three));
        // Kuhn's normal-form mixtures of the equilibrium family give the behaviour value
        double[][] mix = KuhnPoker.toMixtures(KuhnPoker.equilibrium(0.2));
        NormalFormGame k = KuhnPoker.normalForm();
        double v = 0;
        for (int i = 0; i < 27; i++) {
            for (int j = 0; j < 64; j++) {
                v += mix[0][i] * mix[1][j] * k.payoffDouble(0, i, j);
            }
        }
        assertEquals(-1.0 / 18, v, 1e-12);
        // the exact NashConv equals the normal-form one at a non-equilibrium profile
        double[] s = Kuhn.uniform();
        double[][] m = KuhnPoker.toMixtures(s);
        assertEquals(org.gtlab.eval.Evaluation.nashConv(k, m), Kuhn.nashConv(s), 1e-12);
    }

    @Test
    void samplerHookIsOfferedToPsroWithoutChangingItsNamedSolvers() {
        assertFalse(MetaSolvers.names().stream().anyMatch(n -> n.startsWith("sampler")));
        double[][] m = new double[3][3];
        double[][] p = Preference.threeRaters().matrix();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = p[i][j] - 0.5;
            }
        }
        MetaSolution s = MetaSolvers.sampler(OpponentSampler.Mode.NASH, 0).solve(m);
        assertArrayEquals(new double[] {0.5, 0.2, 0.3}, s.row(), 1e-9);
        MetaSolution latest = MetaSolvers.sampler(OpponentSampler.Mode.LATEST, 0).solve(m);
        assertArrayEquals(new double[] {0, 0, 1}, latest.row(), 0);
        // PFSP weights the entries the newest loses to: row 3 of W = (0.7, 0.25, 0.5) from M = P - 1/2
        MetaSolution pfsp = MetaSolvers.sampler(OpponentSampler.Mode.PFSP, 0).solve(m);
        assertTrue(pfsp.row()[1] > pfsp.row()[2] && pfsp.row()[2] > pfsp.row()[0], java.util.Arrays.toString(pfsp.row()));
        OpponentSampler u = OpponentSampler.withPool(OpponentSampler.Mode.UNIFORM, 0, 4);
        int[] seen = new int[4];
        Rng r = Rng.of(1);
        for (int i = 0; i < 4000; i++) {
            seen[u.next(r)]++;
        }
        for (int c : seen) {
            assertTrue(c > 850 && c < 1150, java.util.Arrays.toString(seen));
        }
    }
}
