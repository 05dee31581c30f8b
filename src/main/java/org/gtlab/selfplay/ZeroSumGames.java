package org.gtlab.selfplay;

/**
 * NashConv of a zero-sum matrix game in the spec's convention (§1.2): the row player maximises
 * xᵀAy and NashConv(x, y) = max_i (A y)_i − min_j (xᵀA)_j ≥ 0, zero exactly at a saddle point.
 *
 * <p>Failure mode: strategies of the wrong length throw {@link IllegalArgumentException}.
 */
public final class ZeroSumGames {

    private ZeroSumGames() {
    }

    /** max_i (A y)_i − min_j (xᵀA)_j. */
    public static double nashConv(double[][] a, double[] x, double[] y) {
        if (x.length != a.length || y.length != a[0].length) {
            throw new IllegalArgumentException("strategies of lengths " + x.length + " and " + y.length
                    + " do not fit a " + a.length + " x " + a[0].length + " matrix");
        }
        double best = Double.NEGATIVE_INFINITY;
        for (double[] row : a) {
            double s = 0;
            for (int j = 0; j < y.length; j++) {
                s += row[j] * y[j];
            }
            best = Math.max(best, s);
        }
        double worst = Double.POSITIVE_INFINITY;
        for (int j = 0; j < y.length; j++) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += x[i] * a[i][j];
            }
            worst = Math.min(worst, s);
        }
        return best - worst;
    }
}
