package org.gtlab.learn.team;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gtlab.eval.TeamEvaluation;
import org.gtlab.game.TeamGame;

/**
 * A team strategy's joint distribution q with its team values v = valueVs(q), true exploitability
 * max_a v[a] and (where the game has exploiters) the authors' restricted metric. Package-private helper;
 * arrays are never modified after construction.
 */
final class Evaluated {

    final double[] q;
    final double[] v;
    final double exploitability;
    final double restricted;
    final int bestResponse;

    private Evaluated(double[] q, double[] v, double restricted) {
        this.q = q;
        this.v = v;
        this.bestResponse = TeamEvaluation.argmax(v);
        this.exploitability = v[bestResponse];
        this.restricted = restricted;
    }

    static Evaluated of(TeamGame g, double[] q) {
        double[] v = g.valueVs(q);
        double r = g.authorsExploiters().isEmpty() ? Double.NaN : TeamEvaluation.restrictedExploitabilityFromValues(g, v);
        return new Evaluated(q, v, r);
    }

    /**
     * A new (modifiable, ordered) metrics map that every team learner state starts with: step,
     * team_exploitability, restricted_exploitability (if defined), population_size.
     */
    Map<String, Double> metrics(long step, double populationSize) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(TeamMetrics.STEP, (double) step);
        m.put(TeamMetrics.TEAM_EXPLOITABILITY, exploitability);
        if (!Double.isNaN(restricted)) {
            m.put(TeamMetrics.RESTRICTED_EXPLOITABILITY, restricted);
        }
        m.put(TeamMetrics.POPULATION_SIZE, populationSize);
        return m;
    }

    static double[] combine(double a, double[] x, double b, double[] y) {
        double[] out = new double[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = a * x[i] + b * y[i];
        }
        return out;
    }

    static double[] scaled(double a, double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = a * x[i];
        }
        return out;
    }
}
