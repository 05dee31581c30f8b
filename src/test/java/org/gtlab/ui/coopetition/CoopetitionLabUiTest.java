package org.gtlab.ui.coopetition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.coopetition.Check;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.app.StandardLabs;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.LabRoom;
import org.gtlab.ui.workspace.RunRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The coopetition lab at 1280×800 on the synchronous executor: it is registered, opens on the S-LCD
 * case with the published equilibria (exact and Brent side by side) and checks beside ours, the
 * i* editor feeds D and refuses bad rows naming them, the legacy case and the power form give
 * their spec equilibria, the trust layer weakens D, runs (map, Monte Carlo, Apache) go through the
 * shared run list with live charts and cancel, and figures export with their recipes.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CoopetitionLabUiTest {

    @TempDir
    Path dir;

    private CoopetitionLabView view;
    private final RunExecutor runs = RunExecutor.synchronous();

    @Start
    void start(Stage stage) {
        LabRoom room = StandardLabs.all().stream().filter(r -> r.id().equals("coopetition")).findFirst()
                .orElseThrow(() -> new AssertionError("the coopetition lab is not registered"));
        assertEquals("Coopetition", room.title());
        LabContext ctx = new LabContext(() -> runs, StandardMethods.catalog(), new DirectExecutor(), () -> null,
                new SimpleObjectProperty<>(ChartStyle.paper()));
        view = (CoopetitionLabView) room.open(ctx);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private static double exact(CoopetitionLabModel m, int row) {
        return Double.parseDouble(m.equilibrium().get(row).exact());
    }

    private static double brent(CoopetitionLabModel m, int row) {
        return Double.parseDouble(m.equilibrium().get(row).brent());
    }

    @Test
    void slcdOpensWithTheSpecEquilibriaAndChecksBesideOurs(FxRobot robot) {
        CoopetitionLabModel m = view.model();
        robot.interact(() -> {
            // correct orientation: D = [[0, .64], [.86, 0]] from the editor, T-09 a* = (26.6334, 27.3991)
            assertEquals("0.6400", robot.lookup("#coopD-0-1").queryAs(Label.class).getText());
            assertEquals("0.8600", robot.lookup("#coopD-1-0").queryAs(Label.class).getText());
            assertEquals(26.6334, exact(m, 0), 1e-3);
            assertEquals(27.3991, exact(m, 1), 1e-3);
            assertEquals(26.6334, brent(m, 0), 1e-3);
            assertEquals(27.3991, brent(m, 1), 1e-3);
            assertTrue(Integer.parseInt(m.equilibrium().get(2).exact()) > 0, "sweeps");
            assertEquals(42.19, Double.parseDouble(m.equilibrium().get(4).exact()), 0.01);
            assertEquals("58", m.equilibrium().get(7).exact());
            List<String> ids = m.checks().stream().map(Check::id).toList();
            assertEquals(List.of("T-09", "T-10", "T-11", "T-13"), ids);
            assertTrue(m.checks().stream().allMatch(Check::pass), m.checks().toString());
            assertNotNull(view.lookup("#coopDyadChart"));
            // the team sheet's defaults are the grid centre: θ = 0.9 → a* = 3.6160 for each of the 5 members (T-20)
            org.gtlab.chart.model.StackedChart team = (org.gtlab.chart.model.StackedChart) m.teamFigureProperty().get()
                    .chart();
            double[] bars = team.layers().get(0).values();
            for (int k = 0; k < 5; k++) {
                assertEquals(3.6160, bars[4 * k + 1], 1e-4, "member " + (k + 1));
            }
        });
        robot.clickOn("#caseSlcdLegacy");
        robot.interact(() -> {
            assertEquals(27.4797, exact(m, 0), 1e-3);
            assertEquals(26.2697, exact(m, 1), 1e-3);
            assertEquals(41.45, Double.parseDouble(m.equilibrium().get(4).exact()), 0.01);
            assertEquals(List.of("T-07", "T-08", "T-11"), m.checks().stream().map(Check::id).toList());
            assertTrue(m.caseNoteProperty().get().contains("41 %"));
            // the power form: T-08 a* = (0.8765, 0.8077), 46/60
            m.tr1("value").set("power");
            assertTrue(m.solve(), m.solveMessageProperty().get());
            assertEquals(0.8765, exact(m, 0), 1e-4);
            assertEquals(0.8077, exact(m, 1), 1e-4);
            assertEquals("46", m.equilibrium().get(7).exact());
        });
    }

    @Test
    void theEditorFeedsDAndRefusesBadRowsNamingThem(FxRobot robot) {
        CoopetitionLabModel m = view.model();
        robot.interact(() -> {
            // the DOC-int worked example: weights 0.5/0.3/0.2, criticality 0.90/0.85/0.60 → D = 0.825
            m.dependencies().setAll(
                    new CoopetitionLabModel.Dependency("Samsung", "Sony", "capacity", "0.5", "0.90"),
                    new CoopetitionLabModel.Dependency("Samsung", "Sony", "expertise", "0.3", "0.85"),
                    new CoopetitionLabModel.Dependency("Samsung", "Sony", "brand", "0.2", "0.60"),
                    new CoopetitionLabModel.Dependency("Sony", "Samsung", "capital", "1", "0.5"));
            assertTrue(m.applyEditor(), m.editorMessageProperty().get());
            assertEquals(0.825, m.matrixProperty().get()[0][1], 1e-12);
            assertEquals("0.8250", robot.lookup("#coopD-0-1").queryAs(Label.class).getText());
            double[][] before = m.matrixProperty().get();
            m.dependencies().get(1).weight.set("-1");
            assertTrue(!m.applyEditor());
            assertEquals("dependency row 2, weight: must be > 0, got -1", m.editorMessageProperty().get());
            assertEquals(before, m.matrixProperty().get(), "D is kept when the editor is invalid");
            m.dependencies().get(1).weight.set("0.3");
            m.dependencies().get(2).dependee.set("Sharp");
            assertTrue(!m.applyEditor());
            assertTrue(m.editorMessageProperty().get().startsWith("dependency row 3, dependee: \"Sharp\" is not an actor"),
                    m.editorMessageProperty().get());
            m.dependencies().get(2).dependee.set("Sony");
            m.dependencies().get(0).criticality.set("1.5");
            assertTrue(!m.applyEditor());
            assertEquals("dependency row 1, criticality: must be in [0, 1], got 1.5", m.editorMessageProperty().get());
            m.dependencies().get(0).criticality.set("0.9");
            m.dependencies().remove(3);
            assertTrue(!m.solve(), "an actor without dependums is refused");
            assertTrue(m.solveMessageProperty().get().contains("\"Sony\" has no dependums"),
                    m.solveMessageProperty().get());
            assertTrue(m.equilibrium().isEmpty(), "no numbers are shown for invalid input");
            // a third actor: D is 3×3, the equilibrium is the dyad of the first two
            m.actorsProperty().set("Samsung, Sony, Sharp");
            m.dependencies().add(new CoopetitionLabModel.Dependency("Sony", "Sharp", "panels", "1", "0.4"));
            m.dependencies().add(new CoopetitionLabModel.Dependency("Sharp", "Samsung", "licences", "1", "0.2"));
            assertTrue(m.solve(), m.solveMessageProperty().get());
            assertEquals(3, m.matrixProperty().get().length);
            assertTrue(m.solveMessageProperty().get().contains("first two actors"));
        });
    }

    @Test
    void aBadParameterIsOneMessageAndTheTrustLayerWeakensD(FxRobot robot) {
        CoopetitionLabModel m = view.model();
        robot.interact(() -> {
            m.tr1("alpha0").set("1.5");
            assertTrue(!m.solve());
            assertTrue(m.solveMessageProperty().get().contains("alpha0"), m.solveMessageProperty().get());
            assertTrue(m.equilibrium().isEmpty());
            m.tr1("alpha0").set("0.55");
            assertTrue(m.solve());
            double full = exact(m, 0);
            m.trustLayerProperty().set(true);
            m.tr1("trust").set("0");
            assertTrue(m.solve());
            // T = 0 switches interdependence off: actor 1 then invests less (k_1 = α_1 instead of α_1 + D_12 α_2)
            assertTrue(exact(m, 0) < full - 1, exact(m, 0) + " vs " + full);
            m.tr1("trust").set("2");
            assertTrue(!m.solve());
            assertTrue(m.solveMessageProperty().get().contains("trust"), m.solveMessageProperty().get());
        });
    }

    @Test
    void runsGoThroughTheSharedRunListWithLiveChartsAndCancel(FxRobot robot) throws Exception {
        CoopetitionLabModel m = view.model();
        robot.interact(() -> m.mapIdProperty().set("2"));
        showResults(robot); // on a narrow view the run buttons live in the left column's Results tab
        robot.interact(() -> robot.lookup("#coopRunMap").queryAs(javafx.scene.control.ButtonBase.class).fire());
        robot.interact(() -> {
            assertEquals(1, m.runs().rows().size());
            RunRow r = m.runs().rows().get(0);
            assertEquals(RunStatus.COMPLETED, r.currentStatus());
            assertEquals("coop-map", r.spec().method());
            m.runs().tick();
            assertTrue(m.runChartProperty().get() instanceof HeatMapChart, String.valueOf(m.runChartProperty().get()));
        });
        robot.interact(() -> robot.lookup("#coopRunApache").queryAs(javafx.scene.control.ButtonBase.class).fire());
        robot.interact(() -> {
            RunRow r = m.runs().rows().get(1);
            assertEquals("apache", r.spec().method());
            assertEquals(RunStatus.COMPLETED, r.currentStatus());
            assertEquals(60, r.latest().metric("total_score"), 0);
            // a Monte Carlo paused at its third trial, then cancelled from the lab
            m.runs().addRunListener(new RunListener() {
                @Override
                public void snapshot(RunHandle run, Snapshot s) {
                    if (s.step() == 3) { // only the Monte Carlo starts after this listener
                        run.pause();
                    }
                }
            });
            RunRow mc = m.startRun("coop-montecarlo", Map.of("trials", "50"), 42);
            assertEquals(RunStatus.PAUSED, mc.currentStatus());
            m.runs().tick();
            assertTrue(m.runChartProperty().get() instanceof org.gtlab.chart.model.XYChart);
        });
        robot.interact(() -> robot.lookup("#coopCancelRun").queryAs(javafx.scene.control.ButtonBase.class).fire());
        robot.interact(() -> {
            RunRow mc = m.runs().rows().get(2);
            assertEquals(RunStatus.CANCELLED, mc.currentStatus());
            // the lab's run list is the workspace's shared RunListView, newest run on top
            org.gtlab.ui.workspace.RunListView<?> list = robot.lookup("#coopRuns")
                    .queryAs(org.gtlab.ui.workspace.RunListView.class);
            assertEquals(3, list.rowViews().size());
            assertEquals(m.runs(), list.model());
            assertTrue(view.statusLine().startsWith("3 runs · 0 active"), view.statusLine());
        });
    }

    @Test
    void figuresExportWithTheirRecipesAndApacheIsOneClickAway(FxRobot robot) throws Exception {
        robot.clickOn("#caseApache");
        CoopetitionLabModel m = view.model();
        robot.interact(() -> {
            assertEquals("apache", m.teamFigureProperty().get().item());
            assertEquals(List.of("T-34", "T-35", "T-37"), m.checks().stream().map(Check::id).toList());
            assertTrue(m.checks().get(0).pass());
            assertEquals("60/60", m.checks().get(0).measured());
        });
        Path[] recipes = new Path[3];
        robot.interact(() -> {
            try {
                recipes[0] = view.export("dyad", dir.resolve("dyad.pdf"));
                recipes[1] = view.export("team", dir.resolve("team.tex"));
                recipes[2] = view.export("dyad", dir.resolve("dyad.csv"));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(Files.size(dir.resolve("dyad.pdf")) > 1000);
        assertTrue(Files.readString(dir.resolve("team.tex")).contains("tikzpicture"));
        assertTrue(Files.readString(dir.resolve("dyad.csv")).startsWith("series,x,y"));
        for (Path r : recipes) {
            assertEquals("coopetition", org.gtlab.run.Json.parse(Files.readString(r)).get("kind").asText());
        }
    }

    @Test
    void openInPhaseDiagramShowsTheChosenMapWithItsBand(FxRobot robot) {
        CoopetitionLabModel m = view.model();
        robot.interact(() -> m.mapIdProperty().set("8-power"));
        org.gtlab.ui.sweep.PhaseDiagramView[] pd = new org.gtlab.ui.sweep.PhaseDiagramView[1];
        robot.interact(() -> pd[0] = view.openPhaseDiagram());
        robot.interact(() -> {
            org.gtlab.ui.sweep.PhaseDiagramViewModel vm = pd[0].model();
            assertEquals("coop-map", vm.methodProperty().get());
            assertEquals("8-power", vm.metricProperty().get());
            vm.poll();
            org.gtlab.ui.sweep.PhaseDiagramViewModel.Frame f = vm.frame();
            assertNotNull(f, vm.statusProperty().get());
            assertEquals(64, vm.latest().x().n());
            assertTrue(vm.statusProperty().get().startsWith("100%"), vm.statusProperty().get());
            assertTrue(f.overlays().stream().anyMatch(o -> o.label().equals("historical 15–50 % band")));
            pd[0].getScene().getWindow().hide();
        });
    }

    /** Selects the Results tab when the lab is in its narrow (two-column) layout. */
    private void showResults(FxRobot robot) {
        robot.interact(() -> robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).forEach(tp ->
                tp.getTabs().stream().filter(t -> "coopResultsTab".equals(t.getId())).findFirst()
                        .ifPresent(t -> tp.getSelectionModel().select(t))));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
