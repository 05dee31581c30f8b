/**
 * The one run workspace of the desktop app, shared by the Dynamics tab ({@code ui.dynamics}), the
 * team Lab ({@code ui.lab}) and every lab opened through {@link org.gtlab.ui.workspace.LabRoom}.
 *
 * <ul>
 *   <li>View models: {@link org.gtlab.ui.workspace.RunList} (rows, selection, compared metric, the
 *       ≤ 30 Hz tick, time units, replay step), {@link org.gtlab.ui.workspace.RunRow} (one run; labs
 *       subclass it for their values), {@link org.gtlab.ui.workspace.RunWorkspaceModel} (a workspace's
 *       list and controls, its charts rebuilt in one place), {@link org.gtlab.ui.workspace.SeedGroupViewModel}
 *       ("N seeds" as one run group).</li>
 *   <li>Views: {@link org.gtlab.ui.workspace.RunListView} / {@link org.gtlab.ui.workspace.RunRowView}
 *       (the run list with its tiles, {@link org.gtlab.ui.workspace.RunTiles}),
 *       {@link org.gtlab.ui.workspace.ReplayBar}, {@link org.gtlab.ui.workspace.SeedGroupPane}; one
 *       stylesheet, {@code workspace.css}.</li>
 *   <li>Exports: {@link org.gtlab.ui.workspace.RunExports} (every file through {@code io.recipe}'s
 *       Exporter with its recipe beside it) and {@link org.gtlab.ui.workspace.ExportFiles} (the file
 *       choosers); charts are built by {@code org.gtlab.figure.RunCharts}.</li>
 *   <li>The shell: a tab's content may implement {@link org.gtlab.ui.workspace.TabDescription}
 *       (window title, status line, inspector).</li>
 * </ul>
 *
 * <p>Services (run executor, catalog, background work) come from the composition root through
 * constructors ({@code ui.app.AppServices}, {@link org.gtlab.ui.workspace.LabContext}); nothing here
 * is static state.
 */
package org.gtlab.ui.workspace;
