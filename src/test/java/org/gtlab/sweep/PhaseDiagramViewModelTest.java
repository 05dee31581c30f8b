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
}
