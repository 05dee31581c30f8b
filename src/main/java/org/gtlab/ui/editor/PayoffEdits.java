package org.gtlab.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gtlab.game.NormalFormGame;

/**
 * Typing, clearing, pasting and copying payoffs in the editor (issue 9 §5: EditorViewModel split
 * along its responsibilities). Every change goes through one {@link PayoffWriter} and becomes one
 * undo step of the view model's history; refusals are said in the editor's message line.
 */
final class PayoffEdits {

    private final EditorViewModel vm;

    PayoffEdits(EditorViewModel vm) {
        this.vm = vm;
    }

    /**
     * Commits what the user typed into a cell. One number sets the payoff under the cursor
     * ({@code player}); N numbers ("3, 1") set every player's payoff. Texts that are not numbers
     * are kept and marked; the game keeps its previous value there.
     *
     * @return true if something changed
     */
    boolean commit(int row, int column, int player, String text) {
        List<String> parts = PasteParser.splitTuple(text == null ? "" : text);
        int n = vm.players();
        Map<Integer, String> byPlayer = new HashMap<>();
        boolean tuple = parts.size() == n && n > 1 && (text.contains(",") || text.contains(";")
                || parts.stream().allMatch(x -> PasteParser.tryParse(x) != null));
        if (parts.size() <= 1) {
            byPlayer.put(player, parts.isEmpty() ? "0" : text.strip());
        } else if (tuple) {
            for (int p = 0; p < n; p++) {
                byPlayer.put(p, parts.get(p));
            }
        } else {
            byPlayer.put(player, text.strip());
        }
        PayoffWriter w = vm.writer(vm.getGame(), vm.getInvalid());
        int k = vm.profileIndex(row, column);
        for (Map.Entry<Integer, String> e : byPlayer.entrySet()) {
            w.set(e.getKey(), k, e.getValue());
        }
        String label = "edit " + vm.cellName(row, column);
        boolean changed = vm.commitFrom(w, vm.state(), label);
        if (changed) {
            int bad = w.newInvalid();
            vm.say(w.problem() != null ? w.problem() + " (marked in red; the game keeps the previous value)"
                    : bad > 0 ? bad + " entr" + (bad == 1 ? "y is" : "ies are")
                    + " not a number and marked in red; the game keeps the previous value" : "");
        }
        return changed;
    }

    /** Sets every payoff in the selection to 0. */
    boolean clearSelection() {
        int[] sel = vm.selection();
        PayoffWriter w = vm.writer(vm.getGame(), vm.getInvalid());
        for (int r = sel[0]; r <= sel[2]; r++) {
            for (int c = sel[1]; c <= sel[3]; c++) {
                int k = vm.profileIndex(r, c);
                for (int p = 0; p < vm.players(); p++) {
                    w.set(p, k, "0");
                }
            }
        }
        return vm.commitFrom(w, vm.state(), "clear " + ((sel[2] - sel[0] + 1) * (sel[3] - sel[1] + 1)) + " cells");
    }

    /**
     * Pastes text at the cursor (see {@link PasteParser} for the layouts). The game grows when the
     * block reaches beyond it. A single matrix goes to the player under the cursor.
     */
    boolean paste(String text) {
        PasteParser.Block b;
        try {
            b = PasteParser.parse(text, vm.players());
        } catch (IllegalArgumentException e) {
            vm.say("Nothing pasted: " + e.getMessage());
            return false;
        }
        if (b.players() != 1 && b.players() != vm.players()) {
            vm.say("Nothing pasted: the text has " + b.players() + " payoffs per cell, the game has " + vm.players()
                    + " players");
            return false;
        }
        int r0 = vm.cursorRowProperty().get();
        int c0 = vm.cursorColumnProperty().get();
        EditorState before = vm.state();
        NormalFormGame g = vm.getGame();
        if (r0 + b.rows() > vm.rows() || c0 + b.columns() > vm.columns()) {
            try {
                GameEdits.Result res = GameEdits.growTo(g, r0 + b.rows(), c0 + b.columns());
                g = res.game();
            } catch (IllegalArgumentException e) {
                vm.say("Nothing pasted: " + e.getMessage());
                return false;
            }
        }
        g = CellCodec.withPastedLabels(g, b, r0, c0);
        PayoffWriter w = vm.writer(g, before.invalid());
        int target = vm.cursorPlayerProperty().get();
        for (int i = 0; i < b.rows(); i++) {
            for (int j = 0; j < b.columns(); j++) {
                int k = g.profileIndex(CellCodec.profileIn(g, vm.sliceProperty().get(), r0 + i, c0 + j));
                for (int q = 0; q < b.players(); q++) {
                    int p = b.players() == 1 ? target : q;
                    if (vm.zeroSumProperty().get() && p == 1 && b.players() > 1) {
                        continue;
                    }
                    w.set(p, k, b.texts()[q][i][j]);
                }
            }
        }
        boolean changed = vm.commitFrom(w, before, "paste " + b.rows() + "×" + b.columns());
        int bad = b.invalidCount();
        vm.say("Pasted " + b.rows() + "×" + b.columns() + (b.players() > 1 ? " (" + b.players() + " players)" : "")
                + (bad > 0 ? "; " + bad + " entries are not numbers and are marked in red" : ""));
        return changed;
    }

    /**
     * The selection as text for a spreadsheet: a single cell as "a, b"; a block as one
     * tab-separated matrix per player, separated by a blank line (numbers exact or decimal as
     * shown; invalid entries as typed).
     */
    String copySelection() {
        int[] sel = vm.selection();
        if (sel[0] == sel[2] && sel[1] == sel[3]) {
            return CellCodec.cell(vm::text, sel[0], sel[1], vm.players());
        }
        return CellCodec.block(vm::text, sel[0], sel[1], sel[2], sel[3], vm.players());
    }

    /** The whole slice as one matrix per player (see {@link #copySelection()}). */
    String copyAll() {
        return CellCodec.block(vm::text, 0, 0, vm.rows() - 1, vm.columns() - 1, vm.players());
    }
}
