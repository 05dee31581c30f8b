package org.gtlab.coopetition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gtlab.coopetition.phase.CoopetitionMap;
import org.gtlab.coopetition.tr3.WelfareMode;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.gtlab.sweep.CoopetitionMapCells;
import org.gtlab.sweep.PhaseDiagram;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 13 maps of spec §8 (17 panels) as sweeps: a {@code coop-map} run through the sweep engine gives,
 * cell by cell, the map's per-cell function at the axis values, and the spec's map cells (T-43) come
 * out of the sweep grid.
 */
class CoopetitionMapSweepTest {

    private static final MethodCatalog CATALOG = StandardMethods.catalog();

    private static PhaseDiagram sweep(Map<String, String> params) {
        RunSpec spec = CATALOG.spec("coop-map", params, null, 0, new Limits(100_000, 1, 0));
        RunHandle h = RunExecutor.synchronous().start(spec);
        assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
        return ((SweepExperiment) spec.experiment()).diagram(h.record().last());
    }

    @Test
    void everySpecMapIsRegistered() {
        List<String> ids = CoopetitionMapCells.ids();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8-power", "8-log", "9-asymmetry", "9-share",
                "10-action", "10-utility", "11-log", "11-power", "12", "13"), ids);
    }

    @TestFactory
    Stream<DynamicTest> sweepCellsEqualThePerCellFunction() {
        return CoopetitionMapCells.ids().stream().map(id -> DynamicTest.dynamicTest("map " + id, () -> {
            PhaseDiagram d = sweep(Map.of("map", id, "nx", "5", "ny", "4", "refine", "false"));
            CoopetitionMap m = CoopetitionMapCells.map(id, WelfareMode.SUMMED);
            assertEquals(5, d.x().n());
            assertEquals(4, d.y().n());
            assertEquals(m.x().name(), d.x().name());
            assertEquals(20, d.computedCount());
            int[][] probe = {{0, 0}, {4, 3}, {2, 1}, {1, 2}};
            for (int[] p : probe) {
                double x = d.x().value(p[0]);
                double y = d.y().value(p[1]);
                double want = m.cell().at(x, y);
                assertTrue(Double.isFinite(want), id + " at " + x + ", " + y);
                assertEquals(want, d.value(p[0], p[1]), 1e-12 * Math.max(1, Math.abs(want)),
                        "map " + id + " at (" + x + ", " + y + ")");
            }
        }));
    }

    @Test
    void theSpecCellsOfT43ComeOutOfTheSweepGrid() {
        // map 1: θ 0…1 (11 cells), n 2…12 (11 cells) → cell (θ 0.9, n 5) = 3.6160
        PhaseDiagram m1 = sweep(Map.of("map", "1", "nx", "11", "ny", "11"));
        assertEquals(0.9, m1.x().value(9), 1e-12);
        assertEquals(5, m1.y().value(3), 1e-12);
        assertEquals(3.6160, m1.value(9, 3), 1e-4);
        // map 2: β 0.3…0.8 (11 cells), n 2…12 → cell (β 0.55, n 4) = 15.04
        PhaseDiagram m2 = sweep(Map.of("map", "2", "nx", "11", "ny", "11"));
        assertEquals(0.55, m2.x().value(5), 1e-12);
        assertEquals(15.04, m2.value(5, 2), 0.005);
        // map 8 (log): γ 0…1, D 0…1 (21 cells) → cell (γ 0.65, D 0.5) = 100 (25.446281 − 19)/19 = 33.93 %
        PhaseDiagram m8 = sweep(Map.of("map", "8-log", "nx", "21", "ny", "21"));
        assertEquals(0.65, m8.x().value(13), 1e-12);
        assertEquals(100 * (25.446281 - 19) / 19, m8.value(13, 10), 0.01);
        // the averaged welfare mode changes the TR-3 maps: map 2 is then flat in n (spec §4.6)
        PhaseDiagram avg = sweep(Map.of("map", "2", "nx", "11", "ny", "11", "welfare", "averaged"));
        assertEquals(avg.value(5, 2), avg.value(5, 8), 1e-9);
        assertTrue(Math.abs(m2.value(5, 2) - m2.value(5, 8)) > 1);
    }

    @Test
    void anUnknownMapIsRefusedNamingTheKnownOnes() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CATALOG.spec("coop-map", Map.of("map", "14"), null, 0, null));
        assertTrue(e.getMessage().contains("map") && e.getMessage().contains("8-log"), e.getMessage());
    }
}
