package org.gtlab.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;

/**
 * GT Lab's versioned JSON game file. Version 1:
 * <pre>
 * {
 *   "format" : "gtlab-game",
 *   "version" : 1,
 *   "title" : "Prisoner's Dilemma",
 *   "comment" : "",
 *   "players" : ["Row","Column"],
 *   "strategies" : [
 *     ["C","D"],
 *     ["C","D"]
 *   ],
 *   "exact" : true,
 *   "payoffLayout" : "matrix",
 *   "payoffs" : [
 *     [ ["3","0"], ["5","1"] ],
 *     [ ["3","5"], ["0","1"] ]
 *   ]
 * }
 * </pre>
 * <ul>
 *   <li>{@code format} must be {@code "gtlab-game"}; {@code version} must be 1 (a newer version is
 *       refused with a message saying so). Unknown extra fields are ignored.</li>
 *   <li>{@code payoffs[p]} holds player p's payoffs as exact strings ({@code "1/3"}, {@code "-2"},
 *       {@code "0.25"}); JSON numbers are also accepted and read exactly.</li>
 *   <li>{@code payoffLayout "matrix"} (written for two players): {@code payoffs[p][i][j]} is player
 *       p's payoff when player 1 plays i and player 2 plays j (rows = player 1's strategies).</li>
 *   <li>{@code payoffLayout "profiles"} (written for N ≠ 2 players, accepted for any N):
 *       {@code payoffs[p][k]} is player p's payoff at profile k, profiles numbered with player 1's
 *       strategy changing fastest (Gambit's .nfg order, {@link NormalFormGame#profileIndex}).</li>
 *   <li>{@code exact} (default true): false marks a game whose payoffs came from doubles
 *       ({@link NormalFormGame#isExact()}); such payoffs are read through {@code double}.</li>
 * </ul>
 * A game written and read back is equal to the original ({@link NormalFormGame#equals}). Errors are
 * {@link GameFormatException}s with the line and column of the offending JSON value.
 */
public final class JsonGameFormat {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "gtlab-game";
    /** The newest version this class reads and the one it writes. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private JsonGameFormat() {
    }

    // ---------------------------------------------------------------- writing

    /** The game as a version-1 JSON document (ends with a newline). */
    public static String toJson(NormalFormGame g) {
        StringWriter w = new StringWriter();
        try {
            write(g, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes the game as a version-1 JSON document to {@code out} (not closed). */
    public static void write(NormalFormGame g, Writer out) throws IOException {
        DefaultIndenter nl = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(nl).withArrayIndenter(nl);
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.setPrettyPrinter(pp);
            gen.writeStartObject();
            gen.writeStringField("format", FORMAT);
            gen.writeNumberField("version", VERSION);
            gen.writeStringField("title", g.title());
            gen.writeStringField("comment", g.comment());
            gen.writeFieldName("players");
            gen.writeRawValue(compact(g.playerNames()));
            gen.writeFieldName("strategies");
            gen.writeStartArray();
            for (List<String> labels : g.strategyLabels()) {
                gen.writeRawValue(compact(labels));
            }
            gen.writeEndArray();
            gen.writeBooleanField("exact", g.isExact());
            boolean matrix = g.numPlayers() == 2;
            gen.writeStringField("payoffLayout", matrix ? "matrix" : "profiles");
            gen.writeFieldName("payoffs");
            gen.writeStartArray();
            for (int p = 0; p < g.numPlayers(); p++) {
                if (matrix) {
                    gen.writeStartArray();
                    for (Rational[] row : g.matrix(p)) {
                        gen.writeRawValue(compact(strings(row)));
                    }
                    gen.writeEndArray();
                } else {
                    gen.writeRawValue(compact(strings(g.payoffs(p))));
                }
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        out.write('\n');
    }

    private static List<String> strings(Rational[] values) {
        List<String> s = new ArrayList<>(values.length);
        for (Rational r : values) {
            s.add(r.toString());
        }
        return s;
    }

    private static String compact(List<String> values) throws JsonProcessingException {
        return MAPPER.writeValueAsString(values);
    }

    // ---------------------------------------------------------------- reading

    /** Reads the game in {@code path}; errors name the path as given. */
    public static NormalFormGame read(Path path) throws IOException {
        return parse(NfgReader.decode(GameFiles.readBytes(path)), path.toString());
    }

    /** Reads a game from {@code in} (not closed); errors name {@code displayName}. */
    public static NormalFormGame read(Reader in, String displayName) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int r; (r = in.read(buf)) > 0;) {
            sb.append(buf, 0, r);
        }
        return parse(sb.toString(), displayName);
    }

    /** Reads a game from JSON text; errors name {@code displayName}. */
    public static NormalFormGame parse(String text, String displayName) throws GameFormatException {
        String file = displayName == null ? "<input>" : displayName;
        Map<String, JsonLocation> where = new HashMap<>();
        JsonNode root;
        try {
            try (JsonParser p = FACTORY.createParser(text)) {
                p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                if (p.nextToken() == null) {
                    throw new GameFormatException(file, 1, 1, "empty file: expected a JSON object");
                }
                locate(p, "", where);
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    JsonLocation l = p.currentTokenLocation();
                    throw new GameFormatException(file, l.getLineNr(), l.getColumnNr(),
                            "unexpected content after the end of the JSON object");
                }
            }
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new GameFormatException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (GameFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string does not fail", e);
        }
        return new TreeReader(file, where).game(root);
    }

    /** Records the start location of every value under its JSON-pointer path. */
    private static void locate(JsonParser p, String path, Map<String, JsonLocation> where) throws IOException {
        where.put(path, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName().replace("~", "~0").replace("/", "~1");
                p.nextToken();
                locate(p, path + "/" + name, where);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                locate(p, path + "/" + i++, where);
            }
        }
    }

    /** Validates the tree and builds the game; knows where each value came from. */
    private static final class TreeReader {

        private final String file;
        private final Map<String, JsonLocation> where;

        TreeReader(String file, Map<String, JsonLocation> where) {
            this.file = file;
            this.where = where;
        }

        GameFormatException error(String path, String detail) {
            JsonLocation l = where.get(path);
            return l == null ? new GameFormatException(file, 0, 0, detail)
                    : new GameFormatException(file, l.getLineNr(), l.getColumnNr(), detail);
        }

        NormalFormGame game(JsonNode root) throws GameFormatException {
            if (!root.isObject()) {
                throw error("", "expected a JSON object with \"format\": \"" + FORMAT + "\"");
            }
            JsonNode format = root.get("format");
            if (format == null) {
                throw error("", "missing field \"format\" (expected \"" + FORMAT + "\")");
            }
            if (!format.isTextual() || !format.asText().equals(FORMAT)) {
                throw error("/format", "not a GT Lab game file: \"format\" is " + format + ", expected \"" + FORMAT + "\"");
            }
            JsonNode version = root.get("version");
            if (version == null) {
                throw error("", "missing field \"version\"");
            }
            if (!version.isIntegralNumber()) {
                throw error("/version", "\"version\" must be a whole number, found " + version);
            }
            if (version.bigIntegerValue().compareTo(BigInteger.valueOf(VERSION)) > 0) {
                throw error("/version", "unsupported " + FORMAT + " version " + version
                        + ": this GT Lab reads version " + VERSION + " (the file was written by a newer GT Lab)");
            }
            if (version.bigIntegerValue().compareTo(BigInteger.ONE) < 0) {
                throw error("/version", "unsupported " + FORMAT + " version " + version + ": versions start at 1");
            }
            String title = optionalText(root, "title");
            String comment = optionalText(root, "comment");
            List<String> players = textList(root.get("players"), "/players", "players", "a player name");
            if (players.isEmpty()) {
                throw error("/players", "the game has no players");
            }
            int n = players.size();
            JsonNode strat = require(root, "strategies");
            if (!strat.isArray() || strat.size() != n) {
                throw error("/strategies", "\"strategies\" must be an array with one label list per player (" + n
                        + "), found " + describe(strat));
            }
            List<List<String>> labels = new ArrayList<>();
            long count = 1;
            for (int p = 0; p < n; p++) {
                JsonNode s = strat.get(p);
                String at = "/strategies/" + p;
                List<String> l;
                if (s.isIntegralNumber()) {
                    int k = s.asInt();
                    if (k < 1 || !s.canConvertToInt()) {
                        throw error(at, "player " + (p + 1) + " needs at least one strategy, found " + s);
                    }
                    l = new ArrayList<>();
                    for (int i = 1; i <= k; i++) {
                        l.add(Integer.toString(i));
                    }
                } else {
                    l = textList(s, at, "the strategies of player " + (p + 1), "a strategy label");
                }
                if (l.isEmpty()) {
                    throw error(at, "player " + (p + 1) + " has no strategies");
                }
                count *= l.size();
                if (count > NormalFormGame.MAX_PROFILES) {
                    throw error("/strategies", "game too large: more than " + NormalFormGame.MAX_PROFILES
                            + " pure-strategy profiles");
                }
                labels.add(l);
            }
            int profiles = (int) count;
            boolean exact = true;
            JsonNode ex = root.get("exact");
            if (ex != null) {
                if (!ex.isBoolean()) {
                    throw error("/exact", "\"exact\" must be true or false, found " + ex);
                }
                exact = ex.booleanValue();
            }
            String layout = n == 2 ? "matrix" : "profiles";
            JsonNode lay = root.get("payoffLayout");
            if (lay != null) {
                if (!lay.isTextual() || !(lay.asText().equals("matrix") || lay.asText().equals("profiles"))) {
                    throw error("/payoffLayout", "\"payoffLayout\" must be \"matrix\" or \"profiles\", found " + lay);
                }
                layout = lay.asText();
                if (layout.equals("matrix") && n != 2) {
                    throw error("/payoffLayout", "\"payoffLayout\": \"matrix\" needs two players; this game has " + n
                            + " (use \"profiles\")");
                }
            }
            JsonNode pay = require(root, "payoffs");
            if (!pay.isArray() || pay.size() != n) {
                throw error("/payoffs", "\"payoffs\" must be an array with one entry per player (" + n + "), found "
                        + describe(pay));
            }
            Rational[][] u = new Rational[n][profiles];
            for (int p = 0; p < n; p++) {
                String at = "/payoffs/" + p;
                JsonNode pp = pay.get(p);
                if (layout.equals("matrix")) {
                    int rows = labels.get(0).size();
                    int cols = labels.get(1).size();
                    if (!pp.isArray() || pp.size() != rows) {
                        throw error(at, "player " + (p + 1) + "'s payoff matrix must have " + rows
                                + " rows (player 1's strategies), found " + describe(pp));
                    }
                    for (int i = 0; i < rows; i++) {
                        JsonNode row = pp.get(i);
                        if (!row.isArray() || row.size() != cols) {
                            throw error(at + "/" + i, "row " + (i + 1) + " of player " + (p + 1) + "'s payoff matrix must have "
                                    + cols + " entries (player 2's strategies), found " + describe(row));
                        }
                        for (int j = 0; j < cols; j++) {
                            u[p][i + rows * j] = number(row.get(j), at + "/" + i + "/" + j);
                        }
                    }
                } else {
                    if (!pp.isArray() || pp.size() != profiles) {
                        throw error(at, "player " + (p + 1) + "'s payoffs must be a list of " + profiles
                                + " numbers, one per profile (player 1's strategy changing fastest), found "
                                + describe(pp));
                    }
                    for (int k = 0; k < profiles; k++) {
                        u[p][k] = number(pp.get(k), at + "/" + k);
                    }
                }
            }
            NormalFormGame g;
            if (exact) {
                g = NormalFormGame.of(title, players, labels, u);
            } else {
                double[][] d = new double[n][profiles];
                for (int p = 0; p < n; p++) {
                    for (int k = 0; k < profiles; k++) {
                        d[p][k] = u[p][k].doubleValue();
                    }
                }
                g = NormalFormGame.ofDoubles(title, players, labels, d);
            }
            return g.withComment(comment);
        }

        private JsonNode require(JsonNode obj, String field) throws GameFormatException {
            JsonNode v = obj.get(field);
            if (v == null || v.isNull()) {
                throw error("", "missing field \"" + field + "\"");
            }
            return v;
        }

        private String optionalText(JsonNode obj, String field) throws GameFormatException {
            JsonNode v = obj.get(field);
            if (v == null || v.isNull()) {
                return "";
            }
            if (!v.isTextual()) {
                throw error("/" + field, "\"" + field + "\" must be a string, found " + describe(v));
            }
            return v.asText();
        }

        private List<String> textList(JsonNode node, String at, String what, String item) throws GameFormatException {
            if (node == null || node.isNull()) {
                throw error("", "missing field \"" + at.substring(1) + "\"");
            }
            if (!node.isArray()) {
                throw error(at, what + " must be an array of strings, found " + describe(node));
            }
            List<String> l = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode s = node.get(i);
                if (!s.isTextual()) {
                    throw error(at + "/" + i, "expected " + item + " (a string), found " + describe(s));
                }
                l.add(s.asText());
            }
            return l;
        }

        private Rational number(JsonNode v, String at) throws GameFormatException {
            try {
                if (v.isTextual()) {
                    return Rational.parse(v.asText());
                }
                if (v.isIntegralNumber()) {
                    return Rational.of(v.bigIntegerValue());
                }
                if (v.isNumber()) {
                    BigDecimal d = v.decimalValue();
                    return Rational.of(d);
                }
            } catch (NumberFormatException | ArithmeticException e) {
                throw error(at, "bad payoff " + v + ": expected an exact number such as \"3\", \"-1/4\" or \"0.5\"");
            }
            throw error(at, "expected a payoff (a string such as \"1/3\" or a number), found " + describe(v));
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
}
