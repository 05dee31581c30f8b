package org.gtlab.ui.solve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gtlab.chart.model.PayoffTable.LineState;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.solve.DominanceStep;
import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveListener;
import org.gtlab.solve.SolveOptions;
import org.gtlab.solve.SolveProgress;
import org.gtlab.solve.SolveResult;
import org.gtlab.solve.WorkEstimate;
import org.gtlab.solve.WorkRefusedException;
import org.gtlab.ui.common.BackgroundExecutor;
import org.gtlab.ui.editor.GridDecorations;

/**
 * The solve panel's view model: the method picker (the {@link org.gtlab.solve.catalog.Solvers} registry),
 * a background run with cancel, the list of equilibria with their maximal Nash subsets, the
 * selected equilibrium (its support is highlighted in the grid) and the dominance stepper (steps
 * shown so far grey out eliminated strategies).
 *
 * <p>Small games are solved again automatically after every edit ({@link #AUTO_SOLVE_CELLS}).
 *
 * <p>Big games (issue 16 §6): every solve goes through the library's limits
 * ({@link NashSolver#solve(NormalFormGame, SolveOptions)}). A job whose {@link WorkEstimate}
 * exceeds {@link #CONFIRM_SECONDS} is refused by the solver before the work (or, for lcp's
 * reachable set, as soon as the paths still to follow exceed it); the refusal becomes a
 * {@linkplain #confirmationProperty() confirmation} showing the estimate, and
 * {@link #confirm()} runs the same job forced. Progress reports ({@link SolveListener}, called on
 * worker threads) are kept in an atomic reference and drawn on the UI thread at most
 * {@value #PROGRESS_EVERY_MS} ms apart, the first at once. Games of at least
 * {@link #LARGE_GAME_CELLS} cells start with "find one" ({@code stopAfter = 1}) and lcp, which
 * then follows a single Lemke–Howson path.
 */
public final class SolveViewModel implements GridDecorations {

    /** Games with at most this many cells are re-solved automatically after each edit. */
    public static final int AUTO_SOLVE_CELLS = 100;

    /** Games with at least this many cells (20×20) default to "find one" and lcp. */
    public static final int LARGE_GAME_CELLS = 400;

    /**
     * Jobs estimated above this many seconds ask for a confirmation first: the solve API's one
     * threshold {@link SolveOptions#DEFAULT_MAX_SECONDS}, which {@code gtlab solve} also refuses
     * above without {@code --force} (the app once asked at 10 s while the CLI refused at 30 s).
     */
    public static final double CONFIRM_SECONDS = SolveOptions.DEFAULT_MAX_SECONDS;

    /** Progress is drawn at most this often (milliseconds). */
    static final long PROGRESS_EVERY_MS = 150;

    private final BackgroundExecutor executor;
    private final BooleanProperty findOne = new SimpleBooleanProperty(this, "findOne");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper(this, "confirmation");
    private final javafx.beans.property.ReadOnlyDoubleWrapper progress =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final java.util.concurrent.atomic.AtomicReference<SolveProgress> latest =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong lastDrawn = new java.util.concurrent.atomic.AtomicLong();
    private int runId;
    private String confirmationDetail = "";

    /** The full estimate behind the waiting confirmation (what is counted, and the model), for a tooltip. */
    public String confirmationDetail() {
        return confirmationDetail;
    }
    private boolean large;
    private final Supplier<NormalFormGame> game;
    private final ObservableList<NashSolver> methods = FXCollections.observableArrayList();
    private final ObjectProperty<NashSolver> method = new SimpleObjectProperty<>(this, "method");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "No equilibria computed yet — press F5 to solve");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ObservableList<EquilibriumRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyObjectWrapper<SolveResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<NormalFormGame> solvedGame = new ReadOnlyObjectWrapper<>(this, "solvedGame");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final BooleanProperty autoSolve = new SimpleBooleanProperty(this, "autoSolve", true);
    private final IntegerProperty dominanceStep = new SimpleIntegerProperty(this, "dominanceStep");
    private final ReadOnlyObjectWrapper<List<DominanceStep>> steps = new ReadOnlyObjectWrapper<>(this, "steps",
            List.of());
    private final IntegerProperty version = new SimpleIntegerProperty(this, "version");
    private BackgroundExecutor.Job job;
    private Set<Integer> greyRows = Set.of();
    private Set<Integer> greyCols = Set.of();

    public SolveViewModel(BackgroundExecutor executor, Supplier<NormalFormGame> game, List<NashSolver> available) {
        this.executor = executor;
        this.game = game;
        methods.setAll(available);
        large = isLarge(game.get());
        findOne.set(large);
        method.set(defaultMethod(available, game.get()));
        selected.addListener((o, a, b) -> bump());
        dominanceStep.addListener((o, a, b) -> {
            updateGrey();
            bump();
        });
        method.addListener((o, a, b) -> {
            if (b != null && autoSolve.get() && isSmall(game.get())) {
                solve();
            } else {
                markStale();
            }
        });
    }

    private static NashSolver defaultMethod(List<NashSolver> available, NormalFormGame g) {
        List<String> order = g != null && g.numPlayers() > 2 ? List.of("enumpure")
                : isLarge(g) ? List.of("lcp", "enumpure", "enummixed")
                : List.of("enummixed", "lcp", "enumpure");
        for (String preferred : order) {
            for (NashSolver s : available) {
                if (s.name().equals(preferred) && MethodScope.STANDARD.whyNot(s, g) == null) {
                    return s;
                }
            }
        }
        return available.isEmpty() ? null : available.get(0);
    }

    static boolean isSmall(NormalFormGame g) {
        return g != null && g.numProfiles() <= AUTO_SOLVE_CELLS;
    }

    /** A game on which "find one" is the default ({@link #LARGE_GAME_CELLS}). */
    public static boolean isLarge(NormalFormGame g) {
        return g != null && g.numProfiles() >= LARGE_GAME_CELLS;
    }

    /** Stop at the first equilibrium found (lcp follows one path); the default on large games. */
    public BooleanProperty findOneProperty() {
        return findOne;
    }

    /**
     * The question shown before a job estimated above {@link #CONFIRM_SECONDS} (its method and
     * estimate), or null when nothing waits for a confirmation.
     */
    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** The running solve's progress in [0, 1], or −1 while unknown. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The running solve's progress in words ("42 % · 1,234 of 2,900 · 2 found"), or empty. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<NashSolver> methods() {
        return methods;
    }

    public ObjectProperty<NashSolver> methodProperty() {
        return method;
    }

    /** Why {@code s} cannot solve the current game, or null if it can (the picker disables it). */
    public String whyNot(NashSolver s) {
        return MethodScope.STANDARD.whyNot(s, game.get());
    }

    /** The game the equilibria are computed for (the editor's current game). */
    public NormalFormGame game() {
        return game.get();
    }

    /** One line describing the selected method. */
    public StringBinding descriptionBinding() {
        return Bindings.createStringBinding(() -> method.get() == null
                ? "No solver is installed in this build" : method.get().description(), method);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the last run ended with an error (the status says which). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ObservableList<EquilibriumRow> rows() {
        return rows;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<SolveResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The game the shown results belong to. */
    public ReadOnlyObjectProperty<NormalFormGame> solvedGameProperty() {
        return solvedGame.getReadOnlyProperty();
    }

    /** True when the game changed since the shown results were computed. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public BooleanProperty autoSolveProperty() {
        return autoSolve;
    }

    public IntegerProperty dominanceStepProperty() {
        return dominanceStep;
    }

    public ReadOnlyObjectProperty<List<DominanceStep>> stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    /** Increases whenever the grid decorations change. */
    public IntegerProperty versionProperty() {
        return version;
    }

    public EquilibriumRow selectedRow() {
        int i = selected.get();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    // ------------------------------------------------------------------ actions

    /** Starts the selected method on the current game in the background (cancelling a run in progress). */
    public void solve() {
        start(false);
    }

    /** Runs the job that waits for a confirmation, forced past its estimate. */
    public void confirm() {
        if (confirmation.get() != null) {
            start(true);
        }
    }

    /** Drops the waiting confirmation without solving. */
    public void dismissConfirmation() {
        if (confirmation.get() != null) {
            confirmation.set(null);
            status.set("Not solved: the estimate was declined");
        }
    }

    private void start(boolean force) {
        NashSolver s = method.get();
        NormalFormGame g = game.get();
        confirmation.set(null);
        if (s == null) {
            fail("No solver is installed in this build");
            return;
        }
        String why = MethodScope.STANDARD.whyNot(s, g);
        if (why != null) {
            fail("Not solved: " + why + " — pick another method");
            return;
        }
        cancelQuietly();
        running.set(true);
        failed.set(false);
        boolean one = findOne.get();
        status.set("Solving with " + s.name() + (one ? " (first equilibrium)" : "") + "…");
        int id = ++runId;
        latest.set(null);
        lastDrawn.set(0);
        progress.set(-1);
        progressText.set("starting…");
        SolveListener listener = p -> {
            latest.set(p);
            long now = System.nanoTime();
            long prev = lastDrawn.get();
            if ((prev == 0 || now - prev >= PROGRESS_EVERY_MS * 1_000_000L) && lastDrawn.compareAndSet(prev, now)) {
                executor.runOnUiThread(() -> drawProgress(id));
            }
        };
        SolveOptions options = SolveOptions.DEFAULT.withMaxSeconds(CONFIRM_SECONDS).withForce(force)
                .withStopAfter(one ? 1 : 0).withListener(listener);
        long t0 = System.nanoTime();
        job = executor.submit(() -> prepare(g, s.solve(g, options)), p -> {
            running.set(false);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            SolveResult r = p.result();
            show(g, p);
            int n = r.equilibria().size();
            status.set((n == 0 && !r.dominanceSteps().isEmpty() ? r.dominanceSteps().size() + " elimination steps"
                    : n + (n == 1 ? " equilibrium" : " equilibria") + (one && n == 1 ? " (the first found)" : ""))
                    + " · " + s.name() + " · " + ms + " ms");
        }, e -> {
            running.set(false);
            if (e instanceof WorkRefusedException w) {
                WorkEstimate est = w.estimate();
                String what = est.unit().contains(" (") ? est.unit().substring(0, est.unit().indexOf(" (")) : est.unit();
                confirmation.set(s.name() + (one ? " (first equilibrium)" : " (all equilibria)") + " would take about "
                        + WorkEstimate.duration(est.seconds()) + String.format(java.util.Locale.ROOT, " (≈ %.2g %s).",
                                est.units(), what));
                confirmationDetail = est.describe();
                status.set("Confirm: about " + WorkEstimate.duration(w.estimate().seconds()));
                return;
            }
            fail(describe(e));
        });
    }

    private void drawProgress(int id) {
        SolveProgress p = latest.get();
        if (id != runId || !running.get() || p == null) {
            return;
        }
        double f = p.fraction();
        progress.set(f);
        progressText.set((f < 0 ? "" : String.format(java.util.Locale.ROOT, "%.0f %% · ", 100 * f))
                + String.format(java.util.Locale.ROOT, "%,d", p.done())
                + (p.total() > 0 ? String.format(java.util.Locale.ROOT, " of %,d", p.total()) : "") + " · "
                + p.found() + " found");
    }

    /** Stops a run in progress; the previous results stay. */
    public void cancel() {
        if (running.get()) {
            cancelQuietly();
            running.set(false);
            status.set("Cancelled");
        }
    }

    private void cancelQuietly() {
        runId++;
        progressText.set("");
        progress.set(-1);
        if (job != null) {
            job.cancel();
            job = null;
        }
    }

    /** Called after every edit: re-solves small games, marks results of large ones as stale. */
    public void gameChanged() {
        NormalFormGame g = game.get();
        confirmation.set(null);
        if (isLarge(g) != large) {
            large = isLarge(g);
            findOne.set(large);
        }
        if (g != null && method.get() != null && MethodScope.STANDARD.whyNot(method.get(), g) != null) {
            NashSolver np = defaultMethod(methods, g);
            if (np != null && np != method.get()) {
                method.set(np);
                return;
            }
        }
        if (autoSolve.get() && isSmall(game.get()) && method.get() != null) {
            solve();
        } else {
            markStale();
        }
    }

    private void markStale() {
        if (solvedGame.get() != null && solvedGame.get() != game.get()) {
            stale.set(true);
            status.set("The game changed — press F5 to solve again");
        }
    }

    private void fail(String msg) {
        failed.set(true);
        status.set(msg);
    }

    static String describe(Throwable e) {
        if (e instanceof java.util.concurrent.CancellationException) {
            return "Cancelled";
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof UnsupportedOperationException) {
            return "Not solved: " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "Not solved: out of memory — the game is too large for this method";
        }
        if (e instanceof StackOverflowError) {
            return "Not solved: the method ran out of stack on this game";
        }
        return "Not solved: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** A result with its rows, built on the worker thread (exact payoffs cost time on big games). */
    record Prepared(SolveResult result, List<EquilibriumRow> rows) {
    }

    static Prepared prepare(NormalFormGame g, SolveResult r) {
        List<EquilibriumRow> list = new ArrayList<>();
        List<List<StrategyProfile>> subsets = r.maximalNashSubsets();
        int k = 1;
        for (StrategyProfile p : r.equilibria()) {
            int group = 0;
            for (int s = 0; s < subsets.size(); s++) {
                if (subsets.get(s).contains(p)) {
                    group = s + 1;
                    break;
                }
            }
            list.add(EquilibriumRow.of(k++, g, p, group));
        }
        return new Prepared(r, list);
    }

    /** Shows a result (public for tests and for restoring a session). */
    public void show(NormalFormGame g, SolveResult r) {
        show(g, prepare(g, r));
    }

    private void show(NormalFormGame g, Prepared p) {
        SolveResult r = p.result();
        List<EquilibriumRow> list = p.rows();
        result.set(r);
        solvedGame.set(g);
        stale.set(false);
        rows.setAll(list);
        steps.set(r.dominanceSteps());
        dominanceStep.set(0);
        updateGrey();
        selected.set(list.isEmpty() ? -1 : Math.min(Math.max(selected.get(), 0), list.size() - 1));
        bump();
    }

    /** Clears all results (a new game replaced the old one). */
    public void clear() {
        cancelQuietly();
        confirmation.set(null);
        running.set(false);
        rows.clear();
        result.set(null);
        solvedGame.set(null);
        steps.set(List.of());
        stale.set(false);
        selected.set(-1);
        updateGrey();
        status.set("No equilibria computed yet — press F5 to solve");
        bump();
    }

    // dominance stepper

    public boolean stepForward() {
        if (dominanceStep.get() < steps.get().size()) {
            dominanceStep.set(dominanceStep.get() + 1);
            return true;
        }
        return false;
    }

    public boolean stepBack() {
        if (dominanceStep.get() > 0) {
            dominanceStep.set(dominanceStep.get() - 1);
            return true;
        }
        return false;
    }

    public void stepToEnd() {
        dominanceStep.set(steps.get().size());
    }

    public void stepToStart() {
        dominanceStep.set(0);
    }

    /** A sentence for the current step: "Step 2 of 3: Bob's R is strictly dominated by C". */
    public String stepText(NormalFormGame g) {
        List<DominanceStep> st = steps.get();
        int k = dominanceStep.get();
        if (st.isEmpty()) {
            return "";
        }
        if (k == 0) {
            return "Start: " + st.size() + " step" + (st.size() == 1 ? "" : "s") + " of elimination — press Step";
        }
        DominanceStep d = st.get(k - 1);
        String who = g.playerName(d.player());
        List<String> labels = g.strategyLabels(d.player());
        String victim = d.strategy() < labels.size() ? labels.get(d.strategy()) : "#" + (d.strategy() + 1);
        List<String> by = new ArrayList<>();
        for (int s : d.dominators()) {
            by.add(s < labels.size() ? labels.get(s) : "#" + (s + 1));
        }
        return "Step " + k + " of " + st.size() + ": " + who + "'s " + victim + " is " + (d.strict() ? "strictly"
                : "weakly") + " dominated by " + (by.size() == 1 ? by.get(0) : "a mix of " + String.join(", ", by));
    }

    private void updateGrey() {
        Set<Integer> r = new HashSet<>();
        Set<Integer> c = new HashSet<>();
        List<DominanceStep> st = steps.get();
        for (int i = 0; i < Math.min(dominanceStep.get(), st.size()); i++) {
            DominanceStep d = st.get(i);
            if (d.player() == 0) {
                r.add(d.strategy());
            } else if (d.player() == 1) {
                c.add(d.strategy());
            }
        }
        greyRows = r;
        greyCols = c;
    }

    private void bump() {
        version.set(version.get() + 1);
    }

    // ------------------------------------------------------------------ grid decorations

    private boolean resultsShown() {
        return solvedGame.get() != null && solvedGame.get() == game.get();
    }

    @Override
    public LineState row(int i) {
        if (greyRows.contains(i) && resultsShown()) {
            return LineState.GREYED;
        }
        EquilibriumRow e = selectedRow();
        if (e != null && resultsShown() && i < e.profile().get(0).size() && e.profile().get(0).probability(i).signum() > 0) {
            return LineState.HIGHLIGHTED;
        }
        return LineState.NORMAL;
    }

    @Override
    public LineState column(int j) {
        if (greyCols.contains(j) && resultsShown()) {
            return LineState.GREYED;
        }
        EquilibriumRow e = selectedRow();
        if (e != null && resultsShown() && e.profile().numPlayers() > 1 && j < e.profile().get(1).size()
                && e.profile().get(1).probability(j).signum() > 0) {
            return LineState.HIGHLIGHTED;
        }
        return LineState.NORMAL;
    }

    @Override
    public String strategyNote(int p, int s) {
        EquilibriumRow e = selectedRow();
        NormalFormGame g = game.get();
        if (e == null || !resultsShown() || p >= g.numPlayers() || s >= g.numStrategies(p)) {
            return null;
        }
        org.gtlab.math.Rational[] v = g.strategyValues(p, e.profile());
        org.gtlab.math.Rational best = v[0];
        for (org.gtlab.math.Rational x : v) {
            best = best.max(x);
        }
        String label = g.strategyLabels(p).get(s);
        return label + ": expected payoff " + org.gtlab.figure.Numbers.fraction(v[s]) + " for " + g.playerName(p)
                + " against equilibrium " + e.number() + (v[s].equals(best) ? " (a best reply)"
                        : " (best reply earns " + org.gtlab.figure.Numbers.fraction(best) + ")");
    }

    @Override
    public boolean tinted(int i, int j) {
        EquilibriumRow e = selectedRow();
        return e != null && e.pure() && resultsShown() && row(i) == LineState.HIGHLIGHTED
                && column(j) == LineState.HIGHLIGHTED;
    }

    @Override
    public boolean pureEquilibrium(int i, int j) {
        if (!resultsShown()) {
            return false;
        }
        for (EquilibriumRow e : rows) {
            if (e.pure() && e.profile().numPlayers() >= 2 && e.profile().get(0).probability(i).equals(
                    org.gtlab.math.Rational.ONE) && e.profile().get(1).probability(j).equals(org.gtlab.math.Rational.ONE)
                    && restPure(e)) {
                return true;
            }
        }
        return false;
    }

    /** For three or more players: the pure equilibrium lies in the slice the grid shows. */
    private boolean restPure(EquilibriumRow e) {
        int[] slice = sliceOf.get();
        for (int p = 2; p < e.profile().numPlayers(); p++) {
            int s = p < slice.length ? slice[p] : 0;
            if (s >= e.profile().get(p).size() || !e.profile().get(p).probability(s).equals(org.gtlab.math.Rational.ONE)) {
                return false;
            }
        }
        return true;
    }

    private Supplier<int[]> sliceOf = () -> new int[0];

    /** Where the grid's slice comes from (players 3+), for {@link #pureEquilibrium}. */
    public void setSliceSource(Supplier<int[]> slice) {
        this.sliceOf = slice;
    }
}
