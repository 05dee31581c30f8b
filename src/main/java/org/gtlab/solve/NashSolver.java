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
 *
 * <p>Big jobs: {@link #estimate} says up front what a solve would cost, and
 * {@link #solve(NormalFormGame, SolveOptions)} refuses a job whose estimate exceeds the options'
 * limit with a {@link WorkRefusedException} unless forced, reports progress, and can stop after the
 * first equilibria. The contract every implementation passes is tested in
 * {@code NashSolverContractTest}.
 */
public interface NashSolver {

    /** Short name as used on the command line ({@code enummixed}, {@code lcp}, …). */
    String name();

    /** One line that says what the method computes. */
    String description();

    /** All the method computes, without limits or progress (as {@code solve(game, DEFAULT.withForce(true))}). */
    SolveResult solve(NormalFormGame game);

    /**
     * What solving {@code game} would cost, computed quickly (well under a second) and before any
     * of the work. The default is {@link WorkEstimate#NEGLIGIBLE}.
     *
     * @throws IllegalArgumentException if the method does not apply to the game
     */
    default WorkEstimate estimate(NormalFormGame game) {
        return WorkEstimate.NEGLIGIBLE;
    }

    /**
     * Solves with limits and progress. The default checks {@link #estimate} against the options,
     * runs {@link #solve(NormalFormGame)}, keeps the first {@code stopAfter} equilibria and reports
     * progress at the start and the end; methods that can do better (stop early, report while
     * running) override it.
     *
     * @throws WorkRefusedException if the estimate exceeds the limit and the options do not force
     * @throws IllegalArgumentException if the method does not apply to the game
     */
    default SolveResult solve(NormalFormGame game, SolveOptions options) {
        options.check(name(), estimate(game));
        options.listener().progress(new SolveProgress(0, 1, 0));
        SolveResult r = solve(game).firstEquilibria(options.stopAfter());
        options.listener().progress(new SolveProgress(1, 1, r.equilibria().size()));
        return r;
    }
}
