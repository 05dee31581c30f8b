package org.gtlab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.ParametricGame;
import org.gtlab.io.GameFiles;
import org.gtlab.math.Rational;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.app.AppServices;
import org.gtlab.ui.app.DocumentView;
import org.gtlab.ui.app.DocumentViewModel;
import org.gtlab.ui.app.MainViewModel;
import org.gtlab.ui.app.MainWindow;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.common.Settings;
import org.gtlab.ui.handles.MainWindowHandle;
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
 * The Parameters panel in the app: a .json game with "parameters" opens with a slider per
 * parameter; a drag (value changing, several positions) updates the game through the 30 Hz frame
 * timer, the solve panel follows with the equilibria of the game at the last value, and the drag
 * is one undo step. The slow variant measures the slider throughput (completed updates — game,
 * marks and equilibria — per second) on a 3×3 game and prints it; no clock is asserted.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ParameterPanelUiTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private MainViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory(home, "session");
        org.gtlab.run.RunExecutor runs = org.gtlab.run.RunExecutor.synchronous();
        vm = new MainViewModel(new AppServices(new FxBackgroundExecutor(), () -> runs,
                org.gtlab.run.methods.StandardMethods.catalog(), Solvers.all(), new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(dir.resolve("recovery")), new Settings(dir.resolve("settings.properties"))));
        window = new MainWindow(vm, stage);
        Scene scene = new Scene(window, 1280, 800);
        window.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    /** A 3×3 coordination game with a bonus a on (T, L) and a cost c on miscoordination. */
    static ParametricGame game() {
        NormalFormGame shape = NormalFormGame.zeros(3, 3).withTitle("Coordination with a bonus").withStrategyLabels(
                List.of(List.of("T", "M", "B"), List.of("L", "C", "R")));
        String[] p1 = {"2+a", "-c", "-c/2", "-c", "2", "0", "-c/2", "0", "1+a*a/4"};
        String[] p2 = {"2+a", "-c", "-c/2", "-c", "2", "0", "-c/2", "0", "3-a"};
        java.util.Map<String, Rational> v = new java.util.LinkedHashMap<>();
        v.put("a", Rational.ONE);
        v.put("c", Rational.of(1, 2));
        java.util.Map<String, ParametricGame.Range> r = new java.util.LinkedHashMap<>();
        r.put("a", new ParametricGame.Range(Rational.of(-2), Rational.of(2)));
        r.put("c", new ParametricGame.Range(Rational.ZERO, Rational.of(4)));
        return ParametricGame.parse(shape, new String[][] {p1, p2}, v, r);
    }

    private DocumentView open(FxRobot robot, MainWindowHandle h) throws IOException {
        Path f = home.resolve("bonus.json");
        GameFiles.save(f, game());
        robot.interact(() -> vm.open(f, null));
        h.await(() -> h.active() != null && !h.active().editor().getParameters().isEmpty());
        DocumentView[] v = new DocumentView[1];
        robot.interact(() -> v[0] = window.viewOf(h.active()));
        return v[0];
    }

    @Test
    void aDragUpdatesTheGameAndTheEquilibriaAndIsOneUndoStep(FxRobot robot) throws Exception {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        DocumentView view = open(robot, h);
        DocumentViewModel doc = view.model();
        ParameterPanel panel = view.parameterPanel();
        assertTrue(panel.isExpanded());
        Slider a = panel.slider("a");
        assertNotNull(a);
        assertEquals(-2.0, a.getMin());
        assertEquals(1.0, a.getValue());
        String undo = doc.editor().undoLabelProperty().get();
        org.gtlab.ui.dynamics.DynamicsView[] dyn = new org.gtlab.ui.dynamics.DynamicsView[1];
        robot.interact(() -> dyn[0] = view.dynamics()); // built now, so that it follows the drag
        robot.interact(() -> {
            a.setValueChanging(true);
            for (double x = 1.0; x <= 1.5; x += 0.02) {
                a.setValue(x);
            }
            a.setValue(1.5);
        });
        h.await(() -> Rational.of(3, 2).equals(doc.editor().getParameters().values().get("a")));
        robot.interact(() -> a.setValueChanging(false));
        assertEquals("move a to 3/2", doc.editor().undoLabelProperty().get());
        assertTrue(!undo.equals(doc.editor().undoLabelProperty().get()));
        assertEquals(Rational.of(7, 2), doc.game().payoff(0, 0, 0));
        h.await(() -> doc.solve().solvedGameProperty().get() == doc.game() && !doc.solve().runningProperty().get());
        assertSame(doc.game(), doc.solve().solvedGameProperty().get());
        // the dynamics portrait draws the game at the last value
        assertEquals(doc.game(), dyn[0].model().portrait().baseGameProperty().get());
        shot("parameters");
        robot.interact(() -> doc.editor().undo());
        assertEquals(Rational.ONE, doc.editor().getParameters().values().get("a"));
        h.await(() -> a.getValue() == 1.0);
    }

    /**
     * Slider throughput on the 3×3 game: slider ticks at about 60 Hz for three seconds, drained by
     * the panel's 30 Hz frame timer; counts the updates whose equilibria were shown (the solve of
     * the game at that moment finished) and prints completed updates per second.
     */
    @Test
    @Tag("slow")
    void sliderThroughput(FxRobot robot) throws Exception {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        DocumentView view = open(robot, h);
        DocumentViewModel doc = view.model();
        ParameterPanel panel = view.parameterPanel();
        AtomicInteger games = new AtomicInteger();
        AtomicInteger solved = new AtomicInteger();
        robot.interact(() -> {
            doc.editor().gameProperty().addListener((o, x, y) -> games.incrementAndGet());
            doc.solve().solvedGameProperty().addListener((o, x, y) -> {
                if (y == doc.game()) {
                    solved.incrementAndGet();
                }
            });
            doc.editor().beginParameterDrag("a");
        });
        long[] fx = new long[1];
        robot.interact(() -> {
            long s0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                doc.editor().dragParameter("a", Rational.of(i, 10));
            }
            fx[0] = (System.nanoTime() - s0) / 20;
        });
        // the background part of an update: the solve panel's method on the game at one value
        org.gtlab.solve.NashSolver method = doc.solve().methodProperty().get();
        long s1 = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            method.solve(game().with(java.util.Map.of("a", Rational.of(i - 25, 13))).game());
        }
        double solveMs = (System.nanoTime() - s1) / 50 / 1e6;
        System.out.printf(Locale.ROOT, "FX-thread cost of one slider update: %.2f ms; %s solve of the 3x3 game: %.2f ms%n",
                fx[0] / 1e6, method.name(), solveMs);
        int ticks = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 3_000_000_000L) {
            double x = -2 + 4 * ((ticks % 200) / 200.0);
            Rational v = ParameterSampler.snap(x, Rational.of(-2), Rational.of(2), ParameterPanel.STEPS);
            Platform.runLater(() -> panel.sampler().offer(new ParameterSampler.Move("a", v)));
            ticks++;
            Thread.sleep(16);
        }
        WaitForAsyncUtils.waitForFxEvents();
        double secs = (System.nanoTime() - t0) / 1e9;
        robot.interact(() -> doc.editor().endParameterDrag());
        System.out.printf(Locale.ROOT, "slider throughput (3x3, %d ticks in %.2f s): %d game updates = %.1f /s, "
                + "%d with equilibria shown = %.1f fps%n", ticks, secs, games.get(), games.get() / secs, solved.get(),
                solved.get() / secs);
        assertTrue(solved.get() > 0, "some updates completed");
    }

    private void shot(String name) throws IOException {
        String dir = System.getenv("GTLAB_SHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path d = Path.of(dir);
        Files.createDirectories(d);
        WritableImage[] img = new WritableImage[1];
        Platform.runLater(() -> img[0] = stage.getScene().snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", d.resolve(name + ".png").toFile());
    }
}
