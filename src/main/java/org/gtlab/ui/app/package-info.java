/**
 * The application shell: {@link org.gtlab.ui.app.GtLabApp}, the composition root that builds the one
 * worker budget, the method catalog, the solvers, the background executor and the recovery store
 * and passes them down; the main window, its document views, side panel, inspector, launcher,
 * actions and error handler, and their view models.
 *
 * <p>Contract: may import every room and every ui subpackage (it assembles them); the other ui
 * subpackages never import {@code ui.app}. Views get their view models through their constructors.
 * FX thread only, except the work handed to the background executor.
 */
package org.gtlab.ui.app;
