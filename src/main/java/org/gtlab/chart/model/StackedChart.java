package org.gtlab.chart.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stacked area chart: layers of non-negative values over a common x grid, each drawn on top of
 * the ones before it, for example the weights of a population's members over training (they sum
 * to 1 at every step; a member that joins later has weight 0 before). Step functions are given
 * explicitly by repeating an x value (a vertical edge). Immutable; accessors return copies.
 *
 * @param title   drawn above (may be empty)
 * @param caption drawn below (may be empty)
 * @param x       horizontal axis (linear)
 * @param y       vertical axis (linear), usually [0, 1]
 * @param xs      x coordinates, non-decreasing
 * @param layers  bottom layer first
 * @param legend  whether to draw a legend of the named layers
 */
public record StackedChart(String title, String caption, XYChart.Axis x, XYChart.Axis y, double[] xs,
        List<Layer> layers, boolean legend) implements Chart {

    /** Width of a legend swatch line, in points. */
    static final double SWATCH_WIDTH = 6;

    public StackedChart {
        title = Objects.requireNonNullElse(title, "");
        caption = Objects.requireNonNullElse(caption, "");
        Objects.requireNonNull(x, "x axis");
        Objects.requireNonNull(y, "y axis");
        if (x.log() || y.log()) {
            throw new IllegalArgumentException("a stacked chart needs linear axes");
        }
        xs = xs.clone();
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || (i > 0 && xs[i] < xs[i - 1])) {
                throw new IllegalArgumentException("stacked chart x values must be finite and non-decreasing, got "
                        + xs[i] + " at " + i);
            }
        }
        layers = List.copyOf(layers);
        for (Layer l : layers) {
            if (l.size() != xs.length) {
                throw new IllegalArgumentException("layer \"" + l.name() + "\" has " + l.size() + " values for "
                        + xs.length + " x values");
            }
        }
    }

    /**
     * One layer.
     *
     * @param name   legend entry (empty: not in the legend)
     * @param values one non-negative value per x
     * @param colour index into the style's series colours
     */
    public record Layer(String name, double[] values, int colour) {
        public Layer {
            name = Objects.requireNonNullElse(name, "");
            values = values.clone();
            for (double v : values) {
                if (!(v >= 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("layer \"" + name + "\": values must be finite and ≥ 0, got " + v);
                }
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public double value(int i) {
            return values[i];
        }

        public int size() {
            return values.length;
        }
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    public int size() {
        return xs.length;
    }

    public double x(int i) {
        return xs[i];
    }

    /** Sum of layers 0..k (inclusive) at point i; −1 gives 0. */
    public double cumulative(int k, int i) {
        double s = 0;
        for (int j = 0; j <= k && j < layers.size(); j++) {
            s += layers.get(j).value(i);
        }
        return s;
    }

    /**
     * The axes, title, caption and legend as an XY chart without points (the renderer draws the
     * areas into its plot area; legend entries are thick lines in the layers' colours).
     */
    public XYChart frame() {
        List<XYChart.Series> legendEntries = new ArrayList<>();
        for (Layer l : layers) {
            if (!l.name().isEmpty()) {
                legendEntries.add(new XYChart.Series(l.name(), new double[0], new double[0], l.colour(), SWATCH_WIDTH,
                        XYChart.Dash.SOLID));
            }
        }
        return new XYChart(title, caption, x, y, legendEntries, List.of(), legend, false);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StackedChart)) {
            return false;
        }
        StackedChart s = (StackedChart) o;
        if (!(title.equals(s.title) && caption.equals(s.caption) && x.equals(s.x) && y.equals(s.y)
                && java.util.Arrays.equals(xs, s.xs) && legend == s.legend && layers.size() == s.layers.size())) {
            return false;
        }
        for (int k = 0; k < layers.size(); k++) {
            Layer a = layers.get(k);
            Layer b = s.layers.get(k);
            if (!a.name().equals(b.name()) || a.colour() != b.colour() || !java.util.Arrays.equals(a.values, b.values)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, x, y, layers.size()) * 31 + java.util.Arrays.hashCode(xs);
    }

    @Override
    public String toString() {
        return "StackedChart[" + title + ", " + layers.size() + " layers, " + xs.length + " points]";
    }
}
