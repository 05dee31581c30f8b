package org.gtlab.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.app.StandardLabs;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.LabRoom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Lab ▸ Open lab ▸ Phase diagram without a game document (synchronous executor): the method list
 * offers the game-less map methods, a coopetition map fills in on Start with its contours and band,
 * hover reads a cell, and the export carries the overlay layer and its recipe.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PhaseDiagramLabUiTest {

    @TempDir
    Path dir;

    private PhaseDiagramView view;

    @Start
    void start(Stage stage) {
        LabRoom room = StandardLabs.all().stream().filter(r -> r.id().equals("phase-diagram")).findFirst()
                .orElseThrow(() -> new AssertionError("the Phase diagram lab is not registered"));
        RunExecutor runs = RunExecutor.synchronous();
        view = (PhaseDiagramView) room.open(new LabContext(() -> runs, StandardMethods.catalog(), new DirectExecutor(),
                () -> null, new SimpleObjectProperty<>(ChartStyle.paper())));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoopetitionMapFillsInWithItsOverlaysAndExports(FxRobot robot) throws Exception {
        ComboBox<String> method = robot.lookup("#sweepMethod").queryAs(ComboBox.class);
        ComboBox<String> metric = robot.lookup("#sweepMetric").queryAs(ComboBox.class);
        robot.interact(() -> {
            assertTrue(method.getItems().containsAll(java.util.List.of("coop-map", "brg-phase")), method.getItems()
                    .toString());
            assertEquals("coop-map", method.getValue());
            assertEquals(17, metric.getItems().size());
            metric.setValue("2");
            assertEquals("β:0.3:0.8:64", view.model().xProperty().get());
            view.model().xProperty().set("β:0.3:0.8:26");
        });
        robot.clickOn("#sweepStart");
        robot.interact(() -> {
            view.model().poll();
            PhaseDiagramViewModel.Frame f = view.model().frame();
            assertNotNull(f, view.model().statusProperty().get());
            assertEquals(26, f.nx());
            assertEquals(11, f.ny());
            assertEquals(java.util.List.of("2.0", "15.04"), f.overlays().stream().map(o -> o.label()).toList());
            assertTrue(f.overlays().get(1).segmentCount() > 0, "the 15.04 contour crosses map 2");
            assertFalse(view.model().runningProperty().get());
            // T-43 map 2 cell (β 0.55, n 4) = 15.04: β = 0.3 + 0.02·k, k = 12.5 is between two cells,
            // so read the hover text of a computed cell instead
            String hover = view.model().describe(0, 0);
            assertTrue(hover.startsWith("β = 0.3, n = 2: "), hover);
        });
        Path png = dir.resolve("map2.png");
        Path tex = dir.resolve("map2.tex");
        robot.interact(() -> {
            try {
                Recipe r = Recipe.sweep(view.model().spec(), "map 2", view.model().overlays());
                Exporter.write(new Exporter.Request(view.model().exportChart("map 2"), ExportFormat.PNG,
                        ExportSize.PAPER_WIDE, 100, true, ChartStyle.paper()), png, r);
                Exporter.write(new Exporter.Request(view.model().exportChart("map 2"), ExportFormat.LATEX,
                        ExportSize.PAPER_WIDE, 100, true, ChartStyle.paper()), tex, r);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(Files.size(png) > 1000);
        assertTrue(Files.readString(tex).contains("% overlay: isoline 15.04"));
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".json") && read(p).contains("\"overlays\"")),
                    "the recipe beside the export keeps the overlay layer");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
