package org.gtlab.run;

import java.util.List;
import java.util.Map;

import org.gtlab.game.NormalFormGame;

/**
 * Builds {@link Experiment}s of one method from validated parameters: the catalog entry of a method
 * ({@code gtlab run --list}, the launcher's method list and parameter form). Register instances in
 * {@link Experiments}.
 */
public interface ExperimentFactory {

    /** The method name used on the command line and in recipes, e.g. "fp", "rm+", "replicator". */
    String name();

    /** Display title, e.g. "Fictitious play". */
    String title();

    /** One or two sentences: what it does, with the reference. */
    String description();

    /** True if the experiment needs a game (of the kind {@link #gameKind()}). */
    boolean needsGame();

    /**
     * The kind of game the method runs on. Two methods may share a name if they run on different
     * kinds of game ({@code sp} on a normal-form game is damped best-response self-play of the
     * players, on a team game the team self-play of the FXP paper); {@link Experiments#forGame}
     * picks by the game. The default: {@link GameKind#NORMAL_FORM} if {@link #needsGame()}, else
     * {@link GameKind#NONE}.
     */
    default GameKind gameKind() {
        return needsGame() ? GameKind.NORMAL_FORM : GameKind.NONE;
    }

    /** Parameter descriptions, in form order. */
    List<Param> params();

    /** Limits to use when the caller gives none (steps and reporting suitable for this method). */
    Limits defaultLimits();

    /**
     * Why this game cannot be used (for example "needs a symmetric game"), or null if it can.
     * Called before {@link #create}; the default accepts every game.
     */
    default String checkGame(NormalFormGame game) {
        return null;
    }

    /**
     * Why this game cannot be used, or null if it can. The default refuses team games and passes a
     * normal-form game to {@link #checkGame(NormalFormGame)}; team methods override it.
     */
    default String checkGame(GameSpec game) {
        if (game.isTeam()) {
            return "it is a team game and " + name() + " needs a normal-form game";
        }
        return checkGame(game.game());
    }

    /**
     * A new experiment.
     *
     * @param game the game, or null if {@link #needsGame()} is false
     * @param limits the run's limits (some defaults depend on the horizon, e.g. Hedge's η)
     * @throws IllegalArgumentException if the combination of parameters and game is not allowed
     */
    Experiment<?> create(Config config, NormalFormGame game, Limits limits);

    /**
     * A new experiment for a game of either kind ({@link RunSpec#experiment()} calls this). The
     * default passes the normal-form game to {@link #create(Config, NormalFormGame, Limits)}; team
     * methods override it.
     *
     * @param game the game, or null if {@link #needsGame()} is false
     * @throws IllegalArgumentException if the combination of parameters and game is not allowed
     */
    default Experiment<?> create(Config config, GameSpec game, Limits limits) {
        return create(config, game == null ? null : game.game(), limits);
    }

    /** Validates raw parameter values and fills in defaults ({@link Config#of}). */
    default Config configure(Map<String, ?> raw) {
        return Config.of(name(), params(), raw);
    }
}
