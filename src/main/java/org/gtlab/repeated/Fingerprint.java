package org.gtlab.repeated;

/**
 * Ashlock fingerprints (Ashlock &amp; Kim 2008, "Fingerprinting: visualization and automatic analysis
 * of prisoner's dilemma strategies", IEEE Trans. Evol. Comput. 12(5)): the fingerprint of a strategy
 * A with probe S is the map (x, y) ∈ [0, 1]² ↦ A's mean score per turn against the dual-probe
 * Joss–Ann family
 * <pre>
 *   probe(x, y) = JA(S, x, y)               if x + y ≤ 1,
 *                 JA(dual(S), 1 − y, 1 − x)  if x + y &gt; 1,
 * </pre>
 * where JA cooperates with the first probability, defects with the second, and otherwise plays the
 * strategy ({@link Transformers#jossAnn}, {@link Transformers#dual}); the two halves meet on the
 * diagonal x + y = 1 where both probes are random with P(C) = x. The usual probe is Tit For Tat (its
 * dual is Psycho TFT: opens D, then the opposite of the opponent's last move).
 *
 * <p>Here a value is estimated by simulation: A (seat 1) plays {@code repetitions} matches of the
 * game's length against the probe on match seeds {@code Seeds.derive(seed, r)}, and the value is the
 * mean over matches of A's total / turns. The Monte Carlo error shrinks as 1/√(repetitions · turns);
 * the first rounds' transient biases it by O(1/turns) (the analytic fingerprints are stationary
 * limits). Deterministic for a fixed seed.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * The probe at (x, y).
     *
     * @throws IllegalArgumentException if x or y is outside [0, 1]
     */
    public static Strategy probe(Strategy probe, double x, double y) {
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException("fingerprint: x must be in [0, 1], got " + x);
        }
        if (!(y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("fingerprint: y must be in [0, 1], got " + y);
        }
        return x + y <= 1 ? Transformers.jossAnn(probe, x, y) : Transformers.jossAnn(Transformers.dual(probe), 1 - y,
                1 - x);
    }

    /** A's score per turn in one match against the probe at (x, y) (match seed {@code seed}). */
    public static double match(RepeatedGame game, Strategy a, Strategy probe, double x, double y, long seed) {
        MatchResult r = new Match(game).play(a.create(), probe(probe, x, y).create(), seed);
        return r.turns() == 0 ? Double.NaN : r.total1() / r.turns();
    }

    /** The fingerprint value at (x, y): the mean of {@link #match} over matches r = 0 … repetitions − 1. */
    public static double value(RepeatedGame game, Strategy a, Strategy probe, double x, double y, int repetitions,
            long seed) {
        if (repetitions < 1) {
            throw new IllegalArgumentException("fingerprint: repetitions must be at least 1, got " + repetitions);
        }
        double s = 0;
        for (int r = 0; r < repetitions; r++) {
            s += match(game, a, probe, x, y, Seeds.derive(seed, r));
        }
        return s / repetitions;
    }
}
