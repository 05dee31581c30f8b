package org.gtlab.solve.nplayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.solve.logit.ExactRefinement;
import org.gtlab.solve.logit.MixedPayoffs;

/**
 * One equilibrium found by an N-player method: the profile in doubles, its max regret
 * {@code max_p (max_j v_p(j) − Σ_j x_p(j) v_p(j))} in the full game, the exact profile when the
 * refinement succeeded (then {@code maxRegret} is that of the exact profile, i.e. 0, and the exact
 * best-response conditions hold), and a note ("continuum": the support system is singular and
 * the profile is one point of a set of equilibria). Irrational equilibria — generic with three or
 * more players mixing — have no exact form and keep their double profile.
 *
 * @param profile   probabilities {@code [player][strategy]}
 * @param maxRegret the largest gain from a pure deviation, ≥ 0
 * @param exact     the exact equilibrium, when one was recognised and verified
 * @param note      "" or "continuum"
 */
public record NumericEquilibrium(double[][] profile, double maxRegret, Optional<StrategyProfile> exact, String note) {

    /** Profiles whose largest probability difference is below this are the same equilibrium. */
    public static final double SAME = 1e-7;

    /**
     * Polishes {@code x} by Newton's method on candidate support systems (probabilities above
     * 10⁻⁹, 10⁻⁶, 10⁻⁴; strategies within 10⁻³, 10⁻², 10⁻¹·scale of the best payoff), keeping the
     * polished profile of least max regret that lies on the simplices, verifies it and refines it to
     * an exact profile where possible.
     */
    public static NumericEquilibrium verify(NormalFormGame game, double[][] x, String note) {
        MixedPayoffs mp = new MixedPayoffs(game);
        double[][] best = normalise(x);
        double regret = mp.maxRegret(best);
        List<int[][]> supports = new ArrayList<>();
        for (double tol : new double[] {1e-6, 1e-9, 1e-4}) {
            supports.add(ExactRefinement.support(best, tol));
        }
        double scale = 1;
        for (int p = 0; p < game.numPlayers(); p++) {
            for (double u : game.payoffsDouble(p)) {
                scale = Math.max(scale, Math.abs(u));
            }
        }
        for (double gap : new double[] {1e-3, 1e-2, 1e-1}) {
            supports.add(bestResponseSupport(mp, best, gap * scale));
        }
        for (int[][] support : supports) {
            double[][] pol = ExactRefinement.polish(game, support, best);
            if (pol != null && onSimplices(pol)) {
                double r = mp.maxRegret(pol);
                if (r < regret) {
                    best = pol;
                    regret = r;
                }
            }
        }
        Optional<StrategyProfile> exact = ExactRefinement.refine(game, best);
        if (exact.isPresent()) {
            return new NumericEquilibrium(exact.get().toDoubles(), 0, exact, note);
        }
        return new NumericEquilibrium(best, regret, Optional.empty(), note);
    }

    /**
     * The strategies with positive probability whose payoff is within {@code gap} of the player's
     * best payoff at x (the best one at least). Near an equilibrium on the boundary of the simplices
     * a grid method keeps a small but not negligible weight (10⁻³ on a grid of mesh 10⁻³) on a
     * strategy that is no best response; the probability thresholds keep it in the support, the
     * payoff gap drops it.
     */
    private static int[][] bestResponseSupport(MixedPayoffs mp, double[][] x, double gap) {
        mp.compute(x, false);
        int[][] s = new int[x.length][];
        for (int p = 0; p < x.length; p++) {
            double max = Double.NEGATIVE_INFINITY;
            int arg = 0;
            for (int j = 0; j < x[p].length; j++) {
                if (mp.v[p][j] > max) {
                    max = mp.v[p][j];
                    arg = j;
                }
            }
            final int pp = p;
            final double m = max;
            final int a = arg;
            s[p] = java.util.stream.IntStream.range(0, x[p].length)
                    .filter(j -> j == a || (x[pp][j] > 1e-12 && m - mp.v[pp][j] <= gap)).toArray();
        }
        return s;
    }

    /** An exact equilibrium (already verified by the caller). */
    public static NumericEquilibrium exact(StrategyProfile p, String note) {
        return new NumericEquilibrium(p.toDoubles(), 0, Optional.of(p), note);
    }

    /** Largest probability difference between two profiles of the same shape. */
    public static double distance(double[][] a, double[][] b) {
        double d = 0;
        for (int p = 0; p < a.length; p++) {
            for (int j = 0; j < a[p].length; j++) {
                d = Math.max(d, Math.abs(a[p][j] - b[p][j]));
            }
        }
        return d;
    }

    /** True if {@code list} holds an equilibrium within {@link #SAME} of this one (or the same exact profile). */
    public boolean isIn(List<NumericEquilibrium> list) {
        for (NumericEquilibrium e : list) {
            if (exact.isPresent() && e.exact.isPresent()) {
                if (exact.get().equals(e.exact.get())) {
                    return true;
                }
            } else if (distance(profile, e.profile) < SAME) {
                return true;
            }
        }
        return false;
    }

    /** The exact profiles among {@code list}, in order, without repeats. */
    public static List<StrategyProfile> exactOnes(List<NumericEquilibrium> list) {
        List<StrategyProfile> out = new ArrayList<>();
        for (NumericEquilibrium e : list) {
            e.exact.filter(p -> !out.contains(p)).ifPresent(out::add);
        }
        return out;
    }

    static double[][] normalise(double[][] x) {
        double[][] y = new double[x.length][];
        for (int p = 0; p < x.length; p++) {
            y[p] = new double[x[p].length];
            double s = 0;
            for (int j = 0; j < x[p].length; j++) {
                y[p][j] = Math.max(0, x[p][j]);
                s += y[p][j];
            }
            for (int j = 0; j < x[p].length; j++) {
                y[p][j] = s > 0 ? y[p][j] / s : 1.0 / x[p].length;
            }
        }
        return y;
    }

    /**
     * Whether every row is a probability vector (entries ≥ −10⁻¹⁵, sum within 10⁻⁹ of 1). Newton's
     * method on a support system can wander off the simplices (a row summing to 10⁻⁸ has a tiny
     * "regret" only because its payoffs are scaled down); such a polish is rejected.
     */
    static boolean onSimplices(double[][] x) {
        for (double[] row : x) {
            double sum = 0;
            for (double v : row) {
                if (!(v >= -1e-15)) {
                    return false;
                }
                sum += v;
            }
            if (!(Math.abs(sum - 1) <= 1e-9)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return java.util.Arrays.deepToString(profile) + " regret " + maxRegret + (note.isEmpty() ? "" : " " + note);
    }
}
