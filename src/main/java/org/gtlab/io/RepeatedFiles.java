package org.gtlab.io;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.NumberLimits;
import org.gtlab.repeated.MemoryOne;
import org.gtlab.repeated.PlaySession;
import org.gtlab.repeated.RepeatedDocument;
import org.gtlab.repeated.StrategySpec;
import org.gtlab.run.GameJson;

/**
 * The one codec of the repeated-games lab's files: the repeated-game document and the strategy
 * file, both versioned JSON, written atomically ({@link AtomicFiles}) and read with errors as
 * {@link GameFormatException} ({@code file:line:column: detail}, the detail naming the field).
 *
 * <p>Strategy file ({@code .strategy.json}), version 1 — a memory-one vector:
 * <pre>
 * { "format": "gtlab-strategy", "version": 1, "name": "my-gtft", "type": "memory-one",
 *   "vector": { "pCC": 1, "pCD": 0.3, "pDC": 1, "pDD": 0.3 }, "first": 1 }
 * </pre>
 * or a finite-state machine whose states carry their action and the next state after the
 * opponent's C and D ({@link StrategySpec.Machine}):
 * <pre>
 * { "format": "gtlab-strategy", "version": 1, "name": "my-grim", "type": "fsm", "initial": "calm",
 *   "states": [ { "name": "calm",  "action": "C", "onC": "calm",  "onD": "angry" },
 *               { "name": "angry", "action": "D", "onC": "angry", "onD": "angry" } ] }
 * </pre>
 * {@code first} defaults to 1. A probability outside [0, 1], a missing state or transition, an
 * unknown state name, a bad action give one line naming the field (for example
 * {@code grim.json:4:52: states.1.onD: state 'angry' goes to state 'furious' after the opponent's
 * D, which is not a state (missing state)}).
 *
 * <p>Repeated-game document ({@code .gtrepeated.json}), version 1:
 * <pre>
 * { "format": "gtlab-repeated-game", "version": 1, "title": "…",
 *   "stage": { …the fields of a GT Lab game file (title, players, strategies, payoffs)… },
 *   "turns": 200, "continuation": 1, "noise": 0,
 *   "roster": ["tit-for-tat", "my-grim"],
 *   "strategies": [ { …a strategy file without format/version… } ] }
 * </pre>
 * Horizon, noise and roster as in {@link RepeatedDocument}; numbers are written in Java's shortest
 * round-trip form, so a written document reads back equal ({@link RepeatedDocument#equals}).
 */
public final class RepeatedFiles {

    /** Format name of a strategy file. */
    public static final String STRATEGY_FORMAT = "gtlab-strategy";
    /** Format name of an autosaved human-play session. */
    public static final String PLAY_FORMAT = "gtlab-repeated-play";
    /** Format name of a repeated-game document. */
    public static final String DOCUMENT_FORMAT = "gtlab-repeated-game";
    /** The version written and the newest read. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonGameFormat.MAX_DEPTH)
                    .maxNumberLength(NumberLimits.MAX_DIGITS + 16).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private RepeatedFiles() {
    }

    /** A check that failed, at a JSON pointer. */
    private static final class Bad extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final String pointer;

        Bad(String pointer, String detail) {
            super(detail);
            this.pointer = pointer;
        }
    }

    // ---------------------------------------------------------------- strategies

    /** The strategy as a version-1 strategy file (ends with a newline). */
    public static String toJson(StrategySpec s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", STRATEGY_FORMAT);
        o.put("version", VERSION);
        writeStrategy(s, o);
        return pretty(o);
    }

    /** Writes a strategy file atomically. */
    public static void write(StrategySpec s, Path target) throws IOException {
        AtomicFiles.write(target, toJson(s));
    }

    /** Reads a strategy file; errors name the path as given. */
    public static StrategySpec readStrategy(Path path) throws IOException {
        return parseStrategy(read(path), path.toString());
    }

    /** Reads a strategy from JSON text; errors name {@code displayName}, line and column. */
    public static StrategySpec parseStrategy(String text, String displayName) throws GameFormatException {
        JsonNode root = tree(text, displayName);
        try {
            envelope(root, STRATEGY_FORMAT);
            return readStrategy(root, "");
        } catch (Bad e) {
            throw error(text, displayName, e.pointer, e.getMessage(), e);
        } catch (StrategySpec.FieldError e) {
            throw error(text, displayName, e.field(), fieldName(e.field()) + e.detail(), e);
        }
    }

    private static void writeStrategy(StrategySpec s, ObjectNode o) {
        o.put("name", s.name());
        if (s instanceof StrategySpec.MemoryOneSpec m) {
            o.put("type", "memory-one");
            MemoryOne v = m.vector();
            ObjectNode vec = o.putObject("vector");
            vec.put("pCC", v.pCC());
            vec.put("pCD", v.pCD());
            vec.put("pDC", v.pDC());
            vec.put("pDD", v.pDD());
            o.put("first", v.first());
        } else if (s instanceof StrategySpec.Machine m) {
            o.put("type", "fsm");
            o.put("initial", m.initial());
            ArrayNode states = o.putArray("states");
            for (StrategySpec.State st : m.states()) {
                ObjectNode n = states.addObject();
                n.put("name", st.name());
                n.put("action", String.valueOf(st.action()));
                n.put("onC", st.onC());
                n.put("onD", st.onD());
            }
        }
    }

    /** Reads the strategy fields of {@code o}; pointers are prefixed with {@code at}. */
    private static StrategySpec readStrategy(JsonNode o, String at) {
        if (!o.isObject()) {
            throw new Bad(at, "expected a strategy object");
        }
        String name = text(o, at, "name");
        String type = text(o, at, "type");
        try {
            switch (type) {
                case "memory-one": {
                    JsonNode v = o.get("vector");
                    if (v == null || !v.isObject()) {
                        throw new Bad(v == null ? at : at + "/vector", "vector: expected an object with pCC, pCD, pDC, "
                                + "pDD (probabilities of C after CC, CD, DC, DD)");
                    }
                    double[] p = new double[4];
                    String[] keys = {"pCC", "pCD", "pDC", "pDD"};
                    for (int i = 0; i < 4; i++) {
                        p[i] = number(v, at + "/vector", keys[i], "vector.");
                    }
                    Iterator<String> names = v.fieldNames();
                    while (names.hasNext()) {
                        String k = names.next();
                        if (!List.of(keys).contains(k)) {
                            throw new Bad(at + "/vector/" + k, "vector." + k + ": unknown entry (pCC, pCD, pDC, pDD)");
                        }
                    }
                    double first = o.has("first") ? number(o, at, "first", "") : 1;
                    return StrategySpec.MemoryOneSpec.of(name, p[0], p[1], p[2], p[3], first);
                }
                case "fsm": {
                    JsonNode states = o.get("states");
                    if (states == null || !states.isArray()) {
                        throw new Bad(states == null ? at : at + "/states", "states: expected a list of states");
                    }
                    List<StrategySpec.State> list = new ArrayList<>();
                    for (int i = 0; i < states.size(); i++) {
                        JsonNode st = states.get(i);
                        String sat = at + "/states/" + i;
                        if (!st.isObject()) {
                            throw new Bad(sat, "states." + i + ": expected an object with name, action, onC, onD");
                        }
                        String action = text(st, sat, "action");
                        if (action.length() != 1) {
                            throw new Bad(sat + "/action", "states." + i + ".action: must be C or D, got '" + action
                                    + "'");
                        }
                        list.add(new StrategySpec.State(text(st, sat, "name"), action.charAt(0),
                                optText(st, "onC"), optText(st, "onD")));
                    }
                    return new StrategySpec.Machine(name, optText(o, "initial"), list);
                }
                default:
                    throw new Bad(at + "/type", "type: must be memory-one or fsm, got '" + type + "'");
            }
        } catch (StrategySpec.FieldError e) {
            throw new Bad(at + e.field(), fieldName(at + e.field()) + e.detail());
        }
    }

    // ---------------------------------------------------------------- documents

    /** The document as a version-1 JSON file (ends with a newline). */
    public static String toJson(RepeatedDocument d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", DOCUMENT_FORMAT);
        o.put("version", VERSION);
        o.put("title", d.title());
        o.set("stage", GameJson.write(d.stage()));
        o.put("turns", d.turns());
        o.put("continuation", d.continuation());
        o.put("noise", d.noise());
        ArrayNode roster = o.putArray("roster");
        d.roster().forEach(roster::add);
        ArrayNode strategies = o.putArray("strategies");
        for (StrategySpec s : d.strategies()) {
            writeStrategy(s, strategies.addObject());
        }
        return pretty(o);
    }

    /** Writes a document atomically. */
    public static void write(RepeatedDocument d, Path target) throws IOException {
        AtomicFiles.write(target, toJson(d));
    }

    /** Reads a document; errors name the path as given. */
    public static RepeatedDocument readDocument(Path path) throws IOException {
        return parseDocument(read(path), path.toString());
    }

    /** Reads a document from JSON text; errors name {@code displayName}, line and column. */
    public static RepeatedDocument parseDocument(String text, String displayName) throws GameFormatException {
        JsonNode root = tree(text, displayName);
        try {
            envelope(root, DOCUMENT_FORMAT);
            JsonNode stageNode = root.get("stage");
            if (stageNode == null || !stageNode.isObject()) {
                throw new Bad(stageNode == null ? "" : "/stage", "stage: expected the stage game as an object");
            }
            NormalFormGame stage;
            try {
                stage = GameJson.read(stageNode, NumberLimits.forLength(text.length()));
            } catch (GameJson.Error e) {
                throw new Bad("/stage" + e.pointer(), "stage: " + e.detail());
            }
            long t = integer(root, "turns");
            if (t < Integer.MIN_VALUE || t > Integer.MAX_VALUE) {
                throw new Bad("/turns", "turns: " + t + " is too large");
            }
            int turns = (int) t;
            double continuation = root.has("continuation") ? number(root, "", "continuation", "") : 1;
            double noise = root.has("noise") ? number(root, "", "noise", "") : 0;
            List<String> roster = new ArrayList<>();
            JsonNode r = root.get("roster");
            if (r != null) {
                if (!r.isArray()) {
                    throw new Bad("/roster", "roster: expected a list of strategy names");
                }
                for (int i = 0; i < r.size(); i++) {
                    if (!r.get(i).isTextual()) {
                        throw new Bad("/roster/" + i, "roster." + i + ": expected a strategy name");
                    }
                    roster.add(r.get(i).asText());
                }
            }
            List<StrategySpec> strategies = new ArrayList<>();
            JsonNode s = root.get("strategies");
            if (s != null) {
                if (!s.isArray()) {
                    throw new Bad("/strategies", "strategies: expected a list of strategies");
                }
                for (int i = 0; i < s.size(); i++) {
                    strategies.add(readStrategy(s.get(i), "/strategies/" + i));
                }
            }
            try {
                return new RepeatedDocument(optText(root, "title"), stage, turns, continuation, noise, roster,
                        strategies);
            } catch (IllegalArgumentException e) {
                // "turns: …", "roster[2]: …": point at the field
                String m = e.getMessage();
                String field = m.contains(":") ? m.substring(0, m.indexOf(':')) : "";
                String pointer = field.isEmpty() ? "" : "/" + field.replace("[", "/").replace("]", "");
                throw new Bad(pointer, m);
            }
        } catch (Bad e) {
            throw error(text, displayName, e.pointer, e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- play sessions

    /**
     * A human-play session (see {@link PlaySession}) as JSON: {@code format "gtlab-repeated-play"},
     * {@code document} (a repeated-game document's fields), {@code opponent}, {@code seed},
     * {@code moves} (the human's 0-based rows).
     */
    public static String toJson(PlaySession p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", PLAY_FORMAT);
        o.put("version", VERSION);
        try {
            o.set("document", MAPPER.readTree(toJson(p.document())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("our own JSON reads back", e);
        }
        o.put("opponent", p.opponent());
        o.put("seed", p.seed());
        ArrayNode moves = o.putArray("moves");
        p.moves().forEach(moves::add);
        return pretty(o);
    }

    /** Writes a play session atomically (the lab's autosave). */
    public static void write(PlaySession p, Path target) throws IOException {
        AtomicFiles.write(target, toJson(p));
    }

    /** Reads a play session; errors name the path, line and column. */
    public static PlaySession readPlay(Path path) throws IOException {
        String text = read(path);
        String file = path.toString();
        JsonNode root = tree(text, file);
        try {
            envelope(root, PLAY_FORMAT);
            JsonNode d = root.get("document");
            if (d == null || !d.isObject()) {
                throw new Bad("", "document: missing");
            }
            RepeatedDocument doc;
            try {
                doc = parseDocument(pretty(d), file);
            } catch (GameFormatException e) {
                throw new Bad("/document", "document: " + e.detail());
            }
            String opponent = text(root, "", "opponent");
            long seed = integer(root, "seed");
            List<Integer> moves = new ArrayList<>();
            JsonNode m = root.get("moves");
            if (m == null || !m.isArray()) {
                throw new Bad(m == null ? "" : "/moves", "moves: expected a list of rows");
            }
            for (int i = 0; i < m.size(); i++) {
                if (!m.get(i).canConvertToInt()) {
                    throw new Bad("/moves/" + i, "moves." + i + ": expected a row number");
                }
                moves.add(m.get(i).asInt());
            }
            PlaySession p = new PlaySession(doc, opponent, seed, moves);
            try {
                p.replay();
            } catch (IllegalArgumentException e) {
                String msg = e.getMessage();
                String field = msg.startsWith("moves[") ? "/moves/" + msg.substring(6, msg.indexOf(']')) : "/opponent";
                throw new Bad(field, msg);
            }
            return p;
        } catch (Bad e) {
            throw error(text, file, e.pointer, e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- JSON plumbing

    private static String read(Path path) throws IOException {
        try {
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw AtomicFiles.explain("read", path, e);
        }
    }

    private static JsonNode tree(String text, String displayName) throws GameFormatException {
        String file = displayName == null ? "<input>" : displayName;
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                throw new GameFormatException(file, 1, 1, "empty file: expected a JSON object");
            }
            JsonNode root = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new GameFormatException(file, l.getLineNr(), l.getColumnNr(),
                        "unexpected content after the end of the JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new GameFormatException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (GameFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string does not fail", e);
        }
    }

    private static void envelope(JsonNode root, String format) {
        if (!root.isObject()) {
            throw new Bad("", "expected a JSON object with \"format\": \"" + format + "\"");
        }
        JsonNode f = root.get("format");
        if (f == null) {
            throw new Bad("", "missing field \"format\" (expected \"" + format + "\")");
        }
        if (!f.isTextual() || !f.asText().equals(format)) {
            throw new Bad("/format", "format: expected \"" + format + "\", found " + f);
        }
        JsonNode v = root.get("version");
        if (v == null || !v.isIntegralNumber()) {
            throw new Bad(v == null ? "" : "/version", "version: expected a whole number");
        }
        if (v.bigIntegerValue().compareTo(BigInteger.valueOf(VERSION)) > 0) {
            throw new Bad("/version", "unsupported " + format + " version " + v + ": this GT Lab reads version "
                    + VERSION + " (the file was written by a newer GT Lab)");
        }
    }

    private static String text(JsonNode o, String at, String key) {
        JsonNode v = o.get(key);
        if (v == null) {
            throw new Bad(at, fieldName(at + "/" + key) + "missing");
        }
        if (!v.isTextual()) {
            throw new Bad(at + "/" + key, fieldName(at + "/" + key) + "expected text, found " + v);
        }
        return v.asText();
    }

    private static String optText(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static double number(JsonNode o, String at, String key, String prefix) {
        JsonNode v = o.get(key);
        if (v == null) {
            throw new Bad(at, prefix + key + ": missing");
        }
        if (!v.isNumber()) {
            throw new Bad(at + "/" + key, prefix + key + ": expected a number, found " + v);
        }
        return v.asDouble();
    }

    private static long integer(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null) {
            throw new Bad("", key + ": missing");
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new Bad("/" + key, key + ": expected a whole number, found " + v);
        }
        return v.asLong();
    }

    /** "states.1.onD: " from "/states/1/onD" ("" for the root). */
    private static String fieldName(String pointer) {
        return pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.') + ": ";
    }

    /** The error at {@code pointer}, or at its nearest existing parent (a missing field). */
    private static GameFormatException error(String text, String file, String pointer, String detail, Throwable cause) {
        String p = pointer;
        int[] at = JsonGameFormat.locate(text, p);
        while (at[0] == 0 && !p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            at = JsonGameFormat.locate(text, p);
        }
        if (at[0] == 0) {
            at = new int[] {1, 1};
        }
        return new GameFormatException(file == null ? "<input>" : file, at[0], at[1], detail, cause);
    }

    private static String pretty(JsonNode o) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(pp).writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing a JSON tree does not fail", e);
        }
    }
}
