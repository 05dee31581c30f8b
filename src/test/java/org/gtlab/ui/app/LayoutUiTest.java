package org.gtlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.gtlab.game.GameCatalog;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.common.Settings;
import org.gtlab.ui.dynamics.DynamicsView;
import org.gtlab.ui.handles.LayoutCheck;
import org.gtlab.ui.handles.MainWindowHandle;
import org.gtlab.ui.theme.Theme;
import org.gtlab.ui.workspace.LabRoom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window at 1280×800 with both side panels open (issue 16 §8): no node extends beyond
 * the window's right or bottom edge or beyond its pane, and no label is shortened with "…" — on the
 * matrix view, the Dynamics tab, the team Lab tab and every lab of Lab ▸ Open lab
 * ({@link StandardLabs}). The check is {@link LayoutCheck}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LayoutUiTest {

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
        window.lab().useExecutor(() -> runs);
        Scene scene = new Scene(window, 1280, 800);
        window.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    /** The layout problems of the whole window, after the pending layout passes. */
    private List<String> problems(FxRobot robot, MainWindowHandle h) {
        h.settle();
        @SuppressWarnings("unchecked")
        List<String>[] out = new List[1];
        robot.interact(() -> {
            // the settled layout: CSS (e.g. a selected tab's bold title) applied and laid out once more
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        h.settle();
        robot.interact(() -> out[0] = LayoutCheck.problems(stage.getScene()));
        return out[0];
    }

    @Test
    void theMainWindowWithAGameAndBothSidePanelsIsWhole(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        assertTrue(window.sidePanelsProperty().get());
        assertEquals(List.of(), problems(robot, h), "empty window");
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        h.await(() -> h.active().solve().rows().size() == 3);
        assertEquals(List.of(), problems(robot, h), "battle of the sexes solved");
    }

    @Test
    void matrixAndDiagramSideBySideWithBothSidePanelsAreWhole(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        h.await(() -> h.active().solve().rows().size() == 3);
        robot.interact(() -> window.sideBySideProperty().set(true));
        h.await(() -> window.viewOf(h.active()).diagrams().getWidth() > 0);
        assertEquals(List.of(), problems(robot, h), "side by side, both side panels");
    }

    @Test
    void theDynamicsTabWithBothSidePanelsIsWhole(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("rock-paper-scissors")));
        h.await(() -> h.active() != null);
        DocumentView doc = window.viewOf(h.active());
        DynamicsView[] view = new DynamicsView[1];
        robot.interact(() -> {
            doc.showDynamics();
            view[0] = doc.dynamics();
        });
        assertNotNull(view[0]);
        h.await(() -> view[0].model().portrait().chartProperty().get() != null);
        assertTrue(window.sidePanelsProperty().get());
        assertEquals(List.of(), problems(robot, h), "Dynamics tab, no runs");
        robot.interact(() -> view[0].startRun());
        h.await(() -> !view[0].model().runs().rows().isEmpty());
        assertEquals(List.of(), problems(robot, h), "Dynamics tab with a run");
    }

    @Test
    void inLectureModeTheDynamicsTabIsWholeWithThePortraitHintUnderThePortrait(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("rock-paper-scissors")));
        h.await(() -> h.active() != null);
        DocumentView doc = window.viewOf(h.active());
        DynamicsView[] view = new DynamicsView[1];
        robot.interact(() -> {
            doc.showDynamics();
            view[0] = doc.dynamics();
        });
        h.await(() -> view[0].model().portrait().chartProperty().get() != null);
        robot.interact(() -> window.presentationProperty().set(true));
        h.await(() -> view[0].lectureProperty().get());
        assertEquals(List.of(), problems(robot, h), "Dynamics tab in lecture mode");
        // the hint under the portrait is whole: inside the portrait's pane, above the run launcher
        Label hint = robot.lookup("#portraitHover").queryAs(Label.class);
        Node launcher = robot.lookup("#runLauncher").query();
        robot.interact(() -> {
            Bounds b = hint.localToScene(hint.getLayoutBounds());
            Bounds l = launcher.localToScene(launcher.getLayoutBounds());
            assertTrue(b.getHeight() >= hint.prefHeight(-1) - 0.5, "the hint has its height: " + b.getHeight());
            assertTrue(b.getMaxY() <= l.getMinY(), "the hint ends at " + b.getMaxY() + ", above the launcher at "
                    + l.getMinY());
        });
        robot.interact(() -> view[0].startRun());
        h.await(() -> !view[0].model().runs().rows().isEmpty());
        assertEquals(List.of(), problems(robot, h), "Dynamics tab in lecture mode with a run");
    }

    @Test
    void theTeamLabTabIsWhole(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.lab().open("sad"));
        assertEquals(List.of(), problems(robot, h), "team Lab tab (SAD)");
    }

    /** Opens the registered lab with this id as Lab ▸ Open lab does, and checks the window; returns its view. */
    private Node labIsWhole(FxRobot robot, String id) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        LabRoom room = StandardLabs.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        Node[] view = new Node[1];
        robot.interact(() -> view[0] = window.lab().openRoom(room));
        assertNotNull(view[0]);
        TabPane tabs = robot.lookup("#documents").queryAs(TabPane.class);
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        assertNotNull(selected);
        List<String> problems = problems(robot, h);
        shot(robot, "layout-" + id + (window.sidePanelsProperty().get() ? "" : "-wide"));
        assertEquals(List.of(), problems, "lab " + id);
        return view[0];
    }

    /** With {@code GTLAB_SHOTS=DIR} the window is saved to DIR/NAME.png (to look at the layout). */
    private void shot(FxRobot robot, String name) {
        String dir = System.getenv("GTLAB_SHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = stage.getScene().snapshot(null));
        try {
            Path d = Files.createDirectories(Path.of(dir));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png",
                    d.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyRegisteredLabIsCheckedHere() {
        assertEquals(List.of("reservoir", "repeated-games", "coopetition", "self-play", "qre", "phase-diagram"),
                StandardLabs.all().stream().map(LabRoom::id).toList(),
                "a new lab gets its own layout test below");
    }

    @Test
    void theReservoirLabIsWhole(FxRobot robot) {
        Node view = labIsWhole(robot, "reservoir"); // its first tab: the live match
        TabPane tabs = (TabPane) view.lookup("#brg-tabs");
        for (int i = 1; i < tabs.getTabs().size(); i++) { // the experiments form, the paper-vs-code table
            int k = i;
            robot.interact(() -> tabs.getSelectionModel().select(k));
            List<String> problems = problems(robot, new MainWindowHandle(robot, window));
            shot(robot, "layout-reservoir-" + k);
            assertEquals(List.of(), problems, "reservoir lab, tab " + tabs.getTabs().get(k).getText());
        }
    }

    @Test
    void theRepeatedGamesLabIsWhole(FxRobot robot) {
        labIsWhole(robot, "repeated-games");
    }

    @Test
    void theRepeatedGamesLabIsWholeWithATournamentsStandingsAndRuns(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        org.gtlab.ui.repeated.RepeatedLabView view = (org.gtlab.ui.repeated.RepeatedLabView) labIsWhole(robot,
                "repeated-games");
        robot.interact(() -> {
            view.viewModel().turnsProperty().set(20);
            view.viewModel().repetitionsProperty().set(2);
            view.viewModel().startTournament(); // the synchronous executor: done on return
            view.viewModel().tick();
        });
        h.await(() -> !view.viewModel().standings().isEmpty() && !view.viewModel().runs().rows().isEmpty());
        List<String> problems = problems(robot, h);
        shot(robot, "layout-repeated-games-tournament");
        assertEquals(List.of(), problems, "repeated-games lab after a tournament");
    }

    /** Without the side panels the labs take their wide layouts (three columns, standings beside charts). */
    @Test
    void theRepeatedGamesAndCoopetitionLabsAreWholeWithoutTheSidePanels(FxRobot robot) {
        robot.interact(() -> window.sidePanelsProperty().set(false));
        Node coop = labIsWhole(robot, "coopetition");
        robot.interact(() -> assertTrue(coop.lookup("#coopRuns").getScene() != null
                && coop.lookup("#coopRuns").localToScene(0, 0).getX() > 800, "the runs are in the right column"));
        labIsWhole(robot, "repeated-games");
    }

    @Test
    void theCoopetitionLabIsWhole(FxRobot robot) {
        labIsWhole(robot, "coopetition");
    }

    @Test
    void theSelfPlayLabIsWhole(FxRobot robot) {
        labIsWhole(robot, "self-play");
    }

    @Test
    void theQreLabIsWhole(FxRobot robot) {
        labIsWhole(robot, "qre");
    }

    @Test
    void theGamelessPhaseDiagramIsWhole(FxRobot robot) {
        labIsWhole(robot, "phase-diagram");
    }

    @Test
    void theQreLabsPlayerChooserShowsTheWholeNameBesideItsArrow(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        h.await(() -> h.active() != null);
        LabRoom room = StandardLabs.all().stream().filter(r -> r.id().equals("qre")).findFirst().orElseThrow();
        Node[] view = new Node[1];
        robot.interact(() -> view[0] = window.lab().openRoom(room));
        javafx.scene.control.ChoiceBox<?> chooser = robot.lookup("#qre-export-player")
                .queryAs(javafx.scene.control.ChoiceBox.class);
        h.await(() -> !chooser.getItems().isEmpty() && chooser.getValue() != null);
        h.settle();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            Label text = (Label) chooser.lookup(".label");
            Node arrow = chooser.lookup(".open-button");
            assertEquals(chooser.getValue().toString(), text.getText());
            assertTrue(text.getWidth() + LayoutCheck.SLACK >= text.prefWidth(-1), "the name has its width: "
                    + text.getWidth() + " < " + text.prefWidth(-1));
            Bounds t = text.localToScene(text.getLayoutBounds());
            Bounds a = arrow.localToScene(arrow.getLayoutBounds());
            assertTrue(t.getMaxX() <= a.getMinX() + LayoutCheck.SLACK, "the name ends at " + t.getMaxX()
                    + ", before the arrow at " + a.getMinX());
        });
        assertEquals(List.of(), problems(robot, h), "QRE lab on battle of the sexes");
    }
}
