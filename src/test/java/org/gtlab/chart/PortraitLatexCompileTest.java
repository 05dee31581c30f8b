package org.gtlab.chart;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.tex.PgfplotsWriter;
import org.gtlab.chart.tex.PortraitTikz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portrait TikZ and the PGFPlots output compile with pdflatex (slow: texlive needed). */
@Tag("slow")
class PortraitLatexCompileTest {

    @TempDir
    Path dir;

    @Test
    void portraitTikzAndPgfplotsCompile() throws Exception {
        assumeTrue(LatexCompileTest.onPath("pdflatex"), "pdflatex not installed");
        compile("portrait", PortraitTikz.write(PortraitGeometryTest.sample(), ChartStyle.paper(), true));
        compile("line", PortraitTikz.write(PortraitGeometryTest.lineSample(), ChartStyle.paper(), true));
        compile("pgf", PgfplotsWriter.write(ChartFixtures.logSeries(), ChartStyle.paper(), true));
        compile("pgfmarkers", PgfplotsWriter.write(ChartFixtures.bestResponseSquare(), ChartStyle.paper(), true));
        String snippet = PgfplotsWriter.write(ChartFixtures.logSeries(), ChartStyle.paper(), false);
        assertTrue(snippet.startsWith("% GT Lab chart; needs \\usepackage{pgfplots}"));
    }

    private void compile(String name, String tex) throws Exception {
        Files.writeString(dir.resolve(name + ".tex"), tex, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        byte[] pdf = Files.readAllBytes(dir.resolve(name + ".pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
    }
}
