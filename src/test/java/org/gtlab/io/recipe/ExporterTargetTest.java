package org.gtlab.io.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Issue 16 §9: the export file name is used as given (no "x.tex.pgf.tex"). */
class ExporterTargetTest {

    private static String name(String chosen, String ext) {
        return Exporter.target(Path.of("/tmp/out").resolve(chosen), ext).getFileName().toString();
    }

    @Test
    void aNameWithAnExtensionIsUsedAsGiven() {
        assertEquals("x.tex", name("x.tex", "pgf.tex"));
        assertEquals("x.pgf.tex", name("x.pgf.tex", "pgf.tex"));
        assertEquals("figure.PNG", name("figure.PNG", "png"));
        assertEquals("chart.svg", name("chart.svg", "png"));
        assertEquals("my.game.pdf", name("my.game.pdf", "pdf"));
        assertEquals("v1.2", name("v1.2", "png"));
    }

    @Test
    void aNameWithoutExtensionGetsTheFormatsExtensionOnce() {
        assertEquals("x.png", name("x", "png"));
        assertEquals("x.pgf.tex", name("x", "pgf.tex"));
        assertEquals("x.tex", name("x", ".tex"));
        assertEquals("x.csv", name("x.", "csv"));
        assertEquals(".hidden.svg", name(".hidden", "svg"));
        assertEquals(Path.of("/tmp/out/x.png"), Exporter.target(Path.of("/tmp/out/x"), "png"));
    }

    @Test
    void aPathWithoutFileNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Exporter.target(Path.of("/"), "png"));
    }
}
