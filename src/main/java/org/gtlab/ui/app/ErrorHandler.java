package org.gtlab.ui.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import org.gtlab.ui.common.AppDirs;

/**
 * The uncaught-exception handler: logs the stack trace once (to {@code ~/.gtlab/gtlab.log} and
 * standard error), autosaves every document at once, and shows a short, non-modal message. The
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
                Alert a = new Alert(Alert.AlertType.ERROR);
                a.initOwner(owner);
                a.setTitle("Something went wrong");
                a.setHeaderText("GT Lab hit an internal error: " + shortText(e));
                a.setContentText("Your games are still open and have been autosaved. You can keep working.\n"
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

    static void log(Thread t, Throwable e) {
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        String entry = Instant.now() + " uncaught in " + t.getName() + ": " + sw;
        System.err.print(entry);
        try {
            Path log = AppDirs.log();
            Files.createDirectories(log.getParent());
            Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // standard error has it
        }
    }
}
