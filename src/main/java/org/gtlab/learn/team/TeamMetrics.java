package org.gtlab.learn.team;

/**
 * The names of the metrics every team learner reports in {@link TeamLearnerState#metrics()}: the one
 * place they are spelled. {@code learn} may not import {@code run}, so the run pipeline adapts these
 * names into its metric declarations ({@code run.methods.TeamLearnerExperiment}'s {@code MetricSpec}s:
 * label, unit, scale, goal and formula); every other user refers to the constants here or to those
 * specs, never to a quoted name.
 *
 * <p>Which learner reports what: all report {@link #STEP}, {@link #TEAM_EXPLOITABILITY},
 * {@link #RESTRICTED_EXPLOITABILITY} (games with the authors' exploiters) and {@link #POPULATION_SIZE};
 * SP adds {@link #AGENT_NASH_CONV}; FP/FSP {@link #AVERAGE_POLICY_EXPLOITABILITY}; the no-regret
 * baselines {@link #POLICY_EXPLOITABILITY}; PSRO/ODO {@link #ITERATION} and
 * {@link #TARGET_AT_EQUILIBRIUM}; FXP {@link #ITERATION}, {@link #PHASE} and
 * {@link #MAIN_EXPLOITABILITY}.
 */
public final class TeamMetrics {

    /** The learner's step counter (the run pipeline keeps its own step index and drops this metric). */
    public static final String STEP = "step";
    /** True one-sided team exploitability of the learner's solution. */
    public static final String TEAM_EXPLOITABILITY = "team_exploitability";
    /** The FXP authors' clipped exploiter sum. */
    public static final String RESTRICTED_EXPLOITABILITY = "restricted_exploitability";
    /** Members of the solution's population. */
    public static final String POPULATION_SIZE = "population_size";
    /** SP: per-agent NashConv of the symmetric profile (π, π). */
    public static final String AGENT_NASH_CONV = "agent_nash_conv";
    /** FP/FSP: exploitability of the per-agent average policy. */
    public static final String AVERAGE_POLICY_EXPLOITABILITY = "average_policy_exploitability";
    /** No-regret baselines: exploitability of the current policy. */
    public static final String POLICY_EXPLOITABILITY = "policy_exploitability";
    /** PSRO/ODO/FXP: the population iteration in progress. */
    public static final String ITERATION = "iteration";
    /** PSRO/ODO: 1 if the best-response target is already an equilibrium, else 0. */
    public static final String TARGET_AT_EQUILIBRIUM = "target_at_equilibrium";
    /** FXP: 0 while the main policy trains, 1 in the counter phase. */
    public static final String PHASE = "phase";
    /** FXP: exploitability of the main policy alone. */
    public static final String MAIN_EXPLOITABILITY = "main_exploitability";

    private TeamMetrics() {
    }
}
