package org.gtlab.repeated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A user-defined strategy as data (what the strategy editor edits and a strategy file holds): a
 * memory-one vector or a finite-state machine whose states carry their action (a Moore machine).
 * {@link #toStrategy()} turns it into a playable {@link Strategy}; {@link #code()} writes it in one
 * line that {@link #parseCode} reads back (the {@code strategies} setting of the tournament methods
 * carries user strategies this way, so a recipe re-makes its run without the strategy file).
 *
 * <p>A machine plays the action of its current state; after each round it moves along the
 * transition for the opponent's move ({@code onC} after C, {@code onD} after D, where any option but
 * the first counts as D, as in {@link FiniteStateMachine}). It is turned into the Mealy form of
 * {@link FiniteStateMachine} by moving the action onto the transitions: the action on the transition
 * s →(o) t is t's action, and the first move is the initial state's action.
 *
 * <p>Failure modes: every check throws {@link FieldError}, whose {@link FieldError#field()} is the
 * JSON pointer of the offending value in a strategy file ({@code /vector/pCD},
 * {@code /states/1/onD}), so the file codec can give its line and column.
 */
public sealed interface StrategySpec permits StrategySpec.MemoryOneSpec, StrategySpec.Machine {

    /** A check that failed: the field's JSON pointer and one line naming it. */
    final class FieldError extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final String detail;

        public FieldError(String field, String detail) {
            super(field.isEmpty() ? detail : field.substring(1).replace('/', '.') + ": " + detail);
            this.field = field;
            this.detail = detail;
        }

        /** JSON pointer of the offending value ("" for the whole strategy). */
        public String field() {
            return field;
        }

        /** What is wrong, without the field. */
        public String detail() {
            return detail;
        }
    }

    /** Kebab-case name. */
    String name();

    /** A playable strategy (its classifier: memory depth and whether it draws random numbers). */
    Strategy toStrategy();

    /** The one-line form read by {@link #parseCode}: {@code memory-one 1 0 1 0 1} or {@code fsm s:C:s:t t:D:t:t}. */
    String code();

    /** Checks a name: kebab-case, as the library's. */
    static String checkName(String name) {
        if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9.]+)*")) {
            throw new FieldError("/name", "the name must be kebab-case (like my-strategy), got '" + name + "'");
        }
        return name;
    }

    /**
     * A memory-one strategy.
     *
     * @param name   kebab-case
     * @param vector p_CC, p_CD, p_DC, p_DD and the first move's probability of C, each in [0, 1]
     */
    record MemoryOneSpec(String name, MemoryOne vector) implements StrategySpec {

        public MemoryOneSpec {
            checkName(name);
            Objects.requireNonNull(vector, "vector");
        }

        /**
         * A checked vector.
         *
         * @throws FieldError naming the entry ({@code /vector/pCD}, {@code /first}) outside [0, 1]
         */
        public static MemoryOneSpec of(String name, double pCC, double pCD, double pDC, double pDD, double first) {
            String[] keys = {"pCC", "pCD", "pDC", "pDD"};
            double[] p = {pCC, pCD, pDC, pDD};
            for (int i = 0; i < 4; i++) {
                if (!(p[i] >= 0 && p[i] <= 1)) {
                    throw new FieldError("/vector/" + keys[i], "the memory-one probability " + keys[i] + " = " + p[i]
                            + " is outside [0, 1]");
                }
            }
            if (!(first >= 0 && first <= 1)) {
                throw new FieldError("/first", "the first move's probability of C = " + first + " is outside [0, 1]");
            }
            return new MemoryOneSpec(name, new MemoryOne(pCC, pCD, pDC, pDD, first));
        }

        @Override
        public Strategy toStrategy() {
            MemoryOne v = vector;
            return new Strategy(name, name, String.format(Locale.ROOT,
                    "memory-one (p_CC, p_CD, p_DC, p_DD) = (%s, %s, %s, %s), first move C with probability %s",
                    num(v.pCC()), num(v.pCD()), num(v.pDC()), num(v.pDD()), num(v.first())),
                    "user strategy", 1, !v.deterministic(), v::player);
        }

        @Override
        public String code() {
            MemoryOne v = vector;
            return "memory-one " + num(v.pCC()) + " " + num(v.pCD()) + " " + num(v.pDC()) + " " + num(v.pDD()) + " "
                    + num(v.first());
        }
    }

    /**
     * One state of a machine.
     *
     * @param name   the state's name (letters, digits, '-' or '_')
     * @param action 'C' or 'D', played while in this state
     * @param onC    the next state after the opponent plays C
     * @param onD    the next state after the opponent plays D
     */
    record State(String name, char action, String onC, String onD) {
    }

    /**
     * A finite-state machine with actions on its states.
     *
     * @param name    kebab-case
     * @param initial the state of round 1
     * @param states  every state, each with both transitions
     */
    record Machine(String name, String initial, List<State> states) implements StrategySpec {

        /**
         * Checks the machine.
         *
         * @throws FieldError naming a missing or unknown state ({@code /initial},
         *                    {@code /states/2/onD}), a missing transition, a bad action or a state
         *                    defined twice
         */
        public Machine {
            checkName(name);
            states = List.copyOf(states == null ? List.of() : states);
            if (states.isEmpty()) {
                throw new FieldError("/states", "the machine has no states");
            }
            Set<String> names = new LinkedHashSet<>();
            for (int i = 0; i < states.size(); i++) {
                State s = states.get(i);
                String at = "/states/" + i;
                if (s.name() == null || !s.name().matches("[A-Za-z0-9_-]+")) {
                    throw new FieldError(at + "/name", "a state needs a name of letters, digits, '-' or '_', got '"
                            + s.name() + "'");
                }
                if (!names.add(s.name())) {
                    throw new FieldError(at + "/name", "state '" + s.name() + "' is defined twice");
                }
                if (s.action() != 'C' && s.action() != 'D') {
                    throw new FieldError(at + "/action", "state '" + s.name() + "': the action must be C or D, got '"
                            + s.action() + "'");
                }
            }
            for (int i = 0; i < states.size(); i++) {
                State s = states.get(i);
                checkTarget(names, "/states/" + i + "/onC", s.name(), "C", s.onC());
                checkTarget(names, "/states/" + i + "/onD", s.name(), "D", s.onD());
            }
            if (initial == null || initial.isEmpty()) {
                throw new FieldError("/initial", "missing initial state");
            }
            if (!names.contains(initial)) {
                throw new FieldError("/initial", "the initial state '" + initial + "' is not a state (states: "
                        + String.join(", ", names) + ")");
            }
        }

        private static void checkTarget(Set<String> names, String at, String state, String move, String target) {
            if (target == null || target.isEmpty()) {
                throw new FieldError(at, "state '" + state + "' has no transition for the opponent's " + move);
            }
            if (!names.contains(target)) {
                throw new FieldError(at, "state '" + state + "' goes to state '" + target + "' after the opponent's "
                        + move + ", which is not a state (missing state)");
            }
        }

        /** The state of that name. */
        public State state(String stateName) {
            for (State s : states) {
                if (s.name().equals(stateName)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("no state '" + stateName + "'");
        }

        /** The Mealy machine that plays this one. */
        public FiniteStateMachine machine() {
            Map<String, Integer> id = new HashMap<>();
            for (int i = 0; i < states.size(); i++) {
                id.put(states.get(i).name(), i);
            }
            int k = states.size();
            int[][] next = new int[k][2];
            int[][] act = new int[k][2];
            for (int i = 0; i < k; i++) {
                State s = states.get(i);
                next[i][0] = id.get(s.onC());
                next[i][1] = id.get(s.onD());
                act[i][0] = states.get(next[i][0]).action() == 'C' ? 0 : 1;
                act[i][1] = states.get(next[i][1]).action() == 'C' ? 0 : 1;
            }
            int start = id.get(initial);
            return new FiniteStateMachine(next, act, start, states.get(start).action() == 'C' ? 0 : 1);
        }

        @Override
        public Strategy toStrategy() {
            FiniteStateMachine m = machine();
            return new Strategy(name, name, "finite-state machine with " + states.size() + " states, starting in "
                    + initial, "user strategy", Strategy.INFINITE, false, m::player);
        }

        @Override
        public String code() {
            StringBuilder b = new StringBuilder("fsm");
            // the initial state first
            b.append(' ').append(stateCode(state(initial)));
            for (State s : states) {
                if (!s.name().equals(initial)) {
                    b.append(' ').append(stateCode(s));
                }
            }
            return b.toString();
        }

        private static String stateCode(State s) {
            return s.name() + ":" + s.action() + ":" + s.onC() + ":" + s.onD();
        }
    }

    /**
     * Reads the one-line form of {@link #code()}.
     *
     * @throws FieldError naming what is wrong
     */
    static StrategySpec parseCode(String name, String code) {
        String[] t = code.strip().split("\\s+");
        if (t[0].equals("memory-one")) {
            if (t.length != 5 && t.length != 6) {
                throw new FieldError("/vector", "strategy " + name + ": memory-one needs 4 probabilities and an "
                        + "optional first move, got " + (t.length - 1) + " numbers");
            }
            double[] p = new double[5];
            p[4] = 1;
            for (int i = 1; i < t.length; i++) {
                try {
                    p[i - 1] = Double.parseDouble(t[i]);
                } catch (NumberFormatException e) {
                    throw new FieldError("/vector", "strategy " + name + ": '" + t[i] + "' is not a number");
                }
            }
            return MemoryOneSpec.of(name, p[0], p[1], p[2], p[3], p[4]);
        }
        if (t[0].equals("fsm")) {
            List<State> states = new ArrayList<>();
            for (int i = 1; i < t.length; i++) {
                String[] f = t[i].split(":", -1);
                if (f.length != 4 || f[1].length() != 1) {
                    throw new FieldError("/states/" + (i - 1), "strategy " + name
                            + ": a state reads NAME:C|D:AFTER-C:AFTER-D, got '" + t[i] + "'");
                }
                states.add(new State(f[0], f[1].charAt(0), f[2], f[3]));
            }
            return new Machine(name, states.isEmpty() ? null : states.get(0).name(), states);
        }
        throw new FieldError("/type", "strategy " + name + ": expected 'memory-one …' or 'fsm …', got '" + t[0] + "'");
    }

    /**
     * Reads user strategies written by {@link #formatAll}: {@code name=code; name=code} (empty: none).
     *
     * @throws IllegalArgumentException one line naming the strategy and what is wrong
     */
    static List<StrategySpec> parseAll(String text) {
        List<StrategySpec> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("strategies: expected NAME=memory-one … or NAME=fsm …, got '"
                        + part.strip() + "'");
            }
            String name = part.substring(0, eq).strip();
            StrategySpec s;
            try {
                s = parseCode(name, part.substring(eq + 1));
            } catch (FieldError e) {
                throw new IllegalArgumentException("strategies: " + name + ": " + e.detail());
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("strategies: " + name + " is defined twice");
            }
            if (Strategies.find(name).isPresent()) {
                throw new IllegalArgumentException("strategies: " + name + " is a library strategy's name; "
                        + "give the user strategy another name");
            }
            out.add(s);
        }
        return out;
    }

    /** The one-line form of several strategies, read by {@link #parseAll}. */
    static String formatAll(List<? extends StrategySpec> specs) {
        StringBuilder b = new StringBuilder();
        for (StrategySpec s : specs) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(s.name()).append('=').append(s.code());
        }
        return b.toString();
    }

    /** Shortest decimal form ("1", "0.25"). */
    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
