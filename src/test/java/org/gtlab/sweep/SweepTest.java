package org.gtlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps: regions, refinement, single-run equality, basin shares, cache, cancel, bad input. */
class SweepTest {

    private static final MethodCatalog CATALOG = StandardMethods.catalog();
    private static final Limits TO_END = new Limits(10_000_000, 10_000_000, 0);

    private static PhaseDiagram sweep(GameSpec g, Map<String, String> params) {
        RunSpec spec = CATALOG.spec("sweep", params, g, 0, TO_END);
        RunHandle h = RunExecutor.synchronous().start(spec);
        assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
        return ((SweepExperiment) spec.experiment()).diagram(h.record().last());
    }

    private static GameSpec catalogGame(String name) {
        return GameSpec.of(name, GameCatalog.get(name).game());
    }

    @Test
    void knownGamesLieInTheirRegions() {
        assertEquals(TwoByTwoRegions.PD, TwoByTwoRegions.classify(GameCatalog.get("prisoners-dilemma").game()));
        assertEquals(TwoByTwoRegions.CHICKEN, TwoByTwoRegions.classify(GameCatalog.get("chicken").game()));
        assertEquals(TwoByTwoRegions.CHICKEN, TwoByTwoRegions.classify(GameCatalog.get("hawk-dove").game()));
        assertEquals(TwoByTwoRegions.STAG_HUNT, TwoByTwoRegions.classify(GameCatalog.get("stag-hunt").game()));
        assertEquals(TwoByTwoRegions.MATCHING_PENNIES,
                TwoByTwoRegions.classify(GameCatalog.get("matching-pennies").game()));
        assertEquals(TwoByTwoRegions.COORDINATION,
                TwoByTwoRegions.classify(GameCatalog.get("battle-of-the-sexes").game()));
    }

    /** The T–S plane (R = 1, P = 0): quadrants and boundaries exactly at the ties T = R and S = P. */
    @Test
    void regionMapHasTheTsQuadrantsWithBoundariesAtTies() {
        GameSpec g = GameSpec.of("ts", NormalFormGame.symmetric(new long[][] {{1, 0}, {0, 0}}));
        Map<String, String> p = new HashMap<>(Map.of("x", "payoff[2][1]:0:2:21", "y", "payoff[1][2]:-1:1:21",
                "metric", "region", "refine", "false"));
        PhaseDiagram full = sweep(g, p);
        // T = x, S = y
        assertEquals(TwoByTwoRegions.STAG_HUNT, (int) full.value(2, 2)); // T = 0.2, S = -0.8
        assertEquals(TwoByTwoRegions.PD, (int) full.value(18, 2)); // T = 1.8, S = -0.8
        assertEquals(TwoByTwoRegions.CHICKEN, (int) full.value(18, 18)); // T = 1.8, S = 0.8
        assertEquals(TwoByTwoRegions.DOMINANCE, (int) full.value(2, 18)); // harmony
        for (int j = 0; j < 21; j++) {
            for (int i = 0; i < 21; i++) {
                double t = full.x().value(i);
                double s = full.y().value(j);
                boolean tie = t == 1 || s == 0;
                assertEquals(tie, full.value(i, j) == TwoByTwoRegions.TIE, "tie label at T=" + t + ", S=" + s);
                if (i + 1 < 21 && !tie && full.value(i + 1, j) != TwoByTwoRegions.TIE
                        && full.value(i, j) != full.value(i + 1, j)) {
                    assertTrue(t < 1 && full.x().value(i + 1) > 1, "boundary between T=" + t + " and its neighbour");
                }
                if (j + 1 < 21 && !tie && full.value(i, j + 1) != TwoByTwoRegions.TIE
                        && full.value(i, j) != full.value(i, j + 1)) {
                    assertTrue(s < 0 && full.y().value(j + 1) > 0, "boundary between S=" + s + " and its neighbour");
                }
            }
        }
        assertTrue(full.toCsv().startsWith("x,y,value,seeds\n0,-1,stag hunt,1\n"), full.toCsv().substring(0, 60));
    }

    @Test
    void refinementNeverChangesAFinalCellAndComputesFewerCells() {
        GameSpec g = GameSpec.of("ts", NormalFormGame.symmetric(new long[][] {{1, 0}, {0, 0}}));
        RunSpec spec = CATALOG.spec("sweep", Map.of("x", "payoff[2][1]:0.05:2.05:65", "y", "payoff[1][2]:-1.05:0.95:65",
                "metric", "region", "chunk", "50"), g, 0, new Limits(10_000_000, 1, 0));
        List<Snapshot> seen = new ArrayList<>();
        RunHandle h = RunExecutor.synchronous().start(spec, new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                seen.add(s);
            }
        });
        assertEquals(RunStatus.COMPLETED, h.status());
        assertTrue(seen.size() > 5, "streams the stages: " + seen.size());
        SweepExperiment e = (SweepExperiment) spec.experiment();
        Map<Integer, Double> fixed = new HashMap<>();
        for (Snapshot s : seen) {
            PhaseDiagram d = e.diagram(s);
            for (int j = 0; j < 65; j++) {
                for (int i = 0; i < 65; i++) {
                    if (d.isComputed(i, j)) {
                        Double before = fixed.putIfAbsent(j * 65 + i, d.value(i, j));
                        if (before != null) {
                            assertEquals(before, d.value(i, j), "cell " + i + "," + j + " changed at step " + s.step());
                        }
                    }
                }
            }
        }
        PhaseDiagram refined = e.diagram(seen.get(seen.size() - 1));
        assertTrue(refined.computedCount() < 65 * 65 / 2, "refinement computed " + refined.computedCount());
        // here the regions are quadrants, so the refined map equals the full one
        PhaseDiagram full = sweep(g, Map.of("x", "payoff[2][1]:0.05:2.05:65", "y", "payoff[1][2]:-1.05:0.95:65",
                "metric", "region", "refine", "false"));
        for (int j = 0; j < 65; j++) {
            for (int i = 0; i < 65; i++) {
                assertEquals(full.value(i, j), refined.value(i, j), "cell " + i + "," + j);
            }
        }
    }

    @Test
    void theFirstStepIsASmallWholePictureAndOnlyReordersLevelZero() {
        // a 33 × 33 map: level 0 is the 9 × 9 lattice of stride 4; the preview its 5 × 5 sub-lattice of stride 8
        CellFunction f = (xs, ys, seeds) -> {
            double[] r = new double[xs.length];
            for (int k = 0; k < r.length; k++) {
                r[k] = xs[k] * xs[k] + 3 * ys[k] > 1.3 ? 1 : 0;
            }
            return r;
        };
        SweepMetric m = SweepMetric.categorical("side", "side", List.of("below", "above"));
        List<double[]> batches = new ArrayList<>();
        CellFunction counting = (xs, ys, seeds) -> {
            batches.add(xs.clone());
            return f.evaluate(xs, ys, seeds);
        };
        SweepEngine e = new SweepEngine(Axis.parse("a:0:1:33"), Axis.parse("b:0:1:33"), m, counting, 1, true, 0, 64,
                CellCache.inMemory());
        assertEquals(25, e.previewCells());
        SweepEngine.State st = e.step(e.start(7));
        assertEquals(List.of(25), batches.stream().map(b -> b.length).toList(), "the first step is the preview alone");
        assertEquals(25, st.computedCount());
        double[] v = st.values();
        boolean[] c = st.computed();
        for (int j = 0; j < 33; j++) {
            for (int i = 0; i < 33; i++) {
                assertEquals(i % 8 == 0 && j % 8 == 0, c[j * 33 + i], "computed " + i + "," + j);
                assertTrue(!Double.isNaN(v[j * 33 + i]), "a whole picture: cell " + i + "," + j + " has a value");
                // the value of the nearest preview point (ties to the lower one)
                int pi = 8 * ((i + 3) / 8);
                int pj = 8 * ((j + 3) / 8);
                assertEquals(v[pj * 33 + pi], v[j * 33 + i], "cell " + i + "," + j);
            }
        }
        while (!st.finished()) {
            st = e.step(st);
        }
        // level 0 is then completed (81 cells in all) and the map is what the unordered engine computes:
        // every computed cell is the function's value, as without the preview
        assertEquals(81, batches.stream().limit(2).mapToInt(b -> b.length).sum());
        double[] fin = st.values();
        boolean[] done = st.computed();
        double[] xs = Axis.parse("a:0:1:33").values();
        for (int j = 0; j < 33; j++) {
            for (int i = 0; i < 33; i++) {
                if (done[j * 33 + i]) {
                    assertEquals(f.evaluate(new double[] {xs[i]}, new double[] {xs[j]}, new long[] {7})[0],
                            fin[j * 33 + i], 0);
                }
            }
        }
        // no preview when level 0 is already that coarse (5 × 5); a 9 × 9 map, all of it level 0, shows its 5 × 5 first
        assertEquals(0, new SweepEngine(Axis.parse("a:0:1:5"), Axis.parse("b:0:1:5"), m, f, 1, true, 0, 64,
                CellCache.inMemory()).previewCells());
        assertEquals(25, new SweepEngine(Axis.parse("a:0:1:9"), Axis.parse("b:0:1:9"), m, f, 1, true, 0, 64,
                CellCache.inMemory()).previewCells());
    }

    @Test
    void aSweepCellEqualsTheSingleRunBitForBit() {
        GameSpec mp = catalogGame("matching-pennies");
        RunSpec spec = CATALOG.spec("sweep", Map.of("x", "payoff[1][1][1]:0.5:2.5:3", "y", "eta:0.05:0.4:3",
                "method", "hedge", "metric", "nash_conv", "steps", "40", "refine", "false"), mp, 5, TO_END);
        RunHandle h = RunExecutor.synchronous().start(spec);
        assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
        PhaseDiagram d = ((SweepExperiment) spec.experiment()).diagram(h.record().last());
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                NormalFormGame g = mp.game().withPayoff(0, new int[] {0, 0}, Rational.valueOf(d.x().value(i)));
                RunSpec single = CATALOG.spec("hedge", Map.of("eta", Double.toString(d.y().value(j))),
                        GameSpec.of("matching-pennies", g), 5, new Limits(40, 40, 0));
                RunHandle r = RunExecutor.synchronous().start(single);
                double v = r.record().last().metric("nash_conv");
                assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(d.value(i, j)),
                        "cell " + i + "," + j + ": " + v + " vs " + d.value(i, j));
            }
        }
    }

    /** Coordination game [[a, 0], [0, b]]: the basin of (1, 1) is {x₁ > b/(a+b)}, share a/(a+b). */
    @Test
    void replicatorBasinShareEqualsTheExactShareFromTheMixedEquilibrium() {
        GameSpec g = GameSpec.of("coordination", NormalFormGame.symmetric(new long[][] {{2, 0}, {0, 1}}));
        int k = 100;
        PhaseDiagram d = sweep(g, Map.of("x", "payoff[1][1]:1:4:4", "y", "payoff[2][2]:1:4:4", "method", "replicator",
                "metric", "basin", "starts", Integer.toString(k), "horizon", "40", "set", "dt=0.05", "refine", "false"));
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                double a = d.x().value(i);
                double b = d.y().value(j);
                assertEquals(a / (a + b), d.value(i, j), 1.0 / k, "a=" + a + ", b=" + b);
            }
        }
    }

    @Test
    void aResumedOrWidenedSweepRecomputesNoCachedCell(@TempDir Path dir) {
        AtomicInteger evaluated = new AtomicInteger();
        CellFunction f = (xs, ys, seed) -> {
            evaluated.addAndGet(xs.length);
            double[] v = new double[xs.length];
            for (int k = 0; k < xs.length; k++) {
                v[k] = xs[k] * xs[k] + ys[k] > 1 ? 1 : 0;
            }
            return v;
        };
        SweepMetric m = SweepMetric.categorical("side", "side", List.of("in", "out"));
        Axis x = Axis.parse("a:0:2:33");
        Axis y = Axis.parse("b:0:2:33");
        SweepEngine e1 = new SweepEngine(x, y, m, f, 2, true, 0, 40, CellCache.onDisk(dir, "k1"));
        SweepEngine.State s = e1.start(7);
        // stop half-way (a cancelled run), then resume with a fresh cache read from disk
        for (int i = 0; i < 3; i++) {
            s = e1.step(s);
        }
        int before = evaluated.get();
        assertTrue(before > 0);
        SweepEngine e2 = new SweepEngine(x, y, m, f, 2, true, 0, 40, CellCache.onDisk(dir, "k1"));
        SweepEngine.State t = e2.start(7);
        for (int i = 0; i < 3; i++) {
            t = e2.step(t);
        }
        assertEquals(before, evaluated.get(), "the resumed sweep recomputed cached cells");
        while (!t.finished()) {
            t = e2.step(t);
        }
        int all = evaluated.get();
        // the same sweep again: nothing computed
        SweepEngine e3 = new SweepEngine(x, y, m, f, 2, true, 0, 40, CellCache.onDisk(dir, "k1"));
        SweepEngine.State u = e3.start(7);
        while (!u.finished()) {
            u = e3.step(u);
        }
        assertEquals(all, evaluated.get());
        assertTrue(e3.cache().hits() > 0);
        // widened to the right on the same spacing: only the new cells are computed
        SweepEngine e4 = new SweepEngine(Axis.parse("a:0:2.5:41"), y, m, f, 2, false, 0, 40,
                CellCache.onDisk(dir, "k1"));
        SweepEngine.State w = e4.start(7);
        while (!w.finished()) {
            w = e4.step(w);
        }
        int computedBefore = e3.diagram(u).computedCount();
        assertEquals(2 * (41 * 33 - computedBefore), evaluated.get() - all, "widening computed more than the new cells");
        assertEquals(u.values()[5 * 33 + 3], w.values()[5 * 41 + 3]);
    }

    @Test
    void cancelStopsBeforeTheNextCellAndACheckpointResumesExactly() {
        AtomicInteger evaluated = new AtomicInteger();
        CellFunction f = (xs, ys, seed) -> {
            evaluated.addAndGet(xs.length);
            return new double[xs.length];
        };
        SweepEngine e = new SweepEngine(Axis.parse("a:0:1:9"), Axis.parse("b:0:1:9"), SweepMetric.continuous("z", "z"),
                f, 1, false, 0, 10, CellCache.inMemory());
        SweepEngine.State s = e.step(e.start(0));
        int n = evaluated.get();
        Thread.currentThread().interrupt();
        SweepEngine.State s1 = s;
        try {
            assertThrows(CancellationException.class, () -> e.step(s1));
        } finally {
            Thread.interrupted();
        }
        assertEquals(n, evaluated.get(), "a cell was computed after the cancel");
        // through the run pipeline: cancel at the first snapshot, nothing runs after it
        GameSpec g = catalogGame("stag-hunt");
        RunSpec spec = CATALOG.spec("sweep", Map.of("metric", "equilibria", "chunk", "1"), g, 0, new Limits(10_000, 1, 0));
        RunHandle h = RunExecutor.synchronous().start(spec, new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot snap) {
                run.cancel();
            }
        });
        assertEquals(RunStatus.CANCELLED, h.status());
        assertEquals(0, h.step());
        // checkpoint round trip
        SweepExperiment x = (SweepExperiment) spec.experiment();
        var st = x.step(x.step(x.start(3)));
        var back = x.load(x.save(st));
        assertEquals(x.observe(st, 2), x.observe(back, 2));
        assertEquals(x.observe(x.step(st), 3), x.observe(x.step(back), 3));
    }

    @Test
    void badInputIsRefusedWithOneClearLineBeforeAnythingRuns() {
        GameSpec g = catalogGame("stag-hunt");
        assertRefused(g, Map.of("x", "gamma:0:1:5"), "unknown parameter \"gamma\"");
        assertRefused(g, Map.of("metric", "nonsense"), "unknown metric \"nonsense\"");
        assertRefused(g, Map.of("x", "mutation:0:1:5:log"), "a log range needs lo > 0");
        assertRefused(g, Map.of("x", "mutation:-1:1:5:log"), "a log range needs lo > 0");
        assertRefused(g, Map.of("x", "mutation:0.1:0.1:5:log"), "need lo ≠ hi");
        assertRefused(g, Map.of("x", "payoff[1][1][1]:0:1:2000", "y", "payoff[1][2][2]:0:1:2001"), "x");
        assertRefused(g, Map.of("x", "payoff[1][1][1]:0:1:2000", "y", "payoff[1][2][2]:0:1:2000", "metric", "region",
                "seeds", "1"), null);
        assertRefused(g, Map.of("metric", "basin", "method", "fp"), "does not fit method fp");
        assertRefused(g, Map.of("x", "payoff[3][1][1]:0:1:5"), "player 3");
        assertThrows(IllegalArgumentException.class, () -> new SweepEngine(Axis.parse("a:0:1:2000"),
                Axis.parse("b:0:1:2001"), SweepMetric.continuous("z", "z"), (xs, ys, s) -> xs, 1, true, 0, 1,
                CellCache.inMemory()));
    }

    private static void assertRefused(GameSpec g, Map<String, String> p, String text) {
        if (text == null) {
            // a legal 4,000,000-cell sweep is accepted (nothing runs at construction)
            CATALOG.spec("sweep", p, g, 0, TO_END);
            return;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.spec("sweep", p, g, 0, TO_END), p.toString());
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
