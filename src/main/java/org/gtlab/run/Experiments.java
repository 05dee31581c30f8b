package org.gtlab.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gtlab.run.methods.DynamicsMethods;
import org.gtlab.run.methods.LearnerMethods;
import org.gtlab.run.methods.MoranMethod;
import org.gtlab.run.methods.TeamMethods;

/**
 * The registry of runnable methods by name ({@code gtlab run --method NAME}, the launcher's list).
 * Adding a method: one {@link ExperimentFactory}, one {@code register(…)} line in the static block
 * below (or a call from the code that owns the method).
 *
 * <p>A name is unique per {@link GameKind}: {@code sp}, {@code fp} and {@code replicator} exist for
 * normal-form games and for team games, and {@link #forGame} picks the one for the game at hand (a
 * team game gets the team method), so users keep one name per concept.
 */
public final class Experiments {

    private static final Map<String, List<ExperimentFactory>> FACTORIES = new LinkedHashMap<>();
    private static final List<ExperimentFactory> ORDER = new ArrayList<>();

    static {
        LearnerMethods.all().forEach(Experiments::register);
        DynamicsMethods.all().forEach(Experiments::register);
        register(new MoranMethod());
        TeamMethods.all().forEach(Experiments::register);
    }

    private Experiments() {
    }

    /**
     * Adds a method.
     *
     * @throws IllegalArgumentException if the name is taken for the same kind of game
     */
    public static synchronized void register(ExperimentFactory factory) {
        String key = factory.name().toLowerCase(Locale.ROOT);
        List<ExperimentFactory> same = FACTORIES.computeIfAbsent(key, k -> new ArrayList<>());
        for (ExperimentFactory f : same) {
            if (f.gameKind() == factory.gameKind() || f.gameKind() == GameKind.NONE
                    || factory.gameKind() == GameKind.NONE) {
                throw new IllegalArgumentException("a method named \"" + factory.name() + "\" is already registered");
            }
        }
        same.add(factory);
        ORDER.add(factory);
    }

    /** All methods in registration order (a name shared by two game kinds appears twice). */
    public static synchronized List<ExperimentFactory> all() {
        return List.copyOf(ORDER);
    }

    /**
     * The method with this name (case-insensitive); for a name registered for several kinds of game,
     * the first registered (the normal-form method). Prefer {@link #forGame} when the game is known.
     *
     * @throws IllegalArgumentException listing the known names if there is none
     */
    public static synchronized ExperimentFactory byName(String name) {
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
    public static synchronized ExperimentFactory forGame(String name, GameSpec game) {
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
    public static synchronized List<String> names(GameKind kind) {
        List<String> l = new ArrayList<>();
        for (ExperimentFactory f : ORDER) {
            if (f.gameKind() == kind) {
                l.add(f.name());
            }
        }
        return l;
    }

    private static List<ExperimentFactory> candidates(String name) {
        List<ExperimentFactory> c = name == null ? null : FACTORIES.get(name.strip().toLowerCase(Locale.ROOT));
        if (c == null || c.isEmpty()) {
            throw new IllegalArgumentException("unknown method \"" + name + "\"; known: "
                    + String.join(", ", FACTORIES.keySet()));
        }
        return c;
    }
}
