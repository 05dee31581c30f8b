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

    /** True if the experiment needs a normal-form game. */
    boolean needsGame();

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
     * A new experiment.
     *
     * @param game the game, or null if {@link #needsGame()} is false
     * @param limits the run's limits (some defaults depend on the horizon, e.g. Hedge's η)
     * @throws IllegalArgumentException if the combination of parameters and game is not allowed
     */
    Experiment<?> create(Config config, NormalFormGame game, Limits limits);

    /** Validates raw parameter values and fills in defaults ({@link Config#of}). */
    default Config configure(Map<String, ?> raw) {
        return Config.of(name(), params(), raw);
    }
}
