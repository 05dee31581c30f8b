package org.gtlab.ui.editor;

import java.util.Map;
import java.util.Objects;

import org.gtlab.game.NormalFormGame;

/**
 * What undo/redo restores: the game and the texts of entries that are not numbers (kept as typed,
 * shown in red; the game keeps the last valid number there). Immutable.
 */
public record EditorState(NormalFormGame game, Map<CellKey, String> invalid) {

    public EditorState {
        Objects.requireNonNull(game, "game");
        invalid = Map.copyOf(invalid);
    }

    /** Rough memory cost in payoff entries (for bounding the undo history). */
    long weight() {
        return (long) game.numProfiles() * game.numPlayers() + invalid.size();
    }
}
