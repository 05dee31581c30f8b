package org.gtlab.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;
import org.gtlab.io.NfgWriter;
import org.gtlab.solve.NashSolver;
import org.gtlab.ui.common.BackgroundExecutor;
import org.gtlab.ui.editor.EditorState;
import org.gtlab.ui.editor.EditorViewModel;
import org.gtlab.ui.solve.SolveViewModel;

/**
 * One open document: a game with its editor, its solve panel, its file and whether it has
 * unsaved changes. Views of the document (matrix, diagrams, inspector) all read this one model.
 */
public final class DocumentViewModel {

    /** File formats offered by Save As. */
    public enum Format {
        NFG_OUTCOME("Gambit .nfg (outcome version)", ".nfg"),
        NFG_PAYOFF("Gambit .nfg (payoff version)", ".nfg"),
        JSON("GT Lab game (.json)", ".json");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        public String label() {
            return label;
        }

        public String extension() {
            return extension;
        }

        /** The format for a file name's extension. */
        public static Format of(Path p) {
            String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return n.endsWith(".json") ? JSON : NFG_OUTCOME;
        }
    }

    private final String id;
    private final EditorViewModel editor;
    private final SolveViewModel solve;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyObjectWrapper<NormalFormGame> savedGame = new ReadOnlyObjectWrapper<>(this, "savedGame");
    /** The parameters as last saved or opened (a parameter edit alone makes the document dirty too). */
    private final ObjectProperty<org.gtlab.ui.editor.EditorParameters> savedParams = new SimpleObjectProperty<>(this,
            "savedParams", org.gtlab.ui.editor.EditorParameters.NONE);
    private final BooleanBinding dirty;
    private final StringBinding title;
    private final String untitledName;
    private String source;
    private final NormalFormGame original;

    public DocumentViewModel(NormalFormGame game, Path file, BackgroundExecutor executor, List<NashSolver> solvers,
            String untitledName) {
        this(UUID.randomUUID().toString(), game, file, executor, solvers, untitledName);
    }

    public DocumentViewModel(String id, NormalFormGame game, Path file, BackgroundExecutor executor,
            List<NashSolver> solvers, String untitledName) {
        this.id = id;
        this.untitledName = untitledName;
        this.original = game;
        this.editor = new EditorViewModel(game);
        this.solve = new SolveViewModel(executor, editor::getGame, solvers);
        this.file.set(file);
        this.savedGame.set(game);
        this.dirty = Bindings.createBooleanBinding(
                () -> editor.getGame() != savedGame.get() || !editor.getInvalid().isEmpty()
                        || !editor.getParameters().equals(savedParams.get()), editor.gameProperty(),
                editor.invalidProperty(), savedGame, editor.parametersProperty(), savedParams);
        this.title = Bindings.createStringBinding(this::computeTitle, this.file, editor.gameProperty(), dirty);
        editor.gameProperty().addListener((o, a, b) -> solve.gameChanged());
    }

    private String computeTitle() {
        String base;
        if (file.get() != null) {
            base = file.get().getFileName().toString();
        } else if (!editor.getGame().title().isBlank()) {
            base = editor.getGame().title();
        } else {
            base = untitledName;
        }
        return (dirty.get() ? "• " : "") + base;
    }

    /** A game file read for opening: the game, and for a .json file with "parameters" its parametric game (else null). */
    public record Loaded(NormalFormGame game, org.gtlab.game.ParametricGame parametric) {

        /** Reads {@code file} (off the UI thread). */
        public static Loaded read(Path file) throws IOException {
            return new Loaded(GameFiles.load(file), GameFiles.loadParametric(file));
        }
    }

    /** Makes a just-opened document's game the parametric game of its file (null: nothing to do). */
    public void useParameters(org.gtlab.game.ParametricGame pg) {
        if (pg == null) {
            return;
        }
        editor.resetParametric(pg);
        savedGame.set(editor.getGame());
        savedParams.set(editor.getParameters());
    }

    /** The game as it was opened (its description belongs to these payoffs). */
    public NormalFormGame originalGame() {
        return original;
    }

    /** True once the payoffs differ from the game as opened (its description may no longer fit). */
    public boolean isEdited() {
        NormalFormGame g = editor.getGame();
        return g != original && !(g.numPlayers() == original.numPlayers()
                && java.util.Arrays.equals(g.shape(), original.shape()) && g.samePayoffs(original));
    }

    /**
     * The game with a description that is true: once the payoffs are edited, the description
     * (the catalog's or the file's comment) is kept only as "Original game: …", so that it never
     * reaches exports and recipes as if it described the edited game.
     */
    public NormalFormGame describedGame() {
        NormalFormGame g = editor.getGame();
        if (!isEdited() || g.comment().isBlank() || g.comment().startsWith(ORIGINAL_PREFIX)) {
            return g;
        }
        return g.withComment(g.comment().equals(original.comment()) ? ORIGINAL_PREFIX + g.comment() : g.comment());
    }

    /** Prefix of a description that belongs to the game before it was edited. */
    public static final String ORIGINAL_PREFIX = "Original game (before edits): ";

    /** The catalog name this document was opened from, or null. */
    public String source() {
        return source;
    }

    void setSource(String catalogName) {
        this.source = catalogName;
    }

    public String id() {
        return id;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public SolveViewModel solve() {
        return solve;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path getFile() {
        return file.get();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public ReadOnlyObjectProperty<NormalFormGame> savedGameProperty() {
        return savedGame.getReadOnlyProperty();
    }

    /** The current game. */
    public NormalFormGame game() {
        return editor.getGame();
    }

    /**
     * Writes the game to {@code target} atomically in {@code format}. Refused while entries are
     * not numbers, so that the file never silently differs from what the grid shows.
     *
     * @throws IllegalStateException if entries are invalid
     * @throws IOException           if the file cannot be written
     */
    public void saveTo(Path target, Format format) throws IOException {
        int bad = editor.invalidCount();
        if (bad > 0) {
            throw new IllegalStateException("Not saved: " + bad + " entr" + (bad == 1 ? "y is" : "ies are")
                    + " not a number (marked in red): " + editor.invalidCellsText(8)
                    + ". Fix or undo them first; your edits are kept in the autosave.");
        }
        NormalFormGame g = editor.getGame();
        switch (format) {
            case NFG_OUTCOME -> GameFiles.saveNfg(target, g, NfgWriter.Form.OUTCOME);
            case NFG_PAYOFF -> GameFiles.saveNfg(target, g, NfgWriter.Form.PAYOFF);
            case JSON -> {
                if (editor.getParameters().isEmpty()) {
                    GameFiles.save(target, g);
                } else { // parameters, ranges and expressions kept; .nfg above gets the numbers at the current values
                    GameFiles.writeAtomically(target, org.gtlab.io.JsonGameFormat.toJson(editor.parametricGame()));
                }
            }
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
        markSaved(target, g);
    }

    /** Records that {@code g} is now what {@code target} holds. */
    public void markSaved(Path target, NormalFormGame g) {
        file.set(target);
        savedGame.set(g);
        savedParams.set(editor.getParameters());
    }

    /** Restores a recovered state (undoable? no: it becomes the starting point, marked unsaved). */
    public void restore(EditorState state, boolean zeroSum, boolean symmetric) {
        editor.reset(state);
        editor.zeroSumProperty().set(zeroSum);
        editor.symmetricProperty().set(symmetric);
    }
}
