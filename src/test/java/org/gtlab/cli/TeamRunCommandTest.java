package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.gtlab.run.Json;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gtlab run} with team games and team methods (issue 6), end to end in a temporary folder. */
class TeamRunCommandTest {

    /** The CSV as rows of cells, header first. */
    private static List<String[]> csv(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(l -> l.split(",", -1)).toList();
    }

    private static int column(List<String[]> csv, String name) {
        int i = Arrays.asList(csv.get(0)).indexOf(name);
        assertTrue(i >= 0, name + " not in " + Arrays.toString(csv.get(0)));
        return i;
    }

    @Test
    void fxpOnTheExampleGameReachesTheGlobalEquilibriumAfterTheFirstCounterAndTheRecipeReRunsByteForByte(
            @TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        CliTest.Run r = CliTest.run("run", "--game", "fxp-example", "--method", "fxp", "--out", a.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("done: 850 steps"), r.err());
        List<String[]> rows = csv(a.resolve("metrics.csv"));
        assertEquals("step", rows.get(0)[0]);
        int expl = column(rows, "team_exploitability");
        int pop = column(rows, "population_size");
        column(rows, "restricted_exploitability");
        assertEquals(1 + 851, rows.size());
        assertEquals(0.9375, Double.parseDouble(rows.get(1)[expl]), 1e-12);
        // step 85 = first main phase (51) + first counter (34): the mixture's Expl ≤ 2e-3 from there on (spec test 28)
        for (int k = 85; k <= 850; k++) {
            String[] row = rows.get(1 + k);
            assertEquals(Integer.toString(k), row[0]);
            assertTrue(Double.parseDouble(row[expl]) <= 2e-3, "step " + k + ": " + row[expl]);
        }
        assertTrue(Double.parseDouble(rows.get(1 + 84)[expl]) > 1.4); // before the counter: the local NE's 1.4988
        assertEquals(21.0, Double.parseDouble(rows.get(rows.size() - 1)[pop]));
        // the final meta-strategy weights are a payload of the last snapshot
        RunRecord snaps = RunRecord.fromJson(Json.parse(Files.readString(a.resolve("snapshots.json"))));
        double[] w = snaps.last().payload("meta_weights").row(0);
        assertEquals(21, w.length);
        assertEquals(1.0, Arrays.stream(w).sum(), 1e-9);
        assertEquals(Files.readString(a.resolve("metrics.csv")), snaps.toCsv());
        // recipe: team game stored by family and parameters; re-running it gives identical bytes
        RunSpec recipe = RunSpec.fromJson(Files.readString(a.resolve("recipe.json")), null, org.gtlab.run.methods.StandardMethods.catalog());
        assertEquals("fxp", recipe.method());
        assertTrue(recipe.game().isTeam());
        Path b = dir.resolve("b");
        CliTest.Run again = CliTest.run("run", a.resolve("recipe.json").toString(), "--out", b.toString(), "-q");
        assertEquals(0, again.code(), again.err());
        assertEquals(Files.readString(a.resolve("metrics.csv")), Files.readString(b.resolve("metrics.csv")));
        assertEquals(Files.readString(a.resolve("snapshots.json")), Files.readString(b.resolve("snapshots.json")));
    }

    @Test
    void exactOraclePsroOnTheExampleGameWritesTheSpecSequence(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("psro");
        CliTest.Run r = CliTest.run("run", "--game", "fxp-example", "--method", "psro", "--set", "meta=nash", "--set",
                "oracle=exact", "--out", a.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        List<String[]> rows = csv(a.resolve("metrics.csv"));
        int expl = column(rows, "team_exploitability");
        int pop = column(rows, "population_size");
        assertEquals(4, rows.size());
        double[] expected = {0.9375, 1.5, 0};
        for (int k = 0; k < 3; k++) {
            assertEquals(Integer.toString(k), rows.get(1 + k)[0]);
            assertEquals(expected[k], Double.parseDouble(rows.get(1 + k)[expl]), 1e-9);
            assertEquals(k + 1.0, Double.parseDouble(rows.get(1 + k)[pop]));
        }
        RunRecord snaps = RunRecord.fromJson(Json.parse(Files.readString(a.resolve("snapshots.json"))));
        assertArrayEquals(new double[] {0, 0, 1}, snaps.last().payload("meta_weights").row(0), 1e-9);
        // game parameters: N = 2 has Expl(uniform) = 0.425 (spec test 3)
        Path n2 = dir.resolve("n2");
        assertEquals(0, CliTest.run("run", "--game", "fxp-example", "--game-set", "N=2", "--method", "psro", "--out",
                n2.toString(), "-q").code());
        assertEquals(0.425, Double.parseDouble(csv(n2.resolve("metrics.csv")).get(1)[expl]), 1e-12);
    }

    @Test
    void sharedMethodNamesFollowTheGameAndMatrixGamesRunAsOneAgentTeams(@TempDir Path dir) throws Exception {
        Path team = dir.resolve("team");
        assertEquals(0, CliTest.run("run", "--game", "fxp-example", "--method", "sp", "--out", team.toString(), "-q")
                .code());
        List<String[]> sp = csv(team.resolve("metrics.csv"));
        int expl = column(sp, "team_exploitability");
        assertEquals(1.48575, Double.parseDouble(sp.get(sp.size() - 1)[expl]), 2e-3); // SP ends at the local NE
        Path nf = dir.resolve("nf");
        assertEquals(0, CliTest.run("run", "--game", "rock-paper-scissors", "--method", "sp", "--steps", "10", "--out",
                nf.toString(), "-q").code());
        assertTrue(Files.readAllLines(nf.resolve("metrics.csv")).get(0).startsWith("step,nash_conv,"));
        // PSRO on rock-paper-scissors as one-agent teams, from a random policy: the exact LP meta-game reaches 0
        Path rps = dir.resolve("rps");
        CliTest.Run r = CliTest.run("run", "--game", "rock-paper-scissors", "--method", "psro", "--set", "init=rand",
                "--seed", "3", "--out", rps.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        List<String[]> rows = csv(rps.resolve("metrics.csv"));
        assertEquals(0, Double.parseDouble(rows.get(rows.size() - 1)[column(rows, "team_exploitability")]), 1e-12);
        assertTrue(Files.readString(rps.resolve("recipe.json")).contains("\"source\" : \"team:rock-paper-scissors\""));
        Path sp1 = dir.resolve("sp1");
        assertEquals(0, CliTest.run("run", "--game", "team:rock-paper-scissors", "--method", "sp", "--out",
                sp1.toString(), "-q").code());
        assertTrue(Files.readAllLines(sp1.resolve("metrics.csv")).get(0).startsWith("step,team_exploitability,"));
    }

    @Test
    void badInputIsRefusedWithExitCode2AndOneLineBeforeAnythingRuns(@TempDir Path dir) {
        Path out = dir.resolve("x");
        String[][] cases = {
            {"--game", "fxp-example", "--method", "fxp", "--set", "eta=NaN"},
            {"--game", "fxp-example", "--game-set", "N=0", "--method", "fxp"},
            {"--game", "fxp-example", "--game-set", "eps=NaN", "--method", "psro"},
            {"--game", "fxp-example", "--game-set", "N=40", "--method", "psro"},
            {"--game", "sad", "--game-set", "N=11", "--method", "fxp"},
            {"--game", "fxp-example", "--method", "psro", "--set", "meta=best"},
            {"--game", "fxp-example", "--method", "psro", "--set", "iterations=0"},
            {"--game", "fxp-example", "--method", "fxp", "--set", "N=5"},
            {"--game", "battle-of-the-sexes", "--method", "fxp"},
            {"--game", "fxp-example", "--method", "fxp", "--seeds", "10", "--set", "init=uniform"},
            {"--game", "rock-paper-scissors", "--method", "fp", "--seeds", "10"},
        };
        String[] expected = {
            "gtlab: fxp: parameter eta = NaN is not a finite number; expected a number in [0, 1]",
            "gtlab: team game fxp-example: the example game needs N ≥ 1 agents per team, got 0",
            "gtlab: team game fxp-example: parameter eps = NaN is not a finite number",
            "gtlab: psro cannot run on this game: the exact team evaluation enumerates all team joint actions, but "
                    + "fxp-example has 2^40 = 1,099,511,627,776 of them; the limit is 5,000,000",
            "gtlab: fxp cannot run on this game: the exact team evaluation enumerates all team joint actions, but sad "
                    + "has 13^11 = 1,792,160,394,037 of them; the limit is 5,000,000",
            "gtlab: psro: parameter meta = \"best\" is not allowed; expected one of auto | nash | uniform | "
                    + "uniform_biased | prd | rm | alpharank | fp999",
            "gtlab: psro: parameter iterations = 0 is out of range; expected an integer in [1, 100000]",
            "gtlab: N is a parameter of the game fxp-example, not of the method fxp: use --game-set N=5",
            "gtlab: fxp runs on team games (fxp-example, sad, team-rps) or on a matrix game viewed as one-agent teams, "
                    + "and a game viewed as one-agent teams must be symmetric and zero-sum (u₂ = −u₁ and u₂(i, j) = "
                    + "u₁(j, i)); \"Battle of the Sexes\" is not",
            "gtlab: --seeds runs every seed from its own random initial policy, but init=uniform gives every seed the "
                    + "same run; use init=rand or init=dirichlet",
            null,
        };
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 3];
            args[0] = "run";
            System.arraycopy(cases[i], 0, args, 1, cases[i].length);
            args[args.length - 2] = "--out";
            args[args.length - 1] = out.toString();
            CliTest.Run r = CliTest.run(args);
            assertEquals(2, r.code(), Arrays.toString(cases[i]) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            if (expected[i] != null) {
                assertEquals(expected[i], r.err().strip());
            } else {
                assertTrue(r.err().startsWith("gtlab: --seeds needs a team method"), r.err());
            }
            assertFalse(Files.exists(out), Arrays.toString(cases[i]));
        }
    }

    @Test
    void listShowsTheTeamMethodsWithTheirParameters() {
        CliTest.Run r = CliTest.run("run", "--list");
        assertEquals(0, r.code());
        String out = r.out();
        int team = out.indexOf("Team-game methods");
        assertTrue(team > 0, out);
        String teamPart = out.substring(team);
        for (String m : List.of("sp", "fp", "fsp", "forel", "replicator", "mwu", "cfr", "psro", "odo", "fxp")) {
            assertTrue(teamPart.lines().anyMatch(l -> l.startsWith(m + " ") && l.contains("[team games]")), m);
        }
        assertTrue(teamPart.contains("fxp-example game parameters (defaults): N=3 C=1.5 eps=0.1"), teamPart);
        assertTrue(teamPart.contains("sad         game parameters (defaults): N=4 A=10 c=0 F=2"), teamPart);
        String psro = teamPart.substring(teamPart.indexOf("\npsro "), teamPart.indexOf("\nodo "));
        for (String p : List.of("meta ", "oracle ", "reset ", "iterations ", "lr ", "init ")) {
            assertTrue(psro.contains("\n              " + p), p + " in " + psro);
        }
        assertTrue(psro.contains("auto | nash | uniform | uniform_biased | prd | rm | alpharank | fp999"), psro);
        assertTrue(psro.contains("exact | damped"), psro);
        String fxp = teamPart.substring(teamPart.indexOf("\nfxp "));
        assertTrue(fxp.contains("eta          real    default 0.3"), fxp);
        // the normal-form methods are still listed above
        assertTrue(out.substring(0, team).lines().anyMatch(l -> l.startsWith("hedge ")));
    }

    @Test
    void multiSeedRunReportsGlobalAndLocalSharesAndItsRecipeReproducesTheTable(@TempDir Path dir) throws Exception {
        Path fxp = dir.resolve("fxp");
        CliTest.Run r = CliTest.run("run", "--game", "fxp-example", "--method", "fxp", "--seeds", "100", "--out",
                fxp.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("global: final team exploitability < 0.05; local: > 1.4"), r.out());
        List<String[]> summary = csv(fxp.resolve("summary.csv"));
        assertEquals("outcome,count,total,rate,wilson_lower,wilson_upper", String.join(",", summary.get(0)));
        assertEquals("global", summary.get(1)[0]);
        assertTrue(Integer.parseInt(summary.get(1)[1]) >= 95, String.join(",", summary.get(1))); // spec: ≥ 95 %
        assertEquals("100", summary.get(1)[2]);
        double lower = Double.parseDouble(summary.get(1)[4]);
        double upper = Double.parseDouble(summary.get(1)[5]);
        double rate = Double.parseDouble(summary.get(1)[3]);
        assertTrue(lower <= rate && rate <= upper && lower > 0.9, lower + " " + rate + " " + upper);
        List<String[]> seeds = csv(fxp.resolve("seeds.csv"));
        assertEquals(101, seeds.size());
        assertEquals("seed,team_exploitability,steps,outcome", String.join(",", seeds.get(0)));
        // seed 7's row is exactly the single run with --seed 7 --set init=rand
        Path one = dir.resolve("one");
        assertEquals(0, CliTest.run("run", "--game", "fxp-example", "--method", "fxp", "--set", "init=rand", "--seed", "7",
                "--out", one.toString(), "-q").code());
        List<String[]> single = csv(one.resolve("metrics.csv"));
        String[] last = single.get(single.size() - 1);
        assertEquals(last[0], seeds.get(8)[2]);
        assertEquals(last[column(single, "team_exploitability")], seeds.get(8)[1]);
        // SP from the same 100 initialisations ends at the local NE in ≥ 90 % (spec test 38); recipe re-run identical
        Path sp = dir.resolve("sp");
        CliTest.Run s = CliTest.run("run", "--game", "fxp-example", "--method", "sp", "--seeds", "100", "--threads", "2",
                "--out", sp.toString(), "-q");
        assertEquals(0, s.code(), s.err());
        assertTrue(Integer.parseInt(csv(sp.resolve("summary.csv")).get(2)[1]) >= 90, s.out());
        Path sp2 = dir.resolve("sp2");
        CliTest.Run s2 = CliTest.run("run", sp.resolve("recipe.json").toString(), "--out", sp2.toString(), "-q");
        assertEquals(0, s2.code(), s2.err());
        assertEquals(s.out(), s2.out());
        assertEquals(Files.readString(sp.resolve("seeds.csv")), Files.readString(sp2.resolve("seeds.csv")));
    }

    @Test
    void checkpointOfATeamRunResumesToTheSameBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        assertEquals(0, CliTest.run("run", "--game", "team-rps", "--method", "fxp", "--set", "init=rand", "--seed", "2",
                "--checkpoint-every", "300", "--out", a.toString(), "-q").code());
        Path cp = a.resolve("checkpoint.json");
        assertTrue(Files.exists(cp));
        Path b = dir.resolve("b");
        CliTest.Run r = CliTest.run("run", "--resume", cp.toString(), "--out", b.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(a.resolve("metrics.csv")), Files.readString(b.resolve("metrics.csv")));
        assertEquals(Files.readString(a.resolve("snapshots.json")), Files.readString(b.resolve("snapshots.json")));
    }
}
