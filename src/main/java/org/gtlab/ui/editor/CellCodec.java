package org.gtlab.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.gtlab.game.NormalFormGame;

/**
 * Between grid cells and text: the clipboard layout of a block of cells (one tab-separated
 * matrix per player, a blank line between players; a single cell as "a, b"), the strategy labels
 * a pasted block brings with it, and the names of cells for messages ("player 1's payoff at
 * (Opera, Football)"). Pure functions; {@link PasteParser} reads the other direction.
 */
final class CellCodec {

    /** The text shown for player p's payoff in grid cell (row, column). */
    @FunctionalInterface
    interface CellText {
        String text(int row, int column, int p);
    }

    private CellCodec() {
    }

    /** One cell as "a, b". */
    static String cell(CellText t, int row, int column, int players) {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < players; p++) {
            parts.add(t.text(row, column, p));
        }
        return String.join(", ", parts);
    }

    /** Rows r0..r1 and columns c0..c1 as one tab-separated matrix per player. */
    static String block(CellText t, int r0, int c0, int r1, int c1, int players) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < players; p++) {
            if (p > 0) {
                b.append('\n');
            }
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    b.append(c > c0 ? "\t" : "").append(t.text(r, c, p));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** {@code g} with the row and column labels of a pasted block placed at (r0, c0). */
    static NormalFormGame withPastedLabels(NormalFormGame g, PasteParser.Block b, int r0, int c0) {
        List<List<String>> labels = new ArrayList<>();
        for (List<String> l : g.strategyLabels()) {
            labels.add(new ArrayList<>(l));
        }
        for (int i = 0; i < b.rowLabels().size(); i++) {
            labels.get(0).set(r0 + i, b.rowLabels().get(i));
        }
        for (int j = 0; j < b.columnLabels().size(); j++) {
            labels.get(1).set(c0 + j, b.columnLabels().get(j));
        }
        return labels.equals(g.strategyLabels()) ? g : g.withStrategyLabels(labels);
    }

    /** The pure profile of grid cell (row, column) of {@code g} with players 3+ fixed by {@code slice}. */
    static int[] profileIn(NormalFormGame g, int[] slice, int row, int column) {
        int[] s = new int[g.numPlayers()];
        for (int p = 2; p < s.length; p++) {
            s[p] = p < slice.length ? slice[p] : 0;
        }
        s[0] = row;
        if (s.length > 1) {
            s[1] = column;
        }
        return s;
    }

    /**
     * The invalid entries named, in profile order: "Player 1's payoff at (Opera, Football): "x"",
     * at most {@code max} of them, then "… and N more".
     */
    static String invalidCells(NormalFormGame g, Map<CellKey, String> invalid, int max) {
        List<Map.Entry<CellKey, String>> entries = new ArrayList<>(invalid.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<CellKey, String> e) -> e.getKey().profile())
                .thenComparingInt(e -> e.getKey().player()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<CellKey, String> e : entries) {
            if (parts.size() == max) {
                parts.add("… and " + (entries.size() - max) + " more");
                break;
            }
            int[] prof = g.profile(e.getKey().profile());
            List<String> names = new ArrayList<>();
            for (int p = 0; p < prof.length; p++) {
                names.add(g.strategyLabels(p).get(prof[p]));
            }
            parts.add(g.playerName(e.getKey().player()) + "'s payoff at (" + String.join(", ", names) + "): \""
                    + e.getValue() + "\"");
        }
        return String.join("; ", parts);
    }
}
