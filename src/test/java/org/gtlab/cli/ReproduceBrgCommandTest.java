package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code gtlab reproduce brg}: tab-separated check lines, a summary, exit 0 when every HARD check passes. */
class ReproduceBrgCommandTest {

    @Test
    void unitGroupPrintsFiveColumnRowsAndExitsZero() {
        CliTest.Run r = CliTest.run("reproduce", "brg", "--group", "units");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.endsWith("\tPASS") || l.endsWith("\tFAIL")).toList();
        assertTrue(rows.size() >= 15, r.out());
        for (String row : rows) {
            assertEquals(5, row.split("\t").length, row);
            assertTrue(row.endsWith("\tPASS"), row);
        }
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("U9a ")), r.out());
        assertTrue(r.out().contains("brg: " + rows.size() + "/" + rows.size() + " checks pass"), r.out());
    }

    @Test
    void anUnknownGroupIsRefusedNamingTheKnownOnes() {
        CliTest.Run r = CliTest.run("reproduce", "brg", "--group", "exp99");
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("exp99") && r.err().contains("exp2"), r.err());
    }
}
