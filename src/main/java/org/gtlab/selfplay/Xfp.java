package org.gtlab.selfplay;

/**
 * Full-width extensive-form fictitious play, XFP (Heinrich, Lanctot &amp; Silver 2015, "Fictitious
 * self-play in extensive-form games", ICML): each iteration both positions best-respond to the
 * current average profile π_t, and the average moves towards the best response β in a
 * realization-equivalent way, per information set
 * <pre>  π_{t+1}(I) = π_t(I) + α x_β(I) (β(I) − π_t(I)) / ((1 − α) x_π(I) + α x_β(I)),   α = 1/(t + 2)</pre>
 * with x the own-action reach probabilities (so the sequence-form strategy is the plain average of
 * the best responses, as in normal-form fictitious play). On a matrix game it is simultaneous
 * fictitious play from the uniform profile.
 *
 * <p>Immutable: {@link #step} returns a new profile.
 */
public final class Xfp {

    private final EpisodeGame game;

    /** XFP on {@code game}. */
    public Xfp(EpisodeGame game) {
        this.game = game;
    }

    /** The game. */
    public EpisodeGame game() {
        return game;
    }

    /** Iteration {@code t} (0-based) from the profile {@code pi}. */
    public double[][] step(double[][] pi, long t) {
        double alpha = 1.0 / (t + 2);
        double[][] beta = game.bestResponse(pi);
        double[] xPi = game.ownReach(pi);
        double[] xBeta = game.ownReach(beta);
        double[][] next = new double[pi.length][];
        for (int i = 0; i < pi.length; i++) {
            next[i] = pi[i].clone();
            double den = (1 - alpha) * xPi[i] + alpha * xBeta[i];
            if (den <= 0) {
                continue;
            }
            double w = alpha * xBeta[i] / den;
            for (int a = 0; a < next[i].length; a++) {
                next[i][a] += w * (beta[i][a] - pi[i][a]);
            }
        }
        return next;
    }
}
