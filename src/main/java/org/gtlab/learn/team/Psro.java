package org.gtlab.learn.team;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gtlab.eval.TeamEvaluation;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamMixture;
import org.gtlab.game.TeamPolicy;

/**
 * Policy-Space Response Oracles on a symmetric team game, single population (Lanctot et al. 2017,
 * arXiv:1711.00832; spec fxp-psro.md §7). The population starts with the initial policy π⁰; each iteration
 * trains a best response to the meta-strategy mixture q_σ = Σ_k σ_k p_{P_k}, appends it, extends the
 * antisymmetric meta-game M[k, l] = U(P_k, P_l) (exact expectations) and recomputes σ.
 *
 * <p><b>Oracles.</b> {@link Oracle#EXACT}: the exact team best response (a pure joint action, lowest index
 * on ties), one oracle step per iteration; with the Nash (LP) meta-solver this is Double Oracle and it stops
 * as soon as Expl(σ) ≤ {@code tolerance} (1e-12). {@link Oracle#DAMPED}: the authors' damped per-agent BR
 * ({@link SoftBestResponseOracle}, at least 50 steps), from uniform every iteration ({@code reset}) or continuing
 * from the previous best response; it always runs {@code iterations} iterations (spec §7.3). A damped phase
 * whose target is already an equilibrium (Expl ≤ 1e-9) is flagged by the metric
 * {@code target_at_equilibrium} = 1 (Q15); in the authors' numpy code rounding noise among the tied values
 * keeps such a phase running to the cap, here exact ties resolve to the lowest index and it may converge.
 *
 * <p><b>Meta update.</b> Any {@link MetaSolver} (row solution of M), or <b>Online Double Oracle</b>
 * ({@link #onlineDoubleOracle}): the BR is added only if it is not {@code isclose} (max_x ‖·‖² &lt; 1e-4) to an
 * existing member, in which case the weights restart uniform over the enlarged population; after every
 * iteration w ← w ⊙ softmax(μ·M w), renormalised (μ = 1).
 *
 * <p><b>Logging.</b> The state after s steps reports the mixture the current best response is trained
 * against (the population at the start of the phase, with the weights of the last meta update), as the
 * authors log it; the final state reports the final mixture over the whole population. Metrics: step,
 * team_exploitability, restricted_exploitability, population_size, iteration, target_at_equilibrium.
 */
public final class Psro implements TeamLearner<Psro.State> {

    /** Best-response oracle. */
    public enum Oracle {
        EXACT,
        DAMPED
    }

    /** Default stop tolerance of the exact oracle. */
    public static final double DEFAULT_TOLERANCE = 1e-12;

    private final TeamGame game;
    private final MetaSolver solver;
    private final double odoMu;
    private final Oracle oracle;
    private final SoftBestResponseOracle damped;
    private final boolean reset;
    private final int iterations;
    private final double tolerance;

    private Psro(TeamGame game, MetaSolver solver, double odoMu, Oracle oracle, SoftBestResponseOracle damped, boolean reset,
            int iterations, double tolerance) {
        game.requireEnumerable("PSRO with the exact team evaluation");
        if (iterations < 1) {
            throw new IllegalArgumentException("PSRO needs at least 1 iteration, got " + iterations);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number ≥ 0, got " + tolerance);
        }
        this.game = game;
        this.solver = solver;
        this.odoMu = odoMu;
        this.oracle = oracle;
        this.damped = damped;
        this.reset = reset;
        this.iterations = iterations;
        this.tolerance = tolerance;
    }

    /**
     * PSRO with a meta-solver.
     *
     * @param iterations maximum number of best responses (the authors use 12 for PSRO-Nash with reset, 20
     *                   otherwise; the exact oracle usually stops earlier)
     */
    public static Psro withSolver(TeamGame game, MetaSolver solver, Oracle oracle, boolean reset, int iterations) {
        return new Psro(game, solver, Double.NaN, oracle, SoftBestResponseOracle.standard(50), reset, iterations,
                DEFAULT_TOLERANCE);
    }

    /** Exact-oracle PSRO with the LP meta-solver (Double Oracle), up to 100 best responses. */
    public static Psro doubleOracle(TeamGame game) {
        return withSolver(game, MetaSolvers.nash(), Oracle.EXACT, true, 100);
    }

    /**
     * Online Double Oracle with multiplicative-weights meta update μ.
     *
     * @throws IllegalArgumentException if μ is not a finite number &gt; 0
     */
    public static Psro onlineDoubleOracle(TeamGame game, double mu, Oracle oracle, boolean reset, int iterations) {
        if (!(mu > 0) || !Double.isFinite(mu)) {
            throw new IllegalArgumentException("Online DO step μ must be a finite number > 0, got " + mu);
        }
        return new Psro(game, null, mu, oracle, SoftBestResponseOracle.standard(50), reset, iterations, DEFAULT_TOLERANCE);
    }

    /** This configuration with another damped oracle (learning rate, cap, minimum steps). */
    public Psro withDampedOracle(SoftBestResponseOracle d) {
        return new Psro(game, solver, odoMu, oracle, d, reset, iterations, tolerance);
    }

    /** This configuration with another exact-oracle stop tolerance. */
    public Psro withTolerance(double tol) {
        return new Psro(game, solver, odoMu, oracle, damped, reset, iterations, tol);
    }

    @Override
    public String name() {
        return solver == null ? "odo" : "psro";
    }

    @Override
    public String description() {
        String meta = solver == null ? "Online DO (μ = " + odoMu + ")" : "PSRO (" + solver.name() + ")";
        return meta + ", " + oracle.name().toLowerCase(Locale.ROOT) + " oracle"
                + (oracle == Oracle.DAMPED ? (reset ? ", reset" : ", no reset") : "") + ", " + iterations
                + " iterations, on " + game.description();
    }

    @Override
    public TeamGame game() {
        return game;
    }

    /** PSRO state. */
    public static final class State extends AbstractTeamState {
        final List<TeamPolicy> pop;
        final double[][] meta;
        final double[] sigma;
        final Evaluated target;
        final TeamPolicy br;
        final int t;
        final int converge;
        final int iteration;
        final List<Long> phaseStarts;
        final List<int[]> exactResponses;

        State(List<TeamPolicy> pop, double[][] meta, double[] sigma, Evaluated target, TeamPolicy br, int t,
                int converge, int iteration, long step, boolean done, List<Long> phaseStarts, List<int[]> exact,
                boolean atEquilibrium) {
            super(step, done, metrics(target, step, pop.size(), iteration, atEquilibrium));
            this.pop = pop;
            this.meta = meta;
            this.sigma = sigma;
            this.target = target;
            this.br = br;
            this.t = t;
            this.converge = converge;
            this.iteration = iteration;
            this.phaseStarts = phaseStarts;
            this.exactResponses = exact;
        }

        private static Map<String, Double> metrics(Evaluated target, long step, int size, int iteration,
                boolean atEquilibrium) {
            Map<String, Double> m = target.metrics(step, size);
            m.put(TeamMetrics.ITERATION, (double) iteration);
            m.put(TeamMetrics.TARGET_AT_EQUILIBRIUM, atEquilibrium ? 1.0 : 0.0);
            return m;
        }

        @Override
        public TeamMixture solution() {
            return TeamMixture.of(sigma, pop);
        }

        @Override
        public TeamPolicy policy() {
            return br;
        }

        /** The population (initial policy first, then best responses in order). */
        public List<TeamPolicy> population() {
            return pop;
        }

        /** A copy of the meta-game matrix M[k][l] = U(P_k, P_l). */
        public double[][] metaGame() {
            return MetaGames.copy(meta);
        }

        /** Number of best responses trained so far. */
        public int iteration() {
            return iteration;
        }

        /** Cumulative steps at which each best-response phase started. */
        public List<Long> phaseStarts() {
            return phaseStarts;
        }

        /** Exact-oracle best responses (joint actions) in order; empty for the damped oracle. */
        public List<int[]> exactResponses() {
            return exactResponses;
        }
    }

    @Override
    public State start(TeamPolicy initial) {
        game.checkPolicy(initial);
        List<TeamPolicy> pop = List.of(initial);
        double[] sigma = {1.0};
        Evaluated target = Evaluated.of(game, initial.jointDistribution());
        boolean done = oracle == Oracle.EXACT && target.exploitability <= tolerance;
        TeamPolicy br = oracle == Oracle.DAMPED && reset ? uniform() : initial;
        return new State(pop, new double[][] {{0.0}}, sigma, target, br, 0, 0, 0, 0, done, List.of(0L), List.of(),
                false);
    }

    private TeamPolicy uniform() {
        return TeamPolicy.uniform(game.agentsPerTeam(), game.actionsPerAgent());
    }

    @Override
    public State step(State s) {
        if (s.done()) {
            throw new IllegalStateException(name() + " has finished");
        }
        if (oracle == Oracle.EXACT) {
            int[] a = game.jointAction(s.target.bestResponse);
            TeamPolicy br = TeamPolicy.pure(game.actionsPerAgent(), a);
            return finishPhase(s, br, s.step() + 1, MetaGames.append(s.exactResponses, a));
        }
        TeamPolicy br = s.br;
        double[][] q = TeamEvaluation.agentActionValues(game, br, s.target.v);
        double[][] resp = damped.response(q);
        TeamPolicy next = damped.update(br, resp, s.t);
        int p = damped.progress(s.t, s.converge, SoftBestResponseOracle.distance(next, resp));
        if (!SoftBestResponseOracle.stops(p)) {
            return new State(s.pop, s.meta, s.sigma, s.target, next, s.t + 1, SoftBestResponseOracle.counter(p),
                    s.iteration, s.step() + 1, false, s.phaseStarts, s.exactResponses, s.target.exploitability <= 1e-9);
        }
        return finishPhase(s, next, s.step() + 1, s.exactResponses);
    }

    private State finishPhase(State s, TeamPolicy br, long step, List<int[]> exact) {
        List<TeamPolicy> pop = s.pop;
        double[][] meta = s.meta;
        double[] sigma;
        boolean added = true;
        if (solver == null) {
            for (TeamPolicy member : pop) {
                if (br.maxSquaredDistance(member) < SoftBestResponseOracle.CLOSE) {
                    added = false;
                    break;
                }
            }
        }
        if (added) {
            meta = MetaGames.extend(game, meta, pop, br);
            pop = MetaGames.append(pop, br);
        }
        if (solver != null) {
            sigma = solver.solve(meta).row();
        } else {
            double[] w;
            if (added) {
                w = new double[pop.size()];
                Arrays.fill(w, 1.0 / w.length);
            } else {
                w = s.sigma.clone();
            }
            double[] mw = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                for (int j = 0; j < w.length; j++) {
                    mw[i] += meta[i][j] * w[j];
                }
            }
            double mx = Double.NEGATIVE_INFINITY;
            for (double v : mw) {
                mx = Math.max(mx, odoMu * v);
            }
            double z = 0;
            for (double v : mw) {
                z += Math.exp(odoMu * v - mx);
            }
            double tot = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] *= Math.exp(odoMu * mw[i] - mx) / z;
                tot += w[i];
            }
            for (int i = 0; i < w.length; i++) {
                w[i] /= tot;
            }
            sigma = w;
        }
        TeamMixture mix = TeamMixture.of(sigma, pop);
        Evaluated target = Evaluated.of(game, mix.jointDistribution());
        int iteration = s.iteration + 1;
        boolean done = iteration >= iterations || (oracle == Oracle.EXACT && target.exploitability <= tolerance);
        List<Long> starts = done ? s.phaseStarts : MetaGames.append(s.phaseStarts, step);
        TeamPolicy nextBr = oracle == Oracle.DAMPED && reset ? uniform() : br;
        return new State(pop, meta, sigma, target, nextBr, 0, 0, iteration, step, done, starts, exact,
                oracle == Oracle.DAMPED && !done && target.exploitability <= 1e-9);
    }
}
