package org.gtlab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gtlab.chart.layout.XYLayout;
import org.gtlab.chart.model.BoxPlotChart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.chart.render.ChartRenderer;
import org.gtlab.chart.tex.TikzWriter;
import org.junit.jupiter.api.Test;

/** The box-plot chart type: its checks, the Java2D renderer (PNG/SVG/PDF) and its TikZ. */
class BoxPlotChartTest {

    static BoxPlotChart chart() {
        return new BoxPlotChart("Scores", "test", "rank", XYChart.Axis.linear("score", 0, 10),
                List.of(new BoxPlotChart.Box("a", 1, 3, 5, 7, 9, 0), new BoxPlotChart.Box("b", 2, 2.5, 3, 4, 6, 1)));
    }

    @Test
    void boxesMustBeOrdered() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BoxPlotChart.Box("x", 1, 3, 2, 4, 5, 0));
        assertTrue(e.getMessage().startsWith("box \"x\": need finite min ≤ q1 ≤ median ≤ q3 ≤ max"), e.getMessage());
    }

    @Test
    void theBoxIsFilledTheMedianDrawnAndTheOutsideLeftBlank() {
        BoxPlotChart c = chart();
        ChartStyle s = ChartStyle.paper();
        int w = 480;
        int h = 360;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        ChartRenderer.draw(g, c, s, w, h);
        XYChart frame = c.frame();
        Rectangle2D p = XYLayout.of(g, frame, s, w, h).plot;
        g.dispose();
        // the left half of box a (its label sits to the right of the median)
        int x = (int) Math.round(XYLayout.px(frame, p, 1 - BoxPlotChart.HALF_WIDTH / 2)) - 3;
        // inside box a, between q1 = 3 and the median 5: the tint of colour 0
        int yIn = (int) Math.round(XYLayout.py(frame, p, 4));
        Color in = new Color(img.getRGB(x + 3, yIn));
        Color c0 = s.player(0);
        Color bg = s.background();
        assertEquals(Math.round(0.3 * c0.getRed() + 0.7 * bg.getRed()), in.getRed(), 2, "tinted box at " + in);
        // at the median: the foreground line (2 pt wide: the darkest of the pixel rows around it)
        int yMed = (int) Math.round(XYLayout.py(frame, p, 5));
        int darkest = 255;
        for (int dy = -1; dy <= 1; dy++) {
            darkest = Math.min(darkest, new Color(img.getRGB(x + 3, yMed + dy)).getRed());
        }
        assertTrue(darkest <= s.foreground().getRed() + 30, "median line drawn: darkest red " + darkest);
        // between the boxes, at a value no box reaches: background (or grid)
        int xGap = (int) Math.round(XYLayout.px(frame, p, 1.5));
        int yTop = (int) Math.round(XYLayout.py(frame, p, 9.7));
        Color gap = new Color(img.getRGB(xGap + 1, yTop));
        assertTrue(gap.getRed() > 200 && gap.getGreen() > 200 && gap.getBlue() > 200, "blank between boxes: " + gap);
    }

    @Test
    void exportsToSvgPdfPngAndTikz() {
        BoxPlotChart c = chart();
        ChartStyle s = ChartStyle.paper();
        String svg = ChartExport.svg(c, s, 360, 270);
        assertTrue(svg.contains("<svg") && svg.contains(">a<") || svg.contains("a</text>"), "labels in the SVG");
        byte[] pdf = ChartExport.pdf(c, s, 360, 270);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(ChartExport.png(c, s, 360, 270, 96).length > 1000);
        String tex = TikzWriter.write(c, s, true);
        assertTrue(tex.contains("\\begin{tikzpicture}"), tex);
        assertEquals(2, tex.split("rectangle \\(", -1).length - 1 - countFrameRectangles(tex), "one rectangle per box");
        assertTrue(tex.indexOf("fill opacity=0.3") < tex.indexOf("{a}") || !tex.contains("{a}"),
                "boxes before the labels");
    }

    /** Rectangles the frame itself draws (the plot border, label backgrounds). */
    private static int countFrameRectangles(String tex) {
        int n = 0;
        for (String line : tex.split("\n")) {
            if (line.contains("rectangle (") && !line.contains("fill opacity=0.3")) {
                n++;
            }
        }
        return n;
    }
}
