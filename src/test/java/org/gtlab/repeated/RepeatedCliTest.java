package org.gtlab.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gtlab.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code gtlab tournament}, {@code gtlab match}, {@code gtlab tournament --list}, {@code gtlab reproduce akata}. */
class RepeatedCliTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void tournamentWritesPairsAndRanking(@TempDir Path dir) throws Exception {
        Run r = run("tournament", "--game", "prisoners-dilemma", "--players", "tit-for-tat,defector,cooperator",
                "--turns", "10", "--repetitions", "2", "--seed", "3", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> pairs = Files.readAllLines(dir.resolve("pairs.csv"));
        assertEquals("player,opponent,repetition,score,opponent_score,turns,cooperation", pairs.get(0));
        assertEquals(1 + 9 * 2, pairs.size());
        assertTrue(pairs.contains("tit-for-tat,defector,1,9,14,10,0.100000"), String.join("\n", pairs));
        assertTrue(pairs.contains("defector,defector,2,10,10,10,0.000000"));
        List<String> ranking = Files.readAllLines(dir.resolve("ranking.csv"));
        assertEquals("rank,player,mean_score_per_turn,wins", ranking.get(0));
        assertTrue(ranking.get(1).startsWith("1,"), ranking.get(1));
        assertTrue(r.err().contains("matches"), "progress on stderr");
    }

    @Test
    void tournamentWritesABooktabsTableOfTheStandings(@TempDir Path dir) throws Exception {
        Path tex = dir.resolve("standings.tex");
        Run r = run("tournament", "--game", "prisoners-dilemma", "--players", "tit-for-tat,defector,cooperator",
                "--turns", "10", "--repetitions", "2", "--seed", "3", "--out", dir.toString(), "--latex",
                tex.toString());
        assertEquals(0, r.code(), r.err());
        String t = java.nio.file.Files.readString(tex);
        for (String k : List.of("\\begin{tabular}{rlrrr}", "\\toprule", "\\midrule", "\\bottomrule",
                "\\label{tab:tournament}", "Prisoner")) {
            assertTrue(t.contains(k), k + " in\n" + t);
        }
        // 10 turns: defector 5·10 against the cooperator, TFT 9 + … → the defector leads; scores to 3 decimals
        List<String> rows = t.lines().filter(l -> l.matches("\\d+ & .*")).toList();
        assertEquals(3, rows.size(), t);
        assertTrue(rows.get(0).startsWith("1 & defector & "), rows.get(0));
        // ranking.csv and the table agree on the order
        List<String> csv = java.nio.file.Files.readAllLines(dir.resolve("ranking.csv"));
        for (int k = 0; k < 3; k++) {
            assertEquals(csv.get(k + 1).split(",")[1], rows.get(k).split(" & ")[1]);
        }
    }

    @Test
    void fingerprintWritesTheMapAsASweepWithItsRecipe(@TempDir Path dir) throws Exception {
        Run r = run("fingerprint", "tit-for-tat", "--grid", "3", "--repetitions", "4", "--turns", "40", "--out",
                dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> grid = java.nio.file.Files.readAllLines(dir.resolve("grid.csv"));
        assertEquals("x,y,value,seeds", grid.get(0));
        assertEquals(10, grid.size(), "3 × 3 cells");
        assertTrue(grid.contains("0,0,3,1"), "TFT against TFT: " + grid);
        assertTrue(grid.contains("1,1,2.25,1"), "TFT against Psycho TFT (40 turns = 10 cycles): " + grid);
        for (String f : List.of("sweep.png", "sweep.svg", "sweep.pdf", "sweep.pdf.recipe.json", "recipe.json")) {
            assertTrue(java.nio.file.Files.exists(dir.resolve(f)), f);
        }
        Run bad = run("fingerprint", "no-such-strategy", "--grid", "3", "--out", dir.resolve("b").toString());
        assertTrue(bad.code() != 0);
        assertTrue(bad.err().contains("no-such-strategy"), bad.err());
    }

    @Test
    void badOptionsGiveOneLine(@TempDir Path dir) {
        for (String[] args : List.of(
                new String[] {"tournament", "--game", "prisoners-dilemma", "--players", "all", "--turns", "10",
                    "--prob-end", "0", "--out", dir.toString()},
                new String[] {"tournament", "--game", "prisoners-dilemma", "--players", "all", "--turns", "-5",
                    "--out", dir.toString()},
                new String[] {"tournament", "--game", "prisoners-dilemma", "--players", "all", "--turns", "10",
                    "--noise", "2", "--out", dir.toString()})) {
            Run r = run(args);
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.err().strip().split("\n").length, r.err());
        }
        Run r = run("tournament", "--game", "prisoners-dilemma", "--players", "all", "--turns", "10", "--noise", "2",
                "--out", dir.toString());
        assertTrue(r.err().contains("--noise"), r.err());
    }

    @Test
    void listPrintsTheLibrary() {
        Run r = run("tournament", "--list");
        assertEquals(0, r.code());
        assertEquals(Strategies.all().size(), r.out().strip().split("\n").length);
        assertTrue(r.out().contains("win-stay-lose-shift\tmemory=1\tdeterministic"));
    }

    @Test
    void matchPrintsRounds() {
        Run r = run("match", "tit-for-tat", "suspicious-tit-for-tat", "--game", "akata-pd", "--turns", "3");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(5, lines.length);
        assertEquals("1\tJ\tF\t0\t10\t0\t10", lines[1]);
        assertEquals("2\tF\tJ\t10\t0\t10\t10", lines[2]);
        assertEquals("total\t10\t20\t(3 rounds)", lines[4]);
    }

    @Test
    void reproduceAkataPassesEveryCheck() {
        Run r = run("reproduce", "akata");
        assertEquals(0, r.code(), r.out());
        String[] lines = r.out().strip().split("\n");
        assertEquals(25, lines.length);
        for (int i = 0; i < 24; i++) {
            assertTrue(lines[i].endsWith("\tPASS"), lines[i]);
            assertEquals(5, lines[i].split("\t").length, lines[i]);
        }
        assertEquals("akata: 24/24 checks pass", lines[24]);
        assertEquals(2, run("reproduce", "nonsense").code());
    }
}
