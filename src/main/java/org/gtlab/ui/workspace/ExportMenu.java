package org.gtlab.ui.workspace;

import java.util.function.Consumer;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * What every run view's "Export" menu shares (the Dynamics tab, the team Lab, the labs): the owner
 * region its dialogs are centred on, the status line a failure or a result is reported on (never
 * thrown), the menu button and its items. The owner's subclass adds its exports; files go through
 * {@link ExportFiles} and charts through {@link RunExports}/io.recipe, so each export writes its recipe.
 */
public abstract class ExportMenu {

    /** The view the menu belongs to (dialogs are centred on its window). */
    protected final Region owner;
    /** The owner's status line. */
    protected final Consumer<String> status;

    protected ExportMenu(Region owner, Consumer<String> status) {
        this.owner = owner;
        this.status = status;
    }

    /** A menu button titled "Export" with the given id and items. */
    protected static MenuButton exportButton(String id, MenuItem... items) {
        MenuButton m = new MenuButton("Export");
        m.setId(id);
        m.getItems().addAll(items);
        return m;
    }

    /** A menu item that runs {@code action}. */
    protected static MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> action.run());
        return i;
    }

    /** The owner's window, or null before it is shown. */
    protected Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
