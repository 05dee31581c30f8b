package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.coopetition.phase.CoopetitionMap;
import org.gtlab.coopetition.phase.CoopetitionMaps;
import org.gtlab.coopetition.tr3.WelfareMode;
import org.gtlab.sweep.CoopetitionMapCells;
import org.junit.jupiter.api.Test;

/**
 * {@code gtlab bench coopetition} prints the three issue-12 speed items (no assertion on times: the
 * build machine is shared) and its map equals the per-cell function; the parallel grid equals the
 * sequential one exactly.
 */
class BenchCoopetitionCommandTest {

    @Test
    void printsTheThreeItemsAndTheMapMatchesThePerCellFunction() {
        CliTest.Run r = CliTest.run("bench", "coopetition", "--size", "12", "--repeats", "1", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("item\tmedian ms\ttarget ms\tverdict", lines.get(0));
        assertTrue(lines.get(1).startsWith("TR-3 sweep, 3125 configurations, six targets\t"), lines.get(1));
        assertTrue(lines.get(2).startsWith("TR-1 Monte Carlo, 500 trials x 2 specifications\t"), lines.get(2));
        assertTrue(lines.get(3).startsWith("TR-1 map 8-log, 12x12, 2 threads\t"), lines.get(3));
        assertTrue(r.out().contains("max |difference| 0 over 64 sampled cells")
                || r.out().contains("max |difference| 0.00 over 64 sampled cells"), r.out());
        assertTrue(CliTest.run("bench", "coopetition", "--size", "1").code() != 0, "a 1-cell map is refused");
    }

    @Test
    void theParallelGridEqualsTheSequentialOne() {
        CoopetitionMap m = CoopetitionMaps.byId("9-share", WelfareMode.SUMMED);
        try (org.gtlab.compute.Workers w = new org.gtlab.compute.Workers(2, "test")) {
            double[][] a = m.grid(9, 7, w);
            double[][] b = m.grid(9, 7);
            for (int j = 0; j < 7; j++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(b[j], a[j], 0);
            }
        }
        assertEquals(256, CoopetitionMapCells.chunk(100));
        assertEquals(2048, CoopetitionMapCells.chunk(256 * 256), "a 256² map in 32 steps");
    }
}
