package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gtlab.chart.model.HeatMapChart;

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
}
