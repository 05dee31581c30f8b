package org.gtlab.ui.app;

import java.lang.management.ManagementFactory;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;

import org.gtlab.compute.Workers;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.workspace.RunServices;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.common.AppDirs;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.theme.Theme;

/**
 * The JavaFX application: the composition root that builds the view models, the main window and
 * the autosave timer, installs the uncaught-exception handler and offers crash recovery.
 *
 * <p>Environment: {@code GTLAB_HOME} (settings and autosaves, default {@code ~/.gtlab}),
 * {@code GTLAB_THEME=dark}, {@code GTLAB_SIZE=1920x1080}, {@code GTLAB_TOUR=DIR} (scripted tour
 * that saves screenshots and timings to DIR, then quits; see {@link Tour}).
 */
public final class GtLabApp extends Application {

    /** Seconds between autosaves of documents with unsaved changes. */
    public static final double AUTOSAVE_SECONDS = 3;

    private FxBackgroundExecutor executor;
    private MainViewModel vm;
    private MainWindow window;
    private long readyMillis = -1;

    @Override
    public void start(Stage stage) {
        executor = new FxBackgroundExecutor();
        MethodCatalog methods = StandardMethods.registerAll(new MethodCatalog());
        RunServices.install(methods, new Workers(Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
                "gtlab-worker"));
        vm = new MainViewModel(executor, Solvers.all(), new RecentFiles(AppDirs.home().resolve("recent.txt")),
                new RecoveryStore(AppDirs.recovery()));
        ErrorHandler errors = new ErrorHandler(vm, stage);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        window = new MainWindow(vm, stage);
        double w = 1280;
        double h = 800;
        String size = System.getenv("GTLAB_SIZE");
        if (size != null && size.matches("\\d+x\\d+")) {
            w = Double.parseDouble(size.substring(0, size.indexOf('x')));
            h = Double.parseDouble(size.substring(size.indexOf('x') + 1));
        }
        Scene scene = new Scene(window, w, h);
        window.applyTheme(scene, "dark".equalsIgnoreCase(System.getenv("GTLAB_THEME")) ? Theme.DARK : Theme.LIGHT);
        stage.setScene(scene);
        stage.setTitle("GT Lab — game theory lab");
        try {
            stage.getIcons().add(new Image(GtLabApp.class.getResourceAsStream("/org/gtlab/ui/app/icon-256.png")));
        } catch (RuntimeException noIcon) {
            // the icon is decoration only
        }
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        stage.setOnCloseRequest(e -> {
            if (!window.confirmQuit()) {
                e.consume();
            } else {
                executor.shutdown();
                Platform.exit();
            }
        });
        stage.show();
        // usable = the second pulse after show has laid out and rendered the window
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                readyMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                vm.setStatus("Ready — started in " + String.format(java.util.Locale.ROOT, "%.1f", readyMillis / 1000.0)
                        + " s. Pick a game from the catalog or press Ctrl+N.");
                if (System.getenv("GTLAB_TIMING") != null) {
                    System.err.println("GT Lab: window usable " + readyMillis + " ms after JVM start");
                }
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(AUTOSAVE_SECONDS), e -> vm.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        String tour = System.getenv("GTLAB_TOUR");
        if (tour != null && !tour.isBlank()) {
            new Tour(window, vm, stage, java.nio.file.Path.of(tour), () -> readyMillis).start();
        } else {
            Platform.runLater(() -> {
                window.focusCatalog();
                window.offerRecovery();
            });
        }
        // titles follow the active document
        Runnable title = () -> stage.setTitle("GT Lab" + (vm.getActive() == null ? ""
                : " — " + vm.getActive().titleProperty().get()));
        vm.activeProperty().addListener((o, a, b) -> {
            title.run();
            if (b != null) {
                b.titleProperty().addListener((oo, x, y) -> title.run());
            }
        });
        title.run();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
