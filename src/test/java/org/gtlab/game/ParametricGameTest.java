package org.gtlab.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gtlab.math.Expression;
import org.gtlab.math.Rational;
import org.junit.jupiter.api.Test;

/** Payoff expressions of named parameters and the parametric game they make. */
class ParametricGameTest {

    static Map<String, Rational> vals(Object... kv) {
        Map<String, Rational> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], Rational.parse((String) kv[i + 1]));
        }
        return m;
    }

    @Test
    void expressionsEvaluateExactlyWithPrecedence() {
        assertEquals(Rational.of(5), Expression.parse("3+a").evaluate(vals("a", "2")));
        assertEquals(Rational.of(-1, 6), Expression.parse("-c/2").evaluate(vals("c", "1/3")));
        assertEquals(Rational.of(9, 4), Expression.parse("b*b").evaluate(vals("b", "3/2")));
        assertEquals(Rational.of(-4), Expression.parse("-a^2").evaluate(vals("a", "2")));
        assertEquals(Rational.of(1, 4), Expression.parse("(1 - p)^2").evaluate(vals("p", "1/2")));
        assertEquals(Rational.of(7, 10), Expression.parse("0.7").evaluate(Map.of()));
        assertEquals(Rational.of(1, 8), Expression.parse("2^-3").evaluate(Map.of()));
        assertEquals(List.of("a", "b"), List.copyOf(Expression.parse("a*b - a").parameters()));
    }

    @Test
    void badExpressionsNameTheColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expression.parse("3+*a"));
        assertEquals("expression \"3+*a\": unexpected '*' at column 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Expression.parse("(a+1"));
        assertTrue(e.getMessage().contains("missing ')'") && e.getMessage().contains("column 5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Expression.parse("1/(a-2)").evaluate(vals("a", "2")));
        assertTrue(e.getMessage().contains("division by zero at column 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Expression.parse("x+1").evaluate(vals("a", "2")));
        assertTrue(e.getMessage().contains("unknown parameter 'x' at column 1"), e.getMessage());
    }

    /** Chicken with crash payoff −c: exact games at rational c, and the refusals naming the cell. */
    @Test
    void parametricChickenGivesExactGamesAndRefusesBadCells() {
        NormalFormGame shape = NormalFormGame.zeros(2, 2);
        // strategies: 0 = swerve, 1 = straight; profile index i + 2j
        String[][] texts = {
            {"0", "1", "-1", "-c"},
            {"0", "-1", "1", "-c"}};
        ParametricGame pg = ParametricGame.parse(shape, texts, vals("c", "4"));
        NormalFormGame g = pg.game();
        assertEquals(Rational.of(-4), g.payoff(0, 1, 1));
        NormalFormGame g2 = pg.with(vals("c", "1/2")).game();
        assertEquals(Rational.of(-1, 2), g2.payoff(1, 1, 1));
        assertEquals(pg.game(), pg.at(vals("c", "4")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParametricGame.parse(shape, new String[][] {{"0", "1", "-1", "-d"}, texts[1]}, vals("c", "4")));
        assertTrue(e.getMessage().contains("unknown parameter 'd'") && e.getMessage().contains("[2, 2]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ParametricGame.parse(shape, new String[][] {{"0", "1", "-1", "1/c"}, texts[1]}, vals("c", "4")).at(vals("c", "0")));
        assertTrue(e.getMessage().contains("player 1") && e.getMessage().contains("division by zero"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pg.with(vals("zz", "1")));
        assertEquals(vals("a", "2", "b", "1/3"), ParametricGame.parseAssignments(List.of("a=2,b=1/3")));
    }
}
