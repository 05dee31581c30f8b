package org.gtlab.learn;

import org.gtlab.game.NormalFormGame;

/**
 * An iterative learning rule on a normal-form game, written as a pure function
 * {@code step(State) → State} (the shape of Jenetics' evolution stream): {@link #start(long)} gives
 * the state before the first iteration, each {@link #step(LearnerState)} one more iteration.
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

    /** Convenience: {@code iterations} steps from {@code start(seed)}. */
    default LearnerState run(long seed, long iterations) {
        LearnerState s = start(seed);
        for (long i = 0; i < iterations; i++) {
            s = step(s);
        }
        return s;
    }
}
