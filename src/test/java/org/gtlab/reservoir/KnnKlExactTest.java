package org.gtlab.reservoir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gtlab.math.Rng;
import org.junit.jupiter.api.Test;

/**
 * The pruned kNN-KL ({@link KnnKl#estimate}: each P–P pair once, partial distances abandoned above the
 * k-th best) against the direct O(n(n+m)d) scan it replaced, written out here: the two must agree bit for
 * bit (same doubles), so every CSV the lab wrote before the speed-up is reproduced byte for byte.
 */
class KnnKlExactTest {

    /** The direct form: for every P-sample, scan all of P (self skipped) and all of Q with a size-k buffer. */
    static double direct(double[][] p, double[][] q, int k) {
        int n = p.length;
        int m = q.length;
        int d = p[0].length;
        double[] buf = new double[k];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double rho = kth(p[i], p, i, k, buf);
            double nu = kth(p[i], q, -1, k, buf);
            sum += Math.log(Math.max(nu, 1e-300) / Math.max(rho, 1e-300));
        }
        return (double) d / n * sum + Math.log((double) m / (n - 1));
    }

    private static double kth(double[] x, double[][] set, int self, int k, double[] buf) {
        java.util.Arrays.fill(buf, Double.POSITIVE_INFINITY);
        for (int j = 0; j < set.length; j++) {
            if (j == self) {
                continue;
            }
            double s = 0;
            for (int c = 0; c < x.length; c++) {
                double e = x[c] - set[j][c];
                s += e * e;
            }
            if (s < buf[k - 1]) {
                int pos = k - 1;
                while (pos > 0 && buf[pos - 1] > s) {
                    buf[pos] = buf[pos - 1];
                    pos--;
                }
                buf[pos] = s;
            }
        }
        return Math.sqrt(buf[k - 1]);
    }

    private static double[][] gaussian(Rng r, int n, int d, double shift, double scale) {
        double[][] a = new double[n][d];
        for (double[] row : a) {
            for (int c = 0; c < d; c++) {
                row[c] = shift + scale * Streams.normal(r);
            }
        }
        return a;
    }

    @Test
    void equalsTheDirectScanBitForBitOnRandomSamples() {
        Rng r = Rng.of(7);
        int[][] shapes = {{6, 5, 1}, {40, 30, 2}, {300, 250, 7}, {500, 400, 30}, {200, 300, 75}};
        for (int[] sh : shapes) {
            for (int k : new int[] {1, 5}) {
                double[][] p = gaussian(r, sh[0], sh[2], 0.3, 1);
                double[][] q = gaussian(r, sh[1], sh[2], 0, 0.8);
                double fast = KnnKl.estimate(p, q, k);
                assertEquals(Double.doubleToRawLongBits(direct(p, q, k)), Double.doubleToRawLongBits(fast),
                        "n, m, d = " + java.util.Arrays.toString(sh) + ", k = " + k + ": " + fast);
            }
        }
    }

    @Test
    void equalsTheDirectScanWithDuplicatesAndTies() {
        double[][] p = {{0, 0}, {0, 0}, {1, 0}, {0, 1}, {1, 1}, {1, 1}, {2, 2}, {0, 0}};
        double[][] q = {{0, 0}, {1, 1}, {1, 1}, {3, 3}, {0.5, 0.5}, {2, 2}};
        for (int k = 1; k <= 5; k++) {
            assertEquals(Double.doubleToRawLongBits(direct(p, q, k)), Double.doubleToRawLongBits(KnnKl.estimate(p, q, k)),
                    "k = " + k);
        }
    }

    @Test
    void equalsTheDirectScanOnReservoirStates() {
        Agent a = Agent.build(Agent.Config.defaults(30).withEpochs(20), 200);
        double[][] ref = a.reference(600, Streams.of(200, Streams.REFERENCE));
        double[] opp = Schedule.builder(Streams.of(200, Streams.OPPONENT)).noisy(600, 0.1).build();
        for (double alpha : new double[] {0, 0.7, 1}) {
            double[][] st = a.play(opp, Governor.fixed(alpha), Streams.of(200, Streams.EVALUATION), true).states();
            assertEquals(Double.doubleToRawLongBits(direct(st, ref, KnnKl.K)),
                    Double.doubleToRawLongBits(KnnKl.estimate(st, ref, KnnKl.K)), "alpha = " + alpha);
        }
    }
}
