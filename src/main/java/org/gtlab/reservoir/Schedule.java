package org.gtlab.reservoir;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.math.Rng;

/**
 * Pre-drawn opponent schedules (spec §2.11): fixed, non-reactive sequences of opponent actions in [0,1],
 * built from blocks Coop(n) (all 1), Defect(n) (all 0) and Noisy(n, ε) (0 iff a uniform draw is &lt; ε,
 * one uniform per round). One schedule is shared by all agents of a seed.
 */
public final class Schedule {
    private final List<double[]> blocks = new ArrayList<>();
    private final Rng rng;

    private Schedule(Rng rng) {
        this.rng = rng;
    }

    /** A builder whose noisy blocks draw from {@code rng} (may be null if there are none). */
    public static Schedule builder(Rng rng) {
        return new Schedule(rng);
    }

    public Schedule coop(int n) {
        return constant(n, 1);
    }

    public Schedule defect(int n) {
        return constant(n, 0);
    }

    public Schedule constant(int n, double v) {
        Check.unit("opponent action", v);
        checkLength(n);
        double[] b = new double[n];
        java.util.Arrays.fill(b, v);
        blocks.add(b);
        return this;
    }

    /** Noisy cooperator: 1 with probability 1−ε, 0 with probability ε. */
    public Schedule noisy(int n, double eps) {
        Check.unit("epsilon", eps);
        checkLength(n);
        if (rng == null) {
            throw new IllegalArgumentException("a noisy block needs a random stream");
        }
        double[] b = new double[n];
        for (int t = 0; t < n; t++) {
            b[t] = rng.nextDouble() < eps ? 0 : 1;
        }
        blocks.add(b);
        return this;
    }

    /** The concatenated schedule. @throws IllegalArgumentException if it is empty */
    public double[] build() {
        int n = 0;
        for (double[] b : blocks) {
            n += b.length;
        }
        if (n == 0) {
            throw new IllegalArgumentException("opponent schedule is empty: add at least one block of length ≥ 1");
        }
        double[] out = new double[n];
        int o = 0;
        for (double[] b : blocks) {
            System.arraycopy(b, 0, out, o, b.length);
            o += b.length;
        }
        return out;
    }

    private static void checkLength(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("block length must be ≥ 0, got " + n);
        }
    }
}
