package org.gtlab.ui.workspace;

import javafx.event.Event;
import javafx.event.EventType;

import org.gtlab.game.NormalFormGame;

/**
 * Asks the main window to open a game in a new editor document (fired by a lab's view, e.g. the
 * self-play lab's "Open the 27 × 64 normal form in the editor"; it bubbles up to the window, which
 * handles it). Carries the game and the document's name.
 */
public final class OpenGameEvent extends Event {

    private static final long serialVersionUID = 1L;

    /** The event type. */
    public static final EventType<OpenGameEvent> OPEN_GAME = new EventType<>(Event.ANY, "GTLAB_OPEN_GAME");

    private final transient NormalFormGame game;
    private final String name;

    public OpenGameEvent(NormalFormGame game, String name) {
        super(OPEN_GAME);
        this.game = game;
        this.name = name;
    }

    /** The game to open. */
    public NormalFormGame game() {
        return game;
    }

    /** The document name. */
    public String name() {
        return name;
    }
}
