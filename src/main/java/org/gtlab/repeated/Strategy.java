package org.gtlab.repeated;

import java.util.function.Supplier;

/**
 * A named strategy of the library: a factory of fresh {@link Player}s plus its classifier.
 *
 * @param name        kebab-case name ({@code tit-for-tat})
 * @param title       display name
 * @param description one-line rule
 * @param reference   where the strategy comes from (author, work, year)
 * @param memoryDepth how many past rounds the rule reads ({@link #INFINITE} for the whole history)
 * @param stochastic  true if the rule draws random numbers
 * @param factory     makes a fresh player per match
 */
public record Strategy(String name, String title, String description, String reference, int memoryDepth,
                       boolean stochastic, Supplier<Player> factory) {

    /** Memory depth of a rule that may read the whole history. */
    public static final int INFINITE = Integer.MAX_VALUE;

    public Strategy {
        if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9.]+)*")) {
            throw new IllegalArgumentException("strategy name must be kebab-case, got " + name);
        }
    }

    /** A fresh player. */
    public Player create() {
        return factory.get();
    }

    /** The memory depth as text ("∞" for the whole history). */
    public String memoryText() {
        return memoryDepth == INFINITE ? "inf" : Integer.toString(memoryDepth);
    }

    /** The same strategy under another name and title (for transformed strategies). */
    public Strategy renamed(String newName, String newTitle, String newDescription) {
        return new Strategy(newName, newTitle, newDescription, reference, memoryDepth, stochastic, factory);
    }

    @Override
    public String toString() {
        return name;
    }
}
