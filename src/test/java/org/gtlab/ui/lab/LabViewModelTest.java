package org.gtlab.ui.lab;

import org.gtlab.figure.JointMatrix;

import org.gtlab.figure.RunCharts;
import org.gtlab.figure.LabVerdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.eval.TeamEquilibriumClass;
import org.gtlab.game.DenseTeamGame;
import org.gtlab.game.GameCatalog;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Json;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.ui.export.ExportDialog;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lab's view model with the synchronous run executor (runs end before {@code run()} returns,
 * so every assertion is deterministic). Reference numbers: spec fxp-psro.md §14.
 */
class LabViewModelTest {

    private final RunExecutor executor = RunExecutor.synchronous();
    private final LabViewModel vm = new LabViewModel(executor);

    @AfterEach
    void close() {
        executor.close();
    }

    private LabRun run(String label) {
        return vm.runs().stream().filter(r -> r.name().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + label + " in " + vm.runs()));
    }

    @Test
    void examplePresetReproducesExactPsroAndUpdatesEveryChart() {
        assertTrue(vm.reproduce(LabPreset.EXAMPLE), vm.messageProperty().get());
        assertEquals("fxp-example", vm.familyProperty().get());
        assertEquals(LabPreset.EXAMPLE.algorithms().size(), vm.runs().size());
        assertEquals(0, vm.activeCount());
        assertTrue(vm.messageProperty().get().startsWith("Finished"), vm.messageProperty().get());

        // exact-oracle PSRO: 0.9375 → 1.5 → 0 in two best responses (spec §14 test 11)
        LabRun psro = run("PSRO (exact oracle)");
        assertEquals(RunStatus.COMPLETED, psro.statusProperty().get());
        double[] expl = psro.record().series("team_exploitability");
        assertEquals(3, expl.length);
        assertEquals(0.9375, expl[0], 1e-9);
        assertEquals(1.5, expl[1], 1e-9);
        assertEquals(0, expl[2], 1e-9);
        assertEquals(0, psro.exploitabilityProperty().get(), 1e-9);
        assertEquals(1, psro.progressProperty().get());

        // the comparison chart: one curve per run, log scale, x = oracle steps; the exact 0 on the floor
        XYChart c = vm.curvesProperty().get();
        assertNotNull(c);
        assertTrue(c.y().log());
        assertEquals("oracle steps", c.x().label());
        assertEquals(vm.runs().size(), c.series().size());
        XYChart.Series s = c.series().stream().filter(x -> x.name().equals("PSRO (exact oracle)")).findFirst()
                .orElseThrow();
        assertEquals(0.9375, s.y(0), 1e-9);
        assertEquals(1.5, s.y(1), 1e-9);
        assertEquals(RunCharts.LOG_FLOOR, s.y(2));
        assertEquals(2, s.x(2));
        assertTrue(c.caption().contains("drawn at 1e-6"), c.caption());
        assertTrue(c.y().min() <= RunCharts.LOG_FLOOR && c.y().max() >= 1.5);
        // SP ends at the local NE, about 1.486, after 34 oracle steps (test 22)
        LabRun sp = run("SP");
        assertEquals(34, sp.stepProperty().get(), 1);
        assertEquals(1.486, sp.exploitabilityProperty().get(), 2e-3);

        // the selected run's views: the meta-game grows to 3 members (π⁰, BR 1 = 111, BR 2 = 000)
        vm.selectedProperty().set(psro);
        vm.tick();
        HeatMapChart m = vm.metaGameProperty().get();
        assertNotNull(m, vm.metaGameNoteProperty().get());
        assertEquals(3, m.rows());
        assertEquals(List.of("π⁰", "BR 1", "BR 2"), m.rowLabels());
        assertEquals(-1.5, m.value(1, 2), 1e-12, "U(111, 000) = −C");
        assertEquals(1.5, m.value(2, 1), 1e-12);
        assertEquals(-0.9375, m.value(0, 1), 1e-12, "uniform against all-1");
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(-m.value(j, i), m.value(i, j), 1e-12, "antisymmetric");
            }
        }
        StackedChart w = vm.weightsProperty().get();
        assertNotNull(w, vm.weightsNoteProperty().get());
        int last = w.size() - 1;
        assertEquals(0, w.layers().get(0).value(last), 1e-9);
        assertEquals(0, w.layers().get(1).value(last), 1e-9);
        assertEquals(1, w.layers().get(2).value(last), 1e-9, "final weights (0, 0, 1): all on all-0");
        HeatMapChart pol = vm.policyProperty().get();
        assertNotNull(pol);
        assertEquals(3, pol.rows(), "one row per agent");
        // the final policy (the last best response, all-0) is the global NE
        assertEquals(TeamEquilibriumClass.GLOBAL_NE, psro.verdict().verdict());
        assertEquals("global NE (mixture)", psro.verdictProperty().get(), "population methods: the mixture's verdict");
        assertTrue(vm.verdictProperty().get().contains("global NE"), vm.verdictProperty().get());

        // FXP's main policy ends at all-0 too; its mixture has 21 members
        LabRun fxp = run("FXP");
        assertEquals(TeamEquilibriumClass.GLOBAL_NE, fxp.verdict().verdict());
        assertEquals(21, fxp.verdict().populationSize());
        assertTrue(fxp.verdict().solutionExploitability() < 1e-5);
        vm.selectedProperty().set(fxp);
        vm.tick();
        assertEquals(21, vm.metaGameProperty().get().rows());
        assertEquals("π₁", vm.metaGameProperty().get().rowLabels().get(1));
        assertEquals("μ₁", vm.metaGameProperty().get().rowLabels().get(2));
    }

    @Test
    void selfPlayEndsAtTheLocalNotGlobalEquilibrium() {
        vm.select(List.of("SP"));
        assertTrue(vm.run());
        LabRun sp = vm.runs().get(0);
        vm.tick();
        assertEquals(RunStatus.COMPLETED, sp.statusProperty().get());
        LabVerdict v = sp.verdict();
        assertNotNull(v);
        assertEquals(TeamEquilibriumClass.LOCAL_NE, v.verdict());
        assertEquals("local NE, not global", sp.verdictProperty().get());
        assertEquals(1.486, v.exploitability(), 2e-3);
        assertTrue(v.agentNashConv() < v.tolerance(), "no single agent gains: " + v.agentNashConv());
        assertTrue(vm.verdictProperty().get().startsWith("SP: final policy (step 34): local NE, not global"),
                vm.verdictProperty().get());
        assertEquals("111 0.989", sp.policyProperty().get().substring(0, 9), "all agents on action 1");
        // SP has no meta-game: a note says why instead
        assertNull(vm.metaGameProperty().get());
        assertTrue(vm.metaGameNoteProperty().get().contains("no meta-game"));
        assertNotNull(vm.policyProperty().get());
    }

    @Test
    void cancelStopsOneRunAtOnceAndTheOthersFinish() {
        vm.applyPreset(LabPreset.SAD);
        vm.select(List.of("SP", "FXP"));
        vm.addRunListener(new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                if (run.spec().orElseThrow().method().equals("fxp") && s.step() == 450) {
                    run.cancel();
                }
            }
        });
        assertTrue(vm.run(), vm.messageProperty().get());
        vm.tick();
        LabRun sp = run("SP");
        LabRun fxp = run("FXP");
        assertEquals(RunStatus.COMPLETED, sp.statusProperty().get());
        assertEquals(405, sp.stepProperty().get(), 1, "SP on SAD: 405 steps (test 23)");
        assertEquals(4.0, sp.exploitabilityProperty().get(), 1e-3);
        assertEquals(TeamEquilibriumClass.LOCAL_NE, sp.verdict().verdict());
        assertEquals("local NE, not global", sp.verdictProperty().get());
        assertEquals(RunStatus.CANCELLED, fxp.statusProperty().get());
        assertEquals(450, fxp.record().last().step(), "nothing recorded after the cancel");
        assertEquals(450, fxp.stepProperty().get());
        assertEquals(0, fxp.progressProperty().get());
        // the cancelled run keeps its record and a verdict of the last policy it reported (step 405)
        assertNotNull(fxp.verdict());
        assertEquals(405, fxp.verdict().step());
        assertEquals(0, vm.activeCount());
    }

    @Test
    void pauseAndResumeAPerRunControl() {
        vm.select(List.of("SP"));
        vm.addRunListener(new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                if (s.step() == 10) {
                    run.pause();
                }
            }
        });
        assertTrue(vm.run());
        LabRun sp = vm.runs().get(0);
        vm.tick();
        assertEquals(RunStatus.PAUSED, sp.statusProperty().get());
        assertEquals(10, sp.stepProperty().get());
        assertNull(sp.verdict(), "no verdict before the end");
        assertTrue(vm.verdictProperty().get().contains("when the run ends"));
        sp.togglePause(); // the synchronous executor resumes on this thread, to the end
        vm.tick();
        assertEquals(RunStatus.COMPLETED, sp.statusProperty().get());
        assertEquals(TeamEquilibriumClass.LOCAL_NE, sp.verdict().verdict());
    }

    @Test
    void progressIsKnownForRunsOfKnownLength() {
        GameSpec g = vm.getGame();
        Snapshot s = Snapshot.builder(100).metric("iteration", 3).metric("phase", 1).build();
        // FXP: main and counter phase per iteration, m = 10: iteration 3's counter phase starts at 5/20
        assertEquals(0.25, LabRun.progressOf(org.gtlab.run.methods.StandardMethods.catalog().spec("fxp", java.util.Map.of(), g, 0, null), s), 1e-12);
        assertEquals(0.5, LabRun.progressOf(org.gtlab.run.methods.StandardMethods.catalog().spec("fxp", java.util.Map.of("iterations", "5"), g, 0,
                null), s), 1e-12);
        Snapshot p = Snapshot.builder(300).metric("iteration", 6).build();
        // damped PSRO-Nash with reset: 12 best responses (the authors' default); uniform: 20
        assertEquals(0.5, LabRun.progressOf(org.gtlab.run.methods.StandardMethods.catalog().spec("psro", java.util.Map.of("oracle", "damped"), g, 0,
                null), p), 1e-12);
        assertEquals(0.3, LabRun.progressOf(org.gtlab.run.methods.StandardMethods.catalog().spec("psro", java.util.Map.of("oracle", "damped",
                "meta", "uniform"), g, 0, null), p), 1e-12);
        assertEquals(0.3, LabRun.progressOf(org.gtlab.run.methods.StandardMethods.catalog().spec("forel", java.util.Map.of(), g, 0, null), p), 1e-12,
                "300 of 1000 steps");
        // learners that stop by their own rule: indeterminate
        assertEquals(-1, LabRun.progressOf(org.gtlab.run.methods.StandardMethods.catalog().spec("sp", java.util.Map.of(), g, 0, null), p));
        assertEquals(-1, LabRun.progressOf(org.gtlab.run.methods.StandardMethods.catalog().spec("psro", java.util.Map.of(), g, 0, null), p));
    }

    @Test
    void badInputIsRefusedBeforeAnythingRuns() {
        vm.setParameter("N", "0");
        assertNull(vm.getGame());
        assertTrue(vm.gameErrorProperty().get().contains("N"), vm.gameErrorProperty().get());
        assertFalse(vm.run());
        assertTrue(vm.messageProperty().get().startsWith("Nothing started"), vm.messageProperty().get());
        assertTrue(vm.runs().isEmpty());

        vm.setParameter("N", "3");
        vm.setParameter("eps", "NaN");
        assertNull(vm.getGame());
        assertTrue(vm.gameErrorProperty().get().contains("not a finite number"), vm.gameErrorProperty().get());
        vm.setParameter("eps", "0.1");
        assertNotNull(vm.getGame());

        // SAD with 12 agents: 13^12 ≈ 2.3e13 joint actions, refused for the exact evaluation
        vm.familyProperty().set("sad");
        vm.setParameter("N", "12");
        assertNotNull(vm.getGame(), "the game itself is fine");
        assertNull(vm.jointMatrixProperty().get());
        assertTrue(vm.jointMatrixMessageProperty().get().contains("too large to show"));
        assertFalse(vm.choice("SP").problemProperty().get().isEmpty());
        assertFalse(vm.run());
        assertTrue(vm.messageProperty().get().contains("joint actions"), vm.messageProperty().get());
        assertTrue(vm.runs().isEmpty());

        // an unknown setting names itself
        vm.setParameter("N", "4");
        vm.choice("FXP").settingsProperty().set("etta=0.5");
        assertTrue(vm.choice("FXP").problemProperty().get().contains("etta"), vm.choice("FXP").problemProperty().get());
        vm.choice("FXP").settingsProperty().set("eta=");
        assertTrue(vm.choice("FXP").problemProperty().get().contains("no value"));
        vm.select(List.of());
        assertFalse(vm.run());
        assertEquals("Select at least one algorithm to run", vm.messageProperty().get());
    }

    @Test
    void settingsReachTheRecipesAndPaperModeSwitchesTheMetric() {
        vm.select(List.of("PSRO-uniform (reset)", "FXP"));
        vm.choice("FXP").settingsProperty().set("iterations=2, eta=0.5");
        vm.paperFaithfulProperty().set(true);
        assertEquals("restricted_exploitability", vm.metricProperty().get());
        assertTrue(vm.run());
        LabRun fxp = run("FXP");
        assertEquals(2L, fxp.spec().params().integer("iterations"));
        assertEquals(0.5, fxp.spec().params().real("eta"));
        assertEquals("paper", fxp.spec().params().text("mode"));
        assertEquals("uniform", run("PSRO-uniform (reset)").spec().params().text("meta"));
        vm.tick();
        XYChart c = vm.curvesProperty().get();
        assertTrue(c.y().label().startsWith("restricted exploitability"));
        assertTrue(((XYChart) vm.exportCharts().get(0)).caption().contains("paper-faithful"),
                "exports name the mode; the screen shows it in the game bar");
        assertTrue(vm.metrics().contains("main_exploitability"));
        vm.logScaleProperty().set(false);
        vm.tick();
        assertFalse(vm.curvesProperty().get().y().log());
    }

    @Test
    void jointMatrixOfTheExampleGameAndRefusalForSad() {
        JointMatrix m = vm.jointMatrixProperty().get();
        assertNotNull(m);
        assertEquals(8, m.rows());
        assertEquals("000", m.rowLabel(0));
        assertEquals("111", m.columnLabel(7));
        // spec §4.1 table: rows k = number of 1s of A, columns l of B
        assertEquals(1.5, m.value(0, 7), 1e-12);
        assertEquals(-1.5, m.value(7, 0), 1e-12);
        assertEquals(0.1, m.value(0, 1), 1e-12);
        assertEquals(-1.0, m.value(3, 7), 1e-12, "011 vs 111: k = 2, l = 3");
        assertEquals(2.0, m.value(7, 1), 1e-12);
        assertEquals("1.5", m.cell(0, 7).texts().get(0));
        assertEquals("-0.1", m.cell(1, 0).texts().get(0));
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                assertEquals(-m.value(j, i), m.value(i, j), 1e-12);
            }
        }
        vm.familyProperty().set("sad");
        assertNull(vm.jointMatrixProperty().get());
        String msg = vm.jointMatrixMessageProperty().get();
        assertTrue(msg.contains("13^4 = 28,561 joint actions") && msg.contains("815,730,721 entries"), msg);
        vm.setParameter("N", "2");
        assertEquals(169, vm.jointMatrixProperty().get().rows());
        assertEquals("(gain 10, attack)", vm.jointMatrixProperty().get().rowLabel(10 * 13 + 11));
        assertThrows(IllegalArgumentException.class, () -> vm.jointMatrixProperty().get().snapshot(),
                "169 rows is too many for an export table");
    }

    @Test
    void aSymmetricZeroSumMatrixGameRunsAsOneAgentTeams() {
        vm.setGame(GameSpec.of("rock-paper-scissors", GameCatalog.get("rock-paper-scissors").game()));
        assertEquals("team:rock-paper-scissors", vm.familyProperty().get());
        assertTrue(vm.parameters().isEmpty());
        assertTrue(vm.getGame().teamGame() instanceof DenseTeamGame);
        assertEquals(3, vm.jointMatrixProperty().get().rows());
        vm.select(List.of("PSRO (exact oracle)"));
        assertTrue(vm.run());
        vm.tick();
        assertEquals(0, run("PSRO (exact oracle)").exploitabilityProperty().get(), 1e-9);
        // back to a catalog family
        vm.familyProperty().set("team-rps");
        assertEquals(List.of("N"), vm.parameters().stream().map(GameParameter::name).toList());
    }

    @TempDir
    Path dir;

    @Test
    void everyChartAndDataExportWritesARecipeThatReRunsTheSameData() throws Exception {
        vm.reproduce(LabPreset.TEAM_RPS);
        vm.selectedProperty().set(run("FXP"));
        vm.tick();
        List<ExportDialog.Item> items = vm.exportItems();
        assertEquals(List.of("Exploitability curves", "Meta-game payoff matrix (heat map)",
                "Meta-strategy weights over time", "Policy per agent (heat map)", "Joint-action payoff matrix (table)"),
                items.stream().map(ExportDialog.Item::name).toList());
        int k = 0;
        for (ExportDialog.Item it : items) {
            for (ExportFormat f : ExportFormat.values()) {
                Path target = dir.resolve("chart" + (k++) + "." + f.extension());
                Path recipe = vm.exportChart(it.name(), new Exporter.Request(it.chart(), f, ExportSize.PAPER_COLUMN, 150,
                        true, ChartStyle.paper()), target);
                assertTrue(Files.size(target) > 200, target + " is empty");
                assertEquals(org.gtlab.ui.workspace.RunExports.recipePath(target), recipe);
                assertEquals(org.gtlab.io.recipe.Recipe.FORMAT, Json.parse(Files.readString(recipe)).get("format").asText());
            }
        }
        assertTrue(Files.readString(dir.resolve("chart3.tex")).contains("\\begin{tikzpicture}"));
        for (DataExport d : DataExport.values()) {
            Path target = dir.resolve(d.name().toLowerCase() + ".csv");
            vm.exportData(d, target);
            assertTrue(Files.readString(target).lines().count() > 1, d + ": " + Files.readString(target));
        }
        String curves = Files.readString(dir.resolve("curves.csv"));
        assertTrue(curves.startsWith("run,algorithm,method,step,team_exploitability"), curves.lines().findFirst().get());
        long rows = vm.runs().stream().mapToLong(r -> r.record().size()).sum();
        assertEquals(rows + 1, curves.lines().count(), "every snapshot of every run, full resolution");
        String weights = Files.readString(dir.resolve("weights.csv"));
        assertTrue(weights.startsWith("step,μ₀,π₁,μ₁"), weights);
        String matrix = Files.readString(dir.resolve("joint_matrix.csv"));
        assertEquals(5, matrix.lines().count(), "header and 4 joint actions of team RPS");

        // re-run from the recipe beside the curves: the same runs, the same data
        String before = vm.csv(DataExport.CURVES);
        var recipe = Json.parse(Files.readString(dir.resolve("curves.csv.recipe.json")));
        LabViewModel again = new LabViewModel(executor);
        again.rerun(recipe);
        assertEquals(before, again.csv(DataExport.CURVES));
        assertEquals("team-rps", again.familyProperty().get());
        assertEquals("FXP", again.selectedProperty().get().name());
        assertThrows(IllegalArgumentException.class, () -> again.rerun(Json.parse("{\"format\": \"x\"}")));
    }

    @Test
    void theActiveLabTabDescribesItselfForTitleStatusAndInspector() {
        LabViewModel lab = new LabViewModel(org.gtlab.run.RunExecutor.synchronous());
        org.gtlab.ui.workspace.TabDescription d = lab;
        assertEquals(lab.title(), d.tabTitle());
        assertTrue(d.tabTitle().startsWith("Lab — "), d.tabTitle());
        assertTrue(d.statusLine().startsWith("0 runs · 0 active"), d.statusLine());
        assertTrue(d.inspectorText().contains("Agents per team: "), d.inspectorText());
        long v = d.descriptionVersion();
        lab.select(List.of("SP"));
        assertTrue(lab.run(), lab.messageProperty().get());
        assertTrue(d.descriptionVersion() > v);
        assertTrue(d.statusLine().startsWith("1 run · 0 active"), d.statusLine());
        assertTrue(d.inspectorText().contains("Selected: SP · done"), d.inspectorText());
        assertTrue(d.inspectorText().contains("Verdict: "), d.inspectorText());
    }
}
