package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.gtlab.game.RandomGames;
import org.gtlab.io.GameFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * Issue 15 bad input: an N-player enumeration too large to finish is refused with one line
     * that carries its size estimate, never a stack trace (with and without --force).
     */
    @Test
    void tooLargeEnumerationsAreRefusedInOneLineWithTheirSize(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.nfg");
        GameFiles.save(huge, RandomGames.nPlayer(new int[] {12, 12, 12}, 0, 9, 1));
        CliTest.Run h = CliTest.run("solve", "enumpoly", "--force", huge.toString());
        assertTrue(h.code() != 0, h.out());
        assertEquals(1, h.err().strip().lines().count(), h.err());
        assertTrue(h.err().contains("6.9e+10 support profiles") && !h.err().contains("Exception"), h.err());
        Path big = dir.resolve("big.nfg");
        GameFiles.save(big, RandomGames.nPlayer(new int[] {5, 5, 5}, 0, 9, 1));
        CliTest.Run b = CliTest.run("solve", "enumpoly", big.toString());
        assertTrue(b.code() != 0, b.out());
        assertEquals(1, b.err().strip().lines().count(), b.err());
        assertTrue(b.err().contains("enumpoly refused") && b.err().contains("--force") && !b.err().contains("Exception"), b.err());
    }
}
