package org.gtlab.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.gtlab.dynamics.Dynamic;
import org.gtlab.dynamics.GameDynamics;
import org.gtlab.dynamics.PopulationGame;
import org.gtlab.dynamics.RungeKutta4;
import org.gtlab.game.NormalFormGame;
import org.junit.jupiter.api.Test;

/** The reference kernels against independent computations. */
class JavaBackendTest {

    private final ComputeBackend ref = JavaBackend.INSTANCE;

    @Test
    void replicatorKernelIsTheTwoPopulationReplicatorOfTheDynamicsRoom() {
        SplittableRandom r = new SplittableRandom(3);
        int batch = 5;
        int n = 3;
        int m = 2;
        double[] a = new double[batch * n * m];
        double[] b = new double[batch * n * m];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextDouble() * 4 - 2;
            b[i] = r.nextDouble() * 4 - 2;
        }
        double[] x = {0.2, 0.3, 0.5, 0.6, 0.2, 0.2, 0.1, 0.1, 0.8, 1 / 3.0, 1 / 3.0, 1 / 3.0, 0.5, 0.25, 0.25};
        double[] y = {0.5, 0.5, 0.9, 0.1, 0.3, 0.7, 0.2, 0.8, 0.6, 0.4};
        double[] x0 = x.clone();
        double[] y0 = y.clone();
        ref.replicator(batch, n, m, a, b, x, y, 0.01, 300);
        for (int c = 0; c < batch; c++) {
            double[][] pa = new double[n][m];
            double[][] pb = new double[n][m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    pa[i][j] = a[c * n * m + i * m + j];
                    pb[i][j] = b[c * n * m + i * m + j];
                }
            }
            GameDynamics f = new GameDynamics(PopulationGame.of(NormalFormGame.bimatrix(pa, pb),
                    PopulationGame.Mode.PER_PLAYER), Dynamic.replicator());
            double[] s = {x0[c * n], x0[c * n + 1], x0[c * n + 2], y0[c * m], y0[c * m + 1]};
            double[] e = new RungeKutta4(0.01).advance(f, s, 3.0, 0.01).state();
            for (int i = 0; i < n; i++) {
                assertEquals(e[i], x[c * n + i], 1e-12, "batch " + c + " x" + i);
            }
            for (int j = 0; j < m; j++) {
                assertEquals(e[n + j], y[c * m + j], 1e-12, "batch " + c + " y" + j);
            }
        }
    }

    @Test
    void distancesMatVecAndReductionsAgreeWithTheDefinitions() {
        SplittableRandom r = new SplittableRandom(4);
        int n = 7;
        int m = 5;
        int d = 3;
        double[] p = new double[n * d];
        double[] q = new double[m * d];
        for (int i = 0; i < p.length; i++) {
            p[i] = r.nextDouble();
        }
        for (int i = 0; i < q.length; i++) {
            q[i] = r.nextDouble();
        }
        double[] out = new double[n * m];
        ref.squaredDistances(n, m, d, p, q, out);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    double t = p[i * d + k] - q[j * d + k];
                    s += t * t;
                }
                assertEquals(s, out[i * m + j], 1e-12);
            }
        }
        double[] w = {1, 2, 3, 4, -1, 0, 0, -1};
        double[] v = {1, 1, 2, -3};
        double[] o = new double[4];
        ref.matVec(2, 2, w, v, o, ComputeBackend.Activation.RELU);
        assertArrayEquals(new double[] {3, 7, 0, 3}, o);
        ref.matVec(2, 2, w, v, o, ComputeBackend.Activation.TANH);
        assertEquals(StrictMath.tanh(7), o[1]);
        int[] arg = new int[2];
        double[] sums = new double[2];
        ref.rowReduce(2, 3, new double[] {1, 5, 5, -1, -2, -0.5}, arg, sums);
        assertArrayEquals(new int[] {1, 2}, arg);
        assertArrayEquals(new double[] {11, -3.5}, sums);
        assertThrows(IllegalArgumentException.class, () -> ref.matVec(2, 3, w, v, o, ComputeBackend.Activation.RELU));
    }

    @Test
    void selectionByNameAndUnknownNames() {
        assertEquals("java", Backends.select("java").backend().name());
        assertNull(Backends.select("java").message());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Backends.select("gpu"));
        assertTrue(e.getMessage().contains("java, nd4j, auto"), e.getMessage());
    }

    @Test
    void aMissingOrBrokenNd4jFallsBackToJavaWithAMessage() {
        Backends.Selection s = Backends.load("org.gtlab.compute.nd4j.NoSuchBackend");
        assertEquals("java", s.backend().name());
        assertTrue(s.message().contains("using java"), s.message());
        Backends.Selection broken = Backends.load(Broken.class.getName());
        assertEquals("java", broken.backend().name());
        assertTrue(broken.message().contains("no natives here"), broken.message());
        // "auto" over a missing or broken ND4J is plain java with the loader's message, never a crash
        for (Backends.Selection failed : List.of(s, broken)) {
            Backends.Selection auto = Backends.auto(failed);
            assertEquals("java", auto.backend().name());
            assertEquals(failed.message(), auto.message());
            assertTrue(auto.message().startsWith("nd4j backend unavailable ("), auto.message());
            assertTrue(!auto.message().contains("\n"), "one line: " + auto.message());
        }
        // and over a loaded one it chooses per kernel (here between two java instances)
        Backends.Selection both = Backends.auto(new Backends.Selection(new NamedJava(), null));
        assertEquals("auto", both.backend().name());
        assertNull(both.message());
    }

    @Test
    void autoSendsOnlyLargeDistanceMatricesToTheSecondBackend() {
        ComputeBackend second = new NamedJava();
        AutoBackend auto = new AutoBackend(JavaBackend.INSTANCE, second);
        // the measured cases of gtlab bench compute: 1000 × 1000 × 16 and 65536 × 64 × 16 won by nd4j
        assertEquals("second", auto.pick("squaredDistances", 1000L * 1000 * 16).name());
        assertEquals("second", auto.pick("squaredDistances", 65536L * 64 * 16).name());
        assertEquals("java", auto.pick("squaredDistances", 4096L * 64 * 16).name());
        // game-sized kernels stay on java at every measured size
        assertEquals("java", auto.pick("replicator", 65536L * 9 * 20).name());
        assertEquals("java", auto.pick("rowReduce", 65536L * 9).name());
        assertEquals("java", auto.pick("matVec", 65536L * 8 * 8).name());
    }

    /** A stand-in for a loaded second backend. */
    static final class NamedJava implements ComputeBackend {
        @Override
        public String name() {
            return "second";
        }

        @Override
        public void replicator(int batch, int n, int m, double[] a, double[] b, double[] x, double[] y, double dt,
                int steps) {
            JavaBackend.INSTANCE.replicator(batch, n, m, a, b, x, y, dt, steps);
        }

        @Override
        public void matVec(int batch, int d, double[] w, double[] v, double[] out, Activation f) {
            JavaBackend.INSTANCE.matVec(batch, d, w, v, out, f);
        }

        @Override
        public void squaredDistances(int n, int m, int d, double[] p, double[] q, double[] out) {
            JavaBackend.INSTANCE.squaredDistances(n, m, d, p, q, out);
        }

        @Override
        public void rowReduce(int rows, int cols, double[] v, int[] argmax, double[] sums) {
            JavaBackend.INSTANCE.rowReduce(rows, cols, v, argmax, sums);
        }
    }

    @Test
    void aFailedStaticInitialiserIsNamedByItsCause() {
        // as with the CUDA profile's jars on a machine without libcuda: ND4J's static set-up fails
        Backends.Selection s = Backends.load(BrokenStatic.class.getName());
        assertEquals("java", s.backend().name());
        assertTrue(s.message().contains("no CUDA driver here"), s.message());
    }

    /** A backend whose class initialiser fails (ExceptionInInitializerError without a message of its own). */
    public static final class BrokenStatic {
        static {
            if (Boolean.TRUE) {
                throw new IllegalStateException("no CUDA driver here");
            }
        }
    }

    /** A backend whose natives fail to load. */
    public static final class Broken {
        public Broken() {
            throw new UnsatisfiedLinkError("no natives here");
        }
    }

    @Test
    void onlyTheNd4jPackageImportsNd4j() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java");
        try (var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                boolean inside = f.toString().replace('\\', '/').contains("org/gtlab/compute/nd4j/");
                String text = java.nio.file.Files.readString(f);
                if (!inside) {
                    assertTrue(!text.contains("import org.nd4j") && !text.contains("org.nd4j.linalg"), f + " uses ND4J");
                }
            }
        }
    }
}
