/**
 * Repeated two-player games and tournaments: any n×m stage game ({@link org.gtlab.repeated.StageGame}),
 * a repeated game with fixed rounds or a geometric ending, execution noise and optional discounting
 * ({@link org.gtlab.repeated.RepeatedGame}), strategies as automata (memory-one vectors, finite-state
 * machines, lookup tables) and stateful agents (fictitious play, ε-greedy Q-learning,
 * predict-then-best-respond) in a library of named strategies with references and classifiers
 * ({@link org.gtlab.repeated.Strategies}), transformers, matches ({@link org.gtlab.repeated.Match}),
 * round-robin tournaments with repetitions and seeds ({@link org.gtlab.repeated.Tournament}), the Moran
 * process on top of tournament payoffs ({@link org.gtlab.repeated.MoranProcess}), the feasible and
 * individually rational payoff region ({@link org.gtlab.repeated.PayoffRegion}), and the Akata et al.
 * protocol ({@link org.gtlab.repeated.akata}).
 *
 * <p>Every random draw comes from a stream derived from (master seed, pairing, repetition, seat) by
 * {@link org.gtlab.repeated.Seeds}, so results do not depend on the number of threads or the order in
 * which pairings are played. The room imports only game, solve and math; it never prints.
 */
package org.gtlab.repeated;
