package org.gtlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.run.RunExecutor;
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
 * The Lab through the real main window (headless under Monocle; under Xvfb with {@code -Dgui}):
 * the Lab menu reproduces the example game's figure on the synchronous run executor, the charts and
 * the run table fill in, the verdict appears; team games open with their joint-action table or a
 * refusal. With {@code GTLAB_SHOTS=DIR} the window is photographed at each stage.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LabUiTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private final RunExecutor runs = RunExecutor.synchronous();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainViewModel vm = new MainViewModel(new FxBackgroundExecutor(), Solvers.all(),
                new RecentFiles(home.resolve("recent.txt")), new RecoveryStore(home.resolve("recovery")));
        window = new MainWindow(vm, stage);
        // the synchronous executor: a loaded 2-core machine cannot time the runs out (issue 9 §7)
        window.lab().useExecutor(() -> runs);
        String size = System.getenv().getOrDefault("GTLAB_SHOT_SIZE", "1280x800");
        double w = Double.parseDouble(size.substring(0, size.indexOf('x')));
        double h = Double.parseDouble(size.substring(size.indexOf('x') + 1));
        Scene scene = new Scene(window, w, h);
        window.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.setTitle("GT Lab");
        stage.show();
    }

    @Test
    void labMenuReproducesTheFigureLiveAndTeamGamesOpenWithTheirMatrix(FxRobot robot) throws Exception {
        // Lab ▸ Reproduce the paper's figure ▸ counter-example game, through the menus
        robot.clickOn(labMenu(robot));
        robot.clickOn("Reproduce the paper's figure");
        robot.clickOn(LabPreset.EXAMPLE.title());
        settle();
        TeamDocumentView doc = window.lab().active();
        assertNotNull(doc, "a team-game document is open and selected");
        assertTrue(doc.showingLab());
        LabViewModel vm = doc.model();
        assertEquals(LabPreset.EXAMPLE.algorithms().size(), vm.runs().size());
        // runs execute on the synchronous executor; the animation timer brings their data to the charts
        await(() -> vm.activeCount() == 0 && vm.runs().stream().allMatch(r -> r.statusProperty().get()
                == RunStatus.COMPLETED && r.verdict() != null));
        await(() -> vm.curvesProperty().get() != null && vm.curvesProperty().get().series().size() == vm.runs().size()
                && vm.runs().stream().allMatch(r -> r.stepProperty().get() == r.record().last().step()));
        XYChart curves = vm.curvesProperty().get();
        XYChart.Series psro = curves.series().stream().filter(s -> s.name().equals("PSRO (exact oracle)")).findFirst()
                .orElseThrow();
        assertEquals(0.9375, psro.y(0), 1e-9);
        assertEquals(1.5, psro.y(1), 1e-9);
        assertTrue(doc.lab().shownCharts().contains(curves), "the canvas draws the latest chart");
        assertTrue(doc.lab().frames() > 1, "the animation timer ran");
        // the run table lists every run; the verdict of the selected (FXP) run is shown
        org.gtlab.ui.workspace.RunListView<?> table = robot.lookup("#labRuns")
                .queryAs(org.gtlab.ui.workspace.RunListView.class);
        assertEquals(vm.runs().size(), table.rowViews().size());
        Label verdict = robot.lookup("#labVerdict").queryAs(Label.class);
        assertTrue(verdict.getText().startsWith("FXP: mixture of 21 members: global NE"), verdict.getText());
        HeatMapChart meta = vm.metaGameProperty().get();
        assertEquals(21, meta.rows(), "FXP's union population: 2m + 1 members");
        shot("lab-example");
        robot.clickOn("#labAlgorithmsToggle");
        settle();
        assertTrue(robot.lookup("#labAlgorithms").queryAll().stream().noneMatch(n -> n.getScene() != null),
                "the algorithm list is hidden");
        shot("lab-example-without-algorithms");
        robot.clickOn("#labAlgorithmsToggle");
        settle();

        // clicking SP's row shows its verdict: the local, not global, equilibrium
        org.gtlab.ui.workspace.RunRowView<?> spRow = table.rowViews().stream()
                .filter(r -> r.model().name().equals("SP")).findFirst().orElseThrow();
        robot.clickOn(spRow.lookup(".run-name"));
        settle();
        assertEquals("SP", vm.selectedProperty().get().name());
        assertTrue(verdict.getText().contains("local NE, not global"), verdict.getText());
        assertTrue(robot.lookup("#labMetaGame").queryAs(Node.class).isVisible());

        // the joint-action table of the example game, then SAD: too large, refused with a message
        robot.clickOn("Joint matrix");
        settle();
        assertEquals(8, doc.matrix().matrixProperty().get().rows());
        shot("joint-matrix-example");
        // (the second trip through the menus is done by the menu item's action: popups closed
        // earlier leave stale nodes that TestFX's text lookup may pick)
        robot.interact(() -> window.lab().open("sad"));
        settle();
        TeamDocumentView sad = window.lab().active();
        assertFalse(sad == doc);
        Label refused = robot.lookup("#jointMatrixMessage").match(Node::isVisible).queryAs(Label.class);
        assertTrue(refused.getText().contains("28,561 joint actions"), refused.getText());
        shot("joint-matrix-sad-refused");

        // SAD's preset: SP ends at 4 × gain 10 (exploitability 4.0), exact PSRO's mixture at 0
        robot.interact(() -> {
            sad.showLab();
            sad.model().reproduce(LabPreset.SAD);
        });
        Thread.sleep(400);
        shot("lab-sad-running");
        try {
            await(() -> sad.model().activeCount() == 0 && sad.model().runs().stream().allMatch(r -> r.verdict() != null)
                    && sad.model().runs().stream().allMatch(r -> r.stepProperty().get() == r.record().last().step()));
        } catch (java.util.concurrent.TimeoutException e) {
            StringBuilder sb = new StringBuilder("active=" + sad.model().activeCount());
            for (LabRun r : sad.model().runs()) {
                sb.append("\n ").append(r.name()).append(" status=").append(r.statusProperty().get()).append(" verdict=")
                        .append(r.verdict()).append(" step=").append(r.stepProperty().get()).append(" last=")
                        .append(r.record().isEmpty() ? -1 : r.record().last().step());
            }
            throw new AssertionError(sb.toString(), e);
        }
        LabRun sp = sad.model().runs().stream().filter(r -> r.name().equals("SP")).findFirst().orElseThrow();
        assertEquals(4.0, sp.exploitabilityProperty().get(), 1e-3);
        robot.interact(() -> sad.model().selectedProperty().set(sad.model().runs().stream()
                .filter(r -> r.name().equals("PSRO (exact oracle)")).findFirst().orElseThrow()));
        settle();
        shot("lab-sad-psro");
        robot.interact(() -> sad.model().selectedProperty().set(sad.model().runs().stream()
                .filter(r -> r.name().equals("FXP")).findFirst().orElseThrow()));
        settle();
        shot("lab-sad-fxp");
        robot.clickOn("Weights");
        settle();
        assertNotNull(sad.model().weightsProperty().get());
        shot("lab-sad-fxp-weights");
        robot.clickOn("Policy");
        settle();
        assertEquals(4, sad.model().policyProperty().get().rows(), "one row per agent");
        shot("lab-sad-fxp-policy");

        // the one export dialog previews the lab's charts (here the meta-game heat map)
        javafx.scene.control.Dialog<?>[] dialog = new javafx.scene.control.Dialog<?>[1];
        robot.interact(() -> {
            dialog[0] = org.gtlab.ui.export.ExportDialog.create(stage, sad.model().exportItems(), 1);
            dialog[0].show();
        });
        settle();
        shotOf(dialog[0].getDialogPane().getScene(), "lab-export-dialog");
        robot.interact(() -> dialog[0].close());
        settle();

        // dark theme
        robot.interact(() -> window.run("theme"));
        settle();
        shot("lab-sad-dark");
        // Ctrl+E on a lab tab is enabled (it opens the lab's export dialog)
        assertFalse(window.actions().get("export").disabled().get());
    }

    private static Node labMenu(FxRobot robot) {
        return robot.lookup(".menu-bar .menu").match((javafx.scene.control.Labeled l) -> "Lab".equals(l.getText()))
                .queryAs(Node.class);
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> {
            boolean[] ok = new boolean[1];
            javafx.application.Platform.runLater(() -> ok[0] = condition.getAsBoolean());
            WaitForAsyncUtils.waitForFxEvents();
            return ok[0];
        });
        settle();
    }

    /** Saves the window to {@code $GTLAB_SHOTS/name.png} when that variable is set. */
    private void shot(String name) throws IOException {
        shotOf(stage.getScene(), name);
    }

    private void shotOf(Scene scene, String name) throws IOException {
        String dir = System.getenv("GTLAB_SHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path d = Path.of(dir);
        Files.createDirectories(d);
        WritableImage[] img = new WritableImage[1];
        javafx.application.Platform.runLater(() -> img[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", d.resolve(name + ".png").toFile());
    }
}
