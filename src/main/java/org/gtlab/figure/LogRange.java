package org.gtlab.figure;

/**
 * The y range of a log-scale metric chart: the data's smallest and largest positive values widened
 * to whole decades, [10^floor(log10 lo), 10^ceil(log10 hi)], at least one decade wide; [1e-3, 1]
 * when there is no positive finite value ({@code !(lo <= hi)}, e.g. lo = +inf, hi = -inf).
 */
public final class LogRange {

    private LogRange() {
    }

    /** {lower, upper} decade bounds for data in [lo, hi] (see the class comment). */
    public static double[] decades(double lo, double hi) {
        if (!(lo <= hi)) {
            lo = 1e-3;
            hi = 1;
        }
        double a = Math.pow(10, Math.floor(Math.log10(lo)));
        double b = Math.pow(10, Math.ceil(Math.log10(hi)));
        if (b <= a) {
            b = a * 10;
        }
        return new double[] {a, b};
    }
}
