package org.gtlab.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.ParametricGame;
import org.gtlab.math.Expression;
import org.gtlab.math.NumberLimits;
import org.gtlab.math.Rational;

/**
 * The one JSON codec of a {@link NormalFormGame}, on Jackson trees: used by run recipes
 * ({@link GameSpec}, inside {@code "game"}) and by GT Lab's game files ({@code org.gtlab.io.JsonGameFormat},
 * which adds the {@code "format"}/{@code "version"} envelope and turns errors into file:line:column).
 * It lives in {@code run} because both rooms may use it and {@code run} may not import {@code io}.
 *
 * <p>Fields (unknown ones are ignored):
 * <ul>
 *   <li>{@code title}, {@code comment}: strings, optional (default "");</li>
 *   <li>{@code players}: the player names, at least one;</li>
 *   <li>{@code strategies}: per player a list of labels, or a count k (labels "1".."k");</li>
 *   <li>{@code exact} (default true): false marks a game whose payoffs came from doubles
 *       ({@link NormalFormGame#isExact()}); such payoffs are read through {@code double} and must
 *       fit in one;</li>
 *   <li>{@code payoffLayout}: {@code "matrix"} (two players only: {@code payoffs[p][i][j]} is player
 *       p's payoff when player 1 plays i and player 2 plays j) or {@code "profiles"}
 *       ({@code payoffs[p][k]} is player p's payoff at profile k, player 1's strategy changing
 *       fastest, Gambit's order). When absent it follows the shape: arrays of arrays are a matrix,
 *       flat lists are profiles (recipes written before the layout field was shared were flat);</li>
 *   <li>{@code payoffs}: numbers as exact strings ({@code "1/3"}, {@code "-2"}, {@code "0.25"},
 *       {@code "1e-3"}) or JSON numbers, read exactly within {@link NumberLimits}.</li>
 *   <li>{@code parameters} (optional): {@code {"a": "2", "c": "1/3"}}, names with default values;
 *       a payoff string with a name in it is then an expression of them ({@code "3+a"},
 *       {@code "-c/2"}), evaluated exactly at the defaults or at the values passed to
 *       {@link #read(JsonNode, NumberLimits, Map)}. A parameter may also be written with its range,
 *       {@code {"a": {"value": "2", "min": "0", "max": "4"}}}. {@link #readParametric} keeps the
 *       expressions ({@link ParametricGame}); {@link #write(ParametricGame, ObjectNode)} writes them
 *       with every parameter's value and range, and reading that back gives an equal parametric
 *       game. {@link #write(NormalFormGame)} of a game writes numbers only.</li>
 * </ul>
 * {@link #write} writes every field, the matrix layout for two players and profiles otherwise;
 * {@link #read} of it gives an equal game ({@link NormalFormGame#equals}).
 *
 * <p>Sizes are checked before anything is allocated: the declared strategy counts against the
 * payoff lists actually present, and {@link NormalFormGame#MAX_PROFILES}. Every error is a
 * {@link Error} with the JSON pointer of the offending value.
 */
public final class GameJson {

    /** A game JSON that cannot be read: what is wrong and where (a JSON pointer, "" for the root). */
    public static final class Error extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String pointer;
        private final String detail;

        public Error(String pointer, String detail) {
            super(pointer.isEmpty() ? detail : "at " + pointer + ": " + detail);
            this.pointer = pointer;
            this.detail = detail;
        }

        /** JSON pointer ({@code /payoffs/0/3}) of the offending value; "" for the whole object. */
        public String pointer() {
            return pointer;
        }

        /** What is wrong, without the pointer. */
        public String detail() {
            return detail;
        }
    }

    private GameJson() {
    }

    // ---------------------------------------------------------------- writing

    /** Writes the game's fields into {@code o} (after any fields it already has) and returns it. */
    public static ObjectNode write(NormalFormGame g, ObjectNode o) {
        o.put("title", g.title());
        o.put("comment", g.comment());
        ArrayNode players = o.putArray("players");
        g.playerNames().forEach(players::add);
        ArrayNode strategies = o.putArray("strategies");
        for (List<String> labels : g.strategyLabels()) {
            ArrayNode s = strategies.addArray();
            labels.forEach(s::add);
        }
        o.put("exact", g.isExact());
        boolean matrix = g.numPlayers() == 2;
        o.put("payoffLayout", matrix ? "matrix" : "profiles");
        ArrayNode pay = o.putArray("payoffs");
        for (int p = 0; p < g.numPlayers(); p++) {
            ArrayNode a = pay.addArray();
            if (matrix) {
                for (Rational[] row : g.matrix(p)) {
                    ArrayNode r = a.addArray();
                    for (Rational x : row) {
                        r.add(x.toString());
                    }
                }
            } else {
                for (Rational x : g.payoffs(p)) {
                    a.add(x.toString());
                }
            }
        }
        return o;
    }

    /** The game as a new object node. */
    public static ObjectNode write(NormalFormGame g) {
        return write(g, JsonNodeFactory.instance.objectNode());
    }

    /**
     * Writes a parametric game: the fields of {@link #write(NormalFormGame, ObjectNode)} at the
     * current values, then {@code "parameters"} (each with value, min and max) and the payoffs as
     * expression texts ({@code "3+a"}; constant cells as exact numbers).
     *
     * @throws IllegalArgumentException if the game cannot be evaluated at its current values (a
     *         division by zero), naming the cell
     */
    public static ObjectNode write(ParametricGame pg, ObjectNode o) {
        NormalFormGame g = pg.game();
        write(g, o);
        o.remove("payoffs");
        ObjectNode params = o.putObject("parameters");
        for (Map.Entry<String, Rational> e : pg.values().entrySet()) {
            ObjectNode one = params.putObject(e.getKey());
            ParametricGame.Range r = pg.range(e.getKey());
            one.put("value", e.getValue().toString());
            one.put("min", r.min().toString());
            one.put("max", r.max().toString());
        }
        boolean matrix = g.numPlayers() == 2;
        ArrayNode pay = o.putArray("payoffs");
        for (int p = 0; p < g.numPlayers(); p++) {
            ArrayNode a = pay.addArray();
            if (matrix) {
                for (int i = 0; i < g.numStrategies(0); i++) {
                    ArrayNode r = a.addArray();
                    for (int j = 0; j < g.numStrategies(1); j++) {
                        r.add(pg.cell(p, g.profileIndex(i, j)).text());
                    }
                }
            } else {
                for (int k = 0; k < g.numProfiles(); k++) {
                    a.add(pg.cell(p, k).text());
                }
            }
        }
        return o;
    }

    /**
     * Reads a game with its {@code "parameters"} kept: the payoff cells as expressions, each
     * parameter's value and range. Null when the JSON declares no parameters (an ordinary game).
     * Number cells become constant expressions of their exact value ({@code "0.25"} → {@code 1/4}).
     *
     * @throws Error as {@link #read(JsonNode, NumberLimits, Map)}, or for a bad range
     *               ({@code /parameters/a/min})
     */
    public static ParametricGame readParametric(JsonNode root, NumberLimits limits) {
        if (root == null || !root.isObject() || root.get("parameters") == null || root.get("parameters").isNull()) {
            return null;
        }
        NormalFormGame g = read(root, limits, Map.of()); // validates everything, evaluated at the values
        Map<String, Rational> values = parameters(root, limits, Map.of());
        Map<String, ParametricGame.Range> ranges = new LinkedHashMap<>();
        for (var it = root.get("parameters").fields(); it.hasNext();) {
            var e = it.next();
            JsonNode v = e.getValue();
            if (v.isObject() && (v.has("min") || v.has("max"))) {
                String at = "/parameters/" + e.getKey();
                if (!v.hasNonNull("min") || !v.hasNonNull("max")) {
                    throw new Error(at, "parameter " + e.getKey() + ": give both \"min\" and \"max\" (or neither)");
                }
                Rational lo = number(v.get("min"), at + "/min", limits);
                Rational hi = number(v.get("max"), at + "/max", limits);
                if (lo.compareTo(hi) > 0) {
                    throw new Error(at + "/min", "parameter " + e.getKey() + ": min " + lo + " is greater than max " + hi);
                }
                ranges.put(e.getKey(), new ParametricGame.Range(lo, hi));
            }
        }
        JsonNode pay = root.get("payoffs");
        int n = g.numPlayers();
        boolean matrix = n == 2 && pay.get(0).isArray() && pay.get(0).size() > 0 && pay.get(0).get(0).isArray();
        Expression[][] cells = new Expression[n][g.numProfiles()];
        for (int p = 0; p < n; p++) {
            for (int k = 0; k < g.numProfiles(); k++) {
                int[] s = g.profile(k);
                JsonNode v = matrix ? pay.get(p).get(s[0]).get(s[1]) : pay.get(p).get(k);
                cells[p][k] = isExpression(v, limits) ? Expression.parse(v.asText())
                        : Expression.parse(g.payoffAt(p, k).toString());
            }
        }
        try {
            return new ParametricGame(g, cells, values, ranges);
        } catch (IllegalArgumentException e) {
            throw new Error("/parameters", e.getMessage());
        }
    }

    /** True for a payoff cell that {@link #cell} reads as an expression rather than a number. */
    private static boolean isExpression(JsonNode v, NumberLimits limits) {
        if (v == null || !v.isTextual() || !v.asText().matches("(?s).*[A-Za-z_].*")) {
            return false;
        }
        try {
            limits.parse(v.asText());
            return false;
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return true;
        }
    }

    // ---------------------------------------------------------------- reading

    /** Reads a game with the default number limits ({@link NumberLimits#forLength} of 0). */
    public static NormalFormGame read(JsonNode root) {
        return read(root, NumberLimits.forLength(0));
    }

    /**
     * Reads a game from its fields.
     *
     * @param limits the number limits of the file being read (one per file)
     * @throws Error naming the offending value if the JSON is not a game or breaks a limit
     */
    public static NormalFormGame read(JsonNode root, NumberLimits limits) {
        return read(root, limits, Map.of());
    }

    /**
     * Reads a game whose optional {@code "parameters"} object ({@code {"a": "2", "b": "1/3"}}) names
     * parameters with default values; payoff strings that are not numbers are then expressions of
     * them ({@code "3+a"}, {@code "-c/2"}, {@code "b*b"}; {@link org.gtlab.math.Expression}), evaluated
     * exactly at the defaults overridden by {@code values} (the command line's {@code --param}).
     *
     * @throws Error naming the cell (or {@code /parameters}) on a bad expression, an unknown
     *               parameter in a cell or in {@code values}, or a division by zero at these values
     */
    public static NormalFormGame read(JsonNode root, NumberLimits limits, Map<String, Rational> values) {
        if (root == null || !root.isObject()) {
            throw new Error("", "expected a JSON object describing a game");
        }
        Map<String, Rational> params = parameters(root, limits, values);
        return readGame(root, limits, params);
    }

    private static Map<String, Rational> parameters(JsonNode root, NumberLimits limits, Map<String, Rational> values) {
        JsonNode pn = root.get("parameters");
        if (pn == null || pn.isNull()) {
            if (!values.isEmpty()) {
                throw new Error("", "unknown parameter '" + values.keySet().iterator().next()
                        + "': this game declares no \"parameters\"");
            }
            return null;
        }
        if (!pn.isObject()) {
            throw new Error("/parameters", "\"parameters\" must be an object of name: value, found " + describe(pn));
        }
        Map<String, Rational> m = new LinkedHashMap<>();
        for (var it = pn.fields(); it.hasNext();) {
            var e = it.next();
            if (!e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new Error("/parameters/" + e.getKey(), "parameter name \"" + e.getKey()
                        + "\" must be a letter or _ followed by letters, digits or _");
            }
            JsonNode v = e.getValue();
            if (v.isObject()) {
                if (!v.hasNonNull("value")) {
                    throw new Error("/parameters/" + e.getKey(), "parameter " + e.getKey()
                            + " must have a \"value\" (and optionally \"min\" and \"max\")");
                }
                v = v.get("value");
                m.put(e.getKey(), number(v, "/parameters/" + e.getKey() + "/value", limits));
            } else {
                m.put(e.getKey(), number(v, "/parameters/" + e.getKey(), limits));
            }
        }
        for (Map.Entry<String, Rational> e : values.entrySet()) {
            if (!m.containsKey(e.getKey())) {
                throw new Error("/parameters", "unknown parameter '" + e.getKey() + "' (declared: "
                        + (m.isEmpty() ? "none" : String.join(", ", m.keySet())) + ")");
            }
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }

    /** A payoff cell: a number, or (when the game has parameters) an expression evaluated at them. */
    private static Rational cell(JsonNode v, String at, NumberLimits limits, Map<String, Rational> params) {
        // a cell without a name in it is a number, read under the file's number limits
        if (params == null || v == null || !v.isTextual() || !v.asText().matches("(?s).*[A-Za-z_].*")) {
            return number(v, at, limits);
        }
        try {
            return limits.parse(v.asText());
        } catch (NumberFormatException | ArithmeticException notANumber) {
            org.gtlab.math.Expression e;
            try {
                e = org.gtlab.math.Expression.parse(v.asText());
            } catch (IllegalArgumentException bad) {
                throw new Error(at, "bad payoff expression \"" + v.asText() + "\" (cell " + at + "): " + bad.getMessage());
            }
            for (String name : e.parameters()) {
                if (!params.containsKey(name)) {
                    throw new Error(at, "payoff expression \"" + v.asText() + "\" (cell " + at + ") uses the unknown parameter '" + name
                            + "' (declared: " + (params.isEmpty() ? "none" : String.join(", ", params.keySet())) + ")");
                }
            }
            try {
                return e.evaluate(params);
            } catch (IllegalArgumentException | ArithmeticException bad) {
                throw new Error(at, "payoff expression \"" + v.asText() + "\" (cell " + at + "): " + bad.getMessage());
            }
        }
    }

    private static NormalFormGame readGame(JsonNode root, NumberLimits limits, Map<String, Rational> params) {
        if (root == null || !root.isObject()) {
            throw new Error("", "expected a JSON object describing a game");
        }
        String title = optionalText(root, "title");
        String comment = optionalText(root, "comment");
        List<String> players = textList(root.get("players"), "/players", "players", "a player name");
        if (players.isEmpty()) {
            throw new Error("/players", "the game has no players");
        }
        int n = players.size();
        JsonNode strat = require(root, "strategies");
        if (!strat.isArray() || strat.size() != n) {
            throw new Error("/strategies", "\"strategies\" must be an array with one label list per player (" + n
                    + "), found " + describe(strat));
        }
        int[] sizes = new int[n];
        long count = 1;
        for (int p = 0; p < n; p++) {
            JsonNode s = strat.get(p);
            String at = "/strategies/" + p;
            if (s.isIntegralNumber()) {
                if (!s.canConvertToInt() || s.asInt() < 1) {
                    throw new Error(at, "player " + (p + 1) + " needs at least one strategy, found " + describe(s));
                }
                sizes[p] = s.asInt();
            } else if (s.isArray()) {
                sizes[p] = s.size();
                if (sizes[p] == 0) {
                    throw new Error(at, "player " + (p + 1) + " has no strategies");
                }
            } else {
                throw new Error(at, "the strategies of player " + (p + 1) + " must be an array of strings or a count, "
                        + "found " + describe(s));
            }
            count *= sizes[p];
            if (count > NormalFormGame.MAX_PROFILES) {
                throw new Error("/strategies", "game too large: more than " + NormalFormGame.MAX_PROFILES
                        + " pure-strategy profiles");
            }
        }
        int profiles = (int) count;
        boolean exact = true;
        JsonNode ex = root.get("exact");
        if (ex != null && !ex.isNull()) {
            if (!ex.isBoolean()) {
                throw new Error("/exact", "\"exact\" must be true or false, found " + describe(ex));
            }
            exact = ex.booleanValue();
        }
        JsonNode pay = require(root, "payoffs");
        if (!pay.isArray() || pay.size() != n) {
            throw new Error("/payoffs", "\"payoffs\" must be an array with one entry per player (" + n + "), found "
                    + describe(pay));
        }
        String layout;
        JsonNode lay = root.get("payoffLayout");
        if (lay != null && !lay.isNull()) {
            if (!lay.isTextual() || !(lay.asText().equals("matrix") || lay.asText().equals("profiles"))) {
                throw new Error("/payoffLayout", "\"payoffLayout\" must be \"matrix\" or \"profiles\", found "
                        + describe(lay));
            }
            layout = lay.asText();
            if (layout.equals("matrix") && n != 2) {
                throw new Error("/payoffLayout", "\"payoffLayout\": \"matrix\" needs two players; this game has " + n
                        + " (use \"profiles\")");
            }
        } else {
            JsonNode first = pay.get(0);
            layout = n == 2 && first.isArray() && first.size() > 0 && first.get(0).isArray() ? "matrix" : "profiles";
        }
        // every payoff list is checked against the declared sizes before anything is allocated
        for (int p = 0; p < n; p++) {
            String at = "/payoffs/" + p;
            JsonNode pp = pay.get(p);
            if (layout.equals("matrix")) {
                if (!pp.isArray() || pp.size() != sizes[0]) {
                    throw new Error(at, "player " + (p + 1) + "'s payoff matrix must have " + sizes[0]
                            + " rows (player 1's strategies), found " + describe(pp));
                }
                for (int i = 0; i < sizes[0]; i++) {
                    JsonNode row = pp.get(i);
                    if (!row.isArray() || row.size() != sizes[1]) {
                        throw new Error(at + "/" + i, "row " + (i + 1) + " of player " + (p + 1)
                                + "'s payoff matrix must have " + sizes[1] + " entries (player 2's strategies), found "
                                + describe(row));
                    }
                }
            } else if (!pp.isArray() || pp.size() != profiles) {
                throw new Error(at, "player " + (p + 1) + "'s payoffs must be a list of " + profiles
                        + " numbers, one per profile (player 1's strategy changing fastest), found " + describe(pp));
            }
        }
        List<List<String>> labels = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            JsonNode s = strat.get(p);
            if (s.isArray()) {
                labels.add(textList(s, "/strategies/" + p, "the strategies of player " + (p + 1), "a strategy label"));
            } else {
                List<String> l = new ArrayList<>(sizes[p]);
                for (int i = 1; i <= sizes[p]; i++) {
                    l.add(Integer.toString(i));
                }
                labels.add(l);
            }
        }
        Rational[][] u = new Rational[n][profiles];
        double[][] d = exact ? null : new double[n][profiles];
        for (int p = 0; p < n; p++) {
            String at = "/payoffs/" + p;
            JsonNode pp = pay.get(p);
            if (layout.equals("matrix")) {
                int rows = sizes[0];
                for (int i = 0; i < rows; i++) {
                    JsonNode row = pp.get(i);
                    for (int j = 0; j < sizes[1]; j++) {
                        int k = i + rows * j;
                        u[p][k] = cell(row.get(j), at + "/" + i + "/" + j, limits, params);
                        if (d != null) {
                            d[p][k] = toDouble(u[p][k], row.get(j), at + "/" + i + "/" + j);
                        }
                    }
                }
            } else {
                for (int k = 0; k < profiles; k++) {
                    u[p][k] = cell(pp.get(k), at + "/" + k, limits, params);
                    if (d != null) {
                        d[p][k] = toDouble(u[p][k], pp.get(k), at + "/" + k);
                    }
                }
            }
        }
        try {
            NormalFormGame g = exact ? NormalFormGame.of(title, players, labels, u)
                    : NormalFormGame.ofDoubles(title, players, labels, d);
            return g.withComment(comment);
        } catch (IllegalArgumentException e) {
            throw new Error("", e.getMessage());
        }
    }

    private static JsonNode require(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            throw new Error("", "missing field \"" + field + "\"");
        }
        return v;
    }

    private static String optionalText(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new Error("/" + field, "\"" + field + "\" must be a string, found " + describe(v));
        }
        return v.asText();
    }

    private static List<String> textList(JsonNode node, String at, String what, String item) {
        if (node == null || node.isNull()) {
            throw new Error("", "missing field \"" + at.substring(1) + "\"");
        }
        if (!node.isArray()) {
            throw new Error(at, what + " must be an array of strings, found " + describe(node));
        }
        List<String> l = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            if (!s.isTextual()) {
                throw new Error(at + "/" + i, "expected " + item + " (a string), found " + describe(s));
            }
            l.add(s.asText());
        }
        return l;
    }

    private static Rational number(JsonNode v, String at, NumberLimits limits) {
        try {
            if (v.isTextual()) {
                return limits.parse(v.asText());
            }
            if (v.isIntegralNumber()) {
                return limits.of(v.bigIntegerValue());
            }
            if (v.isBigDecimal()) {
                return limits.of(v.decimalValue());
            }
            if (v.isNumber()) {
                return limits.parse(v.asText());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            String m = e.getMessage();
            if (m != null && !m.startsWith("not a number") && !m.isEmpty()) {
                throw new Error(at, "bad payoff: " + m);
            }
            throw new Error(at, "bad payoff " + describe(v) + ": expected an exact number such as \"3\", \"-1/4\" or \"0.5\"");
        }
        throw new Error(at, "expected a payoff (a string such as \"1/3\" or a number), found " + describe(v));
    }

    private static double toDouble(Rational r, JsonNode v, String at) {
        double x = r.doubleValue();
        if (!Double.isFinite(x)) {
            throw new Error(at, "payoff " + describe(v) + " does not fit in a double (at most ±1.8e308), and this "
                    + "game is inexact (\"exact\": false reads payoffs as doubles)");
        }
        return x;
    }

    private static String describe(JsonNode v) {
        if (v == null) {
            return "nothing";
        }
        if (v.isArray()) {
            return "an array of " + v.size();
        }
        if (v.isObject()) {
            return "an object";
        }
        String s = v.toString();
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
