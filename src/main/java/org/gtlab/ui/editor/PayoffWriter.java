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
 * keeps its previous value there.
 */
final class PayoffWriter {

    private final NormalFormGame base;
    private final Rational[][] pay;
    private final Map<CellKey, String> inv;
    private final boolean zeroSum;
    private final boolean symmetric;
    private boolean touched;
    private int newInvalid;

    PayoffWriter(NormalFormGame base, Map<CellKey, String> invalidBefore, boolean zeroSum, boolean symmetric) {
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
        if (v == null) {
            inv.put(new CellKey(p, k), text);
            newInvalid++;
            touched = true;
            return;
        }
        put(p, k, v);
        if (zeroSum && base.isTwoPlayer()) {
            put(1 - p, k, v.negate());
        }
        if (symmetric && base.isTwoPlayer()) {
            int[] prof = base.profile(k);
            int kt = base.profileIndex(prof[1], prof[0]);
            put(1 - p, kt, v);
        }
    }

    private void put(int p, int k, Rational v) {
        row(p)[k] = v;
        inv.remove(new CellKey(p, k));
        touched = true;
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
        EditorState next = new EditorState(g, inv);
        if (before.game().equals(next.game()) && before.invalid().equals(next.invalid())) {
            return null;
        }
        return next;
    }
}
