package org.gtlab.ui.app;


import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import org.gtlab.ui.common.AppDirs;

/**
 * The uncaught-exception handler: logs the stack trace once through {@link System.Logger} (which
 * {@link org.gtlab.ui.common.AppLog} sends to {@code ~/.gtlab/gtlab.log} and standard error), autosaves every document at once, and shows a short, non-modal message. The
 * user's work stays open.
 */
public final class ErrorHandler implements Thread.UncaughtExceptionHandler {

    private final MainViewModel vm;
    private final Window owner;
    private boolean showing;

    public ErrorHandler(MainViewModel vm, Window owner) {
        this.vm = vm;
        this.owner = owner;
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        log(t, e);
        Runnable ui = () -> {
            int saved = 0;
            try {
                saved = vm.autosave();
            } catch (RuntimeException ignored) {
                // autosave is best effort here
            }
            vm.setStatus("Internal error: " + shortText(e) + " — your work is kept" + (saved > 0 ? " (autosaved)" : ""));
            if (!showing && owner != null && owner.isShowing()) {
                showing = true;
                Alert a = org.gtlab.ui.common.Dialogs.error(owner, "Something went wrong",
                        "GT Lab hit an internal error: " + shortText(e),
                        "Your games are still open and have been autosaved. You can keep working.\n"
                                + "Details are in " + AppDirs.log() + ".");
                a.setOnHidden(ev -> showing = false);
                a.show();
            }
        };
        if (Platform.isFxApplicationThread()) {
            ui.run();
        } else {
            try {
                Platform.runLater(ui);
            } catch (IllegalStateException notRunning) {
                // toolkit gone: the log line is all we can do
            }
        }
    }

    static String shortText(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
        return s.length() > 160 ? s.substring(0, 157) + "…" : s;
    }

    private static final System.Logger LOG = System.getLogger(ErrorHandler.class.getName());

    /** Logs the error once through {@link System.Logger} (console and, when installed, {@link AppDirs#log()}). */
    static void log(Thread t, Throwable e) {
        LOG.log(System.Logger.Level.ERROR, "uncaught in " + t.getName(), e);
    }
}
