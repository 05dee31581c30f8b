package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.game.TeamGame;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Payload;
import org.gtlab.run.methods.TeamLearnerExperiment;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.RunRecord;
import org.gtlab.run.Snapshot;

/**
 * The charts of runs — the Dynamics tab's, the team Lab's and every lab's — as chart models, built
 * from run records: one metric of several runs side by side against the step ({@link #metric}: one
 * colour and legend entry per run) or against the cumulative oracle step of population methods
 * ({@link #oracleCurves}: the x axis of the FXP paper's figures, exact zeros on {@link #LOG_FLOOR},
 * a dot where each run ends); the strategy frequencies of one run (one colour per strategy, solid
 * for player 1, dashed for player 2, dotted for further players); and a population method's
 * meta-game heat map, meta-strategy weights and policy per agent. Labels, units and the default
 * log scale come from the methods' declared {@link MetricSpec}s (carried by each {@link Line}),
 * never from metric names. Records are decimated to {@value #MAX_POINTS} points for drawing;
 * exports of the data use the full record.
 */
public final class RunCharts {

    /** Points per series on screen. */
    public static final int MAX_POINTS = 600;

    /** Points per curve of a lab's oracle-step chart (exports of data use the full record). */
    public static final int CURVE_POINTS = 800;

    /** Smallest value drawn on a log axis; exact zeros (exact PSRO) are drawn here, on the bottom edge. */
    public static final double LOG_FLOOR = 1e-6;

    /** Largest population whose weights are stacked (FP/FSP mix hundreds of iterates uniformly). */
    public static final int MAX_LAYERS = 64;

    private RunCharts() {
    }

    /**
     * A run as the charts need it: legend name, colour, x range (the planned steps, or the steps
     * done once it was cancelled), record, game (strategy labels; null for team games) and the
     * method's declared metrics (labels, units and scales come from these, never from the names).
     */
    public record Line(String name, int colour, long maxSteps, RunRecord record, NormalFormGame game,
            List<MetricSpec> metrics) {

        public Line {
            metrics = List.copyOf(metrics);
        }
    }

    /**
     * The declaration of a metric among these, or null: the exact name, else the longest family
     * prefix whose rest is an index ({@code regret_p} declares {@code regret_p1}, {@code avg_p}
     * declares {@code avg_p1_2}).
     */
    public static MetricSpec find(List<MetricSpec> specs, String metric) {
        MetricSpec best = null;
        for (MetricSpec m : specs) {
            if (m.name().equals(metric)) {
                return m;
            }
            if (metric.startsWith(m.name()) && (best == null || m.name().length() > best.name().length())
                    && INDEX.matcher(metric.substring(m.name().length())).matches()) {
                best = m;
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\d+(_\\d+)?");

    /** The declaration of a metric in any of these runs (the first run first), or null. */
    public static MetricSpec find(String metric, List<Line> runs) {
        for (Line r : runs) {
            MetricSpec m = find(r.metrics(), metric);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** True for a metric its method declares on a log scale (it falls towards 0 over decades). */
    public static boolean logByDefault(MetricSpec m) {
        return m != null && m.scale() == MetricSpec.Scale.LOG;
    }

    /**
     * True for a metric of the run's state rather than a result: a member of a family of shares or
     * counts (unit probability or individuals: the frequencies chart draws them), the clock (unit
     * time), a counter of iterations, or an unscaled flag without a goal (FXP's phase).
     */
    static boolean isState(String metric, MetricSpec m) {
        if (m == null) {
            return false;
        }
        boolean member = !m.name().equals(metric);
        return member && (m.unit().equals("probability") || m.unit().equals("individuals"))
                || m.unit().equals("time") || m.unit().equals("iterations")
                || m.unit().isEmpty() && m.goal() == MetricSpec.Goal.NONE;
    }

    /** The metrics of these names worth a chart over time (results, not state; see {@link #isState}). */
    public static List<String> plottable(List<String> names, List<MetricSpec> specs) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!isState(n, find(specs, n))) {
                out.add(n);
            }
        }
        return out;
    }

    /** The plottable metrics of a snapshot (none for null). */
    public static List<String> plottableMetrics(Snapshot s, List<MetricSpec> specs) {
        return s == null ? new ArrayList<>() : plottable(s.metricNames(), specs);
    }

    /** A metric's label: its declaration's ("NashConv (average)", "Average regret (1)"), else the name in words. */
    public static String label(String metric, MetricSpec m) {
        if (m == null) {
            return metric.replace('_', ' ');
        }
        String rest = metric.substring(Math.min(metric.length(), m.name().length()));
        return m.label() + (rest.isEmpty() || m.name().equals(metric) ? "" : " (" + rest.replace("_", ", ") + ")");
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
        MetricSpec spec = find(metric, runs);
        String yl = label(metric, spec) + (spec == null || spec.unit().isEmpty() ? "" : " [" + spec.unit() + "]")
                + (log ? " (log)" : "");
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
        return new XYChart(label(metric, spec), caption,
                XYChart.Axis.linear((String) unit[1], 0, maxX / f), y, series, List.of(), true, false);
    }

    /**
     * The strategy frequencies of one run: the average strategies of a learner ({@code avg_pP_A}),
     * or the population shares of a dynamic ({@code x_pP_A}); null if the run reports neither.
     */
    public static XYChart frequencies(Line run, String caption) {
        RunRecord d = run.record().decimate(MAX_POINTS);
        List<String> names = d.metricNames();
        String prefix = shareFamily(names, run.metrics(), "avg_p") ? "avg_p"
                : shareFamily(names, run.metrics(), "x_p") ? "x_p" : null;
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

    /** True if the run reports members of a declared family of probabilities with this name ("avg_p", "x_p"). */
    private static boolean shareFamily(List<String> names, List<MetricSpec> specs, String family) {
        return names.stream().anyMatch(n -> isShare(n, family) && find(specs, n) != null
                && find(specs, n).unit().equals("probability"));
    }

    private static boolean isShare(String m, String prefix) {
        return m.startsWith(prefix) && INDEX.matcher(m.substring(prefix.length())).matches()
                && m.substring(prefix.length()).contains("_");
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
    /**
     * One metric of every run against the cumulative oracle step, with a dot where each run ends.
     * On a log axis values below
     * {@link #LOG_FLOOR} (exact zeros included) are drawn at the floor; runs without the metric are
     * left out. Runs 9–16 are dashed (the palette has 8 colours).
     */
    public static XYChart oracleCurves(List<Line> runs, String metric, boolean log, String caption) {
        List<XYChart.Series> series = new ArrayList<>();
        List<XYChart.Marker> ends = new ArrayList<>();
        double maxX = 1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean clamped = false;
        for (Line r : runs) {
            RunRecord d = r.record().decimate(CURVE_POINTS);
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
        String yl = lowerFirst(label(metric, find(metric, runs)));
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
        return new XYChart(capitalise(yl) + (log ? " (log scale)" : ""), cap, XYChart.Axis.linear("oracle steps", 0, niceMax(maxX)), y,
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

    private static String lowerFirst(String s) {
        // "Team exploitability" → "team exploitability" (axis words), but "NashConv" stays
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
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
