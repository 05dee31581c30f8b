package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.XYChart;

/**
 * Figures of the BRG lab (spec brg.md §6): the (d × τ_env) phase diagram as a heat map with categorical axes
 * (x = defection-block length L labelled τ_env, y = reservoir size d, the largest d on top), a diverging scale
 * centred at 0 (sentinel − TfT cumulative payoff; blue = TfT ahead, vermillion = sentinel ahead) and the cell
 * values printed. The caption gives, per cell not yet computed, nothing; the SEM and losing-seed fractions
 * are listed beside the grid when known. No zero contour is drawn: in the author's data and ours every cell
 * is positive (a soft crossover, not a phase boundary).
 */
public final class BrgFigures {

    private BrgFigures() {
    }

    /**
     * @param grid   rows = d (in {@code dims} order), columns = L; NaN where not computed
     * @param sem    the same shape, or null
     * @param losing the same shape, or null
     */
    public static HeatMapChart phaseDiagram(int[] dims, int[] lengths, double[][] grid, double[][] sem,
            double[][] losing) {
        int nd = dims.length;
        double[][] flipped = new double[nd][];
        List<String> rows = new ArrayList<>();
        double m = 1e-9;
        for (int j = 0; j < nd; j++) {
            flipped[j] = grid[nd - 1 - j].clone();
            rows.add(Integer.toString(dims[nd - 1 - j]));
            for (double v : grid[j]) {
                if (Double.isFinite(v)) {
                    m = Math.max(m, Math.abs(v));
                }
            }
        }
        List<String> cols = new ArrayList<>();
        for (int l : lengths) {
            cols.add(Integer.toString(l));
        }
        StringBuilder cap = new StringBuilder("cell = seed mean of sentinel − TfT cumulative payoff");
        if (sem != null && losing != null) {
            double worstLose = 0;
            double maxSem = 0;
            for (int j = 0; j < nd; j++) {
                for (int i = 0; i < lengths.length; i++) {
                    if (Double.isFinite(losing[j][i])) {
                        worstLose = Math.max(worstLose, losing[j][i]);
                        maxSem = Math.max(maxSem, sem[j][i]);
                    }
                }
            }
            cap.append(String.format(Locale.ROOT, "; largest SEM %.1f; largest losing-seed fraction %.2f", maxSem,
                    worstLose));
        }
        return new HeatMapChart("Sentinel advantage over TfT (d × τ_env)", cap.toString(), "d", "τ_env (block length L)",
                rows, cols, flipped, HeatMapChart.Scale.DIVERGING, -m, m, "sentinel − TfT", true);
    }

    /**
     * The phase diagram's side panels (spec §6) from {@link org.gtlab.reservoir.Experiments#blockSweep} rows:
     * (0) α_min in the block vs L, (1) detection and recovery time vs L (rounds after onset / block end), (2) the
     * decomposition of the sentinel − TfT advantage into its cooperative-round part and its block part vs L.
     * L on a log axis.
     */
    public static List<XYChart> phaseSidePanels(int d, int[] lengths, double[][] rows, int seeds) {
        double[] xs = new double[lengths.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = lengths[i];
        }
        double lo = xs[0] * 0.8;
        double hi = xs[xs.length - 1] * 1.25;
        String cap = "d = " + d + ", " + seeds + " seeds per L (seed 1100 + 1000i + 10L)";
        XYChart.Axis x = XYChart.Axis.log("defection-block length L (τ_env)", lo, hi);
        double[] amin = col(rows, 0);
        XYChart a = new XYChart("α_min inside the block", cap, x, XYChart.Axis.linear("α_min", 0, 0.2),
                List.of(XYChart.Series.line("α_min", xs, amin, 0)), List.of(), true, false);
        double[] det = col(rows, 1);
        double[] rec = col(rows, 2);
        XYChart b = new XYChart("Detection and recovery time", cap + "; detection = first block round with α < 0.75",
                x, XYChart.Axis.linear("rounds", 0, Math.max(10, max(rec) * 1.1)),
                List.of(XYChart.Series.line("detection", xs, det, 1), XYChart.Series.line("recovery (α > 0.7)", xs, rec, 2)),
                List.of(), true, false);
        double[] coop = col(rows, 3);
        double[] blk = col(rows, 4);
        double[] adv = col(rows, 5);
        double ylo = Math.min(0, min(blk)) * 1.1 - 1;
        double yhi = Math.max(max(coop), max(adv)) * 1.1 + 1;
        XYChart c = new XYChart("Advantage = cooperative-round part + block part", cap, x,
                XYChart.Axis.linear("payoff difference, sentinel − TfT", ylo, yhi),
                List.of(XYChart.Series.line("cooperative rounds", xs, coop, 3), XYChart.Series.line("block rounds", xs, blk, 4),
                        XYChart.Series.line("advantage", xs, adv, 0)), List.of(), true, false);
        return List.of(a, b, c);
    }

    private static double[] col(double[][] rows, int c) {
        double[] v = new double[rows.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows[i][c];
        }
        return v;
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                m = Math.max(m, x);
            }
        }
        return m;
    }

    private static double min(double[] v) {
        double m = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                m = Math.min(m, x);
            }
        }
        return m;
    }
}
