/**
 * Body-Reservoir Governance (BRG) model room: reservoir agents in the continuous repeated Prisoner's
 * Dilemma (Nakamura, arXiv:2602.20846; spec /work/shared/specs/brg.md §2–§4).
 *
 * <p>Three layers: an echo-state "body" {@link org.gtlab.reservoir.Reservoir} with a frozen
 * logit-space ridge {@link org.gtlab.reservoir.Readout} giving a*(t); a cognitive filter
 * ({@link org.gtlab.reservoir.CognitiveFilter}: TfT, EMA-TfT, AllC) giving a_cog(t); a
 * {@link org.gtlab.reservoir.Governor} (static α or the {@link org.gtlab.reservoir.Sentinel})
 * mixing a(t) = α·a* + (1−α)·a_cog. {@link org.gtlab.reservoir.Match} is the exact round loop of §2.6,
 * {@link org.gtlab.reservoir.Habituation} the batch Oja rule with the spectral clamp,
 * {@link org.gtlab.reservoir.KnnKl} the k-NN KL estimator, {@link org.gtlab.reservoir.FixedPoint}
 * the self-consistency map Φ and its Jacobian. Where arXiv v1 and the author's repository source differ,
 * the repository source plus code govern (spec §1.1).
 *
 * <p>Randomness: every purpose draws from its own {@link org.gtlab.math.Rng} stream
 * ({@link org.gtlab.reservoir.Streams}), so results are bit-identical whatever thread runs a seed.
 * Plain {@code double[]} row-major matrices; no threads are created here.
 */
package org.gtlab.reservoir;
