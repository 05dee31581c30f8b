package org.gtlab.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");

    private final UndoHistory history = new UndoHistory(HISTORY_ENTRIES);
    private boolean modeGuard;

    private final BestReplies bestReplies = new BestReplies();
    private final StructureEdits structure = new StructureEdits(this);

    public EditorViewModel(NormalFormGame initial) {
        GameEdits.checkSize(initial.shape());
        game.set(initial);
        slice.set(new int[initial.numPlayers()]);
        zeroSum.addListener((o, was, on) -> {
            if (!modeGuard && on) {
                enforceZeroSum();
            }
        });
        symmetric.addListener((o, was, on) -> {
            if (!modeGuard && on) {
                enforceSymmetric();
            }
        });
        decimals.addListener((o, a, b) -> bump());
        bestResponseMarks.addListener((o, a, b) -> bump());
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<NormalFormGame> gameProperty() {
        return game.getReadOnlyProperty();
    }

    public NormalFormGame getGame() {
        return game.get();
    }

    public ReadOnlyObjectProperty<Map<CellKey, String>> invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    public Map<CellKey, String> getInvalid() {
        return invalid.get();
    }

    /** Increases on every visible change (payoffs, marks, display mode). */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public IntegerProperty cursorRowProperty() {
        return cursorRow;
    }

    public IntegerProperty cursorColumnProperty() {
        return cursorColumn;
    }

    public IntegerProperty cursorPlayerProperty() {
        return cursorPlayer;
    }

    public IntegerProperty anchorRowProperty() {
        return anchorRow;
    }

    public IntegerProperty anchorColumnProperty() {
        return anchorColumn;
    }

    /** For each player, the strategy shown for players 3+ (entries 0 and 1 are unused). */
    public ReadOnlyObjectProperty<int[]> sliceProperty() {
        return slice.getReadOnlyProperty();
    }

    public BooleanProperty zeroSumProperty() {
        return zeroSum;
    }

    public BooleanProperty symmetricProperty() {
        return symmetric;
    }

    public BooleanProperty decimalsProperty() {
        return decimals;
    }

    public BooleanProperty bestResponseMarksProperty() {
        return bestResponseMarks;
    }

    /** The last notice for the user (what an edit did, or why it was refused); empty if none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public int rows() {
        return getGame().numStrategies(0);
    }

    public int columns() {
        return getGame().isTwoPlayer() || getGame().numPlayers() > 2 ? getGame().numStrategies(1) : 1;
    }

    public int players() {
        return getGame().numPlayers();
    }

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
    public int profileIndex(int row, int column) {
        return getGame().profileIndex(profile(row, column));
    }

    /** Text shown for player p's payoff in a cell: the typed text if invalid, else the number. */
    public String text(int row, int column, int p) {
        int k = profileIndex(row, column);
        String bad = getInvalid().get(new CellKey(p, k));
        if (bad != null) {
            return bad;
        }
        return Numbers.format(getGame().payoffAt(p, k), decimals.get());
    }

    /** The tooltip of an invalid entry, or null. */
    public String invalidReason(int row, int column, int p) {
        String bad = getInvalid().get(new CellKey(p, profileIndex(row, column)));
        if (bad == null) {
            return null;
        }
        return "\"" + bad + "\" is not a number (use an integer, a decimal like 0.25 or a fraction like 1/3); "
                + "the game still uses " + Numbers.exact(getGame().payoffAt(p, profileIndex(row, column)));
    }

    /**
     * True if player p's payoff at the cell is a best reply: no other strategy of p earns more
     * against the other players' strategies in that profile (exact comparison).
     */
    public boolean isBestReply(int row, int column, int p) {
        return bestReplies.isBestReply(getGame(), profileIndex(row, column), p);
    }

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
    public int editablePlayers() {
        return zeroSum.get() ? 1 : players();
    }

    /** Selected rectangle {@code {r0, c0, r1, c1}} (inclusive). */
    public int[] selection() {
        return cursor.selection();
    }

    // ------------------------------------------------------------------ editing payoffs

    /**
     * Commits what the user typed into a cell. One number sets the payoff under the cursor
     * ({@code player}); N numbers ("3, 1") set every player's payoff. Texts that are not numbers
     * are kept and marked; the game keeps its previous value there.
     *
     * @return true if something changed
     */
    public boolean commit(int row, int column, int player, String text) {
        List<String> parts = PasteParser.splitTuple(text == null ? "" : text);
        int n = players();
        Map<Integer, String> byPlayer = new HashMap<>();
        boolean tuple = parts.size() == n && n > 1 && (text.contains(",") || text.contains(";")
                || parts.stream().allMatch(x -> PasteParser.tryParse(x) != null));
        if (parts.size() <= 1) {
            byPlayer.put(player, parts.isEmpty() ? "0" : text.strip());
        } else if (tuple) {
            for (int p = 0; p < n; p++) {
                byPlayer.put(p, parts.get(p));
            }
        } else {
            byPlayer.put(player, text.strip());
        }
        PayoffWriter w = writer(getGame(), getInvalid());
        int k = profileIndex(row, column);
        for (Map.Entry<Integer, String> e : byPlayer.entrySet()) {
            w.set(e.getKey(), k, e.getValue());
        }
        String label = "edit " + cellName(row, column);
        boolean changed = commitFrom(w, state(), label);
        if (changed) {
            int bad = w.newInvalid();
            message.set(bad > 0 ? bad + " entr" + (bad == 1 ? "y is" : "ies are")
                    + " not a number and marked in red; the game keeps the previous value" : "");
        }
        return changed;
    }

    /** Sets every payoff in the selection to 0. */
    public boolean clearSelection() {
        int[] sel = selection();
        PayoffWriter w = writer(getGame(), getInvalid());
        for (int r = sel[0]; r <= sel[2]; r++) {
            for (int c = sel[1]; c <= sel[3]; c++) {
                int k = profileIndex(r, c);
                for (int p = 0; p < players(); p++) {
                    w.set(p, k, "0");
                }
            }
        }
        return commitFrom(w, state(), "clear " + ((sel[2] - sel[0] + 1) * (sel[3] - sel[1] + 1)) + " cells");
    }

    /**
     * Pastes text at the cursor (see {@link PasteParser} for the layouts). The game grows when the
     * block reaches beyond it. A single matrix goes to the player under the cursor.
     */
    public boolean paste(String text) {
        PasteParser.Block b;
        try {
            b = PasteParser.parse(text, players());
        } catch (IllegalArgumentException e) {
            message.set("Nothing pasted: " + e.getMessage());
            return false;
        }
        if (b.players() != 1 && b.players() != players()) {
            message.set("Nothing pasted: the text has " + b.players() + " payoffs per cell, the game has " + players()
                    + " players");
            return false;
        }
        int r0 = cursorRow.get();
        int c0 = cursorColumn.get();
        EditorState before = state();
        NormalFormGame g = getGame();
        if (r0 + b.rows() > rows() || c0 + b.columns() > columns()) {
            try {
                GameEdits.Result res = GameEdits.growTo(g, r0 + b.rows(), c0 + b.columns());
                g = res.game();
            } catch (IllegalArgumentException e) {
                message.set("Nothing pasted: " + e.getMessage());
                return false;
            }
        }
        g = CellCodec.withPastedLabels(g, b, r0, c0);
        PayoffWriter w = writer(g, before.invalid());
        int target = cursorPlayer.get();
        for (int i = 0; i < b.rows(); i++) {
            for (int j = 0; j < b.columns(); j++) {
                int k = g.profileIndex(CellCodec.profileIn(g, slice.get(), r0 + i, c0 + j));
                for (int q = 0; q < b.players(); q++) {
                    int p = b.players() == 1 ? target : q;
                    if (zeroSum.get() && p == 1 && b.players() > 1) {
                        continue;
                    }
                    w.set(p, k, b.texts()[q][i][j]);
                }
            }
        }
        boolean changed = commitFrom(w, before, "paste " + b.rows() + "×" + b.columns());
        int bad = b.invalidCount();
        message.set("Pasted " + b.rows() + "×" + b.columns() + (b.players() > 1 ? " (" + b.players() + " players)" : "")
                + (bad > 0 ? "; " + bad + " entries are not numbers and are marked in red" : ""));
        return changed;
    }

    /**
     * The selection as text for a spreadsheet: a single cell as "a, b"; a block as one
     * tab-separated matrix per player, separated by a blank line (numbers exact or decimal as
     * shown; invalid entries as typed).
     */
    public String copySelection() {
        int[] sel = selection();
        if (sel[0] == sel[2] && sel[1] == sel[3]) {
            return CellCodec.cell(this::text, sel[0], sel[1], players());
        }
        return CellCodec.block(this::text, sel[0], sel[1], sel[2], sel[3], players());
    }

    /** The whole slice as one matrix per player (see {@link #copySelection()}). */
    public String copyAll() {
        return CellCodec.block(this::text, 0, 0, rows() - 1, columns() - 1, players());
    }

    // ------------------------------------------------------------------ structure (StructureEdits)

    public boolean addStrategy(int player, int at) {
        return structure.addStrategy(player, at);
    }

    public boolean removeStrategy(int player, int s) {
        return structure.removeStrategy(player, s);
    }

    public boolean moveStrategy(int player, int s, int to) {
        return structure.moveStrategy(player, s, to);
    }

    public boolean addPlayer() {
        return structure.addPlayer();
    }

    public boolean removePlayer(int q) {
        return structure.removePlayer(q);
    }

    public boolean renameStrategy(int player, int s, String label) {
        return structure.renameStrategy(player, s, label);
    }

    public boolean renamePlayer(int player, String name) {
        return structure.renamePlayer(player, name);
    }

    public boolean setTitle(String title) {
        return structure.setTitle(title);
    }

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
     * {@code [lo, hi]}. In zero-sum mode the game is zero-sum, in symmetric mode symmetric.
     */
    public boolean randomGame(int rows, int columns, long lo, long hi, long seed) {
        try {
            return replaceGame(randomFor(rows, columns, lo, hi, seed, zeroSum.get(), symmetric.get()),
                    "random game (seed " + seed + ")");
        } catch (IllegalArgumentException e) {
            message.set("No game generated: " + e.getMessage());
            return false;
        }
    }

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
        modeGuard = true;
        try {
            if (zeroSum.get() && !(g.isTwoPlayer() && g.isZeroSum())) {
                zeroSum.set(false);
            }
            if (symmetric.get() && !g.isSymmetric()) {
                symmetric.set(false);
            }
        } finally {
            modeGuard = false;
        }
        return apply(new EditorState(g, Map.of()), label);
    }

    // ------------------------------------------------------------------ modes

    private void enforceZeroSum() {
        NormalFormGame g = getGame();
        if (GameConstraints.zeroSumRefusal(g) != null) {
            modeGuard = true;
            zeroSum.set(false);
            modeGuard = false;
            message.set(GameConstraints.zeroSumRefusal(g));
            return;
        }
        if (symmetric.get()) {
            modeGuard = true;
            symmetric.set(false);
            modeGuard = false;
        }
        cursorPlayer.set(0);
        if (!g.isZeroSum()) {
            apply(new EditorState(GameConstraints.zeroSum(g), GameConstraints.dropPlayer(getInvalid(), 1)),
                    "make zero-sum");
            message.set("Zero-sum mode: player 2's payoffs are now minus player 1's");
        }
    }

    private void enforceSymmetric() {
        NormalFormGame g = getGame();
        if (GameConstraints.symmetricRefusal(g) != null) {
            modeGuard = true;
            symmetric.set(false);
            modeGuard = false;
            message.set(GameConstraints.symmetricRefusal(g));
            return;
        }
        if (zeroSum.get()) {
            modeGuard = true;
            zeroSum.set(false);
            modeGuard = false;
        }
        if (!g.isSymmetric()) {
            apply(new EditorState(GameConstraints.symmetric(g), GameConstraints.dropPlayer(getInvalid(), 1)),
                    "make symmetric");
            message.set("Symmetric mode: player 2's payoffs are now player 1's, transposed");
        }
    }

    // ------------------------------------------------------------------ undo / redo

    /** The current game and invalid entries. */
    public EditorState state() {
        return new EditorState(getGame(), getInvalid());
    }

    public boolean undo() {
        UndoHistory.Step s = history.undo(state());
        if (s == null) {
            return false;
        }
        setState(s.before());
        message.set("Undid " + s.label());
        updateHistory();
        return true;
    }

    public boolean redo() {
        UndoHistory.Step s = history.redo(state());
        if (s == null) {
            return false;
        }
        setState(s.before());
        message.set("Redid " + s.label());
        updateHistory();
        return true;
    }

    /** Makes {@code next} current, recording the present state for undo. */
    public boolean apply(EditorState next, String label) {
        EditorState cur = state();
        if (cur.game().equals(next.game()) && cur.invalid().equals(next.invalid())) {
            return false;
        }
        history.record(cur, label);
        setState(next);
        updateHistory();
        return true;
    }

    /** Replaces the state without history (opening a file, recovering). */
    public void reset(EditorState s) {
        history.clear();
        setState(s);
        updateHistory();
    }

    private void setState(EditorState s) {
        NormalFormGame g = s.game();
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
        modeGuard = true;
        try {
            if (zeroSum.get() && !(g.isTwoPlayer() && g.isZeroSum())) {
                zeroSum.set(false);
            }
            if (symmetric.get() && !g.isSymmetric()) {
                symmetric.set(false);
            }
        } finally {
            modeGuard = false;
        }
        bump();
    }

    private void updateHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel());
        redoLabel.set(history.redoLabel());
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
    public String invalidCellsText(int max) {
        return CellCodec.invalidCells(getGame(), getInvalid(), max);
    }

    /** Number of payoffs currently not numbers. */
    public int invalidCount() {
        return getInvalid().size();
    }

    // ------------------------------------------------------------------ batched writes

    private PayoffWriter writer(NormalFormGame base, Map<CellKey, String> invalidBefore) {
        return new PayoffWriter(base, invalidBefore, zeroSum.get(), symmetric.get());
    }

    /** Makes the writer's result current as one undo step; false if nothing changed. */
    private boolean commitFrom(PayoffWriter w, EditorState before, String label) {
        EditorState next = w.result(before);
        if (next == null) {
            return false;
        }
        history.record(before, label);
        setState(next);
        updateHistory();
        return true;
    }
}
