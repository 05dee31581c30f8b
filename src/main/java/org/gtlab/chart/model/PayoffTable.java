package org.gtlab.chart.model;

import java.util.List;

/**
 * A payoff table as drawn: rows are the row player's strategies, columns the column player's,
 * each cell holds one text per player ("3", "1") shown as "3, 1", each in its player's colour.
 * Cells may carry best-response marks (underlined), rows and columns may be highlighted (the
 * support of a selected equilibrium) or greyed (eliminated by dominance).
 *
 * <p>The interface is read lazily so that the on-screen editor can show a 500×500 game by
 * drawing only the visible cells; {@link TableSnapshot} is the immutable implementation used for
 * exports.
 */
public non-sealed interface PayoffTable extends Chart {

    /** How a row or column is drawn. */
    enum LineState { NORMAL, HIGHLIGHTED, GREYED }

    /**
     * One cell.
     *
     * @param texts   one text per player (exact fraction or decimal, or what the user typed)
     * @param marks   {@code marks[p]}: player p's payoff here is a best reply (underlined); may be empty
     * @param invalid {@code invalid[p]}: player p's text is not a number (drawn in the error colour)
     * @param tinted  the cell is a pure equilibrium or otherwise emphasised (stronger tint)
     */
    record Cell(List<String> texts, boolean[] marks, boolean[] invalid, boolean tinted) {

        public Cell {
            texts = List.copyOf(texts);
            marks = marks == null ? new boolean[texts.size()] : marks.clone();
            invalid = invalid == null ? new boolean[texts.size()] : invalid.clone();
        }

        public static Cell of(String... texts) {
            return new Cell(List.of(texts), null, null, false);
        }

        public boolean mark(int p) {
            return p < marks.length && marks[p];
        }

        public boolean invalid(int p) {
            return p < invalid.length && invalid[p];
        }

        @Override
        public boolean[] marks() {
            return marks.clone();
        }

        @Override
        public boolean[] invalid() {
            return invalid.clone();
        }
    }

    /** Number of players whose payoffs each cell shows (≥ 1). */
    int players();

    /** Name of the row player (drawn in the corner, in player 1's colour). */
    String rowPlayer();

    /** Name of the column player (player 2's colour). */
    String columnPlayer();

    int rows();

    int columns();

    String rowLabel(int i);

    String columnLabel(int j);

    Cell cell(int i, int j);

    /** Just the texts of a cell (what layout measures); implementations may make this cheaper. */
    default List<String> texts(int i, int j) {
        return cell(i, j).texts();
    }

    LineState rowState(int i);

    LineState columnState(int j);

    /** Index of the player whose colour a cell text {@code p} uses (normally p itself). */
    default int colourOf(int p) {
        return p;
    }
}
