package org.gtlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;

/** Formatting of profiles the way Gambit's command-line tools print them. */
final class Output {

    /**
     * The JSON writer, built on first use: Jackson's start-up (some 400 classes, ~40 ms) is paid
     * only by {@code --json} calls, not by every small {@code gtlab solve} (issue 16 §12).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private Output() {
    }

    /** A number: exact ({@code 1/3}) or, with {@code decimals ≥ 0}, a decimal rounded half-even. */
    static String number(Rational r, int decimals) {
        return decimals < 0 ? r.toString() : r.toDecimalString(decimals);
    }

    /** {@code NE,p1,…,pm,q1,…,qn}: player 1's probabilities first. */
    static String line(String tag, StrategyProfile p, int decimals) {
        StringBuilder sb = new StringBuilder(tag);
        for (Rational r : p.flatten()) {
            sb.append(',').append(number(r, decimals));
        }
        return sb.toString();
    }

    /** {@code [[p…],[q…]]} with numbers as strings. */
    static List<List<String>> json(StrategyProfile p, int decimals) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < p.numPlayers(); i++) {
            List<String> s = new ArrayList<>();
            for (Rational r : p.get(i).probabilities()) {
                s.add(number(r, decimals));
            }
            out.add(s);
        }
        return out;
    }

    static String toJson(Map<String, Object> value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
