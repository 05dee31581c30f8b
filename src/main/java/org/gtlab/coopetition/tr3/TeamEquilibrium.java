package org.gtlab.coopetition.tr3;

import java.util.Arrays;

/**
 * Equilibria of a TR-3 team with per-member loyalties ("Algorithm 1", spec §4.8).
 *
 * <p>{@link #gaussSeidel}: the authors' scheme with exact best responses BR_i = clip(S*_i − Σ_{j≠i} a_j,
 * a_min, a_max): start every member at {@code start} (the authors' a_max/2 = 25), update members in the
 * given order in place, stop when the largest change of a sweep is below the tolerance. Exact best
 * responses converge in a few sweeps (A17); the total is unique, the split among equal-loyalty
 * members depends on the order (A3), so results are compared by mean and total.
 *
 * <p>{@link #total}: the unique equilibrium total directly: S is an equilibrium total iff members with
 * S*_i &gt; S sit at a_max, those with S*_i &lt; S at a_min, and S − h·a_max − l·a_min ∈ [m a_min, m a_max]
 * for the m members with S*_i = S; found by scanning the sorted S*_i.
 *
 * @param efforts    efforts by member
 * @param converged  true if the sweep met the tolerance within the sweep limit
 * @param sweeps     sweeps done
 */
public record TeamEquilibrium(double[] efforts, boolean converged, int sweeps) {

    public TeamEquilibrium {
        efforts = efforts.clone();
    }

    @Override
    public double[] efforts() {
        return efforts.clone();
    }

    /** Σ a_i. */
    public double total() {
        return TeamModel.sum(efforts);
    }

    /** Mean effort (what the authors report). */
    public double mean() {
        return total() / efforts.length;
    }

    /**
     * This result, if it converged.
     *
     * @throws IllegalStateException naming the sweeps and the last iterate
     */
    public TeamEquilibrium requireConverged() {
        if (!converged) {
            throw new IllegalStateException("the team best-response iteration did not converge in " + sweeps
                    + " sweeps; last iterate a = " + Arrays.toString(efforts));
        }
        return this;
    }

    /** Index order 0, 1, …, n−1. */
    public static int[] indexOrder(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    /**
     * Gauss–Seidel with exact best responses.
     *
     * @param loyalty   θ_i per member (n ≥ 2, each in [0, 1])
     * @param order     update order (a permutation of 0..n−1)
     * @param start     start effort of every member
     * @param tolerance stop when the largest change of a sweep is below this (0: stop when nothing changes)
     * @param maxSweeps sweep limit
     * @throws IllegalArgumentException for a team of size &lt; 2, a loyalty outside [0, 1] or a bad order
     */
    public static TeamEquilibrium gaussSeidel(TeamModel model, double[] loyalty, int[] order, double start,
            double tolerance, int maxSweeps) {
        int n = loyalty.length;
        TeamModel.checkTeam(n);
        if (order.length != n || Arrays.stream(order).distinct().count() != n
                || Arrays.stream(order).anyMatch(k -> k < 0 || k >= n)) {
            throw new IllegalArgumentException("update order must be a permutation of 0.." + (n - 1));
        }
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = model.preferredTotal(loyalty[i], n);
        }
        double[] a = new double[n];
        Arrays.fill(a, model.clip(start));
        double total = TeamModel.sum(a);
        for (int sweep = 1; sweep <= maxSweeps; sweep++) {
            double change = 0;
            for (int i : order) {
                double others = total - a[i];
                double br = model.clip(s[i] - others);
                change = Math.max(change, Math.abs(br - a[i]));
                a[i] = br;
                total = others + br;
            }
            total = TeamModel.sum(a); // no drift from the running sum
            if (change <= tolerance) {
                return new TeamEquilibrium(a, true, sweep);
            }
        }
        return new TeamEquilibrium(a, false, maxSweeps);
    }

    /** The replication loop: start a_max/2 (25 in the default box), index order, stop when no effort changes by 1e-12 or more. */
    public static TeamEquilibrium solve(TeamModel model, double[] loyalty) {
        return gaussSeidel(model, loyalty, indexOrder(loyalty.length), model.maxEffort() / 2, 1e-12, 1000);
    }

    /**
     * The unique equilibrium team total for these loyalties.
     *
     * @throws IllegalArgumentException for a team of size &lt; 2 or a loyalty outside [0, 1]
     */
    public static double total(TeamModel model, double[] loyalty) {
        int n = loyalty.length;
        TeamModel.checkTeam(n);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = model.preferredTotal(loyalty[i], n);
        }
        double lo = model.minEffort();
        double hi = model.maxEffort();
        // F(S) = S − Σ_i clip-contribution: members above S at hi, below at lo; F increases in S.
        // Check each distinct S*_i as a candidate with interior members, then the gaps between them.
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < n; k++) {
            double cand = sorted[k];
            int h = 0;
            int l = 0;
            int m = 0;
            for (double v : sorted) {
                if (v > cand) {
                    h++;
                } else if (v < cand) {
                    l++;
                } else {
                    m++;
                }
            }
            double rest = cand - h * hi - l * lo;
            if (rest >= m * lo - 1e-12 * Math.max(1, cand) && rest <= m * hi + 1e-12 * Math.max(1, cand)) {
                return cand;
            }
        }
        // no interior member: S = h·hi + l·lo with S between consecutive preferred totals
        for (int h = 0; h <= n; h++) {
            double cand = h * hi + (n - h) * lo;
            int above = 0;
            for (double v : sorted) {
                if (v > cand) {
                    above++;
                }
            }
            int below = 0;
            for (double v : sorted) {
                if (v < cand) {
                    below++;
                }
            }
            if (above == h && below == n - h) {
                return cand;
            }
        }
        throw new IllegalStateException("no equilibrium total found for preferred totals " + Arrays.toString(s));
    }
}
