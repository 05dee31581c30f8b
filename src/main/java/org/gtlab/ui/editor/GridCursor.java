package org.gtlab.ui.editor;

import java.util.function.IntSupplier;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The grid's cursor and selection: the cursor cell (row, column), the payoff under it (player),
 * and the selection anchor; the selection is the rectangle between anchor and cursor. Everything
 * is clamped to the grid's current size, which the suppliers give (rows, columns, and the players
 * whose payoffs are typed).
 */
final class GridCursor {

    final IntegerProperty row = new SimpleIntegerProperty(this, "cursorRow");
    final IntegerProperty column = new SimpleIntegerProperty(this, "cursorColumn");
    final IntegerProperty player = new SimpleIntegerProperty(this, "cursorPlayer");
    final IntegerProperty anchorRow = new SimpleIntegerProperty(this, "anchorRow");
    final IntegerProperty anchorColumn = new SimpleIntegerProperty(this, "anchorColumn");
    private final IntSupplier rows;
    private final IntSupplier columns;
    private final IntSupplier editablePlayers;

    GridCursor(IntSupplier rows, IntSupplier columns, IntSupplier editablePlayers) {
        this.rows = rows;
        this.columns = columns;
        this.editablePlayers = editablePlayers;
    }

    /** Moves the cursor (clamped to the grid); with {@code extend} the selection anchor stays. */
    void move(int r, int c, boolean extend) {
        int rr = Math.max(0, Math.min(rows.getAsInt() - 1, r));
        int cc = Math.max(0, Math.min(columns.getAsInt() - 1, c));
        row.set(rr);
        column.set(cc);
        if (!extend) {
            anchorRow.set(rr);
            anchorColumn.set(cc);
        }
    }

    /** Tab: next payoff in the cell, then the next cell to the right, then the next row (backwards for Shift+Tab). */
    void nextEntry(boolean backwards) {
        int p = player.get();
        int r = row.get();
        int c = column.get();
        int n = editablePlayers.getAsInt();
        int nr = rows.getAsInt();
        int nc = columns.getAsInt();
        if (!backwards) {
            if (p + 1 < n) {
                player.set(p + 1);
                return;
            }
            player.set(0);
            if (c + 1 < nc) {
                move(r, c + 1, false);
            } else {
                move(r + 1 < nr ? r + 1 : 0, 0, false);
            }
        } else {
            if (p > 0) {
                player.set(p - 1);
                return;
            }
            player.set(n - 1);
            if (c > 0) {
                move(r, c - 1, false);
            } else {
                move(r > 0 ? r - 1 : nr - 1, nc - 1, false);
            }
        }
    }

    /** Selected rectangle {@code {r0, c0, r1, c1}} (inclusive). */
    int[] selection() {
        int nr = rows.getAsInt();
        int nc = columns.getAsInt();
        int r0 = Math.min(anchorRow.get(), row.get());
        int r1 = Math.max(anchorRow.get(), row.get());
        int c0 = Math.min(anchorColumn.get(), column.get());
        int c1 = Math.max(anchorColumn.get(), column.get());
        return new int[] {Math.min(r0, nr - 1), Math.min(c0, nc - 1), Math.min(r1, nr - 1), Math.min(c1, nc - 1)};
    }

    /** After the grid changed size: keeps cursor, anchor and player inside it. */
    void clamp() {
        int nr = rows.getAsInt();
        int nc = columns.getAsInt();
        row.set(Math.min(row.get(), nr - 1));
        column.set(Math.min(column.get(), nc - 1));
        anchorRow.set(Math.min(anchorRow.get(), nr - 1));
        anchorColumn.set(Math.min(anchorColumn.get(), nc - 1));
        player.set(Math.min(player.get(), editablePlayers.getAsInt() - 1));
    }
}
