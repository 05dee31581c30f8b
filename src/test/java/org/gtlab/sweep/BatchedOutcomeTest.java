package org.gtlab.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.gtlab.compute.Backends;
import org.gtlab.compute.JavaBackend;
import org.gtlab.compute.Workers;
import org.gtlab.dynamics.Dynamic;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.junit.jupiter.api.Test;

/**
 * The batched replicator outcome path (flat tensors, early stop at locked vertices, sub-batches over
 * workers) gives exactly the categories of the per-cell reference run to the full horizon.
 */
class BatchedOutcomeTest {

    private static final LongRunOutcome REFERENCE = new LongRunOutcome(Dynamic.replicator(), true, 50, 0.05,
            JavaBackend.INSTANCE).withoutEarlyStop();

    @Test
    void earlyStopGivesTheFullHorizonCategoryOnRandomBatches() {
        SplittableRandom r = new SplittableRandom(11);
        for (int[] shape : new int[][] {{2, 2}, {3, 3}, {2, 3}}) {
            int n = shape[0];
            int m = shape[1];
            int batch = 400;
            double[] a = new double[batch * n * m];
            double[] b = new double[batch * n * m];
            double[] x = new double[batch * n];
            double[] y = new double[batch * m];
            for (int k = 0; k < a.length; k++) {
                // coarse values make ties and near-ties common: the hard cases for an early stop
                a[k] = Math.round(r.nextDouble(-2, 2) * 4) / 4.0 + (r.nextInt(4) == 0 ? r.nextDouble(-1e-3, 1e-3) : 0);
                b[k] = Math.round(r.nextDouble(-2, 2) * 4) / 4.0;
            }
            simplexRows(r, x, n);
            simplexRows(r, y, m);
            LongRunOutcome fast = new LongRunOutcome(Dynamic.replicator(), true, 50, 0.05, JavaBackend.INSTANCE);
            int[] got = fast.replicatorOutcomes(batch, n, m, a.clone(), b.clone(), x.clone(), y.clone());
            int[] want = REFERENCE.replicatorOutcomes(batch, n, m, a.clone(), b.clone(), x.clone(), y.clone());
            assertArrayEquals(want, got, n + "×" + m);
            int vertices = 0;
            for (int o : want) {
                vertices += o < n * m ? 1 : 0;
            }
            assertTrue(vertices > batch / 2, "most random runs end at a vertex: " + vertices);
        }
    }

    @Test
    void theBatchedSweepEqualsThePerCellReferenceOnWorkers() {
        GameSpec g = GameSpec.of("coordination-3x3", GameCatalog.get("coordination-3x3").game());
        Map<String, String> p = Map.of("method", "replicator", "metric", "outcome", "set", "dt=0.05,init=uniform",
                "x", "payoff[1][1][1]:0:2:12", "y", "payoff[2][2][2]:0:2:12", "refine", "false");
        PhaseDiagram d;
        try (Workers w = new Workers(2, "batched-outcome-test")) {
            Backends.install(w);
            RunSpec spec = StandardMethods.catalog().spec("sweep", p, g, 0, new Limits(10_000_000, 10_000_000, 0));
            RunHandle h = RunExecutor.synchronous().start(spec);
            assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
            d = ((SweepExperiment) spec.experiment()).diagram(h.record().last());
        } finally {
            Backends.install(null);
        }
        NormalFormGame base = g.game();
        PayoffEntry ex = PayoffEntry.parse("payoff[1][1][1]", base);
        PayoffEntry ey = PayoffEntry.parse("payoff[2][2][2]", base);
        double[] third = {1 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0};
        java.util.Set<Double> seen = new java.util.HashSet<>();
        for (int j = 0; j < 12; j++) {
            for (int i = 0; i < 12; i++) {
                NormalFormGame cell = ey.apply(ex.apply(base, d.x().value(i)), d.y().value(j));
                int want = REFERENCE.outcomes(List.of(cell), List.of(third.clone()))[0];
                assertEquals(want, d.value(i, j), 0, "cell " + i + ", " + j);
                seen.add(d.value(i, j));
            }
        }
        assertTrue(seen.size() >= 3, "the map has several outcomes: " + seen);
    }

    /** Several seeds per cell (random starts) run as one compute batch and equal the per-seed runs. */
    @Test
    void seedGroupsBatchedAsOneComputeBatchEqualTheUnbatchedRuns() {
        GameSpec g = GameSpec.of("coordination-3x3", GameCatalog.get("coordination-3x3").game());
        Map<String, String> p = Map.of("method", "replicator", "metric", "outcome", "set", "dt=0.05,init=random",
                "x", "payoff[1][1][1]:0:2:6", "y", "payoff[2][2][2]:0:2:6", "refine", "false", "seeds", "5");
        RunSpec spec = StandardMethods.catalog().spec("sweep", p, g, 3, new Limits(10_000_000, 10_000_000, 0));
        RunHandle h = RunExecutor.synchronous().start(spec);
        assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
        PhaseDiagram d = ((SweepExperiment) spec.experiment()).diagram(h.record().last());
        NormalFormGame base = g.game();
        PayoffEntry ex = PayoffEntry.parse("payoff[1][1][1]", base);
        PayoffEntry ey = PayoffEntry.parse("payoff[2][2][2]", base);
        SweepMetric metric = d.metric();
        int mixedCells = 0;
        for (int j = 0; j < 6; j++) {
            for (int i = 0; i < 6; i++) {
                NormalFormGame cell = ey.apply(ex.apply(base, d.x().value(i)), d.y().value(j));
                double[] perSeed = new double[5];
                java.util.Set<Double> kinds = new java.util.HashSet<>();
                for (int s = 0; s < 5; s++) {
                    double[][] st = org.gtlab.learn.InitialProfile.parse("random").create(new int[] {3, 3},
                            org.gtlab.math.Rng.stream(3 + s, 0));
                    double[] start = {st[0][0], st[0][1], st[0][2], st[1][0], st[1][1], st[1][2]};
                    perSeed[s] = REFERENCE.outcomes(List.of(cell), List.of(start))[0];
                    kinds.add(perSeed[s]);
                }
                mixedCells += kinds.size() > 1 ? 1 : 0;
                assertEquals(metric.combine(perSeed), d.value(i, j), 0, "cell " + i + ", " + j);
            }
        }
        assertTrue(mixedCells > 0, "some cells end differently for different seeds");
    }

    @Test
    void runPartsRunsEveryPartOnceAndRethrows() {
        try (Workers w = new Workers(2, "run-parts-test")) {
            AtomicInteger[] count = new AtomicInteger[7];
            for (int k = 0; k < count.length; k++) {
                count[k] = new AtomicInteger();
            }
            Workers.runParts(w, 7, q -> count[q].incrementAndGet());
            for (AtomicInteger c : count) {
                assertEquals(1, c.get());
            }
            List<Integer> none = new ArrayList<>();
            Workers.runParts(null, 3, none::add);
            assertEquals(List.of(0, 1, 2), none);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Workers.runParts(w, 3, q -> {
                if (q == 2) {
                    throw new IllegalStateException("part 2 failed");
                }
            }));
            assertEquals("part 2 failed", e.getMessage());
        }
    }

    private static void simplexRows(SplittableRandom r, double[] v, int len) {
        for (int c = 0; c < v.length / len; c++) {
            double s = 0;
            for (int i = 0; i < len; i++) {
                v[c * len + i] = 0.05 + r.nextDouble();
                s += v[c * len + i];
            }
            for (int i = 0; i < len; i++) {
                v[c * len + i] /= s;
            }
        }
    }
}
