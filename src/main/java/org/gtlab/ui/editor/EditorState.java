package org.gtlab.ui.editor;

import java.util.Map;
import java.util.Objects;

import org.gtlab.game.NormalFormGame;

/**
 * What undo/redo restores: the game, the texts of entries that are not numbers (kept as typed,
 * shown in red; the game keeps the last valid number there) and the game's parameters with the
 * cells that hold expressions of them ({@link EditorParameters}). Immutable.
 *
 * <p>{@code params} null means "keep the editor's parameters" (the two-argument constructor, for
 * edits that do not touch parameters): the editor then carries each expression over to the new game
 * where its cell still holds the expression's value ({@link EditorViewModel#apply}).
 */
public record EditorState(NormalFormGame game, Map<CellKey, String> invalid, EditorParameters params) {

    public EditorState {
        Objects.requireNonNull(game, "game");
        invalid = Map.copyOf(invalid);
    }

    /** A state whose parameters are those of the editor it is applied to. */
    public EditorState(NormalFormGame game, Map<CellKey, String> invalid) {
        this(game, invalid, null);
    }

    /** Rough memory cost in payoff entries (for bounding the undo history). */
    long weight() {
        return (long) game.numProfiles() * game.numPlayers() + invalid.size()
                + (params == null ? 0 : params.expressions().size() + params.values().size());
    }
}
