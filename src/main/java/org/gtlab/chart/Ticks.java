package org.gtlab.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten (P. S. Heckbert, "Nice numbers for
 * graph labels", Graphics Gems, 1990); decades on logarithmic axes.
 */
final class Ticks {

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

    static double niceStep(double raw) {
        double e = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / e;
        double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        return nice * e;
    }

    /** A short label for a tick value. */
    static String label(double v, XYChart.Axis axis) {
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
