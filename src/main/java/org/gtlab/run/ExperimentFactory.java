package org.gtlab.run;

import java.util.List;
import java.util.Map;

import org.gtlab.game.NormalFormGame;

/**
 * One method of the {@link MethodCatalog}, declared in one place: name, texts, its parameters
 * ({@link Param}s, validated into a {@link Config} with defaults), named {@link MethodPreset}s, the
 * {@link MetricSpec}s its snapshots carry, its planned length ({@link #progress}), the kind of game
 * it accepts ({@link #accepts}), and how to build its {@link Experiment}. {@code gtlab run --list},
 * the launcher's method list and parameter form, and the Lab's algorithm list all read it.
 * Register instances in a {@link MethodCatalog} in the composition root.
 *
 * <p>Every method must pass {@code MethodContractTest}: it builds with defaults on a suitable game,
 * its snapshots carry exactly {@link #metrics}, its progress is monotone in [0, 1], it can be
 * cancelled, and invalid parameter values are refused with a message naming the parameter.
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
     * players, on a team game the team self-play of the FXP paper); {@link MethodCatalog#forGame}
     * picks by the game. The default: {@link GameKind#NORMAL_FORM} if {@link #needsGame()}, else
     * {@link GameKind#NONE}.
     */
    default GameKind gameKind() {
        return needsGame() ? GameKind.NORMAL_FORM : GameKind.NONE;
    }

    /** Parameter descriptions, in form order. */
    List<Param> params();

    /**
     * The typed, validated config record this method declares, from which {@link #params()} is
     * derived ({@code schema().params()}); every catalog method has one (the contract test checks
     * record → params → record). Null only for ad-hoc factories outside the catalog.
     */
    default ConfigSchema<?> schema() {
        return null;
    }

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

    /**
     * The metrics every snapshot of this method carries, in column order, for this configuration and
     * game (families indexed by player or action are resolved for the game, see
     * {@link MetricSpec#at}).
     *
     * @param game the game (as the run will see it: a team view for team methods), or null for
     *        methods that take none
     */
    List<MetricSpec> metrics(Config config, GameSpec game);

    /** Named parameter settings (the Lab's algorithm variants, {@code gtlab run --preset}); none by default. */
    default List<MethodPreset> presets() {
        return List.of();
    }

    /**
     * The preset with this name.
     *
     * @throws IllegalArgumentException naming the known presets if there is none
     */
    default MethodPreset preset(String presetName) {
        for (MethodPreset p : presets()) {
            if (p.name().equalsIgnoreCase(presetName.strip())) {
                return p;
            }
        }
        List<String> names = new java.util.ArrayList<>();
        presets().forEach(p -> names.add(p.name()));
        throw new IllegalArgumentException(name() + " has no preset \"" + presetName + "\"; "
                + (names.isEmpty() ? "it has none" : "known: " + String.join(", ", names)));
    }

    /**
     * How far a run is, in [0, 1], from its configuration, limits and latest snapshot: the share of
     * the planned length done. The default is steps done / {@code limits.maxSteps()}; methods whose
     * length is set by their own parameters (iterations, phases) override it. Never decreases along
     * a run; 1 at the planned end (a run that finishes early jumps to 1 when it completes).
     */
    default double progress(Config config, Limits limits, Snapshot latest) {
        if (latest == null) {
            return 0;
        }
        return limits.maxSteps() == 0 ? 1 : Math.min(1, Math.max(0, latest.step() / (double) limits.maxSteps()));
    }

    /**
     * What the progress line of a run counts at step {@code step} (see {@link ProgressCount}). The
     * default counts steps against {@code limits.maxSteps()} (unknown when {@link #hasPlannedLength}
     * is false); methods whose step limit is only a cap override it.
     */
    default ProgressCount count(Config config, Limits limits, long step) {
        return ProgressCount.steps(step, hasPlannedLength(config) ? limits.maxSteps() : -1);
    }

    /**
     * True if the run's length is known in advance (fixed steps, iterations or phases), false if the
     * method stops by its own rule and {@link #progress} is only an upper-bound estimate (a UI then
     * shows an indeterminate bar).
     */
    default boolean hasPlannedLength(Config config) {
        return true;
    }

    /**
     * True if this method can run on this game (null: no game), so that no UI offers a method the
     * open game cannot run: the kinds match (a team method also accepts a matrix game that has a
     * one-agent team view) and {@link #checkGame(GameSpec)} finds no problem.
     */
    default boolean accepts(GameSpec game) {
        if (!needsGame()) {
            return game == null;
        }
        if (game == null) {
            return false;
        }
        try {
            GameSpec g = gameKind() == GameKind.TEAM && !game.isTeam() ? game.asTeam() : game;
            return checkGame(g) == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Validates raw parameter values and fills in defaults ({@link Config#of}). */
    default Config configure(Map<String, ?> raw) {
        return Config.of(name(), params(), raw);
    }
}
