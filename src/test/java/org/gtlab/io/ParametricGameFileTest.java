package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.ParametricGame;
import org.gtlab.math.Rational;
import org.gtlab.run.GameSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parameterised game saved and re-opened is the same game (parameters, ranges, expressions,
 * values); .nfg exports expand the expressions to exact numbers at the current values; the older
 * {@code "parameters": {"a": "2"}} form still reads (with default ranges); bad ranges are one error
 * naming the file position.
 */
class ParametricGameFileTest {

    @TempDir
    Path dir;

    /** A 3×3 game with parameters a (range 0…4) and c = 1/3, cells such as "3+a", "-c/2", "b*b". */
    static ParametricGame sample() {
        NormalFormGame shape = NormalFormGame.zeros(3, 3).withStrategyLabels(
                List.of(List.of("T", "M", "B"), List.of("L", "C", "R")));
        String[][] texts = new String[2][9];
        String[] p1 = {"3+a", "0", "1/2", "-c/2", "a*a", "1", "2", "b*b", "-1"};
        String[] p2 = {"1", "a - c", "0", "2", "(1-c)^2", "-3/4", "b", "0", "a/b"};
        for (int k = 0; k < 9; k++) {
            texts[0][k] = p1[k];
            texts[1][k] = p2[k];
        }
        Map<String, Rational> v = new LinkedHashMap<>();
        v.put("a", Rational.of(2));
        v.put("c", Rational.of(1, 3));
        v.put("b", Rational.of(-3, 2));
        Map<String, ParametricGame.Range> r = new LinkedHashMap<>();
        r.put("a", new ParametricGame.Range(Rational.ZERO, Rational.of(4)));
        r.put("b", new ParametricGame.Range(Rational.of(-2), Rational.of(1, 2)));
        return ParametricGame.parse(shape, texts, v, r);
    }

    @Test
    void savedAndReopenedIsTheSameGame() throws Exception {
        ParametricGame g = sample();
        Path f = dir.resolve("p.json");
        GameFiles.save(f, g);
        ParametricGame back = GameFiles.loadParametric(f);
        assertEquals(g, back);
        assertEquals(List.of("a", "c", "b"), back.names());
        assertEquals("3+a", back.cell(0, 0).text());
        assertEquals(new ParametricGame.Range(Rational.ZERO, Rational.of(4)), back.range("a"));
        // c was declared without a range: the default [v − 2·max(1,|v|), v + 2·max(1,|v|)]
        assertEquals(new ParametricGame.Range(Rational.of(-5, 3), Rational.of(7, 3)), back.range("c"));
        // the ordinary reader evaluates the same file at the saved values, exactly
        NormalFormGame plain = GameFiles.load(f);
        assertEquals(g.game(), plain);
        assertEquals(Rational.of(5), plain.payoff(0, 0, 0));
        assertEquals(Rational.of(-1, 6), plain.payoffAt(0, g.shape().profileIndex(0, 1)));
        // a second save of the re-opened game writes the same text
        assertEquals(JsonGameFormat.toJson(g), JsonGameFormat.toJson(back));
    }

    @Test
    void nfgExportExpandsExpressionsAtTheCurrentValues() throws Exception {
        ParametricGame g = sample().with(Map.of("a", Rational.of(1, 3)));
        Path f = dir.resolve("p.nfg");
        GameFiles.save(f, g);
        String text = Files.readString(f);
        assertTrue(!text.contains("a") || !text.contains("3+a"), text);
        NormalFormGame back = GameFiles.load(f);
        assertTrue(back.samePayoffs(g.game()), text);
        assertEquals(Rational.of(10, 3), back.payoff(0, 0, 0)); // 3 + 1/3, exact
        assertEquals(Rational.of(1, 9), back.payoffAt(0, g.shape().profileIndex(1, 1))); // a*a
        assertNull(GameFiles.loadParametric(f));
    }

    @Test
    void theShortParameterFormReadsWithDefaultRangesAndRangesAreChecked() throws Exception {
        String hd = """
                {"format": "gtlab-game", "version": 1, "players": ["Row", "Column"],
                 "strategies": [["Hawk", "Dove"], ["Hawk", "Dove"]],
                 "parameters": {"v": "2", "c": "4"},
                 "payoffs": [[["(v-c)/2", "v"], ["0", "v/2"]], [["(v-c)/2", "0"], ["v", "v/2"]]]}
                """;
        ParametricGame g = JsonGameFormat.parseParametric(hd, "hd.json");
        assertEquals(Map.of("v", Rational.of(2), "c", Rational.of(4)), g.values());
        assertEquals(new ParametricGame.Range(Rational.of(-2), Rational.of(6)), g.range("v"));
        assertEquals(g, JsonGameFormat.parseParametric(JsonGameFormat.toJson(g), "again.json"));
        assertNull(JsonGameFormat.parseParametric(JsonGameFormat.toJson(g.game()), "plain.json"));

        String bad = hd.replace("\"c\": \"4\"", "\"c\": {\"value\": \"4\", \"min\": \"5\", \"max\": \"1\"}");
        GameFormatException e = assertThrows(GameFormatException.class, () -> JsonGameFormat.parseParametric(bad, "bad.json"));
        assertTrue(e.getMessage().startsWith("bad.json:3:") && e.getMessage().contains("min 5 is greater than max 1"),
                e.getMessage());
        String half = hd.replace("\"c\": \"4\"", "\"c\": {\"value\": \"4\", \"min\": \"0\"}");
        e = assertThrows(GameFormatException.class, () -> JsonGameFormat.parseParametric(half, "half.json"));
        assertTrue(e.getMessage().contains("give both \"min\" and \"max\""), e.getMessage());
        String novalue = hd.replace("\"c\": \"4\"", "\"c\": {\"min\": \"0\", \"max\": \"1\"}");
        e = assertThrows(GameFormatException.class, () -> JsonGameFormat.parse(novalue, "nv.json"));
        assertTrue(e.getMessage().contains("must have a \"value\""), e.getMessage());
    }

    @Test
    void recipesKeepTheParameters() {
        ParametricGame g = sample();
        GameSpec spec = GameSpec.of("p.json", g);
        GameSpec back = GameSpec.fromJson(spec.toJson(), null);
        assertEquals(spec, back);
        assertEquals(g, back.parametric());
        assertEquals(g.game(), back.game());
    }
}
