/**
 * Iterative learners on normal-form games as pure step functions
 * ({@link org.gtlab.learn.Learner}: {@code start(seed)}, {@code step(state)}) over one immutable
 * state shape ({@link org.gtlab.learn.LearnerState}: current and average profiles, cumulative
 * payoffs and values for external regret, learner memory, generator state). Learners:
 * {@link org.gtlab.learn.FictitiousPlay} (simultaneous, alternating),
 * {@link org.gtlab.learn.StochasticFictitiousPlay}, {@link org.gtlab.learn.RegretMatching} (RM, RM+),
 * {@link org.gtlab.learn.Hedge} (plain, optimistic), {@link org.gtlab.learn.DampedBestResponse}.
 * All work for N players; NashConv through {@link org.gtlab.learn.Learners} /
 * {@link org.gtlab.eval.Evaluation}. Team games, PSRO and FXP are in {@code org.gtlab.learn.team}.
 */
package org.gtlab.learn;
