package org.gtlab.chart;

import org.gtlab.chart.layout.XYLayout;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;
import org.gtlab.chart.tex.Latex;
import org.gtlab.chart.tex.TikzWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TikzWriterTest {

    @Test
    void tableIsATabularWithColouredUnderlinedPayoffs() {
        String tex = TikzWriter.write(ChartFixtures.battleOfTheSexes(), ChartStyle.paper(), false);
        assertTrue(tex.contains("\\begin{tabular}{|l|c|c|}"), tex);
        assertTrue(tex.contains("\\textcolor{gtp1}{\\underline{$3$}}"), tex);
        assertTrue(tex.contains("\\textcolor{gtp2}{\\underline{$2$}}"), tex);
        assertTrue(tex.contains("\\definecolor{gtp1}{HTML}{0072B2}"), tex);
        assertFalse(tex.contains("\\documentclass"));
        assertEquals(count(tex, "\\\\\n"), 2 + 2, "header rows plus one line per strategy");
    }

    @Test
    void standaloneWrapsInADocument() {
        String tex = TikzWriter.write(ChartFixtures.bestResponseSquare(), ChartStyle.paper(), true);
        assertTrue(tex.startsWith("\\documentclass[border=6pt]{standalone}"));
        assertTrue(tex.contains("\\begin{tikzpicture}"));
        assertTrue(tex.trim().endsWith("\\end{document}"));
        // unicode subscripts become math, so pdflatex accepts them
        assertTrue(tex.contains("x$_1$"), tex);
        assertFalse(tex.chars().anyMatch(ch -> ch > 0xFF), "non-Latin-1 character left in the LaTeX");
    }

    @Test
    void markerLabelsSitInsideThePlotOutsideTheClipAndTicksKeepTheirSpacing() {
        XYChart c = new XYChart("t", "", XYChart.Axis.linear("x", 0, 1), XYChart.Axis.linear("y", 0, 1), List.of(),
                List.of(new XYChart.Marker(1, 1, "(1, 1) corner", -1, XYChart.Shape.DOT),
                        new XYChart.Marker(0.6, 0.4, "(3/5, 2/5)", -1, XYChart.Shape.DIAMOND)), false, false);
        String tex = TikzWriter.write(c, ChartStyle.paper(), false);
        Matcher m = Pattern.compile("\\\\node\\[fill=gtbg[^]]*\\] at \\(([-0-9.]+),([-0-9.]+)\\) \\{([^}]*)\\}")
                .matcher(tex);
        int n = 0;
        while (m.find()) {
            n++;
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            assertTrue(x > 0 && x < TikzWriter.PLOT_WIDTH_CM && y > 0 && y < TikzWriter.PLOT_HEIGHT_CM,
                    "label " + m.group(3) + " at (" + x + ", " + y + ") is outside the plot");
            assertTrue(m.start() > tex.indexOf("\\end{scope}"), "label inside the clipped scope");
        }
        assertEquals(2, n, tex);
        // the corner label goes inward (left of and below its marker)
        assertTrue(tex.contains("{(1, 1) corner}"));
        List<Double> xs = new ArrayList<>();
        Matcher t = Pattern.compile("\\\\node\\[below, text=gtfg\\] at \\(([-0-9.]+),0\\)").matcher(tex);
        while (t.find()) {
            xs.add(Double.parseDouble(t.group(1)));
        }
        assertTrue(xs.size() >= 3, "x ticks: " + xs);
        for (int i = 1; i < xs.size(); i++) {
            double pt = (xs.get(i) - xs.get(i - 1)) * TikzWriter.PT_PER_CM;
            assertTrue(pt >= XYLayout.xSpacing(9, TikzWriter.PLOT_WIDTH_CM * TikzWriter.PT_PER_CM) - 0.05,
                    "ticks " + pt + " pt apart");
        }
    }

    @Test
    void escapesLatexSpecials() {
        assertEquals("50\\% \\& \\$x\\_1\\{\\}", Latex.escape("50% & $x_1{}"));
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
