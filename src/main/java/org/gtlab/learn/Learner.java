package org.gtlab.learn;

import org.gtlab.game.NormalFormGame;

/**
 * An iterative learning rule on a normal-form game, written as a pure function
 * {@code step(State) → State} (the shape of Jenetics' evolution stream): {@link #start(long)} gives
 * the state before the first iteration, each {@link #step(LearnerState)} one more iteration, and
 * {@link #isFinished} whether it has stopped — the vocabulary of {@link org.gtlab.run.Experiment}. A
 * learner has no loop of its own: the run executor steps it (through
 * {@code run.methods.LearnerExperiment}).
 *
 * <p>Contract: a learner is immutable and thread-safe; {@code step} never modifies its argument and
 * is deterministic (all randomness comes from the state's {@link LearnerState#rngState()}), so the
 * same seed gives bit-identical states on every machine, and a state restored from a checkpoint
 * continues exactly as the uninterrupted run.
 */
public interface Learner {

    /** Short human-readable name, e.g. "fictitious play (alternating)". */
    String name();

    /** The game being learned. */
    NormalFormGame game();

    /** The state before the first iteration (t = 0) for this seed. */
    LearnerState start(long seed);

    /** The state after one more iteration. */
    LearnerState step(LearnerState state);

    /**
     * True if the learner has nothing more to do. The learners of this package never stop by
     * themselves (a run ends at its step limit), so the default is false.
     */
    default boolean isFinished(LearnerState state) {
        return false;
    }
}
