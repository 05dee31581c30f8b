package org.gtlab.learn.team;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamPolicy;

/**
 * Growing a population and its antisymmetric meta-game M[k][l] = U(P_k, P_l) (exact expectations),
 * as PSRO and FXP do after every phase. Package-private helpers; inputs are never modified.
 */
final class MetaGames {

    private MetaGames() {
    }

    /**
     * M extended by a new member p: the new column holds U(P_k, p), the new row its negatives
     * (U(p, P_k) = −U(P_k, p) in a symmetric zero-sum game), the new diagonal entry 0.
     */
    static double[][] extend(TeamGame game, double[][] m, List<TeamPolicy> pop, TeamPolicy p) {
        double[] v = game.valueVs(p.jointDistribution()); // U(a, p)
        int k = m.length;
        double[][] out = new double[k + 1][k + 1];
        for (int r = 0; r < k; r++) {
            System.arraycopy(m[r], 0, out[r], 0, k);
            double u = pop.get(r).dotJoint(v); // U(P_r, p)
            out[r][k] = u;
            out[k][r] = -u;
        }
        return out;
    }

    /** A deep copy of a matrix. */
    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** An unmodifiable copy of l with x appended. */
    static <T> List<T> append(List<T> l, T x) {
        List<T> c = new ArrayList<>(l.size() + 1);
        c.addAll(l);
        c.add(x);
        return Collections.unmodifiableList(c);
    }
}
