/**
 * Immutable games and strategies: {@link org.gtlab.game.NormalFormGame} (N players, exact or double
 * payoffs), team games ({@link org.gtlab.game.TeamGame} and its dense, binary and named instances,
 * {@link org.gtlab.game.TeamPolicy}, {@link org.gtlab.game.TeamMixture}), {@link org.gtlab.game.MixedStrategy},
 * {@link org.gtlab.game.StrategyProfile}, seeded {@link org.gtlab.game.RandomGames} and the named
 * {@link org.gtlab.game.GameCatalog}.
 *
 * <p>Contract: imports {@code math} only (ArchitectureTest); values are immutable and thread-safe;
 * constructors validate and throw {@link IllegalArgumentException} naming the offending size or
 * entry. No file formats (those are in {@code io}), no threads, no printing.
 */
package org.gtlab.game;
