package org.gtlab.chart.model;

import java.util.List;
import java.util.Objects;

/**
 * A generic line chart on linear or logarithmic axes: the best-response diagram, the
 * upper-envelope diagram and the time series of training runs are all XY charts. Immutable.
 *
 * @param title    drawn above the plot (may be empty)
 * @param caption  drawn below the plot (may be empty)
 * @param x        horizontal axis
 * @param y        vertical axis
 * @param series   lines, drawn in order
 * @param markers  points drawn on top of the lines (equilibria, rest points)
 * @param legend   whether to draw a legend of the named series
 * @param square   whether the plot area should be square (unit-square diagrams)
 */
public record XYChart(String title, String caption, Axis x, Axis y, List<Series> series, List<Marker> markers,
        boolean legend, boolean square) implements Chart {

    public XYChart {
        title = Objects.requireNonNullElse(title, "");
        caption = Objects.requireNonNullElse(caption, "");
        Objects.requireNonNull(x, "x axis");
        Objects.requireNonNull(y, "y axis");
        series = List.copyOf(series);
        markers = List.copyOf(markers);
    }

    /** Line dash patterns. */
    public enum Dash { SOLID, DASHED, DOTTED }

    /** Marker shapes: filled = stable / equilibrium, open = unstable, diamond = exact equilibrium. */
    public enum Shape { DOT, CIRCLE, DIAMOND, SQUARE }

    /**
     * An axis.
     *
     * @param label text with unit, e.g. "probability of Football (y₂)"
     * @param min   lower end (for a log axis &gt; 0)
     * @param max   upper end (&gt; min)
     * @param log   base-10 logarithmic scale
     */
    public record Axis(String label, double min, double max, boolean log) {
        public Axis {
            label = Objects.requireNonNullElse(label, "");
            if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("axis \"" + label + "\" needs min < max, got [" + min + ", " + max + "]");
            }
            if (log && min <= 0) {
                throw new IllegalArgumentException("log axis \"" + label + "\" needs min > 0, got " + min);
            }
        }

        public static Axis linear(String label, double min, double max) {
            return new Axis(label, min, max, false);
        }

        public static Axis log(String label, double min, double max) {
            return new Axis(label, min, max, true);
        }

        /** The position of {@code v} on the axis as a fraction of its length (0 at min, 1 at max). */
        public double fraction(double v) {
            if (log) {
                return (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
            }
            return (v - min) / (max - min);
        }
    }

    /**
     * A polyline. Points with a non-finite coordinate break the line.
     *
     * @param name    legend entry (empty: not in the legend)
     * @param xs      x coordinates
     * @param ys      y coordinates (same length)
     * @param colour  index into the style's player/series colours; −1 for the foreground colour
     * @param width   line width in points (before the style's scale)
     * @param dash    dash pattern
     */
    public record Series(String name, double[] xs, double[] ys, int colour, double width, Dash dash) {
        public Series {
            name = Objects.requireNonNullElse(name, "");
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("series \"" + name + "\" has " + xs.length + " x and " + ys.length
                        + " y values");
            }
            xs = xs.clone();
            ys = ys.clone();
            if (!(width > 0)) {
                throw new IllegalArgumentException("line width must be positive, got " + width);
            }
        }

        public static Series line(String name, double[] xs, double[] ys, int colour) {
            return new Series(name, xs, ys, colour, 1.5, Dash.SOLID);
        }

        @Override
        public double[] xs() {
            return xs.clone();
        }

        @Override
        public double[] ys() {
            return ys.clone();
        }

        public int size() {
            return xs.length;
        }

        public double x(int i) {
            return xs[i];
        }

        public double y(int i) {
            return ys[i];
        }
    }

    /**
     * A point marker with an optional label.
     *
     * @param colour index into the style's colours; −1 for the foreground colour
     */
    public record Marker(double x, double y, String label, int colour, Shape shape) {
        public Marker {
            label = Objects.requireNonNullElse(label, "");
        }
    }
}
