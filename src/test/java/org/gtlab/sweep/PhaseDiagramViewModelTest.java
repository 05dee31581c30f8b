package org.gtlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtlab.game.GameCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.sweep.PhaseDiagramViewModel;
import org.junit.jupiter.api.Test;

/** The Phase diagram view model on the synchronous executor (no screen). */
class PhaseDiagramViewModelTest {

    @Test
    void listsComeFromTheDeclaredParametersAndASweepFillsTheMap() {
        PhaseDiagramViewModel vm = new PhaseDiagramViewModel(StandardMethods.catalog(), RunExecutor.synchronous(),
                GameCatalog.get("stag-hunt").game(), "stag-hunt");
        assertTrue(vm.parameters().contains("payoff[1][2][1]"), vm.parameters().toString());
        assertTrue(vm.parameters().contains("mutation"), vm.parameters().toString());
        assertTrue(vm.metrics().containsAll(java.util.List.of("equilibria", "region", "outcome", "basin")));
        assertFalse(vm.methods().contains("sweep"));
        vm.xProperty().set("payoff[1][2][1]:0:6:7");
        vm.yProperty().set("payoff[2][1][2]:0:6:7");
        vm.metricProperty().set("region");
        assertTrue(vm.start(), vm.statusProperty().get());
        vm.poll();
        PhaseDiagram d = vm.latest();
        assertNotNull(d);
        assertEquals(49, d.computedCount());
        assertTrue(vm.statusProperty().get().startsWith("100%"), vm.statusProperty().get());
        assertFalse(vm.runningProperty().get());
        // the stag hunt itself (T = 3, P = 3 there) is in the stag-hunt region
        assertEquals(TwoByTwoRegions.STAG_HUNT, (int) d.value(3, 3));
        vm.metricProperty().set("nonsense");
        assertFalse(vm.start());
        assertTrue(vm.statusProperty().get().contains("unknown metric"), vm.statusProperty().get());
    }

    @Test
    void clickingACellOpensItsRunWithTheCellsParametersAndTheFrameIsPlainData() {
        PhaseDiagramViewModel vm = new PhaseDiagramViewModel(StandardMethods.catalog(), RunExecutor.synchronous(),
                GameCatalog.get("stag-hunt").game(), "stag-hunt");
        java.util.List<org.gtlab.run.RunSpec> opened = new java.util.ArrayList<>();
        assertEquals(null, vm.openCell(0, 0), "nothing to open before a sweep");
        vm.setOpenRun(opened::add);
        vm.xProperty().set("payoff[1][2][1]:0:6:7");
        vm.yProperty().set("payoff[2][1][2]:0:6:7");
        vm.metricProperty().set("outcome");
        vm.methodProperty().set("replicator");
        assertTrue(vm.start(), vm.statusProperty().get());
        vm.poll();
        assertTrue(vm.firstPictureMillis() >= 0, "the coarse picture arrived");
        org.gtlab.run.RunSpec r = vm.openCell(2, 5);
        assertEquals(java.util.List.of(r), opened);
        assertEquals("replicator", r.method());
        // the cell's game: payoff[1][2][1] = 2, payoff[2][1][2] = 5 (x_2 and y_5 of 0 … 6)
        assertEquals(2.0, r.game().game().payoffDouble(0, 1, 0), 0);
        assertEquals(5.0, r.game().game().payoffDouble(1, 0, 1), 0);
        PhaseDiagramViewModel.Frame f = vm.frame();
        assertEquals(7, f.nx());
        assertTrue(f.categorical());
        assertEquals(java.util.List.of((int) f.value(2, 5)), f.present().subList(f.present().indexOf((int) f.value(2, 5)), f.present().indexOf((int) f.value(2, 5)) + 1));
        assertEquals(vm.latest().value(2, 5), f.value(2, 5), 0);
        // the stag hunt's own entries (T = 3, P = 3) are ringed at the middle of both axes
        assertEquals(0.5, f.marker()[0], 1e-12);
        assertEquals(0.5, f.marker()[1], 1e-12);
        assertTrue(vm.describe(2, 5).startsWith("payoff[1][2][1] = 2, payoff[2][1][2] = 5: "), vm.describe(2, 5));
    }
}
