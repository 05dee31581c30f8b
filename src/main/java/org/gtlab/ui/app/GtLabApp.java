package org.gtlab.ui.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.gtlab.ui.common.AppDirs;
import org.gtlab.ui.common.AppLog;

/**
 * The JavaFX application and the desktop app's composition root: it builds the one
 * {@link AppServices} record (executors, solvers, run methods, recent files, recovery store,
 * settings), the main view model and window from it, the autosave timer, installs the
 * uncaught-exception handler and the log, and offers crash recovery.
 *
 * <p>Environment: {@code GTLAB_HOME} (settings, autosaves and the log; default {@code ~/.gtlab}).
 * Test tools (the screenshot tour) extend this class and override {@link #initialSize()} and
 * {@link #afterShow}; nothing test-only lives here.
 */
public class GtLabApp extends Application {

    /** Seconds between autosaves of documents with unsaved changes. */
    public static final double AUTOSAVE_SECONDS = 3;

    private static final System.Logger LOG = System.getLogger(GtLabApp.class.getName());

    private AppServices services;
    private MainViewModel vm;
    private MainWindow window;
    private long readyMillis = -1;

    @Override
    public void start(Stage stage) {
        AppLog.install(AppDirs.log());
        services = AppServices.standard(AppDirs.home());
        vm = new MainViewModel(services);
        ErrorHandler errors = new ErrorHandler(vm, stage);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        window = new MainWindow(vm, stage);
        double[] size = initialSize();
        Scene scene = new Scene(window, size[0], size[1]);
        window.applyTheme(scene, window.rememberedTheme());
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
                services.background().shutdown();
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
                vm.setStatus("Ready — started in " + String.format(Locale.ROOT, "%.1f", readyMillis / 1000.0)
                        + " s. Pick a game from the catalog or press Ctrl+N.");
                LOG.log(System.Logger.Level.INFO, "GT Lab: window usable " + readyMillis + " ms after JVM start");
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(AUTOSAVE_SECONDS), e -> vm.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        afterShow(window, vm, stage);
        // the title follows the active tab (MainWindow's ActiveTabDescription)
    }

    /** The window's first size: 1280 × 800, the smallest screen the app is designed for. */
    protected double[] initialSize() {
        return new double[] {1280, 800};
    }

    /** After the window is shown: focus the catalog and offer crash recovery. */
    protected void afterShow(MainWindow window, MainViewModel vm, Stage stage) {
        Platform.runLater(() -> {
            window.focusCatalog();
            window.offerRecovery();
        });
    }

    /** Milliseconds from JVM start until the window was usable, or −1 before then. */
    protected long readyMillis() {
        return readyMillis;
    }

    @Override
    public void stop() {
        if (services != null) {
            services.background().shutdown();
        }
    }
}
