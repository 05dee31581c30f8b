package org.gtlab.ui.selfplay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.figure.RunCharts;
import org.gtlab.figure.SelfPlayFigures;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunSpec;
import org.gtlab.selfplay.Preference;
import org.gtlab.ui.workspace.RunList;
import org.gtlab.ui.workspace.RunRow;

/**
 * The view model of the self-play lab (spec self-play-seeds §3–§6), testable without a screen:
 * <ul>
 *   <li>Preference game: a matrix typed in ({@link #parseMatrix}) or built from raters' rankings
 *       ({@link #parseRankings}), validated with one message naming the line and entry; the von
 *       Neumann winner by LP beside Borda, Copeland, the Condorcet winner and a Bradley–Terry fit
 *       ({@link #rankings}); learners SPPO (exact, sampled), SPO, optimistic Hedge and
 *       extragradient run as catalog methods;</li>
 *   <li>Kuhn poker: REINFORCE with the advantage-estimator selector (terminal / turn-level / RAE /
 *       MARS), NFSP and XFP, compared by NashConv.</li>
 * </ul>
 * Every run goes through the app's run executor into the shared {@link RunList}; figures come from
 * {@code org.gtlab.figure} and exports carry a recipe of the one recipe format.
 */
public final class SelfPlayLabModel implements AutoCloseable {

    /** The preference-game learners (catalog method and settings). */
    public enum PreferenceLearner {
        SPPO_EXACT("SPPO exact (Hedge)", "sppo", "mode=exact"),
        SPPO_SAMPLED("SPPO sampled (K = 5)", "sppo", "mode=sampled"),
        SPO("SPO win rates (N = 8)", "spo", "mode=win-rate"),
        OPTIMISTIC("Optimistic Hedge", "sppo", "mode=optimistic"),
        EXTRAGRADIENT("Extragradient (EGPO)", "sppo", "mode=extragradient");

        private final String label;
        private final String method;
        private final String mode;

        PreferenceLearner(String label, String method, String mode) {
            this.label = label;
            this.method = method;
            this.mode = mode.substring("mode=".length());
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The Kuhn-poker learners. */
    public enum KuhnLearner {
        REINFORCE("REINFORCE self-play"), NFSP("Tabular NFSP"), XFP("XFP (full-width)");

        private final String label;

        KuhnLearner(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** REINFORCE's advantage estimators (spec §5.3) and their {@code baseline} values. */
    public enum Estimator {
        TERMINAL("terminal reward", "none"), TURN("turn-level return", "turn"), RAE("RAE (SPIRAL)", "rae"),
        MARS("MARS (per-role normalised)", "mars");

        private final String label;
        private final String value;

        Estimator(String label, String value) {
            this.label = label;
            this.value = value;
        }

        /** The {@code baseline} setting. */
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final MethodCatalog methods;
    private final RunList<RunRow> runs;
    private Preference preference = Preference.threeRaters();
    private String preferenceName = "three raters";
    private final Map<RunRow, Boolean> kuhnRows = new LinkedHashMap<>();

    /** A lab on this executor and catalog. */
    public SelfPlayLabModel(RunExecutor executor, MethodCatalog methods) {
        this.methods = methods;
        this.runs = new RunList<>(executor, "nash_conv");
    }

    /** The shared run list of the lab's runs. */
    public RunList<RunRow> runs() {
        return runs;
    }

    /** The current preference game. */
    public Preference preference() {
        return preference;
    }

    /** Its display name. */
    public String preferenceName() {
        return preferenceName;
    }

    /** Sets the preference game. */
    public void setPreference(Preference p, String name) {
        this.preference = java.util.Objects.requireNonNull(p, "preference");
        this.preferenceName = name;
    }

    /**
     * A preference matrix from text: one row a line, entries separated by spaces, commas or
     * semicolons, each a decimal or a fraction (13/20). Blank lines and lines starting with # are
     * skipped.
     *
     * @throws IllegalArgumentException with one message naming the line and column, or the entry
     *         (P_ij + P_ji ≠ 1, a diagonal ≠ ½, a value outside [0, 1], a ragged matrix)
     */
    public static Preference parseMatrix(String text) {
        List<double[]> rows = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("[\\s,;]+");
            double[] row = new double[parts.length];
            int col = lines[l].indexOf(parts[0]);
            for (int j = 0; j < parts.length; j++) {
                col = lines[l].indexOf(parts[j], col);
                row[j] = number(parts[j], "line " + (l + 1) + ", column " + (col + 1));
                col += parts[j].length();
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the preference matrix is empty: type one row a line");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).length != rows.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).length
                        + " entries but the matrix has " + rows.size() + " rows (it must be square)");
            }
        }
        return Preference.of(rows.toArray(double[][]::new));
    }

    private static double number(String s, String where) {
        try {
            int slash = s.indexOf('/');
            if (slash > 0) {
                double a = Double.parseDouble(s.substring(0, slash));
                double b = Double.parseDouble(s.substring(slash + 1));
                if (b == 0) {
                    throw new IllegalArgumentException(where + ": \"" + s + "\" divides by zero");
                }
                return a / b;
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": \"" + s + "\" is not a number");
        }
    }

    /**
     * Raters' rankings: one group a line, "weight: a > b > c" (weights sum to 1, options named by
     * the first line, every line ranking all of them, best first). Aggregated by weighted majority,
     * P_ij = Σ_g w_g·1[i above j in g] (spec §3.5).
     *
     * @return the preference game and the option names
     * @throws IllegalArgumentException naming the line: missing weight, unknown or repeated option,
     *         rankings of unequal length, weights not summing to 1
     */
    public static Map.Entry<Preference, List<String>> parseRankings(String text) {
        List<Double> weights = new ArrayList<>();
        List<int[]> rankings = new ArrayList<>();
        List<String> names = null;
        String[] lines = text.split("\\R", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("line " + (l + 1) + ": expected \"weight: a > b > c\", found \""
                        + line + "\"");
            }
            double w = number(line.substring(0, colon).strip(), "line " + (l + 1) + ", weight");
            String[] opts = line.substring(colon + 1).split(">");
            List<String> order = new ArrayList<>();
            for (String o : opts) {
                String n = o.strip();
                if (n.isEmpty()) {
                    throw new IllegalArgumentException("line " + (l + 1) + ": an empty option name in \"" + line + "\"");
                }
                if (order.contains(n)) {
                    throw new IllegalArgumentException("line " + (l + 1) + ": option \"" + n + "\" is ranked twice");
                }
                order.add(n);
            }
            if (names == null) {
                names = List.copyOf(order);
            } else if (order.size() != names.size()) {
                throw new IllegalArgumentException("line " + (l + 1) + " ranks " + order.size()
                        + " options but the first ranking has " + names.size()
                        + "; rankings must have equal length");
            }
            int[] r = new int[order.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = names.indexOf(order.get(i));
                if (r[i] < 0) {
                    throw new IllegalArgumentException("line " + (l + 1) + ": option \"" + order.get(i)
                            + "\" is not in the first ranking " + names);
                }
            }
            weights.add(w);
            rankings.add(r);
        }
        if (names == null) {
            throw new IllegalArgumentException("no rankings: type one group a line, e.g. \"0.4: a > b > c\"");
        }
        double[] ws = weights.stream().mapToDouble(Double::doubleValue).toArray();
        return Map.entry(Preference.fromRaters(ws, rankings.toArray(int[][]::new)), names);
    }

    /** The matrix as text, one row a line (what the editor shows). */
    public static String format(Preference p) {
        StringBuilder b = new StringBuilder();
        for (double[] row : p.matrix()) {
            for (int j = 0; j < row.length; j++) {
                b.append(j == 0 ? "" : "  ").append(trim(row[j]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }

    /**
     * The rankings panel: the von Neumann winner (maximal lottery; SPO's Minimax Winner) by LP, then
     * Borda, Copeland, the Condorcet winner and the Bradley–Terry fit, one option a line.
     */
    public String rankings(List<String> labels) {
        Preference p = preference;
        int k = p.size();
        double[] w = p.winner();
        double[] borda = p.borda();
        double[] cope = p.copeland();
        String bt;
        double[] fit = null;
        try {
            fit = p.bradleyTerryFit();
            bt = "";
        } catch (IllegalArgumentException e) {
            bt = "Bradley–Terry: " + e.getMessage() + "\n";
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-6s %9s %7s %8s %8s%n", "option", "winner x*", "Borda", "Copeland",
                "BT score"));
        for (int i = 0; i < k; i++) {
            String name = i < labels.size() ? labels.get(i) : Integer.toString(i + 1);
            b.append(String.format(Locale.ROOT, "%-6s %9.4f %7.3f %8.1f %8s%n", name, w[i], borda[i], cope[i],
                    fit == null ? "—" : String.format(Locale.ROOT, "%.3f", fit[i])));
        }
        int c = p.condorcetWinner();
        b.append("Condorcet winner: ").append(c < 0 ? "none" : labels.size() > c ? labels.get(c) : c + 1).append('\n');
        b.append(bt);
        int bestBorda = argmax(borda);
        b.append(String.format(Locale.ROOT, "Borda picks %s; against x* it wins with probability %.3f "
                + "(≤ ½: the lottery is never beaten)%n", labels.size() > bestBorda ? labels.get(bestBorda)
                : bestBorda + 1, p.against(w)[bestBorda]));
        return b.toString();
    }

    private static int argmax(double[] v) {
        int a = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[a]) {
                a = i;
            }
        }
        return a;
    }

    /** The preference game as a run's game (the constant-sum bimatrix (P, 1 − P)). */
    public GameSpec preferenceGame() {
        return GameSpec.of(preferenceName, preference.asGame());
    }

    /**
     * Starts a preference learner on the current game.
     *
     * @param eta   η, or NaN for the Hedge-bound rate √(8 ln K / T) (optimistic and extragradient
     *              use 1 then)
     * @throws IllegalArgumentException if a setting is invalid (η ≤ 0, steps &lt; 1), naming it
     */
    public RunRow startPreference(PreferenceLearner l, double eta, long steps, long seed) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        }
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("mode", l.mode);
        if (!Double.isNaN(eta)) {
            set.put("eta", eta);
        } else if (l == PreferenceLearner.OPTIMISTIC || l == PreferenceLearner.EXTRAGRADIENT) {
            set.put("eta", 1.0);
        }
        RunSpec spec = methods.spec(l.method, set, preferenceGame(), seed,
                new Limits(steps, Math.max(1, steps / 400), 0));
        int n = runs.nextNumber();
        return runs.start(new RunRow(n, spec, (n - 1) % 8));
    }

    /**
     * The seed papers of the spec (§9) that have no game mechanism to run, one line each with why —
     * shown in the lab so a reader of those papers knows why nothing here implements them.
     */
    public static String seedPapersText() {
        return org.gtlab.selfplay.SeedPapers.helpText();
    }

    /** Kuhn poker's 27 × 64 normal form (what "open in the editor" opens). */
    public static NormalFormGame kuhnNormalForm() {
        return GameCatalog.get("kuhn-poker").game();
    }

    /**
     * Starts a Kuhn-poker learner.
     *
     * @param steps REINFORCE: updates of 16 episodes; NFSP: steps of 1000 episodes; XFP: iterations
     */
    public RunRow startKuhn(KuhnLearner l, Estimator e, long steps, long seed) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        }
        GameSpec kuhn = GameSpec.of("kuhn-poker", kuhnNormalForm());
        Map<String, Object> set = new LinkedHashMap<>();
        String method = switch (l) {
            case REINFORCE -> {
                set.put("baseline", e.value());
                yield "reinforce";
            }
            case NFSP -> "nfsp";
            case XFP -> "xfp";
        };
        RunSpec spec = methods.spec(method, set, kuhn, seed, new Limits(steps, Math.max(1, steps / 200), 0));
        int n = runs.nextNumber();
        RunRow row = new RunRow(n, spec, (n - 1) % 8);
        kuhnRows.put(row, true); // before it starts: the synchronous executor draws while starting
        try {
            return runs.start(row);
        } catch (RuntimeException ex) {
            kuhnRows.remove(row);
            throw ex;
        }
    }

    /** True if a row is a Kuhn-poker run (else a preference run). */
    public boolean isKuhn(RunRow r) {
        return kuhnRows.containsKey(r);
    }

    /**
     * The figure of the selected preference run: its simplex (K = 3, unless {@code lines}) or its
     * iterate lines; null if no preference run is selected or it has no data yet.
     */
    public Chart preferenceFigure(boolean lines) {
        RunRow r = runs.selectedProperty().get();
        if (r == null || isKuhn(r)) {
            r = null;
            for (RunRow x : runs.rows()) {
                if (!isKuhn(x)) {
                    r = x;
                }
            }
        }
        if (r == null || r.record().isEmpty()) {
            return null;
        }
        int k = SelfPlayFigures.options(r.record());
        List<String> labels = SelfPlayFigures.optionLabels(k);
        String title = r.name();
        String caption = caption(r);
        return k == 3 && !lines ? SelfPlayFigures.simplex(r.record(), labels, title, caption)
                : SelfPlayFigures.iterates(r.record(), labels, title, caption);
    }

    private String caption(RunRow r) {
        String g = r.spec().game().title();
        Object mode = r.spec().params().asMap().get("mode");
        return (g == null || g.isBlank() ? preferenceName : g) + " · " + r.spec().method() + " " + mode
                + " · η = " + r.spec().params().asMap().getOrDefault("eta", "auto") + " · x* by LP";
    }

    /** The recipe of {@link #preferenceFigure} (null when there is none). */
    public Recipe preferenceRecipe(boolean lines) {
        RunRow r = runs.selectedProperty().get();
        if (r == null || isKuhn(r) || r.record().isEmpty()) {
            return null;
        }
        int k = SelfPlayFigures.options(r.record());
        return Recipe.selfPlay(k == 3 && !lines ? "simplex" : "iterates",
                new Recipe.RunEntry(r.name(), r.number() - 1, r.spec(), r.record().last().step()), r.name(),
                caption(r));
    }

    /** NashConv of the Kuhn runs' average policies against the step; null without Kuhn runs. */
    public XYChart kuhnChart() {
        List<RunCharts.Line> lines = new ArrayList<>();
        for (RunRow r : runs.rows()) {
            if (isKuhn(r) && !r.record().isEmpty()) {
                lines.add(new RunCharts.Line(r.name(), r.number() - 1, r.spec().limits().maxSteps(), r.record(),
                        null, r.spec().metrics()));
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        return RunCharts.metric(lines, "nash_conv", true, "Kuhn poker · NashConv of the average policy · a step is "
                + "16 episodes (REINFORCE), 1000 episodes (NFSP), 1 iteration (XFP)");
    }

    /** Cancels the lab's runs (its tab closed). */
    @Override
    public void close() {
        runs.cancelAll();
    }
}
