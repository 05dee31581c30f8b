package org.gtlab.ui.repeated;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.figure.TournamentFigures;
import org.gtlab.figure.TournamentFigures.Standing;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.io.RepeatedFiles;
import org.gtlab.repeated.HumanMatch;
import org.gtlab.repeated.PlaySession;
import org.gtlab.repeated.RepeatedDocument;
import org.gtlab.repeated.StrategySpec;
import org.gtlab.ui.editor.EditorViewModel;
import org.gtlab.repeated.Match;
import org.gtlab.repeated.RepeatedGame;
import org.gtlab.repeated.StageGame;
import org.gtlab.repeated.Strategies;
import org.gtlab.repeated.Strategy;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.Snapshot;
import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.RunList;
import org.gtlab.ui.workspace.RunRow;
import org.gtlab.ui.workspace.TabDescription;

/**
 * The repeated-games lab's state and work, behind {@link RepeatedLabView}: the stage game (the
 * active matrix document's game when it is a two-player game, else the Prisoner's Dilemma), the
 * strategy library with a search filter and the roster chosen from it, and four activities:
 * <ul>
 *   <li>tournament: the catalog method {@code tournament} run through the app's one run executor
 *       and listed in the shared {@link RunList}; the standings and the payoff heat map follow the
 *       selected (else the latest) tournament run's latest snapshot, so they fill while it runs;</li>
 *   <li>match: one match of two library strategies, round by round with running totals;</li>
 *   <li>play: the user against a library strategy, one round per click;</li>
 *   <li>Moran: the catalog method {@code moran-tournament}, its population shares collected from
 *       every reported snapshot into a stacked chart.</li>
 * </ul>
 * Settings shared by all: turns, repetitions, noise and the continuation probability δ (the
 * tournament's per-round ending probability is 1 − δ; δ = 1 plays exactly {@code turns} rounds).
 * FX-thread only; runs report on their worker threads into the rows and the Moran collector.
 */
public final class RepeatedLabViewModel implements TabDescription, AutoCloseable {

    /** A library strategy as the list shows it. */
    public record StrategyItem(String name, String title, String memory, boolean stochastic, String description,
            String reference) {
        /** "tit-for-tat — memory 1, deterministic". */
        public String label() {
            return name + " — memory " + memory + (stochastic ? ", stochastic" : ", deterministic");
        }
    }

    /** One round of a match as the tables show it. */
    public record RoundRow(int round, String action1, String action2, double payoff1, double payoff2, double total1,
            double total2) {
    }

    private final LabContext context;
    private GameSpec stage;
    private StageGame stageGame;
    private final IntegerProperty stageVersion = new SimpleIntegerProperty(this, "stageVersion", 0);
    private final EditorViewModel stageEditor;
    private final ObjectProperty<Path> documentPath = new SimpleObjectProperty<>(this, "documentPath");
    private final StringProperty documentStatus = new SimpleStringProperty(this, "documentStatus", "");
    private final ObservableList<StrategySpec> userStrategies = FXCollections.observableArrayList();
    private final StrategyEditorModel strategyEditor;
    private final Path playFile;
    private PlaySession playSession;
    private final ObjectProperty<PlaySession> pendingPlay = new SimpleObjectProperty<>(this, "pendingPlay");
    private final StringProperty pendingPlayText = new SimpleStringProperty(this, "pendingPlayText", "");
    private final ObjectProperty<Chart> boxPlot = new SimpleObjectProperty<>(this, "boxPlot");
    private final ObjectProperty<Chart> winPlot = new SimpleObjectProperty<>(this, "winPlot");
    private final ObjectProperty<Chart> cooperationPlot = new SimpleObjectProperty<>(this, "cooperationPlot");
    private final RunList<RunRow> runs;
    private final ObservableList<StrategyItem> library = FXCollections.observableArrayList();
    private final FilteredList<StrategyItem> filtered;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableSet<String> chosen = FXCollections.observableSet(new java.util.LinkedHashSet<>());

    private final IntegerProperty turns = new SimpleIntegerProperty(this, "turns", 200);
    private final IntegerProperty repetitions = new SimpleIntegerProperty(this, "repetitions", 10);
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0);
    private final DoubleProperty continuation = new SimpleDoubleProperty(this, "continuation", 1);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);

    private final ObservableList<Standing> standings = FXCollections.observableArrayList();
    private final ObjectProperty<Chart> heatMap = new SimpleObjectProperty<>(this, "heatMap");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);

    private final StringProperty matchA = new SimpleStringProperty(this, "matchA", "tit-for-tat");
    private final StringProperty matchB = new SimpleStringProperty(this, "matchB", "win-stay-lose-shift");
    private final ObservableList<RoundRow> matchRounds = FXCollections.observableArrayList();
    private final StringProperty matchSummary = new SimpleStringProperty(this, "matchSummary", "");

    private final StringProperty opponent = new SimpleStringProperty(this, "opponent", "tit-for-tat");
    private final ObservableList<RoundRow> playRounds = FXCollections.observableArrayList();
    private final StringProperty playScore = new SimpleStringProperty(this, "playScore", "");
    private final BooleanProperty playOver = new SimpleBooleanProperty(this, "playOver", true);
    private HumanMatch human;

    private final IntegerProperty population = new SimpleIntegerProperty(this, "population", 60);
    private final IntegerProperty events = new SimpleIntegerProperty(this, "events", 5000);
    private final StringProperty moranMode = new SimpleStringProperty(this, "moranMode", "bd");
    private final DoubleProperty mutation = new SimpleDoubleProperty(this, "mutation", 0);
    private final ObjectProperty<Chart> moranChart = new SimpleObjectProperty<>(this, "moranChart");
    private final Map<RunRow, List<Snapshot>> moranSnapshots = Collections.synchronizedMap(new IdentityHashMap<>());
    private final StringProperty fpStrategy = new SimpleStringProperty(this, "fpStrategy", "tit-for-tat");
    private final StringProperty fpProbe = new SimpleStringProperty(this, "fpProbe", "tit-for-tat");
    private final IntegerProperty fpGrid = new SimpleIntegerProperty(this, "fpGrid", 21);
    private final IntegerProperty fpMatches = new SimpleIntegerProperty(this, "fpMatches", 10);
    private final ObjectProperty<Chart> fingerprintChart = new SimpleObjectProperty<>(this, "fingerprintChart");
    private final Map<RunRow, org.gtlab.run.methods.sweep.SweepExperiment> sweeps = new IdentityHashMap<>();
    private final Map<RunRow, List<String>> rosters = Collections.synchronizedMap(new IdentityHashMap<>());

    public RepeatedLabViewModel(LabContext context) {
        this(context, org.gtlab.ui.common.AppDirs.home().resolve("repeated-play.json"));
    }

    /**
     * @param playFile where an unfinished game against a strategy is kept (autosaved after every
     *                 round, offered again when the lab opens; null: not kept)
     */
    public RepeatedLabViewModel(LabContext context, Path playFile) {
        this.context = context;
        this.playFile = playFile;
        NormalFormGame active = context.activeGame().get();
        if (active != null && active.numPlayers() == 2) {
            stage = GameSpec.of("active document", active);
        } else {
            stage = GameSpec.of("prisoners-dilemma", GameCatalog.get("prisoners-dilemma").game());
        }
        stageGame = StageGame.from(stage.game());
        stageEditor = new EditorViewModel(stage.game());
        stageEditor.gameProperty().addListener((o, a, b) -> {
            if (b != null && b != stage.game() && b.numPlayers() == 2) {
                setStage(b, "stage game");
            }
        });
        runs = new RunList<>(context.runs().get(), "pairs");
        runs.onChange(l -> rebuild());
        rebuildLibrary();
        userStrategies.addListener((javafx.collections.ListChangeListener<StrategySpec>) c -> rebuildLibrary());
        strategyEditor = new StrategyEditorModel(() -> stageGame);
        filtered = new FilteredList<>(library, i -> true);
        search.addListener((o, a, b) -> {
            String q = b == null ? "" : b.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(i -> q.isEmpty() || i.name().contains(q)
                    || i.title().toLowerCase(Locale.ROOT).contains(q));
        });
        chosen.addAll(List.of("cooperator", "defector", "tit-for-tat", "grudger", "win-stay-lose-shift",
                "tit-for-two-tats", "suspicious-tit-for-tat", "random"));
        offerKeptGame();
    }

    private void rebuildLibrary() {
        List<StrategyItem> items = new ArrayList<>();
        for (StrategySpec u : userStrategies) {
            Strategy s = u.toStrategy();
            items.add(new StrategyItem(s.name(), s.title() + " (yours)", s.memoryText(), s.stochastic(),
                    s.description(), "your strategy (strategy editor)"));
        }
        for (Strategy s : Strategies.all()) {
            items.add(new StrategyItem(s.name(), s.title(), s.memoryText(), s.stochastic(), s.description(),
                    s.reference()));
        }
        library.setAll(items);
        chosen.retainAll(items.stream().map(StrategyItem::name).toList());
    }

    // ------------------------------------------------------------------ document

    /** Replaces the stage game (two players) and tells the views (stage version). */
    public void setStage(NormalFormGame g, String source) {
        if (g.numPlayers() != 2) {
            throw new IllegalArgumentException("stage: a repeated game needs a two-player stage game");
        }
        stage = GameSpec.of(g.title().isBlank() ? source : g.title(), g);
        stageGame = StageGame.from(g);
        if (stageEditor != null && stageEditor.getGame() != g) {
            stageEditor.replaceGame(g, "stage game");
        }
        human = null;
        playOver.set(true);
        stageVersion.set(stageVersion.get() + 1);
        strategyEditorRefresh();
        version++;
    }

    private void strategyEditorRefresh() {
        if (strategyEditor != null) {
            strategyEditor.refresh();
        }
    }

    /**
     * The lab's state as a document: the stage game, horizon, noise, roster and the user's
     * strategies.
     *
     * @throws IllegalArgumentException naming the field (continuation δ = 0 cannot be saved)
     */
    public RepeatedDocument document() {
        return new RepeatedDocument(stage.title(), stage.game(), turns.get(), continuation.get(), noise.get(), roster(),
                List.copyOf(userStrategies));
    }

    /** Puts a document into the lab (stage, settings, user strategies, roster). */
    public void apply(RepeatedDocument d) {
        setStage(d.stage(), "stage game");
        turns.set(d.turns());
        continuation.set(d.continuation());
        noise.set(d.noise());
        userStrategies.setAll(d.strategies());
        chosen.clear();
        chosen.addAll(d.roster());
    }

    /** A new document: the Prisoner's Dilemma, the lab's defaults, no user strategies. */
    public void newDocument() {
        apply(RepeatedDocument.of(GameCatalog.get("prisoners-dilemma").game()));
        chosen.addAll(List.of("cooperator", "defector", "tit-for-tat", "grudger", "win-stay-lose-shift"));
        documentPath.set(null);
        documentStatus.set("New repeated game");
    }

    /** Opens a repeated-game document ({@link RepeatedFiles}); a bad file throws file:line:column. */
    public void openDocument(Path file) throws IOException {
        apply(RepeatedFiles.readDocument(file));
        documentPath.set(file);
        documentStatus.set("Opened " + file.getFileName());
    }

    /** Saves the lab's state as a repeated-game document (atomically). */
    public void saveDocument(Path file) throws IOException {
        RepeatedFiles.write(document(), file);
        documentPath.set(file);
        documentStatus.set("Saved " + file.getFileName());
    }

    /** A strategy by name: one of the user's, else the library's. */
    public Strategy strategy(String name) {
        for (StrategySpec u : userStrategies) {
            if (u.name().equals(name)) {
                return u.toStrategy();
            }
        }
        return Strategies.get(name);
    }

    /**
     * Adds a user strategy (replacing one of the same name), so the roster picker, the match and play
     * boxes offer it; tournaments carry it in their {@code strategies} setting.
     *
     * @throws IllegalArgumentException if the name is a library strategy's
     */
    public void addStrategy(StrategySpec s) {
        if (Strategies.find(s.name()).isPresent()) {
            throw new IllegalArgumentException("name: " + s.name() + " is a library strategy's name; choose another");
        }
        for (int i = 0; i < userStrategies.size(); i++) {
            if (userStrategies.get(i).name().equals(s.name())) {
                userStrategies.set(i, s);
                return;
            }
        }
        userStrategies.add(s);
    }

    /**
     * Adds the strategy being edited (the machine, or the memory-one vector) to the library.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public void addEditedStrategy(boolean machine) {
        addStrategy(machine ? strategyEditor.machine() : strategyEditor.memoryOne());
    }

    /** The name of the strategy being edited. */
    public String editedStrategyName(boolean machine) {
        return machine ? strategyEditor.machineNameProperty().get() : strategyEditor.memoryOneNameProperty().get();
    }

    /** Saves the strategy being edited as a strategy file. */
    public void saveEditedStrategy(boolean machine, Path file) throws IOException {
        saveStrategy(machine ? strategyEditor.machine() : strategyEditor.memoryOne(), file);
    }

    /** Saves a strategy file (JSON, atomically). */
    public void saveStrategy(StrategySpec s, Path file) throws IOException {
        RepeatedFiles.write(s, file);
    }

    /** Opens a strategy file, adds it and loads it into the editor; returns its name. */
    public String openStrategy(Path file) throws IOException {
        StrategySpec s = RepeatedFiles.readStrategy(file);
        addStrategy(s);
        strategyEditor.load(s);
        return s.name();
    }

    // ------------------------------------------------------------------ shared

    /** The stage game's source and title. */
    public String stageTitle() {
        return stage.title() + " (" + stageGame.rows() + "×" + stageGame.cols() + ")";
    }

    /** The row player's action labels. */
    public List<String> actions1() {
        return stageGame.labels1();
    }

    /** The column player's action labels. */
    public List<String> actions2() {
        return stageGame.labels2();
    }

    private RepeatedGame repeatedGame() {
        double q = 1 - continuation.get();
        RepeatedGame rg = q > 0 ? new RepeatedGame(stageGame, turns.get(), q, 0, 1, 0)
                : RepeatedGame.fixed(stageGame, turns.get());
        return rg.withNoise(noise.get());
    }

    private Map<String, Object> tournamentParams(List<String> roster) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("players", String.join(",", roster));
        p.put("turns", Integer.toString(turns.get()));
        p.put("prob_end", Double.toString(Math.max(0, 1 - continuation.get())));
        p.put("noise", Double.toString(noise.get()));
        p.put("repetitions", Integer.toString(repetitions.get()));
        // only the user strategies the roster names
        List<StrategySpec> used = userStrategies.stream().filter(u -> roster.contains(u.name())).toList();
        p.put("strategies", StrategySpec.formatAll(used));
        return p;
    }

    /** The chosen strategies in library order. */
    public List<String> roster() {
        List<String> r = new ArrayList<>();
        for (StrategyItem i : library) {
            if (chosen.contains(i.name())) {
                r.add(i.name());
            }
        }
        return r;
    }

    /** Refreshes rows and charts (the view's timer calls it ≤ 10 times a second; tests call it directly). */
    public void tick() {
        runs.tick();
    }

    private RunRow latest(String method) {
        RunRow sel = runs.selectedProperty().get();
        if (sel != null && sel.spec().method().equals(method)) {
            return sel;
        }
        for (int i = runs.rows().size() - 1; i >= 0; i--) {
            if (runs.rows().get(i).spec().method().equals(method)) {
                return runs.rows().get(i);
            }
        }
        return null;
    }

    private void rebuild() {
        RunRow t = latest("tournament");
        if (t != null) {
            Snapshot s = t.latestPayload();
            List<String> names = rosters.get(t);
            if (s != null && names != null) {
                List<Standing> st = TournamentFigures.standings(names, s);
                standings.setAll(st);
                heatMap.set(TournamentFigures.heatMap(names, s, caption(t)));
                boxPlot.set(TournamentFigures.scoreBoxPlot(names, s, caption(t)));
                winPlot.set(TournamentFigures.winChart(names, s, caption(t)));
                cooperationPlot.set(TournamentFigures.cooperationChart(names, s, caption(t)));
            }
            progress.set(t.progressProperty().get());
            status.set(t.name() + ": " + t.summaryProperty().get());
        }
        running.set(runs.activeCount() > 0);
        RunRow m = latest("moran-tournament");
        if (m != null) {
            List<Snapshot> snaps;
            List<Snapshot> live = moranSnapshots.get(m);
            synchronized (moranSnapshots) {
                snaps = live == null ? List.of() : List.copyOf(live);
            }
            if (!snaps.isEmpty()) {
                moranChart.set(TournamentFigures.moranShares(rosters.get(m), snaps, caption(m)
                        + " · layers from the bottom: " + String.join(", ", rosters.get(m))));
            }
        }
        RunRow f = latest("sweep");
        if (f != null && f.latestPayload() != null) {
            org.gtlab.run.methods.sweep.SweepExperiment e = sweeps.get(f);
            fingerprintChart.set(org.gtlab.figure.PhaseDiagramFigure.chart(e.diagram(f.latestPayload()),
                    fingerprintTitle(f)));
        }
        version++;
    }

    private String fingerprintTitle(RunRow r) {
        String set = String.valueOf(r.spec().params().asMap().get("set"));
        String name = set.replaceAll(".*strategy=([^,]+).*", "$1");
        String probe = set.replaceAll(".*probe=([^,]+).*", "$1");
        return "Fingerprint of " + name + " (probe " + probe + ") — " + stage.title();
    }

    // ------------------------------------------------------------------ fingerprint

    /**
     * Starts the Ashlock fingerprint of the chosen strategy as a sweep of the catalog method
     * {@code fingerprint} over x, y ∈ [0, 1] (every cell computed; {@code fpMatches} matches of
     * {@code turns} rounds per cell), listed in the run list and drawn as it fills.
     */
    public RunRow startFingerprint() {
        int n = fpGrid.get();
        if (n < 2) {
            throw new IllegalArgumentException("grid: at least 2 points per axis, got " + n);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("method", "fingerprint");
        p.put("x", "x:0:1:" + n);
        p.put("y", "y:0:1:" + n);
        p.put("metric", "fingerprint");
        p.put("set", "strategy=" + fpStrategy.get() + ",probe=" + fpProbe.get() + ",turns=" + turns.get());
        p.put("steps", Integer.toString(fpMatches.get()));
        p.put("refine", "false");
        p.put("chunk", Integer.toString(Math.max(1, n)));
        RunSpec spec = RunSpec.of(context.methods().forGame("sweep", stage), p, stage, seed.get(),
                new Limits(100_000_000, 1, 0));
        int k = runs.nextNumber();
        RunRow row = new RunRow(k, spec, (k - 1) % 8);
        sweeps.put(row, (org.gtlab.run.methods.sweep.SweepExperiment) spec.experiment());
        runs.start(row);
        return row;
    }

    private long version;

    private String caption(RunRow r) {
        return stage.title() + " · " + r.name();
    }

    // ------------------------------------------------------------------ tournament

    /**
     * Starts a tournament of the chosen strategies with the settings.
     *
     * @throws IllegalArgumentException (one line naming the field) if the settings are invalid
     */
    public RunRow startTournament() {
        List<String> roster = roster();
        if (roster.size() < 2) {
            throw new IllegalArgumentException("players: choose at least two strategies");
        }
        RunSpec spec = RunSpec.of(context.methods().forGame("tournament", stage), tournamentParams(roster), stage,
                seed.get(), new Limits(1_000_000, 1, 0));
        int n = runs.nextNumber();
        RunRow row = new RunRow(n, spec, (n - 1) % 8);
        rosters.put(row, roster);
        runs.start(row);
        return row;
    }

    /** Cancels every run of the lab. */
    public void cancel() {
        runs.cancelAll();
        tick();
    }

    /** Writes the standings as a booktabs LaTeX table. */
    public void writeLatex(Path target) throws IOException {
        RunRow t = latest("tournament");
        String caption = t == null ? "" : "Tournament standings: " + caption(t);
        java.nio.file.Files.writeString(target, TournamentFigures.latex(List.copyOf(standings), caption,
                "tab:tournament"));
    }

    /**
     * Exports a figure of the latest tournament ("standings", "heat-map") or Moran run ("moran")
     * with its recipe beside it, so {@code gtlab export} re-makes it.
     */
    public Path export(String item, Path target) throws IOException {
        RunRow r = latest(item.equals("moran") ? "moran-tournament" : item.equals("fingerprint") ? "sweep"
                : "tournament");
        if (r == null || r.latest() == null) {
            throw new IllegalArgumentException("run a " + (item.equals("moran") ? "Moran process" : "tournament")
                    + " first");
        }
        Chart c = switch (item) {
            case "standings" -> TournamentFigures.standingsChart(List.copyOf(standings), caption(r));
            case "heat-map" -> heatMap.get();
            case "box-plot" -> boxPlot.get();
            case "wins" -> winPlot.get();
            case "cooperation" -> cooperationPlot.get();
            case "moran" -> moranChart.get();
            case "fingerprint" -> fingerprintChart.get();
            default -> throw new IllegalArgumentException("unknown figure " + item);
        };
        // a fingerprint is a sweep: its recipe is the sweep's (re-run, it re-makes the map)
        Recipe recipe = item.equals("fingerprint") ? Recipe.sweep(r.spec(), fingerprintTitle(r))
                : Recipe.repeated(item, r.spec(), r.latest().step(), caption(r));
        ExportFormat f = ExportFormat.ofFileName(target.getFileName().toString());
        if (f == null) {
            throw new IllegalArgumentException("export: unknown file type " + target.getFileName());
        }
        Exporter.write(new Exporter.Request(c, f, ExportSize.PAPER_WIDE, 150, true, ChartStyle.paper()), target,
                recipe);
        return target;
    }

    // ------------------------------------------------------------------ match

    /** Plays one match of strategies A and B with the settings (seeded), filling the round table. */
    public void playMatch() {
        Strategy a = strategy(matchA.get());
        Strategy b = strategy(matchB.get());
        List<RoundRow> rows = new ArrayList<>();
        Match m = new Match(repeatedGame());
        var result = m.play(a.create(), b.create(), seed.get(), null, null, null,
                (t, a1, a2, u1, u2, t1, t2, p1, p2) -> rows.add(new RoundRow(t, stageGame.labels1().get(a1),
                        stageGame.labels2().get(a2), u1, u2, t1, t2)));
        matchRounds.setAll(rows);
        matchSummary.set(String.format(Locale.ROOT, "%s %s – %s %s after %d rounds (%.3f vs %.3f per turn)",
                a.name(), num(result.total1()), num(result.total2()), b.name(), result.turns(),
                result.turns() == 0 ? 0 : result.total1() / result.turns(),
                result.turns() == 0 ? 0 : result.total2() / result.turns()));
    }

    static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    // ------------------------------------------------------------------ play

    /**
     * Starts a new game against the chosen opponent (the user is the row player); it is autosaved
     * after every round so that a closed window keeps it.
     */
    public void newGame() {
        RepeatedDocument d = new RepeatedDocument(stage.title(), stage.game(), turns.get(),
                Math.max(Double.MIN_VALUE, continuation.get()), noise.get(), List.of(), List.copyOf(userStrategies));
        startPlay(new PlaySession(d, opponent.get(), seed.get(), List.of()));
    }

    private void startPlay(PlaySession session) {
        HumanMatch m = session.replay();
        playSession = session;
        human = m;
        playRounds.clear();
        StageGame sg = StageGame.from(session.document().stage());
        for (HumanMatch.Round r : m.rounds()) {
            playRounds.add(new RoundRow(r.t(), sg.labels1().get(r.a1()), sg.labels2().get(r.a2()), r.u1(), r.u2(),
                    r.total1(), r.total2()));
        }
        playOver.set(human.over());
        updateScore();
        keepPlay();
    }

    /**
     * Plays one round with the user's action (0-based row).
     *
     * @throws IllegalStateException if no game is going on
     */
    public void play(int action) {
        if (human == null || human.over()) {
            throw new IllegalStateException("start a new game first");
        }
        HumanMatch.Round r = human.play(action);
        playSession = playSession.plus(action);
        StageGame sg = StageGame.from(playSession.document().stage());
        playRounds.add(new RoundRow(r.t(), sg.labels1().get(r.a1()), sg.labels2().get(r.a2()), r.u1(),
                r.u2(), r.total1(), r.total2()));
        playOver.set(human.over());
        updateScore();
        keepPlay();
    }

    /** Writes the game so far (or removes the file when the game is over); failures go to the status. */
    private void keepPlay() {
        if (playFile == null) {
            return;
        }
        try {
            if (human == null || human.over()) {
                java.nio.file.Files.deleteIfExists(playFile);
            } else {
                java.nio.file.Files.createDirectories(playFile.toAbsolutePath().getParent());
                RepeatedFiles.write(playSession, playFile);
            }
        } catch (IOException | RuntimeException e) {
            documentStatus.set("Could not keep the game against " + opponent.get() + ": " + e.getMessage());
        }
    }

    /** On opening: a kept, unfinished game is offered ({@link #pendingPlayProperty()}). */
    private void offerKeptGame() {
        if (playFile == null || !java.nio.file.Files.isRegularFile(playFile)) {
            return;
        }
        try {
            PlaySession p = RepeatedFiles.readPlay(playFile);
            HumanMatch m = p.replay();
            if (m.over()) {
                return;
            }
            pendingPlay.set(p);
            pendingPlayText.set(String.format(Locale.ROOT,
                    "Your unfinished game against %s (%d rounds played, you %s – %s) was kept.", p.opponent(),
                    m.rounds().size(), num(m.humanTotal()), num(m.opponentTotal())));
        } catch (IOException | RuntimeException e) {
            pendingPlayText.set("A kept game could not be read: " + e.getMessage());
        }
    }

    /** Continues the kept game (its stage game and settings come with it). */
    public void resumePlay() {
        PlaySession p = pendingPlay.get();
        if (p == null) {
            throw new IllegalStateException("no kept game");
        }
        pendingPlay.set(null);
        pendingPlayText.set("");
        if (!p.document().stage().equals(stage.game())) {
            setStage(p.document().stage(), "kept game");
        }
        for (StrategySpec u : p.document().strategies()) {
            addStrategy(u);
        }
        opponent.set(p.opponent());
        startPlay(p);
    }

    /** Forgets the kept game. */
    public void discardPlay() {
        pendingPlay.set(null);
        pendingPlayText.set("");
        if (playFile != null) {
            try {
                java.nio.file.Files.deleteIfExists(playFile);
            } catch (IOException e) {
                documentStatus.set("Could not remove " + playFile + ": " + e.getMessage());
            }
        }
    }

    private void updateScore() {
        playScore.set(String.format(Locale.ROOT, "You %s — %s %s%s", num(human.humanTotal()), opponent.get(),
                num(human.opponentTotal()), human.over() ? " · game over" : " · round " + (human.rounds().size() + 1)));
    }

    // ------------------------------------------------------------------ Moran

    /** Starts a Moran process on the payoffs of a tournament of the chosen strategies. */
    public RunRow startMoran() {
        // (user strategies travel in the run's "strategies" setting, like a tournament's)
        List<String> roster = roster();
        if (roster.size() < 2) {
            throw new IllegalArgumentException("players: choose at least two strategies");
        }
        Map<String, Object> p = tournamentParams(roster);
        p.put("population", Integer.toString(population.get()));
        p.put("mode", moranMode.get());
        p.put("mutation", Double.toString(mutation.get()));
        long max = Math.max(1, events.get());
        RunSpec spec = RunSpec.of(context.methods().forGame("moran-tournament", stage), p, stage, seed.get(),
                new Limits(max, Math.max(1, max / 400), 0));
        int n = runs.nextNumber();
        RunRow row = new RunRow(n, spec, (n - 1) % 8);
        rosters.put(row, roster);
        List<Snapshot> collected = Collections.synchronizedList(new ArrayList<>());
        moranSnapshots.put(row, collected);
        runs.start(row, new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                collected.add(s);
            }
        });
        return row;
    }

    // ------------------------------------------------------------------ TabDescription, close

    @Override
    public String tabTitle() {
        return "Repeated games — " + stage.title();
    }

    @Override
    public String statusLine() {
        return runs.rows().size() + " runs · " + runs.activeCount() + " active";
    }

    @Override
    public String inspectorText() {
        StringBuilder b = new StringBuilder("Stage game: " + stageTitle() + "\n");
        b.append("Roster: ").append(roster().size()).append(" strategies\n");
        for (Standing s : standings) {
            b.append(s.rank()).append(". ").append(s.name()).append(String.format(Locale.ROOT, " %.3f%n", s.score()));
        }
        return b.toString();
    }

    @Override
    public long descriptionVersion() {
        return version;
    }

    /** Cancels the lab's runs (its tab closed). */
    @Override
    public void close() {
        runs.cancelAll();
    }

    // ------------------------------------------------------------------ properties

    public RunList<RunRow> runs() {
        return runs;
    }

    /** Counts stage-game replacements (the views rebuild their action buttons). */
    public IntegerProperty stageVersionProperty() {
        return stageVersion;
    }

    /** The stage game's editor (the shared payoff grid edits it). */
    public EditorViewModel stageEditor() {
        return stageEditor;
    }

    /** The open document's file (null: not saved yet). */
    public ObjectProperty<Path> documentPathProperty() {
        return documentPath;
    }

    /** The last document action or problem. */
    public StringProperty documentStatusProperty() {
        return documentStatus;
    }

    /** The user's strategies. */
    public ObservableList<StrategySpec> userStrategies() {
        return userStrategies;
    }

    /** The strategy editor's state. */
    public StrategyEditorModel strategyEditor() {
        return strategyEditor;
    }

    /** A kept, unfinished game against a strategy (null: none). */
    public ObjectProperty<PlaySession> pendingPlayProperty() {
        return pendingPlay;
    }

    public StringProperty pendingPlayTextProperty() {
        return pendingPlayText;
    }

    public ObjectProperty<Chart> boxPlotProperty() {
        return boxPlot;
    }

    public ObjectProperty<Chart> winPlotProperty() {
        return winPlot;
    }

    public ObjectProperty<Chart> cooperationPlotProperty() {
        return cooperationPlot;
    }

    public FilteredList<StrategyItem> filteredLibrary() {
        return filtered;
    }

    public ObservableList<StrategyItem> library() {
        return library;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableSet<String> chosen() {
        return chosen;
    }

    public IntegerProperty turnsProperty() {
        return turns;
    }

    public IntegerProperty repetitionsProperty() {
        return repetitions;
    }

    public DoubleProperty noiseProperty() {
        return noise;
    }

    /** δ: probability that another round follows (1 = fixed length). */
    public DoubleProperty continuationProperty() {
        return continuation;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public ObservableList<Standing> standings() {
        return standings;
    }

    public ObjectProperty<Chart> heatMapProperty() {
        return heatMap;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty matchAProperty() {
        return matchA;
    }

    public StringProperty matchBProperty() {
        return matchB;
    }

    public ObservableList<RoundRow> matchRounds() {
        return matchRounds;
    }

    public StringProperty matchSummaryProperty() {
        return matchSummary;
    }

    public StringProperty opponentProperty() {
        return opponent;
    }

    public ObservableList<RoundRow> playRounds() {
        return playRounds;
    }

    public StringProperty playScoreProperty() {
        return playScore;
    }

    public BooleanProperty playOverProperty() {
        return playOver;
    }

    public IntegerProperty populationProperty() {
        return population;
    }

    public IntegerProperty eventsProperty() {
        return events;
    }

    public StringProperty moranModeProperty() {
        return moranMode;
    }

    public DoubleProperty mutationProperty() {
        return mutation;
    }

    public ObjectProperty<Chart> moranChartProperty() {
        return moranChart;
    }

    public StringProperty fpStrategyProperty() {
        return fpStrategy;
    }

    public StringProperty fpProbeProperty() {
        return fpProbe;
    }

    public IntegerProperty fpGridProperty() {
        return fpGrid;
    }

    public IntegerProperty fpMatchesProperty() {
        return fpMatches;
    }

    public ObjectProperty<Chart> fingerprintChartProperty() {
        return fingerprintChart;
    }

    /** The theme's chart style (the lab's canvases follow it). */
    public javafx.beans.value.ObservableValue<ChartStyle> chartStyle() {
        return context.chartStyle();
    }
}
