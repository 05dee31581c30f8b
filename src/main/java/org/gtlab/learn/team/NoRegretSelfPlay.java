package org.gtlab.learn.team;

import java.util.Map;

import org.gtlab.eval.TeamEvaluation;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamMixture;
import org.gtlab.game.TeamPolicy;

/**
 * The FXP authors' no-regret self-play baselines (spec fxp-psro.md §9.2, CODE {@code FoReL},
 * {@code Replicator}, {@code MWU}, {@code CFR}). Each step builds the self-play profile (team A, team B)
 * of π ({@link SelfPlayProfile}), the per-agent action values Q of team A and the team value V, then:
 * <ul>
 *   <li><b>FoReL</b> (lr 20): Regret = Q − V divided per agent by its population standard deviation across
 *       actions (left at 0 when that deviation is 0, a guard the authors' code lacks);
 *       Q_sum ← clip(Q_sum + lr·Regret/√(i+1), −4, 4) from Q_sum = 0; π = softmax(Q_sum).</li>
 *   <li><b>Replicator</b> (lr 0.8): Regret = (Q − V)/(max|Q − V| + 1e-9); π ← π + lr·π⊙Regret (clamped at 0);
 *       π ← (π + 1e-4)/Σ(π + 1e-4).</li>
 *   <li><b>MWU</b> (lr 10): π ← π ⊙ softmax(lr·(Q − max Q)) per agent, then the same 1e-4 smoothing.</li>
 *   <li><b>CFR / regret matching</b> (lr 10): R ← clip(R + lr·(Q − V), −1, 1) from R = 0;
 *       π = (max(R, 0) + 1e-9)/Σ. The logged object is the uniform mixture of all iterates.</li>
 * </ul>
 * No early stop: always {@code steps} (1000) steps.
 *
 * <p>Metrics: step, team_exploitability and restricted_exploitability (of π, or for CFR of the iterate
 * mixture), population_size, policy_exploitability (of the current π).
 */
public final class NoRegretSelfPlay implements TeamLearner<NoRegretSelfPlay.State> {

    /** The update rule. */
    public enum Rule {
        FOREL(20),
        REPLICATOR(0.8),
        MWU(10),
        CFR(10);

        private final double defaultLr;

        Rule(double lr) {
            this.defaultLr = lr;
        }

        /** The authors' learning rate. */
        public double defaultLr() {
            return defaultLr;
        }
    }

    private final TeamGame game;
    private final Rule rule;
    private final double lr;
    private final SelfPlayProfile profile;
    private final int steps;

    /**
     * @throws IllegalArgumentException if lr is not a finite number &gt; 0, steps &lt; 1, or the game is too large
     */
    public NoRegretSelfPlay(TeamGame game, Rule rule, double lr, SelfPlayProfile profile, int steps) {
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new IllegalArgumentException(rule + " learning rate must be a finite number > 0, got " + lr);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be ≥ 1, got " + steps);
        }
        game.requireEnumerable(rule + " with the true exploitability metric");
        this.game = game;
        this.rule = rule;
        this.lr = lr;
        this.profile = profile;
        this.steps = steps;
    }

    /** The authors' settings: default lr, 1000 steps, correct profile. */
    public NoRegretSelfPlay(TeamGame game, Rule rule) {
        this(game, rule, rule.defaultLr(), SelfPlayProfile.CORRECT, 1000);
    }

    @Override
    public String name() {
        return rule.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String description() {
        return rule + " (lr " + lr + (profile == SelfPlayProfile.REPEAT_QUIRK ? ", np.repeat profile" : "") + ") on "
                + game.description();
    }

    @Override
    public TeamGame game() {
        return game;
    }

    /** No-regret learner state. */
    public static final class State extends AbstractTeamState {
        final TeamPolicy pi;
        final double[][] acc;
        final double[] iterateSum;
        final int i;

        State(TeamGame g, TeamPolicy pi, double[][] acc, double[] iterateSum, int i, boolean done, boolean mixture) {
            super(i, done, metrics(g, pi, iterateSum, i, mixture));
            this.pi = pi;
            this.acc = acc;
            this.iterateSum = iterateSum;
            this.i = i;
        }

        private static Map<String, Double> metrics(TeamGame g, TeamPolicy pi, double[] iterateSum, int i,
                boolean mixture) {
            Evaluated self = Evaluated.of(g, pi.jointDistribution());
            Evaluated logged = mixture && i > 0 ? Evaluated.of(g, Evaluated.scaled(1.0 / i, iterateSum)) : self;
            Map<String, Double> m = logged.metrics(i, mixture ? Math.max(1, i) : 1);
            m.put(TeamMetrics.POLICY_EXPLOITABILITY, self.exploitability);
            return m;
        }

        /** The current policy (CFR: its mixture of iterates is what team_exploitability measures). */
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
        return new State(game, initial, new double[initial.agents()][initial.actions()],
                new double[(int) game.jointActionCount()], 0, false, rule == Rule.CFR);
    }

    @Override
    public State step(State s) {
        if (s.done()) {
            throw new IllegalStateException(name() + " has finished");
        }
        TeamPolicy[] teams = profile.teams(s.pi);
        double[] v = game.valueVs(teams[1].jointDistribution());
        double[][] q = TeamEvaluation.agentActionValues(game, teams[0], v);
        double value = teams[0].dotJoint(v);
        int n = q.length;
        int m = q[0].length;
        double[][] acc = new double[n][];
        for (int x = 0; x < n; x++) {
            acc[x] = s.acc[x].clone();
        }
        double[][] rows = s.pi.rows();
        switch (rule) {
            case FOREL:
                for (int x = 0; x < n; x++) {
                    double mean = 0;
                    for (int a = 0; a < m; a++) {
                        mean += q[x][a] - value;
                    }
                    mean /= m;
                    double var = 0;
                    for (int a = 0; a < m; a++) {
                        double e = q[x][a] - value - mean;
                        var += e * e;
                    }
                    double sd = Math.sqrt(var / m);
                    for (int a = 0; a < m; a++) {
                        double r = sd > 0 ? (q[x][a] - value) / sd : 0;
                        acc[x][a] = Math.max(-4, Math.min(4, acc[x][a] + lr * r / Math.sqrt(s.i + 1)));
                    }
                    rows[x] = softmax(acc[x], 1.0);
                }
                break;
            case REPLICATOR: {
                double big = 0;
                for (int x = 0; x < n; x++) {
                    for (int a = 0; a < m; a++) {
                        big = Math.max(big, Math.abs(q[x][a] - value));
                    }
                }
                for (int x = 0; x < n; x++) {
                    for (int a = 0; a < m; a++) {
                        double r = (q[x][a] - value) / (big + 1e-9);
                        rows[x][a] = Math.max(0, rows[x][a] + lr * rows[x][a] * r);
                    }
                    rows[x] = smooth(rows[x]);
                }
                break;
            }
            case MWU:
                for (int x = 0; x < n; x++) {
                    double[] w = softmax(q[x], lr);
                    for (int a = 0; a < m; a++) {
                        rows[x][a] *= w[a];
                    }
                    rows[x] = smooth(rows[x]);
                }
                break;
            case CFR:
                for (int x = 0; x < n; x++) {
                    double s2 = 0;
                    for (int a = 0; a < m; a++) {
                        acc[x][a] = Math.max(-1, Math.min(1, acc[x][a] + lr * (q[x][a] - value)));
                        rows[x][a] = Math.max(0, acc[x][a]) + 1e-9;
                        s2 += rows[x][a];
                    }
                    for (int a = 0; a < m; a++) {
                        rows[x][a] /= s2;
                    }
                }
                break;
            default:
                throw new AssertionError(rule);
        }
        TeamPolicy next = TeamPolicy.of(rows);
        double[] sum = s.iterateSum;
        if (rule == Rule.CFR) {
            sum = sum.clone();
            next.addJointTo(1.0, sum);
        }
        return new State(game, next, acc, sum, s.i + 1, s.i + 1 >= steps, rule == Rule.CFR);
    }

    /** softmax(β·(z − max z)). */
    private static double[] softmax(double[] z, double beta) {
        double mx = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            mx = Math.max(mx, v);
        }
        double[] out = new double[z.length];
        double s = 0;
        for (int a = 0; a < z.length; a++) {
            out[a] = Math.exp(Math.max(-100, beta * (z[a] - mx)));
            s += out[a];
        }
        for (int a = 0; a < z.length; a++) {
            out[a] /= s;
        }
        return out;
    }

    /** (π + 1e-4)/Σ(π + 1e-4). */
    private static double[] smooth(double[] p) {
        double s = 0;
        double[] out = new double[p.length];
        for (int a = 0; a < p.length; a++) {
            out[a] = p[a] + 1e-4;
            s += out[a];
        }
        for (int a = 0; a < p.length; a++) {
            out[a] /= s;
        }
        return out;
    }
}
