package org.gtlab.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The desktop app's one log: code logs through {@link System.Logger} ({@code System.getLogger}),
 * which the JDK backs with {@code java.util.logging}; this class only configures that backend,
 * adding a file handler that appends to the crash log {@code ~/.gtlab/gtlab.log} (one line per
 * record plus any stack trace). The console keeps the JDK's default handler (warnings and errors on
 * standard error).
 *
 * <p>Failure modes: if the log file cannot be opened, logging continues on the console only and
 * {@link #install} returns false.
 */
public final class AppLog {

    private static final String ROOT = "org.gtlab";

    private AppLog() {
    }

    /** Adds (once) the file handler for {@code file} to the {@code org.gtlab} loggers. */
    public static synchronized boolean install(Path file) {
        Logger root = Logger.getLogger(ROOT);
        for (Handler h : root.getHandlers()) {
            if (h instanceof FileHandler) {
                return true;
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileHandler fh = new FileHandler(file.toString().replace("%", "%%"), 1_000_000, 1, true);
            fh.setFormatter(new SimpleFormatter());
            fh.setLevel(Level.INFO);
            root.addHandler(fh);
            return true;
        } catch (IOException | RuntimeException e) {
            System.getLogger(ROOT).log(System.Logger.Level.WARNING, "no log file " + file + ": " + e.getMessage());
            return false;
        }
    }
}
