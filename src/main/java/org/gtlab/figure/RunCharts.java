package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gtlab.chart.model.XYChart;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.RunRecord;
import org.gtlab.run.Snapshot;

/**
 * Time-series charts of runs as {@link XYChart} models: one metric of several runs side by side
 * (one colour and legend entry per run; log scale for NashConv, exploitability and regrets), and
 * the strategy frequencies of one run (one colour per strategy, solid for player 1, dashed for
 * player 2, dotted for further players). Records are decimated to {@value #MAX_POINTS} points for
 * drawing; exports of the data use the full record.
 */
public final class RunCharts {

    /** Points per series on screen. */
    public static final int MAX_POINTS = 600;

    private RunCharts() {
    }

    /** A run as the charts need it: name, colour, recipe limits and record. */
    public record Line(String name, int colour, long maxSteps, RunRecord record, NormalFormGame game) {
    }

    /** True for metrics drawn on a log scale by default (they fall towards 0 over decades). */
    public static boolean logByDefault(String metric) {
        return metric.startsWith("nash_conv") || metric.startsWith("exploitability") || metric.startsWith("regret")
                || metric.equals("speed") || metric.equals("std_error");
    }

    /** Metrics worth plotting over time (probabilities have their own chart). */
    public static List<String> plottableMetrics(Snapshot s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String m : s.metricNames()) {
            if (!isShare(m) && !m.equals("t")) {
                out.add(m);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile(
            "(avg_p|cur_p|x_p)\\d+_\\d+|x_\\d+|count_\\d+");

    private static boolean isShare(String m) {
        return SHARE.matcher(m).matches();
    }

    private static boolean isShare(String m, String prefix) {
        return m.startsWith(prefix) && m.substring(prefix.length()).matches("\\d+_\\d+");
    }

    /** A readable title for a metric name. */
    public static String label(String metric) {
        return switch (metric) {
            case "nash_conv" -> "NashConv of the average profile";
            case "nash_conv_current" -> "NashConv of the current profile";
            case "exploitability" -> "Exploitability (NashConv / N)";
            case "speed" -> "Speed |ẋ|";
            default -> metric.replace('_', ' ');
        };
    }

    /** A short axis label for a metric name. */
    public static String axis(String metric) {
        return switch (metric) {
            case "nash_conv", "nash_conv_current" -> "NashConv";
            case "speed" -> "|ẋ|";
            default -> metric.replace('_', ' ');
        };
    }

    /**
     * One metric of every run against the step.
     *
     * @param log log scale (non-positive values are left out)
     */
    public static XYChart metric(List<Line> runs, String metric, boolean log, String caption) {
        List<XYChart.Series> series = new ArrayList<>();
        long maxX = 1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line r : runs) {
            maxX = Math.max(maxX, r.maxSteps());
        }
        Object[] unit = stepUnit(maxX);
        double f = (Double) unit[0];
        for (Line r : runs) {
            RunRecord d = r.record().decimate(MAX_POINTS);
            double[] ys = d.series(metric);
            long[] steps = d.steps();
            double[] xs = new double[steps.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = steps[i] / f;
                double y = ys[i];
                if (Double.isFinite(y) && (!log || y > 0)) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
            series.add(new XYChart.Series(r.name(), xs, ys, r.colour(), 1.6, XYChart.Dash.SOLID));
        }
        XYChart.Axis y;
        String yl = axis(metric) + (log ? " (log)" : "");
        if (log) {
            double[] range = LogRange.decades(lo, hi);
            double a = range[0];
            double b = range[1];
            y = XYChart.Axis.log(yl, Math.max(a, 1e-300), b);
        } else {
            if (!(lo <= hi)) {
                lo = 0;
                hi = 1;
            }
            if (hi - lo < 1e-12) {
                double pad = Math.max(1e-6, Math.abs(hi) * 0.1);
                lo -= pad;
                hi += pad;
            } else {
                double pad = (hi - lo) * 0.05;
                lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
                hi += pad;
            }
            y = XYChart.Axis.linear(yl, lo, hi);
        }
        return new XYChart(label(metric), caption,
                XYChart.Axis.linear((String) unit[1], 0, maxX / f), y, series, List.of(), true, false);
    }

    /**
     * The strategy frequencies of one run: the average strategies of a learner ({@code avg_pP_A}),
     * or the population shares of a dynamic ({@code x_pP_A}); null if the run reports neither.
     */
    public static XYChart frequencies(Line run, String caption) {
        RunRecord d = run.record().decimate(MAX_POINTS);
        List<String> names = d.metricNames();
        String prefix = names.stream().anyMatch(n -> isShare(n, "avg_p")) ? "avg_p"
                : names.stream().anyMatch(n -> isShare(n, "x_p")) ? "x_p" : null;
        if (prefix == null) {
            return null;
        }
        long[] steps = d.steps();
        Object[] unit = stepUnit(Math.max(1, run.maxSteps()));
        double f = (Double) unit[0];
        double[] xs = new double[steps.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = steps[i] / f;
        }
        List<XYChart.Series> series = new ArrayList<>();
        NormalFormGame g = run.game();
        for (String n : names) {
            if (!isShare(n, prefix)) {
                continue;
            }
            String[] parts = n.substring(prefix.length()).split("_");
            int p = Integer.parseInt(parts[0]) - 1;
            int a = Integer.parseInt(parts[1]) - 1;
            String strat = g != null && p < g.numPlayers() && a < g.numStrategies(p) ? g.strategyLabels(p).get(a)
                    : Integer.toString(a + 1);
            String who = g != null && p < g.numPlayers() ? g.playerName(p) : "P" + (p + 1);
            // the legend names the strategies once (solid: player / population 1); other players are dashed
            String name = p == 0 ? strat : "";
            XYChart.Dash dash = p == 0 ? XYChart.Dash.SOLID : p == 1 ? XYChart.Dash.DASHED : XYChart.Dash.DOTTED;
            series.add(new XYChart.Series(name, xs, d.series(n), a, 1.5, dash));
        }
        int players = (int) names.stream().filter(n -> isShare(n, prefix)).map(n -> n.substring(prefix.length(),
                n.indexOf('_', prefix.length()))).distinct().count();
        String who = players > 1 ? (prefix.equals("avg_p") ? "Solid: player 1, dashed: player 2. "
                : "Solid: population 1, dashed: population 2. ") : "";
        return new XYChart(prefix.equals("avg_p") ? "Average strategies" : "Population shares",
                caption.isEmpty() ? "" : who + caption,
                XYChart.Axis.linear((String) unit[1], 0, Math.max(1, run.maxSteps()) / f),
                XYChart.Axis.linear("probability", 0, 1), series, List.of(), true, false);
    }

    /** Steps are drawn in units of 1, 10³ or 10⁶ so that tick labels stay short: {factor, label}. */
    static Object[] stepUnit(long maxSteps) {
        if (maxSteps >= 2_000_000) {
            return new Object[] {1e6, "step (millions)"};
        }
        if (maxSteps >= 20_000) {
            return new Object[] {1e3, "step (thousands)"};
        }
        return new Object[] {1.0, "step"};
    }

    /** "Rock-Paper-Scissors; fp, seed 1; hedge, seed 2". */
    public static String caption(List<Line> runs) {
        List<String> parts = new ArrayList<>();
        for (Line r : runs) {
            parts.add(r.name());
        }
        String s = String.join("; ", parts);
        return s.length() > 140 ? s.substring(0, 137) + "…" : s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
