package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.chart.model.XYChart;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;
import org.gtlab.game.StrategyProfile;

/**
 * Turns a two-player game (and its equilibria) into the classic teaching diagrams:
 * <ul>
 *   <li>the <b>best-response diagram</b> of a 2×2 game: the unit square of mixed profiles
 *       (x = probability that player 1 plays her first strategy, y = the same for player 2),
 *       each player's best-response correspondence as a polyline in the player's colour, and the
 *       equilibria (its intersections) as markers;</li>
 *   <li>the <b>upper-envelope diagram</b> of a 2×n (or m×2) game: the expected payoff of each
 *       pure strategy of the player with many strategies against the mix of the player with two,
 *       the upper envelope (her best-response payoff) drawn thick, and the equilibria marked on
 *       it (B. von Stengel, "Computing equilibria for two-person games", Handbook of Game Theory
 *       vol. 3, ch. 45, 2002, §2–3).</li>
 * </ul>
 * <p><b>One convention for the mixed-strategy axes</b>: a horizontal or vertical coordinate is
 * always the probability of a player's <em>first</em> strategy (x = P(player 1 plays her first
 * strategy), y = P(player 2 plays his first strategy) in the square; x = P(the two-strategy player
 * plays his first strategy) in an envelope), and the axis title says so by name.
 *
 * <p>Every equilibrium is marked and labelled (pure ones by their strategy names, mixed ones by
 * their exact probabilities), and so is every kink: the indifference point of each best-response
 * step and each break of an upper envelope, with its exact coordinate ("y = 2/5"). Labels are
 * placed inside the plot by the chart layout, so they never cover the tick labels outside it.
 *
 * <p>Pure functions of the game: recomputed live on every edit.
 */
public final class Diagrams {

    private Diagrams() {
    }

    /** True if the game has a best-response square (2×2). */
    /**
     * The equilibria a diagram marks when only the solver's name is known (recipes of GT Lab 0.1 did
     * not store them): the solver's result on {@code g}, or every extreme equilibrium
     * ({@code enummixed}) when {@code method} is empty.
     *
     * @throws IllegalArgumentException if there is no solver of that name
     */
    public static List<StrategyProfile> equilibria(NormalFormGame g, String method) {
        String m = method == null || method.isBlank() ? "enummixed" : method;
        return org.gtlab.solve.catalog.Solvers.byName(m).solve(g).equilibria();
    }

    public static boolean hasSquare(NormalFormGame g) {
        return g.isTwoPlayer() && g.numStrategies(0) == 2 && g.numStrategies(1) == 2;
    }

    /** True if the game has an upper-envelope diagram (2×n or m×2). */
    public static boolean hasEnvelope(NormalFormGame g) {
        return g.isTwoPlayer() && (g.numStrategies(0) == 2 || g.numStrategies(1) == 2);
    }

    /**
     * The best-response square of a 2×2 game.
     *
     * <p>With payoffs A (row) and B (column), player 1's first row is a best reply to
     * y = P(column 1) iff {@code y·a11 + (1−y)·a12 ≥ y·a21 + (1−y)·a22}; the correspondence is a
     * step function of y, vertical where player 1 is indifferent. Likewise for player 2.
     */
    public static XYChart bestResponseSquare(NormalFormGame g, List<StrategyProfile> equilibria) {
        if (!hasSquare(g)) {
            throw new IllegalArgumentException("the best-response diagram needs a 2×2 game, this one is "
                    + g.numStrategies(0) + "×" + (g.isTwoPlayer() ? g.numStrategies(1) : 0));
        }
        double[][] a = g.matrixDouble(0);
        double[][] b = g.matrixDouble(1);
        // player 1: d1(y) = u(row1) - u(row2) = y*(a11-a21) + (1-y)*(a12-a22); BR x = 1 if d1>0
        double[] br1 = stepPolyline(a[0][0] - a[1][0], a[0][1] - a[1][1]);
        // player 2: d2(x) = u(col1) - u(col2) = x*(b11-b12) + (1-x)*(b21-b22); BR y = 1 if d2>0
        double[] br2 = stepPolyline(b[0][0] - b[0][1], b[1][0] - b[1][1]);
        // br1 gives pairs (param=y, value=x); br2 gives (param=x, value=y)
        int n1 = br1.length / 2;
        double[] x1 = new double[n1];
        double[] y1 = new double[n1];
        for (int i = 0; i < n1; i++) {
            y1[i] = br1[2 * i];
            x1[i] = br1[2 * i + 1];
        }
        int n2 = br2.length / 2;
        double[] x2 = new double[n2];
        double[] y2 = new double[n2];
        for (int i = 0; i < n2; i++) {
            x2[i] = br2[2 * i];
            y2[i] = br2[2 * i + 1];
        }
        String s1 = g.strategyLabels(0).get(0);
        String s2 = g.strategyLabels(1).get(0);
        List<XYChart.Series> series = List.of(
                new XYChart.Series("best reply of " + g.playerName(0), x1, y1, 0, 2.4, XYChart.Dash.SOLID),
                new XYChart.Series("best reply of " + g.playerName(1), x2, y2, 1, 2.4, XYChart.Dash.DASHED));
        List<XYChart.Marker> markers = new ArrayList<>();
        for (StrategyProfile p : equilibria) {
            double x = p.get(0).probability(0).doubleValue();
            double y = p.get(1).probability(0).doubleValue();
            boolean pure = p.get(0).isPure() && p.get(1).isPure();
            String label = pure ? pureLabel(g, p) : "(" + Numbers.fraction(p.get(0).probability(0)) + ", "
                    + Numbers.fraction(p.get(1).probability(0)) + ")";
            markers.add(new XYChart.Marker(x, y, label, -1, pure ? XYChart.Shape.DOT : XYChart.Shape.DIAMOND));
        }
        // kinks: where each best reply jumps, at the other player's indifference point (exact)
        Rational[][] ra = g.matrix(0);
        Rational[][] rb = g.matrix(1);
        Rational ty = threshold(ra[0][0].subtract(ra[1][0]), ra[0][1].subtract(ra[1][1]));
        if (ty != null) {
            // player 1's step: horizontal jump at y = ty; marked at its left end
            addKink(markers, br1Kink(x1, y1, ty.doubleValue()), ty.doubleValue(), "y = " + Numbers.fraction(ty), 0);
        }
        Rational tx = threshold(rb[0][0].subtract(rb[0][1]), rb[1][0].subtract(rb[1][1]));
        if (tx != null) {
            addKink(markers, tx.doubleValue(), br1Kink(y2, x2, tx.doubleValue()), "x = " + Numbers.fraction(tx), 1);
        }
        return new XYChart("Best responses", caption(g, equilibria),
                XYChart.Axis.linear("x = P(" + g.playerName(0) + " plays " + s1 + ")", 0, 1),
                XYChart.Axis.linear("y = P(" + g.playerName(1) + " plays " + s2 + ")", 0, 1), series, markers, true,
                true);
    }

    /** "(Opera, Boxing)": the strategy names of a pure profile. */
    private static String pureLabel(NormalFormGame g, StrategyProfile p) {
        return "(" + g.strategyLabels(0).get(p.get(0).support()[0]) + ", "
                + g.strategyLabels(1).get(p.get(1).support()[0]) + ")";
    }

    /** The t in (0, 1) where {@code t·dAt1 + (1−t)·dAt0} changes sign, or null if it does not inside. */
    private static Rational threshold(Rational dAt1, Rational dAt0) {
        if (dAt0.signum() * dAt1.signum() >= 0) {
            return null;
        }
        return dAt0.divide(dAt0.subtract(dAt1));
    }

    /** The smaller of the two values the step takes at parameter t (its first point at t). */
    private static double br1Kink(double[] value, double[] param, double t) {
        for (int i = 0; i < param.length; i++) {
            if (Math.abs(param[i] - t) < 1e-12) {
                return value[i];
            }
        }
        return 0;
    }

    /** Adds a kink marker unless an equilibrium is already marked there. */
    private static void addKink(List<XYChart.Marker> markers, double x, double y, String label, int colour) {
        for (XYChart.Marker m : markers) {
            if (Math.abs(m.x() - x) < 1e-9 && Math.abs(m.y() - y) < 1e-9) {
                return;
            }
        }
        markers.add(new XYChart.Marker(x, y, label, colour, XYChart.Shape.CIRCLE));
    }

    /**
     * Points (param, value) of the best-response step function for the payoff difference
     * {@code d(t) = t·dAt1 + (1−t)·dAt0}, t ∈ [0, 1]: value 1 where d &gt; 0, 0 where d &lt; 0, the
     * whole segment [0, 1] where d = 0.
     */
    static double[] stepPolyline(double dAt1, double dAt0) {
        List<double[]> pts = new ArrayList<>();
        if (dAt0 == 0 && dAt1 == 0) {
            // indifferent everywhere: the whole square; drawn as its boundary path
            return new double[] {0, 0, 0, 1, 1, 1, 1, 0, 0, 0};
        }
        double v0 = Math.signum(dAt0);
        double v1 = Math.signum(dAt1);
        if (v0 == v1 || v0 == 0 || v1 == 0) {
            // no crossing inside (0,1): constant except maybe an endpoint where d = 0
            double v = v0 != 0 ? v0 : v1;
            double val = v > 0 ? 1 : 0;
            if (v0 == 0) {
                pts.add(new double[] {0, 1 - val});
            }
            pts.add(new double[] {0, val});
            pts.add(new double[] {1, val});
            if (v1 == 0) {
                pts.add(new double[] {1, 1 - val});
            }
        } else {
            double t = dAt0 / (dAt0 - dAt1);
            double before = v0 > 0 ? 1 : 0;
            double after = v1 > 0 ? 1 : 0;
            pts.add(new double[] {0, before});
            pts.add(new double[] {t, before});
            pts.add(new double[] {t, after});
            pts.add(new double[] {1, after});
        }
        double[] out = new double[pts.size() * 2];
        for (int i = 0; i < pts.size(); i++) {
            out[2 * i] = pts.get(i)[0];
            out[2 * i + 1] = pts.get(i)[1];
        }
        return out;
    }

    /**
     * The upper-envelope diagram. For a 2×n game: the column player's expected payoff of each of
     * her strategies against the row player's mix, plotted over x = P(row player plays his
     * first strategy); otherwise (m×2) the row player's payoffs against the column player's mix.
     * The envelope's breaks (kinks) are marked with their exact x.
     *
     * @param which 1 for the column player's envelope (needs 2 rows), 0 for the row player's (needs 2 columns)
     */
    public static XYChart envelope(NormalFormGame g, int which, List<StrategyProfile> equilibria) {
        int other = 1 - which;
        if (!g.isTwoPlayer() || g.numStrategies(other) != 2) {
            throw new IllegalArgumentException("the upper-envelope diagram of " + (which == 0 ? "player 1" : "player 2")
                    + " needs the other player to have exactly 2 strategies");
        }
        int k = g.numStrategies(which);
        Rational[][] m = g.matrix(which);
        List<XYChart.Series> series = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        // line s: u_s(x) = x·first[s] + (1 − x)·second[s], x = P(other plays his first strategy)
        Rational[] first = new Rational[k];
        Rational[] second = new Rational[k];
        for (int s = 0; s < k; s++) {
            first[s] = which == 1 ? m[0][s] : m[s][0];
            second[s] = which == 1 ? m[1][s] : m[s][1];
            double u1 = first[s].doubleValue();
            double u0 = second[s].doubleValue();
            lo = Math.min(lo, Math.min(u0, u1));
            hi = Math.max(hi, Math.max(u0, u1));
            series.add(new XYChart.Series(g.strategyLabels(which).get(s), new double[] {0, 1}, new double[] {u0, u1},
                    2 + s, 1.3, XYChart.Dash.SOLID));
        }
        // upper envelope: the maximum of lines is piecewise linear; its breaks are among the
        // pairwise crossings, found exactly
        List<Rational> ts = new ArrayList<>(List.of(Rational.ZERO, Rational.ONE));
        for (int s = 0; s < k; s++) {
            for (int t = s + 1; t < k; t++) {
                Rational x = threshold(first[s].subtract(first[t]), second[s].subtract(second[t]));
                if (x != null && !ts.contains(x)) {
                    ts.add(x);
                }
            }
        }
        ts.sort(Rational::compareTo);
        List<Double> ex = new ArrayList<>();
        List<Double> ey = new ArrayList<>();
        List<Rational> kinks = new ArrayList<>();
        Rational prevSlope = null;
        for (int i = 0; i < ts.size(); i++) {
            Rational x = ts.get(i);
            Rational best = envelopeAt(first, second, x);
            // a break: the envelope's slope changes here
            if (i > 0 && i < ts.size() - 1) {
                Rational before = best.subtract(envelopeAt(first, second, x.add(ts.get(i - 1)).divide(Rational.of(2))));
                Rational after = envelopeAt(first, second, x.add(ts.get(i + 1)).divide(Rational.of(2))).subtract(best);
                Rational sb = before.divide(x.subtract(ts.get(i - 1)).divide(Rational.of(2)));
                Rational sa = after.divide(ts.get(i + 1).subtract(x).divide(Rational.of(2)));
                if (!sb.equals(sa)) {
                    kinks.add(x);
                } else {
                    continue;
                }
            }
            ex.add(x.doubleValue());
            ey.add(best.doubleValue());
        }
        series.add(new XYChart.Series("upper envelope (best reply)", ex.stream().mapToDouble(Double::doubleValue).toArray(),
                ey.stream().mapToDouble(Double::doubleValue).toArray(), which, 3.2, XYChart.Dash.SOLID));
        List<XYChart.Marker> markers = new ArrayList<>();
        for (StrategyProfile p : equilibria) {
            Rational x = p.get(other).probability(0);
            boolean pure = p.get(0).isPure() && p.get(1).isPure();
            markers.add(new XYChart.Marker(x.doubleValue(), envelopeAt(first, second, x).doubleValue(),
                    pure ? pureLabel(g, p) : "x = " + Numbers.fraction(x), -1,
                    pure ? XYChart.Shape.DOT : XYChart.Shape.DIAMOND));
        }
        for (Rational x : kinks) {
            addKink(markers, x.doubleValue(), envelopeAt(first, second, x).doubleValue(), "x = " + Numbers.fraction(x),
                    which);
        }
        double pad = Math.max(0.5, (hi - lo) * 0.08);
        if (hi - lo < 1e-12) {
            hi = lo + 1;
        }
        String otherName = g.playerName(other);
        String firstName = g.strategyLabels(other).get(0);
        return new XYChart("Payoffs of " + g.playerName(which) + "'s strategies", caption(g, equilibria),
                XYChart.Axis.linear("x = P(" + otherName + " plays " + firstName + ")", 0, 1),
                XYChart.Axis.linear("expected payoff of " + g.playerName(which), lo - pad, hi + pad), series, markers,
                true, false);
    }

    /** max over s of x·first[s] + (1 − x)·second[s]. */
    private static Rational envelopeAt(Rational[] first, Rational[] second, Rational x) {
        Rational best = null;
        Rational y = Rational.ONE.subtract(x);
        for (int s = 0; s < first.length; s++) {
            Rational u = x.multiply(first[s]).add(y.multiply(second[s]));
            best = best == null ? u : best.max(u);
        }
        return best;
    }

    private static String caption(NormalFormGame g, List<StrategyProfile> eq) {
        String t = g.title().isEmpty() ? "Game" : g.title();
        return t + " — " + (eq.isEmpty() ? "equilibria not computed" : eq.size() + (eq.size() == 1 ? " equilibrium"
                : " equilibria"));
    }
}
