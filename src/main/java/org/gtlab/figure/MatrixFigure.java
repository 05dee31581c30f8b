package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.model.TableSnapshot;
import org.gtlab.game.NormalFormGame;

/**
 * The payoff table of a two-player game as a chart: rows are player 1's strategies, columns player
 * 2's, each cell shows both payoffs (exact fractions as in the editor, e.g. {@code 1/3}) with the
 * best-reply payoffs marked (a payoff is marked when no other strategy of that player does strictly
 * better against the same opponent strategy). Cells where both are marked (pure equilibria) are tinted.
 * This is the table as the editor shows it with default settings; exports of the editor's table carry
 * the table itself (see {@code io.recipe.Recipe#matrix}).
 */
public final class MatrixFigure {

    private MatrixFigure() {
    }

    /**
     * The table of {@code g}.
     *
     * @throws IllegalArgumentException if the game does not have exactly two players
     */
    public static TableSnapshot of(NormalFormGame g, String caption) {
        if (g.numPlayers() != 2) {
            throw new IllegalArgumentException("a payoff table needs a 2-player game, this one has " + g.numPlayers());
        }
        int m = g.numStrategies(0);
        int n = g.numStrategies(1);
        TableSnapshot.Builder b = TableSnapshot.builder(2, m, n).title(g.title()).caption(caption)
                .players(g.playerName(0), g.playerName(1));
        for (int i = 0; i < m; i++) {
            b.rowLabel(i, g.strategyLabels(0).get(i));
        }
        for (int j = 0; j < n; j++) {
            b.columnLabel(j, g.strategyLabels(1).get(j));
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                boolean[] marks = {best(g, 0, i, j), best(g, 1, i, j)};
                List<String> texts = new ArrayList<>();
                texts.add(text(g, 0, i, j));
                texts.add(text(g, 1, i, j));
                b.cell(i, j, new PayoffTable.Cell(texts, marks, null, marks[0] && marks[1]));
            }
        }
        return b.build();
    }

    private static String text(NormalFormGame g, int p, int i, int j) {
        return g.isExact() ? g.payoff(p, i, j).toString() : Numbers.compact(g.payoffDouble(p, i, j), "NaN", 1e-3, 4, 4);
    }

    private static boolean best(NormalFormGame g, int p, int i, int j) {
        double v = g.payoffDouble(p, i, j);
        int k = g.numStrategies(p);
        for (int s = 0; s < k; s++) {
            double w = p == 0 ? g.payoffDouble(0, s, j) : g.payoffDouble(1, i, s);
            if (w > v) {
                return false;
            }
        }
        return true;
    }
}
