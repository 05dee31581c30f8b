package org.gtlab.solve.lp;

import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveResult;
import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;

/**
 * {@code lp}: one equilibrium (a pair of optimal strategies) and the value of a two-player
 * constant-sum game, exactly, by linear programming ({@link ZeroSumLp}); what {@code gambit-lp}
 * computes for strategic games. The value is for the row player of the game as given (a
 * constant-sum game with constant c gives the column player c − v). The returned profile is an
 * extreme optimal pair; games with several optimal strategies have more equilibria (all of them
 * form one convex set: use enummixed to list its vertices).
 */
public final class ZeroSumLpSolver implements NashSolver {

    @Override
    public String name() {
        return "lp";
    }

    @Override
    public String description() {
        return "value and optimal strategies of a two-player constant-sum game (exact linear programming)";
    }

    /** @throws IllegalArgumentException if the game is not a two-player constant-sum game */
    @Override
    public SolveResult solve(NormalFormGame game) {
        ZeroSumLp.ExactSolution s = ZeroSumLp.solveExact(game);
        return SolveResult.withValue(name(), List.of(StrategyProfile.of(s.x(), s.y())), s.value());
    }
}
