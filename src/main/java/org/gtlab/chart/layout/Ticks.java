package org.gtlab.chart.layout;

import org.gtlab.chart.model.XYChart;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten (P. S. Heckbert, "Nice numbers for
 * graph labels", Graphics Gems, 1990); decades on logarithmic axes.
 */
public final class Ticks {

    private Ticks() {
    }

    /** About {@code target} tick values inside the axis range, ascending. */
    static List<Double> of(XYChart.Axis axis, int target) {
        List<Double> t = new ArrayList<>();
        if (axis.log()) {
            int lo = (int) Math.ceil(Math.log10(axis.min()) - 1e-9);
            int hi = (int) Math.floor(Math.log10(axis.max()) + 1e-9);
            int step = Math.max(1, (hi - lo + target - 1) / Math.max(1, target));
            for (int e = lo; e <= hi; e += step) {
                t.add(Math.pow(10, e));
            }
            return t;
        }
        double step = niceStep((axis.max() - axis.min()) / Math.max(1, target));
        double start = Math.ceil(axis.min() / step - 1e-9) * step;
        for (double v = start; v <= axis.max() + step * 1e-9; v += step) {
            t.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return t;
    }

    /**
     * The densest "nice" ticks whose labels do not collide on an axis {@code length} units long:
     * steps of 1, 2 or 5 times a power of ten (whole decades on a log axis) are tried from fine to
     * coarse, and the first one is taken where every two neighbouring ticks are at least
     * {@code minSpacing} apart and their labels, centred on the ticks, leave {@code gap} free
     * between them. If no step gives two such ticks, the coarsest list is thinned from the left so
     * that the labels kept do not collide (a very short axis may keep a single tick).
     *
     * @param extent     size of a label along the axis (width on a horizontal axis, height on a vertical one)
     * @param gap        free space required between neighbouring labels
     * @param minSpacing least distance between neighbouring ticks (keeps the grid calm on long axes)
     */
    public static List<Double> fit(XYChart.Axis axis, double length, java.util.function.ToDoubleFunction<String> extent,
            double gap, double minSpacing) {
        if (!(length > 0)) {
            return List.of();
        }
        List<Double> last = List.of();
        if (axis.log()) {
            int lo = (int) Math.ceil(Math.log10(axis.min()) - 1e-9);
            int hi = (int) Math.floor(Math.log10(axis.max()) + 1e-9);
            for (int d : new int[] {1, 2, 3, 5, 10, 20, 50, 100}) {
                List<Double> t = new ArrayList<>();
                for (int e = Math.floorDiv(lo + d - 1, d) * d; e <= hi; e += d) {
                    t.add(Math.pow(10, e));
                }
                if (t.size() < 2 && !last.isEmpty()) {
                    break;
                }
                last = t;
                if (t.size() >= 2 && fits(axis, t, length, extent, gap, minSpacing)) {
                    return t;
                }
            }
            return thin(axis, last, length, extent, gap);
        }
        double range = axis.max() - axis.min();
        double step = niceStep(range * Math.max(minSpacing, 1e-9) / length);
        if (!(step > 0) || !Double.isFinite(step)) {
            return List.of();
        }
        for (int guard = 0; guard < 60; guard++) {
            List<Double> t = linear(axis, step);
            if (t.size() < 2 && !last.isEmpty()) {
                break;
            }
            last = t;
            if (t.size() >= 2 && fits(axis, t, length, extent, gap, minSpacing)) {
                return t;
            }
            step = nextStep(step);
        }
        return thin(axis, last, length, extent, gap);
    }

    /** The multiples of {@code step} inside the axis range (computed as k·step, rounded to 12 digits). */
    static List<Double> linear(XYChart.Axis axis, double step) {
        List<Double> t = new ArrayList<>();
        long k0 = (long) Math.ceil(axis.min() / step - 1e-9);
        long k1 = (long) Math.floor(axis.max() / step + 1e-9);
        if (k1 - k0 > 10_000) {
            return t;
        }
        for (long k = k0; k <= k1; k++) {
            double v = k == 0 ? 0.0 : Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", k * step));
            t.add(v);
        }
        return t;
    }

    /** The next coarser nice step: 1 → 2 → 5 → 10 (times the same power of ten). */
    static double nextStep(double step) {
        double e = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double f = Math.round(step / e);
        return (f < 2 ? 2 : f < 5 ? 5 : 10) * e;
    }

    /** Whether neighbouring ticks are {@code minSpacing} apart and their centred labels {@code gap} apart. */
    static boolean fits(XYChart.Axis axis, List<Double> t, double length, java.util.function.ToDoubleFunction<String> extent,
            double gap, double minSpacing) {
        for (int i = 1; i < t.size(); i++) {
            double d = (axis.fraction(t.get(i)) - axis.fraction(t.get(i - 1))) * length;
            double need = (extent.applyAsDouble(label(t.get(i), axis)) + extent.applyAsDouble(label(t.get(i - 1), axis)))
                    / 2 + gap;
            if (d + 1e-9 < Math.max(minSpacing, need)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps, from the left, every tick whose label clears the last kept one by {@code gap}. */
    static List<Double> thin(XYChart.Axis axis, List<Double> t, double length,
            java.util.function.ToDoubleFunction<String> extent, double gap) {
        List<Double> kept = new ArrayList<>();
        double prevEnd = Double.NEGATIVE_INFINITY;
        for (double v : t) {
            double e = extent.applyAsDouble(label(v, axis));
            double c = axis.fraction(v) * length;
            if (c - e / 2 >= prevEnd + gap - 1e-9 || kept.isEmpty()) {
                kept.add(v);
                prevEnd = c + e / 2;
            }
        }
        return kept;
    }

    static double niceStep(double raw) {
        double e = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / e;
        double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        return nice * e;
    }

    /** A short label for a tick value. */
    public static String label(double v, XYChart.Axis axis) {
        if (axis.log()) {
            int e = (int) Math.round(Math.log10(v));
            return e == 0 ? "1" : e == 1 ? "10" : "1e" + e;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            return s;
        }
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s;
    }
}
