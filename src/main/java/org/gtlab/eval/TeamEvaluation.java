package org.gtlab.eval;

import java.util.List;

import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamMixture;
import org.gtlab.game.TeamPolicy;

/**
 * Pure functions that measure team strategies in a symmetric team zero-sum game (spec fxp-psro.md §3, §5.1).
 *
 * <ul>
 *   <li><b>Team exploitability</b> (the default metric) of a team strategy σ played by both sides:
 *       {@code Expl(σ) = max_{a ∈ 𝒜^N} Σ_j σ_j·U(a, P_j) = max_a valueVs(q_σ)[a]} ≥ 0, zero exactly at a
 *       global Nash equilibrium. A pure joint action always attains the team best response, so the maximum
 *       is an exact enumeration of |𝒜|^N joint actions.</li>
 *   <li><b>Team NashConv</b> (two-sided) of (σ_A, σ_B): [max_a U(a, σ_B) − U(σ_A, σ_B)] +
 *       [max_b −U(σ_A, b) + U(σ_A, σ_B)]; with σ_A = σ_B it is 2·Expl (the one-sided Expl is the OpenSpiel
 *       "exploitability" convention).</li>
 *   <li><b>Agent-level NashConv</b> of a product profile: Σ over all 2N agents of the best unilateral
 *       single-agent gain; zero exactly at a local Nash equilibrium.</li>
 *   <li><b>Restricted exploitability</b> (the authors' figure metric, paper-faithful mode only):
 *       {@code Σ_e max(0, Σ_j σ_j U(e, P_j))} over the game's hand-picked exploiters e.</li>
 * </ul>
 * Values are doubles; no tolerance is applied except where a method says so.
 */
public final class TeamEvaluation {

    /** Default tolerance of {@link #classify(TeamGame, TeamPolicy)}. */
    public static final double CLASSIFY_TOLERANCE = 1e-9;

    private TeamEvaluation() {
    }

    /** v[a] = Σ_b q(b)·U(a, b) (delegates to the game's structured evaluator). */
    public static double[] teamValues(TeamGame g, double[] q) {
        return g.valueVs(q);
    }

    /** The first (lowest-index) maximiser of v. */
    public static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Exact team best response against an opponent joint distribution q: argmax_a valueVs(q)[a], ties to
     * the lowest joint-action index.
     *
     * @throws IllegalArgumentException if the game has too many joint actions to enumerate
     */
    public static TeamBestResponse bestResponse(TeamGame g, double[] q) {
        g.requireEnumerable("the exact team best response");
        double[] v = g.valueVs(q);
        int i = argmax(v);
        return new TeamBestResponse(i, g.jointAction(i), v[i]);
    }

    /** Exact team best response to a product policy. */
    public static TeamBestResponse bestResponse(TeamGame g, TeamPolicy opponent) {
        g.checkPolicy(opponent);
        g.requireEnumerable("the exact team best response");
        return bestResponse(g, opponent.jointDistribution());
    }

    /** Exact team best response to a mixture (through q_σ). */
    public static TeamBestResponse bestResponse(TeamGame g, TeamMixture opponent) {
        g.checkPolicy(opponent.member(0));
        g.requireEnumerable("the exact team best response");
        return bestResponse(g, opponent.jointDistribution());
    }

    /** Expl for an opponent joint distribution q (one-sided, ≥ 0 when q is a team strategy of a symmetric game). */
    public static double exploitability(TeamGame g, double[] q) {
        return bestResponse(g, q).value();
    }

    /** Expl(π) of a single product policy played by both teams. */
    public static double exploitability(TeamGame g, TeamPolicy p) {
        return bestResponse(g, p).value();
    }

    /** Expl(σ) of a mixture played by both teams, evaluated through q_σ. */
    public static double exploitability(TeamGame g, TeamMixture m) {
        return bestResponse(g, m).value();
    }

    /** Two-sided team NashConv of (q_A, q_B) with U(σ_A, σ_B) computed exactly. */
    public static double teamNashConv(TeamGame g, double[] qa, double[] qb) {
        double[] vb = g.valueVs(qb); // U(a, σ_B)
        double[] va = g.valueVs(qa); // U(b, σ_A) = −U(σ_A, b)
        double u = dot(qa, vb);
        return (vb[argmax(vb)] - u) + (va[argmax(va)] + u);
    }

    /** Two-sided team NashConv of two mixtures. */
    public static double teamNashConv(TeamGame g, TeamMixture a, TeamMixture b) {
        return teamNashConv(g, a.jointDistribution(), b.jointDistribution());
    }

    /**
     * The authors' restricted exploitability {@code Σ_e max(0, v[e])} over the game's exploiters, for an
     * opponent distribution q (spec §3.4).
     */
    public static double restrictedExploitability(TeamGame g, double[] q) {
        return restrictedExploitabilityFromValues(g, g.valueVs(q));
    }

    /** The restricted metric from precomputed team values v = valueVs(q). */
    public static double restrictedExploitabilityFromValues(TeamGame g, double[] v) {
        double s = 0;
        for (int[] e : g.authorsExploiters()) {
            s += Math.max(0, v[g.jointIndex(e)]);
        }
        return s;
    }

    /** The clipped component values max(0, v[e]) for each exploiter, in the game's order. */
    public static double[] restrictedComponents(TeamGame g, double[] q) {
        double[] v = g.valueVs(q);
        List<int[]> ex = g.authorsExploiters();
        double[] c = new double[ex.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.max(0, v[g.jointIndex(ex.get(i))]);
        }
        return c;
    }

    /**
     * Per-agent action values Q[x][a] = Σ_{a′: a′_x = a} Π_{y≠x} π_y(a′_y)·v[a′]: the value of agent x
     * switching to action a while its teammates keep their mixed strategies, given team values v (spec §2.2).
     * Cost O(N·|𝒜|^N).
     */
    public static double[][] agentActionValues(TeamGame g, TeamPolicy team, double[] v) {
        g.checkPolicy(team);
        int n = team.agents();
        int m = team.actions();
        if (v.length != g.jointActionCount()) {
            throw new IllegalArgumentException("team values have " + v.length + " entries, expected " + g.jointActionCount());
        }
        double[][] q = new double[n][m];
        for (int x = 0; x < n; x++) {
            double[] pre = marginalJoint(team, 0, x);
            double[] suf = marginalJoint(team, x + 1, n);
            int s = suf.length;
            double[] out = q[x];
            for (int i = 0; i < pre.length; i++) {
                double pi = pre[i];
                if (pi == 0) {
                    continue;
                }
                for (int a = 0; a < m; a++) {
                    int base = (i * m + a) * s;
                    double acc = 0;
                    for (int j = 0; j < s; j++) {
                        acc += suf[j] * v[base + j];
                    }
                    out[a] += pi * acc;
                }
            }
        }
        return q;
    }

    /** Joint distribution of agents from..to−1 of a policy (agent {@code from} most significant). */
    static double[] marginalJoint(TeamPolicy p, int from, int to) {
        double[] j = {1.0};
        int m = p.actions();
        for (int x = from; x < to; x++) {
            double[] next = new double[j.length * m];
            int k = 0;
            for (double pj : j) {
                for (int a = 0; a < m; a++) {
                    next[k++] = pj * p.prob(x, a);
                }
            }
            j = next;
        }
        return j;
    }

    /**
     * Per-agent action values against an opponent product policy, without enumerating joint actions:
     * Q[x][a] = U(team with agent x forced to a, opponent), each from the game's
     * {@link TeamGame#expectedPayoff(TeamPolicy, TeamPolicy)} (a dynamic programme in the structured games).
     */
    public static double[][] agentActionValuesByPayoff(TeamGame g, TeamPolicy team, TeamPolicy opponent) {
        int n = team.agents();
        int m = team.actions();
        double[][] q = new double[n][m];
        double[][] rows = team.rows();
        for (int x = 0; x < n; x++) {
            double[] keep = rows[x];
            for (int a = 0; a < m; a++) {
                double[] one = new double[m];
                one[a] = 1;
                rows[x] = one;
                q[x][a] = g.expectedPayoff(TeamPolicy.of(rows), opponent);
            }
            rows[x] = keep;
        }
        return q;
    }

    /**
     * The 2N single-agent gains of the product profile (A plays {@code a}, B plays {@code b}): entries
     * 0..N−1 for team A's agents, N..2N−1 for team B's, each max_i u(i, rest) − u(profile) ≥ 0 (clamped).
     * Uses joint-action enumeration when the game allows it and the dynamic programme otherwise.
     */
    public static double[] agentGains(TeamGame g, TeamPolicy a, TeamPolicy b) {
        g.checkPolicy(a);
        g.checkPolicy(b);
        int n = a.agents();
        double[][] qa;
        double[][] qb;
        double u;
        if (g.jointActionCount() <= TeamGame.MAX_ENUMERATED_JOINT_ACTIONS) {
            double[] vb = g.valueVs(b.jointDistribution()); // U(·, b)
            double[] va = g.valueVs(a.jointDistribution()); // U(·, a) = payoff of B's joint actions vs a
            qa = agentActionValues(g, a, vb);
            qb = agentActionValues(g, b, va);
            u = a.dotJoint(vb);
        } else {
            qa = agentActionValuesByPayoff(g, a, b);
            qb = agentActionValuesByPayoff(g, b, a);
            u = g.expectedPayoff(a, b);
        }
        double[] gains = new double[2 * n];
        for (int x = 0; x < n; x++) {
            gains[x] = Math.max(0, max(qa[x]) - u);
            gains[n + x] = Math.max(0, max(qb[x]) + u);
        }
        return gains;
    }

    /** Agent-level NashConv of (a, b): the sum of the 2N single-agent gains (spec §3.3). */
    public static double agentNashConv(TeamGame g, TeamPolicy a, TeamPolicy b) {
        double s = 0;
        for (double x : agentGains(g, a, b)) {
            s += x;
        }
        return s;
    }

    /** Agent-level NashConv of the symmetric profile (π, π). */
    public static double agentNashConv(TeamGame g, TeamPolicy p) {
        return agentNashConv(g, p, p);
    }

    /** Classifies the symmetric profile (π, π) with {@link #CLASSIFY_TOLERANCE}. */
    public static TeamEquilibriumClass classify(TeamGame g, TeamPolicy p) {
        return classify(g, p, CLASSIFY_TOLERANCE);
    }

    /**
     * "global NE" if team exploitability ≤ tol (a global NE is also local), "local NE, not global" if the
     * agent-level NashConv ≤ tol but the team exploitability is larger, otherwise "not an equilibrium".
     */
    public static TeamEquilibriumClass classify(TeamGame g, TeamPolicy p, double tol) {
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("tolerance must be ≥ 0, got " + tol);
        }
        double expl = exploitability(g, p);
        if (expl <= tol) {
            return TeamEquilibriumClass.GLOBAL_NE;
        }
        return agentNashConv(g, p) <= tol ? TeamEquilibriumClass.LOCAL_NE : TeamEquilibriumClass.NOT_EQUILIBRIUM;
    }

    /**
     * Classifies a mixture played by both teams. Agent-level deviations are not defined for a correlated
     * mixture, so a mixture is either "global NE" (Expl ≤ tol) or "not an equilibrium"; a one-member mixture
     * is classified as its policy.
     */
    public static TeamEquilibriumClass classify(TeamGame g, TeamMixture m, double tol) {
        if (m.size() == 1) {
            return classify(g, m.member(0), tol);
        }
        return exploitability(g, m) <= tol ? TeamEquilibriumClass.GLOBAL_NE : TeamEquilibriumClass.NOT_EQUILIBRIUM;
    }

    private static double max(double[] v) {
        double b = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            b = Math.max(b, x);
        }
        return b;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
