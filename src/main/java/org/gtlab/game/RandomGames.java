package org.gtlab.game;

import java.util.SplittableRandom;

import org.gtlab.math.Rational;

/**
 * Seeded random games. The same arguments always give the same game, on any machine
 * ({@link SplittableRandom} is specified exactly).
 */
public final class RandomGames {

    private RandomGames() {
    }

    /**
     * An m×n bimatrix game with i.i.d. integer payoffs uniform in {@code [lo, hi]} (both players),
     * drawn row by row, A before B. With {@code lo = 0, hi = 99} this is the corpus' and the
     * benchmark's "random" family.
     */
    public static NormalFormGame bimatrix(int m, int n, long lo, long hi, long seed) {
        if (m < 1 || n < 1) {
            throw new IllegalArgumentException("a game needs at least one strategy per player, got " + m + "×" + n);
        }
        if (hi < lo) {
            throw new IllegalArgumentException("empty payoff range [" + lo + ", " + hi + "]");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        long[][] a = new long[m][n];
        long[][] b = new long[m][n];
        for (long[][] mat : new long[][][] {a, b}) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    mat[i][j] = lo + rng.nextLong(hi - lo + 1);
                }
            }
        }
        return NormalFormGame.bimatrix(a, b).withTitle("random " + m + "x" + n + " seed " + seed);
    }

    /** A zero-sum m×n game with integer payoffs uniform in {@code [lo, hi]} for the row player. */
    public static NormalFormGame zeroSum(int m, int n, long lo, long hi, long seed) {
        NormalFormGame g = bimatrix(m, n, lo, hi, seed);
        Rational[][] a = g.matrix(0);
        return NormalFormGame.zeroSum(a).withTitle("random zero-sum " + m + "x" + n + " seed " + seed);
    }

    /** An N-player game of the given shape with i.i.d. integer payoffs in {@code [lo, hi]}. */
    public static NormalFormGame nPlayer(int[] shape, long lo, long hi, long seed) {
        NormalFormGame z = NormalFormGame.zeros(shape);
        SplittableRandom rng = new SplittableRandom(seed);
        Rational[][] pay = new Rational[shape.length][z.numProfiles()];
        for (int p = 0; p < shape.length; p++) {
            for (int k = 0; k < z.numProfiles(); k++) {
                pay[p][k] = Rational.of(lo + rng.nextLong(hi - lo + 1));
            }
        }
        return NormalFormGame.of("random " + java.util.Arrays.toString(shape) + " seed " + seed, z.playerNames(),
                z.strategyLabels(), pay);
    }
}
