package org.gtlab.learn;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;

/** Helpers shared by the learners, and the standard measurements of a learner state. */
public final class Learners {

    private Learners() {
    }

    /** NashConv of the average profile ({@link Evaluation#nashConv}). */
    public static double nashConvOfAverage(NormalFormGame game, LearnerState s) {
        return Evaluation.nashConv(game, s.average());
    }

    /** NashConv of the current profile. */
    public static double nashConvOfCurrent(NormalFormGame game, LearnerState s) {
        return Evaluation.nashConv(game, s.current);
    }

    /**
     * Numerically stable softmax (StrictMath, so results are identical on every JVM) {@code out[i] = exp(z[i] − max z) / Σ_j exp(z[j] − max z)}.
     */
    public static void softmax(double[] z, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            out[i] = StrictMath.exp(z[i] - max);
            s += out[i];
        }
        for (int i = 0; i < z.length; i++) {
            out[i] /= s;
        }
    }

    static void checkShape(Payoffs pay, LearnerState s) {
        if (s.current.length != pay.n) {
            throw new IllegalArgumentException("state for " + s.current.length + " players, the game has " + pay.n);
        }
        for (int p = 0; p < pay.n; p++) {
            if (s.current[p].length != pay.shape[p]) {
                throw new IllegalArgumentException("state gives player " + (p + 1) + " " + s.current[p].length
                        + " strategies, the game has " + pay.shape[p]);
            }
        }
    }

    static void requirePositiveFinite(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, got " + v);
        }
    }
}
