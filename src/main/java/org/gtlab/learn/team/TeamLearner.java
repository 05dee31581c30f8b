package org.gtlab.learn.team;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamPolicy;
import org.gtlab.math.Cancellation;

/**
 * A team learning algorithm as a pure step function on immutable states: {@code start(π⁰)} gives the
 * state after 0 steps and {@code next(s)} the state after one more oracle step (or one exact-oracle
 * iteration). A run is the sequence start, next(start), … until {@link TeamLearnerState#done()}.
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
     * The next state.
     *
     * @throws IllegalStateException if {@code state.done()}
     */
    S next(S state);

    /** Runs to the end (checking for cancellation). */
    default S run(S state) {
        S s = state;
        while (!s.done()) {
            Cancellation.check();
            s = next(s);
        }
        return s;
    }

    /** Runs from the uniform policy to the end. */
    default S run() {
        return run(start());
    }

    /**
     * Runs to the end, appending every state's metrics (the start state's first) to {@code sink}; keeps
     * no states, so long runs on large games stay small in memory.
     */
    default S run(S state, List<java.util.Map<String, Double>> sink) {
        S s = state;
        sink.add(s.metrics());
        while (!s.done()) {
            Cancellation.check();
            s = next(s);
            sink.add(s.metrics());
        }
        return s;
    }

    /** Every state of a run, from {@code state} to the final one. */
    default List<S> trajectory(S state) {
        List<S> out = new ArrayList<>();
        S s = state;
        out.add(s);
        while (!s.done()) {
            Cancellation.check();
            s = next(s);
            out.add(s);
        }
        return out;
    }
}
