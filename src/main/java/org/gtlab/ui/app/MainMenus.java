package org.gtlab.ui.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The main window's menu bar and toolbar, built from the {@link AppAction} catalog: every menu
 * entry and toolbar button is an action, so its shortcut is shown the same way everywhere, and
 * the action search (Ctrl+K) finds every one of them by name or shortcut.
 */
final class MainMenus {

    private final Map<String, AppAction> actions;
    private ComboBox<AppAction> search;

    MainMenus(Map<String, AppAction> actions) {
        this.actions = actions;
    }

    /** The menu bar; {@code openRecent} opens a file from the recent list, {@code extra} is inserted before Help. */
    MenuBar menuBar(MainViewModel vm, java.util.function.Consumer<Path> openRecent, Menu extra) {
        return menuBar(vm, openRecent, extra, java.util.List.of());
    }

    /** As above, with the labs' File ▸ New items ("New repeated game") after "New game". */
    MenuBar menuBar(MainViewModel vm, java.util.function.Consumer<Path> openRecent, Menu extra,
            java.util.List<MenuItem> labNew) {
        Menu recent = new Menu("Open recent");
        recent.setId("openRecent");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : vm.recent().files()) {
                MenuItem m = new MenuItem(p.toString());
                m.setOnAction(e -> openRecent.accept(p));
                recent.getItems().add(m);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        vm.recent().files().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        Menu file = menu("File", "new");
        file.getItems().addAll(labNew);
        add(file, "open");
        file.getItems().add(recent);
        add(file, "-", "save", "saveAs", "-", "export", "-", "close", "quit");
        Menu edit = menu("Edit", "undo", "redo", "-", "copy", "copyAll", "paste", "clear", "-", "copyImage",
                "copyLatex");
        Menu view = menu("View", "matrixView", "diagramView", "dynamicsView", "phaseView", "sideBySide", "-", "present",
                "sidePanels", "-", "marks", "decimals", "-", "theme", "-", "search");
        view.setId("viewMenu");
        Menu game = menu("Game", "insertRow", "insertColumn", "deleteRow", "deleteColumn", "-", "rowUp", "rowDown",
                "colLeft", "colRight", "renameRow", "renameColumn", "-", "addPlayer", "removePlayer", "-", "zeroSum",
                "symmetric", "-", "random", "renameGame");
        Menu solve = menu("Solve", "solve", "cancel", "-", "nextEq", "prevEq", "-", "copyEquilibria", "-", "stepFwd",
                "stepBack", "stepEnd");
        Menu help = menu("Help", "shortcuts", "about");
        Menu run = menu("Run", "dynamicsView", "-", "startRun", "pauseRuns", "cancelRuns");
        MenuBar bar = new MenuBar(file, edit, view, game, solve, run, help);
        bar.setId("menuBar");
        if (extra != null) {
            bar.getMenus().add(bar.getMenus().size() - 1, extra);
        }
        return bar;
    }

    private Menu menu(String name, String... ids) {
        Menu m = new Menu(name);
        add(m, ids);
        return m;
    }

    private void add(Menu m, String... ids) {
        for (String id : ids) {
            m.getItems().add(id.equals("-") ? new SeparatorMenuItem() : actions.get(id).menuItem());
        }
    }

    /** The toolbar: file, history, solve, export, lecture mode, theme, and the action search at the right. */
    HBox toolbar(java.util.function.Consumer<String> run) {
        ComboBox<AppAction> box = new ComboBox<>();
        box.setId("actionSearch");
        box.setEditable(true);
        box.setPromptText("Actions… Ctrl+K");
        box.setTooltip(new javafx.scene.control.Tooltip("Search every action by name or shortcut (Ctrl+K)"));
        box.getStyleClass().add("search-box");
        box.getItems().setAll(actions.values());
        box.setMinWidth(120);
        box.setPrefWidth(220);
        // the search box is reached with Ctrl+K or a click, never by focus falling into it
        box.setFocusTraversable(false);
        box.setOnAction(e -> {
            Object v = box.getValue();
            AppAction a = v instanceof AppAction x ? x : find(String.valueOf(box.getEditor().getText()));
            box.getEditor().clear();
            box.setValue(null);
            if (a != null) {
                Platform.runLater(() -> run.accept(a.id()));
            }
        });
        box.getEditor().textProperty().addListener((o, a, b) -> {
            if (box.getValue() == null || !box.getValue().toString().equals(b)) {
                String q = b == null ? "" : b.toLowerCase(Locale.ROOT);
                box.getItems().setAll(actions.values().stream()
                        .filter(x -> x.describe().toLowerCase(Locale.ROOT).contains(q)).toList());
                if (!q.isEmpty() && box.isFocused() && !box.isShowing()) {
                    box.show();
                }
            }
        });
        this.search = box;
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button solve = actions.get("solve").button("▶ Solve");
        HBox bar = new HBox(actions.get("new").button("New"), actions.get("open").button("Open"),
                actions.get("save").button("Save"), sep(), actions.get("undo").button("↶ Undo"),
                actions.get("redo").button("↷ Redo"), sep(), solve, sep(),
                actions.get("export").button("Export"), actions.get("present").button("Lecture"),
                actions.get("theme").button("◐ Theme"), spacer, box);
        for (var n : bar.getChildren()) {
            if (n instanceof Button b) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.getStyleClass().add("main-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Puts the caret in the action search. */
    void focusSearch() {
        search.requestFocus();
        search.getEditor().selectAll();
    }

    ComboBox<AppAction> search() {
        return search;
    }

    private AppAction find(String text) {
        String q = text.toLowerCase(Locale.ROOT).strip();
        if (q.isEmpty()) {
            return null;
        }
        return actions.values().stream().filter(a -> a.describe().toLowerCase(Locale.ROOT).contains(q))
                .findFirst().orElse(null);
    }

    private static Region sep() {
        Region r = new Region();
        r.getStyleClass().add("toolbar-separator");
        r.setPrefHeight(20);
        r.setMinWidth(Region.USE_PREF_SIZE);
        return r;
    }
}
