package org.gtlab.learn.team;

import org.gtlab.game.TeamPolicy;

/**
 * How a self-play learner builds the profile it evaluates (spec fxp-psro.md §13, Q1).
 * <ul>
 *   <li>{@link #CORRECT}: team A = π, team B = π (the lab default).</li>
 *   <li>{@link #REPEAT_QUIRK}: the authors' {@code np.repeat(pi, 2, 0)}: the 2N slots
 *       (π₀, π₀, π₁, π₁, …) split into team A = slots 0..N−1 and team B = slots N..2N−1; agent x's values
 *       are computed by forcing slot x and update π_x. Needed to reproduce the paper-faithful SP, FoReL,
 *       Replicator, MWU and CFR numbers (for example SAD SP = 406 steps).</li>
 * </ul>
 */
public enum SelfPlayProfile {
    CORRECT,
    REPEAT_QUIRK;

    /** Team A's and team B's policies for the self-play profile of π. */
    public TeamPolicy[] teams(TeamPolicy pi) {
        if (this == CORRECT) {
            return new TeamPolicy[] {pi, pi};
        }
        int n = pi.agents();
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        for (int slot = 0; slot < 2 * n; slot++) {
            double[] row = pi.row(slot / 2);
            if (slot < n) {
                a[slot] = row;
            } else {
                b[slot - n] = row;
            }
        }
        return new TeamPolicy[] {TeamPolicy.of(a), TeamPolicy.of(b)};
    }
}
