/**
 * Self-play methods of the newer self-play papers, made exact and LLM-free (specs/self-play-seeds.md):
 * preference games and their von Neumann winner ({@link org.gtlab.selfplay.Preference}), Hedge
 * self-play in the SPPO/SPO variants ({@link org.gtlab.selfplay.HedgeSelfPlay}), exact Kuhn poker
 * best responses ({@link org.gtlab.selfplay.Kuhn}), tabular REINFORCE with the RAE / MARS / turn-level
 * advantage estimators ({@link org.gtlab.selfplay.TabularReinforce}), tabular NFSP
 * ({@link org.gtlab.selfplay.TabularNfsp}) and XFP ({@link org.gtlab.selfplay.Xfp}), the two-role
 * presets ({@link org.gtlab.selfplay.TwoRolePresets}), the spec's acceptance checks
 * ({@link org.gtlab.selfplay.SelfPlayChecks}) and the seed papers without a game mechanism
 * ({@link org.gtlab.selfplay.SeedPapers}).
 *
 * <p>A model room: imports game, solve, eval, dynamics, learn (the opponent sampler), math, compute;
 * never run, io, cli or ui, never prints.
 */
package org.gtlab.selfplay;
