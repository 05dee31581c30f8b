package org.gtlab.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.math.Rational;
import org.gtlab.figure.Numbers;

/**
 * The payoff editor's view model: the game being edited, the cursor, undo/redo, paste and copy,
 * zero-sum and symmetric modes, and best-response marks. Uses JavaFX properties but no scene
 * graph, so it is tested without a screen.
 *
 * <p>The grid shows rows = player 1's strategies and columns = player 2's; for three or more
 * players, the strategies of players 3+ are fixed by the {@linkplain #sliceProperty() slice}.
 * The cursor is on one payoff (row, column, player) of one cell.
 *
 * <p>Every change goes through {@link #apply}, which records the previous state for undo. The
 * history is bounded by {@value #HISTORY_ENTRIES} payoff entries in total (for a 2×2 game that is
 * far more steps than anyone undoes; for a 500×500 game about 40 steps).
 */
public final class EditorViewModel {

    /** Total payoff entries kept by the undo history. */
    public static final long HISTORY_ENTRIES = 20_000_000L;

    private final ReadOnlyObjectWrapper<NormalFormGame> game = new ReadOnlyObjectWrapper<>(this, "game");
    private final ReadOnlyObjectWrapper<Map<CellKey, String>> invalid = new ReadOnlyObjectWrapper<>(this, "invalid",
            Map.of());
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version");
    private final GridCursor cursor = new GridCursor(this::rows, this::columns, this::editablePlayers);
    private final IntegerProperty cursorRow = cursor.row;
    private final IntegerProperty cursorColumn = cursor.column;
    private final IntegerProperty cursorPlayer = cursor.player;
    private final IntegerProperty anchorRow = cursor.anchorRow;
    private final IntegerProperty anchorColumn = cursor.anchorColumn;
    private final ReadOnlyObjectWrapper<int[]> slice = new ReadOnlyObjectWrapper<>(this, "slice", new int[2]);
    private final BooleanProperty zeroSum = new SimpleBooleanProperty(this, "zeroSum");
    private final BooleanProperty symmetric = new SimpleBooleanProperty(this, "symmetric");
    private final BooleanProperty decimals = new SimpleBooleanProperty(this, "decimals");
    private final BooleanProperty bestResponseMarks = new SimpleBooleanProperty(this, "bestResponseMarks");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<EditorParameters> parameters = new ReadOnlyObjectWrapper<>(this, "parameters",
            EditorParameters.NONE);
    private final ParameterEdits parameterEdits = new ParameterEdits(this);

    private final EditorHistory history = new EditorHistory(HISTORY_ENTRIES, this::state, this::setState, this::say);
    private boolean modeGuard;
    private final PayoffEdits edits = new PayoffEdits(this);
    private final EditorModes modes = new EditorModes(this);

    /** While true, switching a mode does not enforce it (the mode rules switch each other off). */
    void guardModes(boolean on) {
        modeGuard = on;
    }

    private final BestReplies bestReplies = new BestReplies();
    private final StructureEdits structure = new StructureEdits(this);

    public EditorViewModel(NormalFormGame initial) {
        GameEdits.checkSize(initial.shape());
        game.set(initial);
        slice.set(new int[initial.numPlayers()]);
        zeroSum.addListener((o, was, on) -> {
            if (!modeGuard && on) {
                modes.enforceZeroSum();
            }
        });
        symmetric.addListener((o, was, on) -> {
            if (!modeGuard && on) {
                modes.enforceSymmetric();
            }
        });
        decimals.addListener((o, a, b) -> bump());
        bestResponseMarks.addListener((o, a, b) -> bump());
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<NormalFormGame> gameProperty() { return game.getReadOnlyProperty(); }

    public NormalFormGame getGame() { return game.get(); }

    public ReadOnlyObjectProperty<Map<CellKey, String>> invalidProperty() { return invalid.getReadOnlyProperty(); }

    public Map<CellKey, String> getInvalid() { return invalid.get(); }

    /** Increases on every visible change (payoffs, marks, display mode). */
    public ReadOnlyIntegerProperty versionProperty() { return version.getReadOnlyProperty(); }

    public IntegerProperty cursorRowProperty() { return cursorRow; }

    public IntegerProperty cursorColumnProperty() { return cursorColumn; }

    public IntegerProperty cursorPlayerProperty() { return cursorPlayer; }

    public IntegerProperty anchorRowProperty() { return anchorRow; }

    public IntegerProperty anchorColumnProperty() { return anchorColumn; }

    /** For each player, the strategy shown for players 3+ (entries 0 and 1 are unused). */
    public ReadOnlyObjectProperty<int[]> sliceProperty() { return slice.getReadOnlyProperty(); }

    public BooleanProperty zeroSumProperty() { return zeroSum; }

    public BooleanProperty symmetricProperty() { return symmetric; }

    public BooleanProperty decimalsProperty() { return decimals; }

    public BooleanProperty bestResponseMarksProperty() { return bestResponseMarks; }

    /** The last notice for the user (what an edit did, or why it was refused); empty if none. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The game's parameters and the cells holding expressions of them (issue 15 §4). */
    public ReadOnlyObjectProperty<EditorParameters> parametersProperty() { return parameters.getReadOnlyProperty(); }

    public EditorParameters getParameters() { return parameters.get(); }

    /** The game with its parameters and expressions (what a .json save writes). */
    public org.gtlab.game.ParametricGame parametricGame() { return getParameters().toParametric(getGame()); }

    public ReadOnlyBooleanProperty canUndoProperty() { return history.canUndoProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return history.canRedoProperty(); }

    public ReadOnlyStringProperty undoLabelProperty() { return history.undoLabelProperty(); }

    public ReadOnlyStringProperty redoLabelProperty() { return history.redoLabelProperty(); }

    public int rows() { return getGame().numStrategies(0); }

    public int columns() { return getGame().isTwoPlayer() || getGame().numPlayers() > 2 ? getGame().numStrategies(1) : 1; }

    public int players() { return getGame().numPlayers(); }

    // ------------------------------------------------------------------ reading cells

    /** The pure profile of grid cell (row, column) in the current slice. */
    public int[] profile(int row, int column) {
        int[] s = slice.get().clone();
        s[0] = row;
        if (s.length > 1) {
            s[1] = column;
        }
        return s;
    }

    /** Profile index of grid cell (row, column) in the current slice. */
    public int profileIndex(int row, int column) { return getGame().profileIndex(profile(row, column)); }

    /** Text shown for player p's payoff in a cell: the typed text if invalid, else the number. */
    public String text(int row, int column, int p) {
        int k = profileIndex(row, column);
        String bad = getInvalid().get(new CellKey(p, k));
        if (bad != null) {
            return bad;
        }
        return Numbers.format(getGame().payoffAt(p, k), decimals.get());
    }

    /** The text to edit in a cell: its expression ("3+a") if it has one, else {@link #text}. */
    public String editText(int row, int column, int p) {
        org.gtlab.math.Expression e = expressionAt(row, column, p);
        return e != null ? e.text() : text(row, column, p);
    }

    /** The expression of player p's payoff in a cell, or null if it is a plain number. */
    public org.gtlab.math.Expression expressionAt(int row, int column, int p) {
        return getParameters().expressions().get(new CellKey(p, profileIndex(row, column)));
    }

    /** The tooltip of an invalid entry, or null. */
    public String invalidReason(int row, int column, int p) {
        String bad = getInvalid().get(new CellKey(p, profileIndex(row, column)));
        if (bad == null) {
            return null;
        }
        String why = PasteParser.tryParse(bad) == null ? getParameters().problem(bad) : null;
        if (why != null && (!getParameters().isEmpty() || bad.strip().matches(".*[0-9+\\-*/^()].*"))) {
            return why + "; the game still uses " + Numbers.exact(getGame().payoffAt(p, profileIndex(row, column)));
        }
        return "\"" + bad + "\" is not a number (use an integer, a decimal like 0.25 or a fraction like 1/3); "
                + "the game still uses " + Numbers.exact(getGame().payoffAt(p, profileIndex(row, column)));
    }

    /**
     * True if player p's payoff at the cell is a best reply: no other strategy of p earns more
     * against the other players' strategies in that profile (exact comparison).
     */
    public boolean isBestReply(int row, int column, int p) { return bestReplies.isBestReply(getGame(), profileIndex(row, column), p); }

    // ------------------------------------------------------------------ cursor

    /** Moves the cursor (clamped to the grid); with {@code extend} the selection anchor stays. */
    public void moveCursor(int row, int column, boolean extend) {
        cursor.move(row, column, extend);
    }

    /** Tab: next payoff in the cell, then the next cell to the right, then the next row. */
    public void nextEntry(boolean backwards) {
        cursor.nextEntry(backwards);
    }

    /** Players whose payoffs are typed (in zero-sum mode only player 1's). */
    public int editablePlayers() { return zeroSum.get() ? 1 : players(); }

    /** Selected rectangle {@code {r0, c0, r1, c1}} (inclusive). */
    public int[] selection() { return cursor.selection(); }

    // ------------------------------------------------------------------ editing payoffs

    /**
     * Commits what the user typed into a cell: one number sets the payoff of {@code player}, N
     * numbers ("3, 1") every player's ({@link PayoffEdits#commit}).
     *
     * @return true if something changed
     */
    public boolean commit(int row, int column, int player, String text) { return edits.commit(row, column, player, text); }

    /** Sets every payoff in the selection to 0. */
    public boolean clearSelection() { return edits.clearSelection(); }

    /** Pastes text at the cursor ({@link PayoffEdits#paste}); the game grows when the block reaches beyond it. */
    public boolean paste(String text) { return edits.paste(text); }

    /** The selection as text for a spreadsheet ({@link PayoffEdits#copySelection}). */
    public String copySelection() { return edits.copySelection(); }

    /** The whole slice as one matrix per player. */
    public String copyAll() { return edits.copyAll(); }

    // ------------------------------------------------------------------ structure (StructureEdits)

    public boolean addStrategy(int player, int at) { return structure.addStrategy(player, at); }

    public boolean removeStrategy(int player, int s) { return structure.removeStrategy(player, s); }

    public boolean moveStrategy(int player, int s, int to) { return structure.moveStrategy(player, s, to); }

    public boolean addPlayer() { return structure.addPlayer(); }

    public boolean removePlayer(int q) { return structure.removePlayer(q); }

    public boolean renameStrategy(int player, int s, String label) { return structure.renameStrategy(player, s, label); }

    public boolean renamePlayer(int player, String name) { return structure.renamePlayer(player, name); }

    public boolean setTitle(String title) { return structure.setTitle(title); }

    /** Shows strategy {@code s} of player {@code p} (≥ 3rd player) in the grid. */
    public void setSlice(int p, int s) {
        int[] sl = slice.get().clone();
        if (p < 2 || p >= sl.length || s < 0 || s >= getGame().numStrategies(p)) {
            return;
        }
        sl[p] = s;
        slice.set(sl);
        bump();
    }

    /**
     * Replaces the game by a seeded random one ({@link RandomGames}); integer payoffs in
     * {@code [lo, hi]}, zero-sum or symmetric in those modes.
     */
    public boolean randomGame(int rows, int columns, long lo, long hi, long seed) { return modes.randomGame(rows, columns, lo, hi, seed); }

    /**
     * The random game {@link #randomGame} would make (a pure function, so that the app can build
     * large games off the UI thread).
     *
     * @throws IllegalArgumentException for sizes beyond the editor's limits or a bad range
     */
    public static NormalFormGame randomFor(int rows, int columns, long lo, long hi, long seed, boolean zeroSum,
            boolean symmetric) {
        return GameConstraints.random(rows, columns, lo, hi, seed, zeroSum, symmetric);
    }

    /** Replaces the whole game (undoable), for example by a catalog game or a generator. */
    public boolean replaceGame(NormalFormGame g, String label) {
        try {
            GameEdits.checkSize(g.shape());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        modes.dropBroken(g);
        return apply(new EditorState(g, Map.of()), label);
    }

    // ------------------------------------------------------------------ parameters (ParameterEdits)

    /** Adds a parameter (undoable); refused with a message for a bad or duplicate name or range. */
    public boolean addParameter(String name, Rational value, Rational min, Rational max) {
        return parameterEdits.add(name, value, min, max);
    }

    /** Renames a parameter in every expression (undoable). */
    public boolean renameParameter(String from, String to) { return parameterEdits.rename(from, to); }

    /** Removes a parameter no payoff uses (undoable); refused naming the cells that use it. */
    public boolean removeParameter(String name) { return parameterEdits.remove(name); }

    /** Sets a parameter's value (one undo step); refused when a cell cannot be evaluated there. */
    public boolean setParameterValue(String name, Rational value) { return parameterEdits.setValue(name, value); }

    /** Sets a parameter's range (undoable). */
    public boolean setParameterRange(String name, Rational min, Rational max) { return parameterEdits.setRange(name, min, max); }

    /** Starts a slider drag: the moves until {@link #endParameterDrag} are one undo step. */
    public void beginParameterDrag(String name) { parameterEdits.beginDrag(name); }

    /** A slider position during a drag: the game at that value, without an undo step. */
    public boolean dragParameter(String name, Rational value) { return parameterEdits.dragTo(name, value); }

    /** Ends a drag, recording one undo step ("move a to 3/2"). */
    public boolean endParameterDrag() { return parameterEdits.endDrag(); }

    /** Opens a parametric game as the editor's state, without history (opening a file). */
    public void resetParametric(org.gtlab.game.ParametricGame pg) {
        reset(new EditorState(pg.game(), Map.of(), EditorParameters.of(pg)));
    }

    // ------------------------------------------------------------------ modes

    // ------------------------------------------------------------------ undo / redo

    /** The current game and invalid entries. */
    public EditorState state() { return new EditorState(getGame(), getInvalid(), getParameters()); }

    public boolean undo() { return history.undo(); }

    public boolean redo() { return history.redo(); }

    /** Makes {@code next} current, recording the present state for undo ({@link EditorHistory}). */
    public boolean apply(EditorState next, String label) { return history.apply(resolve(next), label); }

    /** Replaces the state without history (opening a file, recovering). */
    public void reset(EditorState s) {
        history.reset(resolve(s));
    }

    /** A state with {@code null} parameters gets the editor's, carried over to its game. */
    private EditorState resolve(EditorState s) {
        if (s.params() != null) {
            return s;
        }
        return new EditorState(s.game(), s.invalid(), ParameterEdits.carry(getGame(), getParameters(), s.game()));
    }

    /** Makes {@code s} current without an undo step (a slider drag in progress). */
    void install(EditorState s) {
        setState(resolve(s));
    }

    /** Records one undo step from {@code before} to {@code next} (the end of a drag). */
    boolean record(EditorState before, EditorState next, String label) {
        return history.record(before, resolve(next), label);
    }

    private void setState(EditorState s) {
        NormalFormGame g = s.game();
        parameters.set(s.params() == null ? ParameterEdits.carry(getGame(), getParameters(), g) : s.params());
        game.set(g);
        invalid.set(s.invalid());
        int[] sl = slice.get();
        if (sl.length != g.numPlayers()) {
            int[] ns = new int[g.numPlayers()];
            System.arraycopy(sl, 0, ns, 0, Math.min(sl.length, ns.length));
            sl = ns;
        }
        for (int p = 0; p < sl.length; p++) {
            sl[p] = Math.min(sl[p], g.numStrategies(p) - 1);
        }
        slice.set(sl.clone());
        cursor.clamp();
        modes.dropBroken(g);
        bump();
    }

    private void bump() {
        version.set(version.get() + 1);
    }

    /** Sets the status message (used by the document for notices about the game). */
    public void say(String text) {
        message.set(text == null ? "" : text);
    }

    /** "(Opera, Football)". */
    public String cellName(int row, int column) {
        NormalFormGame g = getGame();
        return "(" + g.strategyLabels(0).get(row) + (g.numPlayers() > 1 ? ", " + g.strategyLabels(1).get(column) : "")
                + ")";
    }

    /**
     * The entries that are not numbers, named: "player 1's payoff at (Opera, Football): "x"", at
     * most {@code max} of them and "… and N more".
     */
    public String invalidCellsText(int max) { return CellCodec.invalidCells(getGame(), getInvalid(), max); }

    /** Number of payoffs currently not numbers. */
    public int invalidCount() { return getInvalid().size(); }

    // ------------------------------------------------------------------ batched writes

    PayoffWriter writer(NormalFormGame base, Map<CellKey, String> invalidBefore) {
        EditorParameters p = base == getGame() ? getParameters() : ParameterEdits.carry(getGame(), getParameters(), base);
        return new PayoffWriter(base, invalidBefore, zeroSum.get(), symmetric.get(), p);
    }

    /** Makes the writer's result current as one undo step; false if nothing changed. */
    boolean commitFrom(PayoffWriter w, EditorState before, String label) {
        EditorState next = w.result(before);
        return next != null && history.record(before, next, label);
    }
}
