package org.gtlab.solve.lh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;

/** The one-step exact ratio test agrees with the exact tableau's test at every step of exact paths. */
class LhExactRatioTestTest {

    @Test
    void agreesWithTheExactTableauAlongPaths() {
        int checked = 0;
        for (int seed = 0; seed < 40; seed++) {
            int m = 2 + seed % 6;
            int n = 2 + (seed / 6) % 6;
            NormalFormGame g = RandomGames.bimatrix(m, n, 0, seed % 2 == 0 ? 2 : 99, seed);
            LhProblem p = LhProblem.of(g);
            for (int label = 0; label < p.vars; label++) {
                LhExactSide[] s = {new LhExactSide(p, 0), new LhExactSide(p, 1)};
                int side = s[0].isBasic(label) ? 1 : 0;
                int enter = label;
                while (true) {
                    int row = s[side].ratioTest(enter);
                    int expected = s[side].basicAt[row];
                    assertEquals(expected, LhExactRatioTest.leaving(p, side, s[side].basicSet(), enter),
                            "seed " + seed + " label " + (label + 1));
                    checked++;
                    int leave = s[side].pivot(row, enter);
                    if (leave == label) {
                        break;
                    }
                    enter = leave;
                    side ^= 1;
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked + " steps");
    }
}
