package org.gtlab.ui.editor;

import org.gtlab.chart.model.PayoffTable.LineState;

/**
 * What the solve panel adds to the grid: the support of the selected equilibrium (highlighted
 * rows and columns, tinted cells) and strategies eliminated by dominance (greyed).
 */
public interface GridDecorations {

    GridDecorations NONE = new GridDecorations() {
        @Override
        public LineState row(int i) {
            return LineState.NORMAL;
        }

        @Override
        public LineState column(int j) {
            return LineState.NORMAL;
        }

        @Override
        public boolean tinted(int i, int j) {
            return false;
        }
    };

    LineState row(int i);

    LineState column(int j);

    /** The cell is (part of) the selected equilibrium's support in every coordinate. */
    boolean tinted(int i, int j);

    /**
     * True if cell (i, j) of the shown slice is a pure equilibrium found by the last solve (the
     * grid marks it with a corner triangle, whether or not it is the selected one).
     */
    default boolean pureEquilibrium(int i, int j) {
        return false;
    }

    /**
     * A sentence about strategy {@code s} of player {@code p} (0 = rows, 1 = columns) for its
     * header's tooltip, e.g. its expected payoff against the selected equilibrium; null if none.
     */
    default String strategyNote(int p, int s) {
        return null;
    }
}
