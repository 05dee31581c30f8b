package org.gtlab.io.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;
import org.gtlab.cli.Main;
import org.gtlab.figure.Diagrams;
import org.gtlab.figure.PortraitBuilder;
import org.gtlab.figure.PortraitSpec;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.io.JsonGameFormat;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Json;
import org.gtlab.run.Limits;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunSpec;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.testutil.ClassicGames;
import org.gtlab.ui.editor.EditorViewModel;
import org.gtlab.ui.editor.GridDecorations;
import org.gtlab.ui.editor.GridTable;
import org.gtlab.ui.export.ExportDialog;
import org.gtlab.ui.lab.LabPreset;
import org.gtlab.ui.lab.LabViewModel;
import org.gtlab.ui.dynamics.LiveRunsViewModel;
import org.gtlab.ui.workspace.RunExports;
import org.gtlab.ui.workspace.RunRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * For each recipe kind, a recipe is written the way the app writes it (through the same export code
 * as the app's views and view models) and {@code gtlab export} re-makes the figure from it through the
 * CLI entry point: the TikZ text and the PNG pixels are identical to the app's export, the PDF is a PDF,
 * run data (CSV) is byte-identical, and each re-made file gets its own recipe.
 */
class ExportRecipeTest {

    private static final org.gtlab.run.MethodCatalog CATALOG = org.gtlab.run.methods.StandardMethods.catalog();


    @TempDir
    Path dir;

    private record Cli(int code, String out, String err) {
    }

    private static Cli gtlab(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** Exports {@code chart} as the app does (TeX and PNG), then re-makes TeX, PNG and PDF with the CLI. */
    private void appExportThenRemake(String name, Chart chart, Recipe recipe, RecipeKind kind) throws Exception {
        Path tex = dir.resolve(name + ".tex");
        Path png = dir.resolve(name + ".png");
        Path recipeTex = Exporter.write(new Exporter.Request(chart, ExportFormat.LATEX, ExportSize.PAPER_COLUMN, 150,
                true, ChartStyle.paper()), tex, recipe);
        Path recipePng = Exporter.write(new Exporter.Request(chart, ExportFormat.PNG, ExportSize.PAPER_COLUMN, 100,
                true, ChartStyle.paper()), png, recipe);
        remake(name, tex, png, recipeTex, recipePng, kind);
    }

    private void remake(String name, Path tex, Path png, Path recipeTex, Path recipePng, RecipeKind kind)
            throws Exception {
        // one recipe per exported file, in the one format, naming its file
        assertEquals(dir.resolve(tex.getFileName() + ".recipe.json"), recipeTex);
        assertEquals(dir.resolve(png.getFileName() + ".recipe.json"), recipePng);
        var json = Json.parse(Files.readString(recipeTex));
        assertEquals(Recipe.FORMAT, json.get("format").asText());
        assertEquals(1, json.get("version").asInt());
        assertEquals(kind.id(), json.get("kind").asText());
        assertEquals(tex.getFileName().toString(), json.get("output").get("file").asText());
        assertEquals(100, Recipes.read(recipePng, CATALOG).output().dpi());

        Path tex2 = dir.resolve(name + "-again.tex");
        Cli c = gtlab("export", recipeTex.toString(), "--format", "tex", tex2.toString());
        assertEquals(0, c.code(), c.err());
        assertEquals(Files.readString(tex), Files.readString(tex2), name + ": the re-made TikZ differs");
        assertTrue(Files.exists(dir.resolve(name + "-again.tex.recipe.json")));

        Path png2 = dir.resolve(name + "-again.png");
        c = gtlab("export", recipePng.toString(), png2.toString(), "-q");
        assertEquals(0, c.code(), c.err());
        assertEquals("", c.out());
        BufferedImage a = ImageIO.read(png.toFile());
        BufferedImage b = ImageIO.read(png2.toFile());
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        assertArrayEquals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()), name + ": the re-made PNG differs");

        Path pdf = dir.resolve(name + ".pdf");
        c = gtlab("export", recipeTex.toString(), "--format", "pdf", pdf.toString());
        assertEquals(0, c.code(), c.err());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.ISO_8859_1));
        assertTrue(c.out().contains(kind.id() + " recipe"), c.out());
    }

    @Test
    void matrixAsShownIsReMadeCellForCell() throws Exception {
        NormalFormGame g = GameCatalog.get("battle-of-the-sexes").game();
        EditorViewModel ed = new EditorViewModel(g);
        ed.bestResponseMarksProperty().set(true);
        var table = new GridTable(ed, () -> GridDecorations.NONE).snapshot("Battle of the sexes", "marks");
        appExportThenRemake("matrix", table, Recipe.matrix(g, "lcp", table), RecipeKind.MATRIX);
        assertTrue(Files.readString(dir.resolve("matrix-again.tex")).contains("\\underline{$3$}"));
    }

    @Test
    void diagramIsReMadeFromTheGameAndItsEquilibria() throws Exception {
        NormalFormGame g = GameCatalog.get("battle-of-the-sexes").game();
        List<StrategyProfile> eq = Solvers.byName("enummixed").solve(g).equilibria();
        assertEquals(3, eq.size());
        XYChart square = Diagrams.bestResponseSquare(g, eq);
        appExportThenRemake("square", square, Recipe.diagram(g, "enummixed", "square", eq), RecipeKind.DIAGRAM);
        XYChart env = Diagrams.envelope(g, 0, eq);
        appExportThenRemake("envelope", env, Recipe.diagram(g, "enummixed", "envelope-1", eq), RecipeKind.DIAGRAM);
        // the equilibria are part of the figure: without them the TikZ is different
        assertNotEquals(Files.readString(dir.resolve("square.tex")),
                new String(Exporter.render(Diagrams.bestResponseSquare(g, List.of()), ExportFormat.LATEX, 252, 189,
                        150, true, ChartStyle.paper()), StandardCharsets.UTF_8));
    }

    @Test
    void qreCorrespondenceIsReMadeByReTracingTheBranch() throws Exception {
        NormalFormGame g = GameCatalog.get("battle-of-the-sexes").game();
        var limit = org.gtlab.figure.QreFigure.trace(g);
        XYChart chart = org.gtlab.figure.QreFigure.chart(g, limit, 0);
        appExportThenRemake("qre", chart, Recipe.qre(g, 0), RecipeKind.QRE);
        // the figure belongs to its player: player 2's correspondence is a different picture
        assertNotEquals(Files.readString(dir.resolve("qre.tex")),
                new String(Exporter.render(org.gtlab.figure.QreFigure.chart(g, limit, 1), ExportFormat.LATEX, 252, 189,
                        150, true, ChartStyle.paper()), StandardCharsets.UTF_8));
    }

    @Test
    void portraitIsReMadeFromItsSpec() throws Exception {
        RunSpec dyn = CATALOG.spec("replicator", Map.of(), GameSpec.of(ClassicGames.coordination()), 0, null);
        PortraitSpec spec = PortraitSpec.of(dyn).withStarts(List.of(new double[] {0.2, 0.3, 0.5}));
        PortraitBuilder.Result r = PortraitBuilder.build(spec);
        appExportThenRemake("portrait", r.chart(), Recipe.portrait(r.spec()), RecipeKind.PORTRAIT);
        assertTrue(Files.readString(dir.resolve("portrait-again.tex")).contains("gtbasin0"));
    }

    @Test
    void selfPlayFiguresAreReMadeByReRunningThePreferenceRun() throws Exception {
        RunSpec spec = CATALOG.spec("sppo", Map.of("eta", 1), GameSpec.of("three-raters",
                org.gtlab.game.GameCatalog.get("three-raters").game()), 1, new org.gtlab.run.Limits(400, 4, 0));
        org.gtlab.run.RunRecord rec;
        try (RunExecutor ex = RunExecutor.synchronous()) {
            rec = ex.start(spec).record();
        }
        Recipe.RunEntry e = new Recipe.RunEntry("SPPO exact η = 1", 0, spec, 400);
        List<String> abc = org.gtlab.figure.SelfPlayFigures.optionLabels(3);
        Chart simplex = org.gtlab.figure.SelfPlayFigures.simplex(rec, abc, "Hedge self-play", "three raters");
        appExportThenRemake("selfplay-simplex", simplex, Recipe.selfPlay("simplex", e, "Hedge self-play",
                "three raters"), RecipeKind.SELF_PLAY);
        Chart it = org.gtlab.figure.SelfPlayFigures.iterates(rec, abc, "Iterates", "three raters");
        appExportThenRemake("selfplay-iterates", it, Recipe.selfPlay("iterates", e, "Iterates", "three raters"),
                RecipeKind.SELF_PLAY);
        org.gtlab.chart.model.XYChart again = (org.gtlab.chart.model.XYChart) FigureMaker.chart(
                Recipe.selfPlay("iterates", e, "Iterates", "three raters"), CATALOG);
        org.gtlab.chart.model.XYChart orig = (org.gtlab.chart.model.XYChart) it;
        assertEquals(orig.series().size(), again.series().size());
        for (int i = 0; i < orig.series().size(); i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(orig.series().get(i).ys(), again.series().get(i).ys(),
                    "series " + orig.series().get(i).name() + " re-made bit for bit");
        }
    }

    @Test
    void runChartIsReMadeByReRunningTheRuns() throws Exception {
        try (RunExecutor ex = RunExecutor.synchronous()) {
            LiveRunsViewModel runs = new LiveRunsViewModel(ex);
            NormalFormGame g = ClassicGames.rps();
            runs.start(CATALOG.spec("fp", Map.of(), GameSpec.of(g), 1, new Limits(800, 10, 0)));
            runs.start(CATALOG.spec("rm", Map.of(), GameSpec.of(g), 2, new Limits(600, 10, 0)));
            runs.metricProperty().set("exploitability");
            XYChart chart = runs.metricChartForExport();
            List<Recipe.RunEntry> entries = new ArrayList<>();
            for (RunRow row : runs.rows()) {
                entries.add(RunExports.entry(row.shortName(), row.colour(), row.spec(), row.record()));
            }
            Recipe recipe = RunExports.runsChartRecipe("metric", runs.shownMetric(), runs.logScaleProperty().get(),
                    entries);
            appExportThenRemake("runs", chart, recipe, RecipeKind.RUN_CHART);
            // PGFPlots too: the coordinates of both runs, identical
            Path pgf = dir.resolve("runs.pgf.tex");
            Path rp = RunExports.writeChart(RunExports.pgfplots(chart, true), recipe, "pgfplots", pgf);
            Path pgf2 = dir.resolve("runs-again.pgf.tex");
            Cli c = gtlab("export", rp.toString(), pgf2.toString());
            assertEquals(0, c.code(), c.err());
            assertEquals(Files.readString(pgf), Files.readString(pgf2));
            assertTrue(Files.readString(pgf2).contains("coordinates"));
        }
    }

    @Test
    void coopetitionFiguresAreReMadeFromTheirItemAndParameters() throws Exception {
        for (org.gtlab.figure.CoopetitionFigure f : List.of(
                new org.gtlab.figure.CoopetitionFigure("best-responses", Map.of("value", "power", "trust", "0.8")),
                new org.gtlab.figure.CoopetitionFigure("team-effort", Map.of("theta", "0.7", "n", "6")),
                new org.gtlab.figure.CoopetitionFigure("apache", Map.of("phase", "2")),
                new org.gtlab.figure.CoopetitionFigure("map", Map.of("map", "2", "nx", "12", "ny", "11")))) {
            appExportThenRemake("coop-" + f.item(), f.chart(), Recipe.coopetition(f.item(), f.params()),
                    RecipeKind.COOPETITION);
        }
        // the data: CSV re-made byte for byte
        org.gtlab.figure.CoopetitionFigure u = new org.gtlab.figure.CoopetitionFigure("utility",
                Map.of("d01", "0.86", "d10", "0.64"));
        Path csv = dir.resolve("coop-utility.csv");
        Path rp = Exporter.writeBytes(u.csv().getBytes(StandardCharsets.UTF_8), csv,
                Recipe.coopetition(u.item(), u.params()), "csv");
        Path csv2 = dir.resolve("coop-utility-again.csv");
        Cli c = gtlab("export", rp.toString(), csv2.toString());
        assertEquals(0, c.code(), c.err());
        assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(csv2));
        assertTrue(Files.readString(csv).startsWith("series,x,y"), Files.readString(csv));
        // a bad parameter is one message naming it
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new org.gtlab.figure.CoopetitionFigure("team-effort", Map.of("theta", "2")).chart());
        assertTrue(e.getMessage().contains("theta"), e.getMessage());
    }

    @Test
    void runDataIsReMadeByteForByteAndAsAChart() throws Exception {
        try (RunExecutor ex = RunExecutor.synchronous()) {
            LiveRunsViewModel runs = new LiveRunsViewModel(ex);
            RunRow row = runs.start(CATALOG.spec("fp", Map.of(), GameSpec.of(ClassicGames.shapley()), 3,
                    new Limits(500, 5, 0)));
            Path csv = dir.resolve("fp.csv");
            Path rp = RunExports.writeRunData(row.spec(), row.record(), RunExports.DataFormat.CSV, csv);
            assertEquals("run", Json.parse(Files.readString(rp)).get("kind").asText());
            Path csv2 = dir.resolve("fp-again.csv");
            Cli c = gtlab("export", rp.toString(), csv2.toString());
            assertEquals(0, c.code(), c.err());
            assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(csv2));
            // the same recipe as a chart of its first metric
            Path tex = dir.resolve("fp.tex");
            c = gtlab("export", rp.toString(), "--format", "tex", tex.toString());
            assertEquals(0, c.code(), c.err());
            assertTrue(Files.readString(tex).contains("\\begin{tikzpicture}"));
            // and the app's "re-run recipe" reads it
            assertEquals(row.spec(), LiveRunsViewModel.readRecipe(rp));
        }
    }

    /**
     * The repeated-games lab's figures (standings, payoff heat map, Moran shares) made from a run's
     * snapshots as the app makes them, exported, and re-made by {@code gtlab export} from the
     * {@code repeated} recipe (re-running the tournament or Moran run); the standings also as CSV.
     */
    @Test
    void repeatedGamesFiguresAreReMadeByReRunningTheTournament() throws Exception {
        var pd = org.gtlab.run.GameSpec.of("prisoners-dilemma",
                org.gtlab.game.GameCatalog.get("prisoners-dilemma").game());
        String players = "cooperator,defector,tit-for-tat,grudger,random";
        org.gtlab.run.RunSpec t = org.gtlab.run.RunSpec.of(CATALOG.forGame("tournament", pd),
                java.util.Map.of("players", players, "turns", "30", "repetitions", "2", "noise", "0.05"), pd, 7,
                new org.gtlab.run.Limits(1_000, 1, 0));
        org.gtlab.run.RunSpec m = org.gtlab.run.RunSpec.of(CATALOG.forGame("moran-tournament", pd),
                java.util.Map.of("players", players, "turns", "20", "repetitions", "1", "population", "20",
                        "mutation", "0.02"), pd, 3, new org.gtlab.run.Limits(300, 5, 0));
        java.util.List<String> names = org.gtlab.figure.TournamentFigures.rosterNames(players);
        try (RunExecutor ex = RunExecutor.synchronous()) {
            var tr = ex.start(t).record();
            var mr = ex.start(m).record();
            var last = tr.last();
            var standings = org.gtlab.figure.TournamentFigures.standings(names, last);
            appExportThenRemake("standings", org.gtlab.figure.TournamentFigures.standingsChart(standings, "PD"),
                    Recipe.repeated("standings", t, last.step(), "PD"), RecipeKind.REPEATED);
            appExportThenRemake("heat", org.gtlab.figure.TournamentFigures.heatMap(names, last, "PD"),
                    Recipe.repeated("heat-map", t, last.step(), "PD"), RecipeKind.REPEATED);
            appExportThenRemake("moran", org.gtlab.figure.TournamentFigures.moranShares(names, mr.snapshots(), "PD"),
                    Recipe.repeated("moran", m, mr.last().step(), "PD"), RecipeKind.REPEATED);
            Path csv = dir.resolve("standings.csv");
            Cli c = gtlab("export", dir.resolve("standings.tex.recipe.json").toString(), "--format", "csv",
                    csv.toString());
            assertEquals(0, c.code(), c.err());
            assertEquals(org.gtlab.figure.TournamentFigures.csv(standings), Files.readString(csv));
            assertTrue(Files.readString(csv).startsWith("rank,player,mean_score_per_turn,wins,median_score_per_turn\n"));
        }
    }

    @Test
    void labFiguresAreReMadeByReRunningTheLabRuns() throws Exception {
        try (RunExecutor ex = RunExecutor.synchronous()) {
            LabViewModel vm = new LabViewModel(ex);
            assertTrue(vm.reproduce(LabPreset.TEAM_RPS), vm.messageProperty().get());
            vm.selectedProperty().set(vm.runs().stream().filter(r -> r.name().equals("FXP")).findFirst().orElseThrow());
            vm.tick();
            int k = 0;
            for (ExportDialog.Item it : vm.exportItems()) {
                String name = "lab" + (k++);
                Path tex = dir.resolve(name + ".tex");
                Path png = dir.resolve(name + ".png");
                Path rt = vm.exportChart(it.name(), new Exporter.Request(it.chart(), ExportFormat.LATEX,
                        ExportSize.PAPER_COLUMN, 150, true, ChartStyle.paper()), tex);
                Path rpng = vm.exportChart(it.name(), new Exporter.Request(it.chart(), ExportFormat.PNG,
                        ExportSize.PAPER_COLUMN, 100, true, ChartStyle.paper()), png);
                remake(name, tex, png, rt, rpng, RecipeKind.LAB_FIGURE);
            }
            assertEquals(5, k, "curves, meta-game, weights, policy and the joint matrix");
        }
    }

    @Test
    void oldRecipesOfThePreviousVersionStillLoad() throws Exception {
        NormalFormGame g = GameCatalog.get("battle-of-the-sexes").game();
        // gtlab-export-recipe (matrix)
        var old = Json.object();
        old.put("format", "gtlab-export-recipe");
        old.put("version", 1);
        old.put("view", "matrix");
        old.put("method", "lcp");
        old.put("fileFormat", "latex");
        old.set("game", Json.parse(JsonGameFormat.toJson(g)));
        Path p = dir.resolve("m.recipe.json");
        Files.writeString(p, Json.write(old));
        Recipe r = Recipes.read(p, CATALOG);
        assertEquals(RecipeKind.MATRIX, r.kind());
        assertEquals(g, r.game());
        assertEquals("tex", r.output().fileFormat());
        Cli c = gtlab("export", p.toString(), dir.resolve("m.tex").toString());
        assertEquals(0, c.code(), c.err());
        assertTrue(Files.readString(dir.resolve("m.tex")).contains("\\underline{$3$}"), "best replies are marked");
        // gtlab-export-recipe (diagram): the equilibria are solved again with the recorded solver
        old.put("view", "diagram");
        old.put("method", "enummixed");
        Recipe d = Recipes.parse(old, CATALOG);
        assertEquals(RecipeKind.DIAGRAM, d.kind());
        assertEquals(Solvers.byName("enummixed").solve(g).equilibria(), d.equilibria());
        assertEquals(3, d.equilibria().size());
        // gtlab-runs-chart-recipe
        RunSpec fp = CATALOG.spec("fp", Map.of(), GameSpec.of(ClassicGames.rps()), 1, new Limits(300, 10, 0));
        var runsOld = Json.object();
        runsOld.put("format", "gtlab-runs-chart-recipe");
        runsOld.put("version", 1);
        runsOld.put("chart", "metric");
        runsOld.put("metric", "exploitability");
        runsOld.put("log", true);
        runsOld.putArray("runs").add(fp.toJson());
        assertEquals(List.of(fp), RunExports.runsOf(runsOld, org.gtlab.run.methods.StandardMethods.catalog(), RecipeKind.RUN_CHART, RecipeKind.RUN).stream().map(Recipe.RunEntry::spec).toList());
        // gtlab-portrait-recipe
        PortraitSpec ps = PortraitSpec.of(CATALOG.spec("replicator", Map.of(), GameSpec.of(ClassicGames.rps()), 0, null));
        assertEquals(ps, Recipes.parse(ps.toJson(), CATALOG).portraitSpec(CATALOG));
        // a bare run recipe (gtlab run's recipe.json)
        assertEquals(fp, Recipes.parse(fp.toJson(), CATALOG).runs(CATALOG).get(0).spec());
        // a newer version is refused with a clear message
        var newer = Recipe.portrait(ps).toJson();
        newer.put("version", 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Recipes.parse(newer, CATALOG));
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
        // and a file that is not a recipe says so, with its name
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"gtlab-game\"}");
        c = gtlab("export", bad.toString(), dir.resolve("x.pdf").toString());
        assertNotEquals(0, c.code());
        assertTrue(c.err().contains("bad.json") && c.err().contains("not a GT Lab recipe"), c.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }
}
