package org.gtlab.ui.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.chart.render.ChartRenderer;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.tex.TikzWriter;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.editor.EditorViewModel;
import org.gtlab.ui.export.ExportDialog;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.ui.solve.EquilibriumRow;
import org.gtlab.ui.theme.Theme;
import org.gtlab.ui.theme.ThemeTokens;

/**
 * The main window: menu bar, toolbar with action search, catalog and recent files on the left,
 * documents in tabs in the middle, the inspector on the right and the status bar. Every command
 * is an {@link AppAction} with a shortcut.
 */
public final class MainWindow extends BorderPane {

    private final MainViewModel vm;
    private final Stage stage;
    private final TabPane tabs = new TabPane();
    private final Map<DocumentViewModel, DocumentView> views = new HashMap<>();
    private final Map<String, AppAction> actions = new java.util.LinkedHashMap<>();
    private final Inspector inspector = new Inspector();
    private final ThemeTokens tokens = new ThemeTokens();
    private final Label status = new Label();
    private final Circle statusDot = new Circle(4);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanBinding noDoc;
    private final StackPane center = new StackPane();
    private ChartStyle screenStyle = ChartStyle.paper();
    private final org.gtlab.ui.lab.LabShell lab;

    public MainWindow(MainViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
        this.lab = new org.gtlab.ui.lab.LabShell(tabs, () -> vm.getActive() == null ? null : vm.getActive().game());
        setId("mainWindow");
        noDoc = vm.activeProperty().isNull();
        buildActions();
        VBox top = new VBox(buildMenus(), buildToolbar());
        setTop(top);
        SidePanel side = new SidePanel(vm, this::openCatalog, this::open);
        center.getChildren().addAll(emptyState(), tabs);
        tabs.setId("documents");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(tabs.getTabs()));
        SplitPane split = new SplitPane(side, center, inspector);
        split.setDividerPositions(0.17, 0.8);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(inspector, false);
        setCenter(split);
        setBottom(buildStatusBar());
        getChildren().add(tokens.node());

        vm.documents().addListener((ListChangeListener<DocumentViewModel>) c -> syncTabs());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            DocumentViewModel d = b != null && b.getUserData() instanceof DocumentViewModel x ? x : null;
            if (vm.getActive() != d) {
                vm.activeProperty().set(d);
            }
        });
        vm.activeProperty().addListener((o, a, b) -> {
            inspector.show(b);
            for (Tab t : tabs.getTabs()) {
                if (t.getUserData() == b) {
                    tabs.getSelectionModel().select(t);
                }
            }
            updateStatus();
            if (b != null) {
                focusGrid();
            }
        });
        vm.statusProperty().addListener((o, a, b) -> updateStatus());
        presentation.addListener((o, a, b) -> {
            getStyleClass().remove("presentation");
            if (b) {
                getStyleClass().add("presentation");
            }
            refreshChartStyle();
        });
    }

    // ------------------------------------------------------------------ actions

    private AppAction action(String id, String text, KeyCombination key, Runnable run,
            javafx.beans.value.ObservableBooleanValue disabled) {
        AppAction a = new AppAction(id, text, key, run, disabled);
        actions.put(id, a);
        return a;
    }

    private static KeyCombination k(String s) {
        return KeyCombination.keyCombination(s);
    }

    private void buildActions() {
        javafx.beans.value.ObservableBooleanValue canUndo = activeFlag(true);
        javafx.beans.value.ObservableBooleanValue canRedo = activeFlag(false);
        BooleanBinding cannotUndo = Bindings.createBooleanBinding(() -> !canUndo.get(), canUndo);
        BooleanBinding cannotRedo = Bindings.createBooleanBinding(() -> !canRedo.get(), canRedo);
        action("new", "New game", k("Shortcut+N"), this::newGame, null);
        action("open", "Open…", k("Shortcut+O"), this::openDialog, null);
        action("save", "Save", k("Shortcut+S"), this::save, noDoc);
        action("saveAs", "Save as…", k("Shortcut+Shift+S"), this::saveAs, noDoc);
        action("export", "Export…", k("Shortcut+E"), this::exportDialog, noDoc.and(lab.labSelectedProperty().not()));
        action("close", "Close game", k("Shortcut+W"), this::closeActive, noDoc);
        action("quit", "Quit", k("Shortcut+Q"), () -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)), null);
        action("undo", "Undo", k("Shortcut+Z"), () -> ed().undo(), cannotUndo);
        action("redo", "Redo", k("Shortcut+Y"), () -> ed().redo(), cannotRedo);
        action("copy", "Copy cells", k("Shortcut+C"), this::copyCells, noDoc);
        action("copyAll", "Copy whole matrix", k("Shortcut+Shift+C"), () -> putText(ed().copyAll()), noDoc);
        action("paste", "Paste (spreadsheet block)", k("Shortcut+V"), this::paste, noDoc);
        action("clear", "Clear selected cells (Delete)", null, () -> ed().clearSelection(), noDoc);
        action("copyImage", "Copy matrix or diagram as image", k("Shortcut+Alt+C"), this::copyImage, noDoc);
        action("copyLatex", "Copy matrix or diagram as LaTeX", k("Shortcut+Alt+L"), this::copyLatex, noDoc);
        action("theme", "Switch light / dark theme", k("Shortcut+Shift+T"), this::toggleTheme, null);
        action("decimals", "Decimals / exact fractions", k("Shortcut+D"),
                () -> toggle(ed().decimalsProperty()), noDoc);
        action("marks", "Best-response marks", k("Shortcut+B"), () -> toggle(ed().bestResponseMarksProperty()),
                noDoc);
        action("matrixView", "Matrix view", k("Shortcut+1"), () -> view().showMatrix(), noDoc);
        action("diagramView", "Diagrams view", k("Shortcut+2"), () -> view().showDiagrams(), noDoc);
        action("present", "Presentation mode (large fonts)", k("F11"), () -> presentation.set(!presentation.get()),
                null);
        action("insertRow", "Insert row (player 1 strategy)", k("Shortcut+I"),
                () -> ed().addStrategy(0, ed().cursorRowProperty().get() + 1), noDoc);
        action("insertColumn", "Insert column (player 2 strategy)", k("Shortcut+Shift+I"),
                () -> ed().addStrategy(1, ed().cursorColumnProperty().get() + 1), noDoc);
        action("deleteRow", "Delete row", k("Shortcut+MINUS"),
                () -> ed().removeStrategy(0, ed().cursorRowProperty().get()), noDoc);
        action("deleteColumn", "Delete column", k("Shortcut+Shift+MINUS"),
                () -> ed().removeStrategy(1, ed().cursorColumnProperty().get()), noDoc);
        action("rowUp", "Move row up", k("Alt+UP"), () -> moveRow(-1), noDoc);
        action("rowDown", "Move row down", k("Alt+DOWN"), () -> moveRow(1), noDoc);
        action("colLeft", "Move column left", k("Alt+LEFT"), () -> moveCol(-1), noDoc);
        action("colRight", "Move column right", k("Alt+RIGHT"), () -> moveCol(1), noDoc);
        action("renameRow", "Rename row strategy", k("Shortcut+R"), () -> view().grid().renameCurrentStrategy(0),
                noDoc);
        action("renameColumn", "Rename column strategy", k("Shortcut+Shift+R"),
                () -> view().grid().renameCurrentStrategy(1), noDoc);
        action("addPlayer", "Add player", null, () -> ed().addPlayer(), noDoc);
        action("removePlayer", "Remove last player", null, () -> ed().removePlayer(ed().players() - 1), noDoc);
        action("zeroSum", "Zero-sum mode", k("Shortcut+Shift+Z"), () -> toggle(ed().zeroSumProperty()), noDoc);
        action("symmetric", "Symmetric mode", k("Shortcut+Shift+Y"), () -> toggle(ed().symmetricProperty()), noDoc);
        action("random", "Random game…", k("Shortcut+G"), this::randomDialog, noDoc);
        action("renameGame", "Rename game…", null, this::renameGame, noDoc);
        action("solve", "Solve", k("F5"), () -> vm.getActive().solve().solve(), noDoc);
        action("cancel", "Cancel solving", k("Shift+F5"), () -> vm.getActive().solve().cancel(), noDoc);
        action("nextEq", "Next equilibrium", k("Shortcut+CLOSE_BRACKET"), () -> selectEq(1), noDoc);
        action("prevEq", "Previous equilibrium", k("Shortcut+OPEN_BRACKET"), () -> selectEq(-1), noDoc);
        action("stepFwd", "Dominance: step", k("F6"), () -> vm.getActive().solve().stepForward(), noDoc);
        action("stepBack", "Dominance: back", k("Shift+F6"), () -> vm.getActive().solve().stepBack(), noDoc);
        action("stepEnd", "Dominance: to the end", k("Shortcut+F6"), () -> vm.getActive().solve().stepToEnd(),
                noDoc);
        action("dynamicsView", "Dynamics view", k("Shortcut+3"), () -> view().showDynamics(), noDoc);
        action("startRun", "Start run (launcher settings)", k("F9"), () -> {
            view().showDynamics();
            view().dynamics().startRun();
        }, noDoc);
        action("pauseRuns", "Pause all runs", k("Shift+F9"), () -> view().dynamics().model().runs().pauseAll(), noDoc);
        action("cancelRuns", "Cancel all runs", k("Shortcut+F9"), () -> view().dynamics().model().runs().cancelAll(),
                noDoc);
        action("search", "Search actions…", k("Shortcut+K"), this::searchActions, null);
        action("shortcuts", "Keyboard shortcuts", k("F1"), this::showShortcuts, null);
        action("about", "About GT Lab", null, this::about, null);
    }

    /** The active document's canUndo (or canRedo); false without a document. */
    private javafx.beans.value.ObservableBooleanValue activeFlag(boolean undo) {
        SimpleBooleanProperty flag = new SimpleBooleanProperty();
        vm.activeProperty().addListener((o, a, b) -> {
            flag.unbind();
            if (b != null) {
                flag.bind(undo ? b.editor().canUndoProperty() : b.editor().canRedoProperty());
            } else {
                flag.set(false);
            }
        });
        return flag;
    }

    private EditorViewModel ed() {
        return vm.getActive().editor();
    }

    private DocumentView view() {
        return views.get(vm.getActive());
    }

    private static void toggle(BooleanProperty p) {
        p.set(!p.get());
    }

    private void moveRow(int d) {
        int r = ed().cursorRowProperty().get();
        if (ed().moveStrategy(0, r, r + d)) {
            ed().moveCursor(r + d, ed().cursorColumnProperty().get(), false);
        }
    }

    private void moveCol(int d) {
        int c = ed().cursorColumnProperty().get();
        if (ed().moveStrategy(1, c, c + d)) {
            ed().moveCursor(ed().cursorRowProperty().get(), c + d, false);
        }
    }

    private void selectEq(int d) {
        var s = vm.getActive().solve();
        int n = s.rows().size();
        if (n > 0) {
            s.selectedProperty().set(Math.floorMod(s.selectedProperty().get() + d, n));
        }
    }

    /** Runs the action with this id (menus, tests and the tour use it). */
    public void run(String id) {
        AppAction a = actions.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        if (a.disabled() == null || !a.disabled().get()) {
            a.run().run();
        }
    }

    public Map<String, AppAction> actions() {
        return actions;
    }

    // ------------------------------------------------------------------ menus and toolbar

    private MenuBar buildMenus() {
        Menu recent = new Menu("Open recent");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : vm.recent().files()) {
                MenuItem m = new MenuItem(p.toString());
                m.setOnAction(e -> open(p));
                recent.getItems().add(m);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        vm.recent().files().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        Menu file = menu("File", "new", "open");
        file.getItems().add(recent);
        add(file, "-", "save", "saveAs", "-", "export", "-", "close", "quit");
        Menu edit = menu("Edit", "undo", "redo", "-", "copy", "copyAll", "paste", "clear", "-", "copyImage",
                "copyLatex");
        Menu view = menu("View", "matrixView", "diagramView", "-", "marks", "decimals", "-", "theme", "present", "-",
                "search");
        Menu game = menu("Game", "insertRow", "insertColumn", "deleteRow", "deleteColumn", "-", "rowUp", "rowDown",
                "colLeft", "colRight", "renameRow", "renameColumn", "-", "addPlayer", "removePlayer", "-", "zeroSum",
                "symmetric", "-", "random", "renameGame");
        Menu solve = menu("Solve", "solve", "cancel", "-", "nextEq", "prevEq", "-", "stepFwd", "stepBack", "stepEnd");
        Menu help = menu("Help", "shortcuts", "about");
        Menu run = menu("Run", "dynamicsView", "-", "startRun", "pauseRuns", "cancelRuns");
        MenuBar bar = new MenuBar(file, edit, view, game, solve, run, help);
        bar.setId("menuBar");
        bar.getMenus().add(bar.getMenus().size() - 1, lab.menu());
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

    private HBox buildToolbar() {
        Button solve = actions.get("solve").button("▶ Solve");
        ComboBox<AppAction> search = new ComboBox<>();
        search.setId("actionSearch");
        search.setEditable(true);
        search.setPromptText("Search actions… Ctrl+K");
        search.getStyleClass().add("search-box");
        search.getItems().setAll(actions.values());
        search.setOnAction(e -> {
            Object v = search.getValue();
            AppAction a = v instanceof AppAction ? (AppAction) v : find(String.valueOf(search.getEditor().getText()));
            search.getEditor().clear();
            search.setValue(null);
            if (a != null) {
                javafx.application.Platform.runLater(() -> run(a.id()));
            }
        });
        search.getEditor().textProperty().addListener((o, a, b) -> {
            if (search.getValue() == null || !search.getValue().toString().equals(b)) {
                String q = b == null ? "" : b.toLowerCase(java.util.Locale.ROOT);
                search.getItems().setAll(actions.values().stream()
                        .filter(x -> x.describe().toLowerCase(java.util.Locale.ROOT).contains(q)).toList());
                if (!q.isEmpty() && search.isFocused() && !search.isShowing()) {
                    search.show();
                }
            }
        });
        this.search = search;
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(actions.get("new").button("New"), actions.get("open").button("Open"),
                actions.get("save").button("Save"), sep(), actions.get("undo").button("↶ Undo"),
                actions.get("redo").button("↷ Redo"), sep(), solve, sep(),
                actions.get("export").button("Export"), actions.get("theme").button("◐ Theme"), spacer, search);
        bar.getStyleClass().add("main-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ComboBox<AppAction> search;

    private AppAction find(String text) {
        String q = text.toLowerCase(java.util.Locale.ROOT).strip();
        if (q.isEmpty()) {
            return null;
        }
        return actions.values().stream().filter(a -> a.describe().toLowerCase(java.util.Locale.ROOT).contains(q))
                .findFirst().orElse(null);
    }

    private static Region sep() {
        Region r = new Region();
        r.getStyleClass().add("toolbar-separator");
        r.setPrefHeight(20);
        return r;
    }

    private HBox buildStatusBar() {
        status.setId("status");
        statusDot.getStyleClass().add("status-dot");
        Label right = new Label();
        right.setId("statusRight");
        vm.activeProperty().addListener((o, a, b) -> right.setText(b == null ? "" : shape(b.game())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, statusDot, status, spacer, right);
        bar.getStyleClass().add("status-bar");
        vm.activeProperty().addListener((o, a, b) -> {
            if (b != null) {
                b.solve().statusProperty().addListener((oo, x, y) -> {
                    if (vm.getActive() == b) {
                        updateStatus();
                    }
                });
                b.solve().runningProperty().addListener((oo, x, y) -> updateStatus());
                b.editor().versionProperty().addListener((oo, x, y) -> right.setText(shape(b.game())));
            }
        });
        return bar;
    }

    private static String shape(NormalFormGame g) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < g.numPlayers(); p++) {
            b.append(p == 0 ? "" : "×").append(g.numStrategies(p));
        }
        return b + " · " + (g.isZeroSum() ? "zero-sum" : "general-sum");
    }

    private void updateStatus() {
        DocumentViewModel d = vm.getActive();
        statusDot.getStyleClass().removeAll("busy", "error");
        String text = vm.statusProperty().get();
        if (d != null && (d.solve().runningProperty().get() || d.solve().solvedGameProperty().get() != null
                || d.solve().failedProperty().get())) {
            text = d.solve().statusProperty().get();
            if (d.solve().runningProperty().get()) {
                statusDot.getStyleClass().add("busy");
            } else if (d.solve().failedProperty().get()) {
                statusDot.getStyleClass().add("error");
            }
        }
        status.setText(text);
    }

    private VBox emptyState() {
        Label t = new Label("No game open");
        t.getStyleClass().add("empty-state-title");
        Label l = new Label("Pick a game from the catalog on the left, press Ctrl+N for a new game,\n"
                + "or Ctrl+O to open a Gambit .nfg or GT Lab .json file.");
        l.getStyleClass().add("empty-state");
        VBox b = new VBox(10, t, l);
        b.setAlignment(Pos.CENTER);
        b.setId("emptyState");
        return b;
    }

    // ------------------------------------------------------------------ documents

    private void syncTabs() {
        List<Tab> keep = new ArrayList<>();
        for (DocumentViewModel d : vm.documents()) {
            Tab t = tabs.getTabs().stream().filter(x -> x.getUserData() == d).findFirst().orElse(null);
            if (t == null) {
                DocumentView v = new DocumentView(d);
                v.chartStyleProperty().set(screenStyle);
                views.put(d, v);
                t = new Tab();
                t.textProperty().bind(d.titleProperty());
                t.setContent(v);
                t.setUserData(d);
                t.setOnCloseRequest(e -> {
                    if (!confirmClose(d)) {
                        e.consume();
                    }
                });
                t.setOnClosed(e -> vm.close(d));
            }
            keep.add(t);
        }
        tabs.getTabs().stream().filter(lab::owns).forEach(keep::add);
        tabs.getTabs().setAll(keep);
        views.keySet().retainAll(vm.documents());
        DocumentViewModel a = vm.getActive();
        for (Tab t : tabs.getTabs()) {
            if (t.getUserData() == a) {
                tabs.getSelectionModel().select(t);
            }
        }
    }

    /** The view of a document (for tests and the tour). */
    public DocumentView viewOf(DocumentViewModel d) {
        return views.get(d);
    }

    private void focusGrid() {
        javafx.application.Platform.runLater(() -> {
            DocumentView v = view();
            if (v != null) {
                v.grid().requestFocus();
            }
        });
    }

    /** Puts the keyboard focus on the catalog (arrows choose, Enter opens). */
    public void focusCatalog() {
        javafx.scene.Node n = lookup("#catalog");
        if (n instanceof ListView) {
            ((ListView<?>) n).getSelectionModel().selectFirst();
            n.requestFocus();
        }
    }

    public void newGame() {
        vm.newDocument();
    }

    public void openCatalog(GameCatalog.Entry e) {
        vm.openCatalog(e);
    }

    public void open(Path p) {
        vm.open(p, d -> {
        });
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Games (*.nfg, *.json)", "*.nfg", "*.json"),
                new FileChooser.ExtensionFilter("Gambit strategic games (*.nfg)", "*.nfg"),
                new FileChooser.ExtensionFilter("GT Lab games (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        DocumentViewModel d = vm.getActive();
        if (d != null && d.getFile() != null && d.getFile().toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(d.getFile().toAbsolutePath().getParent().toFile());
        }
        return fc;
    }

    private void openDialog() {
        File f = chooser("Open game").showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    private void save() {
        DocumentViewModel d = vm.getActive();
        commitEditing();
        if (!vm.save(d)) {
            saveAs();
        }
    }

    private void saveAs() {
        DocumentViewModel d = vm.getActive();
        commitEditing();
        FileChooser fc = new FileChooser();
        fc.setTitle("Save game as");
        Map<FileChooser.ExtensionFilter, DocumentViewModel.Format> formats = new HashMap<>();
        for (DocumentViewModel.Format f : DocumentViewModel.Format.values()) {
            FileChooser.ExtensionFilter ef = new FileChooser.ExtensionFilter(f.label(), "*" + f.extension());
            formats.put(ef, f);
            fc.getExtensionFilters().add(ef);
        }
        String base = d.getFile() != null ? d.getFile().getFileName().toString()
                : (d.game().title().isBlank() ? "game" : d.game().title().replaceAll("[^A-Za-z0-9._-]+", "_")) + ".nfg";
        fc.setInitialFileName(base);
        File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        DocumentViewModel.Format fmt = formats.getOrDefault(fc.getSelectedExtensionFilter(),
                DocumentViewModel.Format.of(f.toPath()));
        Path target = f.toPath();
        if (!target.getFileName().toString().contains(".")) {
            target = target.resolveSibling(target.getFileName() + fmt.extension());
        }
        vm.saveAs(d, target, fmt);
    }

    private void commitEditing() {
        DocumentView v = view();
        if (v != null && v.grid().isEditing()) {
            v.grid().commitEdit();
        }
    }

    private void closeActive() {
        DocumentViewModel d = vm.getActive();
        if (d != null && confirmClose(d)) {
            vm.close(d);
        }
    }

    /** Asks about unsaved changes; true if the document may close. */
    public boolean confirmClose(DocumentViewModel d) {
        if (!d.isDirty()) {
            return true;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(stage);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save changes to \"" + d.titleProperty().get().replace("• ", "") + "\"?");
        a.setContentText("Your changes are lost if you don't save them.");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) {
            return false;
        }
        if (r.get() == save) {
            vm.activeProperty().set(d);
            save();
            return !d.isDirty();
        }
        return true;
    }

    /** Asks about all unsaved documents before quitting; true if the app may exit. */
    public boolean confirmQuit() {
        for (DocumentViewModel d : List.copyOf(vm.unsaved())) {
            vm.activeProperty().set(d);
            if (!confirmClose(d)) {
                return false;
            }
            vm.recovery().delete(d.id());
        }
        return true;
    }

    // ------------------------------------------------------------------ clipboard

    private void putText(String s) {
        ClipboardContent c = new ClipboardContent();
        c.putString(s);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private void copyCells() {
        commitEditing();
        putText(ed().copySelection());
        vm.setStatus("Copied — paste into a spreadsheet or back into a game");
    }

    private void paste() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (!cb.hasString()) {
            vm.setStatus("The clipboard holds no text to paste");
            return;
        }
        ed().paste(cb.getString());
    }

    /** The first diagram when the Diagrams view is showing one, else empty (then the matrix is copied). */
    private java.util.Optional<org.gtlab.chart.model.Chart> shownDiagram() {
        DocumentView v = view();
        if (v != null && v.showingDiagrams() && !v.diagrams().charts().isEmpty()) {
            return java.util.Optional.of(v.diagrams().charts().get(0));
        }
        return java.util.Optional.empty();
    }

    private void copyImage() {
        java.util.Optional<org.gtlab.chart.model.Chart> d = shownDiagram();
        org.gtlab.chart.model.Chart chart = d.isPresent() ? d.get() : matrixChart();
        // a table has a natural size; diagrams are copied at 480 x 360 pt (4:3)
        var size = ChartRenderer.naturalSize(chart, ChartStyle.paper(), 480, 360);
        var img = ChartExport.image(chart, ChartStyle.paper(), size.getWidth(), size.getHeight(), 192);
        ClipboardContent c = new ClipboardContent();
        c.putImage(SwingFXUtils.toFXImage(img, null));
        Clipboard.getSystemClipboard().setContent(c);
        vm.setStatus(d.isPresent() ? "Copied the diagram as an image" : "Copied the matrix as an image");
    }

    private void copyLatex() {
        java.util.Optional<org.gtlab.chart.model.Chart> d = shownDiagram();
        if (d.isPresent()) {
            putText(TikzWriter.write(d.get(), ChartStyle.paper(), false));
            vm.setStatus("Copied the diagram as a TikZ picture (needs \\usepackage{tikz})");
            return;
        }
        putText(TikzWriter.write(matrixChart(), ChartStyle.paper(), false));
        vm.setStatus("Copied the matrix as a LaTeX tabular (needs \\usepackage[table]{xcolor})");
    }

    // ------------------------------------------------------------------ export

    /** The matrix as shown (marks, highlights, greyed strategies) with a caption. */
    public PayoffTable matrixChart() {
        DocumentViewModel d = vm.getActive();
        StringBuilder cap = new StringBuilder();
        EquilibriumRow e = d.solve().selectedRow();
        if (d.editor().bestResponseMarksProperty().get()) {
            cap.append("Underlined: best replies. ");
        }
        if (e != null && d.solve().solvedGameProperty().get() == d.game()) {
            cap.append("Shaded: support of equilibrium ").append(e.number()).append(' ')
                    .append(e.profileText(false)).append(" (").append(d.solve().methodProperty().get() == null ? ""
                            : d.solve().methodProperty().get().name()).append("). ");
        }
        String title = d.game().title().isBlank() ? d.titleProperty().get().replace("• ", "") : d.game().title();
        return view().grid().table().snapshot(title, cap.toString().strip());
    }

    /** The export dialog for the active document, not yet shown (the tour photographs it). */
    public javafx.scene.control.Dialog<Exporter.Request> exportDialogFor() {
        return ExportDialog.create(stage, exportItems(), view().showingDiagrams() ? 1 : 0);
    }

    /** The recipe of each chart offered by the export dialog (by identity). */
    private final java.util.Map<Chart, org.gtlab.io.recipe.Recipe> exportRecipes = new java.util.IdentityHashMap<>();

    private List<ExportDialog.Item> exportItems() {
        List<ExportDialog.Item> items = new ArrayList<>();
        exportRecipes.clear();
        PayoffTable m = matrixChart();
        items.add(new ExportDialog.Item("Matrix (as shown)", m));
        exportRecipes.put(m, org.gtlab.io.recipe.Recipe.matrix(vm.getActive().game(), solveMethod(), m));
        for (org.gtlab.ui.diagram.DiagramView.Figure f : view().diagrams().figures()) {
            items.add(new ExportDialog.Item("Diagram: " + f.chart().title(), f.chart()));
            exportRecipes.put(f.chart(), org.gtlab.io.recipe.Recipe.diagram(f.game(), solveMethod(), f.diagram(),
                    f.equilibria()));
        }
        return items;
    }

    private String solveMethod() {
        DocumentViewModel d = vm.getActive();
        return d.solve().methodProperty().get() == null ? "" : d.solve().methodProperty().get().name();
    }

    private void exportDialog() {
        if (lab.exportActive()) {
            return;
        }
        commitEditing();
        List<ExportDialog.Item> items = exportItems();
        Optional<Exporter.Request> r = ExportDialog.show(stage, items, view().showingDiagrams() ? 1 : 0);
        if (r.isEmpty()) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Export to");
        ExportFormat f = r.get().format();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label(), "*." + f.extension()));
        String base = vm.getActive().game().title().isBlank() ? "game" : vm.getActive().game().title();
        fc.setInitialFileName(base.replaceAll("[^A-Za-z0-9._-]+", "_") + "." + f.extension());
        File file = fc.showSaveDialog(stage);
        if (file != null) {
            exportTo(r.get(), Exporter.target(file.toPath(), f.extension()));
        }
    }

    /** Writes an export and reports in the status bar (public for tests). */
    public boolean exportTo(Exporter.Request r, Path target) {
        DocumentViewModel d = vm.getActive();
        try {
            org.gtlab.io.recipe.Recipe recipe = exportRecipes.get(r.chart());
            if (recipe == null) {
                if (!(r.chart() instanceof PayoffTable t)) {
                    throw new IllegalArgumentException("unknown chart; take it from the export dialog's items");
                }
                recipe = org.gtlab.io.recipe.Recipe.matrix(d.game(), solveMethod(), t);
            }
            Exporter.write(r, target, recipe);
            vm.setStatus("Exported " + target + " (and its recipe)");
            return true;
        } catch (IOException | IllegalArgumentException e) {
            vm.setStatus("Export failed: " + e.getMessage());
            return false;
        }
    }

    /** Exports the matrix as shown in {@code format} (tests and the tour). */
    public boolean exportMatrix(ExportFormat format, Path target) {
        return exportTo(new Exporter.Request(matrixChart(), format, ExportSize.PAPER_WIDE, 300, true,
                ChartStyle.paper()), target);
    }

    // ------------------------------------------------------------------ dialogs

    private void randomDialog() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle("Random game");
        d.setHeaderText("A seeded random bimatrix game (the same seed always gives the same game)");
        TextField rows = new TextField("3");
        TextField cols = new TextField("3");
        TextField lo = new TextField("0");
        TextField hi = new TextField("9");
        TextField seed = new TextField(Long.toString(System.currentTimeMillis() % 100000));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("Rows"), rows, new Label("Columns"), cols);
        g.addRow(1, new Label("Payoffs from"), lo, new Label("to"), hi);
        g.addRow(2, new Label("Seed"), seed);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (d.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            try {
                randomGame(Integer.parseInt(rows.getText().strip()), Integer.parseInt(cols.getText().strip()),
                        Long.parseLong(lo.getText().strip()), Long.parseLong(hi.getText().strip()),
                        Long.parseLong(seed.getText().strip()));
            } catch (NumberFormatException e) {
                ed().say("No game generated: sizes, payoffs and seed must be whole numbers");
            }
        }
    }

    /** Generates a random game in the background (large games take a moment) and puts it in the editor. */
    public void randomGame(int rows, int cols, long lo, long hi, long seed) {
        EditorViewModel e = ed();
        boolean zs = e.zeroSumProperty().get();
        boolean sym = e.symmetricProperty().get();
        vm.setStatus("Generating a random " + rows + "×" + cols + " game…");
        vm.executor().submit(() -> EditorViewModel.randomFor(rows, cols, lo, hi, seed, zs, sym), g -> {
            e.replaceGame(g, "random game (seed " + seed + ")");
            vm.setStatus("Random " + rows + "×" + cols + " game, seed " + seed);
        }, err -> e.say("No game generated: " + err.getMessage()));
    }

    private void renameGame() {
        TextInputDialog d = new TextInputDialog(vm.getActive().game().title());
        d.initOwner(stage);
        d.setTitle("Rename game");
        d.setHeaderText("Title of the game (used in exports)");
        d.showAndWait().ifPresent(t -> ed().setTitle(t));
    }

    private void searchActions() {
        search.requestFocus();
        search.getEditor().selectAll();
    }

    private void showShortcuts() {
        StringBuilder b = new StringBuilder();
        for (AppAction a : actions.values()) {
            if (a.key() != null) {
                b.append(String.format("%-22s %s%n", a.key().getDisplayText(), a.text().replace("…", "")));
            }
        }
        b.append("\nIn the grid: arrows move (Shift selects), Tab / Shift+Tab next / previous payoff,\n"
                + "Enter or F2 edits, typing replaces, Delete clears, Esc cancels;\n"
                + "double-click a header to rename it, right-click for insert / delete / move.");
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        Label l = new Label(b.toString());
        l.setStyle("-fx-font-family: monospace;");
        a.getDialogPane().setContent(l);
        a.show();
    }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("About GT Lab");
        a.setHeaderText("GT Lab " + Exporter.VERSION);
        a.setContentText("A desktop game-theory lab: exact equilibria, teaching exports, learning dynamics.\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version"));
        a.show();
    }

    /** Offers autosaves from a session that ended without saving. */
    public void offerRecovery() {
        List<RecoveryStore.Recovered> items = vm.recoverable();
        if (items.isEmpty()) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(stage);
        a.setTitle("Recover unsaved work");
        a.setHeaderText("GT Lab closed without saving " + items.size() + " game" + (items.size() == 1 ? "" : "s"));
        ListView<String> list = new ListView<>();
        for (RecoveryStore.Recovered r : items) {
            NormalFormGame g = r.state().game();
            list.getItems().add((r.file() == null ? (g.title().isBlank() ? "untitled game" : g.title())
                    : r.file().getFileName().toString()) + " — " + shape(g) + " — autosaved " + r.savedAt());
        }
        list.setPrefHeight(Math.min(200, 28 * items.size() + 10));
        a.getDialogPane().setContent(new VBox(8, new Label("Recover these games? Unsaved edits are restored."), list));
        ButtonType rec = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(rec, discard);
        Optional<ButtonType> r = a.showAndWait();
        if (r.isPresent() && r.get() == rec) {
            vm.recover(items);
        } else if (r.isPresent() && r.get() == discard) {
            vm.discard(items);
        }
    }

    // ------------------------------------------------------------------ theme

    /** Applies the theme to the scene and re-reads the canvas colours from its tokens. */
    public void applyTheme(Scene scene, Theme t) {
        t.apply(scene);
        vm.themeProperty().set(t);
        refreshChartStyle();
    }

    private void toggleTheme() {
        applyTheme(getScene(), vm.themeProperty().get().other());
    }

    private void refreshChartStyle() {
        screenStyle = tokens.read(presentation.get() ? 24 : 17, 1);
        lab.chartStyleProperty().set(screenStyle);
        for (DocumentView v : views.values()) {
            v.chartStyleProperty().set(screenStyle);
        }
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public MainViewModel model() {
        return vm;
    }

    /** The team-game documents and the Lab menu. */
    public org.gtlab.ui.lab.LabShell lab() {
        return lab;
    }

    public SidePanelAccess sidePanel() {
        return new SidePanelAccess();
    }

    /** Small handle for tests: the catalog list. */
    public final class SidePanelAccess {
        public ListView<?> catalog() {
            return (ListView<?>) lookup("#catalog");
        }
    }
}
