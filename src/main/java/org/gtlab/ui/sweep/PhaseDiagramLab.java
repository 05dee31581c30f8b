package org.gtlab.ui.sweep;

import javafx.scene.Node;

import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.LabRoom;

/**
 * "Lab ▸ Open lab ▸ Phase diagram": the Phase diagram view without a game document. It offers the
 * catalog's game-less map methods (the coopetition maps of spec coopetition.md §8 as {@code coop-map}
 * with their map id, the BRG grid {@code brg-phase}) with their declared axes and metric, and, when a
 * matrix document is active, the sweeps of that game as in the document's own Phase diagram tab.
 * Cells fill in live, cancel, hover and exports are the view's ({@link PhaseDiagramView}).
 */
public final class PhaseDiagramLab implements LabRoom {

    @Override
    public String id() {
        return "phase-diagram";
    }

    @Override
    public String title() {
        return "Phase diagram";
    }

    @Override
    public String description() {
        return "Two-parameter maps without a game: the 13 coopetition maps (17 panels) with their contours, "
                + "the BRG phase grid; or sweeps of the active game";
    }

    @Override
    public Node open(LabContext context) {
        PhaseDiagramViewModel m = new PhaseDiagramViewModel(context.methods(), context.runs().get(),
                context.activeGame().get(), "");
        PhaseDiagramView v = new PhaseDiagramView(m);
        v.setChartStyle(context.chartStyle().getValue());
        context.chartStyle().addListener((o, a, b) -> v.setChartStyle(b));
        return v;
    }
}
