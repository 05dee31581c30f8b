package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.run.Payload;
import org.gtlab.run.RunRecord;
import org.gtlab.run.Snapshot;

/**
 * Figures of the self-play lab, built from a preference run's record alone (the metrics
 * {@code x_p1_i} — the last iterate x_t — and {@code avg_p1_i} — the running average x̄_t — and the
 * payload {@code winner}, the von Neumann winner x* by LP), so that a recipe re-makes them by
 * re-running the run:
 * <ul>
 *   <li>{@link #simplex} — K = 3: both trajectories on the probability triangle with x* as a
 *       diamond (plain Hedge: the last iterate spirals outwards while the average closes in; the
 *       optimistic and extragradient modes: both close in);</li>
 *   <li>{@link #iterates} — any K: x_t(i) (solid) and x̄_t(i) (dashed) against the step, one colour
 *       per option, x*(i) as markers at the right edge.</li>
 * </ul>
 * Failure mode: a record without those metrics (not a {@code sppo}/{@code spo} run) is refused
 * with an {@link IllegalArgumentException} naming the missing metric.
 */
public final class SelfPlayFigures {

    /** Points kept per trajectory. */
    public static final int MAX_POINTS = 1500;

    private SelfPlayFigures() {
    }

    /** The number of options K of a preference run's record. */
    public static int options(RunRecord rec) {
        int k = 0;
        List<String> names = rec.metricNames();
        while (names.contains("x_p1_" + (k + 1))) {
            k++;
        }
        if (k == 0) {
            throw new IllegalArgumentException("metric x_p1_1 missing: not a preference-game run (sppo, spo)");
        }
        return k;
    }

    /** The von Neumann winner the run reported (payload "winner"), or null. */
    public static double[] winner(RunRecord rec) {
        for (int i = rec.size() - 1; i >= 0; i--) {
            Payload p = rec.get(i).payload("winner");
            if (p != null) {
                return p.row(0);
            }
        }
        return null;
    }

    private static double[][] series(RunRecord d, String prefix, int k) {
        double[][] s = new double[k][];
        for (int i = 0; i < k; i++) {
            s[i] = d.series(prefix + (i + 1));
        }
        return s;
    }

    /**
     * The simplex of a K = 3 run: last iterate and average trajectories and the winner.
     *
     * @param labels the three option names (e.g. a, b, c)
     * @throws IllegalArgumentException if the run does not have three options
     */
    public static PortraitChart simplex(RunRecord rec, List<String> labels, String title, String caption) {
        int k = options(rec);
        if (k != 3) {
            throw new IllegalArgumentException("the simplex needs 3 options, the run has " + k
                    + " (use the iterate chart)");
        }
        RunRecord d = rec.decimate(MAX_POINTS);
        double[][] x = series(d, "x_p1_", 3);
        double[][] a = series(d, "avg_p1_", 3);
        List<double[]> lx = new ArrayList<>();
        List<double[]> la = new ArrayList<>();
        for (int t = 0; t < d.size(); t++) {
            lx.add(new double[] {x[0][t], x[1][t], x[2][t]});
            la.add(new double[] {a[0][t], a[1][t], a[2][t]});
        }
        List<PortraitChart.Curve> curves = List.of(new PortraitChart.Curve("last iterate x_t", lx, 5, false),
                new PortraitChart.Curve("average x̄_t", la, 1, true));
        List<PortraitChart.Point> points = new ArrayList<>();
        double[] w = winner(rec);
        if (w != null && w.length == 3) {
            points.add(new PortraitChart.Point(w, PortraitChart.PointKind.EQUILIBRIUM, "x*"));
        }
        return new PortraitChart(title, caption, PortraitChart.Kind.SIMPLEX, labels, List.of(), curves, points, null);
    }

    /** x_t(i) and x̄_t(i) of every option against the step, with x*(i) marked at the end. */
    public static XYChart iterates(RunRecord rec, List<String> labels, String title, String caption) {
        int k = options(rec);
        RunRecord d = rec.decimate(MAX_POINTS);
        long[] steps = d.steps();
        double[] xs = new double[steps.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = steps[i];
        }
        double[][] x = series(d, "x_p1_", k);
        double[][] a = series(d, "avg_p1_", k);
        List<XYChart.Series> s = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            String name = i < labels.size() ? labels.get(i) : "option " + (i + 1);
            s.add(new XYChart.Series(name + ": x_t", xs, x[i], i, 1.4, XYChart.Dash.SOLID));
            s.add(new XYChart.Series(name + ": x̄_t", xs, a[i], i, 2.0, XYChart.Dash.DASHED));
        }
        List<XYChart.Marker> marks = new ArrayList<>();
        double[] w = winner(rec);
        double end = xs.length == 0 ? 1 : Math.max(1, xs[xs.length - 1]);
        if (w != null && w.length == k) {
            for (int i = 0; i < k; i++) {
                marks.add(new XYChart.Marker(end, w[i], i == 0 ? "x*" : "", i, XYChart.Shape.DIAMOND));
            }
        }
        return new XYChart(title, caption, XYChart.Axis.linear("step t", 0, end),
                XYChart.Axis.linear("probability", 0, 1), s, marks, true, false);
    }

    /** Option labels a, b, c, … (K ≤ 26) or 1..K. */
    public static List<String> optionLabels(int k) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            l.add(k <= 26 ? String.valueOf((char) ('a' + i)) : Integer.toString(i + 1));
        }
        return l;
    }

    /** The latest snapshot, or null. */
    static Snapshot last(RunRecord rec) {
        return rec.isEmpty() ? null : rec.last();
    }
}
