package org.gtlab.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.gtlab.chart.layout.XYLayout;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.testutil.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §9: the diagrams use one convention for the mixed-strategy axis (the probability of a
 * player's first strategy) and label every kink and equilibrium without covering the tick labels,
 * on every 2×2 and 2×3 (3×2) game of the corpus, at the export sizes and a small screen size.
 */
class DiagramLabelsTest {

    private static final double[][] SIZES = {{252, 189}, {360, 270}, {468, 300}, {640, 360}, {300, 300}};

    @Test
    void everyKinkAndEquilibriumIsLabelledClearOfTheTicksOnTheCorpus() {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        int diagrams = 0;
        int squares = 0;
        int envelopes = 0;
        for (Corpus.Entry e : Corpus.all()) {
            NormalFormGame game = e.game();
            int m = game.numStrategies(0);
            int n = game.numStrategies(1);
            boolean small = m * n <= 6 && Math.min(m, n) == 2;
            if (!small) {
                continue;
            }
            List<StrategyProfile> eq = Solvers.byName("enummixed").solve(game).equilibria();
            List<XYChart> charts = new ArrayList<>();
            if (Diagrams.hasSquare(game)) {
                charts.add(Diagrams.bestResponseSquare(game, eq));
                squares++;
            }
            if (m == 2) {
                charts.add(Diagrams.envelope(game, 1, eq));
                envelopes++;
            }
            if (n == 2) {
                charts.add(Diagrams.envelope(game, 0, eq));
                envelopes++;
            }
            for (XYChart c : charts) {
                diagrams++;
                assertTrue(c.x().label().startsWith("x = P(") && c.x().label().contains(" plays "
                        + (c.square() ? game.strategyLabels(0).get(0) : firstOfTwo(game, c))), c.x().label());
                long eqMarkers = c.markers().stream().filter(k -> k.shape() != XYChart.Shape.CIRCLE).count();
                assertTrue(eqMarkers >= 1 && eqMarkers <= eq.size(), e.name() + ": equilibria marked " + eqMarkers);
                for (XYChart.Marker k : c.markers()) {
                    assertFalse(k.label().isEmpty(), e.name() + ": an unlabelled marker at (" + k.x() + ", " + k.y() + ")");
                }
                for (double[] wh : SIZES) {
                    XYLayout l = XYLayout.of(g, c, ChartStyle.paper(), wh[0], wh[1]);
                    String where = e.name() + " " + c.title() + " at " + wh[0] + "×" + wh[1];
                    assertEquals(c.markers().size(), l.markerLabels.size(), where + ": a label was dropped");
                    List<Rectangle2D> ticks = new ArrayList<>();
                    for (int i = 0; i < l.xTicks.size(); i++) {
                        ticks.add(l.xTickBox(i));
                    }
                    for (int i = 0; i < l.yTicks.size(); i++) {
                        ticks.add(l.yTickBox(i));
                    }
                    assertTrue(ticks.size() >= 4, where + ": ticks " + ticks.size());
                    for (XYLayout.MarkerLabel ml : l.markerLabels) {
                        for (Rectangle2D t : ticks) {
                            assertFalse(ml.box().intersects(t), where + ": label '" + ml.text()
                                    + "' covers a tick label at " + t);
                        }
                        assertFalse(ml.box().intersects(l.yLabelBox()), where + ": label '" + ml.text()
                                + "' covers the y axis title");
                    }
                }
            }
        }
        g.dispose();
        assertTrue(squares >= 4 && envelopes >= 5, "corpus 2×2 / 2×3 diagrams: " + squares + " squares, "
                + envelopes + " envelopes");
        assertTrue(diagrams > 0);
    }

    /** The first strategy of the envelope's two-strategy player (the one the x axis is about). */
    private static String firstOfTwo(NormalFormGame g, XYChart c) {
        int other = c.x().label().contains(g.playerName(0)) ? 0 : 1;
        return g.strategyLabels(other).get(0);
    }
}
