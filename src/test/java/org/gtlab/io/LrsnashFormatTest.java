package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.HashSet;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;
import org.junit.jupiter.api.Test;

class LrsnashFormatTest {

    private static StrategyProfile profile(String[] x, String[] y) {
        return StrategyProfile.of(MixedStrategy.parse(x), MixedStrategy.parse(y));
    }

    @Test
    void writesSizesThenBothMatrices() {
        NormalFormGame g = NormalFormGame.bimatrix(
                new Rational[][] {{Rational.of(0), Rational.of(6)}, {Rational.of(1, 3), Rational.of(-5)},
                        {Rational.of(3), Rational.of(3)}},
                new Rational[][] {{Rational.of(1), Rational.of(0)}, {Rational.of(0), Rational.of(2)},
                        {Rational.of(-4, 7), Rational.of(3)}});
        assertEquals("3 2\n\n0 6\n1/3 -5\n3 3\n\n1 0\n0 2\n-4/7 3\n", LrsnashFormat.write(g));
        assertThrows(IllegalArgumentException.class, () -> LrsnashFormat.write(NormalFormGame.zeros(2, 2, 2)));
    }

    @Test
    void parsesTheManualExample() {
        String out = """
                *lrsnash:lrslib v.7.1 2021.6.2(64bit,lrsgmp.h,hybrid arithmetic) gmp v.6.2
                2  1/3  2/3  4\s
                1  2/3  1/3  0  2/3\s

                2  2/3  1/3  3\s
                1  0  1/3  2/3  8/3\s

                2  1  0  3\s
                1  0  0  1  4\s

                *Number of equilibria found: 3
                *Player 1: vertices=5 bases=5 pivots=8
                *Player 2: vertices=3 bases=1 pivots=8
                """;
        List<StrategyProfile> eq = LrsnashFormat.parse(out, 3, 2);
        assertEquals(List.of(
                profile(new String[] {"2/3", "1/3", "0"}, new String[] {"1/3", "2/3"}),
                profile(new String[] {"0", "1/3", "2/3"}, new String[] {"2/3", "1/3"}),
                profile(new String[] {"0", "0", "1"}, new String[] {"1", "0"})), eq);
    }

    @Test
    void pairsEveryColumnLineOfABlockWithItsRowLine() {
        // lrsnash on the all-zero 3x3 game (degenerate): three y's per x
        StringBuilder sb = new StringBuilder("*lrsnash:lrslib v.7.1\n");
        for (String x : new String[] {"1  1  0  0  0", "1  0  1  0  0", "1  0  0  1  0"}) {
            sb.append("2  1  0  0  0\n2  0  1  0  0\n2  0  0  1  0\n").append(x).append("\n\n");
        }
        sb.append("*Number of equilibria found: 9\n");
        List<StrategyProfile> eq = LrsnashFormat.parse(sb.toString(), 3, 3);
        assertEquals(9, eq.size());
        Set<StrategyProfile> all = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                all.add(StrategyProfile.pure(new int[] {3, 3}, i, j));
            }
        }
        assertEquals(all, new HashSet<>(eq));
        // a block without blank line separators: a '2' after a '1' starts a new block
        List<StrategyProfile> two = LrsnashFormat.parse("2 1 0 5\n1 1 0 5\n2 0 1 5\n1 0 1 5\n", 2, 2);
        assertEquals(List.of(StrategyProfile.pure(new int[] {2, 2}, 0, 0), StrategyProfile.pure(new int[] {2, 2}, 1, 1)),
                two);
    }

    @Test
    void malformedLinesAreRefusedWithTheirLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LrsnashFormat.parse("2 1/2 1/2 0\n1 1 0 0 0\n", 2, 2));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LrsnashFormat.parse("*c\n1 1 0 0\n", 2, 2));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LrsnashFormat.parse("2 1/2 x 0\n", 2, 2));
        assertTrue(e.getMessage().contains("'x' is not a number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LrsnashFormat.parse("2 1/2 1/3 0\n", 2, 2));
        assertTrue(e.getMessage().startsWith("line 1:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LrsnashFormat.parse("3 1 0\n", 2, 2));
        assertTrue(e.getMessage().contains("expected '1' or '2'"), e.getMessage());
        assertEquals(List.of(), LrsnashFormat.parse("*Number of equilibria found: 0\n", 2, 2));
    }
}
