package org.gtlab.coopetition.tr3;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.coopetition.Stats;

/**
 * The TR-3 parameter sweep (spec §5.1–5.3; TR3-code-orig): ω × β × c × n × θ over the code grid
 * (A10), 5⁵ = 3,125 homogeneous-loyalty configurations with φ_B, φ_C fixed and bounds [0.01, 50];
 * every effort from the closed form a*(θ) = clip(S*(θ)/n) (which the published sweep reproduces
 * exactly, including the free-riding "misses" below the 0.01 floor). Per configuration: the θ = 0
 * effort and its relative error against a*_FR, the effort at θ, the differentiation E(0.9)/E(0.1)
 * (on θ = 0.5 rows), the mechanism-synergy ratio at θ = 0.7
 * (E_both − E_0) / ((E_Bonly − E_0) + (E_Conly − E_0)) (1 if the denominator ≤ 0), and Q(θ)/Q(0).
 * Then the six behavioural targets and the paired test of E(0.9) vs E(0) over the 625 cells.
 */
public final class Tr3Sweep {

    /** ω grid. */
    public static final double[] OMEGA = {10, 15, 20, 25, 30};
    /** β grid. */
    public static final double[] BETA = {0.40, 0.45, 0.50, 0.55, 0.60};
    /** c grid. */
    public static final double[] COST = {1.5, 2.0, 2.5, 3.0, 3.5};
    /** n grid. */
    public static final int[] SIZE = {3, 4, 5, 6, 8};
    /** θ grid. */
    public static final double[] LOYALTY = {0.0, 0.3, 0.5, 0.7, 0.9};

    private Tr3Sweep() {
    }

    /**
     * One configuration.
     *
     * @param omega ω
     * @param beta β
     * @param cost c
     * @param n team size
     * @param theta θ
     * @param effort0 E(0)
     * @param freeRiding a*_FR (analytic)
     * @param freeRidingError |E(0) − a*_FR| / a*_FR
     * @param effort E(θ)
     * @param differentiation E(0.9)/E(0.1) on θ = 0.5 rows, else NaN
     * @param synergy mechanism-synergy ratio at θ = 0.7
     * @param outputGain Q(n E(θ)) / Q(n E(0))
     */
    public record Row(double omega, double beta, double cost, int n, double theta, double effort0, double freeRiding,
            double freeRidingError, double effort, double differentiation, double synergy, double outputGain) {
    }

    /** The mechanism-synergy ratio at loyalty θ for team size n. */
    public static double synergy(TeamModel m, double theta, int n) {
        double e0 = m.effort(0, n);
        double both = m.effort(theta, n) - e0;
        double bOnly = m.withPhi(m.phiB(), 0).effort(theta, n) - e0;
        double cOnly = m.withPhi(0, m.phiC()).effort(theta, n) - e0;
        double den = bOnly + cOnly;
        return den <= 0 ? 1 : both / den;
    }

    /** The rows of the sweep for a base model (its φ, mode and bounds; ω, β, c from the grid). */
    public static List<Row> rows(TeamModel base) {
        List<Row> rows = new ArrayList<>(3125);
        for (int k = 0; k < BLOCKS; k++) {
            rows.addAll(block(base, k));
        }
        return rows;
    }

    /** Number of (ω, β, c) blocks: 125. */
    public static final int BLOCKS = OMEGA.length * BETA.length * COST.length;

    /** The 25 rows (n × θ) of the k-th (ω, β, c) block, k in 0..124, in sweep order. */
    public static List<Row> block(TeamModel base, int k) {
        if (k < 0 || k >= BLOCKS) {
            throw new IllegalArgumentException("block index must be in 0.." + (BLOCKS - 1) + ", got " + k);
        }
        double w = OMEGA[k / 25];
        double b = BETA[k / 5 % 5];
        double c = COST[k % 5];
        TeamModel m = base.withParameters(w, b, c);
        List<Row> rows = new ArrayList<>(25);
        for (int n : SIZE) {
            double e0 = m.effort(0, n);
            double fr = m.freeRidingEffort(n);
            double syn = synergy(m, 0.7, n);
            for (double t : LOYALTY) {
                double e = m.effort(t, n);
                double diff = t == 0.5 ? m.effort(0.9, n) / m.effort(0.1, n) : Double.NaN;
                rows.add(new Row(w, b, c, n, t, e0, fr, Math.abs(e0 - fr) / fr, e, diff, syn,
                        m.output(n * e) / m.output(n * e0)));
            }
        }
        return rows;
    }

    /**
     * The six targets and the statistics of a sweep.
     *
     * @param rows             configurations
     * @param freeRidingPass   rows with error &lt; 5 % (target 1)
     * @param monotoneGroups   (ω, β, c, n) groups non-decreasing in θ (target 2), of 625
     * @param differentiation  the 625 ratios (target 3)
     * @param teamSizeGroups   (ω, β, c) groups with θ = 0 effort non-increasing in n (target 4), of 125
     * @param synergyPass      rows with synergy ratio &gt; 1.1 (target 5)
     * @param boundedRows      rows with 0 ≤ effort ≤ a_max (target 6)
     * @param atCap            rows at a_max
     * @param atFloor          rows at a_min
     * @param paired           E(0.9) vs E(0) over the 625 cells
     */
    public record Result(List<Row> rows, int freeRidingPass, int monotoneGroups, double[] differentiation,
            int teamSizeGroups, int synergyPass, int boundedRows, int atCap, int atFloor, Stats.Paired paired) {

        public int configurations() {
            return rows.size();
        }

        /** Target 1 share. */
        public double freeRidingShare() {
            return freeRidingPass / (double) rows.size();
        }

        /** Target 3: ratios &gt; 2. */
        public int differentiationPass() {
            return (int) java.util.Arrays.stream(differentiation).filter(r -> r > 2).count();
        }

        public double differentiationMedian() {
            return Stats.median(differentiation);
        }

        /** Target 5 share. */
        public double synergyShare() {
            return synergyPass / (double) rows.size();
        }

        public double synergyMedian() {
            return Stats.median(rows.stream().mapToDouble(Row::synergy).toArray());
        }

        public double[] efforts() {
            return rows.stream().mapToDouble(Row::effort).toArray();
        }
    }

    /** Runs the sweep and evaluates the targets. */
    public static Result run(TeamModel base) {
        return evaluate(rows(base), base);
    }

    /**
     * Evaluates the targets on whole (ω, β, c) blocks of rows (the full sweep or its first blocks).
     *
     * @throws IllegalArgumentException if the rows are not whole blocks of 25
     */
    public static Result evaluate(List<Row> rows, TeamModel base) {
        if (rows.isEmpty() || rows.size() % 25 != 0) {
            throw new IllegalArgumentException("the targets need whole (ω, β, c) blocks of 25 rows, got " + rows.size());
        }
        int fr = 0;
        int syn = 0;
        int bounded = 0;
        int cap = 0;
        int floor = 0;
        for (Row r : rows) {
            fr += r.freeRidingError() < 0.05 ? 1 : 0;
            syn += r.synergy() > 1.1 ? 1 : 0;
            bounded += r.effort() >= 0 && r.effort() <= base.maxEffort() ? 1 : 0;
            cap += r.effort() == base.maxEffort() ? 1 : 0;
            floor += r.effort() == base.minEffort() ? 1 : 0;
        }
        int groups = rows.size() / LOYALTY.length;
        int monotone = 0;
        double[] diff = new double[groups];
        double[] e0 = new double[groups];
        double[] e9 = new double[groups];
        for (int g = 0; g < groups; g++) {
            boolean ok = true;
            for (int k = 1; k < LOYALTY.length; k++) {
                ok &= rows.get(g * 5 + k).effort() >= rows.get(g * 5 + k - 1).effort();
            }
            monotone += ok ? 1 : 0;
            diff[g] = rows.get(g * 5 + 2).differentiation();
            e0[g] = rows.get(g * 5).effort();
            e9[g] = rows.get(g * 5 + 4).effort();
        }
        int sizeGroups = 0;
        int per = SIZE.length * LOYALTY.length;
        for (int g = 0; g < rows.size() / per; g++) {
            boolean ok = true;
            for (int k = 1; k < SIZE.length; k++) {
                ok &= rows.get(g * per + k * 5).effort() <= rows.get(g * per + (k - 1) * 5).effort();
            }
            sizeGroups += ok ? 1 : 0;
        }
        return new Result(rows, fr, monotone, diff, sizeGroups, syn, bounded, cap, floor, Stats.paired(e0, e9));
    }
}
