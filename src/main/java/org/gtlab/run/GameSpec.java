package org.gtlab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;

/**
 * The game of a run: where it came from ({@code source}: a catalog name or a file, as typed) and
 * the game itself. Recipes store the game inline, so re-running a recipe does not depend on the
 * file or the catalog entry staying the same. Immutable.
 *
 * <p>JSON: {@code {"source": "rps", "title": "…", "players": [...], "strategies": [[...], ...],
 * "exact": true, "payoffs": [["0", "1", "-1", …], …]}} — payoffs per player as exact rationals in
 * profile order (player 1's strategy fastest, as in Gambit). A bare string, or an object with only
 * {@code source}, is resolved by the caller's resolver.
 */
public final class GameSpec {

    private final String source;
    private final NormalFormGame game;

    private GameSpec(String source, NormalFormGame game) {
        this.source = source == null ? "" : source;
        this.game = Objects.requireNonNull(game, "game");
    }

    /** A game with a note of where it came from ("" if built in memory). */
    public static GameSpec of(String source, NormalFormGame game) {
        return new GameSpec(source, game);
    }

    /** A game built in memory. */
    public static GameSpec of(NormalFormGame game) {
        return new GameSpec("", game);
    }

    public String source() {
        return source;
    }

    public NormalFormGame game() {
        return game;
    }

    /** The JSON form with the game inline. */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("source", source);
        o.put("title", game.title());
        ArrayNode players = o.putArray("players");
        game.playerNames().forEach(players::add);
        ArrayNode strategies = o.putArray("strategies");
        for (int p = 0; p < game.numPlayers(); p++) {
            ArrayNode s = strategies.addArray();
            game.strategyLabels(p).forEach(s::add);
        }
        o.put("exact", game.isExact());
        ArrayNode pay = o.putArray("payoffs");
        for (int p = 0; p < game.numPlayers(); p++) {
            ArrayNode row = pay.addArray();
            for (Rational r : game.payoffs(p)) {
                row.add(r.toString());
            }
        }
        return o;
    }

    /**
     * Reads a game from JSON: inline (with {@code payoffs}) or by reference (a string, or an object
     * with only {@code source}) through {@code resolver}.
     *
     * @param resolver turns a catalog name or file path into a game (may be null when every game
     *        is inline)
     * @throws IllegalArgumentException if the JSON is not a game, or a reference cannot be resolved
     */
    public static GameSpec fromJson(JsonNode n, Function<String, NormalFormGame> resolver) {
        if (n.isTextual()) {
            return resolve(n.textValue(), resolver);
        }
        String source = n.hasNonNull("source") ? n.get("source").asText() : "";
        if (!n.has("payoffs")) {
            return resolve(source, resolver);
        }
        List<String> players = strings(Json.field(n, "players"));
        List<List<String>> strategies = new ArrayList<>();
        for (JsonNode s : Json.field(n, "strategies")) {
            strategies.add(strings(s));
        }
        JsonNode pay = Json.field(n, "payoffs");
        boolean exact = !n.has("exact") || n.get("exact").asBoolean();
        String title = n.hasNonNull("title") ? n.get("title").asText() : "";
        if (pay.size() != players.size()) {
            throw new IllegalArgumentException("game JSON: payoffs for " + pay.size() + " players, expected "
                    + players.size());
        }
        Rational[][] r = new Rational[pay.size()][];
        for (int p = 0; p < r.length; p++) {
            JsonNode row = pay.get(p);
            r[p] = new Rational[row.size()];
            for (int k = 0; k < r[p].length; k++) {
                JsonNode v = row.get(k);
                try {
                    r[p][k] = v.isTextual() ? Rational.parse(v.textValue()) : Rational.parse(v.asText());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("game JSON: payoff " + (k + 1) + " of player " + (p + 1) + ": "
                            + e.getMessage());
                }
            }
        }
        NormalFormGame g;
        if (exact) {
            g = NormalFormGame.of(title, players, strategies, r);
        } else {
            double[][] d = new double[r.length][];
            for (int p = 0; p < r.length; p++) {
                d[p] = new double[r[p].length];
                for (int k = 0; k < d[p].length; k++) {
                    d[p][k] = r[p][k].doubleValue();
                }
            }
            g = NormalFormGame.ofDoubles(title, players, strategies, d);
        }
        return new GameSpec(source, g);
    }

    private static GameSpec resolve(String source, Function<String, NormalFormGame> resolver) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("game JSON has neither payoffs nor a source to load");
        }
        if (resolver == null) {
            throw new IllegalArgumentException("game \"" + source + "\" is given by name only, and no game loader is "
                    + "available here");
        }
        return new GameSpec(source, Objects.requireNonNull(resolver.apply(source), "resolver returned null"));
    }

    private static List<String> strings(JsonNode arr) {
        if (!arr.isArray()) {
            throw new IllegalArgumentException("game JSON: expected an array of names, got " + arr);
        }
        List<String> l = new ArrayList<>();
        arr.forEach(x -> l.add(x.asText()));
        return l;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GameSpec && ((GameSpec) o).source.equals(source) && ((GameSpec) o).game.equals(game);
    }

    @Override
    public int hashCode() {
        return source.hashCode() * 31 + game.hashCode();
    }

    @Override
    public String toString() {
        return source.isEmpty() ? game.toString() : source;
    }
}
