package org.gtlab.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.NumberLimits;
import org.gtlab.run.GameJson;

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
 * The fields after {@code version} are the one game JSON codec of GT Lab, {@link GameJson}, which run
 * recipes use too (there without the envelope); see it for the details, e.g. a missing
 * {@code payoffLayout} follows the shape of {@code payoffs}.
 * A game written and read back is equal to the original ({@link NormalFormGame#equals}).
 *
 * <p>Reading is safe on any input: numbers within {@link NumberLimits} (digits, exponents, a budget
 * per file), nesting at most {@link #MAX_DEPTH} deep, declared strategy counts checked against the
 * payoff lists present before anything is allocated. Every error — malformed JSON, a limit, a wrong
 * field — is a {@link GameFormatException} with the line and column of the offending JSON value.
 */
public final class JsonGameFormat {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "gtlab-game";
    /** The newest version this class reads and the one it writes. */
    public static final int VERSION = 1;
    /** Deepest nesting of arrays and objects read (a game needs 4). */
    public static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(NumberLimits.MAX_DIGITS + 16).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

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
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        GameJson.write(g, doc);
        DefaultIndenter nl = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(nl).withArrayIndenter(nl);
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.setPrettyPrinter(pp);
            print(doc, gen);
        }
        out.write('\n');
    }

    /** Pretty-prints with every array of scalars on one line (a list of labels, a matrix row). */
    private static void print(JsonNode n, JsonGenerator gen) throws IOException {
        if (n.isObject()) {
            gen.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                gen.writeFieldName(e.getKey());
                print(e.getValue(), gen);
            }
            gen.writeEndObject();
        } else if (n.isArray() && n.size() > 0 && !n.get(0).isContainerNode()) {
            gen.writeRawValue(MAPPER.writeValueAsString(n));
        } else if (n.isArray()) {
            gen.writeStartArray();
            for (JsonNode x : n) {
                print(x, gen);
            }
            gen.writeEndArray();
        } else {
            MAPPER.writeTree(gen, n);
        }
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
        return parse(text, displayName, java.util.Map.of());
    }

    /**
     * Reads a game from JSON text with parameter values overriding the file's {@code "parameters"}
     * defaults (see {@link GameJson#read(JsonNode, NumberLimits, java.util.Map)}); errors name
     * {@code displayName}, line and column.
     */
    public static NormalFormGame parse(String text, String displayName, java.util.Map<String, org.gtlab.math.Rational> values)
            throws GameFormatException {
        String file = displayName == null ? "<input>" : displayName;
        JsonNode root = tree(text, file);
        try {
            envelope(root);
            return GameJson.read(root, NumberLimits.forLength(text.length()), values);
        } catch (GameJson.Error e) {
            int[] at = locate(text, e.pointer());
            throw new GameFormatException(file, at[0], at[1], e.detail(), e);
        }
    }

    /**
     * Reads a game file keeping its parameters and payoff expressions ({@link GameJson#readParametric});
     * null when the file declares no {@code "parameters"}. Errors name {@code displayName}, line and column.
     */
    public static org.gtlab.game.ParametricGame parseParametric(String text, String displayName)
            throws GameFormatException {
        String file = displayName == null ? "<input>" : displayName;
        JsonNode root = tree(text, file);
        try {
            envelope(root);
            return GameJson.readParametric(root, NumberLimits.forLength(text.length()));
        } catch (GameJson.Error e) {
            int[] at = locate(text, e.pointer());
            throw new GameFormatException(file, at[0], at[1], e.detail(), e);
        }
    }

    /** Reads the parametric game in {@code path} (null if it has no parameters); errors name the path. */
    public static org.gtlab.game.ParametricGame readParametric(Path path) throws IOException {
        return parseParametric(NfgReader.decode(GameFiles.readBytes(path)), path.toString());
    }

    /** A parametric game as a version-1 JSON document: expressions, parameter values and ranges. */
    public static String toJson(org.gtlab.game.ParametricGame g) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        GameJson.write(g, doc);
        StringWriter w = new StringWriter();
        try {
            pretty(doc, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void pretty(ObjectNode doc, Writer out) throws IOException {
        DefaultIndenter nl = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(nl).withArrayIndenter(nl);
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.setPrettyPrinter(pp);
            print(doc, gen);
        }
        out.write('\n');
    }

    /** The JSON tree of {@code text}, or a {@link GameFormatException} with line and column. */
    private static JsonNode tree(String text, String file) throws GameFormatException {
        JsonNode root;
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                throw new GameFormatException(file, 1, 1, "empty file: expected a JSON object");
            }
            try {
                root = MAPPER.readTree(p);
            } catch (StreamConstraintsException e) {
                JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                throw new GameFormatException(file, l.getLineNr(), l.getColumnNr(), "refused: "
                        + constraint(e.getOriginalMessage()), e);
            } catch (NumberFormatException | ArithmeticException e) {
                // Jackson converts numbers while building the tree (e.g. "exponent overflow")
                JsonLocation l = p.currentTokenLocation();
                throw new GameFormatException(file, l.getLineNr(), l.getColumnNr(), "bad number: "
                        + (e.getMessage() == null ? "out of range" : e.getMessage()), e);
            }
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new GameFormatException(file, l.getLineNr(), l.getColumnNr(),
                        "unexpected content after the end of the JSON object");
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new GameFormatException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (GameFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string does not fail", e);
        }
        return root;
    }

    /** A Jackson stream constraint in words. */
    private static String constraint(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return "a number with more than " + NumberLimits.MAX_DIGITS + " digits";
        }
        if (m.contains("String value length") || m.contains("String length")) {
            return "a string too long to be a name or a label";
        }
        return m.replaceAll(" ?\\(from `[^`]*`\\)", "");
    }

    /** Checks {@code format} and {@code version}. */
    private static void envelope(JsonNode root) {
        if (!root.isObject()) {
            throw new GameJson.Error("", "expected a JSON object with \"format\": \"" + FORMAT + "\"");
        }
        JsonNode format = root.get("format");
        if (format == null) {
            throw new GameJson.Error("", "missing field \"format\" (expected \"" + FORMAT + "\")");
        }
        if (!format.isTextual() || !format.asText().equals(FORMAT)) {
            throw new GameJson.Error("/format", "not a GT Lab game file: \"format\" is " + abbreviate(format)
                    + ", expected \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null) {
            throw new GameJson.Error("", "missing field \"version\"");
        }
        if (!version.isIntegralNumber()) {
            throw new GameJson.Error("/version", "\"version\" must be a whole number, found " + abbreviate(version));
        }
        if (version.bigIntegerValue().compareTo(BigInteger.valueOf(VERSION)) > 0) {
            throw new GameJson.Error("/version", "unsupported " + FORMAT + " version " + abbreviate(version)
                    + ": this GT Lab reads version " + VERSION + " (the file was written by a newer GT Lab)");
        }
        if (version.bigIntegerValue().compareTo(BigInteger.ONE) < 0) {
            throw new GameJson.Error("/version", "unsupported " + FORMAT + " version " + abbreviate(version)
                    + ": versions start at 1");
        }
    }

    private static String abbreviate(JsonNode v) {
        String s = v.toString();
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static final int OBJECT = Integer.MIN_VALUE;

    /**
     * Line and column of the value at {@code pointer} (a JSON pointer), found by streaming through
     * the text once more (only when there is an error to report); {@code {0, 0}} if not found.
     */
    static int[] locate(String text, String pointer) {
        List<String> want = new ArrayList<>();
        if (!pointer.isEmpty()) {
            for (String part : pointer.substring(1).split("/", -1)) {
                want.add(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        try (JsonParser p = FACTORY.createParser(text)) {
            // path[d] is the key or index of the current value at depth d + 1; index[d] counts the
            // elements of an array (from -1 before the first), OBJECT for an object
            List<String> path = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    path.set(path.size() - 1, p.currentName());
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    path.remove(path.size() - 1);
                    index.remove(index.size() - 1);
                    continue;
                }
                int d = path.size() - 1;
                if (d >= 0 && index.get(d) != OBJECT) {
                    index.set(d, index.get(d) + 1);
                    path.set(d, Integer.toString(index.get(d)));
                }
                if (path.equals(want)) {
                    JsonLocation l = p.currentTokenLocation();
                    return new int[] {l.getLineNr(), l.getColumnNr()};
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    path.add(null);
                    index.add(t == JsonToken.START_OBJECT ? OBJECT : -1);
                }
            }
        } catch (IOException e) {
            // fall through: position unknown
        }
        return new int[] {0, 0};
    }
}
