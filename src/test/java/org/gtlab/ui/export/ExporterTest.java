package org.gtlab.ui.export;

import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gtlab.chart.render.ChartRenderer;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.JsonGameFormat;
import org.gtlab.figure.Diagrams;
import org.gtlab.ui.editor.EditorViewModel;
import org.gtlab.ui.editor.GridDecorations;
import org.gtlab.ui.editor.GridTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

    @TempDir
    Path dir;

    @Test
    void matrixAsShownGoesToEveryFormatWithARecipeThatRecreatesTheGame() throws Exception {
        NormalFormGame g = GameCatalog.get("battle-of-the-sexes").game();
        EditorViewModel ed = new EditorViewModel(g);
        ed.bestResponseMarksProperty().set(true);
        var table = new GridTable(ed, () -> GridDecorations.NONE).snapshot("Battle of the sexes", "marks");
        for (ExportFormat f : ExportFormat.values()) {
            Path out = dir.resolve("m." + f.extension());
            Exporter.write(new Exporter.Request(table, f, ExportSize.SLIDE, 300, true, ChartStyle.paper()), out,
                    org.gtlab.io.recipe.Recipe.matrix(g, "lcp", table));
            assertTrue(Files.size(out) > 100, f.name());
        }
        assertEquals("%PDF-", new String(Files.readAllBytes(dir.resolve("m.pdf")), 0, 5,
                StandardCharsets.ISO_8859_1));
        BufferedImage png = ImageIO.read(dir.resolve("m.png").toFile());
        var size = ChartRenderer.naturalSize(table, ChartStyle.paper(), 0, 0);
        assertEquals(Math.round(size.getWidth() * 300 / 72), png.getWidth(), "tables export at natural size");
        assertTrue(Files.readString(dir.resolve("m.tex")).contains("\\underline{$3$}"));
        // one recipe per exported file: the PNG's and the PDF's recipes are both there
        assertTrue(Files.exists(dir.resolve("m.png.recipe.json")));
        JsonNode recipe = new ObjectMapper().readTree(dir.resolve("m.pdf.recipe.json").toFile());
        assertEquals("gtlab-recipe", recipe.get("format").asText());
        assertEquals("matrix", recipe.get("kind").asText());
        assertEquals("m.pdf", recipe.get("output").get("file").asText());
        assertEquals("lcp", recipe.get("method").asText());
        NormalFormGame back = JsonGameFormat.parse(new ObjectMapper().writeValueAsString(recipe.get("game")), "recipe");
        assertEquals(g, back);
    }

    @Test
    void diagramPngHasThePresetSizeTimesDpi() throws Exception {
        NormalFormGame g = GameCatalog.get("battle-of-the-sexes").game();
        XYChart c = Diagrams.bestResponseSquare(g, List.of());
        Path out = dir.resolve("d.png");
        Exporter.write(new Exporter.Request(c, ExportFormat.PNG, ExportSize.PAPER_COLUMN, 300, true,
                ChartStyle.paper()), out, org.gtlab.io.recipe.Recipe.diagram(g, "", "square", List.of()));
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1050, img.getWidth());
        assertEquals(788, img.getHeight());
    }
}
