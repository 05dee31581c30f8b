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
 *
 * <p>Each parameter also has a {@link Range} (the interval a slider or a sweep axis offers; the
 * value may lie outside it). A parameter declared without one gets the default range
 * {@code [v − w, v + w]} with {@code w = 2·max(1, |v|)} ({@link #defaultRange}). Two parametric
 * games are {@link #equals equal} when they have the same title, players, strategy labels,
 * expression texts, parameter values (in order) and ranges: what a save and re-open must keep.
 */
public final class ParametricGame {

    private final NormalFormGame shapeGame;
    private final Expression[][] cells;
    private final Map<String, Rational> values;
    private final Map<String, Range> ranges;

    /**
     * The interval a parameter is varied over (slider ends, a sweep's natural axis).
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    public record Range(Rational min, Rational max) {
        public Range {
            java.util.Objects.requireNonNull(min, "min");
            java.util.Objects.requireNonNull(max, "max");
            if (min.compareTo(max) > 0) {
                throw new IllegalArgumentException("range: min " + min + " is greater than max " + max);
            }
        }
    }

    /** {@code [v − w, v + w]} with {@code w = 2·max(1, |v|)}: the range of a parameter declared without one. */
    public static Range defaultRange(Rational v) {
        Rational w = Rational.of(2).multiply(v.abs().compareTo(Rational.ONE) > 0 ? v.abs() : Rational.ONE);
        return new Range(v.subtract(w), v.add(w));
    }

    /**
     * @param shapeGame names, labels and shape (its payoffs are ignored)
     * @param cells     {@code cells[p][profileIndex]}
     * @param values    every parameter with its current value, in display order
     */
    public ParametricGame(NormalFormGame shapeGame, Expression[][] cells, Map<String, Rational> values) {
        this(shapeGame, cells, values, Map.of());
    }

    /**
     * @param ranges the ranges of some parameters (the others get {@link #defaultRange})
     * @throws IllegalArgumentException for a range of an undeclared parameter, or a bad name
     */
    public ParametricGame(NormalFormGame shapeGame, Expression[][] cells, Map<String, Rational> values,
            Map<String, Range> ranges) {
        this.shapeGame = shapeGame;
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Map<String, Range> r = new LinkedHashMap<>();
        for (Map.Entry<String, Rational> e : values.entrySet()) {
            if (!Expression.isName(e.getKey())) {
                throw new IllegalArgumentException("parameter name \"" + e.getKey()
                        + "\" must be a letter or _ followed by letters, digits or _");
            }
            Range given = ranges.get(e.getKey());
            r.put(e.getKey(), given != null ? given : defaultRange(e.getValue()));
        }
        for (String name : ranges.keySet()) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("range of unknown parameter '" + name + "'");
            }
        }
        this.ranges = java.util.Collections.unmodifiableMap(r);
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

    /** {@link #parse(NormalFormGame, String[][], Map)} with the ranges of some parameters. */
    public static ParametricGame parse(NormalFormGame shapeGame, String[][] texts, Map<String, Rational> values,
            Map<String, Range> ranges) {
        ParametricGame g = parse(shapeGame, texts, values);
        return new ParametricGame(shapeGame, g.cells, values, ranges);
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
        return new ParametricGame(shapeGame, cells, v, ranges);
    }

    /** Every parameter's range, in display order. */
    public Map<String, Range> ranges() {
        return ranges;
    }

    /** The range of one parameter. */
    public Range range(String name) {
        Range r = ranges.get(name);
        if (r == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "' (declared: "
                    + (values.isEmpty() ? "none" : String.join(", ", values.keySet())) + ")");
        }
        return r;
    }

    /** Player p's payoff expressions by profile index (a copy). */
    public Expression[] cells(int p) {
        return cells[p].clone();
    }

    /**
     * A parametric game with no parameters whose cells are the exact numbers of {@code g} (the
     * start of a game that gets parameters in the editor).
     */
    public static ParametricGame of(NormalFormGame g) {
        Expression[][] e = new Expression[g.numPlayers()][g.numProfiles()];
        for (int p = 0; p < e.length; p++) {
            Rational[] u = g.payoffs(p);
            for (int k = 0; k < u.length; k++) {
                e[p][k] = Expression.parse(u[k].toString());
            }
        }
        return new ParametricGame(g, e, Map.of());
    }

    /** True if some cell uses a parameter. */
    public boolean usesParameters() {
        for (Expression[] row : cells) {
            for (Expression x : row) {
                if (!x.isConstant()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ParametricGame g)) {
            return false;
        }
        if (!g.shapeGame.title().equals(shapeGame.title()) || !g.shapeGame.playerNames().equals(shapeGame.playerNames())
                || !g.shapeGame.strategyLabels().equals(shapeGame.strategyLabels())
                || !new ArrayList<>(g.values.entrySet()).equals(new ArrayList<>(values.entrySet()))
                || !g.ranges.equals(ranges)) {
            return false;
        }
        return Arrays.deepEquals(g.cells, cells);
    }

    @Override
    public int hashCode() {
        return shapeGame.strategyLabels().hashCode() * 31 + values.hashCode() * 17 + Arrays.deepHashCode(cells);
    }

    @Override
    public String toString() {
        return "ParametricGame[" + shapeGame.title() + ", " + values + "]";
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
        return parseAssignments(assignments, "--param");
    }

    /**
     * Parses {@code a=2,b=1/3} into values; errors name {@code flag} ({@code --set}, {@code --param}).
     *
     * @throws IllegalArgumentException for a part without '=', a bad name or a value that is not a number
     */
    public static Map<String, Rational> parseAssignments(List<String> assignments, String flag) {
        Map<String, Rational> m = new LinkedHashMap<>();
        for (String a : assignments == null ? List.<String>of() : assignments) {
            for (String one : a.split(",")) {
                int eq = one.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(flag + " \"" + one + "\": expected NAME=VALUE, e.g. a=2 or b=1/3");
                }
                String name = one.substring(0, eq).trim();
                if (!Expression.isName(name)) {
                    throw new IllegalArgumentException(flag + " \"" + one + "\": \"" + name
                            + "\" is not a parameter name (a letter or _ followed by letters, digits or _)");
                }
                try {
                    m.put(name, Rational.parse(one.substring(eq + 1).trim()));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(flag + " " + name + ": \"" + one.substring(eq + 1) + "\" is not a number");
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
