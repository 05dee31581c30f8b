package org.gtlab.ui.qre;

import javafx.scene.Node;

import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.LabRoom;

/**
 * The QRE lab as a {@link LabRoom}: the logit QRE correspondence and the correlated equilibria of
 * the active game (issue 15), in a {@link QreLabView}.
 */
public final class QreLab implements LabRoom {

    @Override
    public String id() {
        return "qre";
    }

    @Override
    public String title() {
        return "QRE & CE"; // the tab title; the menu item's tooltip (description) spells it out
    }

    @Override
    public String description() {
        return "Logit QRE branch against log λ with its limit equilibrium; max-welfare and max-entropy "
                + "correlated equilibria of the active game";
    }

    @Override
    public Node open(LabContext context) {
        return new QreLabView(context);
    }
}
