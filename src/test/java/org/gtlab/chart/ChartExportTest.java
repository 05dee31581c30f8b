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
    void svgOfXyChartIsWellFormedAtItsSizeAndDrawsBothPlayersLines() throws Exception {
        String svg = ChartExport.svg(ChartFixtures.bestResponseSquare(), ChartStyle.paper(), 360, 300);
        Element root = parser().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertEquals("360", root.getAttribute("width").replace("pt", "").replace("px", "").replace(".0", ""));
        assertEquals("300", root.getAttribute("height").replace("pt", "").replace("px", "").replace(".0", ""));
        // both step functions are stroked in their player's colour (JFreeSVG writes colours as rgb(r,g,b))
        assertTrue(svg.contains(rgb(Palette.BLUE)), "no stroke in player 1's colour");
        assertTrue(svg.contains(rgb(Palette.VERMILLION)), "no stroke in player 2's colour");
        String log = ChartExport.svg(ChartFixtures.logSeries(), ChartStyle.paper(), 360, 300);
        Document d = parser().parse(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
        assertTrue(d.getElementsByTagName("path").getLength() + d.getElementsByTagName("polyline").getLength() > 0,
                "the log chart draws no line");
    }

    private static String rgb(java.awt.Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    @Test
    void pdfStartsWithHeaderAndEndsWithEof() throws Exception {
        byte[] pdf = ChartExport.pdf(ChartFixtures.battleOfTheSexes(), ChartStyle.paper(), 300, 200);
        // one page of exactly the requested size in points
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.matches("(?s).*/MediaBox\\s*\\[\\s*0(\\.0+)?\\s+0(\\.0+)?\\s+300(\\.0+)?\\s+200(\\.0+)?\\s*\\].*"),
                "MediaBox of 300 × 200 pt");
        String head = new String(pdf, 0, 5, StandardCharsets.ISO_8859_1);
        String tail = new String(pdf, Math.max(0, pdf.length - 8), Math.min(8, pdf.length), StandardCharsets.ISO_8859_1);
        assertEquals("%PDF-", head);
        assertTrue(tail.contains("%%EOF"), "PDF tail: " + tail);
        byte[] xy = ChartExport.pdf(ChartFixtures.bestResponseSquare(), ChartStyle.paper(), 360, 300);
        assertEquals("%PDF-", new String(xy, 0, 5, StandardCharsets.ISO_8859_1));
        // text is text (issue 16 §9): shown with Tj in an embedded TrueType font, so that the
        // caption's "–" and the "₁" of the axis labels print (a standard PDF font lacks them)
        String body = pdfContent(xy);
        assertTrue(body.contains(" re") || body.contains(" l\n") || body.contains(" c\n"), "no drawing in " + body);
        // the two best-response lines are stroked in the players' colours (RGB operators of the page)
        assertTrue(body.contains(pdfRgb(Palette.BLUE)), "no stroke in player 1's colour");
        assertTrue(body.contains(pdfRgb(Palette.VERMILLION)), "no stroke in player 2's colour");
        assertTrue(body.contains(" Tj"), "PDF shows no text");
        assertTrue(new String(xy, StandardCharsets.ISO_8859_1).contains("/FontFile2"), "font not embedded");
        assertFalse(new String(xy, StandardCharsets.ISO_8859_1).matches("(?s).*/BaseFont\\s*/Helvetica.*"),
                "a standard PDF font is used");
    }

    /** The stroke-colour operator a PDF writer emits for {@code c} (components in [0, 1]). */
    private static String pdfRgb(java.awt.Color c) {
        return num(c.getRed()) + " " + num(c.getGreen()) + " " + num(c.getBlue()) + " SC";
    }

    /** A colour component as PDFBox writes it: at most 4 decimals, no trailing zeros. */
    private static String num(int v) {
        String s = new java.math.BigDecimal(v / 255.0).setScale(4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return s;
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
        // pixels at known data coordinates: the same layout as the renderer (same hints, same scale)
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = probe.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
                java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
        double k = 300 / 72.0;
        g.scale(k, k);
        var chart = ChartFixtures.bestResponseSquare();
        var plot = org.gtlab.chart.render.XYRenderer.plotArea(g, chart, ChartStyle.paper(), 360, 270);
        g.dispose();
        // Alice's best response is the horizontal line y = 0.4 for 0 < x < 1 (solid, 2 pt ≈ 8 px wide):
        // its centre is exactly player 1's colour
        int blue = Palette.BLUE.getRGB() & 0xFFFFFF;
        int bx = (int) Math.round(org.gtlab.chart.render.XYRenderer.px(chart, plot, 0.3) * k);
        int by = (int) Math.round(org.gtlab.chart.render.XYRenderer.py(chart, plot, 0.4) * k);
        assertEquals(Integer.toHexString(blue), Integer.toHexString(img.getRGB(bx, by) & 0xFFFFFF), "at (0.3, 0.4)");
        // Bob's is the vertical line x = 0.6 for 0 < y < 1 (dashed): somewhere on x = 0.6, y in (0.6, 0.9), it is vermillion
        int verm = Palette.VERMILLION.getRGB() & 0xFFFFFF;
        int vx = (int) Math.round(org.gtlab.chart.render.XYRenderer.px(chart, plot, 0.6) * k);
        boolean dash = false;
        for (double y = 0.6; y < 0.9 && !dash; y += 0.005) {
            dash = (img.getRGB(vx, (int) Math.round(org.gtlab.chart.render.XYRenderer.py(chart, plot, y) * k))
                    & 0xFFFFFF) == verm;
        }
        assertTrue(dash, "no vermillion on x = 0.6");
        // an empty spot inside the plot, away from lines, grid and legend, is the paper's white
        int ex = (int) Math.round(org.gtlab.chart.render.XYRenderer.px(chart, plot, 0.3) * k);
        int ey = (int) Math.round(org.gtlab.chart.render.XYRenderer.py(chart, plot, 0.13) * k);
        assertEquals("ffffff", Integer.toHexString(img.getRGB(ex, ey) & 0xFFFFFF), "at (0.3, 0.13)");
        // and the corner of the page is the background
        assertEquals("ffffff", Integer.toHexString(img.getRGB(0, img.getHeight() - 1) & 0xFFFFFF));
    }

    @Test
    void tableImageAtNaturalSizeShowsThePlayerColours() {
        TableSnapshot t = ChartFixtures.battleOfTheSexes();
        var size = ChartRenderer.naturalSize(t, ChartStyle.paper(), 0, 0);
        BufferedImage img = ChartExport.image(t, ChartStyle.paper(), size.getWidth(), size.getHeight(), 144);
        assertEquals(Math.round(size.getWidth() * 2), img.getWidth());
        assertEquals(Math.round(size.getHeight() * 2), img.getHeight());
        // the payoff texts are drawn in their players' colours: count the pixels of each
        int vermillion = Palette.VERMILLION.getRGB() & 0xFFFFFF;
        int blue = Palette.BLUE.getRGB() & 0xFFFFFF;
        int v = 0;
        int b = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int c = img.getRGB(x, y) & 0xFFFFFF;
                v += c == vermillion ? 1 : 0;
                b += c == blue ? 1 : 0;
            }
        }
        assertTrue(v > 20, v + " pixels in player 2's colour");
        assertTrue(b > 20, b + " pixels in player 1's colour");
        // the top-left corner is the page background (white), not the highlighted header fill
        assertEquals("ffffff", Integer.toHexString(img.getRGB(0, 0) & 0xFFFFFF));
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
