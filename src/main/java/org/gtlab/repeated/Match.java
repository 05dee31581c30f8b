package org.gtlab.repeated;

import java.util.SplittableRandom;

/**
 * The match engine (spec §6): both seats choose, noise may replace an intended action, the stage game
 * scores (row = seat 1's option, column = seat 2's), both histories record the played actions and
 * points, and a fixed-length match stops after its rounds while a geometric one stops after each
 * round with probability q, drawn from the match stream.
 *
 * <p>Streams: the match stream (noise, length) and each seat's stream are derived from one seed with
 * {@link Seeds#derive}, so a match is a pure function of (game, players, seed). An engine object keeps
 * its arrays between matches (no allocation per round); it is not thread-safe — use one per thread.
 */
public final class Match {

    /** Receives every round of a match (for logs and the match view). */
    @FunctionalInterface
    public interface RoundListener {
        /**
         * Round {@code t} (1-based): the played options, the points, the running totals, and each
         * player's prediction of the other's option (−1 if it made none).
         */
        void round(int t, int a1, int a2, double u1, double u2, double total1, double total2, int predicted1,
                   int predicted2);
    }

    private final RepeatedGame game;
    private final MatchArrays arrays;
    private final History h1;
    private final History h2;
    private final PlayerView view1;
    private final PlayerView view2;

    public Match(RepeatedGame game) {
        this(game, false);
    }

    /**
     * @param seat2BelievesSwapped the Akata Q1 artefact: seat 2 reads the off-diagonal cells swapped
     */
    public Match(RepeatedGame game, boolean seat2BelievesSwapped) {
        this.game = game;
        this.arrays = new MatchArrays(Math.min(game.maxRounds(), 1024));
        this.h1 = new History(arrays, true);
        this.h2 = new History(arrays, false);
        this.view1 = game.stage().view(1);
        this.view2 = game.stage().view(2).withSwappedOffDiagonal(seat2BelievesSwapped);
    }

    /** Plays one match of fresh players of two strategies. */
    public MatchResult play(Strategy s1, Strategy s2, long seed) {
        return play(s1.create(), s2.create(), seed, null, null, null, null);
    }

    /** Plays one match between two fresh players. */
    public MatchResult play(Player p1, Player p2, long seed) {
        return play(p1, p2, seed, null, null, null, null);
    }

    /**
     * Plays one match.
     *
     * @param shared   shared state for artefact emulations, or null
     * @param prefix1  opponent moves carried into seat 1's memory (Q4), or null
     * @param prefix2  opponent moves carried into seat 2's memory (Q4), or null
     * @param listener receives every round, or null
     */
    public MatchResult play(Player p1, Player p2, long seed, MatchContext.SharedState shared, int[] prefix1,
                            int[] prefix2, RoundListener listener) {
        SplittableRandom matchRandom = new SplittableRandom(Seeds.derive(seed, 0));
        double told = game.announcedProbEnd() > 0 ? game.announcedProbEnd() : game.probEnd();
        int fixed = game.geometric() ? 0 : game.rounds();
        p1.reset(new MatchContext(1, view1, fixed, told, new SplittableRandom(Seeds.derive(seed, 1)), shared));
        p2.reset(new MatchContext(2, view2, fixed, told, new SplittableRandom(Seeds.derive(seed, 2)), shared));
        arrays.reset();
        h1.setPrefix(prefix1 == null ? new int[0] : prefix1);
        h2.setPrefix(prefix2 == null ? new int[0] : prefix2);
        StageGame g = game.stage();
        int n1 = g.rows();
        int n2 = g.cols();
        double noise = game.noise();
        double q = game.probEnd();
        double delta = game.discount();
        int max = game.maxRounds();
        double weight = 1;
        double d1 = 0;
        double d2 = 0;
        for (int t = 1; t <= max; t++) {
            int a1 = p1.choose(h1);
            int a2 = p2.choose(h2);
            if (a1 < 0 || a1 >= n1) {
                throw new IllegalStateException("player in seat 1 chose option " + a1 + " of " + n1);
            }
            if (a2 < 0 || a2 >= n2) {
                throw new IllegalStateException("player in seat 2 chose option " + a2 + " of " + n2);
            }
            if (noise > 0) {
                a1 = perturb(a1, n1, noise, matchRandom);
                a2 = perturb(a2, n2, noise, matchRandom);
            }
            double x1 = g.u1(a1, a2);
            double x2 = g.u2(a1, a2);
            arrays.append(a1, a2, x1, x2);
            d1 += weight * x1;
            d2 += weight * x2;
            weight *= delta;
            if (listener != null) {
                listener.round(t, a1, a2, x1, x2, arrays.total1, arrays.total2, p1.lastPrediction(),
                        p2.lastPrediction());
            }
            if (q > 0 && (q >= 1 || matchRandom.nextDouble() < q)) {
                break;
            }
        }
        p1.finish(h1);
        p2.finish(h2);
        return new MatchResult(arrays.played, arrays.total1, arrays.total2, d1, d2, arrays.coop1, arrays.coop2);
    }

    /** With probability e, a different option drawn uniformly (a flip when there are two). */
    static int perturb(int a, int n, double e, SplittableRandom r) {
        if (n < 2 || r.nextDouble() >= e) {
            return a;
        }
        if (n == 2) {
            return 1 - a;
        }
        int b = r.nextInt(n - 1);
        return b >= a ? b + 1 : b;
    }

    /** The last opponent moves of the last match, seen from a seat, oldest first (Q4 carry-over). */
    public int[] lastOpponentMoves(int seat, int k) {
        int p = arrays.played;
        int len = Math.min(k, p);
        int[] out = new int[len];
        for (int i = 0; i < len; i++) {
            int t = p - len + i;
            out[i] = seat == 1 ? arrays.a2[t] : arrays.a1[t];
        }
        return out;
    }

    public RepeatedGame game() {
        return game;
    }
}
