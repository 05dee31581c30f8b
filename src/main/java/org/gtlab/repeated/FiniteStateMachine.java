package org.gtlab.repeated;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finite-state machine strategy (Miller 1996; Ashlock &amp; Kim 2008): in state s, after the
 * opponent played C (option 0) or D (any other option), move to {@code next[s][o]} and play
 * {@code action[s][o]} (0 = C, 1 = D, mapped to the last option). It starts in {@code initialState}
 * and plays {@code initialAction} in round 1. States are numbered 0 … k−1 internally; the text format
 * of {@link StrategyFiles} names them freely.
 *
 * @throws IllegalArgumentException if a transition is missing or names an unknown state
 */
public final class FiniteStateMachine {

    private final int[][] next;
    private final int[][] action;
    private final int initialState;
    private final int initialAction;

    public FiniteStateMachine(int[][] next, int[][] action, int initialState, int initialAction) {
        int k = next.length;
        if (k == 0) {
            throw new IllegalArgumentException("finite-state machine: no states");
        }
        if (initialState < 0 || initialState >= k) {
            throw new IllegalArgumentException("finite-state machine: initial state " + initialState + " is not a state");
        }
        for (int s = 0; s < k; s++) {
            for (int o = 0; o < 2; o++) {
                if (next[s][o] < 0 || next[s][o] >= k) {
                    throw new IllegalArgumentException("finite-state machine: state " + s + " has no transition for "
                            + (o == 0 ? "C" : "D"));
                }
            }
        }
        this.next = deep(next);
        this.action = deep(action);
        this.initialState = initialState;
        this.initialAction = initialAction;
    }

    /**
     * A machine from transitions "state opp next action" with symbolic state names.
     *
     * @param transitions map from "state,C|D" to "next,C|D"
     * @throws IllegalArgumentException naming the state and opponent action of a missing transition
     */
    public static FiniteStateMachine of(String initialState, char initialAction, Map<String, String> transitions) {
        Map<String, Integer> ids = new TreeMap<>();
        ids.put(initialState, 0);
        for (Map.Entry<String, String> e : transitions.entrySet()) {
            ids.putIfAbsent(e.getKey().split(",")[0], ids.size());
        }
        int k = ids.size();
        int[][] next = new int[k][2];
        int[][] act = new int[k][2];
        for (int[] row : next) {
            Arrays.fill(row, -1);
        }
        for (Map.Entry<String, String> e : transitions.entrySet()) {
            String[] from = e.getKey().split(",");
            String[] to = e.getValue().split(",");
            Integer target = ids.get(to[0]);
            if (target == null) {
                throw new IllegalArgumentException("finite-state machine: transition " + from[0] + " " + from[1]
                        + " goes to state " + to[0] + ", which has no transitions");
            }
            int o = from[1].equals("C") ? 0 : 1;
            next[ids.get(from[0])][o] = target;
            act[ids.get(from[0])][o] = to[1].equals("C") ? 0 : 1;
        }
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            for (int o = 0; o < 2; o++) {
                if (next[e.getValue()][o] < 0) {
                    throw new IllegalArgumentException("finite-state machine: state " + e.getKey()
                            + " has no transition for opponent action " + (o == 0 ? "C" : "D"));
                }
            }
        }
        return new FiniteStateMachine(next, act, 0, initialAction == 'C' ? 0 : 1);
    }

    private static int[][] deep(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    public int states() {
        return next.length;
    }

    /** A fresh player of this machine. */
    public Player player() {
        return new Player() {
            private int state;
            private int defect;

            @Override
            public void reset(MatchContext context) {
                state = initialState;
                defect = context.defect();
            }

            @Override
            public int choose(History h) {
                int a;
                if (h.played() == 0) {
                    a = initialAction;
                } else {
                    int o = h.lastOpp() == 0 ? 0 : 1;
                    a = action[state][o];
                    state = next[state][o];
                }
                return a == 0 ? 0 : defect;
            }
        };
    }
}
