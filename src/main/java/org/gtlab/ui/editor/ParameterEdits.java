package org.gtlab.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.ParametricGame;
import org.gtlab.math.Expression;
import org.gtlab.math.Rational;

/**
 * Adding, renaming and removing the game's parameters, setting their values and ranges, and a
 * slider drag as one undo step (issue 15 §4). Every refusal is one line in the editor's message
 * (the bad name, the duplicate, the cells that still use a parameter, the cell and column of a
 * division by zero at the new value) and changes nothing.
 *
 * <p>A drag: {@link #beginDrag} remembers the state; each {@link #dragTo} installs the game at the
 * new value without touching the history; {@link #endDrag} records one step from the state at the
 * start of the drag (none if the value came back to where it was).
 */
final class ParameterEdits {

    private final EditorViewModel vm;
    private EditorState dragStart;
    private String dragName;

    ParameterEdits(EditorViewModel vm) {
        this.vm = vm;
    }

    private EditorParameters params() {
        return vm.getParameters();
    }

    private boolean refuse(String why) {
        vm.say(why);
        return false;
    }

    boolean add(String name, Rational value, Rational min, Rational max) {
        String n = name == null ? "" : name.strip();
        if (!Expression.isName(n)) {
            return refuse("Parameter not added: \"" + n + "\" is not a name (a letter or _ followed by letters, digits or _)");
        }
        if (params().values().containsKey(n)) {
            return refuse("Parameter not added: the game already has a parameter " + n);
        }
        if (min.compareTo(max) > 0) {
            return refuse("Parameter not added: min " + min + " is greater than max " + max);
        }
        Map<String, Rational> v = new LinkedHashMap<>(params().values());
        v.put(n, value);
        Map<String, ParametricGame.Range> r = new LinkedHashMap<>(params().ranges());
        r.put(n, new ParametricGame.Range(min, max));
        boolean done = vm.apply(new EditorState(vm.getGame(), vm.getInvalid(), params().withValues(v).withRanges(r)),
                "add parameter " + n);
        vm.say(done ? "Added parameter " + n + " = " + value + "; type it in a payoff, e.g. 3+" + n : vm.messageProperty().get());
        return done;
    }

    boolean rename(String from, String to) {
        String n = to == null ? "" : to.strip();
        if (!params().values().containsKey(from)) {
            return refuse("Not renamed: no parameter " + from);
        }
        if (n.equals(from)) {
            return false;
        }
        if (!Expression.isName(n)) {
            return refuse("Not renamed: \"" + n + "\" is not a name (a letter or _ followed by letters, digits or _)");
        }
        if (params().values().containsKey(n)) {
            return refuse("Not renamed: the game already has a parameter " + n);
        }
        Map<String, Rational> v = new LinkedHashMap<>();
        params().values().forEach((k, x) -> v.put(k.equals(from) ? n : k, x));
        Map<String, ParametricGame.Range> r = new LinkedHashMap<>();
        params().ranges().forEach((k, x) -> r.put(k.equals(from) ? n : k, x));
        Map<CellKey, Expression> e = new HashMap<>();
        params().expressions().forEach((k, x) -> e.put(k, x.renamed(from, n)));
        // invalid texts that named the old parameter keep their text (they are the user's)
        return vm.apply(new EditorState(vm.getGame(), vm.getInvalid(),
                new EditorParameters(v, r, e)), "rename parameter " + from + " to " + n);
    }

    boolean remove(String name) {
        if (!params().values().containsKey(name)) {
            return refuse("Not removed: no parameter " + name);
        }
        List<CellKey> uses = params().uses(name);
        if (!uses.isEmpty()) {
            List<String> where = new ArrayList<>();
            for (CellKey c : uses.subList(0, Math.min(3, uses.size()))) {
                where.add(EditorParameters.cellName(vm.getGame(), c) + " \"" + params().expressions().get(c).text() + "\"");
            }
            return refuse("Parameter " + name + " not removed: it is used by " + uses.size() + " payoff"
                    + (uses.size() == 1 ? "" : "s") + " (" + String.join("; ", where) + (uses.size() > 3 ? "; …" : "")
                    + "); replace them by numbers first");
        }
        Map<String, Rational> v = new LinkedHashMap<>(params().values());
        v.remove(name);
        Map<String, ParametricGame.Range> r = new LinkedHashMap<>(params().ranges());
        r.remove(name);
        return vm.apply(new EditorState(vm.getGame(), vm.getInvalid(), params().withValues(v).withRanges(r)),
                "remove parameter " + name);
    }

    boolean setRange(String name, Rational min, Rational max) {
        if (!params().values().containsKey(name)) {
            return refuse("No parameter " + name);
        }
        if (min.compareTo(max) > 0) {
            return refuse("Range of " + name + " not changed: min " + min + " is greater than max " + max);
        }
        Map<String, ParametricGame.Range> r = new LinkedHashMap<>(params().ranges());
        r.put(name, new ParametricGame.Range(min, max));
        return vm.apply(new EditorState(vm.getGame(), vm.getInvalid(), params().withRanges(r)),
                "range of " + name);
    }

    /** The state with {@code name} at {@code value}, or null (and the reason said) if a cell cannot be evaluated there. */
    EditorState at(String name, Rational value) {
        if (!params().values().containsKey(name)) {
            vm.say("No parameter " + name);
            return null;
        }
        Map<String, Rational> v = new LinkedHashMap<>(params().values());
        v.put(name, value);
        NormalFormGame g;
        try {
            g = params().evaluate(vm.getGame(), v);
        } catch (IllegalArgumentException e) {
            vm.say(name + " = " + value + " refused: " + e.getMessage());
            return null;
        }
        return new EditorState(g, vm.getInvalid(), params().withValues(v));
    }

    boolean setValue(String name, Rational value) {
        EditorState s = at(name, value);
        return s != null && vm.apply(s, "set " + name + " = " + value);
    }

    void beginDrag(String name) {
        if (dragStart == null) {
            dragStart = vm.state();
            dragName = name;
        }
    }

    /** Installs the game at the new value without an undo step (during a drag). */
    boolean dragTo(String name, Rational value) {
        if (dragStart == null) {
            beginDrag(name);
        }
        EditorState s = at(name, value);
        if (s == null) {
            return false;
        }
        vm.install(s);
        return true;
    }

    /** Ends a drag: one undo step from the state at its start. */
    boolean endDrag() {
        EditorState before = dragStart;
        String name = dragName;
        dragStart = null;
        dragName = null;
        if (before == null) {
            return false;
        }
        EditorState now = vm.state();
        if (now.game().equals(before.game()) && now.params().equals(before.params())) {
            return false;
        }
        return vm.record(before, now, "move " + name + " to " + now.params().values().get(name));
    }

    /**
     * The parameters carried from {@code from} to {@code to} (an edit that did not say what happens
     * to them): parameters and ranges stay; an expression stays where its cell (found by the
     * strategy labels when the shape changed) still holds the expression's value, and is dropped
     * where the edit overwrote it.
     */
    static EditorParameters carry(NormalFormGame from, EditorParameters params, NormalFormGame to) {
        if (params.expressions().isEmpty()) {
            return params;
        }
        if (from.numPlayers() != to.numPlayers()) {
            return params.withExpressions(Map.of());
        }
        boolean sameShape = java.util.Arrays.equals(from.shape(), to.shape());
        Map<CellKey, Expression> out = new HashMap<>();
        for (Map.Entry<CellKey, Expression> e : params.expressions().entrySet()) {
            int[] prof = from.profile(e.getKey().profile());
            int[] np = sameShape ? prof : relabel(from, to, prof);
            if (np == null) {
                continue;
            }
            int k = to.profileIndex(np);
            Rational v;
            try {
                v = e.getValue().evaluate(params.values());
            } catch (IllegalArgumentException bad) {
                continue;
            }
            if (to.payoffAt(e.getKey().player(), k).equals(v)) {
                out.put(new CellKey(e.getKey().player(), k), e.getValue());
            }
        }
        return params.withExpressions(out);
    }

    private static int[] relabel(NormalFormGame from, NormalFormGame to, int[] prof) {
        int[] np = new int[prof.length];
        for (int q = 0; q < prof.length; q++) {
            String label = from.strategyLabels(q).get(prof[q]);
            List<String> l = to.strategyLabels(q);
            int i = l.indexOf(label);
            if (i < 0 || l.lastIndexOf(label) != i) {
                return null;
            }
            np[q] = i;
        }
        return np;
    }
}
