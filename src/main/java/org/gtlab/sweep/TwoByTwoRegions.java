package org.gtlab.sweep;

import java.util.List;
import org.gtlab.game.NormalFormGame;

/**
 * The classic teaching map of 2 × 2 games: a region label from the ordinal structure of the
 * payoffs. Only strict comparisons of payoffs decide the label, so region boundaries lie exactly
 * where two payoffs tie (the T–S plane of Santos, Pacheco and Lenaerts, PNAS 103, 2006; the ordinal
 * classification of Rapoport and Guyer 1966 coarsened to the named families).
 *
 * <p>With a_{ij}, b_{ij} the payoffs of the row and column player:
 * <ul>
 *   <li><b>matching pennies</b>: no pure equilibrium (the best responses cycle);</li>
 *   <li><b>PD</b>: one pure equilibrium, both players have a strictly dominant strategy, and
 *       another outcome is strictly better for both (the dilemma);</li>
 *   <li><b>dominance</b>: one pure equilibrium otherwise (harmony, dominance-solvable games);</li>
 *   <li><b>chicken</b>: two pure equilibria off the diagonal, {(1,2), (2,1)} (anti-coordination,
 *       hawk–dove, snowdrift);</li>
 *   <li><b>stag hunt</b>: two pure equilibria on the diagonal, one strictly better for both, and
 *       each player's other strategy earns at least as much against the better equilibrium's strategy as in
 *       its own equilibrium (T ≥ P: the safe strategy; R &gt; T ≥ P &gt; S in the symmetric case);</li>
 *   <li><b>coordination</b>: two pure equilibria on the diagonal otherwise (pure coordination,
 *       battle of the sexes after relabelling);</li>
 *   <li><b>tie</b>: a best-response comparison ties (a boundary between regions; the game is
 *       degenerate).</li>
 * </ul>
 * A game with two pure equilibria on the anti-diagonal is relabelled by swapping the column
 * player's strategies only for the chicken test, as usual in the literature.
 */
public final class TwoByTwoRegions {

    /** The region names, in category order. */
    public static final List<String> REGIONS = List.of("PD", "chicken", "stag hunt", "coordination",
            "matching pennies", "dominance", "tie");

    public static final int PD = 0;
    public static final int CHICKEN = 1;
    public static final int STAG_HUNT = 2;
    public static final int COORDINATION = 3;
    public static final int MATCHING_PENNIES = 4;
    public static final int DOMINANCE = 5;
    public static final int TIE = 6;

    private TwoByTwoRegions() {
    }

    /**
     * The region of a 2 × 2 game.
     *
     * @throws IllegalArgumentException if the game is not a two-player 2 × 2 game
     */
    public static int classify(NormalFormGame g) {
        if (g.numPlayers() != 2 || g.numStrategies(0) != 2 || g.numStrategies(1) != 2) {
            throw new IllegalArgumentException("the 2×2 region map needs a two-player 2×2 game, got "
                    + java.util.Arrays.toString(g.shape()));
        }
        double[][] a = new double[2][2];
        double[][] b = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                a[i][j] = g.payoffDouble(0, i, j);
                b[i][j] = g.payoffDouble(1, i, j);
            }
        }
        return classify(a, b);
    }

    /** The region of the 2 × 2 bimatrix game (a, b). */
    public static int classify(double[][] a, double[][] b) {
        // best-response comparisons: row player against column j, column player against row i
        if (a[0][0] == a[1][0] || a[0][1] == a[1][1] || b[0][0] == b[0][1] || b[1][0] == b[1][1]) {
            return TIE;
        }
        boolean[][] ne = new boolean[2][2];
        int count = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                ne[i][j] = a[i][j] > a[1 - i][j] && b[i][j] > b[i][1 - j];
                count += ne[i][j] ? 1 : 0;
            }
        }
        if (count == 0) {
            return MATCHING_PENNIES;
        }
        if (count == 1) {
            int ei = ne[0][0] || ne[0][1] ? 0 : 1;
            int ej = ne[ei][0] ? 0 : 1;
            boolean rowDominant = a[ei][0] > a[1 - ei][0] && a[ei][1] > a[1 - ei][1];
            boolean colDominant = b[0][ej] > b[0][1 - ej] && b[1][ej] > b[1][1 - ej];
            if (rowDominant && colDominant) {
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        if (a[i][j] > a[ei][ej] && b[i][j] > b[ei][ej]) {
                            return PD;
                        }
                    }
                }
            }
            return DOMINANCE;
        }
        if (ne[0][1] && ne[1][0]) {
            return CHICKEN;
        }
        // two equilibria on the diagonal: (0,0) and (1,1)
        int good;
        if (a[0][0] > a[1][1] && b[0][0] > b[1][1]) {
            good = 0;
        } else if (a[1][1] > a[0][0] && b[1][1] > b[0][0]) {
            good = 1;
        } else {
            return COORDINATION;
        }
        int bad = 1 - good;
        // the safe strategy earns at least as much against the good strategy as in its own equilibrium: T ≥ P
        boolean rowSafe = a[bad][good] >= a[bad][bad];
        boolean colSafe = b[good][bad] >= b[bad][bad];
        return rowSafe && colSafe ? STAG_HUNT : COORDINATION;
    }
}
