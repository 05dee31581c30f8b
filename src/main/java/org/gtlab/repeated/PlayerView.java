package org.gtlab.repeated;

/**
 * One seat's view of a stage game: its own payoff for (own option, other's option). Seat 1 reads
 * {@code u1[own][other]}; seat 2 reads {@code u2[other][own]} (the transposed table), so every agent
 * reasons from its own side.
 *
 * <p>With {@code swappedOffDiagonal} (the Akata Q1 artefact, seat 2 only) the <em>believed</em> payoff
 * of (own a, other b) with a ≠ b is read from cell (row a, column b) instead of (row b, column a); the
 * scoring of the match is never affected, only agents that read the table.
 */
public final class PlayerView {

    private final StageGame game;
    private final int seat;
    private final boolean swapped;

    PlayerView(StageGame game, int seat, boolean swappedOffDiagonal) {
        if (seat != 1 && seat != 2) {
            throw new IllegalArgumentException("seat must be 1 or 2, got " + seat);
        }
        this.game = game;
        this.seat = seat;
        this.swapped = swappedOffDiagonal && seat == 2;
    }

    /** The same view with the Q1 off-diagonal swap for seat 2 switched on or off. */
    public PlayerView withSwappedOffDiagonal(boolean on) {
        return new PlayerView(game, seat, on);
    }

    public int seat() {
        return seat;
    }

    /** Number of own options. */
    public int ownOptions() {
        return seat == 1 ? game.rows() : game.cols();
    }

    /** Number of the other player's options. */
    public int otherOptions() {
        return seat == 1 ? game.cols() : game.rows();
    }

    /** Own payoff when this seat plays {@code own} and the other plays {@code other}. */
    public double ownPayoff(int own, int other) {
        if (seat == 1) {
            return game.u1(own, other);
        }
        if (swapped && own != other && own < game.rows() && other < game.cols()) {
            return game.u2(own, other);
        }
        return game.u2(other, own);
    }

    /** The other player's payoff in the same situation (true payoffs). */
    public double otherPayoff(int own, int other) {
        return seat == 1 ? game.u2(own, other) : game.u1(other, own);
    }

    /** Best response of this seat to a belief over the other's options; ties go to the lowest option. */
    public int bestResponse(double[] belief) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < ownOptions(); a++) {
            double v = 0;
            for (int b = 0; b < otherOptions(); b++) {
                if (belief[b] != 0) {
                    v += belief[b] * ownPayoff(a, b);
                }
            }
            if (v > bestValue + 1e-12) {
                bestValue = v;
                best = a;
            }
        }
        return best;
    }

    public StageGame game() {
        return game;
    }
}
