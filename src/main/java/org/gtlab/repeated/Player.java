package org.gtlab.repeated;

/**
 * A player of a repeated game: a fresh instance per match (strategies create them), reset with its
 * {@link MatchContext} and asked for an option every round. Both seats choose before either choice is
 * revealed. A player keeps no state between matches unless an artefact switch says so.
 */
public interface Player {

    /** Called once before round 1. */
    default void reset(MatchContext context) {
    }

    /** The option (index of this seat's options) for round {@code history.round()}. */
    int choose(History history);

    /** Called once after the last round (learners take their last update here). */
    default void finish(History history) {
    }

    /**
     * The player's prediction of the opponent's action in the round just decided, or −1 if it does
     * not predict (predict-then-best-respond records it for the "predicted vs actual" strip).
     */
    default int lastPrediction() {
        return -1;
    }
}
