package org.gtlab.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.coopetition.phase.CoopetitionMaps;
import org.gtlab.coopetition.tr1.CoopetitionGame;
import org.gtlab.coopetition.tr1.Equilibrium;
import org.gtlab.coopetition.tr1.EquilibriumSolver;
import org.gtlab.coopetition.tr3.ApacheCase;
import org.gtlab.coopetition.tr3.TeamModel;
import org.gtlab.coopetition.tr3.WelfareMode;
import org.gtlab.run.Config;
import org.gtlab.run.methods.coopetition.CoopetitionMethods.EquilibriumConfig;

/**
 * One figure of the coopetition lab, described by its item and its parameters (text values), so that
 * the lab draws it and a {@code coopetition} recipe re-makes it from the same description:
 * <ul>
 *   <li>{@code best-responses}, {@code utility}: a TR-1 dyad from the {@code coop-equilibrium}
 *       parameters ({@link EquilibriumConfig}) plus {@code trust} (a uniform TR-2 trust level T in [0, 1]
 *       weighting D as T∘D; default 1 = no trust layer); best-response curves crossing at the
 *       equilibrium, or U_i(a_i, a*_−i) with the equilibrium marked (range [0.01, 1.6·max a*]);</li>
 *   <li>{@code team-effort}: equilibrium effort by member of a TR-3 team with uniform loyalty:
 *       {@code omega, beta, cost, phi_b, phi_c, welfare, n, theta} (closed form of §4.6, box [0.01, 50]; the
 *       symmetric split of the unique team total, A3);</li>
 *   <li>{@code apache}: the Apache phases' equilibrium mean efforts ({@code welfare}) — or one phase's
 *       efforts by member with {@code phase} = 1…4;</li>
 *   <li>{@code map}: a map of §8 ({@code map}, {@code nx}, {@code ny}, {@code welfare}).</li>
 * </ul>
 * Failure modes: an unknown item or parameter, or a value out of range, throws
 * {@link IllegalArgumentException} naming it; a TR-1 solve that does not converge throws with its
 * last iterate ({@link Equilibrium#requireConverged()}).
 *
 * @param item   the figure
 * @param params its parameters (unknown names are refused)
 */
public record CoopetitionFigure(String item, Map<String, String> params) {

    /** The items. */
    public static final List<String> ITEMS = List.of("best-responses", "utility", "team-effort", "apache", "map");

    public CoopetitionFigure {
        if (item == null || !ITEMS.contains(item)) {
            throw new IllegalArgumentException("coopetition figure item \"" + item + "\" is unknown; known: "
                    + String.join(", ", ITEMS));
        }
        params = Map.copyOf(new LinkedHashMap<>(params));
    }

    private String text(String name, String dflt) {
        return params.getOrDefault(name, dflt);
    }

    private double real(String name, double dflt, double lo, double hi) {
        String t = params.get(name);
        if (t == null) {
            return dflt;
        }
        double v;
        try {
            v = Double.parseDouble(t.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(item + " figure: " + name + " must be a number, got \"" + t + "\"");
        }
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(item + " figure: " + name + " must be in [" + lo + ", " + hi + "], got "
                    + t);
        }
        return v;
    }

    private void only(List<String> names) {
        for (String k : params.keySet()) {
            if (!names.contains(k)) {
                throw new IllegalArgumentException(item + " figure: unknown parameter \"" + k + "\"; known: "
                        + String.join(", ", names));
            }
        }
    }

    private WelfareMode welfare() {
        String w = text("welfare", "summed").strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "summed" -> WelfareMode.SUMMED;
            case "averaged" -> WelfareMode.AVERAGED;
            default -> throw new IllegalArgumentException(item + " figure: welfare must be summed or averaged, got \""
                    + w + "\"");
        };
    }

    /** The TR-1 dyad of a best-responses or utility figure (trust-weighted when trust &lt; 1). */
    public CoopetitionGame game() {
        EquilibriumConfig c = config();
        double t = real("trust", 1, 0, 1);
        CoopetitionGame g = c.game();
        return t == 1 ? g : g.withTrust(new double[][] {{0, t}, {t, 0}});
    }

    private EquilibriumConfig config() {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("trust");
        return EquilibriumConfig.SCHEMA.from(Config.of("coop-equilibrium", EquilibriumConfig.SCHEMA.params(), p));
    }

    /** The chart. */
    public Chart chart() {
        switch (item) {
            case "best-responses":
            case "utility": {
                List<String> names = new java.util.ArrayList<>(EquilibriumConfig.SCHEMA.params().stream()
                        .map(org.gtlab.run.Param::name).toList());
                names.add("trust");
                only(names);
                CoopetitionGame g = game();
                EquilibriumSolver s = config().solver();
                Equilibrium eq = s.solve(g).requireConverged();
                double hi = 1.6 * Math.max(eq.action(0), eq.action(1));
                return item.equals("utility") ? CoopetitionFigures.utilityCurves(g, eq, 0.01, hi)
                        : CoopetitionFigures.bestResponses(g, s, eq, 0.01, hi);
            }
            case "team-effort": {
                only(List.of("omega", "beta", "cost", "phi_b", "phi_c", "welfare", "n", "theta"));
                TeamModel m = new TeamModel(real("omega", 20, 1e-9, 1e6), real("beta", 0.5, 1e-9, 0.999),
                        real("cost", 2.5, 1e-9, 1e6), real("phi_b", 0.8, 0, 10), real("phi_c", 0.3, 0, 0.999), welfare(),
                        0.01, 50);
                int n = (int) real("n", 5, 2, 1000);
                if (n != real("n", 5, 2, 1000)) {
                    throw new IllegalArgumentException("team-effort figure: n must be an integer, got " + params.get("n"));
                }
                double theta = real("theta", 0.9, 0, 1);
                // homogeneous loyalty: only the team total is pinned down; the symmetric split a*(θ) = clip(S*(θ)/n)
                // is shown (A3), not one of the corner splits a Gauss–Seidel order would leave
                double[] e = new double[n];
                java.util.Arrays.fill(e, m.effort(theta, n));
                return CoopetitionFigures.effortBars(String.format(Locale.ROOT,
                        "Team of %d, θ = %.2f: a* = %.4g per member (free riding %.4g)", n, theta, e[0],
                        m.freeRidingEffort(n)), e, m.clip(m.freeRidingEffort(n)));
            }
            case "apache": {
                only(List.of("welfare", "phase"));
                WelfareMode mode = welfare();
                List<ApacheCase.PhaseResult> r = ApacheCase.solve(mode);
                if (params.containsKey("phase")) {
                    int k = (int) real("phase", 1, 1, 4);
                    ApacheCase.PhaseResult p = r.get(k - 1);
                    return CoopetitionFigures.effortBars("Apache " + p.phase().name() + " (" + p.phase().period()
                            + ", n = " + p.phase().size() + "): efforts by member", p.equilibrium().efforts(), 50);
                }
                double[] mean = r.stream().mapToDouble(ApacheCase.PhaseResult::meanEffort).toArray();
                int[] score = ApacheCase.score(mean);
                return CoopetitionFigures.effortBars("Apache phases (" + mode.name().toLowerCase(Locale.ROOT)
                        + "): mean effort, rubric " + java.util.Arrays.stream(score).sum() + "/60", mean, 50);
            }
            default: {
                only(List.of("map", "nx", "ny", "welfare"));
                int nx = (int) real("nx", 64, 2, 2000);
                int ny = (int) real("ny", 64, 2, 2000);
                return CoopetitionFigures.map(CoopetitionMaps.byId(text("map", "1"), welfare()), nx, ny);
            }
        }
    }

    /** The figure's data as CSV (series,x,y for line and bar charts; row,column,value for maps). */
    public String csv() {
        return csv(chart());
    }

    /** The data of a chart made by this class as CSV. */
    public static String csv(Chart c) {
        StringBuilder sb = new StringBuilder();
        if (c instanceof XYChart x) {
            sb.append("series,x,y\n");
            for (XYChart.Series s : x.series()) {
                for (int k = 0; k < s.xs().length; k++) {
                    sb.append(quote(s.name())).append(',').append(s.xs()[k]).append(',').append(s.ys()[k]).append('\n');
                }
            }
            for (XYChart.Marker m : x.markers()) {
                sb.append(quote("marker " + m.label())).append(',').append(m.x()).append(',').append(m.y()).append('\n');
            }
        } else if (c instanceof StackedChart s) {
            sb.append("series,x,y\n");
            for (StackedChart.Layer l : s.layers()) {
                for (int k = 0; k < s.xs().length; k++) {
                    sb.append(quote(l.name())).append(',').append(s.xs()[k]).append(',').append(l.values()[k])
                            .append('\n');
                }
            }
        } else if (c instanceof HeatMapChart h) {
            sb.append(quote(h.rowTitle())).append(',').append(quote(h.columnTitle())).append(",value\n");
            for (int i = 0; i < h.rows(); i++) {
                for (int j = 0; j < h.columns(); j++) {
                    sb.append(h.rowLabels().get(i)).append(',').append(h.columnLabels().get(j)).append(',')
                            .append(h.value(i, j)).append('\n');
                }
            }
        } else {
            throw new IllegalArgumentException("no CSV for a " + c.getClass().getSimpleName());
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
