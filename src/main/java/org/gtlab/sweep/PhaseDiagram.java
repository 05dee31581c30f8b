package org.gtlab.sweep;

import java.util.Objects;

/**
 * A (possibly partial) two-parameter map: the value of a {@link SweepMetric} in every cell of the
 * grid x × y, which cells were computed (the others are filled from agreeing neighbours during
 * refinement, or NaN when nothing is known yet), and how many seeds each computed cell ran.
 * Immutable; accessors return copies.
 */
public final class PhaseDiagram {

    private final Axis x;
    private final Axis y;
    private final SweepMetric metric;
    private final double[] values;
    private final boolean[] computed;
    private final int seeds;

    /**
     * @param values   row-major, y.n() rows of x.n() values
     * @param computed row-major, same shape
     * @param seeds    seeds per computed cell
     */
    public PhaseDiagram(Axis x, Axis y, SweepMetric metric, double[] values, boolean[] computed, int seeds) {
        this.x = Objects.requireNonNull(x, "x");
        this.y = Objects.requireNonNull(y, "y");
        this.metric = Objects.requireNonNull(metric, "metric");
        int cells = x.n() * y.n();
        if (values.length != cells || computed.length != cells) {
            throw new IllegalArgumentException("a " + x.n() + " × " + y.n() + " map needs " + cells + " values, got "
                    + values.length);
        }
        this.values = values.clone();
        this.computed = computed.clone();
        this.seeds = seeds;
    }

    public Axis x() {
        return x;
    }

    public Axis y() {
        return y;
    }

    public SweepMetric metric() {
        return metric;
    }

    /** The value at column i (x index), row j (y index). */
    public double value(int i, int j) {
        return values[j * x.n() + i];
    }

    /** True if cell (i, j) was computed rather than filled. */
    public boolean isComputed(int i, int j) {
        return computed[j * x.n() + i];
    }

    /** Values as rows (y) of columns (x). */
    public double[][] rows() {
        double[][] r = new double[y.n()][x.n()];
        for (int j = 0; j < y.n(); j++) {
            System.arraycopy(values, j * x.n(), r[j], 0, x.n());
        }
        return r;
    }

    /** Number of computed cells. */
    public int computedCount() {
        int c = 0;
        for (boolean b : computed) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /**
     * The grid as CSV: header {@code x,y,value,seeds}, one row per cell (x fastest), categorical values
     * as names, {@code seeds} the number of seeds run in the cell (0 where the value was filled from
     * agreeing neighbours during refinement).
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("x,y,value,seeds\n");
        for (int j = 0; j < y.n(); j++) {
            for (int i = 0; i < x.n(); i++) {
                String v = metric.format(value(i, j));
                if (v.contains(",") || v.contains("\"")) {
                    v = "\"" + v.replace("\"", "\"\"") + "\"";
                }
                sb.append(Axis.num(x.value(i))).append(',').append(Axis.num(y.value(j))).append(',').append(v)
                        .append(',').append(isComputed(i, j) ? seeds : 0).append('\n');
            }
        }
        return sb.toString();
    }
}
