package org.gtlab.ui.app;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.ui.workspace.LabRoom;

/**
 * The labs of the desktop app, in menu order: one registration line per lab (the lab's
 * {@link LabRoom} lives in its own {@code ui.<lab>} package). The composition root passes this list
 * to the shell; tests may pass others.
 */
public final class StandardLabs {

    private StandardLabs() {
    }

    /** Every lab of the app. */
    public static List<LabRoom> all() {
        List<LabRoom> labs = new ArrayList<>();
        // one line per lab: labs.add(new org.gtlab.ui.<lab>.<Lab>Room());
        labs.add(new org.gtlab.ui.reservoir.ReservoirLab());
        labs.add(new org.gtlab.ui.repeated.RepeatedGamesLab());
        labs.add(new org.gtlab.ui.coopetition.CoopetitionLab());
        labs.add(new org.gtlab.ui.selfplay.SelfPlayLab());
        labs.add(new org.gtlab.ui.qre.QreLab());
        labs.add(new org.gtlab.ui.sweep.PhaseDiagramLab());
        return List.copyOf(labs);
    }
}
