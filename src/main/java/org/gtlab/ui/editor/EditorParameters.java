package org.gtlab.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.ParametricGame;
import org.gtlab.math.Expression;
import org.gtlab.math.Rational;

/**
 * The parameters of the game in the editor: each parameter's current value and range, and the
 * payoff cells that hold an expression of them ({@code "3+a"}, {@code "-c/2"}, {@code "b*b"}). The
 * editor's game is always the game at the current values; a cell without an expression is a plain
 * number. Immutable; part of the undoable {@link EditorState}.
 *
 * <p>Between this and the core: {@link #of(ParametricGame)} and {@link #toParametric(NormalFormGame)}
 * (what a .json file saves, with {@link org.gtlab.io.GameFiles#save(java.nio.file.Path, ParametricGame)}).
 * Evaluation is exact ({@link Expression#evaluate}); a division by zero at the values is refused
 * with the cell and the column inside the expression ({@link #evaluate}).
 *
 * @param values      every parameter and its value, in display order
 * @param ranges      every parameter's range (slider ends), same keys
 * @param expressions the cells that hold a non-constant expression
 */
public record EditorParameters(Map<String, Rational> values, Map<String, ParametricGame.Range> ranges,
        Map<CellKey, Expression> expressions) {

    /** Cells in profile order, then player. */
    static final java.util.Comparator<CellKey> ORDER = java.util.Comparator.comparingInt(CellKey::profile)
            .thenComparingInt(CellKey::player);

    /** No parameters (declared after {@link #ORDER}, which its constructor uses). */
    public static final EditorParameters NONE = new EditorParameters(Map.of(), Map.of(), Map.of());

    public EditorParameters {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        Map<CellKey, Expression> sorted = new TreeMap<>(ORDER);
        sorted.putAll(expressions);
        expressions = Collections.unmodifiableMap(sorted);
    }



    /** True if the game declares no parameter. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The editor's view of a parametric game. */
    public static EditorParameters of(ParametricGame pg) {
        Map<CellKey, Expression> ex = new LinkedHashMap<>();
        NormalFormGame shape = pg.shape();
        for (int p = 0; p < shape.numPlayers(); p++) {
            for (int k = 0; k < shape.numProfiles(); k++) {
                Expression e = pg.cell(p, k);
                if (!e.isConstant()) {
                    ex.put(new CellKey(p, k), e);
                }
            }
        }
        return new EditorParameters(pg.values(), pg.ranges(), ex);
    }

    /** The parametric game of {@code g} (the editor's game at the current values) with these parameters. */
    public ParametricGame toParametric(NormalFormGame g) {
        Expression[][] cells = new Expression[g.numPlayers()][g.numProfiles()];
        for (int p = 0; p < cells.length; p++) {
            for (int k = 0; k < cells[p].length; k++) {
                Expression e = expressions.get(new CellKey(p, k));
                cells[p][k] = e != null ? e : Expression.parse(g.payoffAt(p, k).toString());
            }
        }
        return new ParametricGame(g, cells, values, ranges);
    }

    /**
     * {@code g} with every expression cell evaluated at {@code at}.
     *
     * @throws IllegalArgumentException naming the cell and the column inside its expression (a
     *         division by zero, an unknown parameter)
     */
    public NormalFormGame evaluate(NormalFormGame g, Map<String, Rational> at) {
        if (expressions.isEmpty()) {
            return g;
        }
        Rational[][] pay = new Rational[g.numPlayers()][];
        for (int p = 0; p < pay.length; p++) {
            pay[p] = g.payoffs(p);
        }
        for (Map.Entry<CellKey, Expression> e : expressions.entrySet()) {
            CellKey c = e.getKey();
            try {
                pay[c.player()][c.profile()] = e.getValue().evaluate(at);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(cellName(g, c) + ": " + ex.getMessage(), ex);
            }
        }
        NormalFormGame out = NormalFormGame.of(g.title(), g.playerNames(), g.strategyLabels(), pay).withComment(g.comment());
        return out.equals(g) ? g : out;
    }

    /** "Row's payoff at (T, L)". */
    public static String cellName(NormalFormGame g, CellKey c) {
        int[] prof = g.profile(c.profile());
        List<String> names = new ArrayList<>();
        for (int q = 0; q < prof.length; q++) {
            names.add(g.strategyLabels(q).get(prof[q]));
        }
        return g.playerName(c.player()) + "'s payoff at (" + String.join(", ", names) + ")";
    }

    /**
     * Why {@code text} is not a payoff here, in one line (the column inside the expression), or
     * null if it is a number or a valid expression of these parameters at their values.
     */
    public String problem(String text) {
        Expression e;
        try {
            e = Expression.parse(text.strip().replace('−', '-'));
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
        for (String name : e.parameters()) {
            if (!values.containsKey(name)) {
                return "expression \"" + e.text() + "\": unknown parameter '" + name + "' (declared: "
                        + (values.isEmpty() ? "none — add it in the Parameters panel" : String.join(", ", values.keySet()))
                        + ")";
            }
        }
        try {
            e.evaluate(values);
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
        return null;
    }

    /** The cells whose expression uses {@code name}, in profile order. */
    public List<CellKey> uses(String name) {
        List<CellKey> l = new ArrayList<>();
        for (Map.Entry<CellKey, Expression> e : expressions.entrySet()) {
            if (e.getValue().parameters().contains(name)) {
                l.add(e.getKey());
            }
        }
        return l;
    }

    EditorParameters withValues(Map<String, Rational> v) {
        return new EditorParameters(v, ranges, expressions);
    }

    EditorParameters withRanges(Map<String, ParametricGame.Range> r) {
        return new EditorParameters(values, r, expressions);
    }

    EditorParameters withExpressions(Map<CellKey, Expression> e) {
        return new EditorParameters(values, ranges, e);
    }
}
