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
}
