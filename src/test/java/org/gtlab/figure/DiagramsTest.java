package org.gtlab.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.chart.model.XYChart;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.solve.catalog.Solvers;
import org.junit.jupiter.api.Test;

class DiagramsTest {

    @Test
    void bestResponseOfPlayerOneSwitchesWherePlayerTwoMakesHerIndifferent() {
        NormalFormGame g = GameCatalog.get("battle-of-the-sexes").game();
        List<StrategyProfile> eq = Solvers.byName("lcp").solve(g).equilibria();
        XYChart c = Diagrams.bestResponseSquare(g, eq);
        XYChart.Series br1 = c.series().get(0);
        // player 1 is indifferent at y = P(P2 plays Boxing) = 2/5: the vertical part of her best reply
        boolean jumpAtTwoFifths = false;
        for (int i = 1; i < br1.size(); i++) {
            if (br1.y(i) == br1.y(i - 1) && Math.abs(br1.y(i) - 0.4) < 1e-12 && br1.x(i) != br1.x(i - 1)) {
                jumpAtTwoFifths = true;
            }
        }
        assertTrue(jumpAtTwoFifths, "player 1's best reply jumps at y = 2/5");
        assertEquals(3, c.markers().stream().filter(m -> m.shape() != XYChart.Shape.CIRCLE).count(),
                "three equilibria");
        // the two kinks: player 1 jumps at y = 2/5, player 2 at x = 3/5, both labelled exactly
        assertTrue(c.markers().stream().anyMatch(m -> m.shape() == XYChart.Shape.CIRCLE && m.label().equals("y = 2/5")
                && Math.abs(m.y() - 0.4) < 1e-12), c.markers().toString());
        assertTrue(c.markers().stream().anyMatch(m -> m.shape() == XYChart.Shape.CIRCLE && m.label().equals("x = 3/5")
                && Math.abs(m.x() - 0.6) < 1e-12), c.markers().toString());
        assertTrue(c.x().label().startsWith("x = P(") && c.y().label().startsWith("y = P("));
        assertTrue(c.markers().stream().anyMatch(m -> Math.abs(m.x() - 0.6) < 1e-12 && Math.abs(m.y() - 0.4) < 1e-12));
    }

    @Test
    void upperEnvelopeIsTheMaximumOfTheStrategyLines() {
        NormalFormGame g = GameCatalog.get("battle-of-the-sexes").game();
        XYChart c = Diagrams.envelope(g, 1, List.of());
        XYChart.Series env = c.series().get(c.series().size() - 1);
        for (int i = 0; i < env.size(); i++) {
            double p = env.x(i);
            double best = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < 2; s++) {
                double[][] b = g.matrixDouble(1);
                // x = P(row player plays his FIRST strategy): the one convention of Diagrams
                best = Math.max(best, p * b[0][s] + (1 - p) * b[1][s]);
            }
            assertEquals(best, env.y(i), 1e-12);
        }
        // battle of the sexes: the column player's envelope breaks where her two strategies tie, x = 3/5
        assertTrue(c.markers().stream().anyMatch(m -> m.label().equals("x = 3/5") && Math.abs(m.x() - 0.6) < 1e-12),
                c.markers().toString());
        assertTrue(Diagrams.hasEnvelope(GameCatalog.get("gibbons-2x3").game()));
        assertFalse(Diagrams.hasSquare(GameCatalog.get("rock-paper-scissors").game()));
        assertThrows(IllegalArgumentException.class,
                () -> Diagrams.bestResponseSquare(GameCatalog.get("rock-paper-scissors").game(), List.of()));
    }
}
