package org.gtlab.chart;

import org.gtlab.chart.layout.Metrics;
import org.gtlab.chart.layout.TextFit;
import org.gtlab.chart.layout.XYLayout;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;
import org.gtlab.chart.render.TableRenderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Layout truths of {@link XYLayout}: nothing collides, nothing leaves the box, labels stay in the plot. */
class XYLayoutTest {

    private BufferedImage img;
    private Graphics2D g;

    @BeforeEach
    void graphics() {
        img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    @AfterEach
    void dispose() {
        g.dispose();
    }

    /** The charts every truth is checked on. */
    static Map<String, XYChart> charts() {
        double[] t = new double[200];
        double[] a = new double[200];
        double[] b = new double[200];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 5000.0;
            a[i] = Math.exp(-i / 10.0);
            b[i] = 1e-12 + Math.exp(-i / 3.0);
        }
        XYChart series = new XYChart("NashConv of every run", "", XYChart.Axis.linear("step", 0, 1_000_000),
                XYChart.Axis.log("NashConv (log)", 1e-15, 10),
                List.of(XYChart.Series.line("#1 replicator (seed 1)", t, a, 0),
                        XYChart.Series.line("#2 fictitious play (seed 2)", t, b, 1)), List.of(), true, false);
        XYChart envelope = new XYChart("Payoffs of the column player's strategies", "Some game — 3 equilibria",
                XYChart.Axis.linear("p = P(the row player plays her second strategy)", 0, 1),
                XYChart.Axis.linear("expected payoff of the column player", -0.5, 3.5),
                List.of(new XYChart.Series("Left", new double[] {0, 1}, new double[] {2, 0}, 2, 1.3, XYChart.Dash.SOLID),
                        new XYChart.Series("Right", new double[] {0, 1}, new double[] {0, 3}, 3, 1.3, XYChart.Dash.SOLID),
                        new XYChart.Series("upper envelope (best reply)", new double[] {0, 0.4, 1},
                                new double[] {2, 1.2, 3}, 1, 3.2, XYChart.Dash.SOLID)),
                List.of(new XYChart.Marker(0.4, 1.2, "2/5", -1, XYChart.Shape.DIAMOND),
                        new XYChart.Marker(1, 3, "pure (1, 3)", -1, XYChart.Shape.DOT),
                        new XYChart.Marker(0, 2, "pure (0, 2)", -1, XYChart.Shape.DOT)), true, false);
        XYChart negative = new XYChart("", "", XYChart.Axis.linear("time", -12_345.6, 98_765.4),
                XYChart.Axis.linear("value", -0.0042, 0.0173),
                List.of(XYChart.Series.line("", new double[] {0, 1}, new double[] {0, 0.01}, 0)), List.of(), false,
                false);
        return Map.of("square", ChartFixtures.bestResponseSquare(), "series", series, "envelope", envelope, "log",
                ChartFixtures.logSeries(), "negative", negative);
    }

    @Test
    void tickLabelsNeverOverlapAndStayInTheBox() {
        for (var e : charts().entrySet()) {
            for (int w = 200; w <= 1200; w += 25) {
                for (int h : new int[] {150, 240, 420, 800}) {
                    XYLayout l = XYLayout.of(g, e.getValue(), ChartStyle.paper(), w, h);
                    String where = e.getKey() + " at " + w + "×" + h;
                    List<Rectangle2D> xs = new ArrayList<>();
                    for (int i = 0; i < l.xTicks.size(); i++) {
                        xs.add(l.xTickBox(i));
                    }
                    List<Rectangle2D> ys = new ArrayList<>();
                    for (int i = 0; i < l.yTicks.size(); i++) {
                        ys.add(l.yTickBox(i));
                    }
                    for (int i = 1; i < xs.size(); i++) {
                        assertTrue(xs.get(i).getMinX() >= xs.get(i - 1).getMaxX(), where + ": x tick labels "
                                + l.xTickLabel(i - 1) + " and " + l.xTickLabel(i) + " overlap");
                    }
                    for (int i = 1; i < ys.size(); i++) {
                        assertTrue(ys.get(i).getMaxY() <= ys.get(i - 1).getMinY(), where + ": y tick labels "
                                + l.yTickLabel(i - 1) + " and " + l.yTickLabel(i) + " overlap");
                    }
                    Rectangle2D box = new Rectangle2D.Double(-0.5, -0.5, w + 1, h + 1);
                    for (Rectangle2D r : xs) {
                        assertTrue(box.contains(r), where + ": x tick label outside the box " + r);
                    }
                    for (Rectangle2D r : ys) {
                        assertTrue(box.contains(r), where + ": y tick label outside the box " + r);
                        assertFalse(r.intersects(l.yLabelBox()), where + ": y tick label under the y axis label");
                    }
                    if (l.plot.getWidth() >= 150) {
                        assertTrue(xs.size() >= 2, where + ": fewer than two x ticks on a wide plot");
                    }
                    if (l.plot.getHeight() >= 100 && !e.getValue().y().log()) {
                        assertTrue(ys.size() >= 2, where + ": fewer than two y ticks on a high plot");
                    }
                }
            }
        }
    }

    @Test
    void tickDensityFollowsTheWidth() {
        XYChart c = ChartFixtures.bestResponseSquare();
        int narrow = XYLayout.of(g, c, ChartStyle.paper(), 200, 200).xTicks.size();
        int wide = XYLayout.of(g, c, ChartStyle.paper(), 900, 900).xTicks.size();
        assertTrue(narrow >= 2 && narrow < wide, narrow + " ticks at 200 pt, " + wide + " at 900 pt");
        // the steps stay 1-2-5 multiples of a power of ten
        List<Double> t = XYLayout.of(g, c, ChartStyle.paper(), 900, 900).xTicks;
        double step = t.get(1) - t.get(0);
        double m = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        assertTrue(Math.abs(m - 1) < 1e-9 || Math.abs(m - 2) < 1e-9 || Math.abs(m - 5) < 1e-9, "step " + step);
    }

    @Test
    void axisLabelsTextsAndLegendStayInTheBoxAndClearOfEachOther() {
        for (var e : charts().entrySet()) {
            for (int w = 200; w <= 1200; w += 50) {
                for (int h : new int[] {180, 300, 600}) {
                    XYLayout l = XYLayout.of(g, e.getValue(), ChartStyle.paper(), w, h);
                    String where = e.getKey() + " at " + w + "×" + h;
                    Rectangle2D box = new Rectangle2D.Double(-0.5, -0.5, w + 1, h + 1);
                    List<Rectangle2D> texts = new ArrayList<>();
                    for (XYLayout.Text t : l.xLabel) {
                        texts.add(textBox(l, t));
                    }
                    for (XYLayout.Text t : l.caption) {
                        texts.add(textBox(l, t));
                    }
                    if (l.yLabelTop != null) {
                        texts.add(textBox(l, l.yLabelTop));
                    }
                    for (XYLayout.LegendEntry en : l.legend) {
                        texts.add(new Rectangle2D.Double(en.x(), en.y(), l.entryWidth(en.text()), l.lineH));
                    }
                    for (Rectangle2D r : texts) {
                        assertTrue(box.contains(r), where + ": text outside the box " + r);
                    }
                    Rectangle2D yl = l.yLabelBox();
                    if (!yl.isEmpty()) {
                        assertTrue(box.contains(yl), where + ": y axis label outside the box " + yl);
                        assertTrue(yl.getHeight() <= l.plot.getHeight() + l.lineH + 1e-6,
                                where + ": y axis label longer than the plot");
                        for (Rectangle2D r : texts) {
                            assertFalse(yl.intersects(r), where + ": y axis label crosses " + r);
                        }
                    }
                    for (int i = 0; i < l.xTicks.size(); i++) {
                        for (Rectangle2D r : texts) {
                            assertFalse(l.xTickBox(i).intersects(r), where + ": x tick label under " + r);
                        }
                    }
                    for (XYLayout.LegendEntry en : l.legend) {
                        Rectangle2D r = new Rectangle2D.Double(en.x(), en.y(), l.entryWidth(en.text()), l.lineH);
                        if (l.legendPlace == XYLayout.LegendPlace.INSIDE) {
                            assertTrue(l.plot.contains(r), where + ": inside legend leaves the plot");
                        } else {
                            assertFalse(r.intersects(l.plot), where + ": legend over the plot");
                        }
                    }
                    if (l.title != null) {
                        assertTrue(l.title.baseline() < l.plot.getMinY(), where + ": title below the plot top");
                    }
                }
            }
        }
    }

    @Test
    void annotationBoxesLieInsideThePlotAndDoNotOverlap() {
        for (var e : charts().entrySet()) {
            for (int w = 200; w <= 1200; w += 25) {
                for (int h : new int[] {200, 320, 700}) {
                    XYLayout l = XYLayout.of(g, e.getValue(), ChartStyle.paper(), w, h);
                    String where = e.getKey() + " at " + w + "×" + h;
                    long labelled = e.getValue().markers().stream().filter(m -> !m.label().isEmpty()).count();
                    assertEquals(labelled, l.markerLabels.size(), where);
                    for (XYLayout.MarkerLabel m : l.markerLabels) {
                        assertTrue(l.plot.contains(m.box()), where + ": label \"" + m.text() + "\" at " + m.box()
                                + " leaves the plot " + l.plot);
                    }
                    if (l.plot.getWidth() >= 200 && l.plot.getHeight() >= 120) {
                        for (int i = 0; i < l.markerLabels.size(); i++) {
                            for (int j = i + 1; j < l.markerLabels.size(); j++) {
                                assertFalse(l.markerLabels.get(i).box().intersects(l.markerLabels.get(j).box()),
                                        where + ": labels overlap");
                            }
                            assertFalse(l.markerLabels.get(i).text().endsWith("…"), where + ": label shortened");
                        }
                    }
                }
            }
        }
    }

    @Test
    void labelOfAMarkerInTheTopRightCornerGoesInward() {
        XYChart c = new XYChart("", "", XYChart.Axis.linear("x", 0, 1), XYChart.Axis.linear("y", 0, 1), List.of(),
                List.of(new XYChart.Marker(1, 1, "(1, 1) equilibrium", -1, XYChart.Shape.DOT)), false, true);
        XYLayout l = XYLayout.of(g, c, ChartStyle.paper(), 300, 300);
        Rectangle2D b = l.markerLabels.get(0).box();
        assertTrue(l.plot.contains(b));
        assertTrue(b.getMaxX() < l.plot.getMaxX() && b.getMinY() > l.plot.getMinY(), "south-west of the marker: " + b);
    }

    @Test
    void squareChartsStaySquareAndCentred() {
        XYChart c = ChartFixtures.bestResponseSquare();
        for (int[] s : new int[][] {{400, 620}, {800, 300}, {300, 300}, {1200, 500}}) {
            XYLayout l = XYLayout.of(g, c, ChartStyle.paper(), s[0], s[1]);
            assertEquals(l.plot.getWidth(), l.plot.getHeight(), 1e-9);
            assertTrue(l.plot.getMinX() > 0 && l.plot.getMaxX() < s[0] && l.plot.getMaxY() < s[1]);
        }
    }

    @Test
    void aLongYLabelWrapsOrShortensButNeverExceedsThePlot() {
        XYChart c = new XYChart("t", "", XYChart.Axis.linear("x", 0, 1),
                XYChart.Axis.linear("a very long label of the vertical axis that cannot fit in one line", 0, 1),
                List.of(), List.of(), false, false);
        XYLayout l = XYLayout.of(g, c, ChartStyle.paper(), 300, 260);
        if (l.yLabelTop == null) {
            assertTrue(l.yLabel.size() <= 2);
            assertTrue(l.yLabelBox().getHeight() <= l.plot.getHeight() + l.lineH + 1e-6);
        } else {
            assertTrue(l.yLabelTop.x() >= 0 && l.yLabelTop.baseline() < l.plot.getMinY());
        }
    }

    @Test
    void textFitWrapsBalancedAndEllipsizes() {
        Metrics fm = Metrics.of(g, TableRenderer.font(ChartStyle.paper(), false));
        String s = "expected payoff of Player 2";
        double full = fm.stringWidth(s);
        List<String> two = TextFit.wrap(fm, s, full * 0.7, 2);
        assertEquals(2, two.size());
        assertEquals(s, two.get(0) + " " + two.get(1));
        assertTrue(TextFit.width(fm, two) <= full * 0.7);
        String cut = TextFit.ellipsize(fm, s, full / 2);
        assertTrue(cut.endsWith("…") && fm.stringWidth(cut) <= full / 2, cut);
        assertEquals(s, TextFit.ellipsize(fm, s, full));
        for (String line : TextFit.wrap(fm, s, full / 4, 2)) {
            assertTrue(fm.stringWidth(line) <= full / 4, line);
        }
    }

    private static Rectangle2D textBox(XYLayout l, XYLayout.Text t) {
        return new Rectangle2D.Double(t.x(), t.baseline() - l.ascent, l.width(t.text()), l.lineH);
    }
}
