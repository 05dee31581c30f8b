package org.gtlab.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.figure.RepeatedCharts;
import org.gtlab.game.GameCatalog;
import org.junit.jupiter.api.Test;

/** The lab's figures are built from the result set and render to PNG and SVG. */
class RepeatedChartsTest {

    private static final StageGame PD = StageGame.from(GameCatalog.get("prisoners-dilemma").game());

    @Test
    void figuresFollowTheResults() {
        ResultSet rs = new Tournament(RepeatedGame.fixed(PD, 50).withNoise(0.01),
                Strategies.roster("tit-for-tat,defector,cooperator,random,win-stay-lose-shift"), 5, 3).play();
        XYChart ranking = RepeatedCharts.ranking(rs);
        assertEquals(rs.rankedNames().get(0), ranking.markers().get(0).label());
        assertEquals(rs.meanScores()[rs.ranking()[0]], ranking.markers().get(0).y(), 1e-12);
        HeatMapChart heat = RepeatedCharts.payoffHeatMap(rs);
        int top = rs.ranking()[0];
        int second = rs.ranking()[1];
        assertEquals(rs.payoffMatrix()[top][second], heat.value(0, 1), 1e-12);
        XYChart box = RepeatedCharts.scoreBoxplots(rs);
        assertEquals(10, box.series().size());
        XYChart coop = RepeatedCharts.cooperationRates(rs);
        assertEquals(5, coop.markers().size());
        XYChart region = RepeatedCharts.payoffRegion(PD, rs);
        // 5 hull points closed, every pair's averages lies in the feasible set
        assertEquals(5, region.series().get(0).size());
        PayoffRegion r = PayoffRegion.of(PD);
        for (XYChart.Marker m : region.markers()) {
            assertTrue(r.feasible(m.x(), m.y()), m.x() + "," + m.y());
        }
        for (var c : List.of(ranking, heat, box, coop, region)) {
            byte[] png = ChartExport.png(c, ChartStyle.paper(), 360, 270, 96);
            assertTrue(png.length > 1000);
            assertTrue(ChartExport.svg(c, ChartStyle.paper(), 360, 270).contains("<svg"));
        }
    }
}
