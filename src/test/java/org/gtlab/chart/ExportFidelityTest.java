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
