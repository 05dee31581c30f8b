/**
 * What every ui feature shares: {@link org.gtlab.ui.common.BackgroundExecutor} (its FX form on the
 * shared {@link org.gtlab.compute.Workers}, and {@link org.gtlab.ui.common.DirectExecutor} for
 * deterministic view-model tests), application directories, recent files, the recovery store, the
 * frame timer (≤ 30 Hz redraws) and run controls.
 *
 * <p>Contract: imports core values (game, run, io, compute) and JavaFX; of ui only the editor's state
 * (the recovery store saves it), never app, solve or the run workspace. Makes no threads or pools:
 * background work runs on the Workers passed to its constructor.
 */
package org.gtlab.ui.common;
