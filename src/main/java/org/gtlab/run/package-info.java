/**
 * The one pipeline for everything that runs (architecture.md, "One pipeline for everything that
 * runs").
 *
 * <h2>Writing a method</h2>
 * Implement {@link org.gtlab.run.Experiment} ({@code start(seed)}, {@code step(state)},
 * {@code observe(state, step)}, optionally {@code isFinished}, {@code save}/{@code load} for
 * checkpoints) over an immutable state, and an {@link org.gtlab.run.ExperimentFactory} (name,
 * title, description, {@link org.gtlab.run.Param}s, default {@link org.gtlab.run.Limits},
 * {@code create(config, game, limits)}, its {@link org.gtlab.run.MetricSpec}s, presets, planned length
 * and accepted games); register it with one line in {@code run.methods.StandardMethods} (or in a
 * composition root) on the {@link org.gtlab.run.MethodCatalog}. It then has background execution,
 * pause/resume/cancel, run groups, checkpoints, CSV/JSON export, recipes and {@code gtlab run} for
 * free, and must pass {@code MethodContractTest}.
 *
 * <h2>Running</h2>
 * <pre>{@code
 * MethodCatalog catalog = StandardMethods.registerAll(new MethodCatalog());   // composition root
 * RunSpec spec = catalog.spec("hedge", Map.of("optimistic", "true"), GameSpec.of("rps", game), 42,
 *         new Limits(10_000, 10, 0));          // validated here: bad values throw, nothing ran
 * try (RunExecutor ex = RunExecutor.background(workers)) {   // workers: the root's compute.Workers
 *     RunHandle run = ex.start(spec, new RunListener() {
 *         public void snapshot(RunHandle r, Snapshot s) { latest.set(s); }   // worker thread
 *     });
 *     run.pause(); run.resume(); run.cancel();   // any thread
 *     RunRecord all = run.completion().get();    // all snapshots; all.toCsv(), all.decimate(500)
 * }
 * }</pre>
 * {@link org.gtlab.run.RunExecutor#synchronous()} runs on the caller's thread for deterministic
 * view-model tests. {@link org.gtlab.run.RunHandle#checkpoint()} and
 * {@link org.gtlab.run.RunExecutor#resume(Checkpoint, RunListener...)} save and continue a run with
 * identical data. {@link org.gtlab.run.RunSpec#toJson()} is the recipe; the same recipe gives the
 * same CSV bytes.
 *
 * <p>The built-in methods (fp, sfp, rm, rm+, hedge, sp, replicator, logit, br, bnn, smith, moran on
 * normal-form games; sp, fp, fsp, forel, replicator, mwu, cfr, psro, odo, fxp on team games) live in
 * {@code org.gtlab.run.methods}. A {@link org.gtlab.run.GameSpec} holds a normal-form or a team game;
 * a name shared by both kinds resolves by the game ({@link org.gtlab.run.MethodCatalog#forGame}). {@link org.gtlab.run.RunExecutor#startAll} runs
 * several recipes (seeds, sweep cells) as one {@link org.gtlab.run.RunGroup}.
 */
package org.gtlab.run;
