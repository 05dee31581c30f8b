package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gtlab.chart.model.XYChart;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.solve.logit.LogitBranch;
import org.gtlab.solve.logit.LogitSolver;

/**
 * The logit QRE correspondence picture (McKelvey &amp; Palfrey 1995; Turocy 2005): for one player,
 * each strategy's probability σ_pj(λ) on the principal branch against the precision λ on a
 * base-10 log axis, with the branch's limit equilibrium marked at the right end (a diamond where
 * the limit was refined to exact rationals, labelled with the exact value; a dot otherwise).
 *
 * <p>The branch is the one {@link LogitBranch#trace} follows with {@link LogitBranch.Options#DEFAULT}
 * (λ from 0 to 10⁶); the point λ = 0 (the uniform profile) cannot be drawn on a log axis and is
 * left off, the axis starts at the decade below the first positive λ and ends a factor 4 past the last. The figure is a pure function
 * of the game and the player, so a recipe re-makes it pixel for pixel ({@code io.recipe} kind
 * {@code qre}). Fails like {@link LogitSolver#limit} (an {@link IllegalArgumentException} for games
 * the path follower refuses).
 */
public final class QreFigure {

    private QreFigure() {
    }

    /** The traced branch and its limit, the same one the lab and the recipe draw. */
    public static LogitSolver.Limit trace(NormalFormGame game) {
        return LogitSolver.limit(game, LogitBranch.Options.DEFAULT);
    }

    /**
     * The correspondence of {@code player}: one line per strategy, the limit marked.
     *
     * @throws IllegalArgumentException if {@code player} is not a player of the game
     */
    public static XYChart chart(NormalFormGame game, LogitSolver.Limit limit, int player) {
        if (player < 0 || player >= game.numPlayers()) {
            throw new IllegalArgumentException("player must be in 0.." + (game.numPlayers() - 1) + ", got " + player);
        }
        List<LogitBranch.Point> pts = limit.branch().points();
        int m = 0;
        for (LogitBranch.Point p : pts) {
            if (p.lambda() > 0) {
                m++;
            }
        }
        double[] xs = new double[m];
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        int k = 0;
        for (LogitBranch.Point p : pts) {
            if (p.lambda() > 0) {
                xs[k++] = p.lambda();
                lo = Math.min(lo, p.lambda());
                hi = Math.max(hi, p.lambda());
            }
        }
        // from the decade below the first λ to a little past the last (room for the limit's labels)
        double[] range = LogRange.decades(m == 0 ? 1e-2 : lo, m == 0 ? 1 : hi);
        if (m > 0) {
            range[1] = Math.max(hi * 4, range[0] * 10);
        }
        List<String> labels = game.strategyLabels(player);
        List<XYChart.Series> series = new ArrayList<>();
        List<XYChart.Marker> markers = new ArrayList<>();
        Optional<StrategyProfile> exact = limit.exact();
        double xEnd = m == 0 ? range[1] : hi;
        for (int j = 0; j < labels.size(); j++) {
            double[] ys = new double[m];
            k = 0;
            for (LogitBranch.Point p : pts) {
                if (p.lambda() > 0) {
                    ys[k++] = p.profile()[player][j];
                }
            }
            series.add(XYChart.Series.line(labels.get(j), xs, ys, j));
            double y = limit.profile()[player][j];
            String text = exact.isPresent() ? exact.get().get(player).probability(j).toString()
                    : String.format(java.util.Locale.ROOT, "%.4f", y);
            markers.add(new XYChart.Marker(xEnd, y, text, j,
                    exact.isPresent() ? XYChart.Shape.DIAMOND : XYChart.Shape.DOT));
        }
        String caption = "limit (λ → ∞): " + describe(game, limit) + String.format(java.util.Locale.ROOT,
                ", max regret %.1e", limit.maxRegret());
        return new XYChart("Logit QRE branch — " + game.playerName(player), caption,
                XYChart.Axis.log("precision λ", range[0], range[1]),
                XYChart.Axis.linear("probability (" + game.playerName(player) + ")", 0, 1), series, markers, true,
                false);
    }

    /** The limit profile as text, players separated by "; ": exact rationals where refined, else 6 decimals. */
    public static String describe(NormalFormGame game, LogitSolver.Limit limit) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < game.numPlayers(); p++) {
            b.append(p == 0 ? "" : "; ").append("(");
            for (int j = 0; j < game.numStrategies(p); j++) {
                b.append(j == 0 ? "" : ", ");
                b.append(limit.exact().isPresent() ? limit.exact().get().get(p).probability(j).toString()
                        : String.format(java.util.Locale.ROOT, "%.6f", limit.profile()[p][j]));
            }
            b.append(")");
        }
        return b.toString();
    }
}
