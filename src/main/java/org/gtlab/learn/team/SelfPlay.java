package org.gtlab.learn.team;

import java.util.Map;

import org.gtlab.eval.TeamEvaluation;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamMixture;
import org.gtlab.game.TeamPolicy;

/**
 * Self-play (SP; spec fxp-psro.md §9, Algorithm 1 of the JMLR paper): the damped per-agent best response
 * ({@link SoftBestResponseOracle}, no minimum phase length) run against the learner's own current policy until
 * the stop rule fires or 1000 steps. At a local Nash equilibrium each agent's best response equals its
 * policy, so SP halts there: in the example game (N = 3) it ends at all-1 with team exploitability ≈ 1.486,
 * in SAD at "all gain 10" with exploitability 4.
 *
 * <p>Metrics: step, team_exploitability (of the current π), population_size (1), restricted_exploitability,
 * agent_nash_conv (of the symmetric profile (π, π)).
 */
public final class SelfPlay implements TeamLearner<SelfPlay.State> {

    private final TeamGame game;
    private final SoftBestResponseOracle oracle;
    private final SelfPlayProfile profile;

    /**
     * @throws IllegalArgumentException if the game's joint actions cannot be enumerated
     */
    public SelfPlay(TeamGame game, SoftBestResponseOracle oracle, SelfPlayProfile profile) {
        game.requireEnumerable("self-play with the true exploitability metric");
        this.game = game;
        this.oracle = oracle;
        this.profile = profile;
    }

    /** lr 0.1, correct profile. */
    public SelfPlay(TeamGame game) {
        this(game, SoftBestResponseOracle.standard(0), SelfPlayProfile.CORRECT);
    }

    @Override
    public String name() {
        return "sp";
    }

    @Override
    public String description() {
        return "SP (damped BR, lr " + oracle.lr() + (profile == SelfPlayProfile.REPEAT_QUIRK ? ", np.repeat profile" : "")
                + ") on " + game.description();
    }

    @Override
    public TeamGame game() {
        return game;
    }

    /** SP state: the policy, its evaluation, and the stop-rule counters. */
    public static final class State extends AbstractTeamState {
        final TeamPolicy pi;
        final Evaluated self;
        final double[][] q;
        final int t;
        final int converge;

        private State(TeamPolicy pi, Evaluated self, double[][] q, int t, int converge, boolean done) {
            super(t, done, metrics(pi, self, q, t));
            this.pi = pi;
            this.self = self;
            this.q = q;
            this.t = t;
            this.converge = converge;
        }

        static State of(TeamGame g, TeamPolicy pi, int t, int converge, boolean done) {
            Evaluated self = Evaluated.of(g, pi.jointDistribution());
            return new State(pi, self, TeamEvaluation.agentActionValues(g, pi, self.v), t, converge, done);
        }

        private static Map<String, Double> metrics(TeamPolicy pi, Evaluated self, double[][] q, int t) {
            Map<String, Double> m = self.metrics(t, 1.0);
            double u = pi.dotJoint(self.v);
            double nc = 0;
            for (double[] row : q) {
                double best = Double.NEGATIVE_INFINITY;
                for (double x : row) {
                    best = Math.max(best, x);
                }
                nc += Math.max(0, best - u) + Math.max(0, best + u);
            }
            m.put(TeamMetrics.AGENT_NASH_CONV, nc);
            return m;
        }

        @Override
        public TeamMixture solution() {
            return TeamMixture.single(pi);
        }

        @Override
        public TeamPolicy policy() {
            return pi;
        }
    }

    @Override
    public State start(TeamPolicy initial) {
        game.checkPolicy(initial);
        return State.of(game, initial, 0, 0, false);
    }

    @Override
    public State step(State s) {
        if (s.done()) {
            throw new IllegalStateException("SP has finished");
        }
        double[][] q;
        if (profile == SelfPlayProfile.CORRECT) {
            q = s.q;
        } else {
            TeamPolicy[] teams = profile.teams(s.pi);
            q = TeamEvaluation.agentActionValues(game, teams[0], game.valueVs(teams[1].jointDistribution()));
        }
        double[][] br = oracle.response(q);
        TeamPolicy next = oracle.update(s.pi, br, s.t);
        int p = oracle.progress(s.t, s.converge, SoftBestResponseOracle.distance(next, br));
        return State.of(game, next, s.t + 1, SoftBestResponseOracle.counter(p), SoftBestResponseOracle.stops(p));
    }
}
