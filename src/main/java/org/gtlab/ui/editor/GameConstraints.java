package org.gtlab.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.math.Rational;

/**
 * The game constraints of the editor as pure functions: the zero-sum and symmetric forms of a
 * game (keeping its title, description, names and labels), which invalid entries survive a
 * structural edit, and the seeded random games of the generator. The {@link EditorViewModel}
 * decides when they apply; these functions only compute.
 */
final class GameConstraints {

    private GameConstraints() {
    }

    /** Why zero-sum mode cannot apply, or null. */
    static String zeroSumRefusal(NormalFormGame g) {
        return g.isTwoPlayer() ? null : "Zero-sum mode needs a two-player game";
    }

    /** Why symmetric mode cannot apply, or null. */
    static String symmetricRefusal(NormalFormGame g) {
        return g.isTwoPlayer() && g.numStrategies(0) == g.numStrategies(1) ? null
                : "Symmetric mode needs a two-player game with as many rows as columns";
    }

    /** The zero-sum game with player 1's payoffs: B = −A. */
    static NormalFormGame zeroSum(NormalFormGame g) {
        Rational[][] a = g.matrix(0);
        return copyMeta(NormalFormGame.zeroSum(a), g);
    }

    /** The symmetric game with player 1's payoffs: B = Aᵀ, both players with player 1's labels. */
    static NormalFormGame symmetric(NormalFormGame g) {
        NormalFormGame s = copyMeta(NormalFormGame.symmetric(g.matrix(0)), g);
        return s.withStrategyLabels(List.of(g.strategyLabels(0), g.strategyLabels(0)));
    }

    /** The invalid entries without player p's. */
    static Map<CellKey, String> dropPlayer(Map<CellKey, String> inv, int p) {
        Map<CellKey, String> m = new HashMap<>(inv);
        m.keySet().removeIf(k -> k.player() == p);
        return m;
    }

    static NormalFormGame copyMeta(NormalFormGame g, NormalFormGame from) {
        return g.withTitle(from.title()).withComment(from.comment()).withPlayerNames(from.playerNames())
                .withStrategyLabels(from.strategyLabels());
    }

    /**
     * The invalid entries of {@code old} carried over to the game a structural edit made: entries
     * move with their strategies and players; those of removed strategies or players go, and for a
     * removed player only the shown {@code slice} survives.
     */
    static Map<CellKey, String> remapInvalid(Map<CellKey, String> invalid, NormalFormGame old, GameEdits.Result r,
            int[] slice) {
        NormalFormGame g = r.game();
        Map<CellKey, String> moved = new HashMap<>();
        for (Map.Entry<CellKey, String> e : invalid.entrySet()) {
            int[] prof = old.profile(e.getKey().profile());
            int[] np = new int[g.numPlayers()];
            boolean keep = r.playerMap()[e.getKey().player()] >= 0;
            for (int p = 0; p < prof.length && keep; p++) {
                if (r.strategyMap()[p] == null) {
                    keep = prof[p] == slice[p];
                    continue;
                }
                int ns = r.strategyMap()[p][prof[p]];
                if (ns < 0) {
                    keep = false;
                } else {
                    np[r.playerMap()[p]] = ns;
                }
            }
            if (keep) {
                moved.put(new CellKey(r.playerMap()[e.getKey().player()], g.profileIndex(np)), e.getValue());
            }
        }
        return moved;
    }

    /**
     * A seeded random game with integer payoffs in [lo, hi] ({@link RandomGames}); zero-sum or
     * symmetric on request.
     *
     * @throws IllegalArgumentException for sizes beyond the editor's limits or a bad range
     */
    static NormalFormGame random(int rows, int columns, long lo, long hi, long seed, boolean zeroSum,
            boolean symmetric) {
        GameEdits.checkSize(new int[] {rows, columns});
        if (zeroSum) {
            return RandomGames.zeroSum(rows, columns, lo, hi, seed);
        }
        if (symmetric) {
            if (rows != columns) {
                throw new IllegalArgumentException("a symmetric game needs as many rows as columns");
            }
            return NormalFormGame.symmetric(RandomGames.bimatrix(rows, columns, lo, hi, seed).matrix(0))
                    .withTitle("random symmetric " + rows + "x" + columns + " seed " + seed);
        }
        return RandomGames.bimatrix(rows, columns, lo, hi, seed);
    }
}
