package org.gtlab.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gtlab.math.Expression;
import org.gtlab.math.Rational;

/**
 * A normal-form game whose payoffs are {@link Expression}s of named parameters ({@code 3+a},
 * {@code -c/2}, {@code b*b}), each parameter with a current value (and the game with those values
 * is an ordinary exact {@link NormalFormGame}, see {@link #at}). Payoff cells are stored like
 * {@link NormalFormGame}'s: per player, by profile index, player 1 fastest. Immutable.
 *
 * <p>Failure modes (one {@link IllegalArgumentException} each): a cell that uses an undeclared
 * parameter is refused at construction, naming the player, the profile and the expression with the
 * column; a division by zero at the given values is refused by {@link #at} with the same
 * information. Values are exact rationals, so equilibria of {@link #at} are exact.
 */
public final class ParametricGame {

    private final NormalFormGame shapeGame;
    private final Expression[][] cells;
    private final Map<String, Rational> values;

    /**
     * @param shapeGame names, labels and shape (its payoffs are ignored)
     * @param cells     {@code cells[p][profileIndex]}
     * @param values    every parameter with its current value, in display order
     */
    public ParametricGame(NormalFormGame shapeGame, Expression[][] cells, Map<String, Rational> values) {
        this.shapeGame = shapeGame;
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        if (cells.length != shapeGame.numPlayers()) {
            throw new IllegalArgumentException("payoff expressions for " + cells.length + " players, expected " + shapeGame.numPlayers());
        }
        this.cells = new Expression[cells.length][];
        for (int p = 0; p < cells.length; p++) {
            if (cells[p].length != shapeGame.numProfiles()) {
                throw new IllegalArgumentException("player " + (p + 1) + " has " + cells[p].length + " payoff expressions, expected "
                        + shapeGame.numProfiles());
            }
            this.cells[p] = cells[p].clone();
            for (int k = 0; k < cells[p].length; k++) {
                for (String name : cells[p][k].parameters()) {
                    if (!values.containsKey(name)) {
                        throw new IllegalArgumentException("payoff of player " + (p + 1) + " at profile "
                                + Arrays.toString(plusOne(shapeGame.profile(k))) + ": expression \"" + cells[p][k].text()
                                + "\" uses the unknown parameter '" + name + "' (declared: "
                                + (values.isEmpty() ? "none" : String.join(", ", values.keySet())) + ")");
                    }
                }
            }
        }
    }

    /** A parametric game from expression texts {@code texts[p][profileIndex]} (parsed here). */
    public static ParametricGame parse(NormalFormGame shapeGame, String[][] texts, Map<String, Rational> values) {
        Expression[][] e = new Expression[texts.length][];
        for (int p = 0; p < texts.length; p++) {
            e[p] = new Expression[texts[p].length];
            for (int k = 0; k < texts[p].length; k++) {
                try {
                    e[p][k] = Expression.parse(texts[p][k]);
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("payoff of player " + (p + 1) + " at profile "
                            + Arrays.toString(plusOne(shapeGame.profile(k))) + ": " + ex.getMessage(), ex);
                }
            }
        }
        return new ParametricGame(shapeGame, e, values);
    }

    private static int[] plusOne(int[] s) {
        int[] t = s.clone();
        for (int i = 0; i < t.length; i++) {
            t[i]++;
        }
        return t;
    }

    /** Parameter names and current values, in display order. */
    public Map<String, Rational> values() {
        return values;
    }

    public Expression cell(int p, int profileIndex) {
        return cells[p][profileIndex];
    }

    public NormalFormGame shape() {
        return shapeGame;
    }

    /** The same game with some parameters changed (the others keep their values). */
    public ParametricGame with(Map<String, Rational> changes) {
        Map<String, Rational> v = new LinkedHashMap<>(values);
        for (Map.Entry<String, Rational> e : changes.entrySet()) {
            if (!v.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "' (declared: "
                        + (v.isEmpty() ? "none" : String.join(", ", v.keySet())) + ")");
            }
            v.put(e.getKey(), e.getValue());
        }
        return new ParametricGame(shapeGame, cells, v);
    }

    /** The ordinary game at the current values. */
    public NormalFormGame game() {
        return at(values);
    }

    /**
     * The ordinary exact game at {@code at} (missing parameters take their current values).
     *
     * @throws IllegalArgumentException on a division by zero or unknown parameter, naming the cell
     */
    public NormalFormGame at(Map<String, Rational> at) {
        Map<String, Rational> v = new LinkedHashMap<>(values);
        v.putAll(at);
        Rational[][] pay = new Rational[cells.length][];
        for (int p = 0; p < cells.length; p++) {
            pay[p] = new Rational[cells[p].length];
            for (int k = 0; k < cells[p].length; k++) {
                try {
                    pay[p][k] = cells[p][k].evaluate(v);
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("payoff of player " + (p + 1) + " at profile "
                            + Arrays.toString(plusOne(shapeGame.profile(k))) + ": " + ex.getMessage(), ex);
                }
            }
        }
        return NormalFormGame.of(shapeGame.title(), shapeGame.playerNames(), shapeGame.strategyLabels(), pay);
    }

    /** Parses {@code a=2,b=1/3} (the command line's {@code --param}) into values. */
    public static Map<String, Rational> parseAssignments(List<String> assignments) {
        Map<String, Rational> m = new LinkedHashMap<>();
        for (String a : assignments == null ? List.<String>of() : assignments) {
            for (String one : a.split(",")) {
                int eq = one.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--param \"" + one + "\": expected NAME=VALUE, e.g. a=2 or b=1/3");
                }
                String name = one.substring(0, eq).trim();
                try {
                    m.put(name, Rational.parse(one.substring(eq + 1).trim()));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("--param " + name + ": \"" + one.substring(eq + 1) + "\" is not a number");
                }
            }
        }
        return m;
    }

    /** The names of the parameters, in display order. */
    public List<String> names() {
        return new ArrayList<>(values.keySet());
    }
}
