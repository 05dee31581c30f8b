package org.gtlab.chart;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.Palette;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.chart.render.HeatMapRenderer;
import org.gtlab.chart.render.StackedRenderer;
import org.gtlab.chart.render.XYRenderer;
import org.gtlab.chart.tex.TikzWriter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The heat map and stacked-area chart models of the lab views, their renderer and TikZ output. */
class LabChartsTest {

    /** The meta-game of exact-oracle PSRO on the counter-example game: uniform, all-1, all-0. */
    static HeatMapChart metaGame() {
        double[][] m = {{0, -0.9375, -0.3}, {0.9375, 0, -1.5}, {0.3, 1.5, 0}};
        return HeatMapChart.diverging("Meta-game payoffs", "psro · fxp-example", "row member", "column member",
                List.of("π⁰", "BR 1", "BR 2"), List.of("π⁰", "BR 1", "BR 2"), m, "payoff to the row member");
    }

    @Test
    void divergingRangeIsSymmetricAndColoursAreCentredOnZero() {
        HeatMapChart h = metaGame();
        assertEquals(-1.5, h.min());
        assertEquals(1.5, h.max());
        assertEquals(3, h.rows());
        assertEquals(3, h.columns());
        assertEquals(Color.WHITE, h.colour(0));
        assertEquals(HeatMapChart.WARM, h.colour(1.5));
        assertEquals(HeatMapChart.COOL, h.colour(-1.5));
        assertEquals(HeatMapChart.WARM, h.colour(9), "clipped above the range");
        // antisymmetric payoffs get mirror-image colours: same distance from white, opposite hue
        Color up = h.colour(0.9375);
        Color down = h.colour(-0.9375);
        assertTrue(up.getRed() > up.getBlue() && down.getBlue() > down.getRed());
        assertEquals(Palette.mix(HeatMapChart.WARM, Color.WHITE, 0.625), up, "0.9375 / 1.5 of the way to the warm end");
        assertEquals(Palette.mix(HeatMapChart.COOL, Color.WHITE, 0.625), down);
        assertNull(h.colour(Double.NaN));
        // the values are copied in and out
        double[][] v = h.values();
        v[0][0] = 42;
        assertEquals(0, h.value(0, 0));
    }

    @Test
    void sequentialRunsFromWhiteToBlue() {
        HeatMapChart p = HeatMapChart.sequential("Policy", "", "agent", "action", List.of("agent 1"),
                List.of("0", "1"), new double[][] {{0.25, 0.75}}, 0, 1, "probability");
        assertEquals(Color.WHITE, p.colour(0));
        assertEquals(HeatMapChart.COOL, p.colour(1));
        assertEquals(Palette.mix(HeatMapChart.COOL, Color.WHITE, 0.75), p.colour(0.75));
        assertEquals(Color.WHITE, HeatMapChart.textOn(HeatMapChart.COOL));
        assertEquals(new Color(0x1F2328), HeatMapChart.textOn(Color.WHITE));
    }

    @Test
    void badHeatMapsAreRefused() {
        List<String> one = List.of("a");
        assertThrows(IllegalArgumentException.class, () -> HeatMapChart.sequential("", "", "", "", one, one,
                new double[0][], 0, 1, ""));
        assertThrows(IllegalArgumentException.class, () -> HeatMapChart.sequential("", "", "", "", one,
                List.of("a", "b"), new double[][] {{1}}, 0, 1, ""));
        assertThrows(IllegalArgumentException.class, () -> new HeatMapChart("", "", "", "", one, one,
                new double[][] {{1}}, HeatMapChart.Scale.DIVERGING, 0, 1, "", true), "diverging needs min < 0 < max");
        assertThrows(IllegalArgumentException.class, () -> HeatMapChart.sequential("", "", "", "", List.of("a", "b"),
                one, new double[][] {{1}, {1, 2}}, 0, 1, ""), "ragged rows");
        // all zeros: a usable ±1 range instead of an empty one
        HeatMapChart z = HeatMapChart.diverging("", "", "", "", one, one, new double[][] {{0}}, "");
        assertEquals(-1, z.min());
        assertEquals(1, z.max());
    }

    @Test
    void numbersArePrintedShortly() {
        assertEquals("1.5", HeatMapChart.format(1.5));
        assertEquals("-0.938", HeatMapChart.format(-0.9375));
        assertEquals("0", HeatMapChart.format(1e-15));
        assertEquals("2e-5", HeatMapChart.format(2e-5));
        assertEquals("", HeatMapChart.format(Double.NaN));
    }

    @Test
    void rendererPaintsEveryCellInItsColourAndMapsPointsToCells() {
        HeatMapChart h = metaGame();
        int w = 480;
        int ht = 360;
        BufferedImage img = new BufferedImage(w, ht, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        HeatMapRenderer.draw(g, h, ChartStyle.paper(), w, ht);
        HeatMapRenderer.Layout l = HeatMapRenderer.layout(g, h, ChartStyle.paper(), w, ht);
        g.dispose();
        assertTrue(l.cell > 20, "a 3×3 map gets large cells: " + l.cell);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                // sample near the cell's corner, away from the printed number
                int x = (int) (l.gridX + j * l.cell + 4);
                int y = (int) (l.gridY + i * l.cell + 4);
                assertEquals(h.colour(h.value(i, j)).getRGB(), img.getRGB(x, y), "cell " + i + "," + j);
                assertArrayEquals(new int[] {i, j}, l.cellAt(h, x, y));
            }
        }
        assertNull(l.cellAt(h, l.gridX - 1, l.gridY + 1));
        assertNull(l.cellAt(h, l.gridX + 1, l.gridY + 3 * l.cell + 1));
    }

    @Test
    void largeMapsThinTheirLabelsAndStillFit() {
        int n = 41;
        double[][] m = new double[n][n];
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add("member " + i);
            for (int j = 0; j < n; j++) {
                m[i][j] = i - j;
            }
        }
        HeatMapChart h = HeatMapChart.diverging("big", "", "", "", labels, labels, m, "");
        BufferedImage img = new BufferedImage(300, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        HeatMapRenderer.Layout l = HeatMapRenderer.layout(g, h, ChartStyle.paper(), 300, 240);
        HeatMapRenderer.draw(g, h, ChartStyle.paper(), 300, 240);
        g.dispose();
        assertTrue(l.rowLabelStep > 1 && l.columnLabelStep > 1, "labels thinned");
        assertTrue(l.gridX + n * l.cell <= 300 && l.gridY + n * l.cell <= 240, "grid inside the box");
    }

    static StackedChart weights() {
        // three members joining at steps 0, 1, 2; weights (1), (0, 1)... as step functions
        double[] xs = {0, 1, 1, 2, 2, 3};
        List<StackedChart.Layer> layers = List.of(new StackedChart.Layer("π⁰", new double[] {1, 1, 0, 0, 0, 0}, 0),
                new StackedChart.Layer("BR 1", new double[] {0, 0, 1, 1, 0, 0}, 1),
                new StackedChart.Layer("BR 2", new double[] {0, 0, 0, 0, 1, 1}, 2));
        return new StackedChart("Meta-strategy weights", "psro", XYChart.Axis.linear("oracle steps", 0, 3),
                XYChart.Axis.linear("weight", 0, 1), xs, layers, true);
    }

    @Test
    void stackedLayersSumAndTheRendererFillsThePlot() {
        StackedChart s = weights();
        for (int i = 0; i < s.size(); i++) {
            assertEquals(1.0, s.cumulative(2, i), 1e-12);
        }
        assertEquals(0, s.cumulative(-1, 0));
        assertEquals(3, s.frame().series().size(), "one legend entry per named layer");
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        StackedRenderer.draw(g, s, ChartStyle.paper(), 400, 300);
        var p = XYRenderer.plotArea(g, s.frame(), ChartStyle.paper(), 400, 300);
        g.dispose();
        // the middle of the plot at x = 0.5 is in layer 0, at x = 2.5 in layer 2
        int y = (int) p.getCenterY();
        assertEquals(Palette.series(0).getRGB(), img.getRGB((int) (p.getMinX() + p.getWidth() * 0.5 / 3), y));
        assertEquals(Palette.series(2).getRGB(), img.getRGB((int) (p.getMinX() + p.getWidth() * 2.5 / 3), y));
        assertThrows(IllegalArgumentException.class, () -> new StackedChart("", "", XYChart.Axis.linear("", 0, 1),
                XYChart.Axis.linear("", 0, 1), new double[] {1, 0}, List.of(), false), "x must not decrease");
        assertThrows(IllegalArgumentException.class, () -> new StackedChart.Layer("", new double[] {-1}, 0));
    }

    @Test
    void svgAndTikzContainTheCells() throws Exception {
        HeatMapChart h = metaGame();
        String svg = ChartExport.svg(h, ChartStyle.paper(), 360, 270);
        Document d = ChartExportTest.parser().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        StringBuilder text = new StringBuilder();
        NodeList texts = d.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(((Element) texts.item(i)).getTextContent()).append('|');
        }
        for (String s : new String[] {"BR 1", "1.5", "-1.5", "-0.938", "Meta-game payoffs"}) {
            assertTrue(text.toString().contains(s), "SVG lacks " + s + ": " + text);
        }
        String tex = TikzWriter.write(h, ChartStyle.paper(), false);
        assertEquals(9 + 24, count(tex, "\\fill[fill="), "9 cells and 24 colour-bar steps");
        assertTrue(tex.contains("{rgb,255:red,213;green,94;blue,0}"), "vermillion at +1.5");
        assertTrue(tex.chars().noneMatch(ch -> ch > 0xFF), "Latin-1 only");
        assertTrue(tex.contains("{$\\pi$$^0$}"), "π⁰ written for LaTeX");
        String st = TikzWriter.write(weights(), ChartStyle.paper(), true);
        assertEquals(3, count(st, "\\fill[fill="), "one area per layer");
        assertTrue(st.indexOf("\\fill[fill=") > st.indexOf("\\clip"), "areas inside the clipped scope");
        assertNotNull(ChartExport.pdf(weights(), ChartStyle.paper(), 360, 270));
    }

    @TempDir
    Path dir;

    @Test
    @Tag("slow")
    void tikzCompilesWithPdflatex() throws Exception {
        assumeTrue(LatexCompileTest.onPath("pdflatex"), "pdflatex not installed");
        compile("heat", TikzWriter.write(metaGame(), ChartStyle.paper(), true));
        compile("stacked", TikzWriter.write(weights(), ChartStyle.paper(), true));
    }

    private void compile(String name, String tex) throws Exception {
        Files.writeString(dir.resolve(name + ".tex"), tex, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
