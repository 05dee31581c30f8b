package org.gtlab.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.coopetition.phase.CoopetitionMaps;
import org.gtlab.coopetition.tr1.CoopetitionGame;
import org.gtlab.coopetition.tr1.DyadCase;
import org.gtlab.coopetition.tr1.Equilibrium;
import org.gtlab.coopetition.tr1.EquilibriumSolver;
import org.gtlab.coopetition.tr1.Specification;
import org.gtlab.coopetition.tr3.ApacheCase;
import org.gtlab.coopetition.tr3.WelfareMode;
import org.junit.jupiter.api.Test;

/** The coopetition figures mark the equilibrium where the curves say it is, and render. */
class CoopetitionFiguresTest {

    private static final EquilibriumSolver SOLVER = EquilibriumSolver.defaults();

    @Test
    void utilityCurvesPeakAtTheEquilibriumAndBestResponsesCrossThere() {
        CoopetitionGame g = DyadCase.SLCD.game(Specification.LOG);
        Equilibrium e = SOLVER.solve(g);
        XYChart u = CoopetitionFigures.utilityCurves(g, e, 0.01, 60);
        for (int i = 0; i < 2; i++) {
            XYChart.Series s = u.series().get(i);
            int best = 0;
            for (int k = 1; k < s.size(); k++) {
                if (s.y(k) > s.y(best)) {
                    best = k;
                }
            }
            assertEquals(e.action(i), s.x(best), 60.0 / 240, "utility of actor " + (i + 1) + " peaks at a*");
            assertEquals(e.action(i), u.markers().get(i).x(), 0);
        }
        XYChart br = CoopetitionFigures.bestResponses(g, SOLVER, e, 0.01, 60);
        XYChart.Marker m = br.markers().get(0);
        assertEquals(SOLVER.bestResponse(g, 0, new double[] {0, m.y()}), m.x(), 1e-6);
        assertEquals(SOLVER.bestResponse(g, 1, new double[] {m.x(), 0}), m.y(), 1e-6);
    }

    @Test
    void effortBarsAndMapsRender() throws Exception {
        double[] efforts = ApacheCase.solve(WelfareMode.SUMMED).get(1).equilibrium().efforts();
        StackedChart bars = CoopetitionFigures.effortBars("Apache growth", efforts, 50);
        assertEquals(4 * efforts.length, bars.size());
        assertEquals(efforts[3], bars.layers().get(0).value(13), 0);
        HeatMapChart h = CoopetitionFigures.map(CoopetitionMaps.byId("1", WelfareMode.SUMMED), 11, 11);
        assertEquals(11, h.rows());
        assertEquals(CoopetitionMaps.byId("1", WelfareMode.SUMMED).cell().at(0.9, 11), h.value(9, 9), 1e-12);
        byte[] png = ChartExport.png(bars, ChartStyle.paper(), 400, 300, 72);
        assertTrue(png.length > 100);
        String out = System.getProperty("gtlab.coopetition.docs");
        if (out != null) { // mvn -Dgtlab.coopetition.docs=docs writes the README pictures
            CoopetitionGame g = DyadCase.SLCD.game(Specification.LOG);
            Equilibrium e = SOLVER.solve(g);
            Files.write(Path.of(out, "coopetition-best-responses.png"), ChartExport.png(
                    CoopetitionFigures.bestResponses(g, SOLVER, e, 0.01, 60), ChartStyle.paper(), 480, 480, 96));
            Files.write(Path.of(out, "coopetition-apache-growth.png"), ChartExport.png(bars, ChartStyle.paper(), 640,
                    320, 96));
        }
    }
}
