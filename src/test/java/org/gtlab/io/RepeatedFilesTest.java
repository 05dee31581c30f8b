package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gtlab.cli.Main;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.repeated.MemoryOneClass;
import org.gtlab.repeated.RepeatedDocument;
import org.gtlab.repeated.RepeatedGame;
import org.gtlab.repeated.ResultSet;
import org.gtlab.repeated.StageGame;
import org.gtlab.repeated.Strategies;
import org.gtlab.repeated.StrategySpec;
import org.gtlab.repeated.Tournament;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The repeated-games lab's files (document and strategy), the user strategies they carry (memory-one
 * with its classification, finite-state machines) and their use in tournaments and the CLI.
 */
class RepeatedFilesTest {

    static final NormalFormGame PD = GameCatalog.get("prisoners-dilemma").game();

    static StrategySpec.Machine tftMachine(String name) {
        return new StrategySpec.Machine(name, "nice", List.of(new StrategySpec.State("nice", 'C', "nice", "angry"),
                new StrategySpec.State("angry", 'D', "nice", "angry")));
    }

    @Test
    void aDocumentSavedAndReopenedIsEqual(@TempDir Path dir) throws Exception {
        RepeatedDocument d = new RepeatedDocument("My PD", PD, 150, 0.95, 0.05,
                List.of("tit-for-tat", "my-gtft", "my-tft", "defector"),
                List.of(StrategySpec.MemoryOneSpec.of("my-gtft", 1, 1.0 / 3, 1, 0.1, 0.9), tftMachine("my-tft")));
        Path f = dir.resolve("pd.gtrepeated.json");
        RepeatedFiles.write(d, f);
        RepeatedDocument back = RepeatedFiles.readDocument(f);
        assertEquals(d, back);
        assertEquals(RepeatedFiles.toJson(d), RepeatedFiles.toJson(back), "writing is stable");
        assertEquals(4, back.rosterStrategies().size());
        assertEquals(0.05, back.repeatedGame().noise());
        assertEquals(0.05, back.repeatedGame().probEnd(), 1e-15);
    }

    @Test
    void strategiesRoundTripAndTheMachinePlaysLikeTitForTat(@TempDir Path dir) throws Exception {
        StrategySpec m = tftMachine("my-tft");
        Path f = dir.resolve("tft.json");
        RepeatedFiles.write(m, f);
        assertEquals(m, RepeatedFiles.readStrategy(f));
        StrategySpec v = StrategySpec.MemoryOneSpec.of("my-wsls", 1, 0, 0, 1, 1);
        assertEquals(v, RepeatedFiles.parseStrategy(RepeatedFiles.toJson(v), "v.json"));
        // the machine and the library's TFT score the same against the same opponents
        RepeatedGame rg = RepeatedGame.fixed(StageGame.from(PD), 30);
        ResultSet lib = new Tournament(rg, List.of(Strategies.get("tit-for-tat"), Strategies.get("alternator"),
                Strategies.get("grudger"), Strategies.get("suspicious-tit-for-tat")), 1, 5).play();
        ResultSet mine = new Tournament(rg, List.of(m.toStrategy(), Strategies.get("alternator"),
                Strategies.get("grudger"), Strategies.get("suspicious-tit-for-tat")), 1, 5).play();
        assertArrayEquals(lib.meanScores(), mine.meanScores(), 0);
        // and its one-line form (the tournament methods' "strategies" setting) reads back equal
        assertEquals(List.of(m, v), StrategySpec.parseAll(StrategySpec.formatAll(List.of(m, v))));
    }

    @Test
    void badStrategyFilesGiveOneLineWithFileLineColumnAndTheField() {
        String vec = "{\n  \"format\": \"gtlab-strategy\", \"version\": 1, \"name\": \"x\", \"type\": \"memory-one\",\n"
                + "  \"vector\": {\"pCC\": 1, \"pCD\": 1.5, \"pDC\": 1, \"pDD\": 0}\n}\n";
        GameFormatException e = assertThrows(GameFormatException.class, () -> RepeatedFiles.parseStrategy(vec, "v.json"));
        assertEquals("v.json:3:31: vector.pCD: the memory-one probability pCD = 1.5 is outside [0, 1]", e.getMessage());
        String missingState = "{\"format\": \"gtlab-strategy\", \"version\": 1, \"name\": \"g\", \"type\": \"fsm\",\n"
                + " \"initial\": \"calm\", \"states\": [\n"
                + "  {\"name\": \"calm\", \"action\": \"C\", \"onC\": \"calm\", \"onD\": \"angry\"},\n"
                + "  {\"name\": \"angry\", \"action\": \"D\", \"onC\": \"angry\", \"onD\": \"furious\"}]}\n";
        e = assertThrows(GameFormatException.class, () -> RepeatedFiles.parseStrategy(missingState, "g.json"));
        assertEquals("g.json:4:59: states.1.onD: state 'angry' goes to state 'furious' after the opponent's D, "
                + "which is not a state (missing state)", e.getMessage());
        String missingTransition = missingState.replace(", \"onD\": \"furious\"", "");
        e = assertThrows(GameFormatException.class, () -> RepeatedFiles.parseStrategy(missingTransition, "g.json"));
        assertTrue(e.getMessage().startsWith("g.json:4:"), e.getMessage());
        assertTrue(e.getMessage().contains("states.1.onD: state 'angry' has no transition for the opponent's D"),
                e.getMessage());
        String badDoc = "{\"format\": \"gtlab-repeated-game\", \"version\": 1, \"stage\": "
                + RepeatedFiles.toJson(RepeatedDocument.of(PD)).replaceAll("(?s).*\"stage\" : (\\{.*?\\n  \\}).*", "$1")
                + ",\n \"turns\": 10, \"continuation\": 1.5}";
        e = assertThrows(GameFormatException.class, () -> RepeatedFiles.parseDocument(badDoc, "d.json"));
        assertTrue(e.getMessage().contains("continuation: δ must be in (0, 1], got 1.5"), e.getMessage());
        assertTrue(e.getMessage().startsWith("d.json:" + badDoc.split("\n").length + ":"), e.getMessage());
    }

    @Test
    void theClassifierNamesTheClassicsAndZeroDeterminantVectors() {
        StageGame pd = StageGame.from(PD);
        assertTrue(MemoryOneClass.classify(org.gtlab.repeated.MemoryOne.of(1, 0, 1, 0), pd).contains("TFT (tit for tat)"));
        assertTrue(MemoryOneClass.classify(org.gtlab.repeated.MemoryOne.of(1, 0, 0, 1), pd)
                .contains("WSLS (win-stay lose-shift)"));
        // Stewart & Plotkin (2012): (8/9, 1/2, 1/3, 0) extorts with χ = 2 on (R, S, T, P) = (3, 0, 5, 1)
        String extort = MemoryOneClass.zeroDeterminant(org.gtlab.repeated.MemoryOne.of(8.0 / 9, 0.5, 1.0 / 3, 0), pd);
        assertEquals("ZD extortionate (χ = 2, baseline P = 1)", extort);
        // ZDGTFT-2 (1, 1/8, 1, 1/4): generous, χ = 2
        assertEquals("ZD generous (χ = 2, baseline R = 3)",
                MemoryOneClass.zeroDeterminant(org.gtlab.repeated.MemoryOne.of(1, 1.0 / 8, 1, 0.25), pd));
        // Press & Dyson's equaliser (2/3, 0, 2/3, 1/3) sets the opponent's score to 2
        assertEquals("ZD equaliser (sets the opponent's score to 2)",
                MemoryOneClass.zeroDeterminant(org.gtlab.repeated.MemoryOne.of(2.0 / 3, 0, 2.0 / 3, 1.0 / 3), pd));
        assertEquals(null, MemoryOneClass.zeroDeterminant(org.gtlab.repeated.MemoryOne.of(1, 0, 0, 1), pd),
                "WSLS is not ZD");
        assertEquals("vector.pDD: the memory-one probability pDD = -0.1 is outside [0, 1]",
                assertThrows(IllegalArgumentException.class,
                        () -> StrategySpec.MemoryOneSpec.of("x", 1, 0, 1, -0.1, 1)).getMessage());
    }

    @Test
    void userStrategiesPlayInCatalogTournamentsAndTheCli(@TempDir Path dir) throws Exception {
        GameSpec pd = GameSpec.of("prisoners-dilemma", PD);
        RunSpec spec = RunSpec.of(StandardMethods.catalog().forGame("tournament", pd),
                Map.of("players", "my-tft,defector,cooperator", "turns", "10", "repetitions", "1", "strategies",
                        "my-tft=" + tftMachine("my-tft").code()), pd, 3, new Limits(1_000, 1, 0));
        RunHandle h = RunExecutor.synchronous().start(spec, new RunListener() {
        });
        assertEquals(RunStatus.COMPLETED, h.status(), String.valueOf(h.failure()));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> RunSpec.of(
                StandardMethods.catalog().forGame("tournament", pd), Map.of("players", "my-tft,defector"), pd, 3,
                new Limits(1_000, 1, 0)).experiment());
        assertTrue(unknown.getMessage().contains("unknown strategy 'my-tft'"), unknown.getMessage());

        Path f = dir.resolve("tft.json");
        RepeatedFiles.write(tftMachine("my-tft"), f);
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("tournament", "--game", "prisoners-dilemma", "--players", "defector,file:" + f,
                "--turns", "10", "--repetitions", "1", "--out", dir.resolve("t").toString());
        assertEquals(0, code, err.toString());
        List<String> pairs = Files.readAllLines(dir.resolve("t").resolve("pairs.csv"));
        assertTrue(pairs.contains("my-tft,defector,1,9,14,10,0.100000"), String.join("\n", pairs));
    }
}
