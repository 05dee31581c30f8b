package org.gtlab.repeated;

import java.util.List;
import java.util.Objects;

/**
 * A human's match against a strategy as data, so that it survives a closed window: the document
 * (stage game, horizon, noise, and the opponent's definition if it is a user strategy), the opponent's
 * name, the seed and the human's moves so far. {@link #replay()} rebuilds the match exactly: a
 * {@link HumanMatch} with the same game, opponent and seed draws the same random numbers, so playing
 * the same moves again gives the same rounds.
 *
 * @param document the game (its roster is not used)
 * @param opponent the opponent's name (a library name or one of the document's strategies)
 * @param seed     the match's seed
 * @param moves    the human's options so far (0-based rows), in order
 * @throws IllegalArgumentException naming the field: an unknown opponent, a move out of range or past
 *                                  the end of the match (from {@link #replay()})
 */
public record PlaySession(RepeatedDocument document, String opponent, long seed, List<Integer> moves) {

    public PlaySession {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(opponent, "opponent");
        moves = List.copyOf(moves == null ? List.of() : moves);
    }

    /** The match with every move played again. */
    public HumanMatch replay() {
        Strategy opp;
        try {
            opp = document.strategy(opponent);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("opponent: " + e.getMessage());
        }
        HumanMatch m = new HumanMatch(document.repeatedGame(), opp, 1, seed);
        for (int i = 0; i < moves.size(); i++) {
            if (m.over()) {
                throw new IllegalArgumentException("moves[" + i + "]: the match ended after " + i + " rounds");
            }
            int a = moves.get(i);
            if (a < 0 || a >= m.humanOptions()) {
                throw new IllegalArgumentException("moves[" + i + "]: option " + a + " is not a row of the stage game (0–"
                        + (m.humanOptions() - 1) + ")");
            }
            m.play(a);
        }
        return m;
    }

    /** The same session with one more move. */
    public PlaySession plus(int move) {
        List<Integer> l = new java.util.ArrayList<>(moves);
        l.add(move);
        return new PlaySession(document, opponent, seed, l);
    }
}
