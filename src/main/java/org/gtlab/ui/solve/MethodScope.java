package org.gtlab.ui.solve;

import org.gtlab.game.NormalFormGame;
import org.gtlab.solve.NashSolver;

/**
 * Which solution methods apply to a game, and why not: the UI side of a scope question the
 * solver API does not (yet) ask itself. The solve panel disables methods outside their scope and
 * shows the reason in the method's tooltip, so that "not solved" never appears beside a result.
 *
 * <p>The rules mirror the solvers' own refusals: the bimatrix methods ({@code enummixed},
 * {@code lcp}) need two players; {@code lp} needs a two-player constant-sum game. When the solver
 * package gains a {@code scope(game)} method, {@link #STANDARD} should delegate to it.
 */
@FunctionalInterface
public interface MethodScope {

    /** Why {@code s} cannot solve {@code g}, or null if it can. */
    String whyNot(NashSolver s, NormalFormGame g);

    /** The rules of the built-in solvers. */
    MethodScope STANDARD = (s, g) -> {
        if (s == null || g == null) {
            return null;
        }
        return switch (s.name()) {
            case "enummixed", "lcp" -> g.numPlayers() != 2
                    ? s.name() + " needs a two-player game; this one has " + g.numPlayers() + " players" : null;
            case "lp" -> g.numPlayers() != 2 ? "lp needs a two-player game; this one has " + g.numPlayers() + " players"
                    : !g.isConstantSum() ? "lp needs a zero-sum (constant-sum) game; this one is general-sum" : null;
            default -> null;
        };
    };
}
