package org.gtlab.game;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * An immutable decentralised team policy: one mixed strategy per agent, agents randomising
 * independently (a product policy). Stored as an N×|𝒜| row-stochastic matrix.
 *
 * <p>Its joint distribution over team joint actions is {@code p(a) = Π_x π_x(a_x)}, indexed
 * lexicographically with agent 0 most significant ({@link TeamGame#jointIndex(int[])}). It is computed
 * once, on first use, and cached softly (a benign race: every thread computes the same array; the
 * garbage collector may drop the cache of policies kept in long histories, which are then recomputed).
 *
 * <p>Reference: Xu et al., "Fictitious Cross-Play", arXiv:2310.03354 (team policies are products of
 * per-agent policies, §2 of the GT Lab spec fxp-psro.md).
 */
public final class TeamPolicy {

    /** Largest joint distribution a policy materialises (entries). */
    public static final int MAX_JOINT = 5_000_000;

    /** Row sums must be within this of 1. */
    public static final double SUM_TOLERANCE = 1e-9;

    private final double[][] rows;
    private volatile java.lang.ref.SoftReference<double[]> joint;

    private TeamPolicy(double[][] rows) {
        this.rows = rows;
    }

    /**
     * A policy from per-agent rows (copied).
     *
     * @throws IllegalArgumentException if there are no agents or actions, rows differ in length, an entry
     *         is negative or not finite, or a row does not sum to 1 within {@value #SUM_TOLERANCE}
     */
    public static TeamPolicy of(double[][] rows) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("a team policy needs at least one agent");
        }
        int a = rows[0].length;
        if (a == 0) {
            throw new IllegalArgumentException("a team policy needs at least one action per agent");
        }
        double[][] copy = new double[rows.length][];
        for (int x = 0; x < rows.length; x++) {
            if (rows[x].length != a) {
                throw new IllegalArgumentException("agent " + x + " has " + rows[x].length + " actions, expected " + a);
            }
            double sum = 0;
            for (int i = 0; i < a; i++) {
                double v = rows[x][i];
                if (!Double.isFinite(v) || v < 0) {
                    throw new IllegalArgumentException("agent " + x + ", action " + i + ": probability " + v
                            + " is not a finite number ≥ 0");
                }
                sum += v;
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw new IllegalArgumentException("agent " + x + ": probabilities sum to " + sum + ", expected 1");
            }
            copy[x] = rows[x].clone();
        }
        return new TeamPolicy(copy);
    }

    /** Every agent uniform over {@code actions} actions. */
    public static TeamPolicy uniform(int agents, int actions) {
        checkShape(agents, actions);
        double[][] r = new double[agents][actions];
        for (double[] row : r) {
            Arrays.fill(row, 1.0 / actions);
        }
        return new TeamPolicy(r);
    }

    /** The deterministic policy in which agent x plays {@code jointAction[x]}. */
    public static TeamPolicy pure(int actions, int... jointAction) {
        checkShape(jointAction.length, actions);
        double[][] r = new double[jointAction.length][actions];
        for (int x = 0; x < jointAction.length; x++) {
            if (jointAction[x] < 0 || jointAction[x] >= actions) {
                throw new IllegalArgumentException("agent " + x + ": action " + jointAction[x] + " outside 0.."
                        + (actions - 1));
            }
            r[x][jointAction[x]] = 1;
        }
        return new TeamPolicy(r);
    }

    /**
     * The authors' random initial policy ({@code get_pi0(mode="rand")}): each row has i.i.d. U(0,1) entries
     * normalised to sum 1. This is not uniform on the simplex (spec §12, Q13).
     */
    public static TeamPolicy random(int agents, int actions, SplittableRandom rng) {
        checkShape(agents, actions);
        double[][] r = new double[agents][actions];
        for (double[] row : r) {
            double s = 0;
            for (int i = 0; i < actions; i++) {
                row[i] = rng.nextDouble();
                s += row[i];
            }
            for (int i = 0; i < actions; i++) {
                row[i] /= s;
            }
        }
        return new TeamPolicy(r);
    }

    /** Each agent's row drawn uniformly from the simplex (Dirichlet(1): normalised Exp(1) draws). */
    public static TeamPolicy dirichlet(int agents, int actions, SplittableRandom rng) {
        checkShape(agents, actions);
        double[][] r = new double[agents][actions];
        for (double[] row : r) {
            double s = 0;
            for (int i = 0; i < actions; i++) {
                row[i] = -Math.log(1.0 - rng.nextDouble());
                s += row[i];
            }
            for (int i = 0; i < actions; i++) {
                row[i] /= s;
            }
        }
        return new TeamPolicy(r);
    }

    private static void checkShape(int agents, int actions) {
        if (agents < 1) {
            throw new IllegalArgumentException("a team needs at least one agent, got " + agents);
        }
        if (actions < 1) {
            throw new IllegalArgumentException("an agent needs at least one action, got " + actions);
        }
    }

    /** Number of agents N. */
    public int agents() {
        return rows.length;
    }

    /** Number of actions per agent |𝒜|. */
    public int actions() {
        return rows[0].length;
    }

    /** π_x(a). */
    public double prob(int agent, int action) {
        return rows[agent][action];
    }

    /** A copy of agent x's mixed strategy. */
    public double[] row(int agent) {
        return rows[agent].clone();
    }

    /** A copy of the N×|𝒜| matrix. */
    public double[][] rows() {
        double[][] c = new double[rows.length][];
        for (int x = 0; x < rows.length; x++) {
            c[x] = rows[x].clone();
        }
        return c;
    }

    /** This policy with agent x's strategy replaced by {@code row} (validated). */
    public TeamPolicy withRow(int agent, double[] row) {
        double[][] r = rows();
        r[agent] = row.clone();
        return of(r);
    }

    /** Number of joint actions |𝒜|^N, saturating at {@link Long#MAX_VALUE}. */
    public long jointSize() {
        return TeamGame.power(actions(), agents());
    }

    private double[] joint() {
        java.lang.ref.SoftReference<double[]> ref = joint;
        double[] j = ref == null ? null : ref.get();
        if (j == null) {
            long size = jointSize();
            if (size > MAX_JOINT) {
                throw new IllegalArgumentException("the joint distribution of this policy has " + actions() + "^"
                        + agents() + " = " + size + " entries, more than the limit " + MAX_JOINT);
            }
            j = new double[] {1.0};
            for (double[] row : rows) {
                double[] next = new double[j.length * row.length];
                int k = 0;
                for (double pj : j) {
                    for (double pa : row) {
                        next[k++] = pj * pa;
                    }
                }
                j = next;
            }
            joint = new java.lang.ref.SoftReference<>(j);
        }
        return j;
    }

    /** A copy of the joint distribution p(a) = Π_x π_x(a_x) (agent 0 most significant). */
    public double[] jointDistribution() {
        return joint().clone();
    }

    /** p(index). */
    public double jointProb(int index) {
        return joint()[index];
    }

    /** Adds {@code weight·p} to {@code target} (length |𝒜|^N). */
    public void addJointTo(double weight, double[] target) {
        double[] j = joint();
        if (target.length != j.length) {
            throw new IllegalArgumentException("target has " + target.length + " entries, expected " + j.length);
        }
        if (weight == 0) {
            return;
        }
        for (int i = 0; i < j.length; i++) {
            target[i] += weight * j[i];
        }
    }

    /** Σ_a p(a)·v[a]: the expected value of a per-joint-action vector under this policy. */
    public double dotJoint(double[] v) {
        double[] j = joint();
        if (v.length != j.length) {
            throw new IllegalArgumentException("vector has " + v.length + " entries, expected " + j.length);
        }
        double s = 0;
        for (int i = 0; i < j.length; i++) {
            s += j[i] * v[i];
        }
        return s;
    }

    /** max_x ‖π_x − other_x‖² (the authors' {@code isclose} distance). */
    public double maxSquaredDistance(TeamPolicy other) {
        if (other.agents() != agents() || other.actions() != actions()) {
            throw new IllegalArgumentException("policies of different shapes");
        }
        double d = 0;
        for (int x = 0; x < rows.length; x++) {
            double s = 0;
            for (int a = 0; a < rows[x].length; a++) {
                double e = rows[x][a] - other.rows[x][a];
                s += e * e;
            }
            d = Math.max(d, s);
        }
        return d;
    }

    /** Each agent's most likely action (lowest index on ties). */
    public int[] mostLikelyJointAction() {
        int[] a = new int[rows.length];
        for (int x = 0; x < rows.length; x++) {
            int best = 0;
            for (int i = 1; i < rows[x].length; i++) {
                if (rows[x][i] > rows[x][best]) {
                    best = i;
                }
            }
            a[x] = best;
        }
        return a;
    }

    /** True if every agent plays one action with probability 1. */
    public boolean isPure() {
        for (double[] row : rows) {
            boolean one = false;
            for (double v : row) {
                if (v == 1.0) {
                    one = true;
                } else if (v != 0.0) {
                    return false;
                }
            }
            if (!one) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeamPolicy && Arrays.deepEquals(rows, ((TeamPolicy) o).rows);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(rows);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TeamPolicy[");
        for (int x = 0; x < rows.length; x++) {
            if (x > 0) {
                sb.append("; ");
            }
            for (int a = 0; a < rows[x].length; a++) {
                if (a > 0) {
                    sb.append(' ');
                }
                sb.append(String.format(java.util.Locale.ROOT, "%.4f", rows[x][a]));
            }
        }
        return sb.append(']').toString();
    }
}
