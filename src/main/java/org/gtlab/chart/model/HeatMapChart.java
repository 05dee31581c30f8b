package org.gtlab.chart.model;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * A heat map: a matrix of numbers drawn as coloured cells with row and column labels and a colour
 * bar, for example the payoff matrix of a meta-game among the members of a population (diverging
 * colours centred on zero: the row member wins where it is warm, loses where it is cool) or a
 * policy (agents × actions, sequential colours from 0 to 1). Immutable; accessors return copies.
 *
 * <p>Colours: {@link Scale#DIVERGING} maps {@code v} to blue (Okabe–Ito blue, #0072B2) for
 * {@code v = min}, white for {@code v = 0} and vermillion (#D55E00) for {@code v = max}, linearly in
 * sRGB on each side of zero; {@link Scale#SEQUENTIAL} maps {@code [min, max]} linearly from white to
 * blue; {@link Scale#LOG} is the sequential scale on the logarithm: {@code v > 0} gets the sequential
 * colour of {@code log10 v} on {@code [log10 min, log10 max]} (so each decade takes the same length of
 * the colour bar, whose ticks are the decades {@link #decades}), and {@code v ≤ 0}, which has no
 * logarithm, gets the greyed fill like NaN (the colour bar then carries a "≤ 0" note). Both ends are distinguishable under the common colour-vision deficiencies (M. Okabe and K.
 * Ito, "Color Universal Design", 2002). Values outside the range are clipped; NaN cells are drawn in
 * the style's greyed fill.
 *
 * @param title        drawn above (may be empty)
 * @param caption      drawn below (may be empty)
 * @param rowTitle     what the rows are, for example "row member k" (may be empty)
 * @param columnTitle  what the columns are (may be empty)
 * @param rowLabels    one label per row
 * @param columnLabels one label per column
 * @param values       rows × columns (at least 1 × 1), copied
 * @param scale        how values map to colours
 * @param min          lower end of the colour range (for DIVERGING, {@code min < 0 < max}; for LOG, {@code min > 0})
 * @param max          upper end of the colour range ({@code > min})
 * @param valueLabel   the colour bar's label, for example "payoff to the row member"
 * @param showValues   whether to print the numbers in cells that are large enough
 * @param categories   empty for a numeric map; else the values are category indices 0, 1, … named here,
 *                     drawn in distinct colours ({@link Palette#SERIES}, cycling) with a colour-keyed
 *                     legend of the categories present instead of the colour bar
 * @param overlays     iso-lines, bands and labelled points drawn over the cells (see {@link Overlay}; empty
 *                     for none), in grid units: x along the columns, y down the rows, cell (i, j) spanning
 *                     [j, j + 1] × [i, i + 1]
 */
public record HeatMapChart(String title, String caption, String rowTitle, String columnTitle, List<String> rowLabels,
        List<String> columnLabels, double[][] values, Scale scale, double min, double max, String valueLabel,
        boolean showValues, List<String> categories, List<Overlay> overlays) implements Chart {

    /** A heat map without overlays. */
    public HeatMapChart(String title, String caption, String rowTitle, String columnTitle, List<String> rowLabels,
            List<String> columnLabels, double[][] values, Scale scale, double min, double max, String valueLabel,
            boolean showValues, List<String> categories) {
        this(title, caption, rowTitle, columnTitle, rowLabels, columnLabels, values, scale, min, max, valueLabel,
                showValues, categories, List.of());
    }

    /** This map with these overlays (replacing any it had). */
    public HeatMapChart withOverlays(List<Overlay> layers) {
        return new HeatMapChart(title, caption, rowTitle, columnTitle, rowLabels, columnLabels, values, scale, min,
                max, valueLabel, showValues, categories, layers);
    }

    /**
     * One overlay layer, in grid units (x along the columns from the left edge, y down the rows from the
     * top edge; the centre of cell (i, j) is (j + 0.5, i + 0.5)).
     *
     * <ul>
     *   <li>{@link Kind#ISOLINE}: the level set {@code value = lo} (= hi) of a field on the grid, as line
     *       segments from {@link Contours#isoline} (marching squares, within one cell of the true line);</li>
     *   <li>{@link Kind#BAND}: the cells whose field value lies in [lo, hi] ({@link Contours#band}), drawn
     *       shaded with their outline ({@link Contours#outline}) as the segments;</li>
     *   <li>{@link Kind#POINTS}: labelled points.</li>
     * </ul>
     *
     * @param kind     which of the three
     * @param label    legend / line label (e.g. "a* = 2·a*_FR", "15–50 % band")
     * @param lo       level (isoline) or lower end (band); NaN for points
     * @param hi       level (isoline) or upper end (band); NaN for points
     * @param segments flattened {@code x1, y1, x2, y2, …} (copied)
     * @param cells    band cells, rows × columns (copied), or null
     * @param marks    labelled points (empty unless POINTS)
     */
    public record Overlay(Kind kind, String label, double lo, double hi, double[] segments, boolean[][] cells,
            List<Mark> marks) {

        /** Overlay kinds. */
        public enum Kind {
            ISOLINE, BAND, POINTS
        }

        /** A labelled point in grid units. */
        public record Mark(String label, double x, double y) {
        }

        public Overlay {
            Objects.requireNonNull(kind, "kind");
            label = Objects.requireNonNullElse(label, "");
            segments = segments == null ? new double[0] : segments.clone();
            if (segments.length % 4 != 0) {
                throw new IllegalArgumentException("overlay segments need 4 numbers each, got " + segments.length);
            }
            if (cells != null) {
                boolean[][] c = new boolean[cells.length][];
                for (int i = 0; i < cells.length; i++) {
                    c[i] = cells[i].clone();
                }
                cells = c;
            }
            marks = List.copyOf(Objects.requireNonNullElse(marks, List.<Mark>of()));
        }

        /** The iso-line {@code grid = level} (grid rows as drawn, top first). */
        public static Overlay isoline(String label, double level, double[][] grid) {
            return new Overlay(Kind.ISOLINE, label, level, level, Contours.isoline(grid, level), null, List.of());
        }

        /** The band {@code lo ≤ grid ≤ hi} (grid rows as drawn, top first). */
        public static Overlay band(String label, double lo, double hi, double[][] grid) {
            boolean[][] in = Contours.band(grid, lo, hi);
            return new Overlay(Kind.BAND, label, lo, hi, Contours.outline(in), in, List.of());
        }

        /** Labelled points. */
        public static Overlay points(String label, List<Mark> marks) {
            return new Overlay(Kind.POINTS, label, Double.NaN, Double.NaN, null, null, marks);
        }

        @Override
        public double[] segments() {
            return segments.clone();
        }

        @Override
        public boolean[][] cells() {
            if (cells == null) {
                return null;
            }
            boolean[][] c = new boolean[cells.length][];
            for (int i = 0; i < cells.length; i++) {
                c[i] = cells[i].clone();
            }
            return c;
        }

        /** Number of segments. */
        public int segmentCount() {
            return segments.length / 4;
        }

        /** Where to put the label: the end point of a segment farthest right (ties: highest), or null. */
        public double[] labelAnchor() {
            if (kind == Kind.BAND && cells != null) {
                // the band's cell nearest to its centroid
                double sx = 0;
                double sy = 0;
                int n = 0;
                for (int i = 0; i < cells.length; i++) {
                    for (int j = 0; j < cells[i].length; j++) {
                        if (cells[i][j]) {
                            sx += j + 0.5;
                            sy += i + 0.5;
                            n++;
                        }
                    }
                }
                if (n == 0) {
                    return null;
                }
                double cx = sx / n;
                double cy = sy / n;
                double best = Double.POSITIVE_INFINITY;
                double[] at = null;
                for (int i = 0; i < cells.length; i++) {
                    for (int j = 0; j < cells[i].length; j++) {
                        double d = (j + 0.5 - cx) * (j + 0.5 - cx) + (i + 0.5 - cy) * (i + 0.5 - cy);
                        if (cells[i][j] && d < best) {
                            best = d;
                            at = new double[] {j + 0.5, i + 0.5};
                        }
                    }
                }
                return at;
            }
            double[] at = null;
            for (int k = 0; k < segments.length; k += 2) {
                if (at == null || segments[k] > at[0] || (segments[k] == at[0] && segments[k + 1] < at[1])) {
                    at = new double[] {segments[k], segments[k + 1]};
                }
            }
            return at;
        }

        boolean same(Overlay o) {
            return kind == o.kind && label.equals(o.label) && Double.compare(lo, o.lo) == 0
                    && Double.compare(hi, o.hi) == 0 && java.util.Arrays.equals(segments, o.segments)
                    && java.util.Arrays.deepEquals(cells, o.cells) && marks.equals(o.marks);
        }
    }

    /** A numeric heat map (no categories). */
    public HeatMapChart(String title, String caption, String rowTitle, String columnTitle, List<String> rowLabels,
            List<String> columnLabels, double[][] values, Scale scale, double min, double max, String valueLabel,
            boolean showValues) {
        this(title, caption, rowTitle, columnTitle, rowLabels, columnLabels, values, scale, min, max, valueLabel,
                showValues, List.of());
    }

    /** Colour scales. */
    public enum Scale {
        /** Blue – white – vermillion, white at zero. */
        DIVERGING,
        /** White – blue from min to max. */
        SEQUENTIAL,
        /** White – blue from min to max on log10 of the value (min &gt; 0); values ≤ 0 greyed. */
        LOG
    }

    /** Negative end of the diverging scale and top of the sequential one (Okabe–Ito blue). */
    public static final Color COOL = Palette.BLUE;
    /** Positive end of the diverging scale (Okabe–Ito vermillion). */
    public static final Color WARM = Palette.VERMILLION;

    public HeatMapChart {
        title = Objects.requireNonNullElse(title, "");
        caption = Objects.requireNonNullElse(caption, "");
        rowTitle = Objects.requireNonNullElse(rowTitle, "");
        columnTitle = Objects.requireNonNullElse(columnTitle, "");
        valueLabel = Objects.requireNonNullElse(valueLabel, "");
        categories = List.copyOf(Objects.requireNonNullElse(categories, List.<String>of()));
        overlays = List.copyOf(Objects.requireNonNullElse(overlays, List.<Overlay>of()));
        Objects.requireNonNull(scale, "scale");
        if (values == null || values.length == 0 || values[0].length == 0) {
            throw new IllegalArgumentException("a heat map needs at least one row and one column");
        }
        int cols = values[0].length;
        double[][] c = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != cols) {
                throw new IllegalArgumentException("heat map row " + (i + 1) + " has " + values[i].length
                        + " values, expected " + cols);
            }
            c[i] = values[i].clone();
        }
        values = c;
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (rowLabels.size() != values.length || columnLabels.size() != cols) {
            throw new IllegalArgumentException("heat map is " + values.length + "×" + cols + " but has "
                    + rowLabels.size() + " row and " + columnLabels.size() + " column labels");
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("heat map range needs finite min < max, got [" + min + ", " + max + "]");
        }
        if (scale == Scale.DIVERGING && !(min < 0 && max > 0)) {
            throw new IllegalArgumentException("a diverging heat map needs min < 0 < max, got [" + min + ", " + max
                    + "]");
        }
        if (scale == Scale.LOG && !(min > 0)) {
            throw new IllegalArgumentException("a logarithmic heat map needs min > 0, got [" + min + ", " + max + "]");
        }
    }

    /** This map with another colour scale and range (see the constructor's rules). */
    public HeatMapChart withScale(Scale s, double lo, double hi) {
        return new HeatMapChart(title, caption, rowTitle, columnTitle, rowLabels, columnLabels, values, s, lo, hi,
                valueLabel, showValues, categories, overlays);
    }

    /**
     * The decades {@code 10^k} in {@code [min, max]} (ticks of a logarithmic colour bar), ascending; when
     * the range holds no power of ten (e.g. [2, 8]) the two ends instead.
     *
     * @throws IllegalArgumentException unless {@code 0 < min < max}, both finite
     */
    public static double[] decades(double min, double max) {
        if (!(min > 0) || !(max > min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("decades need finite 0 < min < max, got [" + min + ", " + max + "]");
        }
        int k0 = (int) Math.ceil(Math.log10(min) - 1e-12);
        int k1 = (int) Math.floor(Math.log10(max) + 1e-12);
        if (k1 < k0) {
            return new double[] {min, max};
        }
        double[] d = new double[k1 - k0 + 1];
        for (int k = k0; k <= k1; k++) {
            d[k - k0] = Double.parseDouble("1e" + k);
        }
        return d;
    }

    /** True if some finite value has no colour on this map's scale (≤ 0 on a logarithmic map). */
    public boolean hasNonPositive() {
        if (scale != Scale.LOG || categorical()) {
            return false;
        }
        for (double[] r : values) {
            for (double v : r) {
                if (Double.isFinite(v) && v <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a value sits on the colour bar, 0 at min and 1 at max (clipped): linear in v, or in log10 v
     * for a logarithmic map (NaN for v ≤ 0 there).
     */
    public double barPosition(double v) {
        double t;
        if (scale == Scale.LOG) {
            if (!(v > 0)) {
                return Double.NaN;
            }
            t = (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        } else {
            t = (v - min) / (max - min);
        }
        return Math.max(0, Math.min(1, t));
    }

    /** The value at a position t ∈ [0, 1] of the colour bar (inverse of {@link #barPosition}). */
    public double barValue(double t) {
        if (scale == Scale.LOG) {
            return Math.pow(10, Math.log10(min) + t * (Math.log10(max) - Math.log10(min)));
        }
        return min + t * (max - min);
    }

    /**
     * A diverging heat map whose range is symmetric around zero: ±(largest |value|), or ±1 if every
     * value is 0 or NaN.
     */
    public static HeatMapChart diverging(String title, String caption, String rowTitle, String columnTitle,
            List<String> rowLabels, List<String> columnLabels, double[][] values, String valueLabel) {
        double m = 0;
        for (double[] r : values) {
            for (double v : r) {
                if (Double.isFinite(v)) {
                    m = Math.max(m, Math.abs(v));
                }
            }
        }
        if (m == 0) {
            m = 1;
        }
        return new HeatMapChart(title, caption, rowTitle, columnTitle, rowLabels, columnLabels, values, Scale.DIVERGING,
                -m, m, valueLabel, true);
    }

    /** A sequential heat map on [min, max]. */
    public static HeatMapChart sequential(String title, String caption, String rowTitle, String columnTitle,
            List<String> rowLabels, List<String> columnLabels, double[][] values, double min, double max,
            String valueLabel) {
        return new HeatMapChart(title, caption, rowTitle, columnTitle, rowLabels, columnLabels, values,
                Scale.SEQUENTIAL, min, max, valueLabel, true);
    }

    public int rows() {
        return values.length;
    }

    /** True if the values are category indices with a legend. */
    public boolean categorical() {
        return !categories.isEmpty();
    }

    /** The category indices that occur in the values, ascending (the legend's entries). */
    public List<Integer> categoriesPresent() {
        java.util.TreeSet<Integer> t = new java.util.TreeSet<>();
        for (double[] r : values) {
            for (double v : r) {
                if (Double.isFinite(v) && v >= 0 && v < categories.size()) {
                    t.add((int) v);
                }
            }
        }
        return List.copyOf(t);
    }

    public int columns() {
        return values[0].length;
    }

    /** Entry (i, j). */
    public double value(int i, int j) {
        return values[i][j];
    }

    @Override
    public double[][] values() {
        double[][] c = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            c[i] = values[i].clone();
        }
        return c;
    }

    /**
     * The colour of a value: see the class comment. NaN (and v ≤ 0 on a logarithmic map) gives null
     * (the renderer uses the style's greyed fill).
     */
    public Color colour(double v) {
        return colour(v, Color.WHITE);
    }

    /**
     * The colour of a value with another neutral colour in place of white (the page background of a
     * dark theme on screen; exports use white).
     */
    public Color colour(double v, Color neutral) {
        if (Double.isNaN(v)) {
            return null;
        }
        if (categorical()) {
            int k = (int) v;
            return k >= 0 && k < categories.size() ? Palette.series(k) : null;
        }
        if (scale == Scale.DIVERGING) {
            if (v >= 0) {
                return Palette.mix(WARM, neutral, Math.min(1, v / max));
            }
            return Palette.mix(COOL, neutral, Math.min(1, v / min));
        }
        if (scale == Scale.LOG) {
            return v > 0 ? Palette.mix(COOL, neutral, barPosition(v)) : null;
        }
        double t = Math.max(0, Math.min(1, (v - min) / (max - min)));
        return Palette.mix(COOL, neutral, t);
    }

    /** Black or white, whichever reads better on {@code fill} (relative luminance below 0.4 → white). */
    public static Color textOn(Color fill) {
        double l = (0.2126 * lin(fill.getRed()) + 0.7152 * lin(fill.getGreen()) + 0.0722 * lin(fill.getBlue()));
        return l < 0.4 ? Color.WHITE : new Color(0x1F2328);
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** A cell's number as printed: at most 3 significant digits ("1.5", "-0.25", "0.001", "2e-05"). */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == 0 || Math.abs(v) < 5e-13) {
            return "0";
        }
        double a = Math.abs(v);
        String s;
        if (a >= 1e-3 && a < 1e5) {
            s = String.format(java.util.Locale.ROOT, "%.3g", v);
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        } else {
            s = String.format(java.util.Locale.ROOT, "%.1e", v).replace("e-0", "e-").replace("e+0", "e")
                    .replace("e+", "e").replace(".0e", "e");
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HeatMapChart)) {
            return false;
        }
        HeatMapChart h = (HeatMapChart) o;
        return title.equals(h.title) && caption.equals(h.caption) && rowTitle.equals(h.rowTitle)
                && columnTitle.equals(h.columnTitle) && rowLabels.equals(h.rowLabels)
                && columnLabels.equals(h.columnLabels) && java.util.Arrays.deepEquals(values, h.values)
                && scale == h.scale && min == h.min && max == h.max && valueLabel.equals(h.valueLabel)
                && showValues == h.showValues && categories.equals(h.categories) && sameOverlays(h.overlays);
    }

    private boolean sameOverlays(List<Overlay> o) {
        if (o.size() != overlays.size()) {
            return false;
        }
        for (int i = 0; i < o.size(); i++) {
            if (!overlays.get(i).same(o.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, rowLabels, columnLabels, scale, min, max, categories) * 31 + java.util.Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "HeatMapChart[" + title + ", " + rows() + "×" + columns() + ", " + scale + " [" + min + ", " + max + "]]";
    }
}
