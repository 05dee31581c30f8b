/**
 * GT Lab, a desktop and command-line game-theory lab. The root package holds no classes; the
 * rooms below it and their contracts (each room's {@code package-info} states it):
 * <ul>
 *   <li>model rooms (pure, no JavaFX, no printing, never import run/io/cli/ui): {@code math},
 *       {@code game}, {@code solve} (API; methods in {@code solve.lh}, {@code solve.vertex},
 *       {@code solve.lp}, {@code solve.pure}, {@code solve.dominance}; registry in
 *       {@code solve.catalog}), {@code eval}, {@code dynamics}, {@code learn}, {@code compute};</li>
 *   <li>{@code run}: the one pipeline (Experiment, RunSpec, RunExecutor, Snapshot, the method catalog),
 *       its adapters of the model rooms in {@code run.methods};</li>
 *   <li>{@code chart} (models, layout, renderers, TikZ) and {@code figure} (chart models from core
 *       results); {@code io} (every file format, recipes in {@code io.recipe});</li>
 *   <li>{@code cli} (picocli commands, the only core code that prints) and {@code ui} (JavaFX).</li>
 * </ul>
 * The import rules are those of the design's architecture.md, enforced by
 * {@code org.gtlab.arch.ArchitectureTest}: no package cycles at any depth; threads and pools only
 * in {@code compute} and {@code run}; one {@link org.gtlab.compute.Workers} budget built in the
 * composition roots ({@code cli.Main}, {@code ui.app.GtLabApp}) and passed down, never a static
 * service locator.
 */
package org.gtlab;
