package org.gtlab.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The runnable methods by name ({@code gtlab run --method NAME}, the launcher's list, the Lab's
 * algorithms). An instance, built in the composition roots ({@code cli.Main}, {@code ui.app.GtLabApp})
 * and passed to whoever needs it: {@code StandardMethods.registerAll(catalog)} adds the built-in
 * methods; adding a method is one {@link ExperimentFactory} and one {@link #register} line.
 *
 * <p>A name is unique per {@link GameKind}: {@code sp}, {@code fp} and {@code replicator} exist for
 * normal-form games and for team games, and {@link #forGame} picks the one for the game at hand (a
 * team game gets the team method), so users keep one name per concept.
 *
 * <p>Thread-safe: registration and look-ups are synchronised (register everything before use).
 */
public final class MethodCatalog {

    private final Map<String, List<ExperimentFactory>> byName = new LinkedHashMap<>();
    private final List<ExperimentFactory> order = new ArrayList<>();

    /** An empty catalog. */
    public MethodCatalog() {
    }

    /**
     * Adds a method.
     *
     * @return this catalog
     * @throws IllegalArgumentException if the name is taken for the same kind of game
     */
    public synchronized MethodCatalog register(ExperimentFactory factory) {
        String key = factory.name().toLowerCase(Locale.ROOT);
        List<ExperimentFactory> same = byName.computeIfAbsent(key, k -> new ArrayList<>());
        for (ExperimentFactory f : same) {
            if (f.gameKind() == factory.gameKind() || f.gameKind() == GameKind.NONE
                    || factory.gameKind() == GameKind.NONE) {
                throw new IllegalArgumentException("a method named \"" + factory.name() + "\" is already registered");
            }
        }
        same.add(factory);
        order.add(factory);
        return this;
    }

    /** All methods in registration order (a name shared by two game kinds appears twice). */
    public synchronized List<ExperimentFactory> all() {
        return List.copyOf(order);
    }

    /**
     * The method with this name (case-insensitive); for a name registered for several kinds of game,
     * the first registered (the normal-form method). Prefer {@link #forGame} when the game is known.
     *
     * @throws IllegalArgumentException listing the known names if there is none
     */
    public synchronized ExperimentFactory byName(String name) {
        return candidates(name).get(0);
    }

    /**
     * The method with this name for this game: the one registered for the game's kind if there is
     * one (a team game gets the team method, a normal-form game the normal-form method), otherwise
     * the only one (whose {@link ExperimentFactory#checkGame(GameSpec)} then decides; a team method
     * takes a symmetric zero-sum matrix game as one-agent teams).
     *
     * @param game the game, or null
     * @throws IllegalArgumentException listing the known names if there is no such method
     */
    public synchronized ExperimentFactory forGame(String name, GameSpec game) {
        List<ExperimentFactory> c = candidates(name);
        GameKind want = game == null ? GameKind.NONE : game.kind();
        for (ExperimentFactory f : c) {
            if (f.gameKind() == want) {
                return f;
            }
        }
        return c.get(0);
    }

    /** The names of the methods that run on this kind of game, in registration order. */
    public synchronized List<String> names(GameKind kind) {
        List<String> l = new ArrayList<>();
        for (ExperimentFactory f : order) {
            if (f.gameKind() == kind) {
                l.add(f.name());
            }
        }
        return l;
    }

    /**
     * The methods that can run on this game ({@link ExperimentFactory#accepts}), in registration
     * order, one per name (the one {@link #forGame} would pick): what a UI may offer for the open game.
     */
    public synchronized List<ExperimentFactory> methodsFor(GameSpec game) {
        List<ExperimentFactory> l = new ArrayList<>();
        for (String name : byName.keySet()) {
            ExperimentFactory f = forGame(name, game);
            if (f.accepts(game)) {
                l.add(f);
            }
        }
        return l;
    }

    /**
     * A validated recipe for the method of this name that fits the game ({@link #forGame}).
     *
     * @see RunSpec#of(ExperimentFactory, Map, GameSpec, long, Limits)
     * @throws IllegalArgumentException naming what is wrong
     */
    public RunSpec spec(String method, Map<String, ?> params, GameSpec game, long seed, Limits limits) {
        return RunSpec.of(forGame(method, game), params, game, seed, limits);
    }

    private List<ExperimentFactory> candidates(String name) {
        List<ExperimentFactory> c = name == null ? null : byName.get(name.strip().toLowerCase(Locale.ROOT));
        if (c == null || c.isEmpty()) {
            throw new IllegalArgumentException("unknown method \"" + name + "\"; known: "
                    + String.join(", ", byName.keySet()));
        }
        return c;
    }
}
