package org.gtlab.learn.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.gtlab.learn.Steps;
import org.gtlab.eval.TeamEvaluation;
import org.gtlab.game.CounterExampleGame;
import org.gtlab.game.SeekAttackDefendGame;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamPolicy;
import org.gtlab.game.TeamRpsGame;
import org.junit.jupiter.api.Test;

/** Spec fxp-psro.md §14 D test 26 and E tests 27–32. */
class FxpTest {

    /** Metrics of every state; the final state is the last element of {@code end}. */
    static List<Map<String, Double>> trajectory(FictitiousCrossPlay f, List<FictitiousCrossPlay.State> end) {
        List<Map<String, Double>> m = new java.util.ArrayList<>();
        end.add(Steps.toEnd(f, f.start(), m));
        return m;
    }

    static double explAt(List<Map<String, Double>> t, long step) {
        return t.get((int) step).get("team_exploitability");
    }

    static double restrictedAt(List<Map<String, Double>> t, long step) {
        return t.get((int) step).get("restricted_exploitability");
    }

    private static void allZero(TeamPolicy p) {
        for (int x = 0; x < p.agents(); x++) {
            assertTrue(p.prob(x, 0) > 0.99, "main policy not at all-0: " + p);
        }
    }

    @Test
    void etaAblationReproducesSelfPlay() {
        FictitiousCrossPlay sp = FictitiousCrossPlay.standard(CounterExampleGame.standard()).withEta(1).withCounters(false)
                .withIterations(1);
        FictitiousCrossPlay.State end = Steps.toEnd(sp);
        TeamPolicy pi = end.policy();
        for (int x = 0; x < 3; x++) {
            assertTrue(pi.prob(x, 1) >= 0.99);
        }
        double e = TeamEvaluation.exploitability(sp.game(), pi);
        assertTrue(e >= 1.45 && e <= 1.50, "Expl " + e);
        assertEquals(51, end.step());
    }

    @Test
    void exampleGamePaperFaithful() {
        for (boolean reset : new boolean[] {false, true}) {
            List<FictitiousCrossPlay.State> tEnd = new java.util.ArrayList<>();
            List<Map<String, Double>> t = trajectory(
                    FictitiousCrossPlay.paperFaithful(CounterExampleGame.standard()).withReset(reset), tEnd);
            FictitiousCrossPlay.State end = tEnd.get(0);
            List<Long> starts = end.phaseStarts();
            for (int k = 1; k < starts.size(); k++) {
                assertEquals(k % 2 == 1 ? 51 : 34, starts.get(k) - starts.get(k - 1), "phase " + k);
            }
            long[] steps = {0, 51, 85, 136, 170, 221, 255, 306};
            double[] trueExpl = {0.9375, 1.4982, 0.0017, 0.0006, 0.0005, 0.0003, 0.0003, 0.0002};
            double[] restricted = {0.300, 1.498, 0.002, 0.001, 0.001, 0.000};
            for (int k = 0; k < steps.length; k++) {
                assertEquals(trueExpl[k], explAt(t, steps[k]), 2e-4, "true at " + steps[k]);
                if (k < restricted.length) {
                    assertEquals(restricted[k], restrictedAt(t, steps[k]), 2e-3, "restricted at " + steps[k]);
                }
            }
            for (long s : starts) {
                if (s >= 85) {
                    assertTrue(explAt(t, s) <= 2e-3);
                }
                if (s >= 170) {
                    assertTrue(explAt(t, s) <= 1e-3);
                }
            }
            allZero(end.policy());
            assertTrue(TeamEvaluation.exploitability(CounterExampleGame.standard(), end.policy()) < 1e-3);
        }
    }

    @Test
    void exampleGameDefault() {
        List<FictitiousCrossPlay.State> tEnd = new java.util.ArrayList<>();
        List<Map<String, Double>> t = trajectory(FictitiousCrossPlay.standard(CounterExampleGame.standard()), tEnd);
        FictitiousCrossPlay.State end = tEnd.get(0);
        List<Long> starts = end.phaseStarts();
        for (int k = 1; k < starts.size(); k++) {
            assertEquals(k % 2 == 1 ? 51 : 34, starts.get(k) - starts.get(k - 1));
        }
        assertTrue(explAt(t, 85) <= 2e-3);
        assertEquals(0.0011, explAt(t, 85), 1e-4);
        assertTrue(explAt(t, 136) <= 3e-4);
        assertTrue(explAt(t, 170) <= 3e-4);
        for (long s : starts) {
            if (s >= 221) {
                assertTrue(explAt(t, s) <= 1e-5, "step " + s + ": " + explAt(t, s));
            }
        }
        assertTrue(end.teamExploitability() <= 1e-5);
        allZero(end.policy());
        assertTrue(end.metrics().get("main_exploitability") < 1e-3);
    }

    @Test
    void robustToRandomInitialisation() {
        for (int n : new int[] {2, 3}) {
            TeamGame g = new CounterExampleGame(n, 1.5, 0.1);
            FictitiousCrossPlay f = FictitiousCrossPlay.standard(g).withMainTracking(false);
            for (int seed = 0; seed < 30; seed++) {
                TeamPolicy init = TeamPolicy.random(n, 2, new SplittableRandom(seed));
                double e = Steps.toEnd(f, f.start(init)).teamExploitability();
                assertTrue(e < 0.05, "N = " + n + ", seed " + seed + ": " + e);
            }
        }
    }

    @Test
    void sadPaperFaithful() {
        List<FictitiousCrossPlay.State> tEnd = new java.util.ArrayList<>();
            List<Map<String, Double>> t = trajectory(FictitiousCrossPlay.paperFaithful(SeekAttackDefendGame.standard()), tEnd);
        FictitiousCrossPlay.State end = tEnd.get(0);
        long[] boundaries = {405, 472, 523, 574, 625};
        List<Long> starts = end.phaseStarts();
        for (int k = 0; k < boundaries.length; k++) {
            assertEquals(boundaries[k], starts.get(k + 1), 2.0);
        }
        assertEquals(0.086, restrictedAt(t, 523), 5e-3);
        assertEquals(0.047, explAt(t, 523), 5e-3);
        assertEquals(0.057, explAt(t, 574), 5e-3);
        assertEquals(0.053, explAt(t, 625), 5e-3);
        for (long s : starts) {
            if (s >= 523) {
                assertTrue(explAt(t, s) < 0.1, "step " + s);
            }
        }
        // final weights grouped by the canonical configuration of each member's most likely joint action
        Map<String, Double> groups = new HashMap<>();
        double[] w = end.metaWeights();
        for (int k = 0; k < w.length; k++) {
            int[] a = end.population().get(k).mostLikelyJointAction();
            Arrays.sort(a);
            groups.merge(Arrays.toString(a), w[k], Double::sum);
        }
        assertEquals(0.516, groups.getOrDefault("[10, 10, 10, 12]", 0.0), 0.05);
        assertEquals(0.249, groups.getOrDefault("[10, 10, 11, 11]", 0.0), 0.05);
        assertEquals(0.211, groups.getOrDefault("[10, 10, 10, 10]", 0.0), 0.05);
        assertEquals(4.0, TeamEvaluation.exploitability(SeekAttackDefendGame.standard(), end.policy()), 1e-3);
    }

    @Test
    void sadDefault() {
        List<FictitiousCrossPlay.State> tEnd = new java.util.ArrayList<>();
        List<Map<String, Double>> t = trajectory(FictitiousCrossPlay.standard(SeekAttackDefendGame.standard()), tEnd);
        FictitiousCrossPlay.State end = tEnd.get(0);
        for (long s : end.phaseStarts()) {
            if (s >= 523) {
                assertTrue(explAt(t, s) <= 0.01, "step " + s + ": " + explAt(t, s));
            }
        }
        assertEquals(0.00785, explAt(t, 523), 5e-4);
        assertTrue(end.teamExploitability() <= 0.01);
    }

    @Test
    void teamRps() {
        List<FictitiousCrossPlay.State> pfEnd = new java.util.ArrayList<>();
            List<Map<String, Double>> pf = trajectory(FictitiousCrossPlay.paperFaithful(TeamRpsGame.standard()), pfEnd);
        List<Long> starts = pfEnd.get(0).phaseStarts();
        assertEquals(51, starts.get(1));
        assertEquals(81, starts.get(2));
        for (long s : starts) {
            if (s >= 81) {
                assertTrue(explAt(pf, s) <= 0.03, "PF step " + s + ": " + explAt(pf, s));
                assertTrue(explAt(pf, s) < 2 / Math.sqrt(3) - 1);
            }
        }
        assertEquals(0.024, explAt(pf, 81), 1e-3);
        List<FictitiousCrossPlay.State> lpEnd = new java.util.ArrayList<>();
            List<Map<String, Double>> lp = trajectory(FictitiousCrossPlay.standard(TeamRpsGame.standard()), lpEnd);
        for (long s : lpEnd.get(0).phaseStarts()) {
            if (s >= 81) {
                assertTrue(explAt(lp, s) <= 1e-5, "LP step " + s + ": " + explAt(lp, s));
            }
        }
    }

    @Test
    void exactCountersAndStateInvariants() {
        FictitiousCrossPlay f = FictitiousCrossPlay.standard(SeekAttackDefendGame.standard()).withExactCounters(true)
                .withIterations(4);
        List<FictitiousCrossPlay.State> tEnd = new java.util.ArrayList<>();
            List<Map<String, Double>> t = trajectory(f, tEnd);
        FictitiousCrossPlay.State end = tEnd.get(0);
        assertEquals(9, end.population().size());
        assertTrue(end.teamExploitability() < 0.01, "exact counters " + end.teamExploitability());
        double[][] m = end.metaGame();
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                assertEquals(-m[j][i], m[i][j], 1e-12);
            }
        }
        // step counter increases by one per state
        for (int k = 0; k < t.size(); k++) {
            assertEquals(k, t.get(k).get("step"));
        }
        assertArrayEquals(new int[] {10, 10, 11, 11}, end.counters().get(1).mostLikelyJointAction());
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class,
                () -> FictitiousCrossPlay.standard(CounterExampleGame.standard()).withEta(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> FictitiousCrossPlay.standard(CounterExampleGame.standard()).withIterations(0));
        assertThrows(IllegalArgumentException.class,
                () -> FictitiousCrossPlay.standard(new SeekAttackDefendGame(12, 10, 0, 2)));
        assertThrows(IllegalArgumentException.class, () -> new SoftBestResponseOracle(Double.NaN, 0, 0, 1000));
        FictitiousCrossPlay f = FictitiousCrossPlay.standard(CounterExampleGame.standard());
        assertThrows(IllegalArgumentException.class, () -> f.start(TeamPolicy.uniform(2, 2)));
    }
}
