package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.sweep.Axis;
import org.gtlab.sweep.MapOverlay;
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

    /**
     * The chart of a map with its overlay layer: each {@link MapOverlay} becomes a
     * {@link HeatMapChart.Overlay} on the chart's grid (iso-lines by marching squares, bands as the
     * cells in range, points at their fractional cell position), computed on the map's values or on
     * the overlay's own field evaluated at the same axis values.
     */
    public static HeatMapChart chart(PhaseDiagram d, String title, List<MapOverlay> overlays) {
        HeatMapChart c = chart(d, title);
        return overlays == null || overlays.isEmpty() ? c : c.withOverlays(overlays(d.x(), d.y(), d.rows(), overlays));
    }

    /**
     * The chart-level overlays of a map with axes {@code x}, {@code y} and values {@code rows} (y rows of
     * x values, NaN where unknown), in the chart's grid units (first row drawn = largest y).
     */
    public static List<HeatMapChart.Overlay> overlays(Axis x, Axis y, double[][] rows, List<MapOverlay> overlays) {
        List<HeatMapChart.Overlay> out = new ArrayList<>();
        int ny = y.n();
        for (MapOverlay o : overlays) {
            if (o.kind() == MapOverlay.Kind.POINTS) {
                List<HeatMapChart.Overlay.Mark> marks = new ArrayList<>();
                for (MapOverlay.Point p : o.points()) {
                    marks.add(new HeatMapChart.Overlay.Mark(p.label(), position(x, p.x()) + 0.5,
                            ny - 1 - position(y, p.y()) + 0.5));
                }
                out.add(HeatMapChart.Overlay.points(o.label(), marks));
                continue;
            }
            double[][] g = new double[ny][];
            double[][] field = o.field() == null ? rows : field(x, y, o.field());
            for (int j = 0; j < ny; j++) {
                g[j] = field[ny - 1 - j];
            }
            out.add(o.kind() == MapOverlay.Kind.BAND ? HeatMapChart.Overlay.band(o.label(), o.lo(), o.hi(), g)
                    : HeatMapChart.Overlay.isoline(o.label(), o.lo(), g));
        }
        return out;
    }

    /** A field at the axis values, rows = y (NaN where the field throws, e.g. a non-converged solve). */
    public static double[][] field(Axis x, Axis y, MapOverlay.Field f) {
        double[][] g = new double[y.n()][x.n()];
        for (int j = 0; j < y.n(); j++) {
            double yv = y.value(j);
            for (int i = 0; i < x.n(); i++) {
                try {
                    g[j][i] = f.at(x.value(i), yv);
                } catch (RuntimeException e) {
                    g[j][i] = Double.NaN;
                }
            }
        }
        return g;
    }

    /** The fractional index of value v on an axis (0 = first value, n − 1 = last). */
    public static double position(Axis a, double v) {
        if (a.n() < 2) {
            return 0;
        }
        if (a.scale() == Axis.Scale.LIST) {
            // piecewise linear between the declared values (in their order)
            double[] l = a.levels();
            for (int k = 0; k + 1 < l.length; k++) {
                if ((v - l[k]) * (v - l[k + 1]) <= 0 && l[k] != l[k + 1]) {
                    return k + (v - l[k]) / (l[k + 1] - l[k]);
                }
            }
            return Math.abs(v - l[0]) <= Math.abs(v - l[l.length - 1]) ? 0 : l.length - 1;
        }
        double t = a.scale() == Axis.Scale.LOG ? Math.log(v / a.lo()) / Math.log(a.hi() / a.lo())
                : (v - a.lo()) / (a.hi() - a.lo());
        return t * (a.n() - 1);
    }

    /**
     * The chart of a map with its overlays on a chosen colour scale: {@code log} true for the logarithmic
     * scale, false for the linear one, null for the one the metric declares
     * ({@link org.gtlab.sweep.SweepMetric#logColour()}).
     */
    public static HeatMapChart chart(PhaseDiagram d, String title, List<MapOverlay> overlays, Boolean log) {
        HeatMapChart c = chart(d, title, log);
        return overlays == null || overlays.isEmpty() ? c : c.withOverlays(overlays(d.x(), d.y(), d.rows(), overlays));
    }

    /** The chart of a map with a title, on the colour scale its metric declares. */
    public static HeatMapChart chart(PhaseDiagram d, String title) {
        return chart(d, title, (Boolean) null);
    }

    /**
     * The chart of a map with a title; {@code log} as in {@link #chart(PhaseDiagram, String, List, Boolean)}.
     * A logarithmic map's range is the smallest and largest positive value (cells ≤ 0 are greyed and noted
     * on the colour bar); with no positive value it falls back to the linear scale.
     */
    public static HeatMapChart chart(PhaseDiagram d, String title, Boolean log) {
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
        HeatMapChart.Scale scale = HeatMapChart.Scale.SEQUENTIAL;
        boolean wantLog = log == null ? d.metric().logColour() : log;
        if (wantLog && !d.metric().categorical()) {
            double[] r = positiveRange(rows);
            if (r != null) {
                scale = HeatMapChart.Scale.LOG;
                lo = r[0];
                hi = r[1];
            }
        }
        return new HeatMapChart(title, caption, y.name(), x.name(), rl, cl, flipped, scale,
                lo, hi, d.metric().label(), small && !d.metric().categorical(), d.metric().categories());
    }

    /**
     * The range of a logarithmic colour scale over these values: the smallest and largest finite value
     * {@code > 0} (a decade either side of a single value when they are equal), or null when no value is
     * positive.
     */
    public static double[] positiveRange(double[][] rows) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double[] r : rows) {
            for (double v : r) {
                if (Double.isFinite(v) && v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > 0)) {
            return null;
        }
        return hi > lo ? new double[] {lo, hi} : new double[] {lo / 10, lo * 10};
    }
}
