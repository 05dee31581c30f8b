package org.gtlab.ui.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.figure.TournamentFigures.Standing;
import org.gtlab.game.GameCatalog;
import org.gtlab.repeated.RepeatedGame;
import org.gtlab.repeated.ResultSet;
import org.gtlab.repeated.StageGame;
import org.gtlab.repeated.Strategies;
import org.gtlab.repeated.Tournament;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.RunListView;
import org.gtlab.ui.workspace.RunRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The repeated-games lab at 1280×800 on the synchronous run executor (headless under Monocle; with
 * {@code GTLAB_SHOTS=DIR} each view is photographed): a tournament whose standings and heat map fill
 * while it runs and end equal to the direct {@link Tournament}, a cancel, a match round by round,
 * playing against Tit For Tat, and a Moran run's population shares.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RepeatedLabUiTest {

    private static final List<String> ROSTER = List.of("cooperator", "defector", "tit-for-tat", "grudger");

    private Stage stage;
    private RepeatedLabView view;
    private final RunExecutor runs = RunExecutor.synchronous();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        LabContext ctx = new LabContext(() -> runs, StandardMethods.catalog(), new DirectExecutor(), () -> null,
                new SimpleObjectProperty<>(ChartStyle.paper()));
        view = (RepeatedLabView) new RepeatedGamesLab().open(ctx);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private RepeatedLabViewModel vm() {
        return view.viewModel();
    }

    private void select(int tab) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> ((TabPane) view.lookup("#repeatedTabs")).getSelectionModel()
                .select(tab));
    }

    private void chooseRoster(List<String> names) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            vm().chosen().clear();
            vm().chosen().addAll(names);
        });
    }

    @Test
    void tournamentFillsStandingsAndHeatMapWhileItRunsAndEndsAtTheDirectResult(FxRobot robot) throws IOException {
        chooseRoster(ROSTER);
        List<Integer> blanksSeen = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            vm().turnsProperty().set(50);
            vm().repetitionsProperty().set(3);
            vm().noiseProperty().set(0.02);
            vm().searchProperty().set("tit");
            assertTrue(vm().filteredLibrary().stream().allMatch(i -> i.name().contains("tit")
                    || i.title().toLowerCase().contains("tit")), "the search filters the library");
            assertTrue(vm().filteredLibrary().size() >= 4 && vm().filteredLibrary().size() < vm().library().size());
            vm().searchProperty().set("");
            // at the 4th pair the view is refreshed as its timer would: partial standings and heat map
            vm().runs().addRunListener(new RunListener() {
                @Override
                public void snapshot(RunHandle run, Snapshot s) {
                    if (run.spec().map(x -> x.method()).orElse("").equals("tournament") && s.step() == 4) {
                        vm().tick();
                        HeatMapChart h = (HeatMapChart) vm().heatMapProperty().get();
                        int blanks = 0;
                        for (int i = 0; i < 4; i++) {
                            for (int j = 0; j < 4; j++) {
                                blanks += Double.isNaN(h.value(i, j)) ? 1 : 0;
                            }
                        }
                        blanksSeen.add(blanks);
                        blanksSeen.add(vm().standings().size());
                    }
                }
            });
            ((Button) view.lookup("#runTournament")).fire();
        });
        assertEquals(2, blanksSeen.size(), "the standings were refreshed during the run");
        assertTrue(blanksSeen.get(0) > 0 && blanksSeen.get(0) < 16, "part of the heat map was filled: "
                + blanksSeen.get(0) + " blank cells");
        assertEquals(4, blanksSeen.get(1));
        RunRow row = vm().runs().rows().get(0);
        assertEquals(RunStatus.COMPLETED, row.currentStatus());
        @SuppressWarnings("unchecked")
        RunListView<RunRow> list = (RunListView<RunRow>) view.lookup("#labRuns");
        assertEquals(1, list.rowViews().size(), "the run is in the shared run list (ui.workspace.RunListView)");
        assertTrue(row.summaryProperty().get().contains("matches 48 of 48"), "the row counts matches: "
                + row.summaryProperty().get());
        // the tournament view's other charts: score box plots, wins, cooperation rates
        org.gtlab.chart.model.BoxPlotChart box = (org.gtlab.chart.model.BoxPlotChart) vm().boxPlotProperty().get();
        assertEquals(4, box.boxes().size(), "one box per strategy");
        assertEquals(vm().standings().get(0).name(), box.boxes().get(0).label(), "in ranking order");
        assertEquals(vm().standings().get(0).median(), box.boxes().get(0).median(), 1e-12,
                "the box's median is the standings' median");
        assertEquals(4, ((org.gtlab.chart.model.XYChart) vm().winPlotProperty().get()).markers().size());
        assertEquals(4, ((org.gtlab.chart.model.XYChart) vm().cooperationPlotProperty().get()).markers().size());
        // the standings equal a direct tournament with the same roster, settings and seed
        StageGame pd = StageGame.from(GameCatalog.get("prisoners-dilemma").game());
        ResultSet direct = new Tournament(RepeatedGame.fixed(pd, 50).withNoise(0.02), Strategies.roster(
                String.join(",", ROSTER)), 3, vm().seedProperty().get()).play();
        List<Standing> st = vm().standings();
        assertEquals(4, st.size());
        for (Standing s : st) {
            assertEquals(direct.meanScores()[s.index()], s.score(), 1e-12, s.name());
            assertEquals(direct.wins()[s.index()], s.wins(), s.name());
        }
        assertEquals(direct.rankedNames(), st.stream().map(Standing::name).toList());
        HeatMapChart h = (HeatMapChart) vm().heatMapProperty().get();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertTrue(Double.isFinite(h.value(i, j)), "cell " + i + "," + j);
            }
        }
        @SuppressWarnings("unchecked")
        TableView<Standing> table = (TableView<Standing>) view.lookup("#standings");
        assertEquals(4, table.getItems().size());
        if (System.getenv("GTLAB_SHOTS") != null) { // a fuller picture for the README
            chooseRoster(List.of("cooperator", "defector", "tit-for-tat", "grudger", "win-stay-lose-shift",
                    "tit-for-two-tats", "suspicious-tit-for-tat", "random", "generous-tit-for-tat", "joss",
                    "zd-extort-2", "gradual", "prober", "alternator"));
            WaitForAsyncUtils.waitForAsyncFx(20000, () -> {
                vm().turnsProperty().set(200);
                vm().repetitionsProperty().set(5);
                ((Button) view.lookup("#runTournament")).fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            shot("repeated-tournament");
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> vm().runs().remove(vm().runs().rows().get(1)));
        }
        // a cancelled run ends CANCELLED and is listed too
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            vm().runs().addRunListener(new RunListener() {
                @Override
                public void snapshot(RunHandle run, Snapshot s) {
                    if (run.spec().map(x -> x.method()).orElse("").equals("tournament") && s.step() == 1) {
                        run.cancel();
                    }
                }
            });
            ((Button) view.lookup("#runTournament")).fire();
            vm().tick();
        });
        assertEquals(RunStatus.CANCELLED, vm().runs().rows().get(1).currentStatus());
        assertEquals(2, list.rowViews().size());
        assertFalse(vm().runningProperty().get());
    }

    @Test
    void aMatchIsShownRoundByRoundWithRunningTotals() throws IOException {
        select(1);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            vm().turnsProperty().set(5);
            vm().matchAProperty().set("tit-for-tat");
            vm().matchBProperty().set("defector");
            ((Button) view.lookup("#playMatch")).fire();
        });
        List<RepeatedLabViewModel.RoundRow> r = vm().matchRounds();
        assertEquals(5, r.size());
        // TFT cooperates once, then copies the defector: 0 + 1·4 = 4 against 5 + 1·4 = 9 (R3 S0 T5 P1)
        assertEquals("Cooperate", r.get(0).action1());
        assertEquals("Defect", r.get(0).action2());
        assertEquals("Defect", r.get(1).action1());
        assertEquals(4, r.get(4).total1(), 0);
        assertEquals(9, r.get(4).total2(), 0);
        assertTrue(vm().matchSummaryProperty().get().contains("after 5 rounds"), vm().matchSummaryProperty().get());
        assertEquals(5, ((TableView<?>) view.lookup("#matchRounds")).getItems().size());
        shot("repeated-match");
    }

    @Test
    void theUserPlaysAgainstTitForTatRoundByRound() throws IOException {
        select(2);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            vm().turnsProperty().set(3);
            vm().opponentProperty().set("tit-for-tat");
            ((Button) view.lookup("#newGame")).fire();
            assertFalse(((Button) view.lookup("#playAction1")).isDisabled());
            ((Button) view.lookup("#playAction1")).fire(); // defect: T = 5 against TFT's opening cooperation
            ((Button) view.lookup("#playAction0")).fire(); // cooperate: S = 0, TFT punishes
            ((Button) view.lookup("#playAction0")).fire(); // cooperate: R = 3
        });
        List<RepeatedLabViewModel.RoundRow> r = vm().playRounds();
        assertEquals(3, r.size());
        assertEquals(List.of(5.0, 0.0, 3.0), r.stream().map(RepeatedLabViewModel.RoundRow::payoff1).toList());
        assertEquals(List.of("Cooperate", "Defect", "Cooperate"),
                r.stream().map(RepeatedLabViewModel.RoundRow::action2).toList());
        assertEquals(8, r.get(2).total1(), 0);
        assertEquals(0 + 5 + 3, r.get(2).total2(), 0);
        assertTrue(vm().playOverProperty().get(), "three rounds played: the game is over");
        assertTrue(((Button) view.lookup("#playAction0")).isDisabled());
        assertTrue(vm().playScoreProperty().get().startsWith("You 8"), vm().playScoreProperty().get());
        shot("repeated-play");
    }

    @Test
    void aMoranRunDrawsPopulationSharesOverTime() throws IOException {
        chooseRoster(List.of("defector", "tit-for-tat", "cooperator"));
        select(3);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            vm().turnsProperty().set(20);
            vm().repetitionsProperty().set(1);
            vm().populationProperty().set(30);
            vm().eventsProperty().set(800);
            vm().mutationProperty().set(0.01);
            ((Button) view.lookup("#runMoran")).fire();
            vm().tick();
        });
        RunRow row = vm().runs().rows().get(0);
        assertEquals("moran-tournament", row.spec().method());
        assertEquals(RunStatus.COMPLETED, row.currentStatus());
        StackedChart c = (StackedChart) vm().moranChartProperty().get();
        assertNotNull(c);
        assertEquals(3, c.layers().size());
        assertTrue(c.size() > 100, "shares recorded over time: " + c.size());
        for (int i = 0; i < c.size(); i++) {
            assertEquals(1, c.cumulative(2, i), 1e-9, "shares sum to 1 at event " + c.x(i));
        }
        assertEquals(Set.of("defector", "tit-for-tat", "cooperator"),
                Set.copyOf(c.layers().stream().map(StackedChart.Layer::name).toList()));
        shot("repeated-moran");
    }

    @Test
    void theFingerprintViewRunsASweepAndDrawsTheMap() throws IOException {
        select(4);
        WaitForAsyncUtils.waitForAsyncFx(20000, () -> {
            vm().turnsProperty().set(40);
            vm().fpGridProperty().set(System.getenv("GTLAB_SHOTS") != null ? 21 : 3);
            vm().fpMatchesProperty().set(4);
            vm().fpStrategyProperty().set("tit-for-tat");
            ((Button) view.lookup("#runFingerprint")).fire();
            vm().tick();
        });
        RunRow row = vm().runs().rows().get(0);
        assertEquals("sweep", row.spec().method());
        assertEquals(RunStatus.COMPLETED, row.currentStatus());
        HeatMapChart c = (HeatMapChart) vm().fingerprintChartProperty().get();
        assertNotNull(c);
        int n = vm().fpGridProperty().get();
        assertEquals(n, c.rows());
        assertEquals(n, c.columns());
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertTrue(Double.isFinite(c.value(i, j)));
                values.add(c.value(i, j));
            }
        }
        // corners: TFT against TFT (3), against Psycho TFT (2.25, 40 turns = 10 cycles), against a cooperator (3)
        assertTrue(values.contains(3.0) && values.contains(2.25), values.toString());
        assertTrue(c.title().contains("tit-for-tat"), c.title());
        shot("repeated-fingerprint");
    }

    @Test
    void theLabIsRegisteredAndTakesATwoPlayerActiveGameAsItsStage() {
        assertTrue(org.gtlab.ui.app.StandardLabs.all().stream().anyMatch(r -> r instanceof RepeatedGamesLab));
        var stag = GameCatalog.get("stag-hunt").game();
        LabContext ctx = new LabContext(() -> runs, StandardMethods.catalog(), new DirectExecutor(), () -> stag,
                new SimpleObjectProperty<>(ChartStyle.paper()));
        RepeatedLabViewModel m = new RepeatedLabViewModel(ctx);
        assertTrue(m.stageTitle().startsWith("Stag Hunt"), m.stageTitle());
        assertEquals(stag.strategyLabels(0), m.actions1());
        assertTrue(vm().stageTitle().startsWith("Prisoner"), "no active game: the Prisoner's Dilemma");
    }

    private void shot(String name) throws IOException {
        String dir = System.getenv("GTLAB_SHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path d = Path.of(dir);
        Files.createDirectories(d);
        WritableImage[] img = new WritableImage[1];
        javafx.application.Platform.runLater(() -> img[0] = stage.getScene().snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", d.resolve(name + ".png").toFile());
    }
}
