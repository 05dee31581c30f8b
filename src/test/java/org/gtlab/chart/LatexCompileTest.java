package org.gtlab.chart;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.tex.TikzWriter;

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

/** Compiles the LaTeX exports with pdflatex (Debian: texlive-latex-base, -pictures, -latex-extra). */
@Tag("slow")
class LatexCompileTest {

    @TempDir
    Path dir;

    @Test
    void tableAndTikzCompileWithPdflatex() throws Exception {
        assumeTrue(onPath("pdflatex"), "pdflatex not installed");
        compile("table", TikzWriter.write(ChartFixtures.battleOfTheSexes(), ChartStyle.paper(), true));
        compile("square", TikzWriter.write(ChartFixtures.bestResponseSquare(), ChartStyle.paper(), true));
        compile("log", TikzWriter.write(ChartFixtures.logSeries(), ChartStyle.paper(), true));
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

    static boolean onPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }
}
