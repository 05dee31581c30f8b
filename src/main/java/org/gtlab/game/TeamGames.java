package org.gtlab.game;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named team games with their literature defaults (spec fxp-psro.md §4, §10):
 * <ul>
 *   <li>{@code fxp-example}: counter-example game, N = 3, C = 1.5, ε = 0.1 (parameters N, C, eps);</li>
 *   <li>{@code sad}: Seek-Attack-Defend, N = 4, A = 10, c = 0, F = 2 (parameters N, A, c, F);</li>
 *   <li>{@code team-rps}: team Rock-Paper-Scissors, N = 2 (parameter N).</li>
 * </ul>
 */
public final class TeamGames {

    private TeamGames() {
    }

    /** The catalogue names. */
    public static List<String> names() {
        return List.of("fxp-example", "sad", "team-rps");
    }

    /** A game by name with its defaults. */
    public static TeamGame create(String name) {
        return create(name, Map.of());
    }

    /**
     * A game by name with some parameters overridden.
     *
     * @throws IllegalArgumentException for an unknown name or parameter, or a bad value
     */
    public static TeamGame create(String name, Map<String, String> overrides) {
        Map<String, String> p = new LinkedHashMap<>(overrides);
        switch (name.toLowerCase(Locale.ROOT)) {
            case "fxp-example":
            case "example": {
                int n = intParam(p, "N", 3);
                double c = doubleParam(p, "C", 1.5);
                double eps = doubleParam(p, "eps", 0.1);
                rejectRest(name, p);
                return new CounterExampleGame(n, c, eps);
            }
            case "sad": {
                int n = intParam(p, "N", 4);
                int a = intParam(p, "A", 10);
                double c = doubleParam(p, "c", 0);
                int f = intParam(p, "F", 2);
                rejectRest(name, p);
                return new SeekAttackDefendGame(n, a, c, f);
            }
            case "team-rps": {
                int n = intParam(p, "N", 2);
                rejectRest(name, p);
                return new TeamRpsGame(n);
            }
            default:
                throw new IllegalArgumentException("unknown team game \"" + name + "\"; known: " + names());
        }
    }

    private static String take(Map<String, String> p, String key) {
        for (String k : List.copyOf(p.keySet())) {
            if (k.equals(key) || (k.equalsIgnoreCase(key) && !p.containsKey(key))) {
                return p.remove(k);
            }
        }
        return null;
    }

    private static int intParam(Map<String, String> p, String key, int def) {
        String v = take(p, key);
        if (v == null) {
            return def;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + key + " = \"" + v + "\" is not an integer");
        }
    }

    private static double doubleParam(Map<String, String> p, String key, double def) {
        String v = take(p, key);
        if (v == null) {
            return def;
        }
        try {
            return TeamGame.finite(key, Double.parseDouble(v.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + key + " = \"" + v + "\" is not a number");
        }
    }

    private static void rejectRest(String name, Map<String, String> p) {
        if (!p.isEmpty()) {
            throw new IllegalArgumentException("unknown parameter(s) " + p.keySet() + " for team game " + name);
        }
    }
}
