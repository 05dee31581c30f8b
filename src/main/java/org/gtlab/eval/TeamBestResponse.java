package org.gtlab.eval;

/**
 * An exact team best response: the pure joint action with the highest value against a fixed opponent
 * (lowest index on ties) and that value.
 *
 * @param index  lexicographic joint-action index
 * @param action the joint action (one action per agent)
 * @param value  its payoff against the opponent
 */
public record TeamBestResponse(int index, int[] action, double value) {

    public TeamBestResponse {
        action = action.clone();
    }

    @Override
    public int[] action() {
        return action.clone();
    }
}
