package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.sweep.Axis;
import org.gtlab.sweep.PhaseDiagram;

/**
 * The chart of a {@link PhaseDiagram}: a heat map with x increasing to the right and y increasing
 * upwards (the first row drawn is the largest y), axis labels at most every tenth value, and either a
 * continuous colour bar (sequential, from the smallest to the largest value) or, for a categorical
 * metric, one distinct colour per category and a colour-keyed legend of the names of the categories
 * present (PNG, SVG, PDF and TikZ alike). Unknown cells are NaN
 * (drawn greyed). Values are printed in the cells when the grid is at most 12 × 12.
 */
public final class PhaseDiagramFigure {

    private PhaseDiagramFigure() {
    }

    /** The chart of a map with a title. */
    public static HeatMapChart chart(PhaseDiagram d, String title) {
        Axis x = d.x();
        Axis y = d.y();
        double[][] rows = d.rows();
        double[][] flipped = new double[rows.length][];
        for (int j = 0; j < rows.length; j++) {
            flipped[j] = rows[rows.length - 1 - j];
        }
        List<String> rl = new ArrayList<>();
        int everyY = Math.max(1, (y.n() + 9) / 10);
        for (int j = y.n() - 1; j >= 0; j--) {
            rl.add(j % everyY == 0 || j == y.n() - 1 ? HeatMapChart.format(y.value(j)) : "");
        }
        List<String> cl = new ArrayList<>();
        int everyX = Math.max(1, (x.n() + 9) / 10);
        for (int i = 0; i < x.n(); i++) {
            cl.add(i % everyX == 0 || i == x.n() - 1 ? HeatMapChart.format(x.value(i)) : "");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean[] present = new boolean[Math.max(1, d.metric().categories().size())];
        for (double[] r : rows) {
            for (double v : r) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                    if (d.metric().categorical() && v >= 0 && v < present.length) {
                        present[(int) v] = true;
                    }
                }
            }
        }
        String caption;
        if (d.metric().categorical()) {
            // the legend (a colour swatch and name per category present) is drawn by the chart
            caption = d.computedCount() + " of " + (x.n() * y.n()) + " cells computed";
            lo = 0;
            hi = Math.max(1, d.metric().categories().size() - 1);
        } else {
            caption = d.computedCount() + " of " + (x.n() * y.n()) + " cells computed";
            if (!(lo < hi)) {
                lo = Double.isFinite(lo) ? lo - 0.5 : 0;
                hi = lo + 1;
            }
        }
        boolean small = x.n() <= 12 && y.n() <= 12;
        return new HeatMapChart(title, caption, y.name(), x.name(), rl, cl, flipped, HeatMapChart.Scale.SEQUENTIAL,
                lo, hi, d.metric().label(), small && !d.metric().categorical(), d.metric().categories());
    }
}
