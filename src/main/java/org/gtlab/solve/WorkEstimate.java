package org.gtlab.solve;

import java.util.Locale;

/**
 * What a solver expects a job to cost before it starts: {@code units} of the method's own work
 * measure (cells compared, polytope vertices, pivot-cell operations), what those units are, and
 * the time they take at the method's calibrated rate on the 2-core build machine.
 *
 * <p>The units are computed deterministically from the game (a seeded random-probe estimate for
 * vertex enumeration), so whether a job is refused does not depend on the machine's load; the
 * seconds are only a guide for people ({@code units / rate}). Estimates of exact enumerations are
 * lower indications: Knuth's vertex-count estimator is unbiased but skewed low with few probes,
 * and Lemke–Howson's reachable set grows as equilibria are found.
 *
 * @param units   the estimated amount of work, ≥ 0
 * @param unit    what is counted, in words ("vertices of the larger best-response polytope")
 * @param seconds {@code units} at the method's calibrated rate
 */
public record WorkEstimate(double units, String unit, double seconds) {

    /** Nothing worth estimating (polynomial methods on games that fit in memory). */
    public static final WorkEstimate NEGLIGIBLE = new WorkEstimate(0, "negligible work", 0);

    public WorkEstimate {
        if (!(units >= 0) || !(seconds >= 0)) {
            throw new IllegalArgumentException("work estimate must be non-negative, got " + units + " units, "
                    + seconds + " s");
        }
    }

    /** An estimate of {@code units} at {@code perSecond} units per second. */
    public static WorkEstimate of(double units, String unit, double perSecond) {
        return new WorkEstimate(units, unit, units / perSecond);
    }

    /** "≈ 4.2e+06 vertices of … (about 3 min)". */
    public String describe() {
        return String.format(Locale.ROOT, "≈ %.2g %s (about %s)", units, unit, duration(seconds));
    }

    /** A duration in words: "0.4 s", "3 min", "2.5 h", "40 days". */
    public static String duration(double s) {
        if (Double.isInfinite(s) || s > 3.2e9) {
            return "longer than a century";
        }
        if (s < 90) {
            return String.format(Locale.ROOT, "%.2g s", s);
        }
        if (s < 5400) {
            return String.format(Locale.ROOT, "%.0f min", s / 60);
        }
        if (s < 172_800) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600);
        }
        return String.format(Locale.ROOT, "%.0f days", s / 86_400);
    }
}
