package org.gtlab.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.Contours;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.coopetition.phase.CoopetitionMap;
import org.gtlab.coopetition.tr3.TeamModel;
import org.gtlab.coopetition.tr3.WelfareMode;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.FigureMaker;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.gtlab.sweep.Axis;
import org.gtlab.sweep.CoopetitionMapCells;
import org.gtlab.sweep.MapOverlay;
import org.gtlab.sweep.PhaseDiagram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overlay layer of the figure room (iso-lines by marching squares, bands, points) on the coopetition
 * maps of spec §8: the contours lie where the closed forms of §2.4 / §4.6 say (within one cell), the
 * 15–50 % band covers exactly the cells whose closed-form cooperation increase is in range, and every
 * export format and the recipe carry the layer.
 */
class MapOverlayTest {

    private static final MethodCatalog CATALOG = StandardMethods.catalog();
    private static RunSpec spec8;
    private static PhaseDiagram map8;
    private static List<MapOverlay> overlays8;

    private static PhaseDiagram sweep(RunSpec spec) {
        RunHandle h = RunExecutor.synchronous().start(spec);
        assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
        return ((SweepExperiment) spec.experiment()).diagram(h.record().last());
    }

    @BeforeAll
    static void map8() {
        spec8 = CATALOG.spec("coop-map", Map.of("map", "8-log", "nx", "21", "ny", "21", "refine", "false"), null, 0,
                new Limits(100_000, 1, 0));
        map8 = sweep(spec8);
        overlays8 = ((SweepExperiment) spec8.experiment()).overlays();
    }

    /** Closed form (§2.4): symmetric log dyad, θ = 20, α = ½: cooperation increase over the baseline 19. */
    private static double coopClosedForm(double gamma, double d) {
        double a = 20 / (1 - gamma * (1 + d) / 4) - 1;
        return 100 * (a - 19) / 19;
    }

    /** γ on the contour coop = level at D = d (closed form solved for γ). */
    private static double gammaOnContour(double level, double d) {
        double a = 19 * (1 + level / 100);
        return 4 * (1 - 20 / (a + 1)) / (1 + d);
    }

    private static HeatMapChart.Overlay layer(HeatMapChart c, String label) {
        return c.overlays().stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow();
    }

    /** Grid x (chart units) → axis value. */
    private static double xValue(Axis a, double gx) {
        return a.lo() + (gx - 0.5) / (a.n() - 1) * (a.hi() - a.lo());
    }

    /** Grid y (chart units, top row = largest value) → axis value. */
    private static double yValue(Axis a, double gy) {
        return a.lo() + (a.n() - 1 - (gy - 0.5)) / (a.n() - 1) * (a.hi() - a.lo());
    }

    @Test
    void marchingSquaresPutsALinearFieldsLevelExactly() {
        double[][] v = new double[6][8];
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 8; c++) {
                v[r][c] = c + 0.1 * 0;
            }
        }
        double[] s = Contours.isoline(v, 2.3);
        assertEquals(5 * 4, s.length, "one vertical segment per row pair");
        for (int k = 0; k < s.length; k += 2) {
            assertEquals(2.8, s[k], 1e-12, "x = level + 0.5 (cell centres at c + 0.5)");
        }
        // a diagonal field: the contour x + y = 4 passes through the interpolated points
        double[][] w = new double[5][5];
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                w[r][c] = r + c;
            }
        }
        double[] d = Contours.isoline(w, 4.5);
        assertTrue(d.length > 0);
        for (int k = 0; k < d.length; k += 2) {
            assertEquals(4.5 + 1.0, d[k] + d[k + 1], 1e-12, "on the line (x − ½) + (y − ½) = 4.5");
        }
        double[][] nan = {{0, 1}, {Double.NaN, 1}};
        assertEquals(0, Contours.isoline(nan, 0.5).length, "a square with an unknown corner draws nothing");
    }

    @Test
    void map8ContoursLieOnTheClosedForm() {
        HeatMapChart c = PhaseDiagramFigure.chart(map8, "map 8", overlays8);
        double cellGamma = 1.0 / 20;
        for (double level : new double[] {15, 50}) {
            HeatMapChart.Overlay o = layer(c, (int) level + " %");
            assertEquals(HeatMapChart.Overlay.Kind.ISOLINE, o.kind());
            double[] s = o.segments();
            assertTrue(s.length >= 4 * 10, "the " + level + " % contour crosses the map");
            for (int k = 0; k < s.length; k += 2) {
                double gamma = xValue(map8.x(), s[k]);
                double d = yValue(map8.y(), s[k + 1]);
                double expected = gammaOnContour(level, d);
                assertEquals(expected, gamma, cellGamma, "contour " + level + " % at D = " + d);
                assertEquals(level, coopClosedForm(expected, d), 1e-9, "the closed form's own check");
            }
        }
    }

    @Test
    void bandCoversExactlyTheCellsInRange() {
        HeatMapChart c = PhaseDiagramFigure.chart(map8, "map 8", overlays8);
        HeatMapChart.Overlay band = layer(c, "historical 15–50 % band");
        boolean[][] in = band.cells();
        Axis x = map8.x();
        Axis y = map8.y();
        int inside = 0;
        for (int r = 0; r < y.n(); r++) {
            for (int col = 0; col < x.n(); col++) {
                double coop = coopClosedForm(x.value(col), y.value(y.n() - 1 - r));
                if (Math.abs(coop - 15) < 1e-3 || Math.abs(coop - 50) < 1e-3) {
                    continue; // on a band edge: solver and closed form may differ in the 5th digit
                }
                boolean expected = coop >= 15 && coop <= 50;
                assertEquals(expected, in[r][col], "cell (γ = " + x.value(col) + ", D = " + y.value(y.n() - 1 - r)
                        + "), closed form " + coop);
                inside += expected ? 1 : 0;
            }
        }
        assertTrue(inside > 40 && inside < 21 * 21 - 40, "the band is a real part of the map: " + inside);
        assertEquals(HeatMapChart.Overlay.Kind.BAND, band.kind());
        assertTrue(band.segmentCount() > 0, "the band has an outline");
    }

    @Test
    void map1ContourIsWhereEffortDoublesTheFreeRidingLevel() {
        RunSpec spec = CATALOG.spec("coop-map", Map.of("map", "1", "nx", "41", "ny", "11", "refine", "false"), null, 0,
                new Limits(100_000, 1, 0));
        PhaseDiagram d = sweep(spec);
        HeatMapChart c = PhaseDiagramFigure.chart(d, "map 1", ((SweepExperiment) spec.experiment()).overlays());
        HeatMapChart.Overlay o = layer(c, "a* = 2·a*_FR");
        TeamModel m = TeamModel.of(20, 0.5, 2.5);
        double[] s = o.segments();
        assertTrue(s.length >= 4 * 10);
        double cell = 1.0 / 40;
        for (int k = 0; k < s.length; k += 2) {
            double theta = xValue(d.x(), s[k]);
            double nf = yValue(d.y(), s[k + 1]);
            // an end point on an edge between two team sizes is interpolated in n: bracket over both
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int n = (int) Math.floor(nf + 1e-9); n <= (int) Math.ceil(nf - 1e-9); n++) {
                for (double t : new double[] {Math.max(0, theta - cell), Math.min(1, theta + cell)}) {
                    double r = m.effort(t, n) / m.freeRidingEffort(n);
                    lo = Math.min(lo, r);
                    hi = Math.max(hi, r);
                }
            }
            assertTrue(lo <= 2 + 1e-9 && hi >= 2 - 1e-9, "ratio brackets 2 within a cell at θ = " + theta + ", n = "
                    + nf + ": [" + lo + ", " + hi + "]");
        }
        // the cap and floor regions are bands of the same map
        assertEquals(HeatMapChart.Overlay.Kind.BAND, layer(c, "cap a* = 50").kind());
        assertEquals(HeatMapChart.Overlay.Kind.BAND, layer(c, "floor a* = 0.01").kind());
    }

    @Test
    void apachePhasesArePointsInsideMap7() {
        CoopetitionMap m = CoopetitionMapCells.map("7", WelfareMode.SUMMED);
        List<MapOverlay> o = CoopetitionMapCells.overlays(m);
        MapOverlay pts = o.stream().filter(x -> x.kind() == MapOverlay.Kind.POINTS).findFirst().orElseThrow();
        assertEquals(4, pts.points().size());
        Axis x = new Axis("mult", 0.4, 1.0, 13, Axis.Scale.LINEAR);
        Axis y = new Axis("n", 5, 50, 46, Axis.Scale.INTEGER);
        HeatMapChart.Overlay p = PhaseDiagramFigure.overlays(x, y, new double[46][13], o).get(0);
        for (HeatMapChart.Overlay.Mark mk : p.marks()) {
            assertTrue(mk.x() >= 0 && mk.x() <= 13 && mk.y() >= 0 && mk.y() <= 46, mk.toString());
        }
    }

    @Test
    void everyExportFormatCarriesTheLayer() {
        HeatMapChart plain = PhaseDiagramFigure.chart(map8, "map 8");
        HeatMapChart with = PhaseDiagramFigure.chart(map8, "map 8", overlays8);
        assertNotEquals(plain, with, "overlays are part of the chart's identity");
        String tikz = new String(Exporter.render(new Exporter.Request(with, ExportFormat.LATEX, ExportSize.PAPER_WIDE, 150,
                true, ChartStyle.paper())), StandardCharsets.UTF_8);
        assertTrue(tikz.contains("% overlay: isoline 15 %"), "TikZ names the contour");
        assertTrue(tikz.contains("% overlay: band historical 15–50 \\% band") || tikz.contains("% overlay: band historical"),
                tikz.substring(0, Math.min(400, tikz.length())));
        assertTrue(tikz.matches("(?s).*\\\\draw\\[black, solid, line width=1\\.1pt\\] \\([0-9.]+,[0-9.]+\\) -- .*"),
                "TikZ has the contour's path");
        assertTrue(tikz.contains("\\fill[black, opacity=0.18] ("), "TikZ shades the band");
        String plainTikz = new String(Exporter.render(new Exporter.Request(plain, ExportFormat.LATEX,
                ExportSize.PAPER_WIDE, 150, true, ChartStyle.paper())), StandardCharsets.UTF_8);
        assertFalse(plainTikz.contains("% overlay"));
        String svg = ChartExport.svg(with, ChartStyle.paper(), 500, 400);
        assertTrue(svg.contains("15 %") && svg.contains("50 %"), "SVG labels the contours");
        assertFalse(ChartExport.svg(plain, ChartStyle.paper(), 500, 400).contains("50 %"));
        byte[] pngA = ChartExport.png(plain, ChartStyle.paper(), 400, 300, 72);
        byte[] pngB = ChartExport.png(with, ChartStyle.paper(), 400, 300, 72);
        assertFalse(java.util.Arrays.equals(pngA, pngB), "the PNG shows the layer");
        byte[] pdfA = ChartExport.pdf(plain, ChartStyle.paper(), 400, 300);
        byte[] pdfB = ChartExport.pdf(with, ChartStyle.paper(), 400, 300);
        assertTrue(pdfB.length > pdfA.length, "the PDF draws the layer");
    }

    @Test
    void theRecipeKeepsTheLayerAndItsLevels() {
        Recipe r = Recipe.sweep(spec8, "map 8", overlays8);
        assertEquals(3, r.source().get("overlays").size());
        HeatMapChart again = (HeatMapChart) FigureMaker.chart(org.gtlab.io.recipe.Recipes.parse(r.toJson(), CATALOG), CATALOG);
        HeatMapChart now = PhaseDiagramFigure.chart(map8, "map 8", overlays8);
        assertEquals(now.overlays().size(), again.overlays().size());
        for (int i = 0; i < now.overlays().size(); i++) {
            assertEquals(now.overlays().get(i).label(), again.overlays().get(i).label());
            assertArrayEquals(now.overlays().get(i).segments(), again.overlays().get(i).segments(), 1e-12);
        }
        // an edited level in the recipe moves the line
        com.fasterxml.jackson.databind.node.ObjectNode src = r.source().deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode e = (com.fasterxml.jackson.databind.node.ObjectNode)
                src.get("overlays").get(1);
        e.put("lo", 30.0);
        e.put("hi", 30.0);
        HeatMapChart moved = (HeatMapChart) FigureMaker.chart(new Recipe(r.kind(), src, null), CATALOG);
        HeatMapChart.Overlay m = moved.overlays().get(1);
        double[] s = m.segments();
        for (int k = 0; k < s.length; k += 2) {
            double d = yValue(map8.y(), s[k + 1]);
            assertEquals(gammaOnContour(30, d), xValue(map8.x(), s[k]), 1.0 / 20);
        }
    }
}
