package org.gtlab.ui.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.figure.TournamentFigures.Standing;
import org.gtlab.game.GameCatalog;
import org.gtlab.io.GameFormatException;
import org.gtlab.io.RepeatedFiles;
import org.gtlab.io.recipe.FigureMaker;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.io.recipe.Recipes;
import org.gtlab.repeated.RepeatedDocument;
import org.gtlab.repeated.StrategySpec;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.workspace.LabContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The repeated-games lab as a document (save, reopen equal; a bad file names file:line:column), its
 * strategy editor (memory-one sliders with live classification; a machine whose missing state is named;
 * user strategies in tournaments with box-plot exports that {@code gtlab export} re-makes), and a
 * game against a strategy that survives a closed window. Synchronous runs; headless under Monocle
 * ({@code GTLAB_SHOTS=DIR} photographs the strategy editor and the box plots).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RepeatedDocumentUiTest {

    @TempDir
    Path dir;

    private Stage stage;
    private RepeatedLabView view;
    private final RunExecutor runs = RunExecutor.synchronous();

    private LabContext context() {
        return new LabContext(() -> runs, StandardMethods.catalog(), new DirectExecutor(), () -> null,
                new SimpleObjectProperty<>(ChartStyle.paper()));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new RepeatedLabView(new RepeatedLabViewModel(context(), null));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private RepeatedLabViewModel vm() {
        return view.viewModel();
    }

    private void fx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(20000, r);
    }

    @Test
    void theDocumentIsSavedAndReopenedEqualAndABadFileNamesItsLine() throws Exception {
        Path f = dir.resolve("mine.gtrepeated.json");
        RepeatedDocument[] saved = new RepeatedDocument[1];
        fx(() -> {
            vm().turnsProperty().set(77);
            vm().noiseProperty().set(0.03);
            vm().continuationProperty().set(0.9);
            vm().strategyEditor().pCDProperty().set(0.25);
            vm().strategyEditor().pDDProperty().set(0.25);
            vm().addStrategy(vm().strategyEditor().memoryOne());
            vm().chosen().add("my-memory-one");
            vm().stageEditor().commit(0, 0, 0, "4");
            try {
                vm().saveDocument(f);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            saved[0] = vm().document();
            vm().newDocument();
            assertEquals(200, vm().turnsProperty().get());
            assertTrue(vm().userStrategies().isEmpty());
            try {
                vm().openDocument(f);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(saved[0], vm().document(), "saved and re-opened equals");
        assertEquals(saved[0], RepeatedFiles.readDocument(f));
        assertEquals(4.0, saved[0].repeatedGame().stage().u1(0, 0), "the stage edited in the payoff grid is saved");
        assertTrue(saved[0].roster().contains("my-memory-one"));
        Files.writeString(f, Files.readString(f).replace("\"turns\" : 77", "\"turns\" : -3"));
        GameFormatException e = assertThrows(GameFormatException.class, () -> vm().openDocument(f));
        assertTrue(e.getMessage().matches(".*mine\\.gtrepeated\\.json:\\d+:\\d+: turns: must be at least 1, got -3"),
                e.getMessage());
    }

    @Test
    void theStrategyEditorClassifiesLiveNamesAMissingStateAndItsStrategiesPlayInTournaments() throws Exception {
        StrategyEditorModel m = vm().strategyEditor();
        fx(() -> {
            m.pCCProperty().set(1);
            m.pCDProperty().set(0);
            m.pDCProperty().set(1);
            m.pDDProperty().set(0);
        });
        assertTrue(m.classificationProperty().get().startsWith("TFT (tit for tat)"), m.classificationProperty().get());
        fx(() -> {
            m.pCCProperty().set(8.0 / 9);
            m.pCDProperty().set(0.5);
            m.pDCProperty().set(1.0 / 3);
            m.pDDProperty().set(0);
        });
        assertTrue(m.classificationProperty().get().contains("ZD extortionate (χ = 2"), m.classificationProperty().get());
        // the machine: a transition to a state that does not exist is named
        fx(() -> m.states().get(1).onDProperty().set("furious"));
        assertEquals("states.1.onD: state 'angry' goes to state 'furious' after the opponent's D, which is not a "
                + "state (missing state)", m.machineStatusProperty().get());
        fx(() -> m.states().get(1).onDProperty().set(""));
        assertEquals("states.1.onD: state 'angry' has no transition for the opponent's D",
                m.machineStatusProperty().get());
        fx(() -> {
            m.states().get(1).onDProperty().set("angry");
            m.machineNameProperty().set("my-grudger");
            vm().addStrategy(m.machine());
            // a deterministic roster, so that the machine and the library's grudger meet the same moves
            m.memoryOneNameProperty().set("my-wsls");
            m.pCCProperty().set(1);
            m.pCDProperty().set(0);
            m.pDCProperty().set(0);
            m.pDDProperty().set(1);
            vm().addStrategy(m.memoryOne());
            vm().chosen().clear();
            vm().chosen().addAll(List.of("my-grudger", "my-wsls", "grudger", "tit-for-tat"));
            vm().turnsProperty().set(30);
            vm().repetitionsProperty().set(4);
            vm().startTournament();
            vm().tick();
        });
        assertTrue(m.machineStatusProperty().get().startsWith("OK: 2 states"), m.machineStatusProperty().get());
        assertEquals(RunStatus.COMPLETED, vm().runs().rows().get(0).currentStatus());
        List<Standing> st = vm().standings();
        assertEquals(4, st.size());
        // the machine is a grudger: the same score as the library's
        double mine = st.stream().filter(s -> s.name().equals("my-grudger")).findFirst().orElseThrow().score();
        double lib = st.stream().filter(s -> s.name().equals("grudger")).findFirst().orElseThrow().score();
        assertEquals(lib, mine, 1e-12);
        // the box plot exports with its recipe, and the recipe re-makes the same chart
        Path svg = dir.resolve("box.svg");
        fx(() -> {
            try {
                vm().export("box-plot", svg);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(Files.readString(svg).contains("<svg"));
        Recipe r = Recipes.read(Recipes.pathFor(svg), StandardMethods.catalog());
        Chart again = FigureMaker.chart(r, StandardMethods.catalog());
        assertEquals(vm().boxPlotProperty().get(), again, "gtlab export re-makes the box plot");
        assertEquals(4, ((org.gtlab.chart.model.BoxPlotChart) again).boxes().size());
        Path tex = dir.resolve("coop.tex");
        fx(() -> {
            try {
                vm().export("cooperation", tex);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(Files.readString(tex).contains("tikzpicture"), "TikZ export");
        if (System.getenv("GTLAB_SHOTS") != null) {
            fx(() -> {
                // a fuller, noisy tournament for the README picture
                vm().chosen().clear();
                vm().chosen().addAll(List.of("my-grudger", "my-wsls", "tit-for-tat", "defector", "cooperator",
                        "random", "generous-tit-for-tat", "zd-extort-2", "suspicious-tit-for-tat", "joss"));
                vm().noiseProperty().set(0.05);
                vm().turnsProperty().set(200);
                vm().repetitionsProperty().set(20);
                vm().startTournament();
                vm().tick();
                TabPane tabs = (TabPane) view.lookup("#repeatedTabs");
                tabs.getSelectionModel().select(0);
                TabPane charts = (TabPane) view.lookup("#tournamentCharts");
                charts.getTabs().stream().filter(t -> "boxPlotTab".equals(t.getId())).findFirst()
                        .ifPresent(t -> charts.getSelectionModel().select(t)); // by id: narrow tabs add "Standings" first
            });
            shot("repeated-box-plots");
            fx(() -> {
                m.load(RepeatedFilesFixtures.machine());
                m.memoryOneNameProperty().set("my-zd-generous");
                m.pCCProperty().set(1);
                m.pCDProperty().set(1.0 / 8);
                m.pDCProperty().set(1);
                m.pDDProperty().set(0.25);
                ((TabPane) view.lookup("#repeatedTabs")).getSelectionModel().select(6);
            });
            shot("repeated-strategy-editor");
            fx(() -> ((TabPane) view.lookup("#repeatedTabs")).getSelectionModel().select(5));
            shot("repeated-stage-game");
        }
    }

    @Test
    void aGameAgainstAStrategySurvivesAClosedWindow() throws Exception {
        Path kept = dir.resolve("play.json");
        RepeatedLabViewModel[] first = new RepeatedLabViewModel[1];
        fx(() -> {
            RepeatedLabViewModel a = new RepeatedLabViewModel(context(), kept);
            first[0] = a;
            a.opponentProperty().set("tit-for-tat");
            a.turnsProperty().set(10);
            a.noiseProperty().set(0.1);
            a.seedProperty().set(7);
            a.newGame();
            a.play(1);
            a.play(0);
            a.play(0);
            a.close(); // the window closes with the game unfinished
        });
        assertTrue(Files.isRegularFile(kept), "kept after every round");
        RepeatedLabViewModel[] second = new RepeatedLabViewModel[1];
        fx(() -> second[0] = new RepeatedLabViewModel(context(), kept));
        RepeatedLabViewModel b = second[0];
        assertNotNull(b.pendingPlayProperty().get(), "offered again on reopen");
        assertTrue(b.pendingPlayTextProperty().get().contains("tit-for-tat (3 rounds played"),
                b.pendingPlayTextProperty().get());
        fx(b::resumePlay);
        assertEquals(first[0].playRounds(), b.playRounds(), "the same rounds, noise draws included");
        assertEquals(first[0].playScoreProperty().get(), b.playScoreProperty().get());
        assertFalse(b.playOverProperty().get());
        fx(() -> {
            for (int k = 0; k < 7; k++) {
                b.play(0);
            }
        });
        assertTrue(b.playOverProperty().get());
        assertFalse(Files.exists(kept), "a finished game is not offered again");
        fx(() -> assertNull(new RepeatedLabViewModel(context(), kept).pendingPlayProperty().get()));
    }

    /** Same title, caption, axes, markers and series values ({@code gtlab export} re-makes the chart). */
    private static void assertSameChart(org.gtlab.chart.model.XYChart a, org.gtlab.chart.model.XYChart b) {
        assertEquals(a.title(), b.title());
        assertEquals(a.caption(), b.caption());
        assertEquals(a.x(), b.x());
        assertEquals(a.y(), b.y());
        assertEquals(a.markers(), b.markers());
        assertEquals(a.series().size(), b.series().size());
        for (int i = 0; i < a.series().size(); i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.series().get(i).ys(), b.series().get(i).ys());
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.series().get(i).xs(), b.series().get(i).xs());
        }
        assertFalse(a.markers().isEmpty());
    }

    private void shot(String name) throws IOException {
        String d = System.getenv("GTLAB_SHOTS");
        if (d == null || d.isBlank()) {
            return;
        }
        Path p = Path.of(d);
        Files.createDirectories(p);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        javafx.application.Platform.runLater(() -> img[0] = stage.getScene().snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", p.resolve(name + ".png").toFile());
    }

    /** A three-state machine for the editor's picture. */
    static final class RepeatedFilesFixtures {
        static StrategySpec machine() {
            return new StrategySpec.Machine("my-forgiver", "calm", List.of(
                    new StrategySpec.State("calm", 'C', "calm", "warned"),
                    new StrategySpec.State("warned", 'D', "calm", "angry"),
                    new StrategySpec.State("angry", 'D', "warned", "angry")));
        }
    }
}
