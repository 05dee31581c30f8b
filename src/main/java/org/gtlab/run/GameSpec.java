package org.gtlab.run;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.game.DenseTeamGame;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.ParametricGame;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamGames;

/**
 * The game of a run: where it came from ({@code source}: a catalog name or a file, as typed) and
 * the game itself — a {@link NormalFormGame} or a {@link TeamGame} ({@link #kind()}). Recipes store
 * the game inline, so re-running a recipe does not depend on the file or the catalog entry staying
 * the same. Immutable.
 *
 * <p>JSON of a normal-form game: {@code {"source": "rps", "title": "…", "players": [...],
 * "strategies": [[...], ...], "exact": true, "payoffs": [["0", "1", "-1", …], …]}} — payoffs per
 * player as exact rationals in profile order (player 1's strategy fastest, as in Gambit).
 *
 * <p>JSON of a team game ({@code "kind": "team"}): a catalog family with its parameters,
 * {@code {"kind": "team", "source": "sad", "title": "…", "family": "sad", "parameters": {"N": 4.0,
 * "A": 10.0, "c": 0.0, "F": 2.0}}} (the families of {@link TeamGames}, whose payoffs are formulas of
 * the parameters — a dense table of SAD would have 28,561² entries), or a dense joint-action
 * matrix, {@code {"kind": "team", "source": "team:rock-paper-scissors", "title": "…", "family":
 * "matrix", "agents": 1, "labels": [...], "matrix": [[...], ...]}} with doubles written bit-exactly.
 *
 * <p>By reference: a bare string, or an object with only {@code source} (and, for a team family,
 * {@code parameters}), is resolved by {@link #resolve}: a team catalog name ({@code fxp-example},
 * {@code sad}, {@code team-rps}), {@code team:GAME} for a symmetric zero-sum two-player game viewed
 * as one-agent teams, otherwise the caller's resolver (files, normal-form catalog).
 */
public final class GameSpec {

    /** Prefix of a source that views a normal-form game as a game between one-agent teams. */
    public static final String TEAM_VIEW_PREFIX = "team:";

    private final String source;
    private final NormalFormGame game;
    private final TeamGame team;
    /** The game's parameters and payoff expressions when it has any ({@link #parametric()}), else null. */
    private final ParametricGame parametric;

    private GameSpec(String source, NormalFormGame game, TeamGame team) {
        this(source, game, team, null);
    }

    private GameSpec(String source, NormalFormGame game, TeamGame team, ParametricGame parametric) {
        this.parametric = parametric;
        this.source = source == null ? "" : source;
        if ((game == null) == (team == null)) {
            throw new IllegalArgumentException("a game spec holds exactly one game");
        }
        this.game = game;
        this.team = team;
    }

    /** A game with a note of where it came from ("" if built in memory). */
    public static GameSpec of(String source, NormalFormGame game) {
        return new GameSpec(source, Objects.requireNonNull(game, "game"), null);
    }

    /**
     * A game with parameters ({@code "3+a"} payoffs): {@link #game()} is the game at the current
     * values, {@link #parametric()} the parametric game, whose parameters are then sweepable and
     * which recipes store with its expressions.
     *
     * @throws IllegalArgumentException if the game cannot be evaluated at its values
     */
    public static GameSpec of(String source, ParametricGame game) {
        return new GameSpec(source, Objects.requireNonNull(game, "game").game(), null,
                game.values().isEmpty() ? null : game);
    }

    /** The parametric game this normal-form game was evaluated from, or null if it has no parameters. */
    public ParametricGame parametric() {
        return parametric;
    }

    /** A game built in memory. */
    public static GameSpec of(NormalFormGame game) {
        return of("", game);
    }

    /**
     * A team game. It must be storable in a recipe: a {@link DenseTeamGame} or a catalog family of
     * {@link TeamGames} (rebuilt from its parameters).
     *
     * @throws IllegalArgumentException if the game cannot be written to a recipe
     */
    public static GameSpec ofTeam(String source, TeamGame game) {
        Objects.requireNonNull(game, "game");
        if (!(game instanceof DenseTeamGame)) {
            String family = game.name();
            boolean known = TeamGames.names().contains(family);
            if (!known || !TeamGames.create(family, parameterTexts(game.parameters())).description()
                    .equals(game.description())) {
                throw new IllegalArgumentException("team game \"" + family + "\" cannot be stored in a recipe: it is "
                        + "neither a dense matrix game nor one of the catalog families " + TeamGames.names());
            }
        }
        return new GameSpec(source, null, game);
    }

    public String source() {
        return source;
    }

    /** Which kind of game this is. */
    public GameKind kind() {
        return team != null ? GameKind.TEAM : GameKind.NORMAL_FORM;
    }

    /** True for a team game. */
    public boolean isTeam() {
        return team != null;
    }

    /**
     * The normal-form game.
     *
     * @throws IllegalStateException if this is a team game
     */
    public NormalFormGame game() {
        if (game == null) {
            throw new IllegalStateException("\"" + this + "\" is a team game, not a normal-form game");
        }
        return game;
    }

    /**
     * The team game.
     *
     * @throws IllegalStateException if this is a normal-form game
     */
    public TeamGame teamGame() {
        if (team == null) {
            throw new IllegalStateException("\"" + this + "\" is a normal-form game, not a team game");
        }
        return team;
    }

    /** The game's title (normal form) or description (team game). */
    public String title() {
        return team != null ? team.description() : game.title();
    }

    /**
     * This game as a team game: itself if it is one; a symmetric zero-sum two-player game as a game
     * between one-agent teams ({@link DenseTeamGame#fromSymmetricZeroSum}), with source
     * {@code team:SOURCE}.
     *
     * @throws IllegalArgumentException if the game is not two-player, symmetric and zero-sum
     */
    public GameSpec asTeam() {
        if (team != null) {
            return this;
        }
        String s = source.isEmpty() || source.regionMatches(true, 0, TEAM_VIEW_PREFIX, 0, TEAM_VIEW_PREFIX.length())
                ? source : TEAM_VIEW_PREFIX + source;
        return new GameSpec(s, null, DenseTeamGame.fromSymmetricZeroSum(game));
    }

    /**
     * The game a user names: a team catalog name ({@link TeamGames#names()}, with {@code teamParameters}
     * overriding its defaults), {@code team:GAME} (GAME resolved by {@code resolver} and viewed as
     * one-agent teams), or anything else through {@code resolver} (files, the normal-form catalog).
     *
     * @param teamParameters game parameters such as {@code N=5}; only for team catalog names
     * @throws IllegalArgumentException for an unknown game, a bad parameter, or parameters given to a
     *         game that has none
     */
    public static GameSpec resolve(String name, Map<String, String> teamParameters,
            Function<String, NormalFormGame> resolver) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("no game given");
        }
        String s = name.strip();
        Map<String, String> params = teamParameters == null ? Map.of() : teamParameters;
        String lower = s.toLowerCase(Locale.ROOT);
        if (TeamGames.names().contains(lower)) {
            TeamGame g;
            try {
                g = TeamGames.create(lower, params);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("team game " + lower + ": " + e.getMessage(), e);
            }
            return new GameSpec(lower, null, g);
        }
        if (!params.isEmpty()) {
            throw new IllegalArgumentException("game parameters " + params.keySet() + " apply only to the team games "
                    + String.join(", ", TeamGames.names()) + "; \"" + s + "\" is not one of them");
        }
        if (lower.startsWith(TEAM_VIEW_PREFIX)) {
            String inner = s.substring(TEAM_VIEW_PREFIX.length()).strip();
            GameSpec nf = resolveNormalForm(inner, resolver);
            try {
                return new GameSpec(s, null, DenseTeamGame.fromSymmetricZeroSum(nf.game));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(s + ": " + e.getMessage(), e);
            }
        }
        return resolveNormalForm(s, resolver);
    }

    private static GameSpec resolveNormalForm(String source, Function<String, NormalFormGame> resolver) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("game JSON has neither payoffs nor a source to load");
        }
        if (resolver == null) {
            throw new IllegalArgumentException("game \"" + source + "\" is given by name only, and no game loader is "
                    + "available here");
        }
        return of(source, Objects.requireNonNull(resolver.apply(source), "resolver returned null"));
    }

    /** The JSON form with the game inline: {@code source}, then the fields of {@link GameJson}. */
    public ObjectNode toJson() {
        if (team != null) {
            return teamJson();
        }
        ObjectNode o = Json.object();
        o.put("source", source);
        return parametric != null ? GameJson.write(parametric, o) : GameJson.write(game, o);
    }

    /**
     * Reads a game from JSON: inline (with {@code payoffs}, read by {@link GameJson}, the codec game
     * files use too) or by reference (a string, or an object with only {@code source}) through
     * {@code resolver}. Recipes written before the codec was shared (flat payoff lists without
     * {@code payoffLayout}) still load.
     *
     * @param resolver turns a catalog name or file path into a game (may be null when every game
     *        is inline)
     * @throws IllegalArgumentException if the JSON is not a game, or a reference cannot be resolved;
     *         for an inline game its cause is the {@link GameJson.Error} with the offending value's
     *         JSON pointer
     */
    public static GameSpec fromJson(JsonNode n, Function<String, NormalFormGame> resolver) {
        if (n.isTextual()) {
            return resolve(n.textValue(), Map.of(), resolver);
        }
        String source = n.hasNonNull("source") ? n.get("source").asText() : "";
        if (n.hasNonNull("kind") && !n.get("kind").asText().equals("team")
                && !n.get("kind").asText().equals("normal_form")) {
            throw new IllegalArgumentException("game JSON: unknown kind \"" + n.get("kind").asText()
                    + "\"; expected team or normal_form");
        }
        if (n.hasNonNull("kind") && n.get("kind").asText().equals("team")) {
            return teamFromJson(n, source, resolver);
        }
        if (!n.has("payoffs")) {
            return resolve(source, parametersOf(n), resolver);
        }
        try {
            ParametricGame pg = n.hasNonNull("parameters") ? GameJson.readParametric(n, org.gtlab.math.NumberLimits.forLength(0))
                    : null;
            return pg != null ? of(source, pg) : of(source, GameJson.read(n));
        } catch (GameJson.Error e) {
            throw new IllegalArgumentException("game JSON" + (e.pointer().isEmpty() ? "" : " at " + e.pointer()) + ": "
                    + e.detail(), e);
        }
    }

    private ObjectNode teamJson() {
        ObjectNode o = Json.object();
        o.put("kind", "team");
        o.put("source", source);
        o.put("title", team.description());
        if (team instanceof DenseTeamGame) {
            o.put("family", "matrix");
            o.put("name", team.name());
            o.put("agents", team.agentsPerTeam());
            ArrayNode labels = o.putArray("labels");
            for (int a = 0; a < team.actionsPerAgent(); a++) {
                labels.add(team.actionLabel(a));
            }
            o.set("matrix", Json.matrix(team.jointMatrix()));
        } else {
            o.put("family", team.name());
            ObjectNode p = o.putObject("parameters");
            for (Map.Entry<String, Double> e : team.parameters().entrySet()) {
                p.set(e.getKey(), Json.number(e.getValue()));
            }
        }
        return o;
    }

    private static GameSpec teamFromJson(JsonNode n, String source, Function<String, NormalFormGame> resolver) {
        String family = n.hasNonNull("family") ? n.get("family").asText() : "";
        if (family.equals("matrix")) {
            double[][] u = Json.toMatrix(Json.field(n, "matrix"));
            List<String> labels = strings(Json.field(n, "labels"));
            int agents = Json.field(n, "agents").asInt();
            String name = n.hasNonNull("name") ? n.get("name").asText() : "matrix";
            return new GameSpec(source, null, new DenseTeamGame(name, agents, labels.size(), u, labels));
        }
        if (family.isEmpty()) {
            return resolve(source, parametersOf(n), resolver);
        }
        if (!TeamGames.names().contains(family)) {
            throw new IllegalArgumentException("game JSON: unknown team game family \"" + family + "\"; known: "
                    + String.join(", ", TeamGames.names()) + ", matrix");
        }
        GameSpec g = resolve(family, parametersOf(n), resolver);
        return new GameSpec(source, null, g.team);
    }

    /** The "parameters" object as texts for {@link TeamGames#create(String, Map)} (integral numbers without ".0"). */
    private static Map<String, String> parametersOf(JsonNode n) {
        JsonNode p = n.get("parameters");
        Map<String, String> m = new LinkedHashMap<>();
        if (p == null || p.isNull()) {
            return m;
        }
        if (!p.isObject()) {
            throw new IllegalArgumentException("game JSON: \"parameters\" must be an object, got " + p);
        }
        Iterator<Map.Entry<String, JsonNode>> it = p.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            m.put(e.getKey(), v.isNumber() ? numberText(v.doubleValue()) : v.asText());
        }
        return m;
    }

    private static Map<String, String> parameterTexts(Map<String, Double> params) {
        Map<String, String> m = new LinkedHashMap<>();
        params.forEach((k, v) -> m.put(k, numberText(v)));
        return m;
    }

    /** "4" for 4.0, otherwise the shortest round-trip text of the double. */
    private static String numberText(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
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
        if (!(o instanceof GameSpec)) {
            return false;
        }
        GameSpec g = (GameSpec) o;
        if (!g.source.equals(source) || g.kind() != kind()) {
            return false;
        }
        return team == null ? g.game.equals(game) && Objects.equals(g.parametric, parametric)
                : g.toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return source.hashCode() * 31 + (team == null ? game.hashCode() : toJson().hashCode());
    }

    @Override
    public String toString() {
        return !source.isEmpty() ? source : team != null ? team.description() : game.toString();
    }
}
