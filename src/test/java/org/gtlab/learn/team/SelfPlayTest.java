package org.gtlab.learn.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtlab.learn.Steps;
import org.gtlab.game.CounterExampleGame;
import org.gtlab.game.SeekAttackDefendGame;
import org.gtlab.game.TeamPolicy;
import org.gtlab.game.TeamRpsGame;
import org.junit.jupiter.api.Test;

/** Spec fxp-psro.md §14 D, tests 22–24. */
class SelfPlayTest {

    @Test
    void exampleGameEndsAtTheLocalEquilibrium() {
        for (SelfPlayProfile profile : SelfPlayProfile.values()) {
            SelfPlay sp = new SelfPlay(CounterExampleGame.standard(), SoftBestResponseOracle.standard(0), profile);
            SelfPlay.State end = Steps.toEnd(sp);
            assertEquals(34, end.step(), 1, profile + " steps");
            TeamPolicy pi = end.policy();
            for (int x = 0; x < 3; x++) {
                assertTrue(pi.prob(x, 1) >= 0.99, "agent " + x + " P(1) = " + pi.prob(x, 1));
            }
            assertEquals(1.486, end.teamExploitability(), 2e-3, profile.name());
            assertEquals(end.teamExploitability(), end.metrics().get("restricted_exploitability"), 1e-12);
        }
        assertEquals(1.48575, Steps.toEnd(new SelfPlay(CounterExampleGame.standard())).teamExploitability(), 1e-5);
    }

    @Test
    void sadEndsAtAllGainTen() {
        SelfPlay.State end = Steps.toEnd(new SelfPlay(SeekAttackDefendGame.standard()));
        assertEquals(405, end.step(), 1);
        assertEquals(4.0, end.teamExploitability(), 1e-3);
        assertEquals(new int[] {10, 10, 10, 10}[0], end.policy().mostLikelyJointAction()[0]);
        for (int a : end.policy().mostLikelyJointAction()) {
            assertEquals(10, a);
        }
        SelfPlay.State quirk = Steps.toEnd(new SelfPlay(SeekAttackDefendGame.standard(), SoftBestResponseOracle.standard(0),
                SelfPlayProfile.REPEAT_QUIRK));
        assertEquals(406, quirk.step(), 1);
        assertEquals(4.0, quirk.teamExploitability(), 1e-3);
    }

    @Test
    void teamRpsEndsAtScissors() {
        SelfPlay.State end = Steps.toEnd(new SelfPlay(TeamRpsGame.standard()));
        assertEquals(30, end.step(), 1);
        double pS = end.policy().prob(0, 1) * end.policy().prob(1, 1);
        assertEquals(0.993, pS, 0.002);
        assertEquals(0.986, end.teamExploitability(), 2e-3);
    }
}
