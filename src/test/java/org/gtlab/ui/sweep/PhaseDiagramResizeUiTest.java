package org.gtlab.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.workspace.LabContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Phase diagram view's map follows its pane: coopetition map 1 (log colour scale) drawn in a
 * 1280 × 800 window and again at 760 × 520; at both sizes hovering the centre of a cell reads that
 * cell, the axis strips match the map, and the legend shows the logarithmic colour bar.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PhaseDiagramResizeUiTest {

    private PhaseDiagramView view;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        RunExecutor runs = RunExecutor.synchronous();
        view = (PhaseDiagramView) new PhaseDiagramLab().open(new LabContext(() -> runs, StandardMethods.catalog(),
                new DirectExecutor(), () -> null, new SimpleObjectProperty<>(ChartStyle.paper())));
        s.setScene(new Scene(view, 1280, 800));
        s.show();
    }

    private static Point2D cellCentre(FxRobot robot, Canvas c, int i, int j, int nx, int ny) {
        Point2D[] p = new Point2D[1];
        robot.interact(() -> p[0] = c.localToScreen((i + 0.5) * c.getWidth() / nx,
                c.getHeight() - (j + 0.5) * c.getHeight() / ny));
        return p[0];
    }

    private String hoverAt(FxRobot robot, Canvas c, int i, int j, int nx, int ny) {
        robot.moveTo(cellCentre(robot, c, i, j, nx, ny));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#sweepHover").queryAs(Label.class).getText();
    }

    @Test
    void theMapGrowsAndShrinksWithItsPaneAndHoverStaysOnTheCell(FxRobot robot) {
        robot.interact(() -> {
            view.model().metricProperty().set("1");
            view.model().xProperty().set("θ:0:1:21");
        });
        robot.clickOn("#sweepStart");
        robot.interact(() -> view.model().poll());
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        PhaseDiagramViewModel.Frame f = view.model().frame();
        assertNotNull(f, view.model().statusProperty().get());
        assertTrue(f.log(), "map 1 is drawn on its log colour scale");
        int nx = f.nx();
        int ny = f.ny();
        assertEquals(21, nx);
        assertEquals(11, ny);
        Canvas canvas = robot.lookup("#sweepCanvas").queryAs(Canvas.class);
        Canvas xAxis = robot.lookup("#sweepXAxis").queryAs(Canvas.class);
        double bigW = canvas.getWidth();
        double bigH = canvas.getHeight();
        assertTrue(bigW > 700 && bigH > 450, "the map fills the 1280 × 800 window: " + bigW + " × " + bigH);
        assertEquals(bigW, xAxis.getWidth() - 10, 1e-9, "the x-axis strip spans the map");
        assertEquals(view.model().describe(3, 4), hoverAt(robot, canvas, 3, 4, nx, ny));
        assertEquals(view.model().describe(20, 10), hoverAt(robot, canvas, 20, 10, nx, ny));
        String min = robot.lookup("#sweepLegendMin").queryAs(Label.class).getText();
        assertTrue(min.endsWith("(log scale)"), min);
        assertNotNull(robot.lookup("#sweepColourBar").query());

        robot.interact(() -> {
            stage.setWidth(760);
            stage.setHeight(520);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double smallW = canvas.getWidth();
        double smallH = canvas.getHeight();
        assertTrue(smallW < bigW - 300 && smallH < bigH - 150, "the map shrinks: " + smallW + " × " + smallH);
        assertEquals(smallW, xAxis.getWidth() - 10, 1e-9);
        assertEquals(view.model().describe(17, 9), hoverAt(robot, canvas, 17, 9, nx, ny));
        assertEquals(view.model().describe(0, 0), hoverAt(robot, canvas, 0, 0, nx, ny));
        assertTrue(view.model().describe(17, 9).startsWith("θ = 0.85, n = 11: "), view.model().describe(17, 9));
    }
}
