package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.coopetition.phase.CoopetitionMap;
import org.gtlab.coopetition.tr1.CoopetitionGame;
import org.gtlab.coopetition.tr1.Equilibrium;
import org.gtlab.coopetition.tr1.EquilibriumSolver;

/**
 * Figures of the coopetition lab (spec coopetition.md): the integrated-utility curves of a TR-1 dyad
 * U_i(a_i, a*_−i) with the equilibrium marked, the two best-response curves in the (a_0, a_1) plane
 * crossing at the equilibrium, team-effort bars by member (TR-3), and a heat map of one of the
 * two-parameter maps of §8. Pure functions from model results to chart models.
 */
public final class CoopetitionFigures {

    private static final int POINTS = 241;

    private CoopetitionFigures() {
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /**
     * U_i(a_i, a*_−i) for both actors of a dyad over [lo, hi] (linear grid), equilibrium actions marked.
     *
     * @throws IllegalArgumentException if the game is not a dyad or the range is empty
     */
    public static XYChart utilityCurves(CoopetitionGame game, Equilibrium eq, double lo, double hi) {
        if (game.actors() != 2) {
            throw new IllegalArgumentException("utility curves are drawn for dyads, got " + game.actors() + " actors");
        }
        double[] xs = new double[POINTS];
        double[][] ys = new double[2][POINTS];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < POINTS; k++) {
            xs[k] = lo + (hi - lo) * k / (POINTS - 1);
            for (int i = 0; i < 2; i++) {
                double[] a = eq.actions();
                a[i] = xs[k];
                ys[i][k] = game.utility(i, a);
                min = Math.min(min, ys[i][k]);
                max = Math.max(max, ys[i][k]);
            }
        }
        List<XYChart.Series> series = List.of(XYChart.Series.line("U₁(a₁, a*₂)", xs, ys[0], 0),
                XYChart.Series.line("U₂(a₂, a*₁)", xs, ys[1], 1));
        List<XYChart.Marker> markers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            double[] a = eq.actions();
            markers.add(new XYChart.Marker(a[i], game.utility(i, a), "a*" + (i + 1) + " = " + f(a[i]), i,
                    XYChart.Shape.DOT));
        }
        double pad = (max - min) * 0.05 + 1e-9;
        return new XYChart("Integrated utility", game.valueFunction() + ", γ = " + f(game.gamma())
                + (eq.converged() ? "" : " — NOT converged"), XYChart.Axis.linear("own action a_i", lo, hi),
                XYChart.Axis.linear("U_i", min - pad, max + pad), series, markers, true, false);
    }

    /**
     * Best-response curves BR₁(a₂) and BR₂(a₁) on [lo, hi]² with the equilibrium where they cross.
     */
    public static XYChart bestResponses(CoopetitionGame game, EquilibriumSolver solver, Equilibrium eq, double lo,
            double hi) {
        if (game.actors() != 2) {
            throw new IllegalArgumentException("best-response curves are drawn for dyads, got " + game.actors());
        }
        double[] grid = new double[POINTS];
        double[] br0 = new double[POINTS];
        double[] br1 = new double[POINTS];
        for (int k = 0; k < POINTS; k++) {
            grid[k] = lo + (hi - lo) * k / (POINTS - 1);
            br0[k] = solver.bestResponse(game, 0, new double[] {0, grid[k]});
            br1[k] = solver.bestResponse(game, 1, new double[] {grid[k], 0});
        }
        // BR₁ as a function of a₂ is drawn with a₁ on x: points (br0, grid); BR₂ as (grid, br1)
        List<XYChart.Series> series = List.of(XYChart.Series.line("BR₁(a₂)", br0, grid, 0),
                XYChart.Series.line("BR₂(a₁)", grid, br1, 1));
        return new XYChart("Best responses", eq.converged() ? "equilibrium (" + f(eq.action(0)) + ", "
                + f(eq.action(1)) + ")" : "the iteration did not converge",
                XYChart.Axis.linear("a₁", lo, hi), XYChart.Axis.linear("a₂", lo, hi), series,
                List.of(new XYChart.Marker(eq.action(0), eq.action(1), "a*", -1, XYChart.Shape.DIAMOND)), true, true);
    }

    /** Bars of effort by member (one bar per member, width 0.8), for example one Apache phase. */
    public static StackedChart effortBars(String title, double[] efforts, double cap) {
        int n = efforts.length;
        double[] xs = new double[4 * n];
        double[] v = new double[4 * n];
        double top = cap;
        for (int k = 0; k < n; k++) {
            double c = k + 1;
            xs[4 * k] = c - 0.4;
            xs[4 * k + 1] = c - 0.4;
            xs[4 * k + 2] = c + 0.4;
            xs[4 * k + 3] = c + 0.4;
            v[4 * k + 1] = efforts[k];
            v[4 * k + 2] = efforts[k];
            top = Math.max(top, efforts[k]);
        }
        return new StackedChart(title, "effort by member", XYChart.Axis.linear("member", 0.4, n + 0.6),
                XYChart.Axis.linear("effort", 0, top * 1.05), xs,
                List.of(new StackedChart.Layer("effort", v, 0)), false);
    }

    /** A heat map of a two-parameter map on an nx × ny grid (rows = y from the bottom value up). */
    public static HeatMapChart map(CoopetitionMap m, int nx, int ny) {
        double[][] g = m.grid(nx, ny);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : g) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < nx; i++) {
            cols.add(f(m.x().value(i, nx)));
        }
        List<String> rows = new ArrayList<>();
        for (int j = 0; j < ny; j++) {
            rows.add(f(m.y().value(j, ny)));
        }
        return HeatMapChart.sequential("Map " + m.id() + ": " + m.title(), "", m.y().name(), m.x().name(), rows, cols, g,
                lo, hi, m.value());
    }
}
