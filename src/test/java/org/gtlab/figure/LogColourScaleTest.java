package org.gtlab.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.chart.render.HeatMapRenderer;
import org.gtlab.coopetition.tr3.WelfareMode;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.FigureMaker;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.io.recipe.Recipes;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.run.methods.sweep.MapExperiment;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.gtlab.sweep.Axis;
import org.gtlab.sweep.CoopetitionMapCells;
import org.gtlab.sweep.PhaseDiagram;
import org.gtlab.sweep.SweepMetric;
import org.junit.jupiter.api.Test;

/**
 * The logarithmic colour scale of the chart room (coopetition spec §8 map 1, "log colour scale") and the
 * declared-value axes of {@code brg-phase}: colours, decade ticks, the Graphics2D and TikZ colour bars,
 * the sweep recipe round trip and map 1's declaration.
 */
class LogColourScaleTest {

    private static final MethodCatalog CATALOG = StandardMethods.catalog();

    private static HeatMapChart logMap(double[][] v, double lo, double hi) {
        return new HeatMapChart("t", "", "n", "θ", List.of("a", "b"), List.of("x", "y", "z"), v,
                HeatMapChart.Scale.LOG, lo, hi, "effort", false);
    }

    @Test
    void aLogColourIsTheLinearColourOfLog10OnTheLogRange() {
        double lo = 0.01;
        double hi = 50;
        HeatMapChart log = logMap(new double[][] {{0.01, 0.1, 1}, {5, 20, 50}}, lo, hi);
        HeatMapChart lin = HeatMapChart.sequential("", "", "", "", List.of(""), List.of(""), new double[][] {{0}},
                Math.log10(lo), Math.log10(hi), "");
        for (double v : new double[] {0.01, 0.013, 0.1, 0.5, 1, 3.616, 10, 49.9, 50, 80, 0.001}) {
            assertEquals(lin.colour(Math.log10(v)), log.colour(v), "v = " + v);
        }
        assertEquals(HeatMapChart.COOL, log.colour(hi), "max is the full colour");
        assertEquals(Color.WHITE, log.colour(lo), "min is white");
        // one decade takes the same length of the bar wherever it is
        assertEquals(log.barPosition(1) - log.barPosition(0.1), log.barPosition(10) - log.barPosition(1), 1e-12);
        assertEquals(3.616, log.barValue(log.barPosition(3.616)), 1e-12);
        assertNull(log.colour(0), "0 has no logarithm: greyed");
        assertNull(log.colour(-2), "negative: greyed");
        assertNull(log.colour(Double.NaN));
        // differs from the linear map of the same range where it matters (small values)
        HeatMapChart linear = HeatMapChart.sequential("", "", "", "", List.of(""), List.of(""), new double[][] {{0}},
                lo, hi, "");
        assertFalse(linear.colour(1).equals(log.colour(1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> logMap(new double[][] {{1, 2, 3}, {4, 5, 6}}, 0, 6));
        assertTrue(e.getMessage().contains("min > 0"), e.getMessage());
    }

    @Test
    void decadeTicks() {
        assertArrayEquals(new double[] {0.1, 1, 10}, HeatMapChart.decades(0.05, 50), 0);
        assertArrayEquals(new double[] {0.01, 0.1, 1, 10}, HeatMapChart.decades(0.01, 10), 0);
        assertArrayEquals(new double[] {1}, HeatMapChart.decades(0.5, 5), 0);
        assertArrayEquals(new double[] {2, 8}, HeatMapChart.decades(2, 8), 0, "no decade inside: the ends");
        assertThrows(IllegalArgumentException.class, () -> HeatMapChart.decades(0, 10));
    }

    @Test
    void theRenderedBarIsLogarithmicAndNotesTheGreyedCells() {
        HeatMapChart c = logMap(new double[][] {{0.01, 0.1, 1}, {10, 0, 100}}, 0.01, 100);
        assertTrue(c.hasNonPositive());
        ChartStyle s = ChartStyle.paper();
        BufferedImage img = new BufferedImage(500, 360, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        HeatMapRenderer.draw(g, c, s, 500, 360);
        HeatMapRenderer.Layout l = HeatMapRenderer.layout(g, c, s, 500, 360);
        g.dispose();
        // the bar's middle is the colour of the geometric mean 1 (four decades: 1 sits half way)
        java.awt.geom.Rectangle2D b = l.bar;
        Color mid = new Color(img.getRGB((int) b.getCenterX(), (int) Math.round(b.getCenterY())));
        Color expected = c.colour(1);
        assertEquals(expected.getRed(), mid.getRed(), 6, "bar middle " + mid + " vs " + expected);
        assertEquals(expected.getGreen(), mid.getGreen(), 6);
        // the greyed cell (value 0)
        Color zero = new Color(img.getRGB((int) (l.gridX + 1.5 * l.cell), (int) (l.gridY + 1.2 * l.cell)));
        assertEquals(s.greyedFill().getRGB() & 0xffffff, zero.getRGB() & 0xffffff, "0 is greyed: " + zero);
        String svg = ChartExport.svg(c, s, 500, 360);
        for (String t : new String[] {"0.01", "0.1", ">1<", ">10<", "100", HeatMapRenderer.NON_POSITIVE_NOTE}) {
            assertTrue(svg.contains(t.replace(">", "").replace("<", "")), "SVG has decade/note " + t);
        }
        byte[] pdf = ChartExport.pdf(c, s, 500, 360);
        assertTrue(pdf.length > 500);
    }

    @Test
    void tikzHasTheLogColourBar() {
        HeatMapChart c = logMap(new double[][] {{0.01, 0.1, 1}, {10, -1, 100}}, 0.01, 100);
        String tex = new String(Exporter.render(new Exporter.Request(c, ExportFormat.LATEX, ExportSize.PAPER_WIDE, 150,
                true, ChartStyle.paper())), StandardCharsets.UTF_8);
        assertTrue(tex.contains("% logarithmic colour bar"), tex);
        for (int k = -2; k <= 2; k++) {
            assertTrue(tex.contains("$10^{" + k + "}$"), "decade 10^" + k);
        }
        assertTrue(tex.contains("$\\le 0$ (no log)"), "note for the greyed cell");
        HeatMapChart lin = c.withScale(HeatMapChart.Scale.SEQUENTIAL, -1, 100);
        String plain = new String(Exporter.render(new Exporter.Request(lin, ExportFormat.LATEX, ExportSize.PAPER_WIDE,
                150, true, ChartStyle.paper())), StandardCharsets.UTF_8);
        assertFalse(plain.contains("logarithmic"));
        assertFalse(plain.contains("10^{"));
    }

    private static RunSpec map1Spec() {
        return CATALOG.spec("coop-map", Map.of("map", "1", "nx", "11", "ny", "11", "refine", "false"), null, 0,
                new Limits(100_000, 1, 0));
    }

    private static PhaseDiagram run(RunSpec spec) {
        RunHandle h = RunExecutor.synchronous().start(spec);
        assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
        return ((MapExperiment) spec.experiment()).diagram(h.record().last());
    }

    @Test
    void map1DeclaresTheLogScaleAndTheRecipeKeepsIt() {
        assertTrue(CoopetitionMapCells.map("1", WelfareMode.SUMMED).logColour(), "spec §8 map 1: log colour scale");
        assertFalse(CoopetitionMapCells.map("2", WelfareMode.SUMMED).logColour());
        SweepMetric m1 = CoopetitionMapCells.metric(CoopetitionMapCells.map("1", WelfareMode.SUMMED));
        assertTrue(m1.logColour());
        RunSpec spec = map1Spec();
        PhaseDiagram d = run(spec);
        HeatMapChart chart = PhaseDiagramFigure.chart(d, "map 1", ((SweepExperiment) spec.experiment()).overlays(),
                null);
        assertEquals(HeatMapChart.Scale.LOG, chart.scale());
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double[] r : d.rows()) {
            for (double v : r) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        assertEquals(lo, chart.min(), 0, "range from the smallest positive effort");
        assertEquals(hi, chart.max(), 0);
        assertTrue(hi / lo > 10, "effort spans more than a decade: " + lo + " … " + hi);
        // the recipe round trip keeps the scale, and can switch it
        Recipe r = Recipe.sweep(spec, "map 1", ((SweepExperiment) spec.experiment()).overlays(), "log");
        assertEquals("log", r.source().get("colourScale").asText());
        HeatMapChart again = (HeatMapChart) FigureMaker.chart(Recipes.parse(r.toJson(), CATALOG), CATALOG);
        assertEquals(HeatMapChart.Scale.LOG, again.scale());
        assertEquals(chart.min(), again.min(), 0);
        assertEquals(chart.colour(d.value(3, 4)), again.colour(d.value(3, 4)));
        Recipe lin = Recipe.sweep(spec, "map 1", List.of(), "linear");
        assertEquals(HeatMapChart.Scale.SEQUENTIAL,
                ((HeatMapChart) FigureMaker.chart(Recipes.parse(lin.toJson(), CATALOG), CATALOG)).scale());
        // a recipe without the field uses the metric's declaration
        Recipe old = Recipe.sweep(spec, "map 1");
        assertEquals(HeatMapChart.Scale.LOG,
                ((HeatMapChart) FigureMaker.chart(Recipes.parse(old.toJson(), CATALOG), CATALOG)).scale());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Recipe.sweep(spec, "map 1", List.of(), "logarithm"));
        assertTrue(e.getMessage().contains("colourScale"), e.getMessage());
        // a linear-declared map stays linear
        RunSpec s8 = CATALOG.spec("coop-map", Map.of("map", "8-log", "nx", "5", "ny", "5", "refine", "false"), null, 0,
                new Limits(100_000, 1, 0));
        assertEquals(HeatMapChart.Scale.SEQUENTIAL, PhaseDiagramFigure.chart(run(s8), "map 8").scale());
    }

    @Test
    void aListAxisCarriesItsDeclaredValues() {
        Axis a = Axis.of("d", 5, 10, 20, 30, 50, 75);
        assertEquals(6, a.n());
        assertEquals(30, a.value(3), 0);
        assertEquals("d:5:75:6:list(5;10;20;30;50;75)", a.text());
        assertEquals(a, Axis.parse(a.text()), "text round trip");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Axis.of("d", 5, 10, 5));
        assertTrue(e.getMessage().contains("axis d"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Axis.parse("d:5:10:2:list(5;x)"));
        assertTrue(e.getMessage().contains("\"x\""), e.getMessage());
    }

    @Test
    void brgPhaseAxesAreTheDeclaredValuesNotIndices() {
        RunSpec spec = CATALOG.spec("brg-phase", Map.of(), null, 0, new Limits(100_000, 1, 0));
        MapExperiment e = (MapExperiment) spec.experiment();
        assertArrayEquals(new double[] {10, 50, 100, 200, 500}, e.xAxis().values(), 0);
        assertArrayEquals(new double[] {5, 10, 20, 30, 50, 75}, e.yAxis().values(), 0);
        assertEquals("L", e.xAxis().name());
        assertEquals("d", e.yAxis().name());
        double[] v = new double[30];
        java.util.Arrays.fill(v, Double.NaN);
        v[0] = 72;
        PhaseDiagram d = new PhaseDiagram(e.xAxis(), e.yAxis(), e.mapMetric(), v, new boolean[30], 1);
        HeatMapChart c = PhaseDiagramFigure.chart(d, "brg");
        assertEquals(List.of("10", "50", "100", "200", "500"), c.columnLabels(), "x ticks at the cell centres");
        assertEquals(List.of("75", "50", "30", "20", "10", "5"), c.rowLabels(), "y ticks, top row = largest d");
        assertTrue(d.toCsv().contains("10,5,72") || d.toCsv().contains("10.0,5.0,72"), d.toCsv());
    }
}
