package org.gtlab.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The app's remembered preferences (theme, lecture mode, side-by-side layout, divider positions,
 * the documents open at the last autosave), kept in one small {@code settings.properties} file
 * under {@link AppDirs#home()}. Every change is written at once and atomically (a temporary file
 * in the same folder, then a rename), so a crash never leaves a half-written file; a missing or
 * unreadable file gives the defaults.
 *
 * <p>Failure modes: a write that fails (read-only home, full disk) is reported by
 * {@link #lastError()} and otherwise ignored — losing a preference must never stop the app.
 */
public final class Settings {

    private final Path file;
    private final Properties props = new Properties();
    private String lastError;

    /** Settings kept in {@code file} (read now if it exists). */
    public Settings(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                lastError = "settings ignored: " + e.getMessage();
            }
        }
    }

    /** Settings that live in memory only (tests). */
    public static Settings inMemory() {
        return new Settings(null);
    }

    public String get(String key, String def) {
        return props.getProperty(key, def);
    }

    public boolean getBoolean(String key, boolean def) {
        String v = props.getProperty(key);
        return v == null ? def : Boolean.parseBoolean(v);
    }

    public double getDouble(String key, double def) {
        try {
            String v = props.getProperty(key);
            return v == null ? def : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return def;
        }
    }

    /** The list stored under {@code key} (one entry a line), empty if none. */
    public List<String> getList(String key) {
        String v = props.getProperty(key);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String s : v.split("\n")) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    public void put(String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, value);
        }
        write();
    }

    public void putBoolean(String key, boolean value) {
        put(key, Boolean.toString(value));
    }

    public void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    public void putList(String key, List<String> values) {
        put(key, values.isEmpty() ? null : String.join("\n", values));
    }

    /** The last read or write problem, or null. */
    public String lastError() {
        return lastError;
    }

    private void write() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            StringWriter w = new StringWriter();
            props.store(w, "GT Lab settings");
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".settings", ".tmp");
            try {
                Files.writeString(tmp, w.toString(), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            lastError = null;
        } catch (IOException e) {
            lastError = "settings not saved: " + e.getMessage();
        }
    }
}
