package org.gtlab.ui.coopetition;

import javafx.scene.Node;

import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.LabRoom;

/**
 * The coopetition lab (Pant &amp; Yu's TR-1 interdependence/complementarity, TR-2 trust, TR-3 team
 * loyalty; spec {@code coopetition.md}) as a {@link LabRoom}: opens a {@link CoopetitionLabView}.
 */
public final class CoopetitionLab implements LabRoom {

    @Override
    public String id() {
        return "coopetition";
    }

    @Override
    public String title() {
        return "Coopetition";
    }

    @Override
    public String description() {
        return "Interdependence, complementarity, trust and team loyalty (Pant & Yu): i* editor, equilibria, "
                + "published cases, maps";
    }

    @Override
    public Node open(LabContext context) {
        return new CoopetitionLabView(context);
    }
}
