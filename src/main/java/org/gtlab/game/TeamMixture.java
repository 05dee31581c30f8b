package org.gtlab.game;

import java.util.List;

/**
 * An immutable mixture over team policies: member j is played with probability w_j, and a single shared
 * draw selects the member for the whole team (a correlation device). Its joint distribution is the linear
 * combination {@code q_σ = Σ_j w_j·p_{P_j}}.
 *
 * <p>A mixture is <em>not</em> the per-agent average of its members: that average is a product policy
 * and evaluating it instead of q_σ is the mistake warned against in spec §2.2 and §13 (Q5).
 */
public final class TeamMixture {

    /** Weights must sum to 1 within this. */
    public static final double SUM_TOLERANCE = 1e-9;

    private final double[] weights;
    private final List<TeamPolicy> members;

    private TeamMixture(double[] weights, List<TeamPolicy> members) {
        this.weights = weights;
        this.members = members;
    }

    /**
     * @throws IllegalArgumentException if the lists differ in size or are empty, members differ in shape,
     *         a weight is negative or not finite, or the weights do not sum to 1
     */
    public static TeamMixture of(double[] weights, List<TeamPolicy> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a mixture needs at least one member");
        }
        if (weights.length != members.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + members.size() + " members");
        }
        TeamPolicy first = members.get(0);
        double s = 0;
        for (int j = 0; j < weights.length; j++) {
            TeamPolicy m = members.get(j);
            if (m.agents() != first.agents() || m.actions() != first.actions()) {
                throw new IllegalArgumentException("member " + j + " has a different shape");
            }
            if (!Double.isFinite(weights[j]) || weights[j] < 0) {
                throw new IllegalArgumentException("weight " + j + " = " + weights[j] + " is not a finite number ≥ 0");
            }
            s += weights[j];
        }
        if (Math.abs(s - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("weights sum to " + s + ", expected 1");
        }
        return new TeamMixture(weights.clone(), List.copyOf(members));
    }

    /** The mixture that plays one policy. */
    public static TeamMixture single(TeamPolicy p) {
        return new TeamMixture(new double[] {1.0}, List.of(p));
    }

    /** Equal weights on every member. */
    public static TeamMixture uniform(List<TeamPolicy> members) {
        double[] w = new double[members.size()];
        java.util.Arrays.fill(w, 1.0 / members.size());
        return of(w, members);
    }

    public int size() {
        return members.size();
    }

    public double weight(int j) {
        return weights[j];
    }

    public double[] weights() {
        return weights.clone();
    }

    public List<TeamPolicy> members() {
        return members;
    }

    public TeamPolicy member(int j) {
        return members.get(j);
    }

    /** q_σ = Σ_j w_j·p_{P_j} (members with weight 0 are skipped). */
    public double[] jointDistribution() {
        double[] q = new double[(int) members.get(0).jointSize()];
        for (int j = 0; j < weights.length; j++) {
            members.get(j).addJointTo(weights[j], q);
        }
        return q;
    }

    @Override
    public String toString() {
        return "TeamMixture" + java.util.Arrays.toString(weights) + " over " + members.size() + " members";
    }
}
