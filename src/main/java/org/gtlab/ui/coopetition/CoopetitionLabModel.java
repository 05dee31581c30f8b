package org.gtlab.ui.coopetition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gtlab.chart.model.Chart;
import org.gtlab.coopetition.Check;
import org.gtlab.coopetition.checks.Reproduction;
import org.gtlab.coopetition.tr1.CaseResult;
import org.gtlab.coopetition.tr1.CoopetitionGame;
import org.gtlab.coopetition.tr1.Equilibrium;
import org.gtlab.coopetition.tr1.EquilibriumSolver;
import org.gtlab.coopetition.tr1.Interdependence;
import org.gtlab.figure.CoopetitionFigure;
import org.gtlab.figure.RunCharts;
import org.gtlab.figure.PhaseDiagramFigure;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunSpec;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.gtlab.ui.common.BackgroundExecutor;
import org.gtlab.ui.workspace.RunList;
import org.gtlab.ui.workspace.RunRow;

/**
 * The coopetition lab's state, testable without a screen (FX thread):
 * <ul>
 *   <li>an i* dependency editor — actors and dependencies (depender → dependee, dependum, weight,
 *       criticality) as editable text rows — validated into TR-1's interdependence matrix D
 *       ({@link Interdependence}: D_ij = Σ_d w_d·crit / Σ_d w_d over the depender's dependums); a bad
 *       row gives one message naming the row and field, and D is then not updated;</li>
 *   <li>the parameter sheet (value-creation form power/log with β, θ; synergy γ; appropriation α;
 *       endowments; a TR-2 trust layer T weighting D; TR-3 loyalty θ, φ_B, cost tolerance φ_C, team,
 *       summed vs averaged welfare) with the spec defaults;</li>
 *   <li>the TR-1 equilibrium of the dyad of the first two actors by exact best responses (FOC root)
 *       and by the authors' Brent best responses, side by side with sweep counts, cooperation
 *       increase and the 60-point score; a non-converging solve shows its message and last iterate;</li>
 *   <li>the published cases (S-LCD in both orientations, Apache) one click away, with their spec
 *       checks (measured / reference / tolerance) run in the background;</li>
 *   <li>runs (Monte Carlo, TR-3 sweep, Apache, maps) through the app's run executor in the shared
 *       {@link RunList}, cancelled when the lab closes;</li>
 *   <li>every chart as a {@link CoopetitionFigure} (item + parameters), so each exports with a
 *       {@code coopetition} recipe.</li>
 * </ul>
 */
public final class CoopetitionLabModel implements AutoCloseable {

    /** One dependency of the i* model: depender depends on dependee for a dependum. Text fields as typed. */
    public static final class Dependency {
        public final StringProperty depender = new SimpleStringProperty();
        public final StringProperty dependee = new SimpleStringProperty();
        public final StringProperty dependum = new SimpleStringProperty();
        public final StringProperty weight = new SimpleStringProperty();
        public final StringProperty criticality = new SimpleStringProperty();

        public Dependency(String depender, String dependee, String dependum, String weight, String criticality) {
            this.depender.set(depender);
            this.dependee.set(dependee);
            this.dependum.set(dependum);
            this.weight.set(weight);
            this.criticality.set(criticality);
        }
    }

    /** A spec check as the view shows it: id, ours, reference with its P/R/D label, PASS/FAIL, tooltip. */
    public record CheckLine(String id, String ours, String reference, String verdict, String tooltip) {
    }

    /** One line of the equilibrium comparison: quantity, exact, Brent. */
    public record Line(String quantity, String exact, String brent) {
    }

    private final MethodCatalog catalog;
    private final BackgroundExecutor background;
    private final RunList<RunRow> runs;

    private final StringProperty actors = new SimpleStringProperty(this, "actors", "Samsung, Sony");
    private final ObservableList<Dependency> dependencies = FXCollections.observableArrayList();
    private final ObjectProperty<double[][]> matrix = new SimpleObjectProperty<>(this, "matrix");
    private final StringProperty editorMessage = new SimpleStringProperty(this, "editorMessage", "");

    /** TR-1 and TR-2 parameters, as typed (names of the coop-equilibrium config, plus trust). */
    private final Map<String, StringProperty> tr1 = new LinkedHashMap<>();
    private final BooleanProperty trustLayer = new SimpleBooleanProperty(this, "trustLayer", false);
    /** TR-3 parameters, as typed. */
    private final Map<String, StringProperty> tr3 = new LinkedHashMap<>();

    private final ObservableList<Line> equilibrium = FXCollections.observableArrayList();
    private final StringProperty solveMessage = new SimpleStringProperty(this, "solveMessage", "");
    private final ObservableList<Check> checks = FXCollections.observableArrayList();
    private final ObservableList<CheckLine> checkLines = FXCollections.observableArrayList();
    private final StringProperty caseNote = new SimpleStringProperty(this, "caseNote", "");
    private final ObjectProperty<CoopetitionFigure> dyadFigure = new SimpleObjectProperty<>(this, "dyadFigure");
    private final ObjectProperty<CoopetitionFigure> teamFigure = new SimpleObjectProperty<>(this, "teamFigure");
    private final ObjectProperty<Chart> runChart = new SimpleObjectProperty<>(this, "runChart");
    private final StringProperty mapId = new SimpleStringProperty(this, "mapId", "8-log");
    private BackgroundExecutor.Job checkJob;

    /** The spec's §8 warning, shown where repository README numbers could be mistaken for the report's. */
    public static final String README_WARNING = "Numbers in the repository READMEs that are not the report's "
            + "(e.g. TR-3 15,625 configurations, 4.12×, Apache 52/60, d = 8.73; TR-1 d = 13.99) are reproduced by "
            + "neither code version: the references here are the reports (P), faithful re-runs (R) or derivations (D).";

    public CoopetitionLabModel(MethodCatalog catalog, org.gtlab.run.RunExecutor executor, BackgroundExecutor background) {
        this.catalog = catalog;
        this.background = background;
        this.runs = new RunList<>(executor, "progress");
        for (String[] p : new String[][] {{"value", "log"}, {"beta", "0.75"}, {"theta", "20"}, {"gamma", ""},
            {"alpha0", "0.55"}, {"e0", "100"}, {"e1", "100"}, {"trust", "1"}}) {
            tr1.put(p[0], new SimpleStringProperty(this, p[0], p[1]));
        }
        for (String[] p : new String[][] {{"omega", "20"}, {"beta", "0.5"}, {"cost", "2.5"}, {"n", "5"},
            {"theta", "0.9"}, {"phi_b", "0.8"}, {"phi_c", "0.3"}, {"welfare", "summed"}}) {
            tr3.put(p[0], new SimpleStringProperty(this, "team_" + p[0], p[1]));
        }
        runs.onChange(l -> updateRunChart());
        loadSlcd(false);
    }

    // ------------------------------------------------------------------ editor

    /** The actor names, in order (comma separated in the editor). */
    public List<String> actorNames() {
        List<String> l = new ArrayList<>();
        for (String a : actors.get().split(",")) {
            if (!a.isBlank()) {
                l.add(a.strip());
            }
        }
        return l;
    }

    /**
     * Validates the editor into an {@link Interdependence} model.
     *
     * @throws IllegalArgumentException naming the row (1-based) and field, or the actor, that is wrong
     */
    public Interdependence interdependence() {
        List<String> names = actorNames();
        if (names.size() < 2) {
            throw new IllegalArgumentException("actors: an i* model needs at least 2 actors, got " + names.size());
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("actors: names must be distinct, got " + String.join(", ", names));
        }
        List<List<Interdependence.Dependum>> per = new ArrayList<>();
        names.forEach(n -> per.add(new ArrayList<>()));
        for (int r = 0; r < dependencies.size(); r++) {
            Dependency d = dependencies.get(r);
            String where = "dependency row " + (r + 1);
            int i = actor(names, d.depender.get(), where + ", depender");
            int j = actor(names, d.dependee.get(), where + ", dependee");
            if (i == j) {
                throw new IllegalArgumentException(where + ": " + names.get(i) + " cannot depend on itself");
            }
            String what = d.dependum.get() == null || d.dependum.get().isBlank() ? "dependum " + (r + 1)
                    : d.dependum.get().strip();
            double w = number(d.weight.get(), where + ", weight");
            if (!(w > 0)) {
                throw new IllegalArgumentException(where + ", weight: must be > 0, got " + d.weight.get());
            }
            double c = number(d.criticality.get(), where + ", criticality");
            if (!(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException(where + ", criticality: must be in [0, 1], got " + d.criticality.get());
            }
            per.get(i).add(Interdependence.dependum(what, w, j, c));
        }
        return new Interdependence(names, per);
    }

    private static int actor(List<String> names, String name, String where) {
        String n = name == null ? "" : name.strip();
        int k = names.indexOf(n);
        if (k < 0) {
            throw new IllegalArgumentException(where + ": \"" + n + "\" is not an actor (" + String.join(", ", names)
                    + ")");
        }
        return k;
    }

    private static double number(String text, String where) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": \"" + text + "\" is not a finite number");
        }
    }

    /** Validates the editor; on success updates D, on failure keeps D and shows the message. */
    public boolean applyEditor() {
        try {
            matrix.set(interdependence().matrix());
            editorMessage.set("");
            return true;
        } catch (IllegalArgumentException e) {
            editorMessage.set(e.getMessage());
            return false;
        }
    }

    /** Adds an empty dependency row (first actor depends on the second). */
    public void addDependency() {
        List<String> n = actorNames();
        dependencies.add(new Dependency(n.isEmpty() ? "" : n.get(0), n.size() < 2 ? "" : n.get(1), "new dependum",
                "1", "0.5"));
    }

    // ------------------------------------------------------------------ solve

    /** The coop-equilibrium parameters of the dyad (first two actors), as text. */
    public Map<String, String> dyadParams() {
        Map<String, String> p = new LinkedHashMap<>();
        for (Map.Entry<String, StringProperty> e : tr1.entrySet()) {
            String v = e.getValue().get() == null ? "" : e.getValue().get().strip();
            if (e.getKey().equals("trust")) {
                if (trustLayer.get()) {
                    p.put("trust", v);
                }
            } else if (!v.isEmpty()) {
                p.put(e.getKey(), v);
            }
        }
        double[][] d = matrix.get();
        if (d != null) {
            p.put("d01", Double.toString(d[0][1]));
            p.put("d10", Double.toString(d[1][0]));
        }
        return p;
    }

    /** The team parameters, as text. */
    public Map<String, String> teamParams() {
        Map<String, String> p = new LinkedHashMap<>();
        tr3.forEach((k, v) -> p.put(k, v.get() == null ? "" : v.get().strip()));
        return p;
    }

    /**
     * Applies the editor, solves the dyad by exact and by Brent best responses and updates the
     * comparison, the dyad chart and the team chart. Bad input or a non-converging solve leaves one
     * message (with the last iterate) and no numbers.
     *
     * @return true if both equilibria were computed
     */
    public boolean solve() {
        equilibrium.clear();
        if (!applyEditor()) {
            solveMessage.set("Dependencies: " + editorMessage.get());
            return false;
        }
        try {
            CoopetitionFigure f = new CoopetitionFigure("best-responses", dyadParams());
            CoopetitionGame g = f.game();
            EquilibriumSolver exact = org.gtlab.run.methods.coopetition.CoopetitionMethods.EquilibriumConfig.SCHEMA
                    .from(org.gtlab.run.Config.of("coop-equilibrium",
                            org.gtlab.run.methods.coopetition.CoopetitionMethods.EquilibriumConfig.SCHEMA.params(),
                            withoutTrust(f.params())))
                    .solver();
            Equilibrium e = exact.solve(g).requireConverged();
            Equilibrium b = exact.brent().solve(g).requireConverged();
            CaseResult ce = CaseResult.evaluate(g, exact);
            CaseResult cb = CaseResult.evaluate(g, exact.brent());
            equilibrium.setAll(
                    new Line("a*₁", fmt(e.action(0)), fmt(b.action(0))),
                    new Line("a*₂", fmt(e.action(1)), fmt(b.action(1))),
                    new Line("sweeps", Integer.toString(e.sweeps()), Integer.toString(b.sweeps())),
                    new Line("last change", sci(e.lastChange()), sci(b.lastChange())),
                    new Line("cooperation increase %", fmt(ce.cooperationIncrease()), fmt(cb.cooperationIncrease())),
                    new Line("value increase %", fmt(ce.valueIncrease()), fmt(cb.valueIncrease())),
                    new Line("payoff share of actor 1", fmt(ce.share()), fmt(cb.share())),
                    new Line("score (of 60, plausibility)", Integer.toString(ce.total()), Integer.toString(cb.total())));
            dyadFigure.set(f);
            teamFigure.set(new CoopetitionFigure("team-effort", teamParams()));
            teamFigure.get().chart(); // validates the team sheet now
            solveMessage.set(actorNames().size() > 2 ? "The equilibrium is the dyad of the first two actors ("
                    + actorNames().get(0) + ", " + actorNames().get(1) + ")." : "");
            return true;
        } catch (IllegalArgumentException | IllegalStateException ex) {
            equilibrium.clear();
            solveMessage.set(ex.getMessage());
            return false;
        }
    }

    private static Map<String, String> withoutTrust(Map<String, String> p) {
        Map<String, String> q = new LinkedHashMap<>(p);
        q.remove("trust");
        return q;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    static String sci(double v) {
        return String.format(Locale.ROOT, "%.2e", v);
    }

    // ------------------------------------------------------------------ cases

    /**
     * Loads the S-LCD case: Samsung and Sony with one aggregate dependum each (the released material
     * gives D, not the dependum list: criticality = the published coefficient), α = 0.55/0.45, log
     * θ 20 γ 0.65; {@code legacy} = the matrix as published (transposed, A5).
     */
    public void loadSlcd(boolean legacy) {
        actors.set("Samsung, Sony");
        double samsung = legacy ? 0.86 : 0.64;
        double sony = legacy ? 0.64 : 0.86;
        dependencies.setAll(new Dependency("Samsung", "Sony", "capital, offtake and brand (aggregate)", "1",
                Double.toString(samsung)), new Dependency("Sony", "Samsung",
                        "manufacturing capacity and Gen-7 expertise (aggregate)", "1", Double.toString(sony)));
        tr1.get("value").set("log");
        tr1.get("beta").set("0.75");
        tr1.get("theta").set("20");
        tr1.get("gamma").set("");
        tr1.get("alpha0").set("0.55");
        tr1.get("e0").set("100");
        tr1.get("e1").set("100");
        trustLayer.set(false);
        caseNote.set(legacy ? "S-LCD, legacy matrix (as published, A5): published 58/60 (log) vs 46/60 (power), "
                + "41 % / 166 % [P]" : "S-LCD, correct orientation (row = depender): 58/60 vs 46/60, "
                + "42.19 % / 170.17 % [R]");
        solve();
        loadChecks(legacy ? List.of("T-07", "T-08", "T-11") : List.of("T-09", "T-10", "T-11", "T-13"));
    }

    /** Loads the Apache case (TR-3, summed welfare): its phases in the team chart and checks T-34, T-37. */
    public void loadApache() {
        tr3.get("welfare").set("summed");
        caseNote.set("Apache HTTP Server, four phases (TR-3, summed welfare): published 60/60 [P]; the averaged "
                + "repository variant gives 45/60 [R]. The score checks order and bands, not effort levels.");
        teamFigure.set(new CoopetitionFigure("apache", Map.of("welfare", "summed")));
        loadChecks(List.of("T-34", "T-35", "T-37"));
    }

    /** Runs these spec checks in the background and lists them (measured beside reference). */
    public void loadChecks(List<String> ids) {
        if (checkJob != null) {
            checkJob.cancel();
        }
        checks.clear();
        checkLines.clear();
        checkJob = background.submit(() -> {
            List<Check> l = new ArrayList<>();
            for (String id : ids) {
                l.add(Reproduction.run(id));
            }
            return l;
        }, l -> {
            checks.setAll(l);
            checkLines.setAll(l.stream().map(c -> new CheckLine(c.id(), c.measured(), c.reference() + " [" + c.label()
                    + "]", c.pass() ? "PASS" : "FAIL", c.title() + " (tolerance " + c.tolerance() + ")")).toList());
        }, t -> caseNote.set(caseNote.get() + " — checks failed: " + t.getMessage()));
    }

    // ------------------------------------------------------------------ runs

    /**
     * Starts a catalog run of the lab ({@code coop-montecarlo}, {@code team-sweep}, {@code apache},
     * {@code coop-map}, …) in the shared run list.
     *
     * @throws IllegalArgumentException if its parameters are refused
     */
    public RunRow startRun(String method, Map<String, String> params, long seed) {
        RunSpec spec = catalog.spec(method, params, null, seed, new Limits(100_000_000, 1, 0));
        int n = runs.nextNumber();
        return runs.start(new RunRow(n, spec, (n - 1) % 8));
    }

    /** Starts the map chosen in {@link #mapIdProperty()} at nx × ny cells with the team sheet's welfare mode. */
    public RunRow startMap(int nx, int ny) {
        return startRun("coop-map", Map.of("map", mapId.get(), "nx", Integer.toString(nx), "ny",
                Integer.toString(ny), "welfare", tr3.get("welfare").get()), 0);
    }

    private void updateRunChart() {
        RunRow r = runs.selectedProperty().get();
        if (r == null || r.record() == null || r.latest() == null) {
            runChart.set(null);
            return;
        }
        if (r.spec().experiment() instanceof SweepExperiment e && r.latestPayload() != null) {
            runChart.set(PhaseDiagramFigure.chart(e.diagram(r.latestPayload()), r.spec().method() + " "
                    + r.spec().params().asMap().get("map")));
            return;
        }
        List<String> names = r.latest().metricNames();
        String m = names.contains("log_mean") ? "log_mean" : names.size() > 1 ? names.get(1) : names.get(0);
        runChart.set(RunCharts.metric(List.of(new RunCharts.Line(r.shortName(), r.colour(), r.horizon(), r.record(),
                null, r.spec().metrics())), m, false, r.spec().method()));
    }

    /** The recipe of the dyad figure (best responses or utility curves). */
    public Recipe dyadRecipe(String item) {
        return Recipe.coopetition(item, dyadFigure.get().params());
    }

    /** The recipe of the team figure. */
    public Recipe teamRecipe() {
        return Recipe.coopetition(teamFigure.get().item(), teamFigure.get().params());
    }

    @Override
    public void close() {
        runs.cancelAll();
        if (checkJob != null) {
            checkJob.cancel();
        }
    }

    // ------------------------------------------------------------------ properties

    public StringProperty actorsProperty() {
        return actors;
    }

    public ObservableList<Dependency> dependencies() {
        return dependencies;
    }

    public ObjectProperty<double[][]> matrixProperty() {
        return matrix;
    }

    public StringProperty editorMessageProperty() {
        return editorMessage;
    }

    /** A TR-1/TR-2 parameter: value, beta, theta, gamma, alpha0, e0, e1, trust. */
    public StringProperty tr1(String name) {
        return tr1.get(name);
    }

    /** A TR-3 parameter: omega, beta, cost, n, theta, phi_b, phi_c, welfare. */
    public StringProperty tr3(String name) {
        return tr3.get(name);
    }

    public BooleanProperty trustLayerProperty() {
        return trustLayer;
    }

    public ObservableList<Line> equilibrium() {
        return equilibrium;
    }

    public StringProperty solveMessageProperty() {
        return solveMessage;
    }

    public ObservableList<Check> checks() {
        return checks;
    }

    /** The checks as the view shows them. */
    public ObservableList<CheckLine> checkLines() {
        return checkLines;
    }

    /** The map ids a map run can draw (spec §8). */
    public List<String> mapIds() {
        return org.gtlab.sweep.CoopetitionMapCells.ids();
    }

    public StringProperty caseNoteProperty() {
        return caseNote;
    }

    public ObjectProperty<CoopetitionFigure> dyadFigureProperty() {
        return dyadFigure;
    }

    public ObjectProperty<CoopetitionFigure> teamFigureProperty() {
        return teamFigure;
    }

    public ObjectProperty<Chart> runChartProperty() {
        return runChart;
    }

    public StringProperty mapIdProperty() {
        return mapId;
    }

    public RunList<RunRow> runs() {
        return runs;
    }
}
