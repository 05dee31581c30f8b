package org.gtlab.run;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Anything that runs: a learner, a dynamic, a tournament, a PSRO loop, a sweep. Written as a pure
 * step function over immutable states (the shape of Jenetics' {@code EvolutionStream}):
 * {@code start(seed)} gives the state at step 0, {@code step(state)} the next one, and
 * {@code observe(state, step)} what to report. The {@link RunExecutor} adds limits, reporting,
 * threads, pause/resume/cancel, checkpoints, records and export, so an algorithm is one class.
 *
 * <p>Contract:
 * <ul>
 *   <li>An experiment is immutable and thread-safe; {@link #step} never modifies its argument;
 *       states are immutable values (or at least never modified after they are returned).</li>
 *   <li>Determinism: all randomness lives in the state (for example an
 *       {@link org.gtlab.math.Rng#state()}), so the same seed gives bit-identical snapshots on
 *       every machine. Use {@link StrictMath} for transcendental functions.</li>
 *   <li>{@link #save} / {@link #load} (optional) are exact inverses (doubles survive bit for bit; see
 *       {@link Json#number(double)}), so a run resumed from a checkpoint continues exactly like the
 *       uninterrupted run.</li>
 *   <li>Long steps call {@link org.gtlab.math.Cancellation#check()} now and then so that cancel
 *       takes effect within 100 ms.</li>
 *   <li>Construction is cheap (factories build an experiment to validate a spec); heavy work goes
 *       into {@link #start} and {@link #step}.</li>
 * </ul>
 *
 * @param <S> the state type
 */
public interface Experiment<S> {

    /** The state at step 0 for this seed. */
    S start(long seed);

    /** The state one step later. */
    S step(S state);

    /**
     * The snapshot of a state (called at report steps, and on any thread for "show me now"; must
     * not modify anything).
     */
    Snapshot observe(S state, long step);

    /** True if the run has nothing more to do (absorbed, converged); checked after every step. */
    default boolean isFinished(S state) {
        return false;
    }

    /**
     * The state as JSON (for checkpoints). The default refuses: an experiment without a codec runs,
     * records and exports normally but cannot be checkpointed.
     *
     * @throws UnsupportedOperationException if this experiment has no checkpoints
     */
    default JsonNode save(S state) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not support checkpoints");
    }

    /**
     * A state from {@link #save}'s JSON.
     *
     * @throws IllegalArgumentException if the JSON does not describe a state of this experiment
     * @throws UnsupportedOperationException if this experiment has no checkpoints
     */
    default S load(JsonNode json) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not support checkpoints");
    }
}
