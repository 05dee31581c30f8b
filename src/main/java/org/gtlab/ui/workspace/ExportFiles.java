package org.gtlab.ui.workspace;

import java.io.File;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.gtlab.io.recipe.Exporter;

/**
 * The file choosers of the run workspace's exports and recipes (the Dynamics tab, the team Lab,
 * every lab): where to write an export ({@link #saveTarget}) and which recipe to re-run
 * ({@link #openRecipe}). The files themselves are written by {@link RunExports}.
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    /**
     * Asks where to export: a save dialog suggesting {@code base.ext} (characters other than letters,
     * digits, dot, dash and underscore become "_").
     *
     * @param label the file type's name in the filter ("CSV", "PNG image", …)
     * @return the target with its extension ({@link Exporter#target}), or null if cancelled
     */
    public static Path saveTarget(Node owner, String base, String ext, String label) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export to");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(label, "*." + ext));
        fc.setInitialFileName(base.replaceAll("[^A-Za-z0-9._-]+", "_") + "." + ext);
        File f = fc.showSaveDialog(window(owner));
        return f == null ? null : Exporter.target(f.toPath(), ext);
    }

    /**
     * Asks for a recipe file (*.json) to re-run.
     *
     * @return the file, or null if cancelled
     */
    public static Path openRecipe(Node owner, String title, String filterLabel) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, "*.json"));
        File f = fc.showOpenDialog(window(owner));
        return f == null ? null : f.toPath();
    }

    private static Window window(Node owner) {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
