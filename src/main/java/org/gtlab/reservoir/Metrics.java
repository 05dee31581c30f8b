package org.gtlab.reservoir;

/**
 * Per-run metrics of the perturbation experiments (spec §5 Exp 9, Exp 10; §9 item 13). Indices are relative
 * to the block [start, end).
 */
public final class Metrics {
    public static final int RECOVERY_CAP = 200;

    private Metrics() {
    }

    /** Minimum action inside the block (perturbation depth). */
    public static double depth(double[] action, int start, int end) {
        double m = Double.POSITIVE_INFINITY;
        for (int t = start; t < end; t++) {
            m = Math.min(m, action[t]);
        }
        return m;
    }

    /**
     * First post-block index j (from {@code end}) with action ≥ 0.95 × the pre-block mean action; capped at
     * min(200, remaining rounds) when never met.
     */
    public static int actionRecovery(double[] action, int start, int end) {
        double pre = Match.mean(java.util.Arrays.copyOf(action, start));
        int cap = Math.min(RECOVERY_CAP, action.length - end);
        for (int j = 0; j < cap; j++) {
            if (action[end + j] >= 0.95 * pre) {
                return j;
            }
        }
        return cap;
    }

    /** Sentinel detection: first block index with α < 0.75; the block length if never. */
    public static int detection(double[] alpha, int start, int end) {
        for (int t = start; t < end; t++) {
            if (alpha[t] < 0.75) {
                return t - start;
            }
        }
        return end - start;
    }

    /** Sentinel recovery: first index after the block with α > 0.7; the remaining rounds if never. */
    public static int alphaRecovery(double[] alpha, int end) {
        for (int t = end; t < alpha.length; t++) {
            if (alpha[t] > 0.7) {
                return t - end;
            }
        }
        return alpha.length - end;
    }
}
