package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.gtlab.game.GameCatalog;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.ProgressCount;
import org.gtlab.run.RunSpec;
import org.gtlab.run.methods.StandardMethods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gtlab run --method tournament} counts matches, not steps against the 1,000,000-step cap
 * (a step is one ordered pair with all its repetitions).
 */
class TournamentProgressTest {

    @Test
    void theProgressLineCountsMatchesAgainstTheRoster(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("run", "--game", "prisoners-dilemma", "--method", "tournament", "--set",
                "players=tit-for-tat,defector,grudger", "--set", "turns=20", "--set", "repetitions=4", "--out",
                dir.resolve("t").toString());
        assertEquals(0, r.code(), r.err());
        // 3 strategies: 9 ordered pairs × 4 repetitions = 36 matches
        assertTrue(r.err().contains("matches 36/36 (100%)"), r.err());
        assertFalse(r.err().contains("1,000,000"), r.err());
    }

    @Test
    void aUserStrategyRunsFromTheCommandLineThroughTheStrategiesSetting(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("run", "--game", "prisoners-dilemma", "--method", "tournament", "--set",
                "players=my-gtft,tit-for-tat,defector", "--set", "strategies=my-gtft=memory-one 1 0.3 1 0.3 1",
                "--set", "turns=20", "--set", "repetitions=2", "--out", dir.resolve("u").toString(), "-q");
        assertEquals(0, r.code(), r.err());
        String recipe = java.nio.file.Files.readString(dir.resolve("u").resolve("recipe.json"));
        assertTrue(recipe.contains("my-gtft=memory-one 1 0.3 1 0.3 1"), "the recipe carries the strategy: " + recipe);
        CliTest.Run bad = CliTest.run("run", "--game", "prisoners-dilemma", "--method", "tournament", "--set",
                "players=my-gtft,tit-for-tat", "--set", "strategies=my-gtft=memory-one 1 1.3 1 0.3",
                "--out", dir.resolve("b").toString(), "-q");
        assertTrue(bad.code() != 0);
        assertTrue(bad.err().contains("my-gtft: the memory-one probability pCD = 1.3 is outside [0, 1]"), bad.err());
    }

    @Test
    void theCountFollowsTheStepCapAndOtherMethodsCountSteps() {
        GameSpec pd = GameSpec.of("prisoners-dilemma", GameCatalog.get("prisoners-dilemma").game());
        RunSpec t = RunSpec.of(StandardMethods.catalog().forGame("tournament", pd),
                Map.of("players", "tit-for-tat,defector,grudger", "repetitions", "5"), pd, 1, new Limits(4, 1, 0));
        ProgressCount c = t.factory().count(t.params(), t.limits(), 2);
        assertEquals(new ProgressCount("matches", 10, 20), c, "capped at 4 pairs × 5 repetitions");
        assertEquals("matches 10/20 (50%)", c.text());
        RunSpec fp = RunSpec.of(StandardMethods.catalog().forGame("fp", pd), Map.of(), pd, 1, new Limits(1000, 1, 0));
        assertEquals("step 250/1,000 (25%)", fp.factory().count(fp.params(), fp.limits(), 250).text());
    }
}
