package org.gtlab.learn;

import java.util.Arrays;
import java.util.Objects;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rng;

/**
 * Hedge / multiplicative weights (Freund and Schapire 1997, "A decision-theoretic generalization of
 * on-line learning", J. Comput. Syst. Sci. 55; Littlestone and Warmuth 1994) in self-play with full
 * information, and its optimistic variant (Rakhlin and Sridharan 2013; Syrgkanis, Agarwal, Luo and
 * Schapire 2015, "Fast convergence of regularized learning in games", NeurIPS; Daskalakis and
 * Panageas 2019, last-iterate convergence).
 *
 * <p>Rewards are normalised, {@code r_p(a) = v_p(a, x_{-p}) / Δ_p} with Δ_p the range (max − min)
 * of player p's payoffs, so that they lie in an interval of length 1 (Hedge is invariant to the
 * shift). With log-weights {@code L_p} ({@code L_{p,0} = ln x_{0,p}}):
 * <ul>
 *   <li>plain: {@code x_{t,p} = softmax(L_p)}, then {@code L_p ← L_p + η_p r_{t,p}};</li>
 *   <li>optimistic: {@code x_{t,p} = softmax(L_p + η_p r_{t−1,p})} (the last reward counted twice).</li>
 * </ul>
 * Log-weights and a max-shifted softmax keep iterates exact near the simplex corners.
 *
 * <p>Step size: by default {@code η_p = √(8 ln K_p / T)} for a horizon of T iterations (K_p =
 * number of strategies of player p). Regret bound (Cesa-Bianchi and Lugosi 2006, Thm 2.2): for
 * every t, player p's cumulative regret in normalised units is at most {@code ln K_p / η_p +
 * η_p t / 8}. In a two-player zero-sum game the duality gap of the average strategies
 * {@code max_i (Aȳ)_i − min_j (x̄ᵀA)_j} is the sum of the two average regrets, hence at most
 * {@code Δ · 2 (ln K / (η t) + η / 8)} when both players have K strategies and range Δ.
 *
 * <p>State: {@link LearnerState#memory()} = the log-weights L; {@link LearnerState#previous()} =
 * the last normalised reward vectors (zeros at t = 0). Uniform averaging. Works for N players.
 */
public final class Hedge implements Learner {

    private final NormalFormGame game;
    private final double[] eta;
    private final boolean optimistic;
    private final InitialProfile init;
    private final Payoffs pay;

    /**
     * @param eta step size η > 0, used for every player
     * @throws IllegalArgumentException if η is not a finite positive number
     */
    public Hedge(NormalFormGame game, double eta, boolean optimistic, InitialProfile init) {
        this(game, fill(game, eta), optimistic, init);
    }

    private Hedge(NormalFormGame game, double[] eta, boolean optimistic, InitialProfile init) {
        this.game = Objects.requireNonNull(game, "game");
        this.eta = eta;
        this.optimistic = optimistic;
        this.init = Objects.requireNonNull(init, "init");
        this.pay = new Payoffs(game);
        init.create(game, Rng.of(0));
    }

    /**
     * Hedge tuned for a horizon of T iterations: {@code η_p = √(8 ln K_p / T)} (0 for a player with
     * one strategy).
     *
     * @throws IllegalArgumentException if {@code horizon < 1}
     */
    public static Hedge forHorizon(NormalFormGame game, long horizon, boolean optimistic, InitialProfile init) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon T must be ≥ 1, got " + horizon);
        }
        double[] eta = new double[game.numPlayers()];
        for (int p = 0; p < eta.length; p++) {
            eta[p] = defaultEta(game.numStrategies(p), horizon);
        }
        return new Hedge(game, eta, optimistic, init);
    }

    /** {@code √(8 ln K / T)}. */
    public static double defaultEta(int k, long horizon) {
        return StrictMath.sqrt(8 * StrictMath.log(k) / horizon);
    }

    private static double[] fill(NormalFormGame game, double eta) {
        Learners.requirePositiveFinite("step size η", eta);
        double[] e = new double[game.numPlayers()];
        Arrays.fill(e, eta);
        return e;
    }

    /** Player p's step size η_p. */
    public double eta(int p) {
        return eta[p];
    }

    /** Player p's payoff range Δ_p (the reward normaliser; 1 if all its payoffs are equal). */
    public double payoffRange(int p) {
        return pay.range[p];
    }

    @Override
    public String name() {
        return (optimistic ? "optimistic Hedge" : "Hedge") + " (η = " + eta[0] + ")";
    }

    @Override
    public NormalFormGame game() {
        return game;
    }

    @Override
    public LearnerState start(long seed) {
        double[][] x0 = init.create(game, Rng.stream(seed, 0));
        double[][] logw = new double[x0.length][];
        for (int p = 0; p < x0.length; p++) {
            logw[p] = new double[x0[p].length];
            for (int a = 0; a < x0[p].length; a++) {
                logw[p][a] = StrictMath.log(x0[p][a]);
            }
        }
        return new LearnerState(0, x0, pay.newValues(), 0, logw, pay.newValues(), new double[pay.n], pay.newValues(),
                Rng.stream(seed, 1).state());
    }

    @Override
    public LearnerState step(LearnerState s) {
        Learners.checkShape(pay, s);
        int n = pay.n;
        double[][] x = new double[n][];
        for (int p = 0; p < n; p++) {
            double[] z = s.memory[p];
            if (optimistic) {
                z = z.clone();
                for (int a = 0; a < z.length; a++) {
                    z[a] += eta[p] * s.previous[p][a];
                }
            }
            x[p] = new double[z.length];
            Learners.softmax(z, x[p]);
        }
        double[][] values = pay.newValues();
        double[] cumPayoff = s.cumPayoff.clone();
        double[][] cumValues = LearnerState.deepCopy(s.cumValues);
        pay.account(x, values, cumPayoff, cumValues);
        double[][] logw = LearnerState.deepCopy(s.memory);
        double[][] sum = LearnerState.deepCopy(s.sum);
        for (int p = 0; p < n; p++) {
            double[] r = values[p];
            for (int a = 0; a < r.length; a++) {
                r[a] /= pay.range[p];
                logw[p][a] += eta[p] * r[a];
                sum[p][a] += x[p][a];
            }
        }
        return new LearnerState(s.t + 1, x, sum, s.weight + 1, logw, values, cumPayoff, cumValues, s.rng);
    }
}
