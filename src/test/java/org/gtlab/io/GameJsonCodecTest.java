package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.GameJson;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Json;

/** Runs and files share one game JSON codec ({@link GameJson}); recipes of the old form still load. */
class GameJsonCodecTest {

    private static final NormalFormGame RPS = GameCatalog.get("rock-paper-scissors").game();

    @Test
    void aRecipeGameIsTheFileFormatWithoutTheEnvelope() throws IOException {
        NormalFormGame g = RPS.withComment("a comment");
        ObjectNode recipe = GameSpec.of("rps", g).toJson();
        ObjectNode file = (ObjectNode) Json.parse(JsonGameFormat.toJson(g));
        assertEquals("gtlab-game", file.remove("format").asText());
        assertEquals(1, file.remove("version").asInt());
        assertEquals("rps", recipe.remove("source").asText());
        assertEquals(file, recipe);
        // and each side reads what the other writes
        ObjectNode asFile = GameSpec.of("rps", g).toJson();
        asFile.remove("source");
        ObjectNode withEnvelope = Json.object().put("format", "gtlab-game").put("version", 1);
        withEnvelope.setAll(asFile);
        assertEquals(g, JsonGameFormat.parse(Json.write(withEnvelope), "r.json"));
        ObjectNode fileWithSource = ((ObjectNode) Json.parse(JsonGameFormat.toJson(g))).put("source", "rps");
        assertEquals(GameSpec.of("rps", g), GameSpec.fromJson(fileWithSource, null));
    }

    @Test
    void recipesWrittenBeforeTheSharedCodecStillLoad() {
        // the GameSpec form of earlier versions: flat payoffs in profile order, no layout, no comment
        String old = """
                {"source": "bos", "title": "BoS", "players": ["Row", "Column"],
                 "strategies": [["B", "S"], ["B", "S"]], "exact": true,
                 "payoffs": [["2", "0", "0", "1"], ["1", "0", "0", "2"]]}
                """;
        GameSpec s = GameSpec.fromJson(Json.parse(old), null);
        NormalFormGame g = s.game();
        assertEquals("bos", s.source());
        assertEquals(List.of("B", "S"), g.strategyLabels(1));
        assertEquals("2", g.payoff(0, 0, 0).toString());
        assertEquals("0", g.payoff(0, 1, 0).toString());
        assertEquals("2", g.payoff(1, 1, 1).toString());
        // inexact and three-player games of the old form
        String three = """
                {"source": "", "title": "t", "players": ["a", "b", "c"], "strategies": [["x"], ["y"], ["u", "v"]],
                 "exact": false, "payoffs": [["0.1", "2"], ["3", "4"], ["5", "6"]]}
                """;
        NormalFormGame t = GameSpec.fromJson(Json.parse(three), null).game();
        assertEquals(0.1, t.payoffDouble(0, 0, 0, 0));
        assertTrue(!t.isExact());
        // a round trip through the current form keeps everything
        assertEquals(s, GameSpec.fromJson(s.toJson(), null));
    }

    @Test
    void recipeErrorsNameTheOffendingValue() {
        JsonNode bad = Json.parse("""
                {"source": "x", "players": ["A", "B"], "strategies": [1, 1], "payoffs": [["1e99999"], ["0"]]}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GameSpec.fromJson(bad, null));
        assertEquals("game JSON at /payoffs/0/0: bad payoff: number \"1e99999\": exponent out of range (at most ±1000)",
                e.getMessage());
        assertEquals("/payoffs/0/0", assertInstanceOf(GameJson.Error.class, e.getCause()).pointer());
    }
}
