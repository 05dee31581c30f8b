package org.gtlab.learn.team;

import java.util.List;
import java.util.Map;

import org.gtlab.eval.TeamEvaluation;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamMixture;
import org.gtlab.game.TeamPolicy;

/**
 * The FXP authors' matrix-game FP and FSP baselines (spec fxp-psro.md §9.2; Brown 1951; Heinrich et al.
 * 2015): the damped best response ({@link SoftBestResponseOracle}) of the current policy π against a target
 * mixing itself with past iterates, every post-update π appended to the iterate list.
 * <ul>
 *   <li><b>FP</b>: target = 1/(i+1)·Q(π vs π) + i/(i+1)·mean_j Q(π vs π_j);</li>
 *   <li><b>FSP (η)</b>: target = η·Q(π vs π) + (1 − η)·mean_j Q(π vs π_j) (only η·Q(π vs π) at i = 0);
 *       the authors use η = 0.99 ("FSP (η = 0.99)", Q16).</li>
 * </ul>
 * The mean runs over all past iterates (lab default) or, in paper-faithful mode, over the first
 * min(i, 20) iterates as the authors' code does (Q4). Stop rule: the damped-oracle rule with
 * d = max_x ‖avg π[x] − BR[x]‖², where avg π is the per-agent average of the iterates; cap 1000.
 *
 * <p>Metrics: step, team_exploitability and restricted_exploitability of the uniform mixture of all
 * iterates (the logged object), population_size (number of iterates), average_policy_exploitability (of the
 * per-agent average, a product policy, which the authors return).
 */
public final class FictitiousSelfPlay implements TeamLearner<FictitiousSelfPlay.State> {

    /** Which past iterates the target averages. */
    public enum Averaging {
        /** All past iterates (true FP in a matrix game; lab default). */
        ALL,
        /** The first min(i, 20) iterates (the authors' code, paper-faithful). */
        FIRST_20
    }

    private final TeamGame game;
    private final double eta;
    private final Averaging averaging;
    private final SoftBestResponseOracle oracle;

    /**
     * @param eta self-play share in (0, 1] for FSP, or NaN for FP (1/(i+1))
     * @throws IllegalArgumentException if η is not NaN and not in (0, 1], or the game is too large
     */
    public FictitiousSelfPlay(TeamGame game, double eta, Averaging averaging, SoftBestResponseOracle oracle) {
        if (!Double.isNaN(eta) && !(eta > 0 && eta <= 1)) {
            throw new IllegalArgumentException("FSP self-play share η must be in (0, 1], got " + eta);
        }
        game.requireEnumerable("fictitious self-play with the true exploitability metric");
        this.game = game;
        this.eta = eta;
        this.averaging = averaging;
        this.oracle = oracle;
    }

    /** FP with the lab defaults (all iterates, lr 0.1). */
    public static FictitiousSelfPlay fp(TeamGame game) {
        return new FictitiousSelfPlay(game, Double.NaN, Averaging.ALL, SoftBestResponseOracle.standard(0));
    }

    /** FSP (η = 0.99) with the lab defaults. */
    public static FictitiousSelfPlay fsp(TeamGame game) {
        return new FictitiousSelfPlay(game, 0.99, Averaging.ALL, SoftBestResponseOracle.standard(0));
    }

    @Override
    public String name() {
        return Double.isNaN(eta) ? "fp" : "fsp";
    }

    @Override
    public String description() {
        return (Double.isNaN(eta) ? "FP" : "FSP (η = " + eta + ")") + ", averaging " + averaging + ", on "
                + game.description();
    }

    @Override
    public TeamGame game() {
        return game;
    }

    /** FP/FSP state. */
    public static final class State extends AbstractTeamState {
        final TeamPolicy pi;
        final List<TeamPolicy> iterates;
        final double[] sumAll;
        final double[] sumFirst;
        final double[][] sumRows;
        final int converge;

        State(TeamGame g, TeamPolicy pi, List<TeamPolicy> iterates, double[] sumAll, double[] sumFirst,
                double[][] sumRows, int converge, boolean done) {
            super(iterates.size(), done, metrics(g, pi, iterates.size(), sumAll, sumRows));
            this.pi = pi;
            this.iterates = iterates;
            this.sumAll = sumAll;
            this.sumFirst = sumFirst;
            this.sumRows = sumRows;
            this.converge = converge;
        }

        private static Map<String, Double> metrics(TeamGame g, TeamPolicy pi, int i, double[] sumAll,
                double[][] sumRows) {
            Evaluated logged = Evaluated.of(g, i == 0 ? pi.jointDistribution() : Evaluated.scaled(1.0 / i, sumAll));
            Map<String, Double> m = logged.metrics(i, Math.max(1, i));
            m.put(TeamMetrics.AVERAGE_POLICY_EXPLOITABILITY, TeamEvaluation.exploitability(g, average(pi, i, sumRows)));
            return m;
        }

        /** The per-agent average of the iterates (a product policy; π itself before the first step). */
        public TeamPolicy average() {
            return average(pi, iterates.size(), sumRows);
        }

        private static TeamPolicy average(TeamPolicy pi, int i, double[][] sumRows) {
            if (i == 0) {
                return pi;
            }
            double[][] r = new double[sumRows.length][];
            for (int x = 0; x < r.length; x++) {
                r[x] = Evaluated.scaled(1.0 / i, sumRows[x]);
                double s = 0;
                for (double v : r[x]) {
                    s += v;
                }
                for (int a = 0; a < r[x].length; a++) {
                    r[x][a] /= s;
                }
            }
            return TeamPolicy.of(r);
        }

        @Override
        public TeamMixture solution() {
            return iterates.isEmpty() ? TeamMixture.single(pi) : TeamMixture.uniform(iterates);
        }

        @Override
        public TeamPolicy policy() {
            return pi;
        }
    }

    @Override
    public State start(TeamPolicy initial) {
        game.checkPolicy(initial);
        int size = (int) game.jointActionCount();
        return new State(game, initial, List.of(), new double[size], new double[size],
                new double[initial.agents()][initial.actions()], 0, false);
    }

    @Override
    public State step(State s) {
        if (s.done()) {
            throw new IllegalStateException(name() + " has finished");
        }
        int i = s.iterates.size();
        double[] self = s.pi.jointDistribution();
        double[] q;
        int count = averaging == Averaging.ALL ? i : Math.min(i, 20);
        double[] past = averaging == Averaging.ALL ? s.sumAll : s.sumFirst;
        if (Double.isNaN(eta)) {
            q = i == 0 ? self : Evaluated.combine(1.0 / (i + 1), self, (double) i / (i + 1) / count, past);
        } else {
            q = i == 0 ? Evaluated.scaled(eta, self) : Evaluated.combine(eta, self, (1 - eta) / count, past);
        }
        double[][] qa = TeamEvaluation.agentActionValues(game, s.pi, game.valueVs(q));
        double[][] br = oracle.response(qa);
        TeamPolicy next = oracle.update(s.pi, br, i);
        double[] sumAll = s.sumAll.clone();
        next.addJointTo(1.0, sumAll);
        double[] sumFirst = s.sumFirst;
        if (i < 20) {
            sumFirst = sumFirst.clone();
            next.addJointTo(1.0, sumFirst);
        }
        double[][] sumRows = new double[s.sumRows.length][];
        double[][] avg = new double[s.sumRows.length][];
        for (int x = 0; x < sumRows.length; x++) {
            sumRows[x] = s.sumRows[x].clone();
            avg[x] = new double[sumRows[x].length];
            for (int a = 0; a < sumRows[x].length; a++) {
                sumRows[x][a] += next.prob(x, a);
                avg[x][a] = sumRows[x][a] / (i + 1);
            }
        }
        double d = 0;
        for (int x = 0; x < avg.length; x++) {
            double e2 = 0;
            for (int a = 0; a < avg[x].length; a++) {
                double e = avg[x][a] - br[x][a];
                e2 += e * e;
            }
            d = Math.max(d, e2);
        }
        int p = oracle.progress(i, s.converge, d);
        return new State(game, next, MetaGames.append(s.iterates, next), sumAll, sumFirst, sumRows,
                SoftBestResponseOracle.counter(p), SoftBestResponseOracle.stops(p));
    }
}
