package org.gtlab.learn;

import java.util.Objects;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rng;

/**
 * Stochastic (smooth) fictitious play (Fudenberg and Kreps 1993, "Learning mixed equilibria",
 * Games Econ. Behav. 5; Fudenberg and Levine 1998, "The Theory of Learning in Games", ch. 4):
 * each player plays the logit smooth best response to the empirical frequencies of the others,
 * {@code x_p = softmax(v_p(·, x̄_{-p}) / λ)}, with temperature λ > 0.
 *
 * <p>With {@code sampled = true} each player then draws one pure action from {@code x_p} (seeded)
 * and the counts grow by that action — the stochastic process of Fudenberg and Kreps; with
 * {@code sampled = false} the counts grow by the whole mixed {@code x_p} (deterministic smooth FP).
 * As λ → 0 this becomes fictitious play; its rest points are the logit quantal-response equilibria
 * of temperature λ (McKelvey and Palfrey 1995), not Nash equilibria, so NashConv levels off at a
 * positive value that shrinks with λ.
 *
 * <p>State: counts as in {@link FictitiousPlay} (initial profile counted once); current = the
 * mixed smooth best responses; regret bookkeeping uses the mixed profile (expected payoffs).
 * Memory arrays unused.
 */
public final class StochasticFictitiousPlay implements Learner {

    private final NormalFormGame game;
    private final double lambda;
    private final boolean sampled;
    private final InitialProfile init;
    private final Payoffs pay;

    /**
     * @param lambda temperature λ > 0 (payoff units)
     * @throws IllegalArgumentException if λ is not a finite positive number
     */
    public StochasticFictitiousPlay(NormalFormGame game, double lambda, boolean sampled, InitialProfile init) {
        this.game = Objects.requireNonNull(game, "game");
        Learners.requirePositiveFinite("temperature λ", lambda);
        this.lambda = lambda;
        this.sampled = sampled;
        this.init = Objects.requireNonNull(init, "init");
        this.pay = new Payoffs(game);
        init.create(game, Rng.of(0));
    }

    @Override
    public String name() {
        return (sampled ? "stochastic" : "smooth") + " fictitious play (λ = " + lambda + ")";
    }

    @Override
    public NormalFormGame game() {
        return game;
    }

    @Override
    public LearnerState start(long seed) {
        double[][] x0 = init.create(game, Rng.stream(seed, 0));
        return new LearnerState(0, x0, LearnerState.deepCopy(x0), 1, LearnerState.NONE, LearnerState.NONE,
                new double[pay.n], pay.newValues(), Rng.stream(seed, 1).state());
    }

    @Override
    public LearnerState step(LearnerState s) {
        Learners.checkShape(pay, s);
        int n = pay.n;
        double[][] belief = s.average();
        double[][] values = pay.newValues();
        double[][] x = new double[n][];
        for (int p = 0; p < n; p++) {
            pay.values(p, belief, values[p]);
            double[] z = values[p];
            for (int a = 0; a < z.length; a++) {
                z[a] /= lambda;
            }
            x[p] = new double[z.length];
            Learners.softmax(z, x[p]);
        }
        double[][] sum = LearnerState.deepCopy(s.sum);
        Rng rng = Rng.fromState(s.rng);
        for (int p = 0; p < n; p++) {
            if (sampled) {
                sum[p][rng.nextIndex(x[p])] += 1;
            } else {
                for (int a = 0; a < x[p].length; a++) {
                    sum[p][a] += x[p][a];
                }
            }
        }
        double[] cumPayoff = s.cumPayoff.clone();
        double[][] cumValues = LearnerState.deepCopy(s.cumValues);
        pay.account(x, values, cumPayoff, cumValues);
        return new LearnerState(s.t + 1, x, sum, s.weight + 1, LearnerState.NONE, LearnerState.NONE, cumPayoff,
                cumValues, rng.state());
    }
}
