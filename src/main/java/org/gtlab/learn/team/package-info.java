/**
 * Learners on team games (spec fxp-psro.md): self-play, fictitious self-play, no-regret self-play,
 * PSRO with its meta-solvers ({@link org.gtlab.learn.team.MetaSolvers}: Nash, fictitious play,
 * α-Rank, uniform, …), fictitious cross-play (FXP), the damped per-agent best-response oracle
 * ({@link org.gtlab.learn.team.SoftBestResponseOracle}) and the metric and payload names they report
 * ({@link org.gtlab.learn.team.TeamMetrics}).
 *
 * <p>Contract: every learner is a {@link org.gtlab.learn.team.TeamLearner} speaking
 * {@code start(seed)} / {@code step(state)} / {@code isFinished(state)} over immutable states, with no
 * loop of its own; the same seed gives bit-identical states. Imports game, solve, eval, dynamics,
 * math, compute and {@code learn} — never run, io, cli or ui (the run pipeline adapts these learners
 * in {@code run.methods}). Single-threaded, no printing, no JavaFX.
 */
package org.gtlab.learn.team;
