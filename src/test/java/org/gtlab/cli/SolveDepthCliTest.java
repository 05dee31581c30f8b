package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code gtlab solve logit|ce}: the branch like gambit-logit, --lambda, --fit, and the CE lines. */
class SolveDepthCliTest {

    static final String CHICKEN = Path.of("src/test/resources/corpus/classic_chicken.nfg").toString();
    static final String PENNIES = Path.of("src/test/resources/corpus/classic_matching_pennies.nfg").toString();

    @Test
    void logitPrintsTheBranchAndItsExactLimit() {
        CliTest.Run r = CliTest.run("solve", "logit", PENNIES);
        System.out.println(r.out().lines().limit(3).toList() + " … " + r.out().lines().skip(r.out().lines().count() - 3).toList());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\\R");
        assertTrue(lines[0].startsWith("0.0000000000,0.5000000000,0.5000000000,0.5000000000,0.5000000000"), lines[0]);
        assertEquals("NE,1/2,1/2,1/2,1/2", lines[lines.length - 2]);
        assertEquals("regret,0", lines[lines.length - 1]);
        assertTrue(lines.length > 50, "branch of " + lines.length + " lines");
    }

    @Test
    void logitAtGivenLambdasAndJson() {
        CliTest.Run r = CliTest.run("solve", "logit", "--lambda", "0,1.5", "-d", "6", CHICKEN);
        System.out.println(r.out());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[1].startsWith("1.500000,"), lines[1]);
        CliTest.Run j = CliTest.run("solve", "logit", "--end-only", "--format", "json", CHICKEN);
        assertEquals(0, j.code(), j.err());
        assertTrue(j.out().contains("\"max_regret\"") && !j.out().contains("\"branch\""), j.out());
    }

    @Test
    void logitFitAndBadCounts() {
        CliTest.Run r = CliTest.run("solve", "logit", "--fit", "70,30;65,35", CHICKEN);
        System.out.println(r.out() + r.err());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("loglik,"), r.out());
        CliTest.Run bad = CliTest.run("solve", "logit", "--fit", "30,x;40,60", CHICKEN);
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().contains("\"x\""), bad.err());
    }

    @Test
    void correlatedEquilibriaOfChicken() {
        CliTest.Run r = CliTest.run("solve", "ce", CHICKEN);
        System.out.println(r.out() + r.err());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("CE-welfare,") && r.out().contains("CE-entropy,"), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
