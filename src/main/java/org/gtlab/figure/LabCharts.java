package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.game.TeamGame;
import org.gtlab.learn.team.TeamMetrics;
import org.gtlab.run.Payload;
import org.gtlab.run.RunRecord;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.TeamLearnerExperiment;

/**
 * The lab's chart models, built from run records (the UI's side of the rule that {@code chart}
 * knows no game or run types): exploitability curves of several runs on one chart (x = cumulative
 * oracle steps, the x-axis of the FXP paper's figures), the meta-game payoff matrix of one run as a
 * diverging heat map (from its {@code meta_game} payload), its meta-strategy weights over time as a
 * stacked area chart ({@code meta_weights}) and its current policy per agent ({@code policy}).
 */
public final class LabCharts {

    /** Points per curve on screen (exports of data use the full record). */
    public static final int MAX_POINTS = 800;

    /** Smallest value drawn on a log axis; exact zeros (exact PSRO) are drawn here, on the bottom edge. */
    public static final double LOG_FLOOR = 1e-6;

    /** Largest population whose weights are stacked (FP/FSP mix hundreds of iterates uniformly). */
    public static final int MAX_LAYERS = 64;

    private LabCharts() {
    }

    /** A run as the charts need it. */
    public record Line(String name, int colour, RunRecord record) {
    }

    /** Readable names of the metrics the lab plots. */
    public static String label(String metric) {
        return switch (metric) {
            case TeamMetrics.TEAM_EXPLOITABILITY -> "team exploitability";
            case TeamMetrics.RESTRICTED_EXPLOITABILITY -> "restricted exploitability (authors' exploiters)";
            case TeamMetrics.MAIN_EXPLOITABILITY -> "exploitability of FXP's main policy";
            case TeamMetrics.AGENT_NASH_CONV -> "agent-level NashConv";
            case TeamMetrics.POPULATION_SIZE -> "population size";
            case TeamMetrics.AVERAGE_POLICY_EXPLOITABILITY -> "exploitability of the average policy";
            default -> metric.replace('_', ' ');
        };
    }

    /** Metrics worth offering in the metric chooser. */
    public static List<String> plottable(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!n.equals(TeamMetrics.ITERATION) && !n.equals(TeamMetrics.PHASE) && !n.equals(TeamMetrics.TARGET_AT_EQUILIBRIUM)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * One metric of every run against the cumulative oracle step, with a dot where each run ends.
     * On a log axis values below
     * {@link #LOG_FLOOR} (exact zeros included) are drawn at the floor; runs without the metric are
     * left out. Runs 9–16 are dashed (the palette has 8 colours).
     */
    public static XYChart curves(List<Line> runs, String metric, boolean log, String caption) {
        List<XYChart.Series> series = new ArrayList<>();
        List<XYChart.Marker> ends = new ArrayList<>();
        double maxX = 1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean clamped = false;
        for (Line r : runs) {
            RunRecord d = r.record().decimate(MAX_POINTS);
            if (d.isEmpty() || !d.metricNames().contains(metric)) {
                continue;
            }
            double[] ys = d.series(metric);
            long[] steps = d.steps();
            double[] xs = new double[steps.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = steps[i];
                maxX = Math.max(maxX, steps[i]);
                double y = ys[i];
                if (!Double.isFinite(y)) {
                    continue;
                }
                if (log && y < LOG_FLOOR) {
                    y = LOG_FLOOR;
                    ys[i] = y;
                    clamped = true;
                }
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
            XYChart.Dash dash = (r.colour() / 8) % 2 == 0 ? XYChart.Dash.SOLID : XYChart.Dash.DASHED;
            series.add(new XYChart.Series(r.name(), xs, ys, r.colour() % 8, 1.7, dash));
            int last = ys.length - 1;
            if (last >= 0 && Double.isFinite(ys[last]) && (!log || ys[last] > 0)) {
                // where each run ends (short runs such as exact-oracle PSRO are a few steps wide)
                ends.add(new XYChart.Marker(xs[last], ys[last], "", r.colour() % 8, XYChart.Shape.DOT));
            }
        }
        XYChart.Axis y;
        String yl = label(metric);
        if (log) {
            double[] range = LogRange.decades(lo, hi);
            double a = range[0];
            double b = range[1];
            y = XYChart.Axis.log(yl, a, b);
        } else {
            if (!(lo <= hi)) {
                lo = 0;
                hi = 1;
            }
            double pad = Math.max(1e-9, (hi - lo) * 0.05);
            y = XYChart.Axis.linear(yl, Math.min(0, lo - (lo < 0 ? pad : 0)), hi + pad);
        }
        String cap = caption + (clamped ? (caption.isEmpty() ? "" : " · ") + "values < 1e-6 (exact 0) drawn at 1e-6" : "");
        return new XYChart(capitalise(label(metric)) + (log ? " (log scale)" : ""), cap, XYChart.Axis.linear("oracle steps", 0, niceMax(maxX)), y,
                series, ends, true, false);
    }

    /** A round upper end for the step axis (1, 2, 2.5, 5 × 10^k). */
    static double niceMax(double v) {
        if (v <= 1) {
            return 1;
        }
        double e = Math.pow(10, Math.floor(Math.log10(v)));
        for (double f : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (f * e >= v) {
                return f * e;
            }
        }
        return 10 * e;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Names of the population members in the order of the learner's meta-game: FXP's union
     * population μ₀, π₁, μ₁, π₂, … (counters μ, main checkpoints π; spec §8.2), otherwise the
     * initial policy π⁰ then best responses BR 1, BR 2, ….
     */
    public static List<String> memberLabels(String method, int n) {
        List<String> l = new ArrayList<>(n);
        boolean fxp = method.equals("fxp");
        for (int k = 0; k < n; k++) {
            if (fxp) {
                l.add(k == 0 ? "μ" + sub(0) : k % 2 == 1 ? "π" + sub((k + 1) / 2) : "μ" + sub(k / 2));
            } else {
                l.add(k == 0 ? "π⁰" : "BR " + k);
            }
        }
        return l;
    }

    private static String sub(int k) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(k).toCharArray()) {
            b.append((char) ('₀' + (c - '0')));
        }
        return b.toString();
    }

    /**
     * The meta-game of a snapshot as a heat map: M[k][l] = U(P_k, P_l) over the members that
     * exist (the first {@code meta_weights} length rows and columns: FXP keeps a zero-padded
     * (2m+1)², matrix), or null without a {@code meta_game} payload.
     */
    public static HeatMapChart metaGame(String method, String runName, Snapshot s, boolean full) {
        if (s == null || s.payload(TeamLearnerExperiment.META_GAME) == null) {
            return null;
        }
        double[][] m = s.payload(TeamLearnerExperiment.META_GAME).toArray();
        Payload w = s.payload(TeamLearnerExperiment.META_WEIGHTS);
        int n = m.length;
        if (w != null) {
            n = Math.min(n, w.row(0).length);
        }
        if (n == 0) {
            return null;
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, v[i], 0, n);
        }
        List<String> labels = memberLabels(method, n);
        return HeatMapChart.diverging((full ? "Meta-game payoffs — " : "Meta-game — ") + runName,
                full ? "" : "step " + s.step() + ", " + n + " members", "row member", "column member", labels, labels, v,
                full ? "payoff to the row member" : "payoff to row");
    }

    /**
     * The meta-strategy weights over the run as stacked areas (step functions: weights hold from
     * one payload snapshot to the next, the last ones to the record's last step); null if the run
     * has no weights yet or more than {@link #MAX_LAYERS} members.
     */
    public static StackedChart weights(String method, String runName, RunRecord record, String caption) {
        List<Snapshot> points = new ArrayList<>();
        int members = 0;
        for (Snapshot s : record.snapshots()) {
            Payload w = s.payload(TeamLearnerExperiment.META_WEIGHTS);
            if (w != null) {
                points.add(s);
                members = Math.max(members, w.row(0).length);
            }
        }
        if (points.isEmpty() || members > MAX_LAYERS) {
            return null;
        }
        long end = Math.max(record.last().step(), points.get(points.size() - 1).step());
        int k = points.size();
        double[] xs = new double[2 * k];
        double[][] vals = new double[members][2 * k];
        for (int i = 0; i < k; i++) {
            Snapshot s = points.get(i);
            double[] w = s.payload(TeamLearnerExperiment.META_WEIGHTS).row(0);
            long to = i + 1 < k ? points.get(i + 1).step() : end;
            xs[2 * i] = s.step();
            xs[2 * i + 1] = Math.max(s.step(), to);
            for (int j = 0; j < w.length; j++) {
                double v = Math.max(0, w[j]);
                vals[j][2 * i] = v;
                vals[j][2 * i + 1] = v;
            }
        }
        List<String> labels = memberLabels(method, members);
        List<StackedChart.Layer> layers = new ArrayList<>();
        boolean fxp = method.equals("fxp");
        int named = 0;
        for (int j = 0; j < members; j++) {
            double peak = 0;
            for (double v : vals[j]) {
                peak = Math.max(peak, v);
            }
            String name;
            int colour;
            if (fxp) {
                // by role: the initial counter μ₀ (green), main checkpoints π (blue), counters μ (vermillion)
                colour = j == 0 ? 2 : j % 2 == 1 ? 0 : 1;
                name = j == 0 ? "μ₀ (initial)" : j == 1 ? "π: main checkpoints" : j == 2 ? "μ: counters" : "";
            } else {
                colour = j % 8;
                name = peak >= 0.01 && named < 8 ? labels.get(j) : "";
                if (!name.isEmpty()) {
                    named++;
                }
            }
            layers.add(new StackedChart.Layer(name, vals[j], colour));
        }
        double maxX = Math.max(1, xs[xs.length - 1]);
        return new StackedChart((caption.isEmpty() ? "Weights — " : "Meta-strategy weights — ") + runName, caption,
                XYChart.Axis.linear("oracle steps", 0, maxX), XYChart.Axis.linear("weight", 0, 1), xs, layers, true);
    }

    /** The policy of a snapshot, agents × actions, as a sequential heat map on [0, 1]; null without one. */
    public static HeatMapChart policy(TeamGame g, String runName, Snapshot s, boolean full) {
        if (s == null || s.payload(TeamLearnerExperiment.POLICY) == null) {
            return null;
        }
        double[][] p = s.payload(TeamLearnerExperiment.POLICY).toArray();
        List<String> agents = new ArrayList<>();
        for (int x = 0; x < p.length; x++) {
            agents.add("agent " + (x + 1));
        }
        List<String> actions = new ArrayList<>();
        for (int a = 0; a < p[0].length; a++) {
            actions.add(g.actionLabel(a));
        }
        return HeatMapChart.sequential((full ? "Policy per agent — " : "Policy — ") + runName,
                full ? "" : "step " + s.step(), "agent", "action", agents, actions, p, 0, 1, "probability");
    }

    /** The same heat map with another caption. */
    public static HeatMapChart withCaption(HeatMapChart h, String caption) {
        return new HeatMapChart(h.title(), caption, h.rowTitle(), h.columnTitle(), h.rowLabels(), h.columnLabels(),
                h.values(), h.scale(), h.min(), h.max(), h.valueLabel(), h.showValues());
    }
}
