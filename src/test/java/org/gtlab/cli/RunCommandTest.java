package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gtlab.run.Json;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gtlab run} end to end, in process. */
class RunCommandTest {

    @Test
    void runByFlagsWritesCsvSnapshotsAndRecipeAndTheRecipeReRunsExactly(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        CliTest.Run r = CliTest.run("run", "--game", "rock-paper-scissors", "--method", "fp", "--set", "init=pure:1",
                "--set", "variant=alternating", "--seed", "3", "--out", a.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("step 10,000/10,000"), r.err());
        List<String> csv = Files.readAllLines(a.resolve("metrics.csv"));
        assertTrue(csv.get(0).startsWith("step,nash_conv,exploitability,"), csv.get(0));
        assertTrue(csv.get(0).contains(",avg_p1_1,avg_p1_2,avg_p1_3,avg_p2_1"), csv.get(0));
        assertEquals(1 + 1001, csv.size());
        assertTrue(csv.get(csv.size() - 1).startsWith("10000,"));
        double nc = Double.parseDouble(csv.get(csv.size() - 1).split(",")[1]);
        assertTrue(nc <= 0.02, "NashConv " + nc);
        RunRecord snaps = RunRecord.fromJson(Json.parse(Files.readString(a.resolve("snapshots.json"))));
        assertEquals(1001, snaps.size());
        assertEquals(Files.readString(a.resolve("metrics.csv")), snaps.toCsv());
        RunSpec recipe = RunSpec.fromJson(Files.readString(a.resolve("recipe.json")), null, org.gtlab.run.methods.StandardMethods.catalog());
        assertEquals("fp", recipe.method());
        assertEquals("alternating", recipe.params().text("variant"));
        assertEquals(3, recipe.seed());
        // re-running the recipe (game inline) reproduces the bytes
        Path b = dir.resolve("b");
        CliTest.Run again = CliTest.run("run", a.resolve("recipe.json").toString(), "--out", b.toString(), "--quiet");
        assertEquals(0, again.code(), again.err());
        assertEquals("", again.err());
        assertEquals(Files.readString(a.resolve("metrics.csv")), Files.readString(b.resolve("metrics.csv")));
        assertEquals(Files.readString(a.resolve("snapshots.json")), Files.readString(b.resolve("snapshots.json")));
    }

    @Test
    void dynamicsAndMoranRunFromTheCommandLine(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("run", "--game", "rock-paper-scissors", "--method", "replicator", "--set",
                "init=0.5,0.3,0.2", "--set", "interval=0.01", "--steps", "10000", "--report-every", "100", "--out",
                dir.resolve("rep").toString(), "-q");
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(dir.resolve("rep").resolve("metrics.csv"));
        assertEquals("step,t,nash_conv,speed,x_p1_1,x_p1_2,x_p1_3", csv.get(0));
        String[] last = csv.get(csv.size() - 1).split(",");
        assertEquals(100.0, Double.parseDouble(last[1]), 1e-9);
        double prod = Double.parseDouble(last[4]) * Double.parseDouble(last[5]) * Double.parseDouble(last[6]);
        assertEquals(0.03, prod, 1e-6);
        CliTest.Run m = CliTest.run("run", "--game", "prisoners-dilemma", "--method", "moran", "--set", "population=20",
                "--steps", "2000", "--out", dir.resolve("moran").toString(), "-q");
        assertEquals(0, m.code(), m.err());
        String header = Files.readAllLines(dir.resolve("moran").resolve("metrics.csv")).get(0);
        assertTrue(header.contains("fixation_probability"), header);
    }

    @Test
    void checkpointsAreWrittenAndResumeGivesTheSameData(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        assertEquals(0, CliTest.run("run", "--game", "matching-pennies", "--method", "sfp", "--set", "init=random",
                "--steps", "3000", "--report-every", "10", "--checkpoint-every", "1000", "--seed", "9", "--out", a.toString(), "-q").code());
        Path cp = a.resolve("checkpoint.json");
        assertTrue(Files.exists(cp));
        // a shorter run's last checkpoint (step 1000), with its step limit raised to 3000, continues exactly
        Path c = dir.resolve("c");
        assertEquals(0, CliTest.run("run", "--game", "matching-pennies", "--method", "sfp", "--set", "init=random",
                "--steps", "1000", "--report-every", "10", "--checkpoint-every", "1000", "--seed", "9", "--out", c.toString(), "-q").code());
        String text = Files.readString(c.resolve("checkpoint.json")).replace("\"maxSteps\" : 1000",
                "\"maxSteps\" : 3000");
        Path edited = dir.resolve("cp.json");
        Files.writeString(edited, text);
        Path d = dir.resolve("d");
        CliTest.Run res = CliTest.run("run", "--resume", edited.toString(), "--out", d.toString(), "-q");
        assertEquals(0, res.code(), res.err());
        assertEquals(Files.readString(a.resolve("metrics.csv")), Files.readString(d.resolve("metrics.csv")));
    }

    @Test
    void listShowsEveryMethodWithItsParameters() {
        CliTest.Run r = CliTest.run("run", "--list");
        assertEquals(0, r.code());
        for (String m : List.of("fp", "sfp", "rm", "rm+", "hedge", "sp", "replicator", "logit", "br", "bnn", "smith",
                "moran")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(m + " ")), m);
        }
        assertTrue(r.out().contains("√(8 ln K / T)"), r.out());
        assertTrue(r.out().contains("(0, 1]"), r.out());
    }

    @Test
    void badInputIsRefusedBeforeAnythingRuns(@TempDir Path dir) {
        Path out = dir.resolve("x");
        CliTest.Run r = CliTest.run("run", "--game", "rock-paper-scissors", "--method", "hedge", "--set", "eta=NaN",
                "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("gtlab: hedge: parameter eta = NaN is not a finite number; expected a number in (0, ∞)",
                r.err().strip());
        assertFalse(Files.exists(out.resolve("recipe.json")));
        CliTest.Run m = CliTest.run("run", "--game", "rock-paper-scissors", "--method", "fpp", "--out", out.toString());
        assertEquals(2, m.code());
        assertTrue(m.err().contains("unknown method \"fpp\""), m.err());
        CliTest.Run g = CliTest.run("run", "--game", "no-such-game", "--method", "fp", "--out", out.toString());
        assertEquals(2, g.code());
        assertTrue(g.err().contains("no-such-game"), g.err());
        CliTest.Run n = CliTest.run("run", "--method", "fp");
        assertEquals(2, n.code());
        assertTrue(n.err().contains("--out"), n.err());
        CliTest.Run s = CliTest.run("run", "--game", "battle-of-the-sexes", "--method", "moran", "--out", out.toString());
        assertEquals(2, s.code());
        assertTrue(s.err().contains("symmetric"), s.err());
    }

    @Test
    void presetsRunByNameAndTheListShowsPresetsAndMetrics(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("run", "--game", "fxp-example", "--method", "psro", "--preset", "nash-reset", "--set",
                "iterations=2", "--out", dir.resolve("p").toString(), "-q");
        assertEquals(0, r.code(), r.err());
        RunSpec recipe = RunSpec.fromJson(Files.readString(dir.resolve("p").resolve("recipe.json")), null,
                org.gtlab.run.methods.StandardMethods.catalog());
        assertEquals("damped", recipe.params().text("oracle"));
        assertTrue(recipe.params().bool("reset"));
        assertEquals(2, recipe.params().integer("iterations"));
        CliTest.Run bad = CliTest.run("run", "--game", "fxp-example", "--method", "psro", "--preset", "nash-rest",
                "--out", dir.resolve("q").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("gtlab: psro has no preset \"nash-rest\"; known: exact, nash-reset"), bad.err());
        CliTest.Run list = CliTest.run("run", "--list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("preset nash-reset"), list.out());
        assertTrue(list.out().contains("metrics: nash_conv, exploitability, nash_conv_current, payoff_p…"), list.out());
        assertTrue(list.out().contains("metrics: team_exploitability, restricted_exploitability, population_size"),
                list.out());
    }

    @Test
    void absurdStepCountsAreRefusedWithAnEstimateUnlessForced(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("run", "--game", "rock-paper-scissors", "--method", "fp", "--steps",
                "9223372036854775807", "--out", dir.resolve("a").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("gtlab: this run of 9,223,372,036,854,775,807 steps would take about "), r.err());
        assertTrue(r.err().contains("--force"), r.err());
        assertFalse(Files.exists(dir.resolve("a").resolve("metrics.csv")));
        CliTest.Run mem = CliTest.run("run", "--game", "rock-paper-scissors", "--method", "fp", "--steps",
                "9223372036854775807", "--report-every", "1", "--out", dir.resolve("b").toString());
        assertEquals(2, mem.code(), mem.err());
        assertTrue(mem.err().startsWith("gtlab: this run would record about "), mem.err());
        assertTrue(mem.err().contains("heap holds"), mem.err());
    }
}
