package org.gtlab.learn.team;

import java.util.Map;

import org.gtlab.game.TeamMixture;
import org.gtlab.game.TeamPolicy;

/**
 * An immutable snapshot of a team learner after some number of oracle steps.
 *
 * <p>Metric names (all doubles): {@code step} (cumulative oracle steps), {@code team_exploitability}
 * (true one-sided Expl of {@link #solution()}, maximised over all joint actions), {@code population_size}
 * (members of the evaluated solution), {@code restricted_exploitability} (the authors' clipped exploiter sum,
 * games with exploiters only) and learner-specific ones documented on each learner.
 */
public interface TeamLearnerState {

    /** Cumulative oracle steps taken to reach this state. */
    long step();

    /** True when the learner has finished. */
    boolean done();

    /** Named metrics of this state, in a stable order. */
    Map<String, Double> metrics();

    /** The team strategy whose exploitability is reported (a mixture; one member for single-policy learners). */
    TeamMixture solution();

    /** The policy currently being trained (SP policy, FXP main policy, PSRO best response, …). */
    TeamPolicy policy();

    /** Weights of {@link #solution()} over its members. */
    default double[] metaWeights() {
        return solution().weights();
    }

    /** Convenience: {@code metrics().get("team_exploitability")}. */
    default double teamExploitability() {
        return metrics().get("team_exploitability");
    }
}
