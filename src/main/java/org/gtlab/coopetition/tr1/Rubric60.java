package org.gtlab.coopetition.tr1;

/**
 * The 60-point validation rubric of the TR-1 suite (spec §3.2; the authors' code rubric, which
 * reproduces the published 58/60 and 46/60). A plausibility score, not an accuracy rate. Evaluated
 * literally: strict comparisons except the closed bands, no epsilon (A15: symmetric cases sit on
 * the share = 0.50 boundary, where round-off decides 4 points).
 *
 * <table>
 *   <caption>categories</caption>
 *   <tr><td>Convergence &amp; stability (10)</td><td>converged 2; all a &gt; 0: 2; all a &lt; 100: 2; payoffs finite 2; V finite 2</td></tr>
 *   <tr><td>Cooperation dynamics (15)</td><td>coop &gt; 0: 1; &gt; 10: 2; &gt; 15: 2; &lt; 100: 3; &lt; 80: 2; 15 ≤ coop ≤ 60: 3; both above baseline: 2</td></tr>
 *   <tr><td>Value creation (15)</td><td>vinc &gt; 0: 2; &gt; 10: 2; &gt; 15: 2; &lt; 100: 3; 10 ≤ vinc ≤ 50: 3; V* &gt; V_base: 3</td></tr>
 *   <tr><td>Value distribution (10)</td><td>payoffs &gt; 0: 3; Pareto over baseline payoffs: 3; 0.50 ≤ share ≤ 0.65: 4</td></tr>
 *   <tr><td>Strategic realism (10)</td><td>converged 3; mean above baseline mean 3; 0.02 &lt; asym &lt; 0.3: 4</td></tr>
 * </table>
 */
public final class Rubric60 {

    private Rubric60() {
    }

    /**
     * The inputs of the rubric for a dyad (actor 0 first).
     *
     * @param converged      the equilibrium solve converged
     * @param actions        a*
     * @param baseActions    the baseline actions (D = 0, γ = 0)
     * @param payoffs        π(a*) (with endowments)
     * @param basePayoffs    π(a_base) evaluated with the case γ
     * @param value          V(a*) with the case γ
     * @param baseValue      V(a_base) with the case γ
     */
    public record Inputs(boolean converged, double[] actions, double[] baseActions, double[] payoffs,
            double[] basePayoffs, double value, double baseValue) {

        public Inputs {
            actions = actions.clone();
            baseActions = baseActions.clone();
            payoffs = payoffs.clone();
            basePayoffs = basePayoffs.clone();
        }

        /** coop = 100 (mean a* − mean a_base) / mean a_base. */
        public double cooperationIncrease() {
            double m = mean(actions);
            double b = mean(baseActions);
            return 100 * (m - b) / b;
        }

        /** vinc = 100 (V* − V_base) / V_base. */
        public double valueIncrease() {
            return 100 * (value - baseValue) / baseValue;
        }

        /** share = π_0 / (π_0 + π_1). */
        public double share() {
            return payoffs[0] / (payoffs[0] + payoffs[1]);
        }

        /** asym = |a_0 − a_1| / mean a*. */
        public double asymmetry() {
            return Math.abs(actions[0] - actions[1]) / mean(actions);
        }
    }

    /**
     * A score by category.
     *
     * @param convergence  out of 10
     * @param cooperation  out of 15
     * @param valueCreation out of 15
     * @param distribution out of 10
     * @param realism      out of 10
     */
    public record Score(int convergence, int cooperation, int valueCreation, int distribution, int realism) {
        /** The total out of 60. */
        public int total() {
            return convergence + cooperation + valueCreation + distribution + realism;
        }

        /** The five categories in order. */
        public int[] categories() {
            return new int[] {convergence, cooperation, valueCreation, distribution, realism};
        }

        @Override
        public String toString() {
            return total() + "/60 (" + convergence + "/" + cooperation + "/" + valueCreation + "/" + distribution + "/"
                    + realism + ")";
        }
    }

    /** Scores from the four headline metrics, with every non-metric condition given. */
    public static Score score(boolean converged, boolean actionsPositive, boolean actionsBelow100,
            boolean payoffsFinite, boolean valueFinite, double coop, boolean bothAboveBaseline, double vinc,
            boolean valueAboveBase, boolean payoffsPositive, boolean pareto, double share, boolean meanAboveBase,
            double asym) {
        int conv = (converged ? 2 : 0) + (actionsPositive ? 2 : 0) + (actionsBelow100 ? 2 : 0) + (payoffsFinite ? 2 : 0)
                + (valueFinite ? 2 : 0);
        int co = 0;
        co += coop > 0 ? 1 : 0;
        co += coop > 10 ? 2 : 0;
        co += coop > 15 ? 2 : 0;
        co += coop < 100 ? 3 : 0;
        co += coop < 80 ? 2 : 0;
        co += coop >= 15 && coop <= 60 ? 3 : 0;
        co += bothAboveBaseline ? 2 : 0;
        int vc = 0;
        vc += vinc > 0 ? 2 : 0;
        vc += vinc > 10 ? 2 : 0;
        vc += vinc > 15 ? 2 : 0;
        vc += vinc < 100 ? 3 : 0;
        vc += vinc >= 10 && vinc <= 50 ? 3 : 0;
        vc += valueAboveBase ? 3 : 0;
        int dist = (payoffsPositive ? 3 : 0) + (pareto ? 3 : 0) + (share >= 0.50 && share <= 0.65 ? 4 : 0);
        int real = (converged ? 3 : 0) + (meanAboveBase ? 3 : 0) + (asym > 0.02 && asym < 0.3 ? 4 : 0);
        return new Score(conv, co, vc, dist, real);
    }

    /** Scores a dyad from its inputs. */
    public static Score score(Inputs in) {
        double[] a = in.actions();
        double[] b = in.baseActions();
        double[] p = in.payoffs();
        double[] bp = in.basePayoffs();
        boolean positive = true;
        boolean below = true;
        boolean finite = true;
        boolean above = true;
        boolean payPos = true;
        boolean pareto = true;
        for (int i = 0; i < a.length; i++) {
            positive &= a[i] > 0;
            below &= a[i] < 100;
            finite &= Double.isFinite(p[i]);
            above &= a[i] > b[i];
            payPos &= p[i] > 0;
            pareto &= p[i] > bp[i];
        }
        return score(in.converged(), positive, below, finite, Double.isFinite(in.value()), in.cooperationIncrease(),
                above, in.valueIncrease(), in.value() > in.baseValue(), payPos, pareto, in.share(),
                mean(a) > mean(b), in.asymmetry());
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
