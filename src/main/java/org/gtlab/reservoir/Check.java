package org.gtlab.reservoir;

/** Argument checks with one clear line naming the field (package-private helper). */
final class Check {
    private Check() {
    }

    static int dimension(int d) {
        if (d <= 0 || d > 2000) {
            throw new IllegalArgumentException("reservoir size d must be in 1..2000, got " + d);
        }
        return d;
    }

    static double unit(String field, double v) {
        if (Double.isNaN(v) || v < 0 || v > 1) {
            throw new IllegalArgumentException(field + " must be in [0,1], got " + v);
        }
        return v;
    }

    static double finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + v);
        }
        return v;
    }

    static void finite(String field, double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(field + "[" + i + "] must be a finite number, got " + v[i]);
            }
        }
    }
}
