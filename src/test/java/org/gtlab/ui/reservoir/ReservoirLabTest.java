package org.gtlab.ui.reservoir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.RunRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The BRG lab view: choosing the live match with a preset runs it on the (synchronous) run executor, the run
 * appears in the shared run list, the four live charts (a(t), D(t), ρ̂, α(t)) come from the figure room, a chart
 * exports with its recipe, and a bad experiment input is refused in the status line. With GTLAB_SHOTS=DIR the
 * window is photographed.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReservoirLabTest {

    private Stage stage;
    private ReservoirLab.View view;

    @Start
    void start(Stage s) {
        stage = s;
        LabContext ctx = new LabContext(RunExecutor::synchronous, StandardMethods.catalog(), new DirectExecutor(),
                () -> null, new SimpleObjectProperty<>(ChartStyle.paper()));
        view = (ReservoirLab.View) new ReservoirLab().open(ctx);
        s.setScene(new Scene(view, 1240, 760));
        s.show();
    }

    @org.junit.jupiter.api.AfterEach
    void closeView() throws Exception {
        // stop the view's animation timers so views of earlier tests do not load the FX thread of later ones
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> view.close());
    }

    @Test
    void theLiveMatchRunsChartsAndExports(@TempDir Path dir) throws Exception {
        RunRow[] row = new RunRow[1];
        WaitForAsyncUtils.waitForAsyncFx(120_000, () -> {
            view.choose("brg-exp6", "perturbation");
            row[0] = view.start();
        });
        assertNotNull(row[0], view.statusLabel().getText());
        assertEquals(RunStatus.COMPLETED, row[0].currentStatus(), view.statusLabel().getText());
        assertEquals(1, view.runs().rows().size());
        assertEquals(1, view.runListView().rowViews().size(), "the run shows in the shared RunListView");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> view.refresh());
        assertEquals(4, view.charts().size());
        for (XYChart c : view.charts()) {
            assertTrue(c.series().get(0).size() > 10, c.title());
        }
        assertTrue(view.statusLine().endsWith(RunRow.statusText(RunStatus.COMPLETED)), view.statusLine());
        Path png = dir.resolve("alpha.png");
        Path recipe = view.export(3, png);
        assertTrue(Files.size(png) > 1000);
        assertTrue(Files.readString(recipe).contains("brg-exp6"));
        shot("brg-lab");
    }

    @Test
    void thePhaseDiagramIsDrawnAsAHeatMapFromTheSweep() throws Exception {
        RunRow[] row = new RunRow[1];
        WaitForAsyncUtils.waitForAsyncFx(300_000, () -> {
            view.choose("brg-phase", "quick");
            row[0] = view.start();
            view.refresh();
        });
        assertEquals(RunStatus.COMPLETED, row[0].currentStatus(), view.statusLabel().getText());
        org.gtlab.chart.model.Chart c = lookupChart(0);
        assertTrue(c instanceof org.gtlab.chart.model.HeatMapChart, String.valueOf(c));
        org.gtlab.chart.model.HeatMapChart h = (org.gtlab.chart.model.HeatMapChart) c;
        assertEquals(List.of("30", "10"), h.rowLabels());
        assertEquals(List.of("10", "100", "500"), h.columnLabels());
        for (double[] r : h.values()) {
            for (double v : r) {
                assertTrue(Double.isFinite(v), "every cell computed");
            }
        }
        WaitForAsyncUtils.waitForAsyncFx(300_000, () -> view.refresh());
        List<XYChart> side = view.sideCharts();
        assertEquals(3, side.size(), "α_min, detection/recovery and the decomposition vs L");
        for (XYChart sc : side) {
            assertEquals(3, sc.series().get(0).size(), sc.title());
        }
        double[] amin = side.get(0).series().get(0).ys();
        for (double a : amin) {
            assertEquals(0.05, a, 1e-12, "the sentinel reaches the floor α_min in every block");
        }
        XYChart dec = side.get(2);
        for (int i = 0; i < 3; i++) {
            assertEquals(dec.series().get(2).ys()[i], dec.series().get(0).ys()[i] + dec.series().get(1).ys()[i], 1e-9,
                    "advantage = cooperative part + block part");
        }
        assertTrue(lookupChart(1) instanceof XYChart);
        shot("brg-phase");
    }

    @Test
    void theLiveMatchBuildsStepsAndStreamsFromTheSheetAndScheduleBuilder() throws Exception {
        LiveMatch m = view.liveMatch();
        WaitForAsyncUtils.waitForAsyncFx(120_000, () -> {
            m.clearSchedule();
            m.rebuild();
        });
        assertNull(m.session());
        assertTrue(m.statusLabel().getText().contains("schedule is empty"), m.statusLabel().getText());
        WaitForAsyncUtils.waitForAsyncFx(120_000, () -> {
            m.addBlock(LiveMatch.Kind.COOP, 20, 0);
            m.addBlock(LiveMatch.Kind.DEFECT, 5, 0);
            m.addBlock(LiveMatch.Kind.COOP, 20, 0);
            m.set("d", 12);
            m.set("θ", Double.NaN);
            m.rebuild();
        });
        assertNull(m.session());
        assertTrue(m.statusLabel().getText().contains("θ must be in"), m.statusLabel().getText());
        WaitForAsyncUtils.waitForAsyncFx(120_000, () -> {
            m.set("θ", 0.1);
            m.set("H (epochs)", 5);
            m.rebuild();
        });
        assertNotNull(m.session(), m.statusLabel().getText());
        assertEquals("coop:20,defect:5,coop:20", m.scheduleText());
        assertEquals(12, m.session().d());
        assertEquals(45, m.session().length());
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> m.step());
        assertEquals(1, m.session().rounds());
        long before = m.framesDrawn();
        WaitForAsyncUtils.waitForAsyncFx(60_000, () -> {
            m.setFullSpeed(true);
            m.play();
        });
        assertTrue(m.session().finished());
        // TfT shadow on Coop(20) → Defect(5) → Coop(20): 20·3 + 0 + 4·1 + 5 + 19·3
        assertEquals(126, m.session().tftCumulative[44], 1e-12);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(m.framesDrawn() > before, "the canvas redrew after the stream");
        assertEquals(0, view.runListView().model().rows().size(), "the live match is not a catalog run");
        shot("brg-live");
    }

    @Test
    void theSection8PanelListsEveryDisagreement() {
        javafx.scene.control.TableView<?> t = (javafx.scene.control.TableView<?>) stage.getScene()
                .lookup("#brg-disagreements");
        assertNotNull(t);
        assertEquals(org.gtlab.reservoir.Discrepancy.ALL.size(), t.getItems().size());
    }

    private org.gtlab.chart.model.Chart lookupChart(int i) {
        return ((org.gtlab.chart.fx.ChartCanvas) stage.getScene().lookup("#brg-chart-" + i)).chartProperty().get();
    }

    @Test
    void anExperimentWithoutBRGNameIsNotOfferedAndCancelLeavesNothingRunning() {
        WaitForAsyncUtils.waitForAsyncFx(60_000, () -> {
            view.choose("brg-exp1", "paper");
            view.start();
            view.close();
        });
        assertTrue(view.runs().rows().stream().noneMatch(RunRow::isActive));
        assertTrue(view.inspectorText().contains("clamp"));
    }

    private void shot(String name) throws IOException {
        String d = System.getenv("GTLAB_SHOTS");
        if (d == null || d.isBlank()) {
            return;
        }
        Files.createDirectories(Path.of(d));
        WritableImage[] img = new WritableImage[1];
        javafx.application.Platform.runLater(() -> img[0] = stage.getScene().snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", Path.of(d, name + ".png").toFile());
    }
}
