package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** End-to-end tests of the command line (in-process, through picocli). */
class CliTest {

    /** Exit code, standard output and standard error of one invocation. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void convertRoundTripsBetweenNfgAndJson(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bos.json");
        Path nfg = dir.resolve("bos.nfg");
        assertEquals(0, run("convert", "battle-of-the-sexes", json.toString()).code());
        assertEquals(0, run("convert", json.toString(), nfg.toString()).code());
        NormalFormGame original = GameCatalog.get("battle-of-the-sexes").game();
        assertEquals(original, GameFiles.load(json));
        assertEquals(original, GameFiles.load(nfg));
    }

    @Test
    void catalogListNamesEveryGameAndShowPrintsTheTable() {
        Run list = run("catalog", "list");
        assertEquals(0, list.code());
        for (String name : GameCatalog.names()) {
            assertTrue(list.out().contains(name), name);
        }
        Run show = run("catalog", "show", "prisoners-dilemma");
        assertEquals(0, show.code());
        assertTrue(show.out().contains("Reference:"));
        assertTrue(show.out().contains("NE,0,1,0,1"), show.out());
    }

    @Test
    void badInputGivesExitCodeTwoAndOneLineNamingFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.nfg");
        Files.writeString(bad, "NFG 1 R \"x\" { \"a\" \"b\" } { 2 2 }\n1 2 3 x");
        Run r = run("convert", bad.toString(), dir.resolve("o.json").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.nfg:2:7"), r.err());
        assertTrue(Files.notExists(dir.resolve("o.json")));
    }

    @Test
    void unknownGameAndUnknownMethodAreRefusedClearly() {
        Run r = run("catalog", "show", "no-such-game");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gtlab: "), r.err());
        Run m = run("solve", "nosuchmethod", "rock-paper-scissors");
        assertEquals(2, m.code());
        assertTrue(m.err().contains("unknown method"), m.err());
    }

    @Test
    void solveTakesManyFilesAndFoldersAndReportsBadOnesWithoutStopping(@TempDir Path dir) throws Exception {
        Path games = Files.createDirectories(dir.resolve("games"));
        GameFiles.save(games.resolve("a-pd.nfg"), GameCatalog.get("prisoners-dilemma").game());
        GameFiles.save(games.resolve("b-bos.json"), GameCatalog.get("battle-of-the-sexes").game());
        Files.writeString(games.resolve("c-bad.nfg"), "NFG 1 R \"broken\" { \"1\" \"2\" } { 2 2 }\n1 2 3\n");
        Files.writeString(games.resolve("notes.txt"), "not a game");
        Run r = run("solve", "enumpure", games.toString(), "matching-pennies");
        assertEquals(2, r.code(), r.err());
        String a = games.resolve("a-pd.nfg").toString();
        String b = games.resolve("b-bos.json").toString();
        String c = games.resolve("c-bad.nfg").toString();
        // blocks in order, headed by the file name; the bad file is one line on stderr
        assertTrue(r.out().startsWith("# " + a + "\nNE,0,1,0,1\n# " + b + "\nNE,"), r.out());
        assertTrue(r.out().contains("# matching-pennies\n"), r.out());
        assertTrue(!r.out().contains("notes.txt") && !r.err().contains("notes.txt"), "only game files are read");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("gtlab: " + c + ":"), r.err());
        // one file: no header, as before
        Run one = run("solve", "enumpure", a);
        assertEquals(0, one.code());
        assertEquals("NE,0,1,0,1\n", one.out().replace("\r\n", "\n"));
    }

    @Test
    void exactEnumerationOfAHopelessGameIsRefusedWithAnEstimateUnlessForced(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.nfg");
        GameFiles.save(big, org.gtlab.game.RandomGames.bimatrix(40, 40, 0, 99, 4));
        Run r = run("solve", "enummixed", big.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("refused") && r.err().contains("--force") && r.err().contains("days"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        // lcp stops after the first equilibrium like gambit-lcp --stop-after 1
        Run lcp = run("solve", "lcp", "--stop-after", "1", big.toString());
        assertEquals(0, lcp.code(), lcp.err());
        assertEquals(1, lcp.out().lines().filter(l -> l.startsWith("NE,")).count(), lcp.out());
        // --force on a small game changes nothing; bad option values are one clear line
        assertEquals(run("solve", "enummixed", "battle-of-the-sexes").out(),
                run("solve", "enummixed", "--force", "battle-of-the-sexes").out());
        Run bad = run("solve", "lcp", "--stop-after", "-1", "battle-of-the-sexes");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--stop-after"), bad.err());
    }

    @Test
    void sweepDrawsACoopetitionMapWithoutAGame(@TempDir Path dir) throws Exception {
        Run r = run("sweep", "--method", "coop-map", "--set", "map=8-log,nx=21,ny=21", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("coop_map_8_log over γ × D: 21 × 21 cells"), r.out());
        String csv = java.nio.file.Files.readString(dir.resolve("grid.csv"));
        assertTrue(csv.startsWith("x,y,value,seeds"), csv.substring(0, 40));
        assertTrue(java.nio.file.Files.size(dir.resolve("sweep.png")) > 1000);
        Run list = run("sweep", "--method", "coop-map", "--list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("10-utility"), list.out());
    }
}
