package org.gtlab.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtlab.repeated.akata.AkataPresets;
import org.junit.jupiter.api.Test;

/** Playing against a strategy round by round gives the same match as the engine. */
class HumanMatchTest {

    @Test
    void humanMovesAgainstTitForTatMatchTheEngine() {
        RepeatedGame g = RepeatedGame.fixed(AkataPresets.PD, 4);
        HumanMatch h = new HumanMatch(g, Strategies.get("tit-for-tat"), 1, 0);
        int[] mine = {1, 0, 1, 1};
        for (int a : mine) {
            h.play(a);
        }
        assertTrue(h.over());
        // the human played F J F F; TFT answered J F J F
        assertEquals(1, h.rounds().get(1).a2());
        assertEquals(0, h.rounds().get(2).a2());
        Player scripted = new Player() {
            @Override
            public int choose(History hist) {
                return mine[hist.round() - 1];
            }
        };
        MatchResult r = new Match(g).play(scripted, Strategies.get("tit-for-tat").create(), 0);
        assertEquals(r.total1(), h.humanTotal());
        assertEquals(r.total2(), h.opponentTotal());
        assertThrows(IllegalStateException.class, () -> h.play(0));
        assertThrows(IllegalArgumentException.class,
                () -> new HumanMatch(g, Strategies.get("tit-for-tat"), 2, 0).play(5));
    }

    @Test
    void seatTwoSeesItsOwnSide() {
        HumanMatch h = new HumanMatch(RepeatedGame.fixed(AkataPresets.BOS, 2), Strategies.get("cooperator"), 2, 0);
        HumanMatch.Round r = h.play(0);
        assertEquals(7, r.u2()); // (J, J): seat 2 gets 7
        assertEquals(7, h.humanTotal());
        assertEquals(10, h.opponentTotal());
    }
}
