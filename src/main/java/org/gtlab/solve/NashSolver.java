package org.gtlab.solve;

import org.gtlab.game.NormalFormGame;

/**
 * A method that computes Nash equilibria (or related objects) of a normal-form game.
 *
 * <p>Implementations are stateless and thread-safe. Long computations poll
 * {@link org.gtlab.math.Cancellation#check()} and stop with a
 * {@link java.util.concurrent.CancellationException} when their thread is interrupted.
 * Games outside a method's scope (for example three players for a bimatrix method) are refused
 * with an {@link IllegalArgumentException} naming the reason.
 */
public interface NashSolver {

    /** Short name as used on the command line ({@code enummixed}, {@code lcp}, …). */
    String name();

    /** One line that says what the method computes. */
    String description();

    SolveResult solve(NormalFormGame game);
}
