package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;

class JsonGameFormatTest {

    private static final String PD = """
            {
              "format": "gtlab-game",
              "version": 1,
              "title": "PD",
              "players": ["Row", "Column"],
              "strategies": [["C", "D"], ["C", "D"]],
              "payoffs": [
                [["3", "0"], ["5", "1"]],
                [[3, 5], [0, 1]]
              ]
            }
            """;

    @Test
    void matrixRowsArePlayerOnesStrategies() throws IOException {
        NormalFormGame g = JsonGameFormat.parse(PD, "pd.json");
        assertEquals("PD", g.title());
        assertEquals("", g.comment());
        assertTrue(g.isExact());
        assertTrue(g.samePayoffs(NfgReader.parse(NfgReaderTest.PD_OUTCOME, "pd.nfg")));
        assertEquals(Rational.of(5), g.payoff(0, 1, 0));
    }

    @Test
    void profileLayoutForNPlayersAndNumbersReadExactly() throws IOException {
        String text = """
                {"format":"gtlab-game","version":1,"players":["a","b","c"],"strategies":[2,1,["x","y"]],
                 "payoffLayout":"profiles",
                 "payoffs":[["1/3",0.1,4,5],[0,0,0,"-7"],[1,1,1,12345678901234567890123]]}
                """;
        NormalFormGame g = JsonGameFormat.parse(text, "n.json");
        assertArrayEquals(new int[] {2, 1, 2}, g.shape());
        assertEquals(List.of("1", "2"), g.strategyLabels(0));
        assertEquals(Rational.of(1, 3), g.payoff(0, 0, 0, 0));
        assertEquals(Rational.of(1, 10), g.payoff(0, 1, 0, 0));
        assertEquals(Rational.of(4), g.payoff(0, 0, 0, 1));
        assertEquals(Rational.of(-7), g.payoff(1, 1, 0, 1));
        assertEquals(Rational.parse("12345678901234567890123"), g.payoff(2, 1, 0, 1));
        // two players may also use the profile layout
        NormalFormGame pd = GameCatalog.get("prisoners-dilemma").game();
        String flat = JsonGameFormat.toJson(pd).replace("\"matrix\"", "\"profiles\"")
                .replaceAll("\\[\\s*\\[\"3\",\"0\"\\],\\s*\\[\"5\",\"1\"\\]\\s*\\]", "[\"3\",\"5\",\"0\",\"1\"]")
                .replaceAll("\\[\\s*\\[\"3\",\"5\"\\],\\s*\\[\"0\",\"1\"\\]\\s*\\]", "[\"3\",\"0\",\"5\",\"1\"]");
        assertEquals(pd, JsonGameFormat.parse(flat, "flat.json"));
    }

    @Test
    void unknownVersionIsRefusedClearly() {
        GameFormatException e = assertThrows(GameFormatException.class,
                () -> JsonGameFormat.parse(PD.replace("\"version\": 1", "\"version\": 2"), "pd.json"));
        assertEquals(3, e.line());
        assertEquals(14, e.column());
        assertTrue(e.getMessage().startsWith("pd.json:3:14: unsupported gtlab-game version 2: this GT Lab reads version 1"),
                e.getMessage());
    }

    @Test
    void errorsPointAtTheOffendingValue() {
        assertError(PD.replace("[3, 5]", "[3, \"five\"]"), 9, 10, "bad payoff \"five\"");
        assertError(PD.replace("[3, 5]", "[3]"), 9, 6, "row 1 of player 2's payoff matrix must have 2 entries");
        assertError(PD.replace("\"gtlab-game\"", "\"other\""), 2, 13, "not a GT Lab game file");
        assertError(PD.replace("\"version\": 1,", ""), 1, 1, "missing field \"version\"");
        assertError(PD.replace("[\"C\", \"D\"]]", "[\"C\", 4]]"), 6, 36, "expected a strategy label (a string), found 4");
        assertError(PD.replace("\"title\": \"PD\",", "\"title\": \"PD\""), 5, 3, "malformed JSON");
        assertError(PD + "{}", 12, 1, "unexpected content after the end of the JSON object");
        assertError(PD.replace("\"title\": \"PD\",", "\"title\": \"PD\", \"title\": \"x\","), 4, 25, "malformed JSON: Duplicate field 'title'");
        assertError("", 1, 1, "empty file");
    }

    private static void assertError(String text, int line, int column, String start) {
        GameFormatException e = assertThrows(GameFormatException.class, () -> JsonGameFormat.parse(text, "g.json"));
        assertTrue(e.detail().startsWith(start), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
    }
}
