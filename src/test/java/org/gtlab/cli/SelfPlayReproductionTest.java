package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code gtlab reproduce selfplay} and {@code gtlab solve lp kuhn-poker}. */
class SelfPlayReproductionTest {

    @Test
    void reproducePrintsOneTabSeparatedRowPerCheckAndExitsZero() {
        CliTest.Run r = CliTest.run("reproduce", "selfplay", "--quick", "--papers");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.endsWith("\tPASS") || l.endsWith("\tFAIL")).toList();
        assertTrue(rows.size() > 100, "rows: " + rows.size());
        for (String row : rows) {
            assertEquals(5, row.split("\t").length, row);
            assertTrue(row.endsWith("\tPASS"), row);
        }
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("19 Kuhn LP value\t")), r.out());
        assertTrue(r.out().contains("# selfplay: " + rows.size() + " of " + rows.size() + " checks pass"), r.out());
        assertTrue(r.out().contains("Play-LMP"), r.out());
    }

    @Test
    void lpSolvesKuhnPokerToMinusOneEighteenth() {
        CliTest.Run r = CliTest.run("solve", "lp", "kuhn-poker");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("value,-1/18"), r.out());
        CliTest.Run t = CliTest.run("solve", "lp", "three-raters");
        assertTrue(t.out().contains("NE,1/2,1/5,3/10,1/2,1/5,3/10"), t.out());
    }

    @Test
    void badLearningRateIsOneLineNamingTheParameter() {
        org.gtlab.run.MethodCatalog cat = org.gtlab.run.methods.StandardMethods.catalog();
        org.gtlab.run.GameSpec g = org.gtlab.run.GameSpec.of("three-raters",
                org.gtlab.game.GameCatalog.get("three-raters").game());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> org.gtlab.run.RunSpec.of(cat.forGame("sppo", g), java.util.Map.of("eta", "-1"), g, 0, null));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains("eta"), e.getMessage());
    }
}
