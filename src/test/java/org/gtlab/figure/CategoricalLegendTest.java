package org.gtlab.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.Palette;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.chart.render.HeatMapRenderer;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.sweep.Axis;
import org.gtlab.sweep.PhaseDiagram;
import org.gtlab.sweep.SweepMetric;
import org.junit.jupiter.api.Test;

/** Exported categorical phase diagrams carry a colour-keyed legend of exactly the categories present. */
class CategoricalLegendTest {

    private static final List<String> NAMES = List.of("alpha region", "beta region", "gamma region", "delta region");

    /** A 6 × 5 map using categories 0, 2 and 3 (never "beta region"), one cell unknown. */
    private static HeatMapChart chart() {
        Axis x = new Axis("payoff[1][2][1]", 0, 5, 6, Axis.Scale.LINEAR);
        Axis y = new Axis("payoff[2][1][2]", 0, 4, 5, Axis.Scale.LINEAR);
        double[] v = new double[30];
        boolean[] c = new boolean[30];
        for (int k = 0; k < v.length; k++) {
            v[k] = k % 3 == 0 ? 0 : k % 3 == 1 ? 2 : 3;
            c[k] = true;
        }
        v[7] = Double.NaN;
        c[7] = false;
        PhaseDiagram d = new PhaseDiagram(x, y, SweepMetric.categorical("kind", "kind of game", NAMES), v, c, 1);
        return PhaseDiagramFigure.chart(d, "legend test");
    }

    @Test
    void theChartListsTheCategoriesPresentWithDistinctColours() {
        HeatMapChart h = chart();
        assertTrue(h.categorical());
        assertEquals(List.of(0, 2, 3), h.categoriesPresent());
        assertEquals(Palette.series(0), h.colour(0));
        assertEquals(Palette.series(2), h.colour(2));
        assertFalse(h.colour(2).equals(h.colour(3)));
    }

    @Test
    void svgPdfAndTikzNameExactlyThePresentCategories() {
        HeatMapChart h = chart();
        for (ExportFormat f : List.of(ExportFormat.SVG, ExportFormat.LATEX)) {
            String text = new String(Exporter.render(h, f, 420, 300, 96, true, ChartStyle.paper()), StandardCharsets.UTF_8);
            for (int k : List.of(0, 2, 3)) {
                assertTrue(text.contains(NAMES.get(k)), f + ": " + NAMES.get(k));
            }
            assertFalse(text.contains("beta region"), f + " names an absent category");
        }
        String tikz = new String(Exporter.render(h, ExportFormat.LATEX, 420, 300, 96, true, ChartStyle.paper()),
                StandardCharsets.UTF_8);
        // one swatch per legend entry, filled with the category's colour
        for (int k : List.of(0, 2, 3)) {
            Color c = Palette.series(k);
            String fill = "\\fill[fill={rgb,255:red," + c.getRed() + ";green," + c.getGreen() + ";blue," + c.getBlue()
                    + "}, draw=gray!60";
            assertTrue(tikz.contains(fill), "TikZ legend swatch of " + NAMES.get(k));
        }
        byte[] pdf = Exporter.render(h, ExportFormat.PDF, 420, 300, 96, true, ChartStyle.paper());
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void thePngLegendHasOneSwatchPerPresentCategoryInOrder() {
        HeatMapChart h = chart();
        ChartStyle s = ChartStyle.paper();
        int dpi = 144;
        double w = 420;
        double ht = 300;
        BufferedImage img = ChartExport.image(h, s, w, ht, dpi);
        double k = dpi / 72.0;
        BufferedImage probe = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = probe.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(k, k);
        HeatMapRenderer.Layout l = HeatMapRenderer.layout(g, h, s, w, ht);
        g.dispose();
        int px = (int) Math.round((l.bar.getX() + l.bar.getWidth() / 2) * k);
        List<Color> palette = List.of(Palette.series(0), Palette.series(1), Palette.series(2), Palette.series(3));
        List<Color> seen = new ArrayList<>();
        for (int py = (int) (l.gridY * k); py < img.getHeight(); py++) {
            Color c = new Color(img.getRGB(px, py));
            if (palette.contains(c) && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(c))) {
                seen.add(c);
            }
        }
        assertEquals(List.of(Palette.series(0), Palette.series(2), Palette.series(3)), seen);
    }
}
