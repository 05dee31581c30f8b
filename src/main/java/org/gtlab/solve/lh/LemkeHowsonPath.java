package org.gtlab.solve.lh;

import java.util.List;
import java.util.Optional;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;

/**
 * One Lemke–Howson path, step by step, for teaching and animation (computed exactly).
 *
 * <p>Geometry (von Stengel 2002, §3): with the payoffs made positive by
 * {@code A' = rowTransform·A}, {@code B' = columnTransform·B} (each {@code scale·u + shift}),
 * the path runs on P × Q, P = { x ≥ 0 : B'ᵀx ≤ 1 }, Q = { y ≥ 0 : A'y ≤ 1 }, from the artificial
 * equilibrium (0, 0). Labels are 1-based: 1..m for the row player's strategies, m+1..m+n for the
 * column player's. At a vertex x of P, label i means xᵢ = 0 and label m+j means (B'ᵀx)ⱼ = 1; in Q,
 * label i means (A'y)ᵢ = 1 and m+j means yⱼ = 0. In a degenerate game a point can have extra
 * labels; the basis (the labels <em>not</em> listed among the basic variables) is the label set of
 * the lexicographically perturbed vertex, which is what the path follows.
 *
 * @param missingLabel    the label dropped at the start (1..m+n)
 * @param rowTransform    {@code A' = scale·A + shift}
 * @param columnTransform {@code B' = scale·B + shift}
 * @param steps           the pivots in order; the last one picks up the missing label again
 * @param equilibrium     the end point rescaled to probabilities (a Nash equilibrium)
 */
public record LemkeHowsonPath(int missingLabel, Transform rowTransform, Transform columnTransform,
        List<Step> steps, StrategyProfile equilibrium) {

    public LemkeHowsonPath {
        steps = List.copyOf(steps);
    }

    /** A positive affine payoff transformation {@code u ↦ scale·u + shift}, {@code scale > 0}. */
    public record Transform(Rational scale, Rational shift) {
    }

    /**
     * One pivot.
     *
     * @param polytope   0 if the pivot was in P (the row player's x moves), 1 if in Q (y moves)
     * @param entering   the label whose variable entered the basis (that label is dropped there)
     * @param leaving    the label whose variable left the basis (that label is picked up there)
     * @param x          the point of P after the step (unnormalised; all zero at the start)
     * @param y          the point of Q after the step
     * @param basisP     the labels of P's basic variables after the step, ascending
     * @param basisQ     the labels of Q's basic variables after the step, ascending
     */
    public record Step(int polytope, int entering, int leaving, List<Rational> x, List<Rational> y,
            List<Integer> basisP, List<Integer> basisQ) {

        public Step {
            x = List.copyOf(x);
            y = List.copyOf(y);
            basisP = List.copyOf(basisP);
            basisQ = List.copyOf(basisQ);
        }

        /** x rescaled to a mixed strategy, empty while x = 0. */
        public Optional<MixedStrategy> rowStrategy() {
            return normalize(x);
        }

        /** y rescaled to a mixed strategy, empty while y = 0. */
        public Optional<MixedStrategy> columnStrategy() {
            return normalize(y);
        }

        private static Optional<MixedStrategy> normalize(List<Rational> v) {
            boolean zero = v.stream().allMatch(Rational::isZero);
            return zero ? Optional.empty() : Optional.of(MixedStrategy.normalize(v.toArray(new Rational[0])));
        }
    }

    /** Number of pivots. */
    public int length() {
        return steps.size();
    }
}
