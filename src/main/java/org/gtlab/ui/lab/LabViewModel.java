package org.gtlab.ui.lab;

import org.gtlab.figure.JointMatrix;

import org.gtlab.figure.RunCharts;
import org.gtlab.figure.LabVerdict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;

import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.StackedChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamGames;
import org.gtlab.run.GameSpec;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.methods.TeamLearnerExperiment;
import org.gtlab.ui.workspace.RunList;
import org.gtlab.ui.workspace.RunExports;
import org.gtlab.ui.workspace.RunRow;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;

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
 * <p>Threading: the properties belong to the FX thread. Workers only store each run's latest
 * snapshot ({@link LabRun}); {@link #tick()} — called by the view's animation timer at most 30 times
 * a second, or by tests — refreshes the rows and rebuilds the chart models when something changed.
 */
public final class LabViewModel extends org.gtlab.ui.workspace.RunWorkspaceModel<LabRun>
        implements org.gtlab.ui.workspace.TabDescription {

    /** A game parameter as typed. */
    public static final class GameParameter {
        private final String name;
        private final StringProperty text;

        GameParameter(String name, String value) {
            this.name = name;
            this.text = new SimpleStringProperty(this, name, value);
        }

        public String name() {
            return name;
        }

        public StringProperty textProperty() {
            return text;
        }

        public String text() {
            return text.get();
        }
    }

    /** An algorithm offered in the list: selected or not, with editable settings and their problem. */
    public static final class AlgorithmChoice {
        private final LabAlgorithm base;
        private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
        private final StringProperty settings = new SimpleStringProperty(this, "settings");
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

        AlgorithmChoice(LabAlgorithm base) {
            this.base = base;
            settings.set(base.settingsText());
        }

        public LabAlgorithm base() {
            return base;
        }

        public String label() {
            return base.label();
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        public boolean isSelected() {
            return selected.get();
        }

        /** Method settings "k=v, k=v" (the {@code --set} values of {@code gtlab run}). */
        public StringProperty settingsProperty() {
            return settings;
        }

        /** Why these settings cannot run on the current game ("" if they can). */
        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }

        /** The algorithm with the typed settings. */
        public LabAlgorithm algorithm() {
            return base.withSettings(LabAlgorithm.parseSettings(settings.get()));
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** Data exports (CSV). */
    public enum DataExport {
        CURVES("Exploitability curves of all runs (CSV)"),
        RUN_METRICS("Selected run: every metric per oracle step (CSV)"),
        META_GAME("Selected run: meta-game payoff matrix (CSV)"),
        WEIGHTS("Selected run: meta-strategy weights per phase (CSV)"),
        POLICY("Selected run: policy per agent (CSV)"),
        JOINT_MATRIX("Joint-action payoff matrix (CSV)");

        private final String label;

        DataExport(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final StringProperty family = new SimpleStringProperty(this, "family", "fxp-example");
    private final ObservableList<String> families = FXCollections.observableArrayList(TeamGames.names());
    private final ObservableList<GameParameter> parameters = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GameSpec> game = new ReadOnlyObjectWrapper<>(this, "game");
    private final ReadOnlyStringWrapper gameError = new ReadOnlyStringWrapper(this, "gameError", "");
    private final ReadOnlyObjectWrapper<JointMatrix> jointMatrix = new ReadOnlyObjectWrapper<>(this, "jointMatrix");
    private final ReadOnlyStringWrapper jointMatrixMessage = new ReadOnlyStringWrapper(this, "jointMatrixMessage", "");
    private final Map<String, GameSpec> fixedGames = new LinkedHashMap<>();

    private final ObservableList<AlgorithmChoice> algorithms = FXCollections.observableArrayList();
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 0);
    private final BooleanProperty paperFaithful = new SimpleBooleanProperty(this, "paperFaithful");
    private final DoubleProperty tolerance = new SimpleDoubleProperty(this, "tolerance", LabVerdict.DEFAULT_TOLERANCE);

    private static final String TEAM_EXPLOITABILITY = TeamLearnerExperiment.TEAM_EXPLOITABILITY.name();
    private static final String RESTRICTED_EXPLOITABILITY = TeamLearnerExperiment.RESTRICTED_EXPLOITABILITY.name();

    private final MethodCatalog catalog;
    private final ObservableList<LabRun> runs;
    private final ObjectProperty<LabRun> selected;
    private final StringProperty metric;
    private final BooleanProperty logScale;
    private final ObservableList<String> metrics;

    private final ReadOnlyObjectWrapper<XYChart> curves = new ReadOnlyObjectWrapper<>(this, "curves");
    private final ReadOnlyObjectWrapper<HeatMapChart> metaGame = new ReadOnlyObjectWrapper<>(this, "metaGame");
    private final ReadOnlyObjectWrapper<StackedChart> weights = new ReadOnlyObjectWrapper<>(this, "weights");
    private final ReadOnlyObjectWrapper<HeatMapChart> policy = new ReadOnlyObjectWrapper<>(this, "policy");
    private final ReadOnlyStringWrapper metaGameNote = new ReadOnlyStringWrapper(this, "metaGameNote", "");
    private final ReadOnlyStringWrapper weightsNote = new ReadOnlyStringWrapper(this, "weightsNote", "");
    private final ReadOnlyStringWrapper policyNote = new ReadOnlyStringWrapper(this, "policyNote", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<LabPreset> preset = new ReadOnlyObjectWrapper<>(this, "preset");

    private boolean settingGame;

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
        this.metrics = list.metrics();
        for (LabAlgorithm a : LabAlgorithm.catalog(catalog)) {
            AlgorithmChoice c = new AlgorithmChoice(a);
            c.settingsProperty().addListener((o, x, y) -> validate(c));
            c.selectedProperty().addListener((o, x, y) -> preset.set(null));
            algorithms.add(c);
        }
        for (String l : List.of("SP", "PSRO (exact oracle)", "FXP")) {
            choice(l).selectedProperty().set(true);
        }
        family.addListener((o, a, b) -> {
            if (!settingGame) {
                resetParameters();
            }
        });
        resetParameters();
        paperFaithful.addListener((o, a, b) -> {
            metric.set(b && game.get() != null && !game.get().teamGame().authorsExploiters().isEmpty()
                    ? RESTRICTED_EXPLOITABILITY : TEAM_EXPLOITABILITY);
            algorithms.forEach(this::validate);
        });
    }

    // ------------------------------------------------------------------ the game

    private void resetParameters() {
        String f = family.get();
        GameSpec fixed = fixedGames.get(f);
        List<GameParameter> ps = new ArrayList<>();
        if (fixed == null) {
            try {
                for (Map.Entry<String, Double> e : TeamGames.create(f).parameters().entrySet()) {
                    ps.add(new GameParameter(e.getKey(), number(e.getValue())));
                }
            } catch (IllegalArgumentException e) {
                gameError.set(e.getMessage());
            }
        }
        for (GameParameter p : ps) {
            p.textProperty().addListener((o, a, b) -> rebuildGame());
        }
        parameters.setAll(ps);
        rebuildGame();
    }

    /** "4" for 4.0, else the shortest text of the double. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Builds the game from the family and the typed parameters; a bad value leaves no game and a message. */
    private void rebuildGame() {
        String f = family.get();
        GameSpec g = fixedGames.get(f);
        String err = "";
        if (g == null) {
            Map<String, String> p = new LinkedHashMap<>();
            for (GameParameter gp : parameters) {
                p.put(gp.name(), gp.text() == null ? "" : gp.text().strip());
            }
            try {
                g = GameSpec.resolve(f, p, null);
            } catch (IllegalArgumentException e) {
                err = e.getMessage();
            }
        }
        game.set(g);
        gameError.set(err);
        if (g == null) {
            jointMatrix.set(null);
            jointMatrixMessage.set(err);
        } else {
            TeamGame tg = g.teamGame();
            String big = JointMatrix.tooLarge(tg);
            jointMatrix.set(big == null ? JointMatrix.of(tg) : null);
            jointMatrixMessage.set(big == null ? "" : big);
        }
        preset.set(null);
        algorithms.forEach(this::validate);
    }

    /**
     * Uses a game that is not a catalog family with parameters (a symmetric zero-sum matrix game as
     * one-agent teams, a dense team game, a recipe's game): it is added to {@link #families()}
     * under its source or title and selected.
     */
    public void setGame(GameSpec spec) {
        Objects.requireNonNull(spec, "game");
        GameSpec team = spec.asTeam();
        String key = team.source().isEmpty() ? team.title() : team.source();
        if (TeamGames.names().contains(key) && !team.teamGame().parameters().isEmpty()) {
            // a catalog family: select it and type its parameters
            settingGame = true;
            try {
                family.set(key);
            } finally {
                settingGame = false;
            }
            fixedGames.remove(key);
            List<GameParameter> ps = new ArrayList<>();
            for (Map.Entry<String, Double> e : team.teamGame().parameters().entrySet()) {
                GameParameter p = new GameParameter(e.getKey(), number(e.getValue()));
                p.textProperty().addListener((o, a, b) -> rebuildGame());
                ps.add(p);
            }
            parameters.setAll(ps);
            rebuildGame();
            return;
        }
        fixedGames.put(key, team);
        if (!families.contains(key)) {
            families.add(key);
        }
        settingGame = true;
        try {
            family.set(key);
        } finally {
            settingGame = false;
        }
        parameters.clear();
        rebuildGame();
    }

    /** Sets a parameter of the current family by name ("N", "C", "eps", …). */
    public void setParameter(String name, String value) {
        for (GameParameter p : parameters) {
            if (p.name().equalsIgnoreCase(name)) {
                p.textProperty().set(value);
                return;
            }
        }
        throw new IllegalArgumentException("team game " + family.get() + " has no parameter " + name + "; it has "
                + parameters.stream().map(GameParameter::name).toList());
    }

    // ------------------------------------------------------------------ algorithms

    /** The offered algorithm with this label. */
    public AlgorithmChoice choice(String label) {
        for (AlgorithmChoice c : algorithms) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no algorithm \"" + label + "\"");
    }

    /** Selects exactly these algorithms (by label). */
    public void select(List<String> labels) {
        for (AlgorithmChoice c : algorithms) {
            c.selectedProperty().set(labels.contains(c.label()));
        }
    }

    private void validate(AlgorithmChoice c) {
        try {
            spec(c.algorithm(), game.get());
            c.problem.set("");
        } catch (IllegalArgumentException e) {
            c.problem.set(e.getMessage());
        }
    }

    /** The recipe of an algorithm on a game (paper-faithful mode adds {@code mode=paper} unless set). */
    RunSpec spec(LabAlgorithm a, GameSpec g) {
        if (g == null) {
            throw new IllegalArgumentException(gameError.get().isEmpty() ? "no game" : gameError.get());
        }
        Map<String, Object> p = new LinkedHashMap<>(a.settings());
        if (paperFaithful.get() && !p.containsKey("mode")) {
            p.put("mode", "paper");
        }
        return catalog.spec(a.method(), p, g, seed.get(), null);
    }

    // ------------------------------------------------------------------ presets

    /**
     * Sets the game, its parameters and the algorithms of one of the paper's figures (does not
     * start them: {@link #reproduce} does both).
     */
    public void applyPreset(LabPreset p) {
        settingGame = true;
        try {
            family.set(p.family());
        } finally {
            settingGame = false;
        }
        List<GameParameter> ps = new ArrayList<>();
        Map<String, Double> defaults = TeamGames.create(p.family()).parameters();
        for (String name : defaults.keySet()) {
            GameParameter gp = new GameParameter(name, p.parameters().getOrDefault(name, number(defaults.get(name))));
            gp.textProperty().addListener((o, a, b) -> rebuildGame());
            ps.add(gp);
        }
        parameters.setAll(ps);
        rebuildGame();
        for (AlgorithmChoice c : algorithms) {
            c.settingsProperty().set(c.base().settingsText());
        }
        select(p.algorithms());
        preset.set(p);
        message.set(p.title() + ": " + p.description());
    }

    /** Applies a preset and runs it. */
    public boolean reproduce(LabPreset p) {
        applyPreset(p);
        boolean ok = run();
        preset.set(p);
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
        GameSpec g = game.get();
        if (g == null) {
            message.set("Nothing started: " + gameError.get());
            return false;
        }
        List<LabAlgorithm> algs = new ArrayList<>();
        List<RunSpec> specs = new ArrayList<>();
        for (AlgorithmChoice c : algorithms) {
            if (!c.isSelected()) {
                continue;
            }
            try {
                LabAlgorithm a = c.algorithm();
                specs.add(spec(a, g));
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
            created.add(new LabRun(list.nextNumber(), algs.get(i), specs.get(i), i, tolerance.get()));
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


    private String caption() {
        GameSpec g = runs.isEmpty() ? game.get() : runs.get(0).spec().game();
        String t = g == null ? "" : g.title();
        return t + (paperFaithful.get() ? " · paper-faithful mode" : "");
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

    /**
     * The charts for export: the ones on screen with captions that name the game, the runs and the
     * mode (on screen the game bar says so), in the order curves, meta-game, weights, policy; null
     * where there is no chart.
     */
    List<org.gtlab.chart.model.Chart> exportCharts() {
        List<org.gtlab.chart.model.Chart> out = new ArrayList<>();
        List<RunCharts.Line> lines = lines(false);
        String m = metric.get() == null ? TEAM_EXPLOITABILITY : metric.get();
        out.add(runs.isEmpty() ? null : RunCharts.oracleCurves(lines, m, logScale.get(), caption()));
        LabRun sel = selected.get();
        if (sel == null) {
            out.add(null);
            out.add(null);
            out.add(null);
            return out;
        }
        String method = sel.spec().method();
        Snapshot p = sel.latestPayload();
        HeatMapChart mg = RunCharts.metaGame(method, sel.name(), p, true);
        String cap = sel.spec().game().title() + " · " + sel.name() + (paperFaithful.get() ? " · paper-faithful" : "");
        out.add(mg == null ? null : RunCharts.withCaption(mg, cap + " · step " + p.step()));
        out.add(mg == null ? null : RunCharts.weights(method, sel.name(), sel.record(), cap));
        HeatMapChart pol = RunCharts.policy(sel.spec().game().teamGame(), sel.name(), p, true);
        out.add(pol == null ? null : RunCharts.withCaption(pol, cap + " · step " + p.step()));
        return out;
    }

    /** The runs on the comparison chart; on screen ({@code shown}) as replayed, in exports whole. */
    private List<RunCharts.Line> lines(boolean shown) {
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


    // ------------------------------------------------------------------ accessors


    /** The team game's catalog name (or the key of a fixed game, see {@link #setGame}). */
    public StringProperty familyProperty() {
        return family;
    }

    /** Catalog names and fixed games. */
    public ObservableList<String> families() {
        return families;
    }

    /** The current family's parameters as typed. */
    public ObservableList<GameParameter> parameters() {
        return parameters;
    }

    /** The game built from the family and parameters, or null if a parameter is bad. */
    public ReadOnlyObjectProperty<GameSpec> gameProperty() {
        return game.getReadOnlyProperty();
    }

    public GameSpec getGame() {
        return game.get();
    }

    /** Why there is no game ("" if there is one). */
    public ReadOnlyStringProperty gameErrorProperty() {
        return gameError.getReadOnlyProperty();
    }

    /** The game's joint-action matrix, or null if it is too large (see {@link #jointMatrixMessageProperty()}). */
    public ReadOnlyObjectProperty<JointMatrix> jointMatrixProperty() {
        return jointMatrix.getReadOnlyProperty();
    }

    /** Why the joint-action matrix is not shown ("" when it is). */
    public ReadOnlyStringProperty jointMatrixMessageProperty() {
        return jointMatrixMessage.getReadOnlyProperty();
    }

    public ObservableList<AlgorithmChoice> algorithms() {
        return algorithms;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** The authors' settings (FP-999 meta-solver, np.repeat profile, restricted metric on the chart). */
    public BooleanProperty paperFaithfulProperty() {
        return paperFaithful;
    }

    /** Tolerance of the classifier for runs started from now on. */
    public DoubleProperty toleranceProperty() {
        return tolerance;
    }

    public ObservableList<LabRun> runs() {
        return runs;
    }


    /** All runs' metric against the oracle step, or null without runs. */
    public ReadOnlyObjectProperty<XYChart> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    /** The selected run's meta-game, or null (see {@link #metaGameNoteProperty()}). */
    public ReadOnlyObjectProperty<HeatMapChart> metaGameProperty() {
        return metaGame.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty metaGameNoteProperty() {
        return metaGameNote.getReadOnlyProperty();
    }

    /** The selected run's meta-strategy weights over time, or null. */
    public ReadOnlyObjectProperty<StackedChart> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weightsNoteProperty() {
        return weightsNote.getReadOnlyProperty();
    }

    /** The selected run's current policy per agent, or null. */
    public ReadOnlyObjectProperty<HeatMapChart> policyProperty() {
        return policy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty policyNoteProperty() {
        return policyNote.getReadOnlyProperty();
    }

    /** The classifier's verdict on the selected run's final policy. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Status line of the lab. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The preset the settings come from, or null once they were changed. */
    public ReadOnlyObjectProperty<LabPreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

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
        GameSpec g = game.get();
        sb.append("Team game: ").append(g == null ? family.get() + " (" + gameError.get() + ")" : g.title()).append('\n');
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
        GameSpec g = game.get();
        return g == null ? "Lab — " + family.get() : "Lab — " + g.title();
    }

    // ------------------------------------------------------------------ exports and recipes

    /** Every chart the lab shows now, for the export dialog (paper style is applied there). */
    public List<org.gtlab.ui.export.ExportDialog.Item> exportItems() {
        List<org.gtlab.ui.export.ExportDialog.Item> items = new ArrayList<>();
        List<org.gtlab.chart.model.Chart> charts = exportCharts();
        List<String> names = List.of("Exploitability curves", "Meta-game payoff matrix (heat map)",
                "Meta-strategy weights over time", "Policy per agent (heat map)");
        for (int i = 0; i < names.size(); i++) {
            if (charts.get(i) != null) {
                items.add(new org.gtlab.ui.export.ExportDialog.Item(names.get(i), charts.get(i)));
            }
        }
        JointMatrix m = jointMatrix.get();
        if (m != null && m.rows() <= JointMatrix.MAX_EXPORT_JOINT_ACTIONS) {
            items.add(new org.gtlab.ui.export.ExportDialog.Item("Joint-action payoff matrix (table)", m.snapshot()));
        }
        return items;
    }

    /**
     * Writes a chart in the export dialog's format and its lab recipe.
     *
     * @param what the item's name (stored in the recipe)
     * @return the recipe's path
     */
    public Path exportChart(String what, org.gtlab.io.recipe.Exporter.Request request, Path target)
            throws IOException {
        return exported(target, RunExports.writeChart(request, labRecipe(what), target));
    }

    /**
     * Writes CSV data and its lab recipe.
     *
     * @return the recipe's path
     * @throws IllegalArgumentException if there is nothing to export
     */
    public Path exportData(DataExport what, Path target) throws IOException {
        return exported(target, RunExports.writeCsv(csv(what), labRecipe(what.name().toLowerCase(java.util.Locale.ROOT)),
                target));
    }

    private Path exported(Path target, Path recipe) {
        message.set("Exported " + target.getFileName() + " and its recipe " + recipe.getFileName());
        return recipe;
    }

    /**
     * The CSV text of a data export.
     *
     * @throws IllegalArgumentException if there is nothing to export (no runs, no selected run, a
     *         run without a meta-game, a matrix too large)
     */
    public String csv(DataExport what) {
        LabRun sel = selected.get();
        if (what == DataExport.CURVES) {
            if (runs.isEmpty()) {
                throw new IllegalArgumentException("no runs to export yet");
            }
            return RunExports.curvesCsv(runs);
        }
        if (what == DataExport.JOINT_MATRIX) {
            if (jointMatrix.get() == null) {
                throw new IllegalArgumentException(jointMatrixMessage.get());
            }
            return RunExports.jointMatrixCsv(jointMatrix.get());
        }
        if (sel == null) {
            throw new IllegalArgumentException("select a run first");
        }
        Snapshot s = sel.latestPayload();
        return switch (what) {
            case RUN_METRICS -> sel.record().toCsv();
            case META_GAME -> {
                if (s == null || s.payload(TeamLearnerExperiment.META_GAME) == null) {
                    throw new IllegalArgumentException(sel.name() + " has no meta-game");
                }
                yield RunExports.metaGameCsv(sel.spec().method(), s);
            }
            case WEIGHTS -> RunExports.weightsCsv(sel.spec().method(), sel.record());
            case POLICY -> {
                if (s == null || s.payload(TeamLearnerExperiment.POLICY) == null) {
                    throw new IllegalArgumentException(sel.name() + " has no policy yet");
                }
                yield RunExports.policyCsv(sel.spec().game(), s.payload(TeamLearnerExperiment.POLICY));
            }
            default -> throw new IllegalStateException("unknown export " + what);
        };
    }

    /** The lab recipe of the current runs. */
    public com.fasterxml.jackson.databind.node.ObjectNode recipe() {
        return labRecipe("curves").toJson();
    }

    /**
     * The recipe (kind "lab-figure") of the lab's current runs (or, without runs, of its game).
     *
     * @param what the export item's name ("Exploitability curves", …) or a data table's name
     */
    org.gtlab.io.recipe.Recipe labRecipe(String what) {
        List<org.gtlab.io.recipe.Recipe.RunEntry> entries = new ArrayList<>();
        for (LabRun r : runs) {
            entries.add(RunExports.entry(r.name(), r.colour(), r.spec(), r.record()));
        }
        LabRun sel = selected.get();
        GameSpec g = runs.isEmpty() ? game.get() : runs.get(0).spec().game();
        return org.gtlab.io.recipe.Recipe.labFigure(org.gtlab.io.recipe.Recipes.labItem(what, ""), metric.get(),
                logScale.get(), paperFaithful.get(), sel == null ? -1 : runs.indexOf(sel),
                preset.get() == null ? null : preset.get().name(), g, entries);
    }

    /**
     * Re-runs a lab recipe (written beside every lab export): the same game, the same run recipes
     * with their labels, the same metric and scale — identical data.
     *
     * @throws IllegalArgumentException if it is not a lab recipe or has no runs
     */
    public void rerun(JsonNode recipe) {
        List<org.gtlab.io.recipe.Recipe.RunEntry> rs = RunExports.runsOf(recipe, catalog,
                org.gtlab.io.recipe.RecipeKind.LAB_FIGURE);
        if (rs.isEmpty()) {
            throw new IllegalArgumentException("the lab recipe has no runs");
        }
        setGame(rs.get(0).spec().game());
        List<LabAlgorithm> algs = new ArrayList<>();
        List<RunSpec> specs = new ArrayList<>();
        for (org.gtlab.io.recipe.Recipe.RunEntry r : rs) {
            algs.add(new LabAlgorithm(r.label(), r.spec().method(), Map.of(), "from a recipe"));
            specs.add(r.spec());
        }
        paperFaithful.set(recipe.path("paperFaithful").asBoolean(false));
        if (recipe.hasNonNull("metric")) {
            metric.set(recipe.get("metric").asText());
        }
        logScale.set(recipe.path("log").asBoolean(true));
        start(algs, specs);
        int sel = recipe.path("selected").asInt(-1);
        if (sel >= 0 && sel < runs.size()) {
            selected.set(runs.get(sel));
            tick();
        }
    }
}
