package org.gtlab.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gtlab.game.NormalFormGame;

/**
 * The structural edits of the payoff editor — strategies and players added, removed, moved and
 * renamed, the game's title — each one undoable step through {@link EditorViewModel#apply}; the
 * typed-but-invalid entries follow their cells ({@link GameConstraints#remapInvalid}). Refusals
 * (a duplicate strategy name, a size beyond the editor's limits, a third player in zero-sum
 * mode) leave the game unchanged and say why in the editor's message.
 */
final class StructureEdits {

    private final EditorViewModel ed;

    StructureEdits(EditorViewModel ed) {
        this.ed = ed;
    }


    boolean addStrategy(int player, int at) {
        return structural(() -> GameEdits.addStrategy(ed.getGame(), player, at, null),
                "add a strategy for " + ed.getGame().playerName(player));
    }

    boolean removeStrategy(int player, int s) {
        return structural(() -> GameEdits.removeStrategy(ed.getGame(), player, s),
                "remove " + ed.getGame().playerName(player) + "'s strategy " + ed.getGame().strategyLabels(player).get(s));
    }

    boolean moveStrategy(int player, int s, int to) {
        if (to < 0 || to >= ed.getGame().numStrategies(player) || to == s) {
            return false;
        }
        return structural(() -> GameEdits.moveStrategy(ed.getGame(), player, s, to),
                "move " + ed.getGame().strategyLabels(player).get(s));
    }

    boolean addPlayer() {
        if (ed.zeroSumProperty().get() || ed.symmetricProperty().get()) {
            ed.say("Zero-sum and symmetric modes are for two players; switch them off to add a player");
            return false;
        }
        return structural(() -> GameEdits.addPlayer(ed.getGame(), null), "add a player");
    }

    boolean removePlayer(int q) {
        int keep = q < ed.sliceProperty().get().length ? ed.sliceProperty().get()[q] : 0;
        return structural(() -> GameEdits.removePlayer(ed.getGame(), q, keep), "remove " + ed.getGame().playerName(q));
    }

    /** Renames a strategy (labels must be non-empty and unique per player). */
    boolean renameStrategy(int player, int s, String label) {
        String l = label == null ? "" : label.strip();
        if (l.isEmpty()) {
            ed.say("A strategy needs a name");
            return false;
        }
        List<String> own = ed.getGame().strategyLabels(player);
        if (own.get(s).equals(l)) {
            return false;
        }
        if (own.contains(l)) {
            ed.say(ed.getGame().playerName(player) + " already has a strategy called \"" + l + "\"");
            return false;
        }
        List<List<String>> labels = new ArrayList<>();
        for (List<String> x : ed.getGame().strategyLabels()) {
            labels.add(new ArrayList<>(x));
        }
        labels.get(player).set(s, l);
        NormalFormGame g = ed.getGame().withStrategyLabels(labels);
        if (ed.symmetricProperty().get() && player < 2 && labels.get(1 - player).size() > s) {
            labels.get(1 - player).set(s, l);
            g = g.withStrategyLabels(labels);
        }
        return ed.apply(new EditorState(g, ed.getInvalid()), "rename strategy to " + l);
    }

    boolean renamePlayer(int player, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || ed.getGame().playerName(player).equals(n)) {
            return false;
        }
        List<String> names = new ArrayList<>(ed.getGame().playerNames());
        names.set(player, n);
        return ed.apply(new EditorState(ed.getGame().withPlayerNames(names), ed.getInvalid()), "rename player to " + n);
    }

    boolean setTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.equals(ed.getGame().title())) {
            return false;
        }
        return ed.apply(new EditorState(ed.getGame().withTitle(t), ed.getInvalid()), "rename game");
    }

    private interface StructuralEdit {
        GameEdits.Result run();
    }

    private boolean structural(StructuralEdit edit, String label) {
        GameEdits.Result r;
        try {
            r = edit.run();
        } catch (IllegalArgumentException e) {
            ed.say(e.getMessage());
            return false;
        }
        NormalFormGame old = ed.getGame();
        NormalFormGame g = r.game();
        if (ed.symmetricProperty().get() && g.numStrategies(0) != g.numStrategies(1)) {
            // keep the game symmetric: apply the same change to the other player
            ed.say("Symmetric mode: the change was applied to both players");
        }
        Map<CellKey, String> moved = GameConstraints.remapInvalid(ed.getInvalid(), old, r, ed.sliceProperty().get());
        return ed.apply(new EditorState(g, moved), label);
    }
}
