package org.gtlab.learn;

import java.util.Objects;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rng;

/**
 * Fictitious play (Brown 1951, "Iterative solution of games by fictitious play"; Robinson 1951):
 * each player best-responds to the empirical frequencies of the others' past plays.
 *
 * <p>State: {@link LearnerState#strategySums()} holds each player's counts, starting with the
 * initial profile as one (possibly fractional) observation, so after t iterations the belief
 * {@link LearnerState#average()} is {@code (x_0 + Σ_{s≤t} e_{b_s}) / (t + 1)}; {@link
 * LearnerState#current()} is the pure profile of best responses played at iteration t.
 * <ul>
 *   <li>{@link Variant#SIMULTANEOUS}: all players respond to the counts after t − 1 iterations.</li>
 *   <li>{@link Variant#ALTERNATING}: players update in order, each responding to counts that
 *       already include the earlier players' iteration-t plays (Berger 2007, "Brown's original
 *       fictitious play", J. Econ. Theory 135).</li>
 * </ul>
 * Best responses are computed from the counts (not divided), so with integer payoffs ties are
 * detected exactly; they are broken by lowest index ({@link TieBreak#FIRST}) or uniformly at
 * random ({@link TieBreak#RANDOM}, seeded). Memory arrays are unused (empty). Works for N players.
 *
 * <p>Known behaviour: the beliefs converge to equilibrium in two-player zero-sum games (Robinson
 * 1951), at a rate that can be as slow as t^(−1/(m+n−2)) in the worst case; they cycle without
 * converging in Shapley's 3×3 game (Shapley 1964).
 */
public final class FictitiousPlay implements Learner {

    /** Who responds to what within one iteration. */
    public enum Variant { SIMULTANEOUS, ALTERNATING }

    /** How equal best responses are chosen. */
    public enum TieBreak { FIRST, RANDOM }

    private final NormalFormGame game;
    private final Variant variant;
    private final TieBreak ties;
    private final InitialProfile init;
    private final Payoffs pay;

    public FictitiousPlay(NormalFormGame game, Variant variant, TieBreak ties, InitialProfile init) {
        this.game = Objects.requireNonNull(game, "game");
        this.variant = Objects.requireNonNull(variant, "variant");
        this.ties = Objects.requireNonNull(ties, "ties");
        this.init = Objects.requireNonNull(init, "init");
        this.pay = new Payoffs(game);
        init.create(game, Rng.of(0)); // fail early if the initial profile does not fit the game
    }

    /** Simultaneous fictitious play, lowest-index ties, uniform initial beliefs. */
    public FictitiousPlay(NormalFormGame game) {
        this(game, Variant.SIMULTANEOUS, TieBreak.FIRST, InitialProfile.uniform());
    }

    @Override
    public String name() {
        return "fictitious play (" + variant.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    @Override
    public NormalFormGame game() {
        return game;
    }

    @Override
    public LearnerState start(long seed) {
        double[][] x0 = init.create(game, Rng.stream(seed, 0));
        return new LearnerState(0, x0, LearnerState.deepCopy(x0), 1, LearnerState.NONE, LearnerState.NONE,
                new double[pay.n], zeros(pay), Rng.stream(seed, 1).state());
    }

    @Override
    public LearnerState step(LearnerState s) {
        Learners.checkShape(pay, s);
        int n = pay.n;
        double[][] sum = LearnerState.deepCopy(s.sum);
        double[][] values = pay.newValues();
        double[][] x = new double[n][];
        Rng rng = ties == TieBreak.RANDOM ? Rng.fromState(s.rng) : null;
        int[] br = new int[n];
        for (int p = 0; p < n; p++) {
            pay.values(p, variant == Variant.ALTERNATING ? sum : s.sum, values[p]);
            br[p] = rng == null ? Payoffs.argmax(values[p]) : randomArgmax(values[p], rng);
            if (variant == Variant.ALTERNATING) {
                sum[p][br[p]] += 1;
            }
        }
        for (int p = 0; p < n; p++) {
            if (variant == Variant.SIMULTANEOUS) {
                sum[p][br[p]] += 1;
            }
            x[p] = new double[pay.shape[p]];
            x[p][br[p]] = 1;
        }
        double[] cumPayoff = s.cumPayoff.clone();
        double[][] cumValues = LearnerState.deepCopy(s.cumValues);
        pay.account(x, values, cumPayoff, cumValues);
        return new LearnerState(s.t + 1, x, sum, s.weight + 1, LearnerState.NONE, LearnerState.NONE, cumPayoff,
                cumValues, rng == null ? s.rng : rng.state());
    }

    static int randomArgmax(double[] v, Rng rng) {
        double best = Double.NEGATIVE_INFINITY;
        int count = 0;
        for (double d : v) {
            if (d > best) {
                best = d;
                count = 1;
            } else if (d == best) {
                count++;
            }
        }
        int pick = count == 1 ? 0 : rng.nextInt(count);
        for (int i = 0; i < v.length; i++) {
            if (v[i] == best && pick-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("no maximum in " + java.util.Arrays.toString(v));
    }

    static double[][] zeros(Payoffs pay) {
        return pay.newValues();
    }
}
