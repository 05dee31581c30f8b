package org.gtlab.solve.dominance;

import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveResult;
import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;

/**
 * {@code dominance}: iterated elimination of dominated strategies ({@link Dominance}). The steps are
 * returned in {@link SolveResult#dominanceSteps()}; when a single pure profile survives it is
 * returned as the equilibrium (it is a Nash equilibrium: the unique one under strict dominance, and
 * one of them under weak dominance), otherwise the equilibrium list is empty.
 * The registered instance uses strict dominance by pure strategies in rounds.
 */
public final class DominanceSolver implements NashSolver {

    private final Dominance.Options options;

    /** Strict dominance by pure strategies, all dominated strategies removed per round. */
    public DominanceSolver() {
        this(Dominance.Options.DEFAULT);
    }

    public DominanceSolver(Dominance.Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    public Dominance.Options options() {
        return options;
    }

    @Override
    public String name() {
        return "dominance";
    }

    @Override
    public String description() {
        return "iterated elimination of " + (options.strict() ? "strictly" : "weakly") + " dominated strategies"
                + (options.mixed() ? " (pure and mixed dominators)" : " (pure dominators)");
    }

    @Override
    public SolveResult solve(NormalFormGame game) {
        Dominance.Result r = Dominance.eliminate(game, options);
        List<StrategyProfile> eq = List.of();
        if (r.isSingleProfile()) {
            int[][] k = r.kept();
            int[] prof = new int[k.length];
            for (int p = 0; p < k.length; p++) {
                prof[p] = k[p][0];
            }
            eq = List.of(StrategyProfile.pure(game.shape(), prof));
        }
        return SolveResult.withDominance(name(), eq, r.steps());
    }
}
