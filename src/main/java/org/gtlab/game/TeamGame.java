package org.gtlab.game;

import java.util.List;
import java.util.Map;

/**
 * A symmetric two-team zero-sum game: teams A and B of N agents each, every agent with the same finite
 * action set 𝒜 = {0, …, |𝒜|−1}. Every member of team A receives U(a, b), every member of B receives
 * −U(a, b), and the game is symmetric: U(a, b) = −U(b, a), so U(π, π) = 0 for any team policy π.
 *
 * <p><b>Joint actions.</b> A team joint action (a_0, …, a_{N−1}) has the lexicographic index
 * {@code Σ_x a_x·|𝒜|^{N−1−x}} (agent 0 most significant), so for N = 3, |𝒜| = 2 the order is 000, 001,
 * …, 111. Ties are always broken towards the lowest index.
 *
 * <p><b>Evaluator.</b> {@link #valueVs(double[])} returns, for an opponent joint distribution q,
 * {@code v[a] = Σ_b q(b)·U(a, b)} for every team-A joint action a, in O(|𝒜|^N) through game-specific
 * sufficient statistics (never a dense |𝒜|^N × |𝒜|^N matrix for large games). Methods that enumerate joint
 * actions refuse games with more than {@link #MAX_ENUMERATED_JOINT_ACTIONS} of them
 * ({@link #requireEnumerable(String)}); {@link #expectedPayoff(TeamPolicy, TeamPolicy)} of two product
 * policies does not need the enumeration in games that override it with a dynamic programme.
 *
 * <p>Spec: GT Lab fxp-psro.md §2, §4 (Xu et al., "Fictitious Cross-Play", arXiv:2310.03354; the authors'
 * code zelaix/fxp).
 */
public interface TeamGame {

    /** Largest number of team joint actions the enumerating methods (exact BR, valueVs) accept. */
    long MAX_ENUMERATED_JOINT_ACTIONS = 5_000_000L;

    /** Largest number of joint actions for which {@link #jointMatrix()} builds the dense matrix. */
    int MAX_DENSE_JOINT_ACTIONS = 4096;

    /** Short name, for example "fxp-example". */
    String name();

    /** Human-readable description with the parameters. */
    String description();

    /** The game's named parameters (for example N, C, ε), in a stable order. */
    Map<String, Double> parameters();

    /** N, the number of agents per team. */
    int agentsPerTeam();

    /** |𝒜|, the number of actions per agent. */
    int actionsPerAgent();

    /** Label of a single agent action, for example "gain 10" or "attack". */
    String actionLabel(int action);

    /** Payoff to team A for pure joint actions a (team A) and b (team B). */
    double payoff(int[] a, int[] b);

    /**
     * v[a] = Σ_b q(b)·U(a, b) for every team-A joint action a.
     *
     * @param q an opponent joint distribution (length |𝒜|^N; not checked to sum to 1, so any linear
     *          combination may be passed)
     * @throws IllegalArgumentException if q has the wrong length or the game is too large to enumerate
     */
    double[] valueVs(double[] q);

    /**
     * The authors' hand-picked exploiter joint actions for their restricted exploitability metric (spec
     * §3.4); empty if the game has none.
     */
    default List<int[]> authorsExploiters() {
        return List.of();
    }

    /**
     * U(π_A, π_B) for two product policies. The default enumerates joint actions
     * (p_{π_A}·valueVs(p_{π_B})); games with a dynamic programme override it so that it also works for
     * teams too large to enumerate.
     */
    default double expectedPayoff(TeamPolicy a, TeamPolicy b) {
        checkPolicy(a);
        checkPolicy(b);
        requireEnumerable("the expected payoff by enumeration");
        return a.dotJoint(valueVs(b.jointDistribution()));
    }

    // ------------------------------------------------------------------ joint-action helpers

    /** |𝒜|^N, saturating at {@link Long#MAX_VALUE}. */
    default long jointActionCount() {
        return power(actionsPerAgent(), agentsPerTeam());
    }

    /**
     * Refuses games whose joint actions cannot be enumerated.
     *
     * @param purpose what needs the enumeration, for the message
     * @throws IllegalArgumentException with the size and the limit
     */
    default void requireEnumerable(String purpose) {
        long n = jointActionCount();
        if (n > MAX_ENUMERATED_JOINT_ACTIONS) {
            throw new IllegalArgumentException(purpose + " enumerates all team joint actions, but " + name() + " has "
                    + actionsPerAgent() + "^" + agentsPerTeam() + " = "
                    + (n == Long.MAX_VALUE ? "more than 9.2e18" : String.format(java.util.Locale.ROOT, "%,d", n))
                    + " of them; the limit is " + String.format(java.util.Locale.ROOT, "%,d", MAX_ENUMERATED_JOINT_ACTIONS));
        }
    }

    /** Lexicographic index of a joint action (agent 0 most significant). */
    default int jointIndex(int[] a) {
        if (a.length != agentsPerTeam()) {
            throw new IllegalArgumentException("joint action has " + a.length + " agents, expected " + agentsPerTeam());
        }
        int m = actionsPerAgent();
        long idx = 0;
        for (int x = 0; x < a.length; x++) {
            if (a[x] < 0 || a[x] >= m) {
                throw new IllegalArgumentException("agent " + x + ": action " + a[x] + " outside 0.." + (m - 1));
            }
            idx = idx * m + a[x];
            if (idx > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("joint action index does not fit an int");
            }
        }
        return (int) idx;
    }

    /** The joint action with the given lexicographic index. */
    default int[] jointAction(int index) {
        int n = agentsPerTeam();
        int m = actionsPerAgent();
        int[] a = new int[n];
        for (int x = n - 1; x >= 0; x--) {
            a[x] = index % m;
            index /= m;
        }
        return a;
    }

    /** Label of a joint action, such as "(gain 10, attack)"; for |𝒜| ≤ 10 without labels, digits "011". */
    default String jointActionLabel(int[] a) {
        StringBuilder sb = new StringBuilder("(");
        for (int x = 0; x < a.length; x++) {
            if (x > 0) {
                sb.append(", ");
            }
            sb.append(actionLabel(a[x]));
        }
        return sb.append(')').toString();
    }

    /**
     * The dense joint-action payoff matrix U[a][b] (rows team A), for inspection of small games.
     *
     * @throws IllegalArgumentException above {@link #MAX_DENSE_JOINT_ACTIONS} joint actions
     */
    default double[][] jointMatrix() {
        long n = jointActionCount();
        if (n > MAX_DENSE_JOINT_ACTIONS) {
            throw new IllegalArgumentException("the dense joint-action matrix of " + name() + " would be " + n + "×" + n
                    + "; the limit is " + MAX_DENSE_JOINT_ACTIONS + " joint actions");
        }
        int k = (int) n;
        double[][] u = new double[k][k];
        for (int i = 0; i < k; i++) {
            int[] a = jointAction(i);
            for (int j = 0; j < k; j++) {
                u[i][j] = payoff(a, jointAction(j));
            }
        }
        return u;
    }

    /** Checks that a policy has this game's shape. */
    default void checkPolicy(TeamPolicy p) {
        if (p.agents() != agentsPerTeam() || p.actions() != actionsPerAgent()) {
            throw new IllegalArgumentException("policy is " + p.agents() + "×" + p.actions() + ", the game needs "
                    + agentsPerTeam() + " agents × " + actionsPerAgent() + " actions");
        }
    }

    /** Checks that a joint distribution has length |𝒜|^N (and that the game is enumerable). */
    default void checkJoint(double[] q) {
        requireEnumerable("this evaluator");
        if (q.length != jointActionCount()) {
            throw new IllegalArgumentException("joint distribution has " + q.length + " entries, expected "
                    + jointActionCount());
        }
    }

    /** base^exp, saturating at {@link Long#MAX_VALUE}. */
    static long power(int base, int exp) {
        long r = 1;
        for (int i = 0; i < exp; i++) {
            if (r > Long.MAX_VALUE / Math.max(1, base)) {
                return Long.MAX_VALUE;
            }
            r *= base;
        }
        return r;
    }

    /** Requires a finite parameter value. */
    static double finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("parameter " + name + " = " + v + " is not a finite number");
        }
        return v;
    }
}
