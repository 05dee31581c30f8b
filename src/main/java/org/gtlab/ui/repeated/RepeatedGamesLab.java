package org.gtlab.ui.repeated;

import javafx.scene.Node;

import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.LabRoom;

/**
 * The repeated-games lab in the app (Lab ▸ Open lab ▸ Repeated games): tournaments of library
 * strategies on the active matrix document's game (or the Prisoner's Dilemma), single matches,
 * playing against a strategy, and Moran processes on tournament payoffs.
 */
public final class RepeatedGamesLab implements LabRoom {

    @Override
    public String id() {
        return "repeated-games";
    }

    @Override
    public String title() {
        return "Repeated games";
    }

    @Override
    public String description() {
        return "Axelrod-style tournaments, matches, play against a strategy and Moran processes on any "
                + "two-player stage game";
    }

    @Override
    public Node open(LabContext context) {
        return new RepeatedLabView(new RepeatedLabViewModel(context));
    }

    @Override
    public String documentFormat() {
        return org.gtlab.io.RepeatedFiles.DOCUMENT_FORMAT;
    }

    @Override
    public String newDocumentLabel() {
        return "New repeated game";
    }

    @Override
    public void newDocument(Node view) {
        ((RepeatedLabView) view).viewModel().newDocument();
    }

    @Override
    public void openDocument(Node view, java.nio.file.Path file) throws java.io.IOException {
        ((RepeatedLabView) view).viewModel().openDocument(file);
    }
}
