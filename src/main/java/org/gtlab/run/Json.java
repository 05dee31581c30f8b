package org.gtlab.run;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * JSON helpers of the run pipeline (Jackson trees). Doubles are written with the shortest decimal
 * that identifies them ({@link Double#toString(double)}) and read back to the same bits; NaN and
 * ±∞, which JSON lacks, are written as the strings "NaN", "Infinity", "-Infinity".
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** A new empty object node. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A new empty array node. */
    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** A double as a node (non-finite values as strings). */
    public static JsonNode number(double v) {
        if (Double.isFinite(v)) {
            return DoubleNode.valueOf(v);
        }
        return TextNode.valueOf(Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
    }

    /**
     * A double from a node written by {@link #number(double)} (or any JSON number).
     *
     * @throws IllegalArgumentException if the node is not a number
     */
    public static double toDouble(JsonNode n) {
        if (n != null && n.isNumber()) {
            return n.doubleValue();
        }
        if (n != null && n.isTextual()) {
            switch (n.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("expected a number, got " + n);
    }

    /** A vector as an array node. */
    public static ArrayNode vector(double[] v) {
        ArrayNode a = array();
        for (double d : v) {
            a.add(number(d));
        }
        return a;
    }

    /** Rows as an array of arrays. */
    public static ArrayNode matrix(double[][] m) {
        ArrayNode a = array();
        for (double[] row : m) {
            a.add(vector(row));
        }
        return a;
    }

    /** @throws IllegalArgumentException if the node is not an array of numbers */
    public static double[] toVector(JsonNode n) {
        if (n == null || !n.isArray()) {
            throw new IllegalArgumentException("expected an array of numbers, got " + n);
        }
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = toDouble(n.get(i));
        }
        return v;
    }

    /** @throws IllegalArgumentException if the node is not an array of arrays of numbers */
    public static double[][] toMatrix(JsonNode n) {
        if (n == null || !n.isArray()) {
            throw new IllegalArgumentException("expected an array of arrays, got " + n);
        }
        double[][] m = new double[n.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = toVector(n.get(i));
        }
        return m;
    }

    /** Pretty-printed text. */
    public static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses JSON text.
     *
     * @throws IllegalArgumentException with the parser's location if the text is not JSON
     */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage() + locationOf(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String locationOf(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            com.fasterxml.jackson.core.JsonLocation l = ((com.fasterxml.jackson.core.JsonProcessingException) e)
                    .getLocation();
            if (l != null) {
                return " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
            }
        }
        return "";
    }

    /**
     * A required field.
     *
     * @throws IllegalArgumentException if it is missing
     */
    public static JsonNode field(JsonNode obj, String name) {
        JsonNode n = obj == null ? null : obj.get(name);
        if (n == null || n.isNull()) {
            throw new IllegalArgumentException("missing field \"" + name + "\"");
        }
        return n;
    }
}
