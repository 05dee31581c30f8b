package org.gtlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.coopetition.phase.CoopetitionMap;
import org.gtlab.coopetition.tr3.WelfareMode;
import org.gtlab.game.GameCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.sweep.PhaseDiagramViewModel;
import org.junit.jupiter.api.Test;

/**
 * The Phase diagram view model without a game (issue 12 §8 / issue 9): it offers the game-less map
 * methods ({@code coop-map} with its map ids, {@code brg-phase}) with their declared axes, runs them on
 * the one executor and hands the view the map's overlay layer.
 */
class GamelessPhaseDiagramTest {

    @Test
    void withoutAGameTheMapMethodsAreOfferedWithTheirDeclaredAxes() {
        PhaseDiagramViewModel vm = new PhaseDiagramViewModel(StandardMethods.catalog(), RunExecutor.synchronous(), null,
                "");
        assertEquals(List.of("coop-map", "brg-phase"), vm.methods().stream().filter(vm::isMapMethod).toList());
        assertEquals(vm.methods(), vm.mapMethods(), "no game: only game-less map methods");
        assertEquals("coop-map", vm.methodProperty().get(), "the first map method is chosen");
        assertEquals(CoopetitionMapCells.ids(), vm.metrics(), "coop-map's metrics are its 17 panels");
        vm.metricProperty().set("8-log");
        assertEquals("γ:0:1:64", vm.xProperty().get());
        assertEquals("D:0:1:64", vm.yProperty().get());
        assertEquals(List.of("γ:0:1:64", "D:0:1:64"), vm.parameters());
        vm.metricProperty().set("1");
        assertEquals("n:2:12:11:int", vm.yProperty().get(), "team size is an integer axis with one cell per n");
        vm.methodProperty().set("brg-phase");
        assertEquals(List.of("advantage"), vm.metrics());
        assertEquals("advantage", vm.metricProperty().get());
        // the axes carry the declared values L and d (not their indices 0…4, 0…5)
        assertEquals("L:10:500:5:list(10;50;100;200;500)", vm.xProperty().get());
        assertEquals("d:5:75:6:list(5;10;20;30;50;75)", vm.yProperty().get());
    }

    @Test
    void aCoopetitionMapFillsInWithItsCellsAndOverlays() {
        PhaseDiagramViewModel vm = new PhaseDiagramViewModel(StandardMethods.catalog(), RunExecutor.synchronous(), null,
                "");
        vm.metricProperty().set("8-log");
        vm.xProperty().set("γ:0:1:21");
        vm.yProperty().set("D:0:1:21");
        assertTrue(vm.start(), vm.statusProperty().get());
        vm.poll();
        PhaseDiagram d = vm.latest();
        assertNotNull(d);
        assertEquals(21, d.x().n());
        assertEquals(21 * 21, d.computedCount());
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("100%"), vm.statusProperty().get());
        // T-43 map 8 cell: (γ 0.65, D 0.5) = 100·(25.446281 − 19)/19 = 33.93 %
        assertEquals(0.65, d.x().value(13), 1e-12);
        assertEquals(0.5, d.y().value(10), 1e-12);
        assertEquals(33.93, d.value(13, 10), 0.01);
        CoopetitionMap m = CoopetitionMapCells.map("8-log", WelfareMode.SUMMED);
        assertEquals(m.cell().at(d.x().value(4), d.y().value(17)), d.value(4, 17), 0, "cells = per-cell function");
        PhaseDiagramViewModel.Frame f = vm.frame();
        assertEquals(List.of("historical 15–50 % band", "15 %", "50 %"),
                f.overlays().stream().map(HeatMapChart.Overlay::label).toList());
        assertTrue(f.overlays().get(1).segmentCount() > 10, "the 15 % contour is on screen");
        HeatMapChart chart = vm.exportChart("map 8");
        assertEquals(3, chart.overlays().size(), "exports carry the same layer");
        assertEquals(3, vm.overlays().size());
        assertNull(vm.cellSpec(3, 3), "a map cell has no single run of a game behind it");
        vm.metricProperty().set("99");
        assertFalse(vm.start());
        assertTrue(vm.statusProperty().get().contains("map"), vm.statusProperty().get());
    }

    @Test
    void aGameDocumentStillListsItsOwnMethodsFirstAndTheMapMethodsAfter() {
        PhaseDiagramViewModel vm = new PhaseDiagramViewModel(StandardMethods.catalog(), RunExecutor.synchronous(),
                GameCatalog.get("stag-hunt").game(), "stag-hunt");
        List<String> methods = vm.methods();
        assertEquals("replicator", vm.methodProperty().get(), "a game document keeps its default method");
        assertTrue(methods.indexOf("replicator") < methods.indexOf("coop-map"), methods.toString());
        assertTrue(methods.contains("brg-phase"));
        assertTrue(vm.metrics().contains("equilibria"));
    }
}
