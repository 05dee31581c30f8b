package org.gtlab.learn;

import java.util.Objects;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rng;

/**
 * Damped best-response self-play: every player moves a fraction α_t of the way toward its pure
 * best response to the others' current strategies,
 * {@code x_{t,p} = (1 − α_t) x_{t−1,p} + α_t e_{b_p}}, {@code b_p = BR_p(x_{t−1,−p})}
 * (lowest index among ties). With α = 1 this is Cournot best-response dynamics; with the harmonic
 * schedule α_t = 1/t (t = 1, 2, …) it is a discrete best-response dynamic whose iterates average
 * past best responses like fictitious play's beliefs (Gilboa and Matsui 1991; Hofbauer and Sorin
 * 2006). It need not converge: it cycles in rock–paper–scissors for constant α.
 *
 * <p>Reports the current profile and the uniform average of the played profiles. Memory arrays
 * unused.
 */
public final class DampedBestResponse implements Learner {

    /** Step-size schedule. */
    public enum Schedule { CONSTANT, HARMONIC }

    private final NormalFormGame game;
    private final double alpha;
    private final Schedule schedule;
    private final InitialProfile init;
    private final Payoffs pay;

    /**
     * @param alpha damping α ∈ (0, 1] (ignored by the harmonic schedule)
     * @throws IllegalArgumentException if α is outside (0, 1]
     */
    public DampedBestResponse(NormalFormGame game, double alpha, Schedule schedule, InitialProfile init) {
        this.game = Objects.requireNonNull(game, "game");
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("damping α must be in (0, 1], got " + alpha);
        }
        this.alpha = alpha;
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.init = Objects.requireNonNull(init, "init");
        this.pay = new Payoffs(game);
        init.create(game, Rng.of(0));
    }

    @Override
    public String name() {
        return "damped best-response self-play (" + (schedule == Schedule.HARMONIC ? "α = 1/t" : "α = " + alpha) + ")";
    }

    @Override
    public NormalFormGame game() {
        return game;
    }

    @Override
    public LearnerState start(long seed) {
        double[][] x0 = init.create(game, Rng.stream(seed, 0));
        return new LearnerState(0, x0, pay.newValues(), 0, LearnerState.NONE, LearnerState.NONE, new double[pay.n],
                pay.newValues(), Rng.stream(seed, 1).state());
    }

    @Override
    public LearnerState step(LearnerState s) {
        Learners.checkShape(pay, s);
        int n = pay.n;
        double a = schedule == Schedule.HARMONIC ? 1.0 / (s.t + 1) : alpha;
        double[][] values = pay.newValues();
        double[][] x = new double[n][];
        for (int p = 0; p < n; p++) {
            pay.values(p, s.current, values[p]);
            int b = Payoffs.argmax(values[p]);
            x[p] = new double[pay.shape[p]];
            for (int i = 0; i < x[p].length; i++) {
                x[p][i] = (1 - a) * s.current[p][i] + (i == b ? a : 0);
            }
        }
        double[] cumPayoff = s.cumPayoff.clone();
        double[][] cumValues = LearnerState.deepCopy(s.cumValues);
        pay.account(x, values, cumPayoff, cumValues);
        double[][] sum = LearnerState.deepCopy(s.sum);
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < x[p].length; i++) {
                sum[p][i] += x[p][i];
            }
        }
        return new LearnerState(s.t + 1, x, sum, s.weight + 1, LearnerState.NONE, LearnerState.NONE, cumPayoff,
                cumValues, s.rng);
    }
}
