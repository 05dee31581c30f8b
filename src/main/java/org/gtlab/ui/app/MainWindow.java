package org.gtlab.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;

import org.gtlab.chart.ChartStyle;
import org.gtlab.chart.PayoffTable;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.common.Settings;
import org.gtlab.ui.editor.EditorViewModel;
import org.gtlab.ui.export.ExportFormat;
import org.gtlab.ui.export.Exporter;
import org.gtlab.ui.theme.Theme;
import org.gtlab.ui.theme.ThemeTokens;

/**
 * The main window: menu bar, toolbar with action search, catalog and recent files on the left,
 * documents in tabs in the middle, the inspector on the right and the status bar. Every command
 * is an {@link AppAction} with a shortcut, defined here and laid out by {@link MainMenus}; file
 * and clipboard commands live in {@link FileActions}, dialogs in {@link MainDialogs}.
 *
 * <p>Lecture mode (F11) hides the side panels and enlarges fonts, lines and the grid; theme,
 * lecture mode and the side-by-side layout are remembered in the {@link Settings}.
 */
public final class MainWindow extends BorderPane {

    private final MainViewModel vm;
    private final Stage stage;
    private final Settings settings;
    private final TabPane tabs = new TabPane();
    private final Map<DocumentViewModel, DocumentView> views = new HashMap<>();
    private final Map<String, AppAction> actions = new LinkedHashMap<>();
    private final Inspector inspector = new Inspector();
    private final ThemeTokens tokens = new ThemeTokens();
    private final Label status = new Label();
    private final Circle statusDot = new Circle(4);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty sidePanels = new SimpleBooleanProperty(this, "sidePanels", true);
    private final BooleanProperty sideBySide = new SimpleBooleanProperty(this, "sideBySide");
    private final BooleanBinding noDoc;
    private final StackPane center = new StackPane();
    private final SplitPane split;
    private final SidePanel side;
    private ChartStyle screenStyle = ChartStyle.paper();
    private final org.gtlab.ui.lab.LabShell lab;
    private final MainMenus menus;
    private final MainDialogs dialogs;
    private final FileActions files;

    public MainWindow(MainViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
        this.settings = vm.services().settings();
        this.lab = new org.gtlab.ui.lab.LabShell(tabs, () -> vm.getActive() == null ? null : vm.getActive().game(),
                vm.services().runs());
        this.dialogs = new MainDialogs(stage);
        this.files = new FileActions(vm, stage, this::view, this::focusGrid);
        setId("mainWindow");
        noDoc = vm.activeProperty().isNull();
        buildActions();
        menus = new MainMenus(actions);
        setTop(new VBox(menus.menuBar(vm, files::open, lab.menu()), menus.toolbar(this::run)));
        side = new SidePanel(vm, this::openCatalog, files::open);
        center.getChildren().addAll(emptyState(), tabs);
        tabs.setId("documents");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(tabs.getTabs()));
        split = new SplitPane(side, center, inspector);
        split.setId("mainSplit");
        split.setDividerPositions(settings.getDouble("layout.left", 0.17), settings.getDouble("layout.right", 0.8));
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(inspector, false);
        setCenter(split);
        setBottom(buildStatusBar());
        getChildren().add(tokens.node());
        installDragAndDrop();

        vm.documents().addListener((ListChangeListener<DocumentViewModel>) c -> syncTabs());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            DocumentViewModel d = b != null && b.getUserData() instanceof DocumentViewModel x ? x : null;
            if (vm.getActive() != d) {
                vm.activeProperty().set(d);
            } else if (d != null) {
                focusGrid();
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
        vm.problemProperty().addListener((o, a, b) -> {
            if (b != null && stage.isShowing()) {
                dialogs.problem(b).show();
            }
        });
        presentation.addListener((o, a, b) -> {
            getStyleClass().remove("presentation");
            if (b) {
                getStyleClass().add("presentation");
            }
            sidePanels.set(!b);
            settings.putBoolean("lecture", b);
            refreshChartStyle();
        });
        sidePanels.addListener((o, a, b) -> layoutSidePanels());
        sideBySide.addListener((o, a, b) -> {
            views.values().forEach(v -> v.sideBySideProperty().set(b));
            settings.putBoolean("sideBySide", b);
        });
        sideBySide.set(settings.getBoolean("sideBySide", false));
        presentation.set(settings.getBoolean("lecture", false));
    }

    // ------------------------------------------------------------------ actions

    private AppAction action(String id, String text, KeyCombination key, Runnable run, ObservableBooleanValue disabled) {
        AppAction a = new AppAction(id, text, key, run, disabled);
        actions.put(id, a);
        return a;
    }

    private static KeyCombination k(String s) {
        return KeyCombination.keyCombination(s);
    }

    private void buildActions() {
        ObservableBooleanValue canUndo = activeFlag(true);
        ObservableBooleanValue canRedo = activeFlag(false);
        BooleanBinding cannotUndo = Bindings.createBooleanBinding(() -> !canUndo.get(), canUndo);
        BooleanBinding cannotRedo = Bindings.createBooleanBinding(() -> !canRedo.get(), canRedo);
        action("new", "New game", k("Shortcut+N"), this::newGame, null);
        action("open", "Open…", k("Shortcut+O"), files::openDialog, null);
        action("save", "Save", k("Shortcut+S"), files::save, noDoc);
        action("saveAs", "Save as…", k("Shortcut+Shift+S"), files::saveAs, noDoc);
        action("export", "Export…", k("Shortcut+E"), this::exportDialog, noDoc.and(lab.labSelectedProperty().not()));
        action("close", "Close game", k("Shortcut+W"), this::closeActive, noDoc);
        action("quit", "Quit", k("Shortcut+Q"), () -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)), null);
        action("undo", "Undo", k("Shortcut+Z"), () -> say(ed().undo(), "Nothing to undo"), cannotUndo);
        action("redo", "Redo", k("Shortcut+Y"), () -> say(ed().redo(), "Nothing to redo"), cannotRedo);
        action("copy", "Copy cells", k("Shortcut+C"), files::copyCells, noDoc);
        action("copyAll", "Copy whole matrix", k("Shortcut+Shift+C"), files::copyAll, noDoc);
        action("paste", "Paste (spreadsheet block)", k("Shortcut+V"), files::paste, noDoc);
        action("clear", "Clear selected cells (Delete)", null, () -> ed().clearSelection(), noDoc);
        action("copyImage", "Copy matrix or diagram as image", k("Shortcut+Alt+C"), files::copyImage, noDoc);
        action("copyLatex", "Copy matrix or diagram as LaTeX", k("Shortcut+Alt+L"), files::copyLatex, noDoc);
        action("theme", "Switch light / dark theme", k("Shortcut+Shift+T"), this::toggleTheme, null);
        action("decimals", "Decimals / exact fractions", k("Shortcut+D"), () -> toggle(ed().decimalsProperty()), noDoc);
        action("marks", "Best-response marks", k("Shortcut+B"), () -> toggle(ed().bestResponseMarksProperty()), noDoc);
        action("matrixView", "Matrix view", k("Shortcut+1"), () -> view().showMatrix(), noDoc);
        action("diagramView", "Diagrams view", k("Shortcut+2"), () -> view().showDiagrams(), noDoc);
        action("dynamicsView", "Dynamics view", k("Shortcut+3"), () -> view().showDynamics(), noDoc);
        action("sideBySide", "Matrix and diagram side by side", k("Shortcut+4"), () -> toggle(sideBySide), null);
        action("present", "Lecture mode (large, no side panels)", k("F11"), () -> toggle(presentation), null);
        action("sidePanels", "Show / hide side panels", k("Shortcut+Shift+P"), () -> toggle(sidePanels), null);
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
        action("renameRow", "Rename row strategy", k("Shortcut+R"), () -> view().grid().renameCurrentStrategy(0), noDoc);
        action("renameColumn", "Rename column strategy", k("Shortcut+Shift+R"),
                () -> view().grid().renameCurrentStrategy(1), noDoc);
        action("addPlayer", "Add player", null, () -> ed().addPlayer(), noDoc);
        action("removePlayer", "Remove last player", null, () -> ed().removePlayer(ed().players() - 1), noDoc);
        action("zeroSum", "Zero-sum mode", k("Shortcut+Shift+Z"), () -> toggle(ed().zeroSumProperty()), noDoc);
        action("symmetric", "Symmetric mode", k("Shortcut+Shift+Y"), () -> toggle(ed().symmetricProperty()), noDoc);
        action("random", "Random game…", k("Shortcut+G"), this::randomDialog, null);
        action("renameGame", "Rename game…", null,
                () -> dialogs.rename(vm.getActive().game().title()).ifPresent(t -> ed().setTitle(t)), noDoc);
        action("solve", "Solve", k("F5"), () -> vm.getActive().solve().solve(), noDoc);
        action("cancel", "Cancel solving", k("Shift+F5"), () -> vm.getActive().solve().cancel(), noDoc);
        action("nextEq", "Next equilibrium", k("Shortcut+CLOSE_BRACKET"), () -> selectEq(1), noDoc);
        action("prevEq", "Previous equilibrium", k("Shortcut+OPEN_BRACKET"), () -> selectEq(-1), noDoc);
        action("copyEquilibria", "Copy the equilibrium list", k("Shortcut+Shift+E"), files::copyEquilibria, noDoc);
        action("stepFwd", "Dominance: step", k("F6"), () -> vm.getActive().solve().stepForward(), noDoc);
        action("stepBack", "Dominance: back", k("Shift+F6"), () -> vm.getActive().solve().stepBack(), noDoc);
        action("stepEnd", "Dominance: to the end", k("Shortcut+F6"), () -> vm.getActive().solve().stepToEnd(), noDoc);
        action("startRun", "Start run (launcher settings)", k("F9"), () -> {
            view().showDynamics();
            view().dynamics().startRun();
        }, noDoc);
        action("pauseRuns", "Pause all runs", k("Shift+F9"), () -> view().dynamics().model().runs().pauseAll(), noDoc);
        action("cancelRuns", "Cancel all runs", k("Shortcut+F9"), () -> view().dynamics().model().runs().cancelAll(),
                noDoc);
        action("search", "Search actions…", k("Shortcut+K"), () -> menus.focusSearch(), null);
        action("shortcuts", "Keyboard shortcuts", k("F1"), () -> shortcutsDialog().show(), null);
        action("about", "About GT Lab", null, dialogs::about, null);
    }

    /** The active document's canUndo (or canRedo); false without a document. */
    private ObservableBooleanValue activeFlag(boolean undo) {
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

    private void say(boolean done, String otherwise) {
        if (!done) {
            vm.setStatus(otherwise);
        }
    }

    private void moveRow(int d) {
        int r = ed().cursorRowProperty().get();
        if (ed().moveStrategy(0, r, r + d)) {
            ed().moveCursor(r + d, ed().cursorColumnProperty().get(), false);
        } else {
            vm.setStatus("Cannot move the row further " + (d < 0 ? "up" : "down"));
        }
    }

    private void moveCol(int d) {
        int c = ed().cursorColumnProperty().get();
        if (ed().moveStrategy(1, c, c + d)) {
            ed().moveCursor(ed().cursorRowProperty().get(), c + d, false);
        } else {
            vm.setStatus("Cannot move the column further " + (d < 0 ? "left" : "right"));
        }
    }

    private void selectEq(int d) {
        var s = vm.getActive().solve();
        int n = s.rows().size();
        if (n > 0) {
            s.selectedProperty().set(Math.floorMod(s.selectedProperty().get() + d, n));
        } else {
            vm.setStatus("No equilibria to select — press F5 to solve");
        }
    }

    /**
     * Runs the action with this id (menus, tests and the tour use it). A disabled action is not
     * run, and the status line says why.
     */
    public void run(String id) {
        AppAction a = actions.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        if (a.disabled() == null || !a.disabled().get()) {
            a.run().run();
        } else {
            vm.setStatus(a.text().replace("…", "") + " is not available now"
                    + (vm.getActive() == null ? ": open or create a game first (Ctrl+N)" : ""));
        }
    }

    public Map<String, AppAction> actions() {
        return actions;
    }

    // ------------------------------------------------------------------ layout

    private HBox buildStatusBar() {
        status.setId("status");
        status.setMinWidth(0);
        statusDot.getStyleClass().add("status-dot");
        Label right = new Label();
        right.setId("statusRight");
        right.setMinWidth(Region.USE_PREF_SIZE);
        vm.activeProperty().addListener((o, a, b) -> right.setText(b == null ? "" : shape(b.game())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, statusDot, status, spacer, right);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        vm.activeProperty().addListener((o, a, b) -> {
            if (b != null) {
                b.solve().statusProperty().addListener((oo, x, y) -> {
                    if (vm.getActive() == b) {
                        updateStatus();
                    }
                });
                b.solve().runningProperty().addListener((oo, x, y) -> updateStatus());
                b.editor().versionProperty().addListener((oo, x, y) -> right.setText(shape(b.game())));
                b.editor().messageProperty().addListener((oo, x, y) -> {
                    // refusals in the editor ("Nothing pasted: …") also reach the status line at once
                    if (vm.getActive() == b && y != null && !y.isBlank()) {
                        vm.setStatus(y);
                    }
                });
            }
        });
        return bar;
    }

    static String shape(NormalFormGame g) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < g.numPlayers(); p++) {
            b.append(p == 0 ? "" : "×").append(g.numStrategies(p));
        }
        return b + " · " + (g.isZeroSum() ? "zero-sum" : "general-sum");
    }

    private String lastVmStatus = "";

    private void updateStatus() {
        DocumentViewModel d = vm.getActive();
        statusDot.getStyleClass().removeAll("busy", "error");
        String text = vm.statusProperty().get();
        boolean fresh = !text.equals(lastVmStatus);
        lastVmStatus = text;
        if (!fresh && d != null && (d.solve().runningProperty().get() || d.solve().solvedGameProperty().get() != null
                || d.solve().failedProperty().get())) {
            text = d.solve().statusProperty().get();
            if (d.solve().runningProperty().get()) {
                statusDot.getStyleClass().add("busy");
            } else if (d.solve().failedProperty().get()) {
                statusDot.getStyleClass().add("error");
            }
        } else if (fresh && (text.startsWith("Not ") || text.startsWith("Cannot") || text.startsWith("Nothing")
                || text.contains("failed"))) {
            statusDot.getStyleClass().add("error");
        }
        status.setText(text);
    }

    private VBox emptyState() {
        Label t = new Label("No game open");
        t.getStyleClass().add("empty-state-title");
        Label l = new Label("Pick a game from the catalog on the left, press Ctrl+N for a new game,\n"
                + "Ctrl+G for a random one, or Ctrl+O to open a Gambit .nfg or GT Lab .json file\n"
                + "(or drop the file here).");
        l.getStyleClass().add("empty-state");
        VBox b = new VBox(10, t, l);
        b.setAlignment(Pos.CENTER);
        b.setId("emptyState");
        return b;
    }

    private void layoutSidePanels() {
        boolean show = sidePanels.get();
        if (show && !split.getItems().contains(side)) {
            split.getItems().setAll(side, center, inspector);
            split.setDividerPositions(settings.getDouble("layout.left", 0.17), settings.getDouble("layout.right", 0.8));
        } else if (!show && split.getItems().contains(side)) {
            double[] pos = split.getDividerPositions();
            if (pos.length == 2) {
                settings.putDouble("layout.left", pos[0]);
                settings.putDouble("layout.right", pos[1]);
            }
            split.getItems().setAll(center);
        }
    }

    private void installDragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                e.getDragboard().getFiles().forEach(f -> files.open(f.toPath()));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    // ------------------------------------------------------------------ documents

    private void syncTabs() {
        List<Tab> keep = new ArrayList<>();
        for (DocumentViewModel d : vm.documents()) {
            Tab t = tabs.getTabs().stream().filter(x -> x.getUserData() == d).findFirst().orElse(null);
            if (t == null) {
                DocumentView v = new DocumentView(d);
                v.chartStyleProperty().set(screenStyle);
                v.sideBySideProperty().set(sideBySide.get());
                v.views().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
                    if (vm.getActive() == d && v.views().getSelectionModel().getSelectedIndex() == 0) {
                        focusGrid();
                    }
                });
                v.solvePanel().noticeProperty().addListener((o, a, b) -> vm.setStatus(b));
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

    /**
     * Puts the keyboard focus in the active document's grid once it is on screen (after New,
     * Open, Save as and tab switches), so that typing and Ctrl+V go to the game, not to a toolbar.
     */
    public void focusGrid() {
        Platform.runLater(() -> {
            DocumentView v = view();
            if (v == null) {
                return;
            }
            Node grid = v.grid();
            if (grid.getScene() != null) {
                grid.requestFocus();
            } else {
                grid.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene a, Scene b) {
                        if (b != null) {
                            grid.sceneProperty().removeListener(this);
                            Platform.runLater(grid::requestFocus);
                        }
                    }
                });
            }
        });
    }

    /** Puts the keyboard focus on the catalog (arrows choose, Enter opens). */
    public void focusCatalog() {
        Node n = lookup("#catalog");
        if (n instanceof ListView<?> l) {
            l.getSelectionModel().selectFirst();
            n.requestFocus();
        }
    }

    public void newGame() {
        vm.newDocument();
        vm.setStatus("New 2×2 game — type payoffs, Tab moves to the next one");
    }

    public void openCatalog(GameCatalog.Entry e) {
        vm.openCatalog(e);
    }

    public void open(Path p) {
        files.open(p);
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
        MainDialogs.Unsaved r = dialogs.unsaved(d.titleProperty().get().replace("• ", ""));
        if (r == MainDialogs.Unsaved.CANCEL) {
            return false;
        }
        if (r == MainDialogs.Unsaved.SAVE) {
            vm.activeProperty().set(d);
            files.save();
            return !d.isDirty();
        }
        return true;
    }

    /** Asks about all unsaved documents before quitting; true if the app may exit (the session ends cleanly). */
    public boolean confirmQuit() {
        for (DocumentViewModel d : List.copyOf(vm.unsaved())) {
            vm.activeProperty().set(d);
            if (!confirmClose(d)) {
                return false;
            }
            vm.recovery().delete(d.id());
        }
        vm.endSession();
        return true;
    }

    // ------------------------------------------------------------------ export and dialogs

    /** The matrix as shown (marks, highlights, greyed strategies) with a caption. */
    public PayoffTable matrixChart() {
        return files.matrixChart();
    }

    /** The export dialog for the active document, not yet shown (the tour photographs it). */
    public Dialog<Exporter.Request> exportDialogFor() {
        return files.exportDialogFor();
    }

    private void exportDialog() {
        if (!lab.exportActive()) {
            files.exportDialog();
        }
    }

    /** Writes an export and reports in the status bar (public for tests). */
    public boolean exportTo(Exporter.Request r, Path target) {
        return files.exportTo(r, target);
    }

    /** Exports the matrix as shown in {@code format} (tests and the tour). */
    public boolean exportMatrix(ExportFormat format, Path target) {
        return files.exportMatrix(format, target);
    }

    /** The F1 dialog, not yet shown. */
    public Dialog<?> shortcutsDialog() {
        return dialogs.shortcuts(actions.values());
    }

    /** The Ctrl+G dialog, not yet shown (tests and the tour). */
    public Dialog<?> randomDialogFor() {
        return dialogs.random(vm.getActive() != null, System.currentTimeMillis() % 100000);
    }

    private void randomDialog() {
        @SuppressWarnings("unchecked")
        Dialog<MainDialogs.RandomRequest> d = (Dialog<MainDialogs.RandomRequest>) randomDialogFor();
        d.showAndWait().ifPresent(r -> {
            if (r.rows() < 0) {
                vm.report("No game generated", "No game generated: sizes, payoffs and seed must be whole numbers");
            } else {
                randomGame(r.rows(), r.columns(), r.lo(), r.hi(), r.seed(), r.newTab());
            }
        });
    }

    /** Generates a random game in the background and puts it in the open editor (tests and the tour). */
    public void randomGame(int rows, int cols, long lo, long hi, long seed) {
        randomGame(rows, cols, lo, hi, seed, vm.getActive() == null);
    }

    /** Generates a random game in the background (large games take a moment), in a new tab or the open editor. */
    public void randomGame(int rows, int cols, long lo, long hi, long seed, boolean newTab) {
        EditorViewModel e = newTab || vm.getActive() == null ? null : ed();
        boolean zs = e != null && e.zeroSumProperty().get();
        boolean sym = e != null && e.symmetricProperty().get();
        vm.setStatus("Generating a random " + rows + "×" + cols + " game…");
        vm.executor().submit(() -> EditorViewModel.randomFor(rows, cols, lo, hi, seed, zs, sym), g -> {
            if (e == null) {
                vm.openGenerated(g, "Random " + rows + "×" + cols + " (seed " + seed + ")");
            } else {
                e.replaceGame(g, "random game (seed " + seed + ")");
            }
            vm.setStatus("Random " + rows + "×" + cols + " game, seed " + seed);
        }, err -> vm.report("No game generated", "No game generated: " + err.getMessage()));
    }

    /** Offers autosaves and the other documents of a session that ended without quitting. */
    public void offerRecovery() {
        List<RecoveryStore.Recovered> items = vm.recoverable();
        List<String> others = vm.lostSessionDocuments();
        if (items.isEmpty() && others.isEmpty()) {
            return;
        }
        Boolean r = dialogs.recovery(items, others).showAndWait().orElse(null);
        if (Boolean.TRUE.equals(r)) {
            vm.recover(items);
            vm.reopenSession(others);
        } else if (Boolean.FALSE.equals(r)) {
            vm.discard(items);
            vm.endSession();
        }
    }

    /** The recovery dialog for these items, not yet shown (tests and the tour). */
    public Dialog<Boolean> recoveryDialogFor(List<RecoveryStore.Recovered> items, List<String> others) {
        return dialogs.recovery(items, others);
    }

    // ------------------------------------------------------------------ theme

    /** Applies the theme to the scene, remembers it, and re-reads the canvas colours from its tokens. */
    public void applyTheme(Scene scene, Theme t) {
        t.apply(scene);
        vm.themeProperty().set(t);
        settings.put("theme", t.name());
        refreshChartStyle();
    }

    /** The theme remembered from the last session (light by default). */
    public Theme rememberedTheme() {
        try {
            return Theme.valueOf(settings.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
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

    /** Lecture mode (F11): side panels hidden, fonts and lines enlarged. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Whether the catalog and inspector are shown (lecture mode hides them). */
    public BooleanProperty sidePanelsProperty() {
        return sidePanels;
    }

    /** Matrix and diagram side by side in every document. */
    public BooleanProperty sideBySideProperty() {
        return sideBySide;
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
