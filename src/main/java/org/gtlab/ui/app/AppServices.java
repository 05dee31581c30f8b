package org.gtlab.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.gtlab.compute.Workers;

import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.solve.NashSolver;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.common.BackgroundExecutor;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.common.Settings;

/**
 * Everything the desktop app shares, built once by the composition root ({@link GtLabApp}) and
 * handed down through constructors — there is no static service locator in {@code ui}.
 *
 * @param background UI background work (file reading, solving), results delivered on the FX thread
 * @param runs       the run executor shared by every run of every document and the Lab
 * @param methods    the runnable methods (today {@link Experiments#all()}; the method catalog
 *                   replaces this supplier when it lands)
 * @param solvers    the equilibrium solvers offered in the solve panel
 * @param recent     the recent-files list
 * @param recovery   the autosave / crash-recovery store
 * @param settings   remembered preferences (theme, layout, open documents)
 */
public record AppServices(BackgroundExecutor background, Supplier<RunExecutor> runs,
        MethodCatalog methods, List<NashSolver> solvers, RecentFiles recent,
        RecoveryStore recovery, Settings settings) {

    public AppServices {
        solvers = List.copyOf(solvers);
    }

    /**
     * The services of a real app session whose files live under {@code home}: a fresh background
     * executor, every solver, the shared run executor, and the recent/recovery/settings files.
     */
    public static AppServices standard(Path home) {
        // one worker budget for runs, solvers and background UI work
        Workers workers = new Workers(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), "gtlab-worker");
        MethodCatalog methods = org.gtlab.run.methods.StandardMethods.catalog();
        org.gtlab.compute.Backends.install(workers);
        RunExecutor runs = RunExecutor.background(workers);
        return new AppServices(new FxBackgroundExecutor(workers), () -> runs, methods,
                Solvers.all(workers), new RecentFiles(home.resolve("recent.txt")), new RecoveryStore(home.resolve("recovery")),
                new Settings(home.resolve("settings.properties")));
    }

    /**
     * A run executor made on first use (with one worker fewer than there are cores, at least one, so
     * that a core stays free for the FX thread), shared by everything these services reach.
     */
    private static Supplier<RunExecutor> lazyRuns() {
        RunExecutor[] made = new RunExecutor[1];
        return () -> {
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = RunExecutor.background(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
                }
                return made[0];
            }
        };
    }

    /** Services for tests and tools: the given executor and files, settings in memory. */
    public static AppServices of(BackgroundExecutor background, List<NashSolver> solvers, RecentFiles recent,
            RecoveryStore recovery) {
        return new AppServices(background, lazyRuns(), org.gtlab.run.methods.StandardMethods.catalog(), solvers, recent,
                recovery, Settings.inMemory());
    }
}
