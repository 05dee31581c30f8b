package org.gtlab.sweep;

import java.util.List;
import java.util.Objects;

/**
 * What a sweep maps: a named per-cell metric, continuous (a number such as final NashConv, a basin
 * share) or categorical (one of {@link #categories} such as "PD" or "stag hunt"; the cell value is
 * the category's index). Several seeds per cell combine to the mean (continuous) or the most frequent
 * category (categorical; the lowest index on ties).
 *
 * @param name       the metric's name on the command line, e.g. "region", "nash_conv"
 * @param label      what the colour bar or legend says
 * @param categories the category names (empty for a continuous metric)
 * @param logColour  true if the map is best read on a logarithmic colour scale (values spanning decades,
 *                   e.g. coopetition map 1's effort); the chart then colours by log10 of the value
 */
public record SweepMetric(String name, String label, List<String> categories, boolean logColour) {

    /** A metric on a linear colour scale. */
    public SweepMetric(String name, String label, List<String> categories) {
        this(name, label, categories, false);
    }

    /** This metric with a logarithmic (true) or linear colour scale. */
    public SweepMetric withLogColour(boolean log) {
        return new SweepMetric(name, label, categories, log);
    }

    public SweepMetric {
        Objects.requireNonNull(name, "name");
        label = Objects.requireNonNullElse(label, name);
        categories = List.copyOf(categories);
    }

    /** A continuous metric. */
    public static SweepMetric continuous(String name, String label) {
        return new SweepMetric(name, label, List.of());
    }

    /** A categorical metric with these category names. */
    public static SweepMetric categorical(String name, String label, List<String> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categorical metric " + name + " needs categories");
        }
        return new SweepMetric(name, label, categories);
    }

    /** True if the values are category indices. */
    public boolean categorical() {
        return !categories.isEmpty();
    }

    /** The name of a cell value: the category name, or the number. */
    public String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (categorical()) {
            int k = (int) v;
            return k >= 0 && k < categories.size() ? categories.get(k) : Axis.num(v);
        }
        return Axis.num(v);
    }

    /** Combines the values of several seeds of one cell. */
    public double combine(double[] perSeed) {
        if (perSeed.length == 1) {
            return perSeed[0];
        }
        if (!categorical()) {
            double s = 0;
            for (double v : perSeed) {
                s += v;
            }
            return s / perSeed.length;
        }
        int[] count = new int[categories.size() + 1];
        for (double v : perSeed) {
            int k = (int) v;
            count[k >= 0 && k < categories.size() ? k : categories.size()]++;
        }
        int best = 0;
        for (int k = 1; k < count.length; k++) {
            if (count[k] > count[best]) {
                best = k;
            }
        }
        return best;
    }
}
