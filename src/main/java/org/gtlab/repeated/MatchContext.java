package org.gtlab.repeated;

import java.util.SplittableRandom;

/**
 * What a player knows when a match starts: its seat, its view of the stage game, the length rule
 * (fixed rounds, or the announced ending probability), its own random stream, and a shared-state
 * hook used only by artefact emulations (Akata Q2).
 *
 * @param seat     1 (rows) or 2 (columns)
 * @param view     the seat's payoff view
 * @param rounds   the fixed number of rounds, or 0 when the length is geometric
 * @param probEnd  the ending probability told to the player (0 for a fixed length)
 * @param random   the player's own stream (derived from master seed, pairing, repetition and seat)
 * @param shared   shared sequences across players and matches, or null (no artefacts)
 */
public record MatchContext(int seat, PlayerView view, int rounds, double probEnd, SplittableRandom random,
                           SharedState shared) {

    /** Own number of options. */
    public int ownOptions() {
        return view.ownOptions();
    }

    /** "Defect": the last own option. */
    public int defect() {
        return view.ownOptions() - 1;
    }

    /** Counters shared by all players of a tournament (Akata Q2: one alternation sequence per strategy). */
    public interface SharedState {
        /** The next index of the named shared sequence (0, 1, 2, …). */
        long next(String key);
    }
}
