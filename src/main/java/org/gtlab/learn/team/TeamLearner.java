package org.gtlab.learn.team;

import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamPolicy;

/**
 * A team learning algorithm as a pure step function on immutable states, in the vocabulary of
 * {@link org.gtlab.run.Experiment}: {@code start(π⁰)} gives the state after 0 steps,
 * {@code step(s)} the state after one more oracle step (or one exact-oracle iteration), and
 * {@code isFinished(s)} says when it has stopped. A learner has no loop of its own: the run executor
 * steps it (through {@code run.methods.TeamLearnerExperiment}), with progress and cancel.
 *
 * @param <S> the learner's state type
 */
public interface TeamLearner<S extends TeamLearnerState> {

    /** Method name, for example "sp", "psro", "fxp". */
    String name();

    /** One-line description with the settings. */
    String description();

    /** The game being learned. */
    TeamGame game();

    /**
     * The state after 0 steps from the initial policy.
     *
     * @throws IllegalArgumentException if the policy does not fit the game
     */
    S start(TeamPolicy initial);

    /** Starts from the uniform policy (the authors' {@code pi0_gen_mode = "uniform"}). */
    default S start() {
        return start(TeamPolicy.uniform(game().agentsPerTeam(), game().actionsPerAgent()));
    }

    /**
     * The state one oracle step (or one exact-oracle iteration) later.
     *
     * @throws IllegalStateException if {@code isFinished(state)}
     */
    S step(S state);

    /** True if the learner has stopped ({@link TeamLearnerState#done()}); no further step is allowed. */
    default boolean isFinished(S state) {
        return state.done();
    }
}
