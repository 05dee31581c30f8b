package org.gtlab.coopetition;

import java.util.Arrays;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * The few statistics the coopetition experiments report: mean, population SD, percentiles (linear
 * interpolation, NumPy's default), median, and the paired comparison of two samples (paired t-test
 * with its two-sided p-value from the regularised incomplete beta function, so that p-values like
 * 1e-58 do not underflow to 0; Cohen's d = mean(diff) / SD(diff) with the population SD, NaN — "undefined"
 * — when SD = 0; Wilcoxon signed-rank p-value with the normal approximation).
 */
public final class Stats {

    private Stats() {
    }

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Population standard deviation (divisor n). */
    public static double populationSd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / x.length);
    }

    /** Sample standard deviation (divisor n − 1). */
    public static double sampleSd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    /** The q-th percentile (q in [0, 100]) with linear interpolation between order statistics. */
    public static double percentile(double[] x, double q) {
        double[] s = x.clone();
        Arrays.sort(s);
        double pos = q / 100 * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    public static double median(double[] x) {
        return percentile(x, 50);
    }

    public static double min(double[] x) {
        return Arrays.stream(x).min().orElse(Double.NaN);
    }

    public static double max(double[] x) {
        return Arrays.stream(x).max().orElse(Double.NaN);
    }

    /**
     * A paired comparison of b against a (diff = b − a).
     *
     * @param n         pairs
     * @param meanDiff  mean of the differences
     * @param sdDiff    population SD of the differences
     * @param t         paired t statistic (sample SD), NaN when SD = 0
     * @param p         two-sided p-value of the paired t-test, NaN when SD = 0
     * @param cohensD   mean(diff) / population SD(diff); NaN (undefined) when SD = 0
     * @param wilcoxonP two-sided Wilcoxon signed-rank p-value (normal approximation), NaN when all diffs are 0
     */
    public record Paired(int n, double meanDiff, double sdDiff, double t, double p, double cohensD, double wilcoxonP) {
        /** True if SD(diff) = 0, so t and d are undefined. */
        public boolean degenerate() {
            return sdDiff == 0;
        }
    }

    /**
     * Paired comparison of b against a.
     *
     * @throws IllegalArgumentException if the samples differ in length or have fewer than 2 pairs
     */
    public static Paired paired(double[] a, double[] b) {
        if (a.length != b.length || a.length < 2) {
            throw new IllegalArgumentException("a paired test needs two samples of the same length ≥ 2, got "
                    + a.length + " and " + b.length);
        }
        int n = a.length;
        double[] d = new double[n];
        boolean anyNonZero = false;
        for (int i = 0; i < n; i++) {
            d[i] = b[i] - a[i];
            anyNonZero |= d[i] != 0;
        }
        double m = mean(d);
        double sdPop = populationSd(d);
        double sdSample = sampleSd(d);
        double t = Double.NaN;
        double p = Double.NaN;
        double cd = Double.NaN;
        if (sdPop > 0) {
            t = m / (sdSample / Math.sqrt(n));
            p = twoSidedT(t, n - 1);
            cd = m / sdPop;
        }
        double w = Double.NaN;
        if (anyNonZero) {
            w = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(a, b, false);
        }
        return new Paired(n, m, sdPop, t, p, cd, w);
    }

    /** Two-sided p-value of Student's t with ν degrees of freedom: I_{ν/(ν+t²)}(ν/2, 1/2). */
    public static double twoSidedT(double t, double nu) {
        return Beta.regularizedBeta(nu / (nu + t * t), nu / 2, 0.5);
    }
}
