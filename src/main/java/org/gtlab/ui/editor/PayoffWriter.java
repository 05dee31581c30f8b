package org.gtlab.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;

/**
 * Collects payoff writes for one undo step and builds the resulting state, applying the editor's
 * game constraints as it goes: in zero-sum mode a write to one player sets the other's payoff to
 * its negative; in symmetric mode it sets the other player's payoff at the transposed cell. Texts
 * that are not numbers ({@link PasteParser#tryParse}) are kept as invalid entries and the game
 * keeps its previous value there. A text that is an expression of the game's parameters
 * ({@code "3+a"}, {@link EditorParameters}) sets the cell to its exact value at the current values
 * and keeps the expression for that cell; a bad expression, an unknown parameter or a division by
 * zero at the current values is an invalid entry, and {@link #problem()} says why in one line (the
 * cell and the column inside the expression). In zero-sum mode the other player's cell gets
 * {@code -(expr)}, in symmetric mode the transposed cell the same expression.
 */
final class PayoffWriter {

    private final NormalFormGame base;
    private final Rational[][] pay;
    private final Map<CellKey, String> inv;
    private final boolean zeroSum;
    private final boolean symmetric;
    private final EditorParameters params;
    private final Map<CellKey, org.gtlab.math.Expression> exprs;
    private boolean touched;
    private int newInvalid;
    private String problem;

    PayoffWriter(NormalFormGame base, Map<CellKey, String> invalidBefore, boolean zeroSum, boolean symmetric) {
        this(base, invalidBefore, zeroSum, symmetric, EditorParameters.NONE);
    }

    PayoffWriter(NormalFormGame base, Map<CellKey, String> invalidBefore, boolean zeroSum, boolean symmetric,
            EditorParameters params) {
        this.params = params;
        this.exprs = new HashMap<>(params.expressions());
        this.base = base;
        this.pay = new Rational[base.numPlayers()][];
        this.inv = new HashMap<>(invalidBefore);
        this.zeroSum = zeroSum;
        this.symmetric = symmetric;
    }

    private Rational[] row(int p) {
        if (pay[p] == null) {
            pay[p] = base.payoffs(p);
        }
        return pay[p];
    }

    /** Sets player p's payoff at profile index k from typed text. */
    void set(int p, int k, String text) {
        Rational v = PasteParser.tryParse(text);
        org.gtlab.math.Expression e = null;
        if (v == null) {
            String why = params.problem(text);
            if (why == null) {
                e = org.gtlab.math.Expression.parse(text.strip().replace('−', '-'));
                v = e.evaluate(params.values());
                if (e.isConstant()) {
                    e = null; // "1/2 + 1/3" is just a number
                }
            } else if (problem == null && !isPlainWord(text)) {
                problem = EditorParameters.cellName(base, new CellKey(p, k)) + ": " + why;
            }
        }
        if (v == null) {
            inv.put(new CellKey(p, k), text);
            newInvalid++;
            touched = true;
            return;
        }
        put(p, k, v, e);
        if (zeroSum && base.isTwoPlayer()) {
            put(1 - p, k, v.negate(), e == null ? null : org.gtlab.math.Expression.parse("-(" + e.text() + ")"));
        }
        if (symmetric && base.isTwoPlayer()) {
            int[] prof = base.profile(k);
            int kt = base.profileIndex(prof[1], prof[0]);
            put(1 - p, kt, v, e);
        }
    }

    /** A text such as "x" or "abc" in a game without parameters: not a number, nothing more to say. */
    private boolean isPlainWord(String text) {
        return params.isEmpty() && text.strip().matches("[^0-9+\\-*/^()]*");
    }

    private void put(int p, int k, Rational v, org.gtlab.math.Expression e) {
        row(p)[k] = v;
        CellKey key = new CellKey(p, k);
        inv.remove(key);
        if (e == null) {
            exprs.remove(key);
        } else {
            exprs.put(key, e);
        }
        touched = true;
    }

    /**
     * Why the first rejected expression was rejected ("Row's payoff at (T, L): expression "3+*a":
     * unexpected '*' at column 3"), or null.
     */
    String problem() {
        return problem;
    }

    /** Entries written that were not numbers. */
    int newInvalid() {
        return newInvalid;
    }

    /**
     * The state after the writes, or null if nothing changes relative to {@code before} (the
     * unchanged game object is reused when the payoffs come out equal, so identity checks hold).
     */
    EditorState result(EditorState before) {
        if (!touched && base == before.game()) {
            return null;
        }
        boolean payoffsChanged = false;
        for (Rational[] r : pay) {
            payoffsChanged |= r != null;
        }
        NormalFormGame g = base;
        if (payoffsChanged) {
            Rational[][] all = new Rational[base.numPlayers()][];
            for (int p = 0; p < all.length; p++) {
                all[p] = pay[p] != null ? pay[p] : base.payoffs(p);
            }
            g = NormalFormGame.of(base.title(), base.playerNames(), base.strategyLabels(), all)
                    .withComment(base.comment());
            if (g.equals(before.game())) {
                g = before.game();
            }
        }
        EditorParameters np = params.withExpressions(exprs);
        EditorState next = new EditorState(g, inv, np.equals(params) ? params : np);
        if (before.game().equals(next.game()) && before.invalid().equals(next.invalid())
                && java.util.Objects.equals(before.params(), next.params())) {
            return null;
        }
        return next;
    }
}
