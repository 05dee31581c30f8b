package org.gtlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.gtlab.chart.fx.ChartCanvas;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.game.GameCatalog;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.common.Settings;
import org.gtlab.ui.dynamics.DynamicsView;
import org.gtlab.ui.handles.MainWindowHandle;
import org.gtlab.ui.theme.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16 §7: lecture mode (F11) scales the Dynamics tab too — at 1280×800 the phase portrait's
 * canvas grows and takes at least half of the view's height, its fonts and strokes grow with the
 * lecture chart style, and no label of the view nor of the portrait is shortened with "…".
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DynamicsLectureUiTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory(home, "session");
        org.gtlab.run.RunExecutor runs = org.gtlab.run.RunExecutor.synchronous();
        MainViewModel vm = new MainViewModel(new AppServices(new FxBackgroundExecutor(), () -> runs,
                org.gtlab.run.methods.StandardMethods.catalog(), Solvers.all(), new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(dir.resolve("recovery")), new Settings(dir.resolve("settings.properties"))));
        window = new MainWindow(vm, stage);
        Scene scene = new Scene(window, 1280, 800);
        window.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void lectureModeGrowsThePortraitAndItsTypeWithEveryLabelWhole(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("rock-paper-scissors")));
        h.await(() -> h.active() != null);
        DocumentView doc = window.viewOf(h.active());
        DynamicsView[] view = new DynamicsView[1];
        robot.interact(() -> {
            doc.showDynamics();
            view[0] = doc.dynamics();
        });
        DynamicsView v = view[0];
        assertNotNull(v);
        ChartCanvas portrait = v.portraitCanvas();
        h.await(() -> v.model().portrait().chartProperty().get() != null && portrait.getHeight() > 0);
        h.settle();
        double[] before = new double[3];
        ChartStyle[] styleBefore = new ChartStyle[1];
        robot.interact(() -> {
            before[0] = portrait.getWidth();
            before[1] = portrait.getHeight();
            before[2] = v.getHeight();
            styleBefore[0] = portrait.chartStyleProperty().get();
        });
        assertTrue(before[1] < 0.5 * before[2], "outside lecture mode the portrait shares the view: "
                + before[1] + " of " + before[2]);

        robot.push(KeyCode.F11);
        h.settle();
        assertTrue(window.presentationProperty().get());
        assertTrue(v.lectureProperty().get(), "F11 reaches the Dynamics view");
        h.await(() -> portrait.getHeight() >= 0.5 * v.getHeight());
        h.settle();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        h.settle();
        robot.interact(() -> {
            double w = portrait.getWidth();
            double ht = portrait.getHeight();
            assertTrue(w > before[0] && ht > before[1], "the portrait grew: " + before[0] + "×" + before[1]
                    + " -> " + w + "×" + ht);
            assertTrue(ht >= 0.5 * v.getHeight(), "the portrait takes at least half the view's height: " + ht
                    + " of " + v.getHeight());
            ChartStyle s = portrait.chartStyleProperty().get();
            assertTrue(s.scaledFontSize() > styleBefore[0].scaledFontSize(), "larger type: "
                    + styleBefore[0].scaledFontSize() + " -> " + s.scaledFontSize());
            assertTrue(s.scale() > styleBefore[0].scale(), "thicker strokes: " + styleBefore[0].scale() + " -> " + s.scale());
            assertEquals(s, v.metricCanvas().chartStyleProperty().get(), "the run charts use the lecture style too");
            // every label of the portrait whole: drawn at the canvas size in its style, no text is shortened
            PortraitChart c = v.model().portrait().chartProperty().get();
            String svg = ChartExport.svg(c, s, w, ht);
            assertTrue(svg.contains("<text") || svg.contains("glyph") || svg.length() > 1000, "the portrait was drawn");
            assertFalse(svg.contains("…"), "a portrait label is shortened in lecture mode");
            assertEquals(List.of(), ShellUiTest.shortenedLabels(v), "no label of the Dynamics view is shortened");
        });
        ShellUiTest.shot(robot, stage.getScene(), "05e-lecture-dynamics");

        robot.push(KeyCode.F11);
        h.settle();
        h.await(() -> portrait.getHeight() < before[1] * 1.1);
        robot.interact(() -> assertEquals(styleBefore[0], portrait.chartStyleProperty().get(),
                "leaving lecture mode restores the style"));
    }
}
