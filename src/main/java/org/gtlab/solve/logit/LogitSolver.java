package org.gtlab.solve.logit;

import java.util.List;
import java.util.Optional;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveResult;
import org.gtlab.solve.WorkEstimate;

/**
 * {@code logit}: the limit of the principal logit-QRE branch ({@link LogitBranch}) as λ → ∞, a
 * Nash equilibrium of any N-player game (McKelvey–Palfrey 1995, Theorem 2; the branch
 * "selects" it: Turocy 2005). The limit is taken at λ = 10⁶ and refined to an exact equilibrium by
 * {@link ExactRefinement} (after a Newton polish on its support, so that its max regret is
 * at rounding level); the solver's {@link SolveResult} holds that exact profile. When the
 * limit is irrational (possible with three or more players) the result is empty and
 * {@link #limit} gives the double profile and its max regret instead.
 */
public final class LogitSolver implements NashSolver {

    /** The traced branch, its last (limit) profile, that profile's max regret and the exact refinement if any. */
    public record Limit(LogitBranch.Branch branch, double[][] profile, double maxRegret, Optional<StrategyProfile> exact) {
    }

    @Override
    public String name() {
        return "logit";
    }

    @Override
    public String description() {
        return "limit of the principal logit QRE branch (Turocy path following), N players: one equilibrium";
    }

    @Override
    public WorkEstimate estimate(NormalFormGame game) {
        // ~200 steps, each a few Jacobians of cost |S|·N² plus a dense K³ solve
        int k = 0;
        for (int p = 0; p < game.numPlayers(); p++) {
            k += game.numStrategies(p);
        }
        double perStep = (double) game.numProfiles() * game.numPlayers() * game.numPlayers() + Math.pow(k + 1, 3);
        return WorkEstimate.of(800 * perStep, "path-following operations", 3e8);
    }

    @Override
    public SolveResult solve(NormalFormGame game) {
        Limit l = limit(game, LogitBranch.Options.FAST);
        return SolveResult.of(name(), l.exact().map(List::of).orElse(List.of()));
    }

    private static boolean nonNegative(double[][] x) {
        for (double[] row : x) {
            for (double v : row) {
                if (!(v >= 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Traces the branch to {@code options.maxLambda()} and refines its last point. */
    public static Limit limit(NormalFormGame game, LogitBranch.Options options) {
        LogitBranch.Branch b = LogitBranch.trace(game, options);
        double[][] x = b.last().profile();
        MixedPayoffs mp = new MixedPayoffs(game);
        double regret = mp.maxRegret(x);
        // the limit at λ = 10⁶ is within O(1/λ) of the equilibrium: polish it on its support
        double[][] limit = x;
        for (double tol : new double[] {1e-4, 1e-6, 1e-3, 1e-8, 1e-2}) {
            double[][] polished = ExactRefinement.polish(game, ExactRefinement.support(limit, tol), limit);
            if (polished != null && nonNegative(polished)) {
                double r = mp.maxRegret(polished);
                if (r < regret) {
                    x = polished;
                    regret = r;
                }
            }
        }
        return new Limit(b, x, regret, ExactRefinement.refine(game, x));
    }
}
