package org.gtlab.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.repeated.PayoffRegion;
import org.gtlab.repeated.ResultSet;
import org.gtlab.repeated.StageGame;

/**
 * Chart models of the repeated-games lab, from a tournament's {@link ResultSet}: the ranking (mean
 * score per turn by rank), the payoff heat map P[i][j], score box plots over repetitions (whiskers
 * min–max, box the interquartile range, a dot at the median), cooperation rates, and the folk-theorem
 * picture — the feasible payoff set of the stage game, the individually rational lines u1 = v1 and
 * u2 = v2, and each pair's average payoffs per turn.
 */
public final class RepeatedCharts {

    private RepeatedCharts() {
    }

    private static List<String> rankedNames(ResultSet rs) {
        List<String> names = new ArrayList<>();
        for (int i : rs.ranking()) {
            names.add(rs.players().get(i).name());
        }
        return names;
    }

    /** Mean score per turn by rank (x = rank, one labelled marker per strategy). */
    public static XYChart ranking(ResultSet rs) {
        int[] order = rs.ranking();
        double[] s = rs.meanScores();
        double[] xs = new double[order.length];
        double[] ys = new double[order.length];
        List<XYChart.Marker> markers = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < order.length; r++) {
            xs[r] = r + 1;
            ys[r] = s[order[r]];
            lo = Math.min(lo, ys[r]);
            hi = Math.max(hi, ys[r]);
            markers.add(new XYChart.Marker(r + 1, ys[r], rs.players().get(order[r]).name(), 0, XYChart.Shape.DOT));
        }
        double pad = Math.max(1e-9, (hi - lo) * 0.1);
        return new XYChart("Tournament ranking", "mean points per turn against every opponent (self included)",
                XYChart.Axis.linear("rank", 0.5, order.length + 0.5), XYChart.Axis.linear("score per turn", lo - pad, hi + pad),
                List.of(XYChart.Series.line("score", xs, ys, 0)), markers, false, false);
    }

    /** P[i][j] in ranking order. */
    public static HeatMapChart payoffHeatMap(ResultSet rs) {
        int[] order = rs.ranking();
        double[][] p = rs.payoffMatrix();
        double[][] v = new double[order.length][order.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < order.length; a++) {
            for (int b = 0; b < order.length; b++) {
                v[a][b] = p[order[a]][order[b]];
                if (Double.isFinite(v[a][b])) {
                    lo = Math.min(lo, v[a][b]);
                    hi = Math.max(hi, v[a][b]);
                }
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        List<String> names = rankedNames(rs);
        return HeatMapChart.sequential("Payoff matrix", "row strategy's mean points per turn against the column strategy",
                "player", "opponent", names, names, v, lo, hi, "points per turn");
    }

    /** Score distributions over repetitions, in ranking order. */
    public static XYChart scoreBoxplots(ResultSet rs) {
        int[] order = rs.ranking();
        double[][] reps = rs.repetitionScores();
        List<XYChart.Series> series = new ArrayList<>();
        List<XYChart.Marker> markers = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < order.length; r++) {
            double[] x = reps[order[r]].clone();
            Arrays.sort(x);
            double x0 = r + 1;
            double min = x[0];
            double max = x[x.length - 1];
            lo = Math.min(lo, min);
            hi = Math.max(hi, max);
            String name = rs.players().get(order[r]).name();
            series.add(new XYChart.Series(name + " range", new double[] {x0, x0}, new double[] {min, max}, 0, 1,
                    XYChart.Dash.SOLID));
            series.add(new XYChart.Series(name + " IQR", new double[] {x0, x0},
                    new double[] {quantile(x, 0.25), quantile(x, 0.75)}, 0, 8, XYChart.Dash.SOLID));
            markers.add(new XYChart.Marker(x0, quantile(x, 0.5), name, 1, XYChart.Shape.DIAMOND));
        }
        double pad = Math.max(1e-9, (hi - lo) * 0.1);
        return new XYChart("Scores per repetition", "whiskers min–max, bar the interquartile range, diamond the median",
                XYChart.Axis.linear("rank", 0.5, order.length + 0.5), XYChart.Axis.linear("score per turn", lo - pad, hi + pad),
                series, markers, false, false);
    }

    /** Linear-interpolation quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }

    /** Cooperation rates in ranking order. */
    public static XYChart cooperationRates(ResultSet rs) {
        int[] order = rs.ranking();
        double[] c = rs.cooperationRates();
        List<XYChart.Series> series = new ArrayList<>();
        List<XYChart.Marker> markers = new ArrayList<>();
        for (int r = 0; r < order.length; r++) {
            String name = rs.players().get(order[r]).name();
            series.add(new XYChart.Series(name, new double[] {r + 1, r + 1}, new double[] {0, c[order[r]]}, 2, 8,
                    XYChart.Dash.SOLID));
            markers.add(new XYChart.Marker(r + 1, c[order[r]], name, 2, XYChart.Shape.DOT));
        }
        return new XYChart("Cooperation rates", "share of each strategy's moves that chose option 1",
                XYChart.Axis.linear("rank", 0.5, order.length + 0.5), XYChart.Axis.linear("cooperation rate", 0, 1.05),
                series, markers, false, false);
    }

    /**
     * The feasible set (closed hull), the minmax lines, and the average payoffs per turn of every pair
     * (i, j) met in the tournament as (P[i][j], P[j][i]).
     */
    public static XYChart payoffRegion(StageGame stage, ResultSet rs) {
        PayoffRegion region = PayoffRegion.of(stage);
        double[][] h = region.hull();
        double[] hx = new double[h.length + 1];
        double[] hy = new double[h.length + 1];
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= h.length; k++) {
            hx[k] = h[k % h.length][0];
            hy[k] = h[k % h.length][1];
            xmin = Math.min(xmin, hx[k]);
            xmax = Math.max(xmax, hx[k]);
            ymin = Math.min(ymin, hy[k]);
            ymax = Math.max(ymax, hy[k]);
        }
        double px = Math.max(1e-9, (xmax - xmin) * 0.08);
        double py = Math.max(1e-9, (ymax - ymin) * 0.08);
        List<XYChart.Series> series = new ArrayList<>();
        series.add(new XYChart.Series("feasible set", hx, hy, 0, 2, XYChart.Dash.SOLID));
        series.add(new XYChart.Series("u1 = v1 (minmax)", new double[] {region.minmax1(), region.minmax1()},
                new double[] {ymin - py, ymax + py}, 1, 1, XYChart.Dash.DASHED));
        series.add(new XYChart.Series("u2 = v2 (minmax)", new double[] {xmin - px, xmax + px},
                new double[] {region.minmax2(), region.minmax2()}, 1, 1, XYChart.Dash.DASHED));
        List<XYChart.Marker> markers = new ArrayList<>();
        double[][] p = rs.payoffMatrix();
        for (int i = 0; i < p.length; i++) {
            for (int j = i; j < p.length; j++) {
                if (Double.isFinite(p[i][j]) && Double.isFinite(p[j][i])) {
                    markers.add(new XYChart.Marker(p[i][j], p[j][i], "", i == j ? 2 : 3, XYChart.Shape.CIRCLE));
                }
            }
        }
        return new XYChart("Feasible and individually rational payoffs",
                "hull of the stage game's payoffs; dashed: minmax values; circles: average payoffs per turn of the "
                        + "tournament's pairs",
                XYChart.Axis.linear("player 1 payoff", xmin - px, xmax + px),
                XYChart.Axis.linear("player 2 payoff", ymin - py, ymax + py), series, markers, true, true);
    }
}
