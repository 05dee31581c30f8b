package org.gtlab.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gtlab.io.GameFiles;

/** The most recently opened or saved files (newest first, at most {@value #MAX}), kept in a text file. */
public final class RecentFiles {

    public static final int MAX = 10;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path store) {
        this.store = store;
        if (Files.isRegularFile(store)) {
            try {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && files.size() < MAX) {
                        files.add(Path.of(line.strip()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable list starts empty
            }
        }
    }

    public ObservableList<Path> files() {
        return files;
    }

    /** Moves {@code file} to the top and saves the list. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        save();
    }

    public void remove(Path file) {
        files.remove(file);
        save();
    }

    private void save() {
        List<String> lines = new ArrayList<>();
        for (Path p : files) {
            lines.add(p.toString());
        }
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            GameFiles.writeAtomically(store, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            // the list is a convenience; failing to store it must not disturb the user
        }
    }
}
