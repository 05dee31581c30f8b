package org.gtlab.repeated;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * User strategies as small text files ({@code .strategy}). Lines are {@code key: value} pairs or, for a
 * machine, transitions; {@code #} starts a comment.
 * <pre>
 * name: my-machine          # kebab-case
 * type: fsm                 # fsm | memory-one
 * initial: 1 C              # fsm: start state and first move
 * 1 C -&gt; 1 C               # fsm: state, opponent's move -&gt; next state, own move
 * 1 D -&gt; 2 D
 * 2 C -&gt; 1 C
 * 2 D -&gt; 2 D
 * vector: 1 0 0 1           # memory-one: p_CC p_CD p_DC p_DD
 * first: 1                  # memory-one: probability of C in round 1 (default 1)
 * </pre>
 *
 * @see #parse
 */
public final class StrategyFiles {

    private StrategyFiles() {
    }

    /**
     * Parses a strategy file.
     *
     * @param text        the file's text
     * @param displayName the file name used in messages
     * @throws IllegalArgumentException one line {@code FILE:LINE: …} naming the field: a missing name, type,
     *                                  initial state, vector, a missing state or transition, an entry outside
     *                                  [0, 1]
     */
    public static Strategy parse(String text, String displayName) {
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        Map<String, String> transitions = new LinkedHashMap<>();
        Map<String, Integer> transitionLines = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            int no = i + 1;
            if (line.contains("->")) {
                String[] lr = line.split("->");
                String[] from = lr[0].strip().split("\\s+");
                String[] to = lr.length > 1 ? lr[1].strip().split("\\s+") : new String[0];
                if (from.length != 2 || to.length != 2 || !isMove(from[1]) || !isMove(to[1])) {
                    throw new IllegalArgumentException(displayName + ":" + no
                            + ": transition must read 'STATE C|D -> STATE C|D', got '" + line + "'");
                }
                String key = from[0] + "," + from[1].toUpperCase();
                if (transitions.containsKey(key)) {
                    throw new IllegalArgumentException(displayName + ":" + no + ": transition " + from[0] + " "
                            + from[1] + " is defined twice (first on line " + transitionLines.get(key) + ")");
                }
                transitions.put(key, to[0] + "," + to[1].toUpperCase());
                transitionLines.put(key, no);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(displayName + ":" + no + ": expected 'key: value' or a transition, got '"
                        + line + "'");
            }
            String k = line.substring(0, colon).strip().toLowerCase();
            keys.put(k, line.substring(colon + 1).strip());
            keyLines.put(k, no);
        }
        String name = require(keys, "name", displayName);
        String type = require(keys, "type", displayName);
        switch (type) {
            case "fsm": {
                String[] init = require(keys, "initial", displayName).split("\\s+");
                if (init.length != 2 || !isMove(init[1])) {
                    throw new IllegalArgumentException(displayName + ":" + keyLines.get("initial")
                            + ": initial must read 'STATE C|D'");
                }
                if (transitions.isEmpty()) {
                    throw new IllegalArgumentException(displayName + ": the machine has no transitions");
                }
                boolean known = false;
                for (String key : transitions.keySet()) {
                    known |= key.split(",")[0].equals(init[0]);
                }
                if (!known) {
                    throw new IllegalArgumentException(displayName + ":" + keyLines.get("initial") + ": initial state "
                            + init[0] + " has no transitions (missing state)");
                }
                FiniteStateMachine m;
                try {
                    m = FiniteStateMachine.of(init[0], Character.toUpperCase(init[1].charAt(0)), transitions);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(displayName + ": " + e.getMessage());
                }
                return new Strategy(name, name, "finite-state machine with " + m.states() + " states from " + displayName,
                        displayName, Strategy.INFINITE, false, m::player);
            }
            case "memory-one": {
                String[] v = require(keys, "vector", displayName).split("\\s+");
                if (v.length != 4) {
                    throw new IllegalArgumentException(displayName + ":" + keyLines.get("vector")
                            + ": vector needs 4 probabilities (p_CC p_CD p_DC p_DD), got " + v.length);
                }
                double[] p = new double[5];
                try {
                    for (int i = 0; i < 4; i++) {
                        p[i] = Double.parseDouble(v[i]);
                    }
                    p[4] = keys.containsKey("first") ? Double.parseDouble(keys.get("first")) : 1;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(displayName + ":" + keyLines.get("vector")
                            + ": vector entries must be numbers");
                }
                MemoryOne m;
                try {
                    m = new MemoryOne(p[0], p[1], p[2], p[3], p[4]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(displayName + ":" + keyLines.get("vector") + ": " + e.getMessage());
                }
                return new Strategy(name, name, "memory-one " + String.join(" ", v) + " from " + displayName,
                        displayName, 1, !m.deterministic(), m::player);
            }
            default:
                throw new IllegalArgumentException(displayName + ":" + keyLines.get("type")
                        + ": type must be fsm or memory-one, got '" + type + "'");
        }
    }

    private static boolean isMove(String s) {
        return s.equalsIgnoreCase("C") || s.equalsIgnoreCase("D");
    }

    private static String require(Map<String, String> keys, String key, String displayName) {
        String v = keys.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException(displayName + ": missing field '" + key + "'");
        }
        return v;
    }
}
