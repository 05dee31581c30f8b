/**
 * The JavaFX desktop app, MVVM: views (thin JavaFX nodes) bind to view models (JavaFX properties,
 * testable without a screen) that call the core. Subpackages: {@code app} (composition root, window,
 * shell), {@code editor}, {@code solve}, {@code diagram}, {@code common} (background executor,
 * application directories, recovery), {@code theme}, and the run workspace and labs.
 *
 * <p>Contract: the only room that imports JavaFX (besides {@code chart.fx}); may import every core
 * room, but a view (a JavaFX {@code Node}) never computes: it does not call solvers, learners,
 * dynamics or run executors — its view model does (ArchitectureTest). Work runs on the shared
 * {@link org.gtlab.compute.Workers} given by {@code GtLabApp}, never on the FX thread; results come
 * back with {@code Platform.runLater}. No static service locator; no printing (errors go to the
 * error handler and the status bar).
 */
package org.gtlab.ui;
