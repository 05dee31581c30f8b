package org.gtlab.repeated;

/**
 * A repeated game: a stage game played for a fixed number of rounds, or with a geometric ending
 * (after every round the match ends with probability {@code probEnd} = q, so the length L has
 * P(L = n) = (1 − q)^(n−1)·q and E[L] = 1/q), with execution noise ε (each intended action is replaced,
 * with probability ε, by a different option drawn uniformly — a flip in a 2×2 game) and an optional
 * discount factor δ ∈ (0, 1] (the discounted total weighs round t by δ^(t−1); undiscounted totals are
 * always reported as well).
 *
 * <p>{@code announcedProbEnd} is the Akata Q5 artefact: a continuation probability told to the agents
 * while the match still plays the fixed number of rounds.
 *
 * @param stage            the stage game
 * @param rounds           the number of rounds (≥ 1) when {@code probEnd} is 0; the cap on a geometric
 *                         match otherwise (0 = no cap)
 * @param probEnd          0 for a fixed length, else q ∈ (0, 1]
 * @param noise            ε ∈ [0, 1]
 * @param discount         δ ∈ (0, 1]
 * @param announcedProbEnd 0, or the q announced to agents (Q5)
 */
public record RepeatedGame(StageGame stage, int rounds, double probEnd, double noise, double discount,
                           double announcedProbEnd) {

    /** The largest number of rounds a geometric match plays when no cap is given. */
    public static final int GEOMETRIC_CAP = 1_000_000;

    /**
     * Checks every field.
     *
     * @throws IllegalArgumentException with one line naming the field (rounds, prob-end, noise,
     *                                  discount)
     */
    public RepeatedGame {
        if (stage == null) {
            throw new IllegalArgumentException("repeated game: the stage game is missing");
        }
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must be ≥ 1, got " + rounds);
        }
        if (Double.isNaN(probEnd) || probEnd < 0 || probEnd > 1) {
            throw new IllegalArgumentException("prob-end (the per-round ending probability) must be in (0, 1], got "
                    + probEnd);
        }
        if (probEnd == 0 && rounds == 0) {
            throw new IllegalArgumentException("rounds must be ≥ 1, got 0");
        }
        if (Double.isNaN(noise) || noise < 0 || noise > 1) {
            throw new IllegalArgumentException("noise must be in [0, 1], got " + noise);
        }
        if (Double.isNaN(discount) || discount <= 0 || discount > 1) {
            throw new IllegalArgumentException("discount must be in (0, 1], got " + discount);
        }
        if (Double.isNaN(announcedProbEnd) || announcedProbEnd < 0 || announcedProbEnd > 1) {
            throw new IllegalArgumentException("announced prob-end must be in (0, 1], got " + announcedProbEnd);
        }
    }

    /** A fixed-length game without noise or discounting. */
    public static RepeatedGame fixed(StageGame stage, int rounds) {
        if (rounds <= 0) {
            throw new IllegalArgumentException("rounds must be ≥ 1, got " + rounds);
        }
        return new RepeatedGame(stage, rounds, 0, 0, 1, 0);
    }

    /**
     * A game with a geometric ending q ∈ (0, 1].
     *
     * @throws IllegalArgumentException if q is outside (0, 1]
     */
    public static RepeatedGame geometric(StageGame stage, double probEnd) {
        if (!(probEnd > 0 && probEnd <= 1)) {
            throw new IllegalArgumentException("prob-end (the per-round ending probability) must be in (0, 1], got "
                    + probEnd);
        }
        return new RepeatedGame(stage, 0, probEnd, 0, 1, 0);
    }

    public RepeatedGame withNoise(double e) {
        return new RepeatedGame(stage, rounds, probEnd, e, discount, announcedProbEnd);
    }

    public RepeatedGame withDiscount(double d) {
        return new RepeatedGame(stage, rounds, probEnd, noise, d, announcedProbEnd);
    }

    public RepeatedGame withStage(StageGame s) {
        return new RepeatedGame(s, rounds, probEnd, noise, discount, announcedProbEnd);
    }

    /** Q5: announce {@code q} but play the fixed number of rounds. */
    public RepeatedGame withAnnouncedProbEnd(double q) {
        return new RepeatedGame(stage, rounds, probEnd, noise, discount, q);
    }

    /** True when the length is geometric. */
    public boolean geometric() {
        return probEnd > 0;
    }

    /** The most rounds a match can have. */
    public int maxRounds() {
        return probEnd > 0 ? (rounds > 0 ? rounds : GEOMETRIC_CAP) : rounds;
    }

    /** The expected number of rounds (1/q for a geometric ending without cap). */
    public double expectedRounds() {
        return probEnd > 0 ? 1 / probEnd : rounds;
    }
}
