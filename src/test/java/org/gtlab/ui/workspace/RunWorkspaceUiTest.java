package org.gtlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.testutil.ClassicGames;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.dynamics.DynamicsView;
import org.gtlab.ui.dynamics.DynamicsViewModel;
import org.gtlab.ui.lab.LabPreset;
import org.gtlab.ui.lab.LabShell;
import org.gtlab.ui.lab.TeamDocumentView;
import org.gtlab.ui.theme.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one run workspace at 1280×800 (headless under Monocle), on the synchronous run executor: the
 * Dynamics tab with several runs keeps every tile's number whole (also with eight runs), the
 * "N seeds" action and a failing method as the user meets them, the Lab's run list (narrow rows:
 * tiles under the text), "reproduce figure" reusing the open tab, and both tab contents describing
 * themselves to the shell ({@link TabDescription}). With {@code GTLAB_SHOTS=DIR} the window is
 * photographed (workspace-dynamics.png, workspace-lab.png).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RunWorkspaceUiTest {

    private final RunExecutor runs = RunExecutor.synchronous();
    private MethodCatalog catalog;
    private TabPane tabs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        catalog = new MethodCatalog();
        StandardMethods.registerAll(catalog);
        catalog.register(RunWorkspaceTest.BOOM);
        tabs = new TabPane();
        Scene scene = new Scene(tabs, 1280, 800);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private DynamicsView dynamics(FxRobot robot) {
        DynamicsView[] v = new DynamicsView[1];
        robot.interact(() -> {
            DynamicsViewModel m = new DynamicsViewModel(runs, new FxBackgroundExecutor(), ClassicGames.rps(),
                    "Rock-Paper-Scissors", catalog);
            v[0] = new DynamicsView(m);
            v[0].chartStyleProperty().set(ChartStyle.paper());
            Tab t = new Tab("Dynamics", v[0]);
            tabs.getTabs().add(t);
            tabs.getSelectionModel().select(t);
        });
        return v[0];
    }

    @Test
    void severalRunsKeepEveryTileReadableAndTheTabDescribesItself(FxRobot robot) throws IOException {
        DynamicsView view = dynamics(robot);
        GameSpec rps = GameSpec.of("Rock-Paper-Scissors", ClassicGames.rps());
        robot.interact(() -> {
            // three learners whose NashConv stays above 0 (a log chart shows all three)
            view.model().runs().start(catalog.spec("fp", Map.of(), rps, 1, Limits.of(20_000)));
            view.model().runs().start(catalog.spec("sfp", Map.of(), rps, 1, Limits.of(20_000)));
            view.model().runs().start(catalog.spec("sfp", Map.of(), rps, 2, Limits.of(20_000)));
        });
        settle(robot);
        RunListView<?> list = robot.lookup("#runList").queryAs(RunListView.class);
        assertEquals(3, list.rowViews().size());
        assertNoTileCut(robot, list);
        shot("workspace-dynamics");

        // the tab's content describes itself to the shell
        TabDescription d = view;
        robot.interact(() -> {
            assertEquals("Dynamics — Rock-Paper-Scissors", d.tabTitle());
            assertTrue(d.statusLine().startsWith("3 runs · 0 active · #3 sfp (seed 2): done"), d.statusLine());
            assertTrue(d.inspectorText().contains("Game: Rock-Paper-Scissors (2 players, 3 × 3 strategies)"),
                    d.inspectorText());
            assertTrue(d.inspectorText().contains("Selected: #3 sfp"), d.inspectorText());
        });
        long v0 = d.descriptionVersion();
        robot.clickOn(list.rowViews().get(2).lookup(".run-name"));
        settle(robot);
        robot.interact(() -> {
            assertTrue(d.descriptionVersion() > v0, "selecting another run changes the description");
            assertTrue(d.statusLine().contains("#1 fp (seed 1): done"), d.statusLine());
        });

        // eight runs: still no tile cut (the list scrolls, the tiles keep their size)
        robot.interact(() -> {
            for (int s = 2; s <= 6; s++) {
                view.model().runs().start(catalog.spec("fp", Map.of(), rps, s, Limits.of(2_000)));
            }
        });
        settle(robot);
        assertEquals(8, list.rowViews().size());
        assertNoTileCut(robot, list);
    }

    @Test
    void nSeedsAndAFailingMethodAsTheUserMeetsThem(FxRobot robot) {
        DynamicsView view = dynamics(robot);
        TextField steps = robot.lookup("#stepsField").queryAs(TextField.class);
        robot.interact(() -> steps.setText("300"));
        TextField n = robot.lookup("#seedCountField").queryAs(TextField.class);
        robot.interact(() -> n.setText("3"));
        robot.clickOn("#startSeeds");
        settle(robot);
        Node group = robot.lookup("#seedGroup").query();
        assertTrue(group.isVisible(), "the seed group appears");
        Label status = robot.lookup("#seedStatus").queryAs(Label.class);
        assertTrue(status.getText().contains("3 completed, 0 cancelled, 0 failed"), status.getText());
        assertEquals(List.of(1L, 2L, 3L), view.model().launcher().seedGroup().seeds().stream()
                .map(SeedGroupViewModel.SeedRow::seed).toList());
        assertTrue(view.model().runs().rows().isEmpty(), "seed groups do not flood the run list");

        // a method that throws at step 3: the row says failed, with the message, never done
        @SuppressWarnings("unchecked")
        ChoiceBox<ExperimentFactory> method = robot.lookup("#methodChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> method.setValue(catalog.byName("boom")));
        robot.clickOn("#startRun");
        settle(robot);
        RunRow row = view.model().runs().rows().get(0);
        assertEquals(RunStatus.FAILED, row.statusProperty().get());
        Label summary = robot.lookup("#runSummary1").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("failed: boom at step 3"), summary.getText());
        assertTrue(robot.lookup("#cancel1").query().isDisabled());
    }

    @Test
    void reproduceReusesTheOpenTabAndTheLabDescribesItself(FxRobot robot) throws IOException {
        LabShell[] shell = new LabShell[1];
        TeamDocumentView[] doc = new TeamDocumentView[2];
        robot.interact(() -> {
            shell[0] = new LabShell(tabs, () -> null, () -> runs, catalog);
            shell[0].chartStyleProperty().set(ChartStyle.paper());
            doc[0] = shell[0].reproduce(LabPreset.EXAMPLE);
        });
        settle(robot);
        assertEquals(1, tabs.getTabs().size());
        robot.interact(() -> doc[1] = shell[0].reproduce(LabPreset.EXAMPLE));
        assertSame(doc[0], doc[1], "reproducing the same figure again reuses its tab");
        assertEquals(1, tabs.getTabs().size());
        robot.interact(() -> shell[0].open("sad"));
        assertEquals(2, tabs.getTabs().size());
        robot.interact(() -> doc[1] = shell[0].reproduce(LabPreset.EXAMPLE));
        settle(robot);
        assertSame(doc[0], doc[1]);
        assertEquals(2, tabs.getTabs().size(), "no third tab");
        assertSame(doc[0], tabs.getSelectionModel().getSelectedItem().getContent(), "the figure's tab is selected");

        // the shell's contract: the selected tab's content is the description
        Node content = tabs.getSelectionModel().getSelectedItem().getContent();
        assertTrue(content instanceof TabDescription);
        TabDescription d = (TabDescription) content;
        robot.interact(() -> {
            assertTrue(d.tabTitle().startsWith("Lab — "), d.tabTitle());
            int n = LabPreset.EXAMPLE.algorithms().size();
            assertTrue(d.statusLine().startsWith(n + " runs · 0 active · FXP: iteration"), d.statusLine());
            assertTrue(d.inspectorText().contains("Selected: FXP · done"), d.inspectorText());
        });
        RunListView<?> list = (RunListView<?>) doc[0].lookup("#labRuns");
        assertEquals(LabPreset.EXAMPLE.algorithms().size(), list.rowViews().size());
        assertTrue(list.rowViews().get(0).tilesStacked(), "the Lab's narrow rows put their tiles under the text");
        assertNoTileCut(robot, list);
        shot("workspace-lab");

        // the preset ended within a second: replay it from step 0 at a watchable speed
        RunList<?> runsOfLab = doc[0].model().list();
        long last = runsOfLab.lastStep();
        robot.clickOn(doc[0].lookup("#replayPlay"));
        ReplayBar bar = (ReplayBar) doc[0].lookup(".replay-bar");
        robot.interact(() -> {
            assertTrue(bar.playing());
            assertTrue(runsOfLab.replaying());
            assertTrue(runsOfLab.replayStepProperty().get() < last, "the replay starts at the beginning");
            bar.advance(ReplayBar.PLAY_SECONDS);
            assertEquals(last, runsOfLab.replayStepProperty().get(), "a whole replay reaches the last step");
            assertFalse(bar.playing(), "and stops there");
        });
        robot.clickOn(doc[0].lookup("#replayLive"));
        assertFalse(runsOfLab.replaying());
    }

    /** No tile's number or caption is cut: Labeled texts are not ellipsised, Texts fit their tile. */
    private static void assertNoTileCut(FxRobot robot, RunListView<?> list) {
        robot.interact(() -> {
            list.applyCss();
            list.layout();
            int checked = 0;
            for (RunRowView<?> r : list.rowViews()) {
                for (Node tile : r.tiles().getChildren()) {
                    Bounds box = tile.getLayoutBounds();
                    for (Node n : all(tile)) {
                        if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
                            Text shown = (Text) l.lookup(".text");
                            assertNotNull(shown, "label skin");
                            assertEquals(l.getText(), shown.getText(), "tile text cut in " + r.getId());
                            checked++;
                        } else if (n instanceof Text t && t.isVisible() && !t.getText().isEmpty()
                                && !(t.getParent() instanceof Labeled)) {
                            Bounds b = tile.sceneToLocal(t.localToScene(t.getLayoutBounds()));
                            assertTrue(b.getMinX() >= box.getMinX() - 0.5 && b.getMaxX() <= box.getMaxX() + 0.5,
                                    "\"" + t.getText() + "\" leaves its tile in " + r.getId() + ": " + b + " vs " + box);
                            checked++;
                        }
                    }
                }
            }
            assertTrue(checked >= 4 * list.rowViews().size(), "checked " + checked + " texts");
            assertFalse(list.rowViews().isEmpty());
        });
    }

    private static List<Node> all(Node n) {
        List<Node> out = new ArrayList<>();
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.addAll(all(c));
            }
        }
        return out;
    }

    private static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(120, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves the window to {@code $GTLAB_SHOTS/name.png} when that variable is set. */
    private void shot(String name) throws IOException {
        String dir = System.getenv("GTLAB_SHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Files.createDirectories(Path.of(dir));
        WritableImage[] img = new WritableImage[1];
        javafx.application.Platform.runLater(() -> img[0] = stage.getScene().snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", Path.of(dir, name + ".png").toFile());
    }
}
