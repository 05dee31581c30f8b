package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.math.Rational;
import org.gtlab.testutil.Corpus;

/** Every corpus and catalog game survives .nfg (both versions) and JSON unchanged. */
class RoundTripTest {

    static List<NormalFormGame> games() {
        List<NormalFormGame> all = new ArrayList<>();
        for (Corpus.Entry e : Corpus.all()) {
            all.add(e.game().withTitle(e.name()));
        }
        for (GameCatalog.Entry e : GameCatalog.entries()) {
            all.add(e.game());
        }
        all.add(RandomGames.nPlayer(new int[] {2, 3, 2}, -5, 5, 7));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("games")
    void nfgOutcomeVersion(NormalFormGame g) throws IOException {
        assertEquals(g, NfgReader.parse(NfgWriter.toString(g, NfgWriter.Form.OUTCOME), "g.nfg"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("games")
    void nfgPayoffVersion(NormalFormGame g) throws IOException {
        assertEquals(g, NfgReader.parse(NfgWriter.toString(g, NfgWriter.Form.PAYOFF), "g.nfg"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("games")
    void json(NormalFormGame g) throws IOException {
        NormalFormGame back = JsonGameFormat.parse(JsonGameFormat.toJson(g), "g.json");
        assertEquals(g, back);
        assertEquals(g.isExact(), back.isExact());
    }

    @Test
    void writerLayoutFollowsGambit() {
        NormalFormGame pd = GameCatalog.get("prisoners-dilemma").game().withComment("");
        String outcome = NfgWriter.toString(pd);
        assertEquals("NFG 1 R \"Prisoner's Dilemma\" { \"Row\" \"Column\" }\n\n"
                + "{ { \"Cooperate\" \"Defect\" }\n{ \"Cooperate\" \"Defect\" }\n}\n\"\"\n\n"
                + "{\n{ \"\" 3, 3 }\n{ \"\" 5, 0 }\n{ \"\" 0, 5 }\n{ \"\" 1, 1 }\n}\n1 2\n3 4\n", outcome);
        String payoff = NfgWriter.toString(pd, NfgWriter.Form.PAYOFF);
        assertEquals("NFG 1 R \"Prisoner's Dilemma\" { \"Row\" \"Column\" }\n\n"
                + "{ { \"Cooperate\" \"Defect\" }\n{ \"Cooperate\" \"Defect\" }\n}\n\"\"\n\n"
                + "3 3\n5 0\n0 5\n1 1\n", payoff);
    }

    @Test
    void tricklyStringsAndBigNumbersSurvive() throws IOException {
        NormalFormGame g = NormalFormGame.of("a \"quoted\" title \\ with\\\\slashes\\",
                List.of("back\\", "\"", ""), List.of(List.of("x\ny", "{", "}"), List.of(","), List.of("\\\"", "é")),
                new Rational[][] {
                    {Rational.parse("123456789012345678901234567890/7"), Rational.of(-1, 3), Rational.ZERO,
                        Rational.parse("0.000001"), Rational.ONE, Rational.MINUS_ONE},
                    {Rational.of(2), Rational.of(3), Rational.of(4), Rational.of(5), Rational.of(6), Rational.of(7)},
                    {Rational.of(0), Rational.of(0), Rational.of(0), Rational.of(0), Rational.of(0), Rational.of(0)}})
                .withComment("multi\r\nline \"comment\"");
        assertEquals(g, NfgReader.parse(NfgWriter.toString(g), "g.nfg"));
        assertEquals(g, NfgReader.parse(NfgWriter.toString(g, NfgWriter.Form.PAYOFF), "g.nfg"));
        assertEquals(g, JsonGameFormat.parse(JsonGameFormat.toJson(g), "g.json"));
    }

    @Test
    void doubleGamesKeepTheirFlagAndValuesThroughJson() throws IOException {
        NormalFormGame g = NormalFormGame.bimatrix(new double[][] {{0.1, 2.5}, {1e-7, -3}},
                new double[][] {{1.0 / 3, 0}, {0, 1}});
        assertFalse(g.isExact());
        NormalFormGame back = JsonGameFormat.parse(JsonGameFormat.toJson(g), "d.json");
        assertEquals(g, back);
        assertFalse(back.isExact());
        assertEquals(1.0 / 3, back.payoffDouble(1, 0, 0));
        // .nfg has no such flag: Gambit reads every number exactly
        NormalFormGame nfg = NfgReader.parse(NfgWriter.toString(g), "d.nfg");
        assertTrue(nfg.isExact());
        assertTrue(g.samePayoffs(nfg));
    }
}
