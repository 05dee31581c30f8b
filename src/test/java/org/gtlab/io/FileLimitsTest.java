package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.NumberLimits;
import org.gtlab.math.Rational;

/**
 * Issue 16 §11: the files the fuzzer found harmful are refused up front, as GameFormatExceptions
 * with line and column, within 100 MB of allocation.
 */
class FileLimitsTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private interface Read {
        void run() throws Exception;
    }

    /** The refusal, checked to allocate under 100 MB (where the JVM can measure it). */
    private static GameFormatException refused(Read r) {
        long id = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(id);
        GameFormatException e = assertThrows(GameFormatException.class, r::run);
        long used = THREADS.getThreadAllocatedBytes(id) - before;
        assertTrue(before < 0 || used < 100L << 20, "allocated " + used + " bytes");
        assertTrue(e.line() > 0 && e.column() > 0, "no position: " + e.getMessage());
        return e;
    }

    @Test
    void aHugeExponentInANfgFileIsRefusedAtOnce() {
        String text = "NFG 1 R \"\" { \"A\" } { 1 } 1e10000000\n";
        assertEquals(36, text.length());
        GameFormatException e = refused(() -> NfgReader.parse(text, "e.nfg"));
        assertEquals("e.nfg:1:26: bad number: number \"1e10000000\": exponent out of range (at most ±1000)",
                e.getMessage());
    }

    @Test
    void tooManyDigitsAndAnExpandingFileAreRefused() {
        String digits = "NFG 1 R \"\" { \"A\" } { 1 }\n" + "7".repeat(1001);
        assertTrue(refused(() -> NfgReader.parse(digits, "d.nfg")).getMessage()
                .startsWith("d.nfg:2:1: bad number: number with 1001 digits: at most 1000 are read"));
        // 4,000 numbers of a thousand digits each are fine one by one but not all together
        StringBuilder sb = new StringBuilder("NFG 1 R \"\" { \"A\" } { 5000 }\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("1e999 ");
        }
        String many = sb.toString();
        assertTrue(refused(() -> NfgReader.parse(many, "m.nfg")).detail()
                .contains("expand to more than " + NumberLimits.MIN_BUDGET + " digits"));
        // the largest and smallest doubles are well within the limits
        String doubles = "NFG 1 R \"\" { \"A\" } { 2 } 1.7976931348623157e308 4.9e-324";
        assertEquals(2, assertDoesNotFail(() -> NfgReader.parse(doubles, "ok.nfg")).numProfiles());
    }

    @Test
    void declaredSizesAreCheckedAgainstTheBytesPresent() {
        GameFormatException e = refused(() -> NfgReader.parse("NFG 1 R \"\" { \"A\" \"B\" } { 20000000 1 }", "s.nfg"));
        assertTrue(e.getMessage().startsWith("s.nfg:1:24: the strategy block declares 20000000 strategy profiles, "
                + "but only 0 characters follow"), e.getMessage());
        GameFormatException tooBig = refused(() -> NfgReader.parse("NFG 1 R \"\" { \"A\" \"B\" } { 20000 20000 }", "b.nfg"));
        assertTrue(tooBig.detail().startsWith("game too large"), tooBig.getMessage());
        GameFormatException payoffs = refused(() -> NfgReader.parse("NFG 1 R \"\" { \"A\" \"B\" } { 300 300 }\n"
                + "1 2 ".repeat(60_000), "p.nfg"));
        assertTrue(payoffs.detail().startsWith("the game needs 180000 payoffs"), payoffs.getMessage());
        GameFormatException json = refused(() -> JsonGameFormat.parse("{\"format\":\"gtlab-game\",\"version\":1,"
                + "\"players\":[\"A\",\"B\"],\"strategies\":[20000000,1],\"payoffs\":[[],[]]}", "s.json"));
        assertEquals("s.json:1:93: player 1's payoffs must be a list of 20000000 numbers, one per profile (player 1's "
                + "strategy changing fastest), found an array of 0", json.getMessage());
        GameFormatException lrs = refused(() -> LrsnashFormat.read("20000000 20\n\n1 2\n", "s.lrs"));
        assertTrue(lrs.detail().startsWith("game too large"), lrs.getMessage());
        GameFormatException lrs2 = refused(() -> LrsnashFormat.read("2000 2000\n\n1 2\n", "t.lrs"));
        assertEquals("t.lrs:1:6: the sizes 2000 × 2000 need 8000000 payoffs, but only 6 characters follow (the file "
                + "is truncated or the sizes are wrong)", lrs2.getMessage());
    }

    @Test
    void jsonLimitErrorsCarryLineAndColumn() {
        String pd = JsonGameFormat.toJson(GameCatalog.get("prisoners-dilemma").game());
        String huge = pd.replaceFirst("\"3\"", "1e10000000");
        GameFormatException e = refused(() -> JsonGameFormat.parse(huge, "h.json"));
        assertTrue(e.detail().startsWith("bad payoff: number \"1E+10000000\": exponent of magnitude"), e.getMessage());
        assertEquals(15, e.line());
        String text = pd.replaceFirst("\"3\"", "\"1e10000000\"");
        GameFormatException t = refused(() -> JsonGameFormat.parse(text, "h.json"));
        assertEquals("h.json:15:8: bad payoff: number \"1e10000000\": exponent out of range (at most ±1000)",
                t.getMessage());
        String inexact = pd.replace("\"exact\" : true", "\"exact\" : false").replaceFirst("\"3\"", "1e400");
        GameFormatException d = refused(() -> JsonGameFormat.parse(inexact, "d.json"));
        assertEquals("d.json:15:8: payoff 1E+400 does not fit in a double (at most ±1.8e308), and this game is "
                + "inexact (\"exact\": false reads payoffs as doubles)", d.getMessage());
        String deep = pd.replaceFirst("\"3\"", "[".repeat(100_000));
        GameFormatException n = refused(() -> JsonGameFormat.parse(deep, "n.json"));
        assertTrue(n.detail().startsWith("refused: nested more than 64 levels deep"), n.getMessage());
        assertEquals(15, n.line());
        String longNumber = pd.replaceFirst("\"3\"", "9".repeat(5000));
        GameFormatException ln = refused(() -> JsonGameFormat.parse(longNumber, "l.json"));
        assertEquals("refused: a number with more than 1000 digits", ln.detail());
        assertEquals(15, ln.line());
        String overflow = pd.replaceFirst("\"3\"", "-9e+2147483648");
        assertEquals(15, refused(() -> JsonGameFormat.parse(overflow, "o.json")).line());
    }

    @Test
    void lrsnashInputRoundTripsAndReportsPositions() throws GameFormatException {
        NormalFormGame g = NormalFormGame.bimatrix(
                new Rational[][] {{Rational.of(0), Rational.of(6)}, {Rational.of(1, 3), Rational.of(-5)}},
                new Rational[][] {{Rational.of(1), Rational.of(0)}, {Rational.of(-4, 7), Rational.of(2)}});
        assertTrue(LrsnashFormat.read(LrsnashFormat.write(g), "g.lrs").samePayoffs(g));
        GameFormatException e = refused(() -> LrsnashFormat.read("2 2\n\n0 6\n1/3 x\n\n1 0\n0 2\n", "g.lrs"));
        assertEquals("g.lrs:4:5: bad number \"x\" at entry (2, 2) of matrix A: expected an integer, a decimal or a "
                + "fraction like 1/3", e.getMessage());
        assertEquals("g.lrs:1:1: bad size \"0\": expected the number of rows m (the row player's strategies), a whole "
                + "number ≥ 1", refused(() -> LrsnashFormat.read("0 2\n", "g.lrs")).getMessage());
        assertTrue(refused(() -> LrsnashFormat.read("1 1\n1\n1\n2\n", "g.lrs")).detail().startsWith("unexpected \"2\""));
        assertTrue(refused(() -> LrsnashFormat.read("1 1 1e5000 2", "g.lrs")).detail().contains("exponent out of range"));
    }

    private static <T> T assertDoesNotFail(java.util.concurrent.Callable<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
