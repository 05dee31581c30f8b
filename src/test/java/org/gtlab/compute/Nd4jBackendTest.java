package org.gtlab.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every kernel agrees between "java" and "nd4j" within 1e-9 on random batches. Tagged "nd4j" so a
 * build without the natives can exclude it ({@code -DexcludedGroups=nd4j}); the first run on a fresh
 * machine extracts ~400 MB of natives (about 10 s).
 */
@Tag("nd4j")
class Nd4jBackendTest {

    private static ComputeBackend nd4j;
    private static final ComputeBackend JAVA = JavaBackend.INSTANCE;
    private static final double TOL = 1e-9;

    @BeforeAll
    static void load() {
        Backends.Selection s = Backends.select("nd4j");
        assertNull(s.message(), "nd4j loads here");
        nd4j = s.backend();
        assertEquals("nd4j", nd4j.name());
    }

    private static double[] rand(SplittableRandom r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble() * 2 - 1;
        }
        return v;
    }

    private static double[] simplexRows(SplittableRandom r, int rows, int n) {
        double[] v = new double[rows * n];
        for (int k = 0; k < rows; k++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                v[k * n + i] = 0.05 + r.nextDouble();
                s += v[k * n + i];
            }
            for (int i = 0; i < n; i++) {
                v[k * n + i] /= s;
            }
        }
        return v;
    }

    private static void close(double[] a, double[] b, String what) {
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], TOL, what + " [" + i + "]");
        }
    }

    @Test
    void replicatorAgrees() {
        SplittableRandom r = new SplittableRandom(11);
        for (int[] s : new int[][] {{1, 2, 2}, {37, 3, 3}, {20, 4, 2}}) {
            int batch = s[0];
            int n = s[1];
            int m = s[2];
            double[] a = rand(r, batch * n * m);
            double[] b = rand(r, batch * n * m);
            double[] x = simplexRows(r, batch, n);
            double[] y = simplexRows(r, batch, m);
            double[] x2 = x.clone();
            double[] y2 = y.clone();
            JAVA.replicator(batch, n, m, a, b, x, y, 0.05, 40);
            nd4j.replicator(batch, n, m, a, b, x2, y2, 0.05, 40);
            close(x, x2, "x " + batch + "×" + n + "×" + m);
            close(y, y2, "y " + batch + "×" + n + "×" + m);
        }
    }

    @Test
    void matVecAgreesForEveryActivation() {
        SplittableRandom r = new SplittableRandom(12);
        int batch = 9;
        int d = 17;
        double[] w = rand(r, batch * d * d);
        double[] v = rand(r, batch * d);
        for (ComputeBackend.Activation f : ComputeBackend.Activation.values()) {
            double[] o1 = new double[batch * d];
            double[] o2 = new double[batch * d];
            JAVA.matVec(batch, d, w, v, o1, f);
            nd4j.matVec(batch, d, w, v, o2, f);
            close(o1, o2, f.toString());
        }
    }

    @Test
    void squaredDistancesAndReductionsAgree() {
        SplittableRandom r = new SplittableRandom(13);
        int n = 31;
        int m = 23;
        int d = 5;
        double[] p = rand(r, n * d);
        double[] q = rand(r, m * d);
        double[] o1 = new double[n * m];
        double[] o2 = new double[n * m];
        JAVA.squaredDistances(n, m, d, p, q, o1);
        nd4j.squaredDistances(n, m, d, p, q, o2);
        close(o1, o2, "distances");
        double[] v = rand(r, 50 * 7);
        int[] a1 = new int[50];
        int[] a2 = new int[50];
        double[] s1 = new double[50];
        double[] s2 = new double[50];
        JAVA.rowReduce(50, 7, v, a1, s1);
        nd4j.rowReduce(50, 7, v, a2, s2);
        assertArrayEquals(a1, a2);
        close(s1, s2, "sums");
    }
}
