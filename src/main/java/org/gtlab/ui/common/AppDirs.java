package org.gtlab.ui.common;

import java.nio.file.Path;

/**
 * Where the app keeps its own files: {@code $GTLAB_HOME}, else {@code ~/.gtlab}. Holds
 * {@code recovery/} (autosaves of unsaved documents), {@code recent.txt} and {@code gtlab.log}.
 */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path home() {
        String env = System.getenv("GTLAB_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".gtlab");
    }

    public static Path recovery() {
        return home().resolve("recovery");
    }

    public static Path log() {
        return home().resolve("gtlab.log");
    }
}
