package org.gtlab.learn.team;

import java.util.List;
import java.util.Map;

import org.gtlab.eval.TeamEvaluation;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamMixture;
import org.gtlab.game.TeamPolicy;

/**
 * Fictitious Cross-Play (FXP; Xu, Liang, Yu, Wang, Wu, arXiv:2310.03354; JMLR 26 (2025) "Generalized
 * Fictitious Cross-Play"), the matrix-game loop of spec fxp-psro.md §8.2.
 *
 * <p>A <b>main policy</b> π trains with the damped oracle (≥ 50 steps per phase) against the target
 * η·Q(π vs π) + (1 − η)·Σ_k σ_k·Q(π vs Pop_k), where σ is the meta-solver's equilibrium over the union
 * population Pop = (μ₀, π₁, μ₁, π₂, …) of main checkpoints and counters; its end-of-phase policy is saved
 * as checkpoint π_i. A <b>counter</b> μ_i restarts from uniform and best-responds, for at most T_i steps (the
 * length of the main phase), to ρ, the row equilibrium of the main-vs-counter matrix M_mc (rows
 * π₁..π_i, columns μ₀..μ_{i−1}); optionally it is the exact team best response to ρ (one step). After m
 * iterations the solution is the meta-solver's mixture over all 2m + 1 members. η = 1 with counters off
 * is SP (with the ≥ 50-step minimum).
 *
 * <p>Defaults: m = 10, η = 0.3, lr = 0.1, cap 1000, LP meta-solver (paper-faithful: the authors' FP-999),
 * damped counters, no main reset.
 *
 * <p><b>Logging</b> (as the authors' {@code meta_logger}): during main phase i the state reports Expl of the
 * σ-mixture over the 2i − 1 members that existed at the phase start; during counter phase i the σ′-mixture
 * over the 2i members including π_i. Steps count main and counter oracle steps together. The final state
 * reports the final mixture. Metrics: step, team_exploitability, restricted_exploitability,
 * population_size, iteration, phase (0 main, 1 counter), main_exploitability (Expl of the current main
 * policy alone; only if tracked).
 */
public final class FictitiousCrossPlay implements TeamLearner<FictitiousCrossPlay.State> {

    private final TeamGame game;
    private final int iterations;
    private final double eta;
    private final boolean reset;
    private final MetaSolver solver;
    private final SoftBestResponseOracle mainOracle;
    private final SoftBestResponseOracle counterOracle;
    private final boolean exactCounters;
    private final boolean counters;
    private final boolean trackMain;

    private FictitiousCrossPlay(TeamGame game, int iterations, double eta, boolean reset, MetaSolver solver,
            SoftBestResponseOracle oracle, boolean exactCounters, boolean counters, boolean trackMain) {
        game.requireEnumerable("FXP with the exact team evaluation");
        if (iterations < 1) {
            throw new IllegalArgumentException("FXP needs m ≥ 1 iterations, got " + iterations);
        }
        if (!(eta >= 0 && eta <= 1)) {
            throw new IllegalArgumentException("FXP self-play share η must be in [0, 1], got " + eta);
        }
        this.game = game;
        this.iterations = iterations;
        this.eta = eta;
        this.reset = reset;
        this.solver = solver;
        this.mainOracle = oracle.withMinSteps(Math.max(oracle.minSteps(), 50));
        this.counterOracle = oracle.withMinSteps(0);
        this.exactCounters = exactCounters;
        this.counters = counters;
        this.trackMain = trackMain;
    }

    /** The lab defaults: m = 10, η = 0.3, no reset, LP meta-solver, damped oracle lr 0.1. */
    public static FictitiousCrossPlay standard(TeamGame game) {
        return new FictitiousCrossPlay(game, 10, 0.3, false, MetaSolvers.nash(), SoftBestResponseOracle.standard(50), false,
                true, true);
    }

    /** Paper-faithful mode: the authors' FP-999 meta-solver. */
    public static FictitiousCrossPlay paperFaithful(TeamGame game) {
        return standard(game).withMetaSolver(MetaSolvers.fictitiousPlay(999));
    }

    public FictitiousCrossPlay withIterations(int m) {
        return new FictitiousCrossPlay(game, m, eta, reset, solver, mainOracle, exactCounters, counters, trackMain);
    }

    public FictitiousCrossPlay withEta(double e) {
        return new FictitiousCrossPlay(game, iterations, e, reset, solver, mainOracle, exactCounters, counters, trackMain);
    }

    /** FXP (reset): the main policy restarts from π⁰ every iteration. */
    public FictitiousCrossPlay withReset(boolean r) {
        return new FictitiousCrossPlay(game, iterations, eta, r, solver, mainOracle, exactCounters, counters, trackMain);
    }

    public FictitiousCrossPlay withMetaSolver(MetaSolver s) {
        return new FictitiousCrossPlay(game, iterations, eta, reset, s, mainOracle, exactCounters, counters, trackMain);
    }

    /** Damped oracle settings (lr, temperature, cap); the main phase keeps its ≥ 50-step minimum. */
    public FictitiousCrossPlay withOracle(SoftBestResponseOracle d) {
        return new FictitiousCrossPlay(game, iterations, eta, reset, solver, d, exactCounters, counters, trackMain);
    }

    /** Counters as exact team best responses (one oracle step each) instead of damped ones. */
    public FictitiousCrossPlay withExactCounters(boolean e) {
        return new FictitiousCrossPlay(game, iterations, eta, reset, solver, mainOracle, e, counters, trackMain);
    }

    /** Disables the counter phase (η ablation, spec test 26). */
    public FictitiousCrossPlay withCounters(boolean c) {
        return new FictitiousCrossPlay(game, iterations, eta, reset, solver, mainOracle, exactCounters, c, trackMain);
    }

    /** Whether every state also evaluates the main policy alone (one more team evaluation per step). */
    public FictitiousCrossPlay withMainTracking(boolean t) {
        return new FictitiousCrossPlay(game, iterations, eta, reset, solver, mainOracle, exactCounters, counters, t);
    }

    @Override
    public String name() {
        return "fxp";
    }

    @Override
    public String description() {
        return "FXP" + (reset ? " (reset)" : "") + " (m = " + iterations + ", η = " + eta + ", meta " + solver.name()
                + (exactCounters ? ", exact counters" : "") + (counters ? "" : ", no counters") + ") on "
                + game.description();
    }

    @Override
    public TeamGame game() {
        return game;
    }

    /** FXP state. */
    public static final class State extends AbstractTeamState {
        final TeamPolicy initial;
        final TeamPolicy main;
        final TeamPolicy counter;
        final boolean counterPhase;
        final int i;
        final int t;
        final int converge;
        final int mainLength;
        final List<TeamPolicy> pop;
        final double[][] all;
        final List<TeamPolicy> mains;
        final List<TeamPolicy> counters;
        final double[][] mc;
        final double[] sigma;
        final Evaluated logged;
        final double[] counterTarget;
        final List<Long> phaseStarts;

        State(TeamGame g, boolean track, TeamPolicy initial, TeamPolicy main, TeamPolicy counter, boolean counterPhase,
                int i, int t, int converge, int mainLength, List<TeamPolicy> pop, double[][] all, List<TeamPolicy> mains,
                List<TeamPolicy> counters, double[][] mc, double[] sigma, Evaluated logged, double[] counterTarget,
                long step, boolean done, List<Long> phaseStarts) {
            super(step, done, metrics(g, track, main, logged, step, sigma.length, i, counterPhase));
            this.initial = initial;
            this.main = main;
            this.counter = counter;
            this.counterPhase = counterPhase;
            this.i = i;
            this.t = t;
            this.converge = converge;
            this.mainLength = mainLength;
            this.pop = pop;
            this.all = all;
            this.mains = mains;
            this.counters = counters;
            this.mc = mc;
            this.sigma = sigma;
            this.logged = logged;
            this.counterTarget = counterTarget;
            this.phaseStarts = phaseStarts;
        }

        private static Map<String, Double> metrics(TeamGame g, boolean track, TeamPolicy main, Evaluated logged,
                long step, int size, int i, boolean counterPhase) {
            Map<String, Double> m = logged.metrics(step, size);
            m.put(TeamMetrics.ITERATION, (double) i);
            m.put(TeamMetrics.PHASE, counterPhase ? 1.0 : 0.0);
            if (track) {
                m.put(TeamMetrics.MAIN_EXPLOITABILITY, TeamEvaluation.exploitability(g, main));
            }
            return m;
        }

        /** The logged mixture (the final mixture over all 2m + 1 members once done). */
        @Override
        public TeamMixture solution() {
            return TeamMixture.of(sigma, pop.subList(0, sigma.length));
        }

        /** The main policy. */
        @Override
        public TeamPolicy policy() {
            return main;
        }

        /** The counter being trained (the last counter outside a counter phase). */
        public TeamPolicy counter() {
            return counter;
        }

        /** The union population μ₀, π₁, μ₁, π₂, …. */
        public List<TeamPolicy> population() {
            return pop;
        }

        /** Main checkpoints π₁, π₂, …. */
        public List<TeamPolicy> mainCheckpoints() {
            return mains;
        }

        /** Counters μ₀, μ₁, …. */
        public List<TeamPolicy> counters() {
            return counters;
        }

        /** A copy of the union meta-game M_all[k][l] = U(Pop_k, Pop_l). */
        public double[][] metaGame() {
            return MetaGames.copy(all);
        }

        /** True during a counter phase. */
        public boolean inCounterPhase() {
            return counterPhase;
        }

        /** Current iteration i (1-based). */
        public int iteration() {
            return i;
        }

        /** Cumulative steps at which each phase (main 1, counter 1, main 2, …) started. */
        public List<Long> phaseStarts() {
            return phaseStarts;
        }
    }

    @Override
    public State start(TeamPolicy initial) {
        game.checkPolicy(initial);
        TeamPolicy mu0 = TeamPolicy.uniform(game.agentsPerTeam(), game.actionsPerAgent());
        List<TeamPolicy> pop = List.of(mu0);
        double[] sigma = {1.0};
        Evaluated logged = Evaluated.of(game, mu0.jointDistribution());
        return new State(game, trackMain, initial, initial, mu0, false, 1, 0, 0, 0, pop, new double[][] {{0.0}}, List.of(),
                List.of(mu0), new double[0][], sigma, logged, null, 0, false, List.of(0L));
    }

    private static double[][] sub(double[][] m, int rows, int cols) {
        double[][] s = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(m[r], 0, s[r], 0, cols);
        }
        return s;
    }

    private Evaluated mixture(double[] sigma, List<TeamPolicy> pop) {
        return Evaluated.of(game, TeamMixture.of(sigma, pop.subList(0, sigma.length)).jointDistribution());
    }

    @Override
    public State step(State s) {
        if (s.done()) {
            throw new IllegalStateException("FXP has finished");
        }
        return s.counterPhase ? counterStep(s) : mainStep(s);
    }

    private State mainStep(State s) {
        double[] self = s.main.jointDistribution();
        double[] q = Evaluated.combine(eta, self, 1 - eta, s.logged.q);
        double[][] qa = TeamEvaluation.agentActionValues(game, s.main, game.valueVs(q));
        double[][] br = mainOracle.response(qa);
        TeamPolicy next = mainOracle.update(s.main, br, s.t);
        int p = mainOracle.progress(s.t, s.converge, SoftBestResponseOracle.distance(next, br));
        long step = s.step() + 1;
        if (!SoftBestResponseOracle.stops(p)) {
            return new State(game, trackMain, s.initial, next, s.counter, false, s.i, s.t + 1, SoftBestResponseOracle.counter(p),
                    0, s.pop, s.all, s.mains, s.counters, s.mc, s.sigma, s.logged, null, step, false, s.phaseStarts);
        }
        int length = s.t + 1;
        int i = s.i;
        // checkpoint π_i: row i of M_mc against μ_0..μ_{i−1}
        double[] vNext = game.valueVs(next.jointDistribution()); // U(a, π_i)
        double[][] mc = new double[i][iterations + 1];
        for (int r = 0; r < i - 1; r++) {
            mc[r] = s.mc[r].clone();
        }
        for (int j = 0; j < i; j++) {
            mc[i - 1][j] = -s.counters.get(j).dotJoint(vNext); // U(π_i, μ_j) = −U(μ_j, π_i)
        }
        List<TeamPolicy> mains = MetaGames.append(s.mains, next);
        double[][] all = MetaGames.extend(game, s.all, s.pop, next);
        List<TeamPolicy> pop = MetaGames.append(s.pop, next);
        if (!counters) {
            return afterCounter(s, next, s.counter, i, pop, all, mains, s.counters, mc, step, length);
        }
        double[] sigmaLog = solver.solve(all).row();
        Evaluated logged = mixture(sigmaLog, pop);
        double[] rho = solver.solve(sub(mc, i, i)).row();
        double[] qr = TeamMixture.of(rho, mains).jointDistribution();
        double[] counterTarget = game.valueVs(qr);
        TeamPolicy mu = TeamPolicy.uniform(game.agentsPerTeam(), game.actionsPerAgent());
        return new State(game, trackMain, s.initial, next, mu, true, i, 0, 0, length, pop, all, mains, s.counters, mc,
                sigmaLog, logged, counterTarget, step, false, MetaGames.append(s.phaseStarts, step));
    }

    private State counterStep(State s) {
        TeamPolicy mu;
        boolean stop;
        int t = s.t;
        int converge = 0;
        if (exactCounters) {
            int idx = TeamEvaluation.argmax(s.counterTarget);
            mu = TeamPolicy.pure(game.actionsPerAgent(), game.jointAction(idx));
            stop = true;
        } else {
            SoftBestResponseOracle o = counterOracle.withMaxSteps(s.mainLength);
            double[][] qa = TeamEvaluation.agentActionValues(game, s.counter, s.counterTarget);
            double[][] br = o.response(qa);
            mu = o.update(s.counter, br, t);
            int p = o.progress(t, s.converge, SoftBestResponseOracle.distance(mu, br));
            stop = SoftBestResponseOracle.stops(p);
            converge = SoftBestResponseOracle.counter(p);
        }
        long step = s.step() + 1;
        if (!stop) {
            return new State(game, trackMain, s.initial, s.main, mu, true, s.i, t + 1, converge, s.mainLength, s.pop, s.all,
                    s.mains, s.counters, s.mc, s.sigma, s.logged, s.counterTarget, step, false, s.phaseStarts);
        }
        int i = s.i;
        double[] vMu = game.valueVs(mu.jointDistribution()); // U(a, μ_i)
        double[][] mc = new double[i][];
        for (int r = 0; r < i; r++) {
            mc[r] = s.mc[r].clone();
            mc[r][i] = s.mains.get(r).dotJoint(vMu); // U(π_{r+1}, μ_i)
        }
        double[][] all = MetaGames.extend(game, s.all, s.pop, mu);
        List<TeamPolicy> pop = MetaGames.append(s.pop, mu);
        List<TeamPolicy> cs = MetaGames.append(s.counters, mu);
        return afterCounter(s, s.main, mu, i, pop, all, s.mains, cs, mc, step, s.mainLength);
    }

    /** Either the final state or the start of main phase i + 1. */
    private State afterCounter(State s, TeamPolicy main, TeamPolicy mu, int i, List<TeamPolicy> pop, double[][] all,
            List<TeamPolicy> mains, List<TeamPolicy> cs, double[][] mc, long step, int length) {
        if (i >= iterations) {
            double[] sigma = solver.solve(all).row();
            return new State(game, trackMain, s.initial, main, mu, false, i, 0, 0, length, pop, all, mains, cs, mc, sigma,
                    mixture(sigma, pop), null, step, true, s.phaseStarts);
        }
        TeamPolicy nextMain = reset ? s.initial : main;
        double[] sigma = solver.solve(all).row();
        return new State(game, trackMain, s.initial, nextMain, mu, false, i + 1, 0, 0, 0, pop, all, mains, cs, mc, sigma,
                mixture(sigma, pop), null, step, false, MetaGames.append(s.phaseStarts, step));
    }
}
