package org.gtlab.ui.selfplay;

import javafx.scene.Node;

import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.LabRoom;

/**
 * The self-play lab (issue 14, spec self-play-seeds): preference games (SPPO, SPO, optimistic
 * Hedge, extragradient; the von Neumann winner beside Borda, Copeland and Bradley–Terry) and Kuhn
 * poker (REINFORCE with terminal / turn-level / RAE / MARS advantages, NFSP, XFP).
 */
public final class SelfPlayLab implements LabRoom {

    @Override
    public String id() {
        return "self-play";
    }

    @Override
    public String title() {
        return "Self-play";
    }

    @Override
    public String description() {
        return "Preference games (SPPO/SPO, von Neumann winner) and Kuhn poker (REINFORCE with RAE/MARS, NFSP, XFP)";
    }

    @Override
    public Node open(LabContext context) {
        return new SelfPlayView(context);
    }
}
