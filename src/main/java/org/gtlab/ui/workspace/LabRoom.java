package org.gtlab.ui.workspace;

import javafx.scene.Node;

/**
 * A lab of the app (coopetition, repeated games, self-play, reservoir agents, …) as the shell sees
 * it: a name for the "Lab ▸ Open lab" menu and a factory for the tab content. This is the one place
 * a lab plugs into the desktop app — the lab's view models run their work through
 * {@link LabContext#runs()} (the app's one run executor) and list their runs with the shared
 * {@link RunList}/{@link RunRow} component; the view returned by {@link #open} may implement
 * {@link TabDescription} so that the window title, status bar and inspector describe it while it is
 * the active tab, and may implement {@link AutoCloseable} to cancel its runs when its tab is closed.
 * Registration: one line in {@code org.gtlab.ui.app.StandardLabs}.
 */
public interface LabRoom {

    /** A stable identifier, lower-case with dashes ("coopetition"); used in menu-item ids. */
    String id();

    /** The menu and tab title ("Coopetition"). */
    String title();

    /** One line for the menu item's tooltip: what the lab does. */
    String description();

    /**
     * Builds a new view of this lab; called on the FX thread each time the user opens the lab.
     * Nothing long may run here: long work goes to the context's executors.
     */
    Node open(LabContext context);

    /**
     * The document kind this lab owns, as the {@code "format"} value of its JSON files
     * ({@code "gtlab-repeated-game"}), or null if the lab has no documents. The shell's File ▸ Open,
     * recent files and drag-and-drop route such a file to this lab (a new tab of it) instead of the
     * matrix editor, and File ▸ New offers {@link #newDocumentLabel()}.
     */
    default String documentFormat() {
        return null;
    }

    /** The File ▸ New item for this lab's documents ("New repeated game"), or null for none. */
    default String newDocumentLabel() {
        return null;
    }

    /** Starts a new document in a view this room opened. */
    default void newDocument(Node view) {
        throw new UnsupportedOperationException(id() + " has no documents");
    }

    /**
     * Opens a document file in a view this room opened.
     *
     * @throws java.io.IOException if it cannot be read; a malformed file's message names
     *                             file:line:column
     */
    default void openDocument(Node view, java.nio.file.Path file) throws java.io.IOException {
        throw new UnsupportedOperationException(id() + " has no documents");
    }
}
