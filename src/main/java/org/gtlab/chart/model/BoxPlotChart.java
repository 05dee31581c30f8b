package org.gtlab.chart.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Box plots: one box per category at x = 1, 2, …, each with whiskers from {@code min} to {@code max},
 * a box from the first to the third quartile and a line at the median (Tukey's box without outlier
 * rules: the whiskers reach the extremes). The quartiles are computed by the figure room; this model
 * only checks their order. Immutable.
 *
 * @param title   drawn above (may be empty)
 * @param caption drawn below (may be empty)
 * @param xLabel  the horizontal axis' label (the categories are numbered 1 … n along it)
 * @param y       vertical axis (linear)
 * @param boxes   the boxes, left to right
 * @throws IllegalArgumentException if a box's numbers are not finite or not ordered min ≤ q1 ≤ median ≤
 *                                  q3 ≤ max, or the axis is logarithmic
 */
public record BoxPlotChart(String title, String caption, String xLabel, XYChart.Axis y, List<Box> boxes)
        implements Chart {

    /**
     * One box.
     *
     * @param label  the category's name (drawn beside its median)
     * @param min    lower whisker end
     * @param q1     first quartile (box bottom)
     * @param median the median (line inside the box)
     * @param q3     third quartile (box top)
     * @param max    upper whisker end
     * @param colour index into the style's series colours
     */
    public record Box(String label, double min, double q1, double median, double q3, double max, int colour) {
        public Box {
            label = Objects.requireNonNullElse(label, "");
            double[] v = {min, q1, median, q3, max};
            for (int i = 0; i < v.length; i++) {
                if (!Double.isFinite(v[i]) || (i > 0 && v[i] < v[i - 1])) {
                    throw new IllegalArgumentException("box \"" + label + "\": need finite min ≤ q1 ≤ median ≤ q3 ≤ max, "
                            + "got " + min + ", " + q1 + ", " + median + ", " + q3 + ", " + max);
                }
            }
        }
    }

    public BoxPlotChart {
        title = Objects.requireNonNullElse(title, "");
        caption = Objects.requireNonNullElse(caption, "");
        xLabel = Objects.requireNonNullElse(xLabel, "");
        Objects.requireNonNull(y, "y axis");
        if (y.log()) {
            throw new IllegalArgumentException("a box plot needs a linear value axis");
        }
        boxes = List.copyOf(boxes);
    }

    /** Half the width of a box, in units of the category spacing. */
    public static final double HALF_WIDTH = 0.28;

    /** The horizontal axis: categories at 1 … n with half a step of margin. */
    public XYChart.Axis x() {
        return XYChart.Axis.linear(xLabel, 0.5, Math.max(1, boxes.size()) + 0.5);
    }

    /**
     * The axes, title, caption and the labels as an XY chart (each label a marker at its box's median,
     * so the layout places the labels clear of each other); the renderers draw the boxes into its plot
     * area.
     */
    public XYChart frame() {
        List<XYChart.Marker> markers = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            markers.add(new XYChart.Marker(i + 1, b.median(), b.label(), b.colour(), XYChart.Shape.DIAMOND));
        }
        return new XYChart(title, caption, x(), y, List.of(), markers, false, false);
    }
}
