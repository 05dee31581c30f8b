package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.chart.model.XYChart;
import org.gtlab.game.NormalFormGame;
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
 * Pure functions of the game: recomputed live on every edit.
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
            String label = pure ? "" : "(" + Numbers.fraction(p.get(0).probability(0)) + ", "
                    + Numbers.fraction(p.get(1).probability(0)) + ")";
            markers.add(new XYChart.Marker(x, y, label, -1, pure ? XYChart.Shape.DOT : XYChart.Shape.DIAMOND));
        }
        return new XYChart("Best responses", caption(g, equilibria),
                XYChart.Axis.linear("x = P(" + g.playerName(0) + " plays " + s1 + ")", 0, 1),
                XYChart.Axis.linear("y = P(" + g.playerName(1) + " plays " + s2 + ")", 0, 1), series, markers, true,
                true);
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
     * her strategies against the row player's mix, plotted over p = P(row player plays her
     * second strategy); otherwise (m×2) the row player's payoffs against the column player's mix.
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
        double[][] m = g.matrixDouble(which);
        List<XYChart.Series> series = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[][] lines = new double[k][2];
        for (int s = 0; s < k; s++) {
            // payoff of strategy s when the other plays strategy 1 w.p. (1-p) and strategy 2 w.p. p
            double u0 = which == 1 ? m[0][s] : m[s][0];
            double u1 = which == 1 ? m[1][s] : m[s][1];
            lines[s][0] = u0;
            lines[s][1] = u1;
            lo = Math.min(lo, Math.min(u0, u1));
            hi = Math.max(hi, Math.max(u0, u1));
            series.add(new XYChart.Series(g.strategyLabels(which).get(s), new double[] {0, 1}, new double[] {u0, u1},
                    2 + s, 1.3, XYChart.Dash.SOLID));
        }
        // upper envelope: sample the breakpoints exactly (max of lines is piecewise linear)
        List<Double> ts = new ArrayList<>(List.of(0.0, 1.0));
        for (int s = 0; s < k; s++) {
            for (int t = s + 1; t < k; t++) {
                double d0 = lines[s][0] - lines[t][0];
                double d1 = lines[s][1] - lines[t][1];
                if (d0 != d1) {
                    double x = d0 / (d0 - d1);
                    if (x > 0 && x < 1) {
                        ts.add(x);
                    }
                }
            }
        }
        ts.sort(Double::compare);
        double[] ex = new double[ts.size()];
        double[] ey = new double[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            double x = ts.get(i);
            double best = Double.NEGATIVE_INFINITY;
            for (double[] l : lines) {
                best = Math.max(best, (1 - x) * l[0] + x * l[1]);
            }
            ex[i] = x;
            ey[i] = best;
        }
        series.add(new XYChart.Series("upper envelope (best reply)", ex, ey, which, 3.2, XYChart.Dash.SOLID));
        List<XYChart.Marker> markers = new ArrayList<>();
        for (StrategyProfile p : equilibria) {
            double x = p.get(other).probability(1).doubleValue();
            double best = Double.NEGATIVE_INFINITY;
            for (double[] l : lines) {
                best = Math.max(best, (1 - x) * l[0] + x * l[1]);
            }
            boolean pure = p.get(0).isPure() && p.get(1).isPure();
            markers.add(new XYChart.Marker(x, best, pure ? "" : Numbers.fraction(p.get(other).probability(1)), -1,
                    pure ? XYChart.Shape.DOT : XYChart.Shape.DIAMOND));
        }
        double pad = Math.max(0.5, (hi - lo) * 0.08);
        if (hi - lo < 1e-12) {
            hi = lo + 1;
        }
        String otherName = g.playerName(other);
        String second = g.strategyLabels(other).get(1);
        return new XYChart("Payoffs of " + g.playerName(which) + "'s strategies", caption(g, equilibria),
                XYChart.Axis.linear("p = P(" + otherName + " plays " + second + ")", 0, 1),
                XYChart.Axis.linear("expected payoff of " + g.playerName(which), lo - pad, hi + pad), series, markers,
                true, false);
    }

    private static String caption(NormalFormGame g, List<StrategyProfile> eq) {
        String t = g.title().isEmpty() ? "Game" : g.title();
        return t + " — " + (eq.isEmpty() ? "equilibria not computed" : eq.size() + (eq.size() == 1 ? " equilibrium"
                : " equilibria"));
    }
}
