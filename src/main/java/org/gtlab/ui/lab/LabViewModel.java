package org.gtlab.ui.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;

import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.figure.JointMatrix;
import org.gtlab.figure.LabVerdict;
import org.gtlab.figure.RunCharts;
import org.gtlab.game.TeamGame;
import org.gtlab.run.GameSpec;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.TeamLearnerExperiment;
import org.gtlab.ui.workspace.RunList;
import org.gtlab.ui.workspace.RunRow;

/**
 * The Lab of a team game (issue 6, item 4): pick a team game and its parameters, pick several
 * algorithms (SP, FP, FSP, PSRO with its meta-solver / oracle / reset, Online DO, FXP, …) and run
 * them side by side on the {@link RunExecutor} (a background pool in the app, never the FX thread;
 * the synchronous twin in tests), each with its own pause and cancel. Shows their exploitability
 * curves on one chart (log scale, x = cumulative oracle steps as in the FXP paper), and for the
 * selected run the growing meta-game payoff matrix, the meta-strategy weights over time, the policy
 * per agent and the equilibrium classifier's verdict on the final policy. Presets reproduce the
 * paper's three figures.
 *
 * <p>Issue 9 split it along its responsibilities: {@link LabSetup} holds what will run (game,
 * parameters, algorithms, seed, mode, preset), {@link LabExports} what is exported and the recipe
 * replay; this class coordinates the runs and builds the chart models. The accessors below that
 * forward to those two keep the lab's one public face.
 *
 * <p>Threading: the properties belong to the FX thread. Workers only store each run's latest
 * snapshot ({@link LabRun}); {@link #tick()} — called by the view's animation timer at most 30 times
 * a second, or by tests — refreshes the rows and rebuilds the chart models when something changed.
 */
public final class LabViewModel extends org.gtlab.ui.workspace.RunWorkspaceModel<LabRun>
        implements org.gtlab.ui.workspace.TabDescription {

    private static final String TEAM_EXPLOITABILITY = TeamLearnerExperiment.TEAM_EXPLOITABILITY.name();
    private static final String RESTRICTED_EXPLOITABILITY = TeamLearnerExperiment.RESTRICTED_EXPLOITABILITY.name();

    private final MethodCatalog catalog;
    private final LabSetup setup;
    private final LabExports exports;
    private final ObservableList<LabRun> runs;
    private final ObjectProperty<LabRun> selected;
    private final StringProperty metric;
    private final BooleanProperty logScale;

    private final ReadOnlyObjectWrapper<XYChart> curves = new ReadOnlyObjectWrapper<>(this, "curves");
    private final ReadOnlyObjectWrapper<HeatMapChart> metaGame = new ReadOnlyObjectWrapper<>(this, "metaGame");
    private final ReadOnlyObjectWrapper<StackedChart> weights = new ReadOnlyObjectWrapper<>(this, "weights");
    private final ReadOnlyObjectWrapper<HeatMapChart> policy = new ReadOnlyObjectWrapper<>(this, "policy");
    private final ReadOnlyStringWrapper metaGameNote = new ReadOnlyStringWrapper(this, "metaGameNote", "");
    private final ReadOnlyStringWrapper weightsNote = new ReadOnlyStringWrapper(this, "weightsNote", "");
    private final ReadOnlyStringWrapper policyNote = new ReadOnlyStringWrapper(this, "policyNote", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** A lab on this executor with the standard catalog (tests). */
    public LabViewModel(RunExecutor executor) {
        this(executor, org.gtlab.run.methods.StandardMethods.catalog());
    }

    /** A lab on this executor offering the team methods of this catalog. */
    public LabViewModel(RunExecutor executor, MethodCatalog catalog) {
        super(executor, TEAM_EXPLOITABILITY);
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.runs = list.rows();
        this.selected = list.selectedProperty();
        this.metric = list.metricProperty();
        this.logScale = list.logScaleProperty();
        this.setup = new LabSetup(catalog);
        this.exports = new LabExports(this, setup);
        setup.paperFaithfulProperty().addListener((o, a, b) -> {
            GameSpec g = setup.gameProperty().get();
            metric.set(b && g != null && !g.teamGame().authorsExploiters().isEmpty()
                    ? RESTRICTED_EXPLOITABILITY : TEAM_EXPLOITABILITY);
        });
    }

    /** The game, its parameters, the algorithms and the preset. */
    public LabSetup setup() {
        return setup;
    }

    /** The exports, the lab recipe and its replay. */
    public LabExports exports() {
        return exports;
    }

    MethodCatalog catalog() {
        return catalog;
    }

    void setMessage(String text) {
        message.set(text);
    }

    // ------------------------------------------------------------------ presets

    /**
     * Sets the game, its parameters and the algorithms of one of the paper's figures (does not
     * start them: {@link #reproduce} does both).
     */
    public void applyPreset(LabPreset p) {
        setup.applyPreset(p);
        message.set(p.title() + ": " + p.description());
    }

    /** Applies a preset and runs it. */
    public boolean reproduce(LabPreset p) {
        applyPreset(p);
        boolean ok = run();
        setup.setPreset(p);
        return ok;
    }

    // ------------------------------------------------------------------ runs

    /**
     * Starts every selected algorithm on the current game, side by side, replacing the previous runs
     * (unfinished ones are cancelled). Everything is validated first: a bad parameter, an unknown
     * setting or a game too large for the exact evaluation is refused with a message and nothing
     * runs. With the synchronous executor this returns when all runs have ended.
     *
     * @return false if refused
     */
    public boolean run() {
        GameSpec g = setup.gameProperty().get();
        if (g == null) {
            message.set("Nothing started: " + setup.gameErrorProperty().get());
            return false;
        }
        List<LabAlgorithm> algs = new ArrayList<>();
        List<RunSpec> specs = new ArrayList<>();
        for (AlgorithmChoice c : setup.algorithms()) {
            if (!c.isSelected()) {
                continue;
            }
            try {
                LabAlgorithm a = c.algorithm();
                specs.add(setup.spec(a, g));
                algs.add(a);
            } catch (IllegalArgumentException e) {
                message.set("Nothing started: " + c.label() + ": " + e.getMessage());
                return false;
            }
        }
        if (specs.isEmpty()) {
            message.set("Select at least one algorithm to run");
            return false;
        }
        start(algs, specs);
        return true;
    }

    /**
     * Replaces the runs by these recipes (labels in the same order) and starts them; a recipe that
     * cannot start shows as a failed row with its reason.
     */
    void start(List<LabAlgorithm> algs, List<RunSpec> specs) {
        message.set("Running " + specs.size() + " algorithm" + (specs.size() == 1 ? "" : "s") + " on "
                + specs.get(0).game().title() + " …");
        List<LabRun> created = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            created.add(new LabRun(list.nextNumber(), algs.get(i), specs.get(i), i, setup.toleranceProperty().get()));
        }
        int failed = list.replaceAndStart(created, pickSelection(created));
        if (failed > 0) {
            LabRun f = created.stream().filter(r -> r.statusProperty().get() == RunStatus.FAILED).findFirst()
                    .orElse(created.get(0));
            message.set("Could not start " + f.name() + ": " + f.failureProperty().get());
        }
    }

    /** The population method shown first: FXP, else PSRO, else the first run. */
    private static LabRun pickSelection(List<LabRun> rs) {
        for (String m : List.of("fxp", "psro", "odo")) {
            for (LabRun r : rs) {
                if (r.spec().method().equals(m)) {
                    return r;
                }
            }
        }
        return rs.isEmpty() ? null : rs.get(0);
    }


    String caption() {
        GameSpec g = runs.isEmpty() ? setup.gameProperty().get() : runs.get(0).spec().game();
        String t = g == null ? "" : g.title();
        return t + (setup.paperFaithfulProperty().get() ? " · paper-faithful mode" : "");
    }

    @Override
    protected void rebuild() {
        long active = activeCount();
        if (!runs.isEmpty() && active == 0 && message.get().startsWith("Running")) {
            long failed = list.failedCount();
            message.set("Finished " + runs.size() + " run" + (runs.size() == 1 ? "" : "s") + " on "
                    + runs.get(0).spec().game().title() + (failed == 0 ? "" : " · " + failed + " failed"));
        }
        List<RunCharts.Line> lines = lines(true);
        list.offerMetrics(RunList.union(runs, s -> RunCharts.plottable(s.metricNames(), runs.get(0).spec().metrics())), List.of());
        String m = metric.get() == null ? TEAM_EXPLOITABILITY : metric.get();
        curves.set(runs.isEmpty() ? null : RunCharts.oracleCurves(lines, m, logScale.get(), ""));
        LabRun sel = selected.get();
        if (sel == null) {
            metaGame.set(null);
            weights.set(null);
            policy.set(null);
            String none = runs.isEmpty() ? "Pick algorithms and press Run (or a preset) to start" : "Select a run";
            metaGameNote.set(none);
            weightsNote.set(none);
            policyNote.set(none);
            verdict.set("");
            return;
        }
        String method = sel.spec().method();
        Snapshot p = list.payloadOf(sel);
        HeatMapChart mg = RunCharts.metaGame(method, sel.name(), p, false);
        metaGame.set(mg);
        metaGameNote.set(mg != null ? "" : p == null ? "Waiting for the first snapshot of " + sel.name()
                : sel.name() + " trains one policy at a time: it has no meta-game (PSRO, Online DO and FXP have one)");
        StackedChart w = mg == null ? null : RunCharts.weights(method, sel.name(), list.recordOf(sel), "");
        weights.set(w);
        weightsNote.set(w != null ? "" : mg == null ? sel.name() + " has no population meta-strategy"
                : "More than " + RunCharts.MAX_LAYERS + " members: export the weights as CSV");
        HeatMapChart pol = RunCharts.policy(sel.spec().game().teamGame(), sel.name(), p, false);
        policy.set(pol);
        policyNote.set(pol != null ? "" : "Waiting for the first snapshot of " + sel.name());
        LabVerdict v = sel.verdict();
        RunStatus st = sel.statusProperty().get();
        if (v != null) {
            verdict.set(sel.name() + ": " + v.text());
        } else if (st == RunStatus.FAILED) {
            verdict.set(sel.name() + " failed: " + sel.verdictProperty().get());
        } else {
            verdict.set(sel.name() + ": the classifier judges the final policy when the run ends");
        }
    }

    /** The runs on the comparison chart; on screen ({@code shown}) as replayed, in exports whole. */
    List<RunCharts.Line> lines(boolean shown) {
        List<RunCharts.Line> lines = new ArrayList<>();
        for (LabRun r : list.comparable()) {
            lines.add(new RunCharts.Line(r.name(), r.colour(), r.horizon(),
                    shown ? list.recordOf(r) : r.record(), null, r.spec().metrics()));
        }
        return lines;
    }

    /** Increases whenever the charts were rebuilt. */
    public long version() {
        return list.versionProperty().get();
    }


    // ------------------------------------------------------------------ chart models

    public ObservableList<LabRun> runs() {
        return runs;
    }


    /** All runs' metric against the oracle step, or null without runs. */
    public ReadOnlyObjectProperty<XYChart> curvesProperty() { return curves.getReadOnlyProperty(); }

    /** The selected run's meta-game, or null (see {@link #metaGameNoteProperty()}). */
    public ReadOnlyObjectProperty<HeatMapChart> metaGameProperty() { return metaGame.getReadOnlyProperty(); }

    public ReadOnlyStringProperty metaGameNoteProperty() { return metaGameNote.getReadOnlyProperty(); }

    /** The selected run's meta-strategy weights over time, or null. */
    public ReadOnlyObjectProperty<StackedChart> weightsProperty() { return weights.getReadOnlyProperty(); }

    public ReadOnlyStringProperty weightsNoteProperty() { return weightsNote.getReadOnlyProperty(); }

    /** The selected run's current policy per agent, or null. */
    public ReadOnlyObjectProperty<HeatMapChart> policyProperty() { return policy.getReadOnlyProperty(); }

    public ReadOnlyStringProperty policyNoteProperty() { return policyNote.getReadOnlyProperty(); }

    /** The classifier's verdict on the selected run's final policy. */
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }

    /** Status line of the lab. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }


    // ------------------------------------------------------------------ the setup and the exports (forwarded)

    public StringProperty familyProperty() { return setup.familyProperty(); }
    public ObservableList<String> families() { return setup.families(); }
    public ObservableList<GameParameter> parameters() { return setup.parameters(); }
    public ReadOnlyObjectProperty<GameSpec> gameProperty() { return setup.gameProperty(); }
    public GameSpec getGame() { return setup.gameProperty().get(); }
    public ReadOnlyStringProperty gameErrorProperty() { return setup.gameErrorProperty(); }
    public ReadOnlyObjectProperty<JointMatrix> jointMatrixProperty() { return setup.jointMatrixProperty(); }
    public ReadOnlyStringProperty jointMatrixMessageProperty() { return setup.jointMatrixMessageProperty(); }
    public ObservableList<AlgorithmChoice> algorithms() { return setup.algorithms(); }
    public LongProperty seedProperty() { return setup.seedProperty(); }
    public BooleanProperty paperFaithfulProperty() { return setup.paperFaithfulProperty(); }
    public DoubleProperty toleranceProperty() { return setup.toleranceProperty(); }
    public ReadOnlyObjectProperty<LabPreset> presetProperty() { return setup.presetProperty(); }

    /** See {@link LabSetup#setGame}. */
    public void setGame(GameSpec spec) { setup.setGame(spec); }
    public void setParameter(String name, String value) { setup.setParameter(name, value); }
    public AlgorithmChoice choice(String label) { return setup.choice(label); }
    public void select(List<String> labels) { setup.select(labels); }
    RunSpec spec(LabAlgorithm a, GameSpec g) { return setup.spec(a, g); }
    List<org.gtlab.chart.model.Chart> exportCharts() { return exports.exportCharts(); }
    public List<org.gtlab.ui.export.ExportDialog.Item> exportItems() { return exports.exportItems(); }

    public Path exportChart(String what, org.gtlab.io.recipe.Exporter.Request request, Path target) throws IOException {
        return exports.exportChart(what, request, target);
    }

    public Path exportData(DataExport what, Path target) throws IOException { return exports.exportData(what, target); }
    public String csv(DataExport what) { return exports.csv(what); }
    public com.fasterxml.jackson.databind.node.ObjectNode recipe() { return exports.recipe(); }
    org.gtlab.io.recipe.Recipe labRecipe(String what) { return exports.labRecipe(what); }

    /** See {@link LabExports#rerun}. */
    public void rerun(JsonNode recipe) { exports.rerun(recipe); }

    @Override
    public String tabTitle() {
        return title();
    }

    @Override
    public String statusLine() {
        LabRun sel = selected.get();
        String phase = sel == null ? "" : sel.phaseProperty().get();
        String m = message.get();
        return runCounts() + (sel == null ? "" : " · " + sel.name() + ": "
                + (phase.isEmpty() ? RunRow.statusText(sel.statusProperty().get()) : phase))
                + (m.isEmpty() ? "" : " · " + m);
    }

    @Override
    public String inspectorText() {
        StringBuilder sb = new StringBuilder();
        GameSpec g = setup.gameProperty().get();
        sb.append("Team game: ").append(g == null ? setup.familyProperty().get() + " (" + setup.gameErrorProperty().get() + ")" : g.title()).append('\n');
        if (g != null) {
            TeamGame tg = g.teamGame();
            sb.append("Agents per team: ").append(tg.agentsPerTeam()).append(", actions per agent: ").append(tg.actionsPerAgent()).append('\n');
        }
        sb.append("Runs: ").append(runs.size()).append(" (").append(activeCount()).append(" active)\n");
        LabRun sel = selected.get();
        if (sel != null) {
            sb.append("Selected: ").append(sel.name()).append(" · ").append(sel.summaryProperty().get()).append('\n');
            if (!Double.isNaN(sel.exploitabilityProperty().get())) {
                sb.append("Team exploitability: ").append(org.gtlab.ui.workspace.RunRow.sci(sel.exploitabilityProperty().get()))
                        .append('\n');
            }
            if (!sel.verdictProperty().get().isEmpty()) {
                sb.append("Verdict: ").append(sel.verdictProperty().get()).append('\n');
            }
        }
        return sb.toString().strip();
    }

    @Override
    public long descriptionVersion() {
        return version();
    }

    /** A short title for the document tab: "Lab — SAD (N = 4, …)". */
    public String title() {
        GameSpec g = setup.gameProperty().get();
        return g == null ? "Lab — " + setup.familyProperty().get() : "Lab — " + g.title();
    }

}