package org.gtlab.chart;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.chart.render.ChartRenderer;
import org.gtlab.chart.tex.TikzWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gtlab.chart.model.XYChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Issue 16 §9: the exported files look like the screen (LaTeX, PNG, SVG matrices and charts). */
class ExportFidelityTest {

    private static final ChartStyle STYLE = ChartStyle.paper();

    @Test
    void standaloneLatexMatrixPutsItsCaptionUnderTheTable() {
        PayoffTable t = ChartFixtures.battleOfTheSexes();
        for (boolean standalone : new boolean[] {true, false}) {
            String tex = TikzWriter.write(t, STYLE, standalone);
            int inner = tex.indexOf("\\begin{tabular}{|l|");
            int innerEnd = tex.indexOf("\\end{tabular}", inner);
            int caption = tex.indexOf("Marks: best replies.");
            int outer = tex.indexOf("\\begin{tabular}{@{}l@{}}");
            int outerEnd = tex.lastIndexOf("\\end{tabular}");
            // a one-column outer tabular stacks the table, a line break, then the caption: the caption
            // is under the table (a bare "\\" after a tabular in a standalone document is no line break)
            assertTrue(outer >= 0 && outer < inner, tex);
            assertTrue(innerEnd < caption && caption < outerEnd, tex);
            assertTrue(tex.substring(innerEnd + "\\end{tabular}".length(), caption).startsWith("\\\\[4pt]"), tex);
            assertTrue(tex.indexOf("Battle of the sexes") < inner, "title above the table: " + tex);
        }
    }

    @Test
    void latexMatrixHasTheDrawnStyleBoldLeftAlignedRowLabelsAndRuledCells() {
        PayoffTable t = ChartFixtures.battleOfTheSexes();
        String tex = TikzWriter.write(t, STYLE, false);
        assertTrue(tex.contains("\\begin{tabular}{|l|c|c|}"), "left-aligned row labels, every column ruled: " + tex);
        for (int i = 0; i < t.rows(); i++) {
            assertTrue(Pattern.compile("\\n(\\\\cellcolor\\{\\w+\\})?\\\\textbf\\{" + Pattern.quote(t.rowLabel(i)) + "\\} &")
                    .matcher(tex).find(), "row label " + t.rowLabel(i) + " not bold at the start of its row: " + tex);
        }
        // a rule under every row, as the drawn table has
        assertEquals(t.rows() + 1, count(tex, "\\\\\n\\hline\n"), "a rule under the header and every row: " + tex);
        assertTrue(tex.contains("\\\\\n\\cline{1-1}\n"), "the corner is closed under the column player's band");
    }

    @Test
    void svgMatrixHasTheSameStyleBoldLeftAlignedRowLabelsAndBorders() throws Exception {
        PayoffTable t = ChartFixtures.battleOfTheSexes();
        var size = ChartRenderer.naturalSize(t, STYLE, 0, 0);
        Document d = parse(ChartExport.svg(t, STYLE, size.getWidth(), size.getHeight()));
        Set<String> xs = new HashSet<>();
        for (int i = 0; i < t.rows(); i++) {
            Element e = textElement(d, t.rowLabel(i), true);
            assertTrue(e != null, "no row label " + t.rowLabel(i));
            assertTrue(style(e).contains("font-weight: bold") || style(e).contains("font-weight:bold")
                    || "bold".equals(e.getAttribute("font-weight")), "row label not bold: " + style(e));
            xs.add(e.getAttribute("x"));
        }
        assertEquals(1, xs.size(), "row labels share one left edge: " + xs);
        // borders: a horizontal rule under every row and a vertical one right of every column
        int lines = d.getElementsByTagName("line").getLength() + d.getElementsByTagName("path").getLength();
        assertTrue(lines >= (t.rows() + 1) + (t.columns() + 1), "too few rules: " + lines);
    }

    @Test
    void pngsHaveNoBlackEdgeAtFractionalSizes() {
        List<Chart> charts = List.of(ChartFixtures.bestResponseSquare(), ChartFixtures.logSeries(),
                ChartFixtures.battleOfTheSexes());
        int bg = STYLE.background().getRGB() | 0xFF000000;
        for (Chart c : charts) {
            // 400.5 pt at 108 dpi (1.5 pixels per point) is 600.75 pixels: 601 with a partial last column
            for (double[] wh : new double[][] {{400.5, 300.5}, {333.3, 250.7}}) {
                for (int dpi : new int[] {108, 100, 97}) {
                    double w = wh[0];
                    double h = wh[1];
                    if (c instanceof PayoffTable) {
                        var s = ChartRenderer.naturalSize(c, STYLE, 0, 0);
                        w = s.getWidth() + 0.5;
                        h = s.getHeight() + 0.5;
                    }
                    BufferedImage img = ChartExport.image(c, STYLE, w, h, dpi);
                    int x = img.getWidth() - 1;
                    int y = img.getHeight() - 1;
                    for (int i = 0; i < img.getHeight(); i++) {
                        assertEquals(Integer.toHexString(bg), Integer.toHexString(img.getRGB(x, i) | 0xFF000000),
                                c.getClass().getSimpleName() + " " + w + "×" + h + " at " + dpi + " dpi: last column, row " + i);
                    }
                    for (int j = 0; j < img.getWidth(); j++) {
                        assertEquals(Integer.toHexString(bg), Integer.toHexString(img.getRGB(j, y) | 0xFF000000),
                                c.getClass().getSimpleName() + " " + w + "×" + h + " at " + dpi + " dpi: last row, column " + j);
                    }
                }
            }
        }
    }

    @Test
    void svgTextIsTextWithoutClipPathsOnGlyphs() throws Exception {
        List<Chart> charts = List.of(ChartFixtures.battleOfTheSexes(), ChartFixtures.bestResponseSquare(),
                ChartFixtures.logSeries());
        for (Chart c : charts) {
            double w = 360;
            double h = 300;
            if (c instanceof PayoffTable) {
                var s = ChartRenderer.naturalSize(c, STYLE, 0, 0);
                w = s.getWidth();
                h = s.getHeight();
            }
            String svg = ChartExport.svg(c, STYLE, w, h);
            Document d = parse(svg);
            NodeList texts = d.getElementsByTagName("text");
            assertTrue(texts.getLength() >= 5, "text drawn as text: " + texts.getLength() + " <text> elements");
            for (int i = 0; i < texts.getLength(); i++) {
                for (Node n = texts.item(i); n instanceof Element; n = n.getParentNode()) {
                    assertFalse(((Element) n).hasAttribute("clip-path"),
                            c.getClass().getSimpleName() + ": text '" + texts.item(i).getTextContent()
                                    + "' is clipped (some renderers drop it)");
                }
            }
            assertFalse(svg.contains("<glyph"), "no SVG fonts");
        }
    }

    @Test
    void pdfTextIsTextInAnEmbeddedFontAndOnlyMissingGlyphsAreOutlines() throws Exception {
        // "—", "…", "−" and subscripts are missing from the standard PDF fonts; "\u0BF5" (a Tamil
        // sign) is missing from the usual sans-serif fonts and must be drawn as an outline in place
        String title = "Payoff − cost — x₁ … y₂ \u0BF5 end";
        XYChart c = new XYChart(title, "caption – text", XYChart.Axis.linear("x₁ = P(Alice: Opera)", 0, 1),
                XYChart.Axis.linear("y₁ = P(Bob: Opera)", 0, 1), ChartFixtures.bestResponseSquare().series(),
                ChartFixtures.bestResponseSquare().markers(), true, true);
        byte[] pdf = ChartExport.pdf(c, STYLE, 400, 320);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the rotated y label comes out in pieces: compare without white space
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (String s : List.of("Payoff − cost — x₁ … y₂", "end", "x₁ = P(Alice: Opera)", "y₁ = P(Bob: Opera)",
                    "caption – text", "(3/5, 2/5)", "BR of Alice")) {
                assertTrue(text.contains(s.replaceAll("\\s+", "")), "PDF text lacks '" + s + "': " + text);
            }
            assertFalse(text.contains("\u0BF5"), "a glyph missing from the font is drawn, not shown as text");
            // every font of the page is embedded as a TrueType font file
            List<String> fonts = new ArrayList<>();
            PDPage page = doc.getPage(0);
            collectFonts(page.getResources(), fonts);
            assertFalse(fonts.isEmpty(), "no font in the PDF");
            for (String f : fonts) {
                assertTrue(f.endsWith("FontFile2"), "font not embedded as TrueType: " + f);
            }
        }
        // the table's labels too, in the bold and plain faces
        PayoffTable t = ChartFixtures.battleOfTheSexes();
        var size = ChartRenderer.naturalSize(t, STYLE, 0, 0);
        try (PDDocument doc = Loader.loadPDF(ChartExport.pdf(t, STYLE, size.getWidth(), size.getHeight()))) {
            String text = new PDFTextStripper().getText(doc);
            for (String s : List.of("Alice", "Bob", "Opera", "Football", "Marks: best replies.")) {
                assertTrue(text.contains(s), "PDF text lacks '" + s + "': " + text);
            }
            List<String> fonts = new ArrayList<>();
            collectFonts(doc.getPage(0).getResources(), fonts);
            assertTrue(fonts.size() >= 2, "plain and bold faces: " + fonts);
        }
    }

    /** "NAME FontFile2" (or "NAME none") for every font of {@code r} and of its form XObjects. */
    private static void collectFonts(PDResources r, List<String> out) throws Exception {
        if (r == null) {
            return;
        }
        for (COSName n : r.getFontNames()) {
            PDFont f = r.getFont(n);
            PDFontDescriptor d = f instanceof PDType0Font t0 ? t0.getDescendantFont().getFontDescriptor()
                    : f.getFontDescriptor();
            String file = d == null ? "none" : d.getFontFile2() != null ? "FontFile2"
                    : d.getFontFile() != null || d.getFontFile3() != null ? "other" : "none";
            out.add(f.getName() + " " + file);
        }
        for (COSName n : r.getXObjectNames()) {
            if (r.getXObject(n) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), out);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element textElement(Document d, String content, boolean first) {
        NodeList texts = d.getElementsByTagName("text");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().equals(content)) {
                found.add((Element) texts.item(i));
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        // the row label is the leftmost of equal texts (column labels can repeat row labels)
        found.sort((a, b) -> Double.compare(Double.parseDouble(a.getAttribute("x")), Double.parseDouble(b.getAttribute("x"))));
        return first ? found.get(0) : found.get(found.size() - 1);
    }

    private static String style(Element e) {
        return e.getAttribute("style") + " " + e.getAttribute("font-weight");
    }

    static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    @SuppressWarnings("unused")
    private static Matcher m(String re, String s) {
        return Pattern.compile(re).matcher(s);
    }
}
