package org.gtlab.chart;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.Palette;
import org.gtlab.chart.model.TableSnapshot;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.chart.render.ChartRenderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartExportTest {

    @Test
    void svgOfTableIsWellFormedAndContainsEveryPayoffAndLabel() throws Exception {
        TableSnapshot t = ChartFixtures.battleOfTheSexes();
        var size = ChartRenderer.naturalSize(t, ChartStyle.paper(), 0, 0);
        String svg = ChartExport.svg(t, ChartStyle.paper(), size.getWidth(), size.getHeight());
        Document d = parser().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", d.getDocumentElement().getLocalName() == null ? d.getDocumentElement().getTagName()
                : d.getDocumentElement().getLocalName());
        StringBuilder text = new StringBuilder();
        NodeList texts = d.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(((Element) texts.item(i)).getTextContent()).append('|');
        }
        for (String s : new String[] {"Alice", "Bob", "Opera", "Football", "3", "2", "0"}) {
            assertTrue(text.toString().contains(s), "SVG text lacks " + s + ": " + text);
        }
    }

    /** A strict XML parser that does not fetch the SVG DTD from the network. */
    static javax.xml.parsers.DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder();
    }

    @Test
    void svgOfXyChartIsWellFormed() throws Exception {
        String svg = ChartExport.svg(ChartFixtures.bestResponseSquare(), ChartStyle.paper(), 360, 300);
        parser()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        String log = ChartExport.svg(ChartFixtures.logSeries(), ChartStyle.paper(), 360, 300);
        parser()
                .parse(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pdfStartsWithHeaderAndEndsWithEof() throws Exception {
        byte[] pdf = ChartExport.pdf(ChartFixtures.battleOfTheSexes(), ChartStyle.paper(), 300, 200);
        String head = new String(pdf, 0, 5, StandardCharsets.ISO_8859_1);
        String tail = new String(pdf, Math.max(0, pdf.length - 8), Math.min(8, pdf.length), StandardCharsets.ISO_8859_1);
        assertEquals("%PDF-", head);
        assertTrue(tail.contains("%%EOF"), "PDF tail: " + tail);
        byte[] xy = ChartExport.pdf(ChartFixtures.bestResponseSquare(), ChartStyle.paper(), 360, 300);
        assertEquals("%PDF-", new String(xy, 0, 5, StandardCharsets.ISO_8859_1));
        // text is drawn as outlines (the caption's "–" and the "₁" of the axis labels would turn
        // into "?" in a standard PDF font): no text-showing operator in the page
        String body = pdfContent(xy);
        assertTrue(body.contains(" re") || body.contains(" l\n") || body.contains(" c\n"), "no drawing in " + body);
        assertFalse(body.contains("Tj"), "PDF shows text in a standard font");
    }

    /** The PDF's streams, inflated where they are Flate-compressed, one after another. */
    static String pdfContent(byte[] pdf) throws java.util.zip.DataFormatException {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder();
        for (int i = raw.indexOf("stream"); i >= 0; i = raw.indexOf("stream", i + 6)) {
            if (i >= 3 && raw.startsWith("end", i - 3)) {
                continue;
            }
            int start = raw.charAt(i + 6) == '\r' ? i + 8 : i + 7;
            int end = raw.indexOf("endstream", start);
            byte[] data = java.util.Arrays.copyOfRange(pdf, start, end);
            java.util.zip.Inflater inf = new java.util.zip.Inflater();
            inf.setInput(data);
            byte[] buf = new byte[1 << 16];
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            try {
                while (!inf.finished() && !inf.needsInput()) {
                    int n = inf.inflate(buf);
                    if (n == 0 && inf.needsDictionary()) {
                        break;
                    }
                    o.write(buf, 0, n);
                }
                out.append(o.toString(StandardCharsets.ISO_8859_1));
            } catch (java.util.zip.DataFormatException e) {
                out.append(new String(data, StandardCharsets.ISO_8859_1));
            } finally {
                inf.end();
            }
            i = end;
        }
        return out.toString();
    }

    @Test
    void pngAt300DpiHasPointsTimesDpiOver72PixelsAndRecordsTheResolution() throws Exception {
        byte[] png = ChartExport.png(ChartFixtures.bestResponseSquare(), ChartStyle.paper(), 360, 270, 300);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1500, img.getWidth());
        assertEquals(1125, img.getHeight());
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader r = ImageIO.getImageReadersByFormatName("png").next();
            r.setInput(in);
            IIOMetadata meta = r.getImageMetadata(0);
            Element root = (Element) meta.getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
            assertEquals(Math.round(300 / 0.0254), Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis")));
        }
        // the picture is not blank: the player-1 line colour occurs
        int blue = Palette.BLUE.getRGB() & 0xFFFFFF;
        boolean found = false;
        for (int y = 0; y < img.getHeight() && !found; y += 2) {
            for (int x = 0; x < img.getWidth() && !found; x += 2) {
                found = (img.getRGB(x, y) & 0xFFFFFF) == blue;
            }
        }
        assertTrue(found, "no pixel in player 1's colour");
    }

    @Test
    void tableImageAtNaturalSizeShowsThePlayerColours() {
        TableSnapshot t = ChartFixtures.battleOfTheSexes();
        var size = ChartRenderer.naturalSize(t, ChartStyle.paper(), 0, 0);
        BufferedImage img = ChartExport.image(t, ChartStyle.paper(), size.getWidth(), size.getHeight(), 144);
        assertEquals(Math.round(size.getWidth() * 2), img.getWidth());
        int vermillion = Palette.VERMILLION.getRGB() & 0xFFFFFF;
        boolean found = false;
        for (int y = 0; y < img.getHeight() && !found; y++) {
            for (int x = 0; x < img.getWidth() && !found; x++) {
                found = (img.getRGB(x, y) & 0xFFFFFF) == vermillion;
            }
        }
        assertTrue(found, "no pixel in player 2's colour");
    }

    @Test
    void badSizesAndResolutionsAreRefusedWithAMessage() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ChartExport.png(ChartFixtures.logSeries(), ChartStyle.paper(), 100, 100, 5000));
        assertTrue(e.getMessage().contains("dpi"));
        assertThrows(IllegalArgumentException.class,
                () -> ChartExport.svg(ChartFixtures.logSeries(), ChartStyle.paper(), 0, 100));
    }
}
