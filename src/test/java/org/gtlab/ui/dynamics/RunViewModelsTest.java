package org.gtlab.ui.dynamics;

import org.gtlab.ui.workspace.RunExports;

import org.gtlab.ui.workspace.RunRow;
import org.gtlab.figure.PortraitBuilder;
import org.gtlab.figure.PortraitSpec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.Json;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.io.recipe.Recipes;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.testutil.ClassicGames;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher, run rows, live charts, exports and the portrait view model, on the synchronous executors. */
class RunViewModelsTest {

    @TempDir
    Path dir;

    private RunExecutor executor;
    private LiveRunsViewModel runs;
    private RunLauncherViewModel launcher;

    @BeforeEach
    void setUp() {
        executor = RunExecutor.synchronous();
        runs = new LiveRunsViewModel(executor);
        launcher = new RunLauncherViewModel(runs, ClassicGames.rps(), "RPS");
    }

    @AfterEach
    void tearDown() {
        executor.close();
    }

    /** Pauses the run once it has reported {@code step}. */
    private static RunListener pauseAt(long step) {
        return new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                if (s.step() >= step) {
                    run.pause();
                }
            }
        };
    }

    @Test
    void formIsGeneratedFromTheParametersWithDefaultsAndTooltips() {
        assertEquals("fp", launcher.methodProperty().get().name());
        assertEquals("This game (RPS)", launcher.gameProperty().get().name());
        assertEquals(List.of("variant", "ties", "init"), launcher.fields().stream().map(ParamField::name).toList());
        assertEquals("simultaneous", launcher.field("variant").textProperty().get());
        assertEquals(List.of("simultaneous", "alternating"), launcher.field("variant").choices());
        assertEquals("10000", launcher.stepsProperty().get());
        launcher.selectMethod("hedge");
        assertEquals("auto", launcher.field("eta").textProperty().get());
        assertTrue(launcher.field("eta").tooltip().contains("step size"));
        assertTrue(launcher.field("eta").tooltip().contains("(0, ∞)"));
        assertTrue(launcher.validProperty().get());
        assertTrue(launcher.methods().stream().anyMatch(f -> f.name().equals("replicator")));
    }

    @Test
    void invalidValuesAreMarkedInPlaceAndBlockTheStart() {
        launcher.selectMethod("sfp");
        ParamField t = launcher.field("temperature");
        t.textProperty().set("-1");
        assertTrue(t.errorProperty().get().contains("out of range"), t.errorProperty().get());
        assertFalse(launcher.validProperty().get());
        t.textProperty().set("abc");
        assertTrue(t.errorProperty().get().contains("not a number"));
        assertNull(launcher.start());
        assertTrue(launcher.messageProperty().get().startsWith("Not started"));
        assertTrue(runs.rows().isEmpty());
        t.textProperty().set("1/20");
        assertNull(t.errorProperty().get());
        launcher.seedProperty().set("x");
        assertNotNull(launcher.seedErrorProperty().get());
        assertFalse(launcher.validProperty().get());
        launcher.seedProperty().set("7");
        launcher.stepsProperty().set("0");
        assertNotNull(launcher.stepsErrorProperty().get());
        launcher.stepsProperty().set("2000");
        assertTrue(launcher.validProperty().get());
        launcher.field("init").textProperty().set("0.5,-0.1,0.6");
        assertNotNull(launcher.field("init").errorProperty().get());
        launcher.field("init").reset();
        assertTrue(launcher.validProperty().get());
        RunRow r = launcher.start();
        assertNotNull(r);
        assertEquals(0.05, r.spec().params().real("temperature"));
        assertEquals(7, r.spec().seed());
    }

    @Test
    void launchRunsToCompletionAndTheRowShowsIt() {
        RunRow r = launcher.start();
        assertNotNull(r, launcher.messageProperty().get());
        runs.tick();
        assertEquals(RunStatus.COMPLETED, r.statusProperty().get());
        assertEquals(1.0, r.progressProperty().get());
        assertEquals(10_000, r.stepProperty().get());
        // acceptance: fictitious play on RPS, NashConv of the average ≤ 0.02 after 10⁴ iterations
        assertTrue(r.nashConvProperty().get() <= 0.02, "NashConv " + r.nashConvProperty().get());
        assertEquals("done", r.etaProperty().get());
        assertEquals(r.nashConvProperty().get() / 2, r.exploitabilityProperty().get(), 1e-15);
        assertEquals(r, runs.selectedProperty().get());
        XYChart m = runs.metricChartProperty().get();
        assertTrue(m.y().log());
        assertEquals(1, m.series().size());
        XYChart f = runs.frequencyChartProperty().get();
        assertEquals(6, f.series().size());
        for (XYChart.Series s : f.series()) {
            for (int i = 0; i < s.size(); i++) {
                assertTrue(s.y(i) >= 0 && s.y(i) <= 1);
            }
            assertEquals(1 / 3.0, s.y(s.size() - 1), 0.02);
        }
        assertEquals(XYChart.Dash.DASHED, f.series().get(3).dash());
    }

    @Test
    void progressPauseResumeAndCancel() {
        launcher.selectMethod("hedge");
        RunRow r = launcher.start(pauseAt(5000));
        runs.tick();
        assertEquals(RunStatus.PAUSED, r.statusProperty().get());
        assertEquals(5000, r.stepProperty().get());
        assertEquals(0.5, r.progressProperty().get(), 1e-12);
        assertEquals("paused", r.etaProperty().get());
        assertEquals(1, runs.activeCount());
        r.cancel();
        runs.tick();
        assertEquals(RunStatus.CANCELLED, r.statusProperty().get());
        assertEquals(5000, r.stepProperty().get());
        r.resume();
        runs.tick();
        assertEquals(RunStatus.CANCELLED, r.statusProperty().get());
        assertEquals(0, runs.activeCount());
        // a second run can be paused and resumed to the end
        RunRow s = launcher.start(pauseAt(3000));
        runs.tick();
        assertEquals(RunStatus.PAUSED, s.statusProperty().get());
        s.togglePause();
        runs.tick();
        // resumed: the pausing listener pauses again at the next report (3010), toggle until done
        int guard = 0;
        while (s.statusProperty().get() == RunStatus.PAUSED && guard++ < 10_000) {
            s.togglePause();
            runs.tick();
        }
        assertEquals(RunStatus.COMPLETED, s.statusProperty().get());
        assertEquals(2, runs.rows().size());
    }

    @Test
    void rerunningARecipeReproducesTheSameDataExactly() throws Exception {
        launcher.selectMethod("sfp");
        launcher.seedProperty().set("42");
        launcher.stepsProperty().set("3000");
        RunRow a = launcher.start();
        RunRow b = runs.rerun(a);
        assertNotEquals(a, b);
        assertEquals(a.spec(), b.spec());
        String csv = a.record().toCsv();
        assertEquals(csv, b.record().toCsv());
        // the recipe file alone gives the same bytes
        Path recipe = dir.resolve("run.recipe.json");
        a.saveRecipe(recipe);
        RunRow c = runs.startRecipe(recipe);
        assertEquals(csv, c.record().toCsv());
        // an export writes data + recipe; re-running the recipe reproduces the CSV file byte for byte
        Path data = dir.resolve("sfp.csv");
        Path written = RunExports.writeRunData(a.spec(), a.record(), RunExports.DataFormat.CSV, data);
        assertEquals(dir.resolve("sfp.csv.recipe.json"), written);
        RunSpec again = LiveRunsViewModel.readRecipe(written);
        try (RunExecutor ex = RunExecutor.synchronous()) {
            byte[] rerun = ex.start(again).completion().get().toCsv().getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(Files.readAllBytes(data), rerun);
        }
        // JSON data carries the recipe and the snapshots
        Path json = dir.resolve("sfp.json");
        RunExports.writeRunData(a.spec(), a.record(), RunExports.DataFormat.JSON, json);
        var node = Json.parse(Files.readString(json));
        assertEquals(a.spec(), RunSpec.fromJson(node.get("recipe"), null, org.gtlab.run.methods.StandardMethods.catalog()));
        assertEquals(a.record().size(), node.get("snapshots").size());
    }

    @Test
    void severalRunsShareOneChartWithTheirColoursAndAChartRecipe() throws Exception {
        launcher.stepsProperty().set("2000");
        RunRow fp = launcher.start();
        launcher.selectMethod("rm");
        launcher.stepsProperty().set("2000");
        RunRow rm = launcher.start();
        runs.tick();
        XYChart c = runs.metricChartProperty().get();
        assertEquals(2, c.series().size());
        assertEquals(fp.colour(), c.series().get(0).colour());
        assertEquals(rm.colour(), c.series().get(1).colour());
        assertNotEquals(fp.colour(), rm.colour());
        assertEquals(fp.shortName(), c.series().get(0).name());
        assertTrue(c.legend());
        runs.metricProperty().set("payoff_p1");
        runs.tick();
        assertFalse(runs.metricChartProperty().get().y().log());
        assertTrue(runs.metrics().contains("exploitability"));
        // chart export (PGFPlots and PDF) with a recipe that re-runs to the same chart data
        var recipe = RunExports.runsChartRecipe("metric", "nash_conv", true,
                List.of(RunExports.entry(fp.shortName(), fp.colour(), fp.spec(), fp.record()),
                        RunExports.entry(rm.shortName(), rm.colour(), rm.spec(), rm.record())));
        runs.metricProperty().set("nash_conv");
        runs.tick();
        XYChart shown = runs.metricChartProperty().get();
        Path tex = dir.resolve("compare.pgf.tex");
        Path rp = RunExports.writeChart(RunExports.pgfplots(shown, true), recipe, "pgfplots", tex);
        assertEquals(dir.resolve("compare.pgf.tex.recipe.json"), rp);
        assertTrue(Files.readString(tex).contains("ymode=log"));
        List<RunSpec> specs = RunExports.runsOf(Json.parse(Files.readString(rp)), org.gtlab.run.methods.StandardMethods.catalog(),
                org.gtlab.io.recipe.RecipeKind.RUN_CHART, org.gtlab.io.recipe.RecipeKind.RUN).stream()
                .map(org.gtlab.io.recipe.Recipe.RunEntry::spec).toList();
        LiveRunsViewModel again = new LiveRunsViewModel(RunExecutor.synchronous());
        specs.forEach(again::start);
        again.tick();
        assertEquals(new String(RunExports.pgfplots(shown, true), StandardCharsets.UTF_8),
                new String(RunExports.pgfplots(again.metricChartProperty().get(), true), StandardCharsets.UTF_8));
        byte[] pdf = RunExports.chart(shown, ExportFormat.PDF, ExportSize.PAPER_COLUMN, 300, true);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
    }

    @Test
    void portraitFollowsTheSliderClicksAndTheGame() {
        PortraitViewModel p = new PortraitViewModel(new DirectExecutor(), ClassicGames.rps());
        assertEquals("replicator", p.dynamicProperty().get().name());
        PortraitChart c = p.chartProperty().get();
        assertNotNull(c);
        assertEquals(PortraitChart.Kind.SIMPLEX, c.kind());
        assertNull(c.basins());
        long n = p.computedCount();
        // the slider moves a(R, P) and, in one population, its mirror so that the game stays symmetric
        PortraitViewModel.PayoffEntry e = p.entryProperty().get();
        assertEquals(0, e.player());
        assertArrayEquals(new int[] {0, 1}, e.profile());
        assertEquals(-1.0, p.valueProperty().get());
        p.valueProperty().set(0.5);
        NormalFormGame g = p.effectiveGame();
        assertEquals("1/2", g.payoff(0, 0, 1).toString());
        assertEquals("1/2", g.payoff(1, 1, 0).toString());
        assertTrue(g.isSymmetric());
        assertTrue(p.computedCount() > n);
        assertTrue(p.isModified());
        p.valueProperty().set(0.5 + 0.01); // snapped to the 0.05 grid
        assertEquals("1/2", p.effectiveGame().payoff(0, 0, 1).toString());
        p.resetPayoffs();
        assertEquals(-1.0, p.valueProperty().get());
        assertFalse(p.isModified());
        // a click starts a trajectory
        p.click(new double[] {0.5, 0.3, 0.2});
        assertEquals(1, p.chartProperty().get().curves().size());
        p.clearTrajectories();
        assertEquals(0, p.chartProperty().get().curves().size());
        // logit: its parameter appears in the form
        p.dynamicProperty().set(p.dynamics().stream().filter(f -> f.name().equals("logit")).findFirst().orElseThrow());
        assertTrue(p.fields().stream().anyMatch(f -> f.name().equals("eta")));
        assertTrue(p.fields().stream().noneMatch(f -> f.name().equals("dt")));
        // a coordination game has stable vertices: basins arrive after the fast picture
        p.dynamicProperty().set(p.dynamics().get(0));
        p.baseGameProperty().set(ClassicGames.coordination());
        assertNotNull(p.chartProperty().get().basins());
        // a game without a portrait says why
        p.baseGameProperty().set(ClassicGames.shapley());
        assertNull(p.chartProperty().get());
        assertTrue(p.messageProperty().get().contains("3×3"), p.messageProperty().get());
    }

    @Test
    void runsOnTheDocumentsGameAreDrawnIntoThePortrait() {
        DynamicsViewModel d = new DynamicsViewModel(executor, new DirectExecutor(), ClassicGames.battleOfSexes(), "BoS");
        assertEquals(PortraitChart.Kind.SQUARE, d.portrait().kind());
        RunLauncherViewModel l = d.launcher();
        l.selectMethod("replicator");
        l.field("init").textProperty().set("0.3,0.7;0.6,0.4");
        RunRow r = l.start();
        assertNotNull(r, l.messageProperty().get());
        d.tick();
        PortraitChart c = d.portrait().chartProperty().get();
        assertEquals(1, c.curves().size(), r.record().toString() + " " + r.record().last());
        PortraitChart.Curve curve = c.curves().stream().filter(x -> x.name().equals(r.name())).findFirst().orElseThrow();
        assertEquals(r.colour(), curve.colour());
        assertArrayEquals(new double[] {0.3, 0.6}, curve.points().get(0), 1e-12);
        // a run on another game is not drawn
        l.gameProperty().set(l.games().get(1));
        l.start();
        d.tick();
        assertEquals(1, d.portrait().chartProperty().get().curves().size());
    }

    @Test
    void portraitExportsWithARecipeThatReproducesTheData() throws Exception {
        PortraitViewModel p = new PortraitViewModel(new DirectExecutor(), ClassicGames.coordination());
        p.click(new double[] {0.2, 0.3, 0.5});
        p.valueProperty().set(0.5);
        PortraitBuilder.Result r = p.resultProperty().get();
        assertNotNull(r.chart().basins());
        Path data = dir.resolve("portrait.json");
        Path recipe = RunExports.writePortraitData(r, data);
        assertEquals(dir.resolve("portrait.json.recipe.json"), recipe);
        PortraitSpec again = Recipes.read(recipe, org.gtlab.run.methods.StandardMethods.catalog()).portraitSpec(org.gtlab.run.methods.StandardMethods.catalog());
        assertEquals("1/2", again.game().payoff(0, 0, 1).toString());
        assertEquals(Files.readString(data), Json.write(PortraitBuilder.data(PortraitBuilder.build(again))));
        // the picture through the one export path, every format, with the portrait recipe beside it
        for (ExportFormat f : ExportFormat.values()) {
            Path out = dir.resolve("portrait." + f.extension());
            byte[] bytes = RunExports.chart(r.chart(), f, ExportSize.PAPER_COLUMN, 150, true);
            Path rp = RunExports.writeChart(bytes, Recipe.portrait(r.spec()), f.extension(), out);
            assertTrue(Files.size(out) > 500, f + " " + Files.size(out));
            assertEquals(again, Recipes.read(rp, org.gtlab.run.methods.StandardMethods.catalog()).portraitSpec(org.gtlab.run.methods.StandardMethods.catalog()));
        }
        assertTrue(Files.readString(dir.resolve("portrait.tex")).contains("gtbasin0"));
    }
}
