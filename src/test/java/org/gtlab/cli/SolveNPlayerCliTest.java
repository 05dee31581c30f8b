package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code gtlab solve enumpoly|simpdiv|gnm}: Gambit's NE lines for N players, regrets, JSON. */
class SolveNPlayerCliTest {

    @Test
    void enumpolyListsTheSevenEquilibriaOfTheVolunteersDilemma() {
        CliTest.Run r = CliTest.run("solve", "enumpoly", "volunteers-dilemma");
        assertEquals(0, r.code(), r.err());
        assertEquals(7, r.out().lines().filter(l -> l.startsWith("NE,")).count(), r.out());
        assertTrue(r.out().contains("NE,1/2,1/2,1/2,1/2,1/2,1/2"), r.out());
    }

    @Test
    void simpdivAndGnmFindTheUniformEquilibriumOfJordansGame() {
        for (String m : new String[] {"simpdiv", "gnm"}) {
            CliTest.Run r = CliTest.run("solve", m, "three-player-matching-pennies");
            assertEquals(0, r.code(), r.err());
            assertEquals("NE,1/2,1/2,1/2,1/2,1/2,1/2", r.out().strip(), m);
        }
        CliTest.Run j = CliTest.run("solve", "gnm", "--format", "json", "--starts", "2", "three-player-matching-pennies");
        assertEquals(0, j.code(), j.err());
        assertTrue(j.out().contains("\"max_regret\"") && j.out().contains("\"exact\" : true"), j.out());
        CliTest.Run bad = CliTest.run("solve", "simpdiv", "--starts", "0", "three-player-matching-pennies");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
    }
}
