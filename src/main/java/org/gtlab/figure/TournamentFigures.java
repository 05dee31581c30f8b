package org.gtlab.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.gtlab.chart.model.BoxPlotChart;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;

/**
 * Figures and tables of the repeated-games lab built from the snapshots of the catalog methods
 * {@code tournament} and {@code moran-tournament} (so the app, while a run goes on, and
 * {@code gtlab export}, re-running the recipe, draw the same thing):
 * <ul>
 *   <li>{@link #standings}: rank, mean score per turn (over every opponent met, self included), wins
 *       (matches scored strictly higher than the opponent), and the median over repetitions of the
 *       per-repetition mean score per turn — Axelrod's {@code ResultSet} conventions. Ranks order by
 *       mean score, ties by name; strategies with no pair played yet (NaN score) come last;</li>
 *   <li>{@link #heatMap}: P[i][j] (row's mean points per turn against the column) in ranking order,
 *       pairs not yet played left blank (NaN);</li>
 *   <li>{@link #standingsChart}: mean score per turn by rank;</li>
 *   <li>{@link #moranShares}: population shares over Moran events as a stacked area chart;</li>
 *   <li>{@link #latex} / {@link #csv}: the standings as a booktabs tabular or CSV.</li>
 * </ul>
 * Snapshot layout read here: metrics {@code score_1 … score_n} and payloads
 * {@code payoff_matrix} (n × n), {@code repetition_scores} (n × R), {@code wins} (n) for a
 * tournament; payload {@code population} (n shares) for a Moran run.
 */
public final class TournamentFigures {

    /** Payload names of the methods (kept equal to run.methods.repeated.RepeatedMethods'). */
    public static final String PAYOFF_MATRIX = "payoff_matrix";
    /** Per-repetition scores. */
    public static final String REPETITION_SCORES = "repetition_scores";
    /** Wins per strategy. */
    public static final String WINS = "wins";
    /** Moran population shares. */
    public static final String POPULATION = "population";

    private TournamentFigures() {
    }

    /**
     * One line of the standings.
     *
     * @param rank   1 = best
     * @param index  the strategy's position in the roster (0-based)
     * @param name   strategy name
     * @param score  mean points per turn (NaN before its first pair)
     * @param wins   matches won
     * @param median median over repetitions of the per-repetition mean score per turn
     */
    public record Standing(int rank, int index, String name, double score, int wins, double median) {
    }

    /** The strategy names of a roster ("all" or comma-separated names), in roster order. */
    public static List<String> rosterNames(String players) {
        return org.gtlab.repeated.Strategies.roster(players).stream().map(org.gtlab.repeated.Strategy::name).toList();
    }

    /** The strategy names of a roster whose names may be user strategies (a run's {@code strategies} setting). */
    public static List<String> rosterNames(String players, String strategies) {
        return org.gtlab.repeated.Strategies.roster(players, org.gtlab.repeated.StrategySpec.parseAll(strategies))
                .stream().map(org.gtlab.repeated.Strategy::name).toList();
    }

    /** The standings of a tournament snapshot (partial while the run goes on). */
    public static List<Standing> standings(List<String> names, Snapshot s) {
        int n = names.size();
        double[] score = new double[n];
        for (int a = 0; a < n; a++) {
            score[a] = s.metric("score_" + (a + 1));
        }
        Payload w = s.payload(WINS);
        Payload reps = s.payload(REPETITION_SCORES);
        double[] wins = w == null ? new double[n] : w.row(0);
        double[][] r = reps == null ? new double[n][0] : reps.toArray();
        return standings(names, score, wins, r);
    }

    /** The standings from scores, wins and per-repetition scores. */
    public static List<Standing> standings(List<String> names, double[] score, double[] wins, double[][] reps) {
        int n = names.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> Double.isNaN(score[i])
                ? Double.POSITIVE_INFINITY : -score[i]).thenComparing(names::get));
        List<Standing> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int i = order[r];
            out.add(new Standing(r + 1, i, names.get(i), score[i], (int) Math.round(wins[i]), median(reps[i])));
        }
        return List.copyOf(out);
    }

    /** Median of the finite values (NaN if none). */
    static double median(double[] v) {
        double[] x = Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        if (x.length == 0) {
            return Double.NaN;
        }
        int m = x.length / 2;
        return x.length % 2 == 1 ? x[m] : (x[m - 1] + x[m]) / 2;
    }

    /** P[i][j] in the standings' order; unplayed pairs blank. */
    public static HeatMapChart heatMap(List<Standing> standings, double[][] p, String caption) {
        int n = standings.size();
        double[][] v = new double[n][n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<String> labels = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            labels.add(standings.get(a).name());
            for (int b = 0; b < n; b++) {
                v[a][b] = p[standings.get(a).index()][standings.get(b).index()];
                if (Double.isFinite(v[a][b])) {
                    lo = Math.min(lo, v[a][b]);
                    hi = Math.max(hi, v[a][b]);
                }
            }
        }
        if (!(hi > lo)) {
            lo = Double.isFinite(lo) ? lo : 0;
            hi = lo + 1;
        }
        return HeatMapChart.sequential("Payoff matrix", caption, "player", "opponent", labels, labels, v, lo, hi,
                "points per turn");
    }

    /** The heat map of a tournament snapshot. */
    public static HeatMapChart heatMap(List<String> names, Snapshot s, String caption) {
        Payload p = s.payload(PAYOFF_MATRIX);
        if (p == null) {
            throw new IllegalArgumentException("the snapshot at step " + s.step() + " holds no payoff matrix");
        }
        return heatMap(standings(names, s), p.toArray(), caption);
    }

    /** Mean score per turn by rank, one labelled marker per strategy. */
    public static XYChart standingsChart(List<Standing> standings, String caption) {
        int n = standings.size();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<XYChart.Marker> markers = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Standing s : standings) {
            if (Double.isFinite(s.score())) {
                xs.add((double) s.rank());
                ys.add(s.score());
                lo = Math.min(lo, s.score());
                hi = Math.max(hi, s.score());
                markers.add(new XYChart.Marker(s.rank(), s.score(), s.name(), 0, XYChart.Shape.DOT));
            }
        }
        if (xs.isEmpty()) {
            lo = 0;
            hi = 1;
        }
        double pad = Math.max(1e-9, (hi - lo) * 0.1);
        return new XYChart("Tournament standings", caption, XYChart.Axis.linear("rank", 0.5, n + 0.5),
                XYChart.Axis.linear("score per turn", lo - pad, hi + pad),
                List.of(XYChart.Series.line("score", xs.stream().mapToDouble(Double::doubleValue).toArray(),
                        ys.stream().mapToDouble(Double::doubleValue).toArray(), 0)), markers, false, false);
    }

    /**
     * Score box plots in ranking order, one box per strategy over its per-repetition mean scores per
     * turn: whiskers from the minimum to the maximum, a bar over the interquartile range (quartiles
     * by linear interpolation between order statistics, as numpy's default), a diamond at the median.
     * Strategies with no repetition yet are left out.
     */
    public static BoxPlotChart scoreBoxPlot(List<String> names, Snapshot s, String caption) {
        List<Standing> st = standings(names, s);
        Payload reps = s.payload(REPETITION_SCORES);
        double[][] r = reps == null ? new double[names.size()][0] : reps.toArray();
        List<BoxPlotChart.Box> boxes = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Standing x : st) {
            double[] v = Arrays.stream(r[x.index()]).filter(Double::isFinite).sorted().toArray();
            if (v.length == 0) {
                continue;
            }
            lo = Math.min(lo, v[0]);
            hi = Math.max(hi, v[v.length - 1]);
            boxes.add(new BoxPlotChart.Box(x.name(), v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75),
                    v[v.length - 1], 0));
        }
        if (boxes.isEmpty()) {
            lo = 0;
            hi = 1;
        }
        // equal scores everywhere (a cooperative roster) still get a readable axis
        double pad = Math.max(Math.max(1e-9, 0.05 * Math.max(Math.abs(lo), Math.abs(hi))), (hi - lo) * 0.1);
        return new BoxPlotChart("Scores per repetition", caption.isEmpty()
                ? "whiskers min–max, box the interquartile range, line the median" : caption, "rank",
                XYChart.Axis.linear("score per turn", lo - pad, hi + pad), boxes);
    }

    /** Linear-interpolation quantile of sorted values (numpy's default, type 7). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }

    /** Matches won by each strategy, in ranking order, as bars. */
    public static XYChart winChart(List<String> names, Snapshot s, String caption) {
        List<Standing> st = standings(names, s);
        return bars("Wins", caption.isEmpty() ? "matches scored strictly higher than the opponent" : caption, st,
                st.stream().mapToDouble(Standing::wins).toArray(), "matches won", 2, false);
    }

    /**
     * Cooperation rates (share of each strategy's moves that chose the first option), in ranking order,
     * as bars on [0, 1].
     */
    public static XYChart cooperationChart(List<String> names, Snapshot s, String caption) {
        List<Standing> st = standings(names, s);
        double[] c = new double[st.size()];
        for (int k = 0; k < st.size(); k++) {
            String m = "cooperation_" + (st.get(k).index() + 1);
            c[k] = s.hasMetric(m) ? s.metric(m) : Double.NaN;
        }
        return bars("Cooperation rates", caption.isEmpty() ? "share of each strategy's moves that chose option 1"
                : caption, st, c, "cooperation rate", 3, true);
    }

    private static XYChart bars(String title, String caption, List<Standing> st, double[] v, String yLabel,
            int colour, boolean unit) {
        List<XYChart.Series> series = new ArrayList<>();
        List<XYChart.Marker> markers = new ArrayList<>();
        double hi = unit ? 1 : 0;
        for (int k = 0; k < st.size(); k++) {
            if (!Double.isFinite(v[k])) {
                continue;
            }
            double x = st.get(k).rank();
            hi = Math.max(hi, v[k]);
            series.add(new XYChart.Series("", new double[] {x, x}, new double[] {0, v[k]}, colour, 9,
                    XYChart.Dash.SOLID));
            markers.add(new XYChart.Marker(x, v[k], st.get(k).name(), colour, XYChart.Shape.DOT));
        }
        if (hi <= 0) {
            hi = 1;
        }
        return new XYChart(title, caption, XYChart.Axis.linear("rank", 0.5, st.size() + 0.5),
                XYChart.Axis.linear(yLabel, 0, hi * 1.08), series, markers, false, false);
    }

    /** Population shares over the snapshots of a Moran run (x = Moran event). */
    public static StackedChart moranShares(List<String> names, List<Snapshot> snapshots, String caption) {
        List<Snapshot> with = snapshots.stream().filter(s -> s.payload(POPULATION) != null).toList();
        int k = names.size();
        double[] xs = new double[with.size()];
        double[][] v = new double[k][with.size()];
        for (int t = 0; t < with.size(); t++) {
            xs[t] = with.get(t).step();
            double[] x = with.get(t).payload(POPULATION).row(0);
            for (int a = 0; a < k; a++) {
                v[a][t] = Math.max(0, x[a]);
            }
        }
        List<StackedChart.Layer> layers = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            layers.add(new StackedChart.Layer(names.get(a), v[a], a));
        }
        double xmax = xs.length == 0 ? 1 : Math.max(1, xs[xs.length - 1]);
        return new StackedChart("Population shares", caption, XYChart.Axis.linear("Moran event", 0, xmax),
                XYChart.Axis.linear("share", 0, 1), xs, layers, true);
    }

    /** The standings as CSV: {@code rank,player,mean_score_per_turn,wins,median_score_per_turn}. */
    public static String csv(List<Standing> standings) {
        StringBuilder b = new StringBuilder("rank,player,mean_score_per_turn,wins,median_score_per_turn\n");
        for (Standing s : standings) {
            b.append(s.rank()).append(',').append(s.name()).append(',').append(num(s.score())).append(',')
                    .append(s.wins()).append(',').append(num(s.median())).append('\n');
        }
        return b.toString();
    }

    /**
     * The standings as a LaTeX booktabs {@code tabular} inside a {@code table} float (needs
     * the booktabs package); names are escaped, scores to 3 decimals.
     */
    public static String latex(List<Standing> standings, String caption, String label) {
        StringBuilder b = new StringBuilder();
        b.append("% GT Lab tournament standings; needs \\usepackage{booktabs}\n");
        b.append("\\begin{table}[ht]\n\\centering\n");
        b.append("\\begin{tabular}{rlrrr}\n\\toprule\n");
        b.append("Rank & Strategy & Mean score per turn & Wins & Median score \\\\\n\\midrule\n");
        for (Standing s : standings) {
            b.append(s.rank()).append(" & ").append(tex(s.name())).append(" & ").append(fixed(s.score()))
                    .append(" & ").append(s.wins()).append(" & ").append(fixed(s.median())).append(" \\\\\n");
        }
        b.append("\\bottomrule\n\\end{tabular}\n");
        if (caption != null && !caption.isEmpty()) {
            b.append("\\caption{").append(tex(caption)).append("}\n");
        }
        if (label != null && !label.isEmpty()) {
            b.append("\\label{").append(label).append("}\n");
        }
        b.append("\\end{table}\n");
        return b.toString();
    }

    private static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String fixed(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "--";
    }

    /** Escapes LaTeX's special characters. */
    static String tex(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
