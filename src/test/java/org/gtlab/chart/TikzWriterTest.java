package org.gtlab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TikzWriterTest {

    @Test
    void tableIsATabularWithColouredUnderlinedPayoffs() {
        String tex = TikzWriter.write(ChartFixtures.battleOfTheSexes(), ChartStyle.paper(), false);
        assertTrue(tex.contains("\\begin{tabular}{r|cc}"), tex);
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
