package org.gtlab.coopetition.tr3;

import java.util.ArrayList;
import java.util.List;

/**
 * The Apache HTTP Server case of TR-3 (spec §4.7, §5.6; TR3-code-orig): ω = 30, β = 0.65, c = 1.2,
 * φ_B 0.8, φ_C 0.3, efforts in [0.01, 50]; eight founders with (D_T, base loyalty); four phases with
 * core-team size n and a loyalty multiplier. Member k has θ_k = base[k mod 8] × multiplier; cohesion
 * weights are the founders' D_T and 1/n for members 9+. Each phase is solved with the exact-BR
 * Gauss–Seidel loop (start 25, index order) and scored with the 15-points-per-phase rubric. The
 * score checks ordering and coarse bands only (an ordinal validation, A11), not effort levels.
 */
public final class ApacheCase {

    /** Founders: Behlendorf, Fielding, Hartill, Robinson, Skolnick, Terbush, Thau, Wilson. */
    public static final List<String> FOUNDERS = List.of("Behlendorf", "Fielding", "Hartill", "Robinson", "Skolnick",
            "Terbush", "Thau", "Wilson");
    /** The team's dependence D_T on each founder. */
    public static final double[] FOUNDER_WEIGHTS = {0.18, 0.20, 0.12, 0.10, 0.08, 0.10, 0.12, 0.10};
    /** Founders' base loyalty. */
    public static final double[] FOUNDER_LOYALTY = {0.85, 0.90, 0.80, 0.75, 0.70, 0.78, 0.82, 0.76};

    /**
     * A phase.
     *
     * @param name       Formation, Growth, Maturation, Evolution
     * @param period     years
     * @param size       core team n
     * @param multiplier loyalty multiplier
     */
    public record Phase(String name, String period, int size, double multiplier) {
    }

    /** The suite's phase table (A11). */
    public static final List<Phase> PHASES = List.of(new Phase("Formation", "1995–1997", 8, 1.00),
            new Phase("Growth", "1998–2003", 25, 0.85), new Phase("Maturation", "2004–2015", 40, 0.70),
            new Phase("Evolution", "2016–2023", 35, 0.60));

    private ApacheCase() {
    }

    /** The case's model in a welfare mode. */
    public static TeamModel model(WelfareMode mode) {
        return new TeamModel(30, 0.65, 1.2, 0.8, 0.3, mode, 0.01, 50);
    }

    /** θ_k = base[k mod 8] × multiplier. */
    public static double[] loyalty(Phase p) {
        double[] t = new double[p.size()];
        for (int k = 0; k < t.length; k++) {
            t[k] = FOUNDER_LOYALTY[k % 8] * p.multiplier();
        }
        return t;
    }

    /** Cohesion weights: D_T for founders, 1/n for members 9+. */
    public static double[] weights(Phase p) {
        double[] w = new double[p.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = k < 8 ? FOUNDER_WEIGHTS[k] : 1.0 / p.size();
        }
        return w;
    }

    /**
     * One phase solved.
     *
     * @param phase       the phase
     * @param equilibrium efforts by member
     * @param meanLoyalty mean θ
     * @param cohesion    C
     */
    public record PhaseResult(Phase phase, TeamEquilibrium equilibrium, double meanLoyalty, double cohesion) {
        public double meanEffort() {
            return equilibrium.mean();
        }
    }

    /** Solves every phase. */
    public static List<PhaseResult> solve(WelfareMode mode) {
        TeamModel m = model(mode);
        List<PhaseResult> out = new ArrayList<>();
        for (Phase p : PHASES) {
            double[] t = loyalty(p);
            double mean = 0;
            for (double x : t) {
                mean += x;
            }
            out.add(new PhaseResult(p, TeamEquilibrium.solve(m, t).requireConverged(), mean / t.length,
                    Cohesion.of(weights(p), t)));
        }
        return out;
    }

    /**
     * The rubric: 15 points per phase (validity 3, rank 4, pattern 4, trend 4, capped at 15) for the
     * four predicted mean efforts in phase order, x = prediction / 50.
     *
     * @return the four phase scores
     * @throws IllegalArgumentException unless exactly four predictions are given
     */
    public static int[] score(double[] predictions) {
        if (predictions.length != 4) {
            throw new IllegalArgumentException("the Apache rubric scores 4 phases, got " + predictions.length);
        }
        int[] s = new int[4];
        double largest = Math.max(Math.max(predictions[0], predictions[1]), Math.max(predictions[2], predictions[3]));
        for (int k = 0; k < 4; k++) {
            double e = predictions[k];
            double x = e / 50;
            int v = (e > 0 ? 1 : 0) + (e < 100 ? 1 : 0) + (Double.isFinite(e) ? 1 : 0);
            int rank = 0;
            for (double o : predictions) {
                rank += o > e ? 1 : 0;
            }
            int off = Math.abs(rank - k);
            int r = off == 0 ? 4 : off == 1 ? 3 : off == 2 ? 1 : 0;
            int pat;
            switch (k) {
                case 0:
                    pat = x > 0.6 ? 4 : x > 0.4 ? 3 : x > 0.2 ? 2 : 1;
                    break;
                case 1:
                    pat = x > 0.3 && x < 0.9 ? 4 : x > 0.2 ? 2 : 1;
                    break;
                case 2:
                    pat = x > 0.1 && x < 0.6 ? 4 : x > 0.05 ? 2 : 1;
                    break;
                default:
                    pat = x < 0.5 ? 4 : x < 0.7 ? 2 : 1;
            }
            int tr;
            if (k == 0) {
                tr = e >= 0.95 * largest ? 4 : 2;
            } else {
                double prev = predictions[k - 1];
                tr = e < prev ? 4 : e == prev ? 2 : e < prev * 1.1 ? 1 : 0;
            }
            s[k] = Math.min(15, v + r + pat + tr);
        }
        return s;
    }
}
