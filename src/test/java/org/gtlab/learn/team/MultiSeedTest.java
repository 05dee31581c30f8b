package org.gtlab.learn.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtlab.game.CounterExampleGame;
import org.gtlab.learn.Steps;
import org.gtlab.game.TeamGame;
import org.junit.jupiter.api.Test;

/**
 * Spec fxp-psro.md §14 G, tests 38–42, and the multi-seed acceptance: over 100 random
 * initialisations of the example game with N = 3, SP ends at the local NE in ≥ 90 % and FXP reaches the
 * global NE in ≥ 95 %.
 */
class MultiSeedTest {

    private final SeedOutcomes outcomes = new SeedOutcomes(0.05, 1.4);

    private static TeamGame example(int n) {
        return new CounterExampleGame(n, 1.5, 0.1);
    }

    @Test
    void selfPlayEndsLocalAndFxpGlobalWithThreeAgents() {
        SeedOutcomes.Summary sp = Steps.seeds(outcomes, SeedOutcomes.Init.RAND, new SelfPlay(example(3)), 100);
        assertTrue(sp.local().rate() >= 0.90, "SP local rate " + sp.local().rate());
        SeedOutcomes.Summary fxp = Steps.seeds(outcomes, SeedOutcomes.Init.RAND, FictitiousCrossPlay.standard(example(3)).withMainTracking(false), 100);
        assertTrue(fxp.global().rate() >= 0.95, "FXP global rate " + fxp.global().rate());
    }

    @Test
    void selfPlayWithTwoAgentsIsMostlyGlobal() {
        SeedOutcomes.Summary sp = Steps.seeds(outcomes, SeedOutcomes.Init.RAND, new SelfPlay(example(2)), 100);
        assertTrue(sp.global().rate() >= 0.65 && sp.global().rate() <= 0.95, "SP N=2 global rate " + sp.global().rate());
    }

    @Test
    void selfPlayWithFourAndFiveAgentsIsLocal() {
        for (int n : new int[] {4, 5}) {
            SeedOutcomes.Summary sp = Steps.seeds(outcomes, SeedOutcomes.Init.RAND, new SelfPlay(example(n)), 100);
            assertTrue(sp.local().rate() >= 0.95, "SP N=" + n + " local rate " + sp.local().rate());
        }
    }

    @Test
    void paperFaithfulRepeatProfile() {
        SelfPlay quirk = new SelfPlay(example(3), SoftBestResponseOracle.standard(0), SelfPlayProfile.REPEAT_QUIRK);
        SeedOutcomes.Summary sp = Steps.seeds(outcomes, SeedOutcomes.Init.RAND, quirk, 100);
        assertTrue(sp.local().rate() >= 0.85, "np.repeat SP local rate " + sp.local().rate());
    }

    @Test
    void reportingIsCompleteAndDeterministic() {
        SeedOutcomes.Summary a = Steps.seeds(outcomes, SeedOutcomes.Init.RAND, new SelfPlay(example(2)), 30);
        SeedOutcomes.Summary b = Steps.seeds(SeedOutcomes.standard(), SeedOutcomes.Init.RAND, new SelfPlay(example(2)),
                30);
        assertEquals(a, b);
        assertEquals(30, a.results().size());
        for (int s = 0; s < 30; s++) {
            assertEquals(s, a.results().get(s).seed());
        }
        assertEquals(30, a.global().count() + a.local().count() + a.other().count());
        assertTrue(a.global().lower() <= a.global().rate() && a.global().rate() <= a.global().upper());
        assertTrue(a.sdExploitability() >= 0 && a.meanSteps() > 0);
        // Wilson interval of 90/100: [0.8256, 0.9448]
        SeedOutcomes.Rate w = SeedOutcomes.wilson(90, 100);
        assertEquals(0.8256, w.lower(), 1e-4);
        assertEquals(0.9448, w.upper(), 1e-4);
        assertThrows(IllegalArgumentException.class, () -> Steps.seeds(outcomes, SeedOutcomes.Init.RAND, new SelfPlay(example(2)), 0));
    }
}
