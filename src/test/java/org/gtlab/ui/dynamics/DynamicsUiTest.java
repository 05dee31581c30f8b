package org.gtlab.ui.dynamics;

import org.gtlab.ui.workspace.RunRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.game.GameCatalog;
import org.gtlab.run.RunStatus;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.app.MainViewModel;
import org.gtlab.ui.app.MainWindow;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.theme.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Dynamics view in the real window (headless under Monocle by default): open a game, open the
 * Dynamics tab, see the portrait, start a long run from the launcher, watch the live chart grow,
 * cancel the run.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DynamicsUiTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(new FxBackgroundExecutor(), Solvers.all(), new RecentFiles(home.resolve("recent.txt")),
                new RecoveryStore(home.resolve("recovery")));
        window = new MainWindow(vm, stage);
        Scene scene = new Scene(window, 1280, 800);
        window.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    private void await(FxRobot robot, BooleanSupplier c) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                boolean[] r = new boolean[1];
                robot.interact(() -> r[0] = c.getAsBoolean());
                return r[0];
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }

    @Test
    void openDynamicsStartARunSeeTheChartUpdateCancel(FxRobot robot) {
        robot.interact(() -> window.openCatalog(GameCatalog.get("rock-paper-scissors")));
        robot.clickOn("Dynamics");
        await(robot, () -> robot.lookup("#dynamicsView").tryQuery().isPresent());
        DynamicsView view = robot.lookup("#dynamicsView").queryAs(DynamicsView.class);
        // the portrait of RPS: the simplex with the centre as exact equilibrium
        await(robot, () -> view.model().portrait().chartProperty().get() != null);
        PortraitChart p = view.model().portrait().chartProperty().get();
        assertEquals(PortraitChart.Kind.SIMPLEX, p.kind());
        assertTrue(p.points().stream().anyMatch(x -> x.kind() == PortraitChart.PointKind.EQUILIBRIUM));
        // clicking inside the triangle starts a trajectory there
        robot.clickOn("#portraitCanvas");
        await(robot, () -> view.model().portrait().chartProperty().get().curves().size() == 1);

        // choose fictitious play with many steps, start it from the launcher
        @SuppressWarnings("unchecked")
        ChoiceBox<org.gtlab.run.ExperimentFactory> method = robot.lookup("#methodChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> method.setValue(org.gtlab.run.methods.StandardMethods.catalog().byName("fp")));
        TextField steps = robot.lookup("#stepsField").queryAs(TextField.class);
        robot.doubleClickOn(steps).eraseText(12).write("50000000");
        robot.interact(() -> assertEquals("50000000", steps.getText()));
        robot.clickOn("#startRun");
        await(robot, () -> view.model().runs().rows().size() == 1);
        RunRow row = view.model().runs().rows().get(0);
        assertNotNull(robot.lookup("#runRow1").tryQuery().orElse(null));

        // the animation timer samples the run: the comparison chart grows
        await(robot, () -> row.stepProperty().get() > 0 && view.metricCanvas().chartProperty().get() != null);
        long first = row.stepProperty().get();
        XYChart c1 = (XYChart) view.metricCanvas().chartProperty().get();
        await(robot, () -> row.stepProperty().get() > first && view.metricCanvas().chartProperty().get() != c1);
        XYChart c2 = (XYChart) view.metricCanvas().chartProperty().get();
        assertEquals(1, c2.series().size());
        assertTrue(c2.y().log());
        assertTrue(c2.series().get(0).size() >= 2);
        assertEquals(RunStatus.RUNNING, row.statusProperty().get());

        // cancel in place
        robot.clickOn("#cancel1");
        await(robot, () -> row.statusProperty().get() == RunStatus.CANCELLED);
        long stopped = row.handle().step();
        assertTrue(stopped < 50_000_000L);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertEquals(stopped, row.handle().step(), "no steps after the cancel");
        assertEquals(RunStatus.CANCELLED, row.handle().status());
        assertEquals(0, view.model().runs().activeCount());
    }
}
