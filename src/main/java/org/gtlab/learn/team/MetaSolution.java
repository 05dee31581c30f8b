package org.gtlab.learn.team;

/**
 * A meta-solver's answer for a two-player zero-sum meta-game with row payoff matrix M: a row strategy
 * and a column strategy. In the symmetric single-population case only the row strategy is used.
 */
public record MetaSolution(double[] row, double[] column) {

    public MetaSolution {
        row = row.clone();
        column = column.clone();
    }

    @Override
    public double[] row() {
        return row.clone();
    }

    @Override
    public double[] column() {
        return column.clone();
    }

    /**
     * NashConv(x, y) = max_i (M y)_i − min_j (xᵀ M)_j of this solution in the zero-sum game M (the
     * OpenSpiel convention used by the meta-solver tests, spec §3.5; twice the OS exploitability).
     */
    public double nashConv(double[][] m) {
        double best = Double.NEGATIVE_INFINITY;
        for (double[] r : m) {
            double s = 0;
            for (int j = 0; j < r.length; j++) {
                s += r[j] * column[j];
            }
            best = Math.max(best, s);
        }
        double worst = Double.POSITIVE_INFINITY;
        for (int j = 0; j < m[0].length; j++) {
            double s = 0;
            for (int i = 0; i < m.length; i++) {
                s += row[i] * m[i][j];
            }
            worst = Math.min(worst, s);
        }
        return best - worst;
    }
}
