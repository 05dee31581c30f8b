package org.gtlab.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.Checkpoint;
import org.gtlab.run.Experiment;
import org.gtlab.run.Limits;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunGroup;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.sweep.PhaseDiagram;
import org.gtlab.sweep.TwoByTwoRegions;
import org.gtlab.ui.app.AppServices;
import org.gtlab.ui.app.DocumentView;
import org.gtlab.ui.app.MainViewModel;
import org.gtlab.ui.app.MainWindow;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.common.Settings;
import org.gtlab.ui.dynamics.DynamicsView;
import org.gtlab.ui.handles.MainWindowHandle;
import org.gtlab.ui.theme.Theme;
import org.gtlab.ui.workspace.RunRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 10 §5 in the app (1280×800, synchronous run executor): a 2×2 game document's Phase diagram
 * tab runs a small map with the user's controls; hovering a cell reads that cell's exact parameters
 * and value, clicking a cell opens the run at that cell's parameters in the document's Dynamics run
 * list, the game's own parameters are ringed on the map, and Cancel pressed while the map fills
 * stops it where it is.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PhaseDiagramUiTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private final HookedExecutor runs = new HookedExecutor();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(home, "session");
        MainViewModel vm = new MainViewModel(new AppServices(new FxBackgroundExecutor(), () -> runs,
                org.gtlab.run.methods.StandardMethods.catalog(), Solvers.all(), new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(dir.resolve("recovery")), new Settings(dir.resolve("settings.properties"))));
        window = new MainWindow(vm, stage);
        Scene scene = new Scene(window, 1280, 800);
        window.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    private PhaseDiagramView open(FxRobot robot, MainWindowHandle h) {
        robot.interact(() -> window.openCatalog(GameCatalog.get("stag-hunt")));
        h.await(() -> h.active() != null);
        DocumentView doc = window.viewOf(h.active());
        PhaseDiagramView[] v = new PhaseDiagramView[1];
        robot.interact(() -> v[0] = doc.showPhaseDiagram());
        assertNotNull(v[0]);
        h.settle();
        return v[0];
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(ComboBox.class).setValue(value));
    }

    /** The screen point at the centre of cell (i, j) (j counted upwards) of the map canvas. */
    private static Point2D cellCentre(FxRobot robot, Canvas c, int i, int j, int nx, int ny) {
        Point2D[] p = new Point2D[1];
        robot.interact(() -> p[0] = c.localToScreen((i + 0.5) * c.getWidth() / nx,
                c.getHeight() - (j + 0.5) * c.getHeight() / ny));
        return p[0];
    }

    @Test
    void hoverReadsTheCellClickOpensItsRunAndTheGameIsMarked(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        PhaseDiagramView view = open(robot, h);
        PhaseDiagramViewModel vm = view.model();
        choose(robot, "#sweepMethod", "replicator");
        choose(robot, "#sweepX", "payoff[1][2][1]:0:6:7");
        choose(robot, "#sweepY", "payoff[2][1][2]:0:6:7");
        choose(robot, "#sweepMetric", "region");
        assertEquals("payoff[1][2][1]:0:6:7", vm.xProperty().get(), "the X list edits the model");
        robot.clickOn("#sweepStart");
        h.await(() -> vm.firstDrawnMillis() >= 0);
        h.settle();
        PhaseDiagram d = vm.latest();
        assertEquals(49, d.computedCount(), "the 7 × 7 map is complete");
        assertTrue(vm.statusProperty().get().startsWith("100%"), vm.statusProperty().get());

        // hover: the readout names the cell's exact parameters and its value
        Canvas canvas = robot.lookup("#sweepCanvas").queryAs(Canvas.class);
        robot.moveTo(cellCentre(robot, canvas, 2, 5, 7, 7));
        h.settle();
        String read = robot.lookup("#sweepHover").queryAs(Label.class).getText();
        RunSpec cell = vm.cellSpec(2, 5);
        NormalFormGame g = cell.game().game();
        assertEquals(2.0, g.payoffDouble(0, 1, 0), 0, "x_2 of 0 … 6");
        assertEquals(5.0, g.payoffDouble(1, 0, 1), 0, "y_5 of 0 … 6");
        String region = TwoByTwoRegions.REGIONS.get(TwoByTwoRegions.classify(g));
        assertEquals("payoff[1][2][1] = 2, payoff[2][1][2] = 5: " + region, read);
        robot.moveTo(cellCentre(robot, canvas, 6, 0, 7, 7));
        h.settle();
        NormalFormGame g60 = vm.cellSpec(6, 0).game().game();
        assertEquals("payoff[1][2][1] = 6, payoff[2][1][2] = 0: "
                + TwoByTwoRegions.REGIONS.get(TwoByTwoRegions.classify(g60)),
                robot.lookup("#sweepHover").queryAs(Label.class).getText());

        // the stag hunt's own entries (3, 3) are ringed: black pixels on the ring at the map's centre
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        double cx = 0.5 * canvas.getWidth();
        double cy = 0.5 * canvas.getHeight();
        Color ring = shot[0].getPixelReader().getColor((int) Math.round(cx + 6), (int) Math.round(cy));
        assertTrue(ring.getBrightness() < 0.25, "the ring at the game's own parameters: " + ring);
        Color inside = shot[0].getPixelReader().getColor((int) Math.round(cx + 20), (int) Math.round(cy));
        assertTrue(inside.getBrightness() > 0.25, "the map colour beside it: " + inside);

        // click: the cell's run opens in the Dynamics run list, with the cell's parameters
        DocumentView doc = window.viewOf(h.active());
        robot.clickOn(cellCentre(robot, canvas, 2, 5, 7, 7));
        h.settle();
        DynamicsView dyn = doc.dynamics();
        assertSame(dyn, doc.views().getSelectionModel().getSelectedItem().getContent(), "the Dynamics tab is shown");
        List<RunRow> rows = dyn.model().runs().rows();
        assertEquals(1, rows.size());
        RunSpec opened = rows.get(0).spec();
        assertEquals("replicator", opened.method());
        assertEquals(cell.seed(), opened.seed());
        NormalFormGame og = opened.game().game();
        assertEquals(2.0, og.payoffDouble(0, 1, 0), 0);
        assertEquals(5.0, og.payoffDouble(1, 0, 1), 0);
        NormalFormGame base = GameCatalog.get("stag-hunt").game();
        assertEquals(base.payoffDouble(0, 0, 0), og.payoffDouble(0, 0, 0), 0, "the other entries are the game's");
        assertEquals(base.payoffDouble(1, 1, 1), og.payoffDouble(1, 1, 1), 0);
        assertEquals(RunStatus.COMPLETED, rows.get(0).currentStatus());
    }

    @Test
    void cancelPressedWhileTheMapFillsStopsIt(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        PhaseDiagramView view = open(robot, h);
        PhaseDiagramViewModel vm = view.model();
        choose(robot, "#sweepX", "payoff[1][2][1]:0:6:65");
        choose(robot, "#sweepY", "payoff[2][1][2]:0:6:65");
        choose(robot, "#sweepMetric", "equilibria");
        Button cancel = robot.lookup("#sweepCancel").queryAs(Button.class);
        List<Double> computedAtCancel = new ArrayList<>();
        // the user presses Cancel once the first picture is there (the synchronous executor runs the
        // sweep inside Start's click, so the press comes from the run's own snapshot)
        runs.hook = (run, s) -> {
            if (computedAtCancel.isEmpty() && s.metric("cells_computed") > 0) {
                computedAtCancel.add(s.metric("cells_computed"));
                assertTrue(!cancel.isDisabled(), "Cancel is enabled while the map fills");
                cancel.fire();
            }
        };
        robot.clickOn("#sweepStart");
        h.settle();
        h.await(() -> vm.statusProperty().get().contains("cancelled"));
        runs.hook = null;
        assertEquals(1, computedAtCancel.size());
        PhaseDiagram d = vm.latest();
        assertEquals(computedAtCancel.get(0), d.computedCount(), 0, "nothing computed after Cancel");
        assertTrue(d.computedCount() < 65 * 65 / 10, "stopped early: " + d.computedCount());
        assertTrue(robot.lookup("#sweepCancel").queryAs(Button.class).isDisabled(), "no run left to cancel");
        assertEquals(RunStatus.CANCELLED, runs.last.status());
        // what was computed stays on the map: the first picture, every cell with a value
        for (int j = 0; j < 65; j++) {
            for (int i = 0; i < 65; i++) {
                assertTrue(!Double.isNaN(d.value(i, j)), "cell " + i + "," + j);
            }
        }
    }

    @Test
    void aMapWithNothingKnownYetIsGreyAndAContinuousOneIsColouredByValue(FxRobot robot) {
        // the first snapshot of a sweep holds no value at all: a continuous map has no range yet
        double[] none = new double[6];
        java.util.Arrays.fill(none, Double.NaN);
        PhaseDiagramViewModel.Frame empty = new PhaseDiagramViewModel.Frame(3, 2, none, new boolean[6], false, List.of(),
                "NashConv", Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, null);
        PhaseDiagramViewModel.Frame some = new PhaseDiagramViewModel.Frame(3, 2, new double[] {0, 1, 2, 3, 4, 5},
                new boolean[6], false, List.of(), "NashConv", 0, 5, null);
        Color[][] px = new Color[2][];
        robot.interact(() -> {
            Canvas c = new Canvas(30, 20);
            PhaseDiagramView.drawCells(c.getGraphicsContext2D(), empty, 30, 20);
            WritableImage a = c.snapshot(null, null);
            px[0] = new Color[] {a.getPixelReader().getColor(5, 15), a.getPixelReader().getColor(25, 5)};
            PhaseDiagramView.drawCells(c.getGraphicsContext2D(), some, 30, 20);
            WritableImage b = c.snapshot(null, null);
            // cell (0, 0) is at the bottom left, cell (2, 1) (value 5) at the top right
            px[1] = new Color[] {b.getPixelReader().getColor(5, 15), b.getPixelReader().getColor(25, 5)};
        });
        for (Color p : px[0]) {
            assertEquals(217 / 255.0, p.getRed(), 0.01, "grey where nothing is known: " + p);
            assertEquals(p.getRed(), p.getBlue(), 0.01, "grey: " + p);
        }
        assertTrue(!px[1][0].equals(px[1][1]), "the lowest and highest values differ in colour: " + px[1][0] + " "
                + px[1][1]);
    }

    /** The synchronous executor with one extra listener a test can set, called with every run's snapshots. */
    static final class HookedExecutor implements RunExecutor {
        private final RunExecutor sync = RunExecutor.synchronous();
        volatile BiConsumer<RunHandle, Snapshot> hook;
        volatile RunHandle last;

        private RunListener[] with(RunListener[] listeners) {
            RunListener[] all = java.util.Arrays.copyOf(listeners, listeners.length + 1);
            all[listeners.length] = new RunListener() {
                @Override
                public void snapshot(RunHandle run, Snapshot s) {
                    last = run;
                    BiConsumer<RunHandle, Snapshot> k = hook;
                    if (k != null) {
                        k.accept(run, s);
                    }
                }
            };
            return all;
        }

        @Override
        public RunHandle start(RunSpec spec, RunListener... listeners) {
            return sync.start(spec, with(listeners));
        }

        @Override
        public <S> RunHandle start(Experiment<S> experiment, String name, long seed, Limits limits,
                RunListener... listeners) {
            return sync.start(experiment, name, seed, limits, with(listeners));
        }

        @Override
        public RunHandle resume(Checkpoint checkpoint, RunListener... listeners) {
            return sync.resume(checkpoint, with(listeners));
        }

        @Override
        public <S> RunHandle resume(Experiment<S> experiment, String name, Checkpoint checkpoint,
                RunListener... listeners) {
            return sync.resume(experiment, name, checkpoint, with(listeners));
        }

        @Override
        public RunGroup startAll(List<RunSpec> specs, RunListener... listeners) {
            return sync.startAll(specs, with(listeners));
        }

        @Override
        public RunGroup startAll(List<RunSpec> specs, int parallelism, RunListener... listeners) {
            return sync.startAll(specs, parallelism, with(listeners));
        }

        @Override
        public List<RunHandle> runs() {
            return sync.runs();
        }

        @Override
        public void close() {
            sync.close();
        }
    }
}
