package org.gtlab.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;

/**
 * The entry point of {@code java -jar gtlab.jar}, {@code mvn javafx:run} and the installers. With
 * arguments it is the command line ({@link org.gtlab.cli.Main}); without, it opens the desktop
 * app. It is deliberately not an {@link Application} subclass, so that the fat jar starts with
 * JavaFX on the class path (build-stack G8).
 *
 * <p>Before starting JavaFX on Linux it checks for a display and for GTK 3 (JavaFX 21's only
 * Linux toolkit) and, if either is missing, prints one clear sentence naming what to install,
 * instead of a stack trace.
 */
public final class Launcher {

    /** Exit code when the system lacks what the desktop app needs. */
    public static final int EXIT_MISSING_SYSTEM_LIBRARY = 3;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            org.gtlab.cli.Main.main(args);
            return;
        }
        String problem = preflight();
        if (problem != null) {
            System.err.println(problem);
            System.exit(EXIT_MISSING_SYSTEM_LIBRARY);
            return;
        }
        try {
            Application.launch(GtLabApp.class, args);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            String msg = explain(e);
            if (msg == null) {
                throw e;
            }
            System.err.println(msg);
            System.exit(EXIT_MISSING_SYSTEM_LIBRARY);
        }
    }

    /** A message if the desktop cannot start here, else null. */
    static String preflight() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return null;
        }
        if (isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            return "GT Lab: no graphical display (DISPLAY is not set). Start GT Lab from a desktop session, "
                    + "or under a virtual display: xvfb-run -a java -jar gtlab.jar "
                    + "(Debian/Ubuntu: sudo apt-get install xvfb). The command line works without a display: "
                    + "java -jar gtlab.jar --help";
        }
        if (!hasGtk3()) {
            return gtkMessage();
        }
        return null;
    }

    static String gtkMessage() {
        return "GT Lab: the GTK 3 library (libgtk-3.so.0) is missing; the desktop app needs it on Linux. "
                + "Install it with: sudo apt-get install libgtk-3-0 (Debian/Ubuntu) or sudo dnf install gtk3 "
                + "(Fedora), then start GT Lab again. The command line works without it: java -jar gtlab.jar --help";
    }

    /** True if libgtk-3.so.0 is in a standard library folder or on LD_LIBRARY_PATH. */
    static boolean hasGtk3() {
        List<String> dirs = new java.util.ArrayList<>(List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib64", "/lib", "/usr/local/lib"));
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) {
            dirs.addAll(0, List.of(ld.split(File.pathSeparator)));
        }
        for (String d : dirs) {
            if (!d.isBlank() && Files.exists(Path.of(d, "libgtk-3.so.0"))) {
                return true;
            }
        }
        return false;
    }

    /** Turns JavaFX start-up failures about the platform into a clear sentence, or null. */
    static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Unable to load glass GTK library") || m.contains("libgtk")) {
                return gtkMessage();
            }
            if (m.contains("Unable to open DISPLAY")) {
                return "GT Lab: cannot open the display \"" + System.getenv("DISPLAY") + "\". Check that the X server "
                        + "is running, or use xvfb-run -a java -jar gtlab.jar";
            }
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
