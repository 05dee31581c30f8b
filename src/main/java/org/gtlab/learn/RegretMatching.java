package org.gtlab.learn;

import java.util.Objects;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rng;

/**
 * Regret matching (Hart and Mas-Colell 2000, "A simple adaptive procedure leading to correlated
 * equilibrium", Econometrica 68) and regret matching⁺ (Tammelin 2014, arXiv:1407.5042; Tammelin,
 * Burch, Johanson and Bowling 2015, IJCAI), in the full-information (expected-payoff) form.
 *
 * <p>Each iteration every player plays {@code x_p ∝ R_p⁺} — or the initial strategy {@code x_{0,p}}
 * while no regret is positive — then, with {@code r_p(a) = v_p(a, x_{-p}) − u_p(x)}:
 * <ul>
 *   <li>RM: {@code R_p ← R_p + r_p};</li>
 *   <li>RM⁺: {@code R_p ← max(R_p + r_p, 0)} (componentwise).</li>
 * </ul>
 * Averaging weights are {@code w_t = 1} (uniform) or {@code w_t = t} (linear, as in CFR⁺).
 * Guarantee (uniform averaging): each player's average regret is at most {@code Δ_p √(K_p / T)}
 * with Δ_p the payoff range, so in a two-player zero-sum game NashConv of the average profile
 * vanishes like {@code O(1/√T)}.
 *
 * <p>State: {@link LearnerState#memory()} = the cumulative regrets R (RM⁺: the clipped Q);
 * {@link LearnerState#previous()} = the initial profile x₀ (the fallback strategy).
 */
public final class RegretMatching implements Learner {

    /** Averaging weights of the reported average strategy. */
    public enum Averaging { UNIFORM, LINEAR }

    private final NormalFormGame game;
    private final boolean plus;
    private final Averaging averaging;
    private final InitialProfile init;
    private final Payoffs pay;

    public RegretMatching(NormalFormGame game, boolean plus, Averaging averaging, InitialProfile init) {
        this.game = Objects.requireNonNull(game, "game");
        this.plus = plus;
        this.averaging = Objects.requireNonNull(averaging, "averaging");
        this.init = Objects.requireNonNull(init, "init");
        this.pay = new Payoffs(game);
        init.create(game, Rng.of(0));
    }

    @Override
    public String name() {
        return (plus ? "regret matching+" : "regret matching") + " (" + averaging.name().toLowerCase(java.util.Locale.ROOT)
                + " averaging)";
    }

    @Override
    public NormalFormGame game() {
        return game;
    }

    @Override
    public LearnerState start(long seed) {
        double[][] x0 = init.create(game, Rng.stream(seed, 0));
        return new LearnerState(0, x0, pay.newValues(), 0, pay.newValues(), LearnerState.deepCopy(x0),
                new double[pay.n], pay.newValues(), Rng.stream(seed, 1).state());
    }

    @Override
    public LearnerState step(LearnerState s) {
        Learners.checkShape(pay, s);
        int n = pay.n;
        double[][] x = new double[n][];
        for (int p = 0; p < n; p++) {
            x[p] = regretMatch(s.memory[p], s.previous[p]);
        }
        double[][] values = pay.newValues();
        double[] cumPayoff = s.cumPayoff.clone();
        double[][] cumValues = LearnerState.deepCopy(s.cumValues);
        pay.account(x, values, cumPayoff, cumValues);
        double[][] regrets = LearnerState.deepCopy(s.memory);
        double w = averaging == Averaging.LINEAR ? s.t + 1 : 1;
        double[][] sum = LearnerState.deepCopy(s.sum);
        for (int p = 0; p < n; p++) {
            double u = Payoffs.dot(values[p], x[p]);
            double[] r = regrets[p];
            for (int a = 0; a < r.length; a++) {
                r[a] += values[p][a] - u;
                if (plus && r[a] < 0) {
                    r[a] = 0;
                }
                sum[p][a] += w * x[p][a];
            }
        }
        return new LearnerState(s.t + 1, x, sum, s.weight + w, regrets, s.previous, cumPayoff, cumValues, s.rng);
    }

    /** {@code R⁺ / Σ R⁺}, or the fallback when no regret is positive. */
    static double[] regretMatch(double[] regret, double[] fallback) {
        double total = 0;
        for (double r : regret) {
            if (r > 0) {
                total += r;
            }
        }
        if (total <= 0) {
            return fallback.clone();
        }
        double[] x = new double[regret.length];
        for (int a = 0; a < regret.length; a++) {
            x[a] = regret[a] > 0 ? regret[a] / total : 0;
        }
        return x;
    }
}
