package org.gtlab.game;

import java.util.List;

/**
 * What the team games with binary agent actions have in common ({@link CounterExampleGame},
 * {@link TeamRpsGame}): N ≤ 62 agents per team, actions {0, 1} labelled "0" and "1", joint actions
 * written as digit strings ("011", agent 0 first), and the authors' single exploiter "every agent
 * plays 0" (their {@code EvalLogger.eval}, log_mode 1; team Rock in team RPS). Subclasses check their
 * own lower bound on N.
 */
abstract class BinaryTeamGame implements TeamGame {

    /** N, agents per team. */
    final int n;

    /** @throws IllegalArgumentException if n &gt; 62 */
    BinaryTeamGame(int n) {
        if (n > 62) {
            throw new IllegalArgumentException("N = " + n + " agents per team is more than the supported 62");
        }
        this.n = n;
    }

    @Override
    public final int agentsPerTeam() {
        return n;
    }

    @Override
    public final int actionsPerAgent() {
        return 2;
    }

    @Override
    public final String actionLabel(int action) {
        return Integer.toString(action);
    }

    /** The digits of the joint action, for example "011". */
    @Override
    public String jointActionLabel(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int x : a) {
            sb.append(x);
        }
        return sb.toString();
    }

    /** The authors' single exploiter: every agent plays 0. */
    @Override
    public final List<int[]> authorsExploiters() {
        return List.of(new int[n]);
    }
}
