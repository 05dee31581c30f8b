package org.gtlab.ui.workspace;

import org.gtlab.compute.Workers;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.common.BackgroundExecutor;
import org.gtlab.ui.common.FxBackgroundExecutor;

/**
 * The app-wide executors of the Dynamics views, created on first use: one background
 * {@link RunExecutor} shared by every document's runs, with one worker fewer than there are cores
 * (at least one) so that a core stays free for the JavaFX thread and the portrait — several runs
 * then share the workers in 50 ms time slices — and one {@link FxBackgroundExecutor} for portrait
 * computations. Their threads are daemons that end when idle, so nothing needs shutting down at
 * exit.
 */
public final class RunServices {

    private static RunExecutor runs;
    private static BackgroundExecutor portraits;
    private static MethodCatalog catalog;
    private static Workers workers;

    /**
     * Installs the composition root's method catalog and worker budget ({@code GtLabApp.start});
     * the run executor is then built on those workers. Transitional: the services record of the
     * composition root (issue 9 §5) replaces this holder.
     */
    public static synchronized void install(MethodCatalog methods, Workers budget) {
        catalog = java.util.Objects.requireNonNull(methods, "methods");
        workers = java.util.Objects.requireNonNull(budget, "budget");
    }

    /**
     * The method catalog installed by the app; views built without the app (tests) get a catalog of
     * the standard methods.
     */
    public static synchronized MethodCatalog catalog() {
        if (catalog == null) {
            catalog = StandardMethods.catalog();
        }
        return catalog;
    }

    private RunServices() {
    }

    /** The shared run executor. */
    public static synchronized RunExecutor runs() {
        if (runs == null) {
            runs = workers != null ? RunExecutor.background(workers)
                    : RunExecutor.background(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        }
        return runs;
    }

    /** The executor for portrait computations (results delivered on the FX thread). */
    public static synchronized BackgroundExecutor portraits() {
        if (portraits == null) {
            portraits = new FxBackgroundExecutor();
        }
        return portraits;
    }
}
