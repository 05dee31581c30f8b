package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;
import org.gtlab.testutil.Corpus;

class NfgReaderTest {

    /** The payoff-version PD of specs/peers.md §1.3 (R=3, S=0, T=5, P=1; strategy 1 = C). */
    static final String PD_PAYOFF_COUNTS = "NFG 1 R \"Prisoner's Dilemma\" { \"Row\" \"Column\" } { 2 2 }\n"
            + "\n"
            + "3 3   5 0   0 5   1 1\n";

    static final String PD_PAYOFF_LABELS = "NFG 1 R \"Prisoner's Dilemma\" { \"Row\" \"Column\" }\n"
            + "{ { \"C\" \"D\" } { \"C\" \"D\" } }\n"
            + "\"\"\n"
            + "\n"
            + "3 3 5 0 0 5 1 1\n";

    static final String PD_OUTCOME = "NFG 1 R \"Prisoner's Dilemma\" { \"Row\" \"Column\" }\n"
            + "{ { \"C\" \"D\" } { \"C\" \"D\" } }\n"
            + "\"\"\n"
            + "\n"
            + "{\n"
            + "{ \"Reward\"     3, 3 }\n"
            + "{ \"Temptation\" 5, 0 }\n"
            + "{ \"Sucker\"     0, 5 }\n"
            + "{ \"Punishment\" 1, 1 }\n"
            + "}\n"
            + "1 2 3 4\n";

    static List<Corpus.Entry> corpus() {
        return Corpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCorpusFileReadsToTheMatricesOfItsJson(Corpus.Entry e) throws IOException {
        NormalFormGame g = NfgReader.read(e.nfg());
        assertEquals(e.name(), g.title());
        assertEquals(List.of("Player 1", "Player 2"), g.playerNames());
        assertArrayEquals(e.game().shape(), g.shape());
        assertArrayEquals(e.game().matrix(0), g.matrix(0), "A");
        assertArrayEquals(e.game().matrix(1), g.matrix(1), "B");
        assertTrue(g.isExact());
    }

    @Test
    void peersPrisonersDilemmaSamplesAllGiveTheSameGame() throws IOException {
        NormalFormGame counts = NfgReader.parse(PD_PAYOFF_COUNTS, "pd1.nfg");
        NormalFormGame labels = NfgReader.parse(PD_PAYOFF_LABELS, "pd2.nfg");
        NormalFormGame outcome = NfgReader.parse(PD_OUTCOME, "pd3.nfg");
        assertEquals(labels, outcome);
        assertTrue(counts.samePayoffs(labels));
        assertEquals(List.of(List.of("1", "2"), List.of("1", "2")), counts.strategyLabels());
        assertEquals(List.of(List.of("C", "D"), List.of("C", "D")), labels.strategyLabels());
        assertEquals("Prisoner's Dilemma", outcome.title());
        assertEquals(List.of("Row", "Column"), outcome.playerNames());
        // profile order (C,C), (D,C), (C,D), (D,D): player 1 fastest
        assertEquals(Rational.of(5), outcome.payoff(0, 1, 0)); // row defects against C: temptation
        assertEquals(Rational.ZERO, outcome.payoff(1, 1, 0));
        assertEquals(Rational.of(5), outcome.payoff(1, 0, 1));
        assertTrue(outcome.samePayoffs(Corpus.load("classic_prisoners_dilemma").game()));
    }

    @Test
    void threePlayersPlayerOneFastest() throws IOException {
        // payoff of player p at profile (a,b,c) = 100p + 4c + 2b + a, listed in odometer order
        StringBuilder sb = new StringBuilder("NFG 1 D \"three\" { \"1\" \"2\" \"3\" } { 2 2 2 } \"a comment\"\n");
        for (int c = 0; c < 2; c++) {
            for (int b = 0; b < 2; b++) {
                for (int a = 0; a < 2; a++) {
                    for (int p = 0; p < 3; p++) {
                        sb.append(100 * p + 4 * c + 2 * b + a).append(' ');
                    }
                }
            }
        }
        NormalFormGame g = NfgReader.parse(sb.toString(), "three.nfg");
        assertEquals(3, g.numPlayers());
        assertEquals("a comment", g.comment());
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                for (int c = 0; c < 2; c++) {
                    for (int p = 0; p < 3; p++) {
                        assertEquals(Rational.of(100 * p + 4 * c + 2 * b + a), g.payoff(p, a, b, c));
                    }
                }
            }
        }
    }

    @Test
    void numbersAreExactAndTheNullOutcomeIsZero() throws IOException {
        String text = "NFG 1 R \"nums\" { \"A\" \"B\" } { { \"x\" \"y\" } { \"z\" } }\n"
                + "{ { \"first\" 1/3 -0.25 } { \"second\" 1e-3, +7 } }\n"
                + "0 2\n";
        NormalFormGame g = NfgReader.parse(text, "nums.nfg");
        assertEquals(Rational.ZERO, g.payoff(0, 0, 0));
        assertEquals(Rational.ZERO, g.payoff(1, 0, 0));
        assertEquals(Rational.of(1, 1000), g.payoff(0, 1, 0));
        assertEquals(Rational.of(7), g.payoff(1, 1, 0));
        // outcome 1 is defined but unused; its values must still parse exactly
        NormalFormGame h = NfgReader.parse(text.replace("0 2", "1 1"), "nums.nfg");
        assertEquals(Rational.of(1, 3), h.payoff(0, 1, 0));
        assertEquals(Rational.of(-1, 4), h.payoff(1, 0, 0));
        assertEquals("", g.comment());
    }

    @Test
    void quotedStringsWithEscapesAndNewlines() throws IOException {
        String text = "NFG 1 R \"say \\\"hi\\\"\" { \"C:\\dir\" \"back\\\\\" }\n"
                + "{ { \"two\nlines\" } { \"{ not a brace }\" } } \"c\"\n1 2\n";
        NormalFormGame g = NfgReader.parse(text, "s.nfg");
        assertEquals("say \"hi\"", g.title());
        assertEquals(List.of("C:\\dir", "back\\"), g.playerNames());
        assertEquals(List.of(List.of("two\nlines"), List.of("{ not a brace }")), g.strategyLabels());
    }

    @Test
    void readsFromPathReaderAndStringAlike(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("pd.nfg");
        Files.write(f, ("\uFEFF" + PD_OUTCOME).getBytes(StandardCharsets.UTF_8));
        NormalFormGame a = NfgReader.read(f);
        NormalFormGame b = NfgReader.read(new StringReader(PD_OUTCOME), "pd");
        NormalFormGame c = NfgReader.parse(PD_OUTCOME, "pd");
        assertEquals(a, b);
        assertEquals(b, c);
        Path latin = dir.resolve("latin1.nfg");
        Files.write(latin, "NFG 1 R \"Spiel f\u00fcr zwei\" { \"A\" } { 1 } 0".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Spiel f\u00fcr zwei", NfgReader.read(latin).title());
    }

    // ---------------------------------------------------------------- errors

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            NFG 1 R "t" { "A" "B" } { { "a" } { "b" } x }                  | 1:43 | expected '}' closing the strategy block but found "x"
            NFG 1 R "t" { "A" "B" }\\n{ 2 2 }\\n\\n1 2 3 4 x 6 7 8            | 4:9  | bad number "x"
            NFG 1 R "t" { "A" "B" } { 2 2 }\\n1 2 3\\n4 5 6 7               | 3:8  | the payoff list ends after 7 numbers; expected 8
            NFG 1 R "t" { "A" "B" } { 2 2 }\\n1 2 3 4 5 6 7 8\\n9           | 3:1  | too many payoffs
            NFG 1 R "t" { "A" "B" } { 2 2 } 1 2 3 4 5 6 7 1/0                | 1:47 | bad number "1/0" (denominator is zero)
            NFG 1 R "t { "A" "B" } { 2 2 }                                  | 1:15 | expected '{' opening the list of player names but found "A"
            NFG 1 R "t" { "A" "B" } { 2 2 } "unterminated\\n1 2              | 1:33 | unterminated string
            NFG 1 R "t" { "A" "B" } { 2 2 }\\n{ { "o" 1, 2 }\\n{ "p" 3 } }   | 3:9  | outcome 2 has 1 payoff, expected 2
            NFG 1 R "t" { "A" "B" } { 2 2 }\\n{ { "o" 1 2 3 } }             | 2:13 | outcome 1 has more than 2 payoffs
            NFG 1 R "t" { "A" "B" } { 2 2 }\\n{ { "o" 1 2 } }\\n1 1\\n0 2    | 4:3  | unknown outcome 2: the game defines 1 outcome (0 is the null outcome)
            NFG 1 R "t" { "A" "B" } { 2 2 }\\n{ { "o" 1 2 } }\\n1 1 1        | 3:6  | the outcome indices end after 3; expected 4
            NFG 1 R "t" { "A" "B" } { 2 2 }\\n{ { "o" 1 2 } }\\n1 1 1 -1     | 3:7  | unknown outcome -1
            NFG 1 R "t" { "A" "B" } { 2 2 }\\n{ { "o" 1 2 } }\\n1 1 1 x      | 3:7  | bad outcome index "x"
            NFG 1 R "t" { "A" "B" } { 2 2 }\\n{ { 1 2 } }                   | 2:5  | expected the name of outcome 1 (a quoted string) but found "1"
            NFG 1 R "t" { "A" "B" } { 2 2 2 }                             | 1:31 | more strategy counts than players (2)
            NFG 1 R "t" { "A" "B" } { 2 }                                 | 1:25 | the strategy block gives strategies for 1 players, but the game has 2
            NFG 1 R "t" { "A" "B" } { 2 0 }                               | 1:29 | bad strategy count "0"
            NFG 1 R "t" { "A" "B" } { 2 2 }                               | 1:32 | expected the payoffs
            NFG 2 R "t" { "A" } { 1 } 0                                   | 1:5  | unsupported .nfg format version "2"
            EFG 2 R "t" { "A" } ""                                        | 1:1  | expected "NFG" at the start
            NFG 1 X "t" { "A" } { 1 } 0                                   | 1:7  | expected 'R' (or the obsolete 'D') but found "X"
            NFG 1 R "t" { } { }                                           | 1:15 | the game has no players
            NFG 1 R "t" { "A" "B" } { 1 1 }\\r\\n{ { "o" 1, } } 1            | 2:12 | expected a payoff after ',' in outcome 1 but found '}'
            """)
    void malformedInputReportsLineAndColumn(String text, String position, String message) {
        String input = text.strip().replace("\\n", "\n").replace("\\r", "\r");
        GameFormatException e = assertThrows(GameFormatException.class, () -> NfgReader.parse(input, "game.nfg"));
        String[] lc = position.split(":");
        assertEquals(Integer.parseInt(lc[0]), e.line(), e.getMessage());
        assertEquals(Integer.parseInt(lc[1]), e.column(), e.getMessage());
        assertTrue(e.detail().startsWith(message), e.getMessage());
        assertTrue(e.getMessage().startsWith("game.nfg:" + e.line() + ":" + e.column() + ": "), e.getMessage());
        assertEquals("game.nfg", e.file());
    }

    @Test
    void messageLooksLikeACompilerDiagnostic() {
        GameFormatException e = assertThrows(GameFormatException.class,
                () -> NfgReader.parse("NFG 1 R \"t\" { \"A\" }\n{ { \"a\" } x }", "game.nfg"));
        assertEquals("game.nfg:2:11: expected '}' closing the strategy block but found \"x\"", e.getMessage());
    }

    @Test
    void errorsInAFileNameThePath(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.nfg");
        Files.writeString(f, "NFG 1 R \"t\" { \"A\" } { 2 }\n1");
        GameFormatException e = assertThrows(GameFormatException.class, () -> NfgReader.read(f));
        assertEquals(f.toString(), e.file());
        assertEquals(2, e.line());
        assertEquals(2, e.column());
    }
}
