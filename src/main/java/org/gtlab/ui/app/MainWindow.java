package org.gtlab.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PayoffTable;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.common.Settings;
import org.gtlab.ui.editor.EditorViewModel;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.Exporter;
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
    private final DocumentTabs docTabs;
    private final Map<String, AppAction> actions;
    private final Inspector inspector = new Inspector();
    private final ActiveTabDescription description;
    private final WindowFlows flows;
    private final ThemeTokens tokens = new ThemeTokens();
    private StatusBar statusBar;
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty sidePanels = new SimpleBooleanProperty(this, "sidePanels", true);
    private final BooleanProperty sideBySide = new SimpleBooleanProperty(this, "sideBySide");
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
                vm.services().runs(), vm.services().methods());
        lab.addRooms(StandardLabs.all(), new org.gtlab.ui.workspace.LabContext(vm.services().runs(),
                vm.services().methods(), vm.services().background(),
                () -> vm.getActive() == null ? null : vm.getActive().game(), lab.chartStyleProperty()));
        this.dialogs = new MainDialogs(stage);
        this.files = new FileActions(vm, stage, this::view, this::focusGrid, lab);
        this.flows = new WindowFlows(vm, dialogs, files);
        setId("mainWindow");
        // a lab asks for a game in the editor (e.g. self-play: Kuhn poker's 27 × 64 normal form)
        addEventHandler(org.gtlab.ui.workspace.OpenGameEvent.OPEN_GAME, e -> vm.openGenerated(e.game(), e.name()));
        this.docTabs = new DocumentTabs(vm, tabs, lab, this::confirmClose, () -> screenStyle, sideBySide, presentation);
        ActionCatalog catalog = new ActionCatalog(vm, this, files);
        catalog.build();
        actions = catalog.actions();
        menus = new MainMenus(actions);
        java.util.List<javafx.scene.control.MenuItem> labNew = new java.util.ArrayList<>();
        for (org.gtlab.ui.workspace.LabRoom r : lab.rooms()) {
            if (r.newDocumentLabel() != null) {
                javafx.scene.control.MenuItem i = new javafx.scene.control.MenuItem(r.newDocumentLabel());
                i.setId("new-" + r.id());
                i.setOnAction(e -> files.newLabDocument(r));
                labNew.add(i);
            }
        }
        setTop(new VBox(menus.menuBar(vm, files::open, lab.menu(), labNew), menus.toolbar(this::run)));
        side = new SidePanel(vm, this::openCatalog, files::open);
        VBox empty = WindowFlows.emptyState();
        // the empty state only when no tab is open (it showed through transparent views, e.g. a
        // 3-player game's Diagrams tab, as a second placeholder)
        empty.visibleProperty().bind(Bindings.isEmpty(tabs.getTabs()));
        center.getChildren().addAll(empty, tabs);
        tabs.setId("documents");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(tabs.getTabs()));
        split = new SplitPane(side, center, inspector);
        split.setId("mainSplit");
        split.setDividerPositions(settings.getDouble("layout.left", 0.17), settings.getDouble("layout.right", 0.8));
        // the side panels' widths are remembered across restarts: written when a divider drag ends
        // (and when the panels are hidden), not on every step of the drag
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            double[] pos = split.getDividerPositions();
            if (pos.length == 2 && sidePanels.get() && (pos[0] != settings.getDouble("layout.left", -1)
                    || pos[1] != settings.getDouble("layout.right", -1))) {
                settings.putDouble("layout.left", pos[0]);
                settings.putDouble("layout.right", pos[1]);
            }
        });
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(inspector, false);
        setCenter(split);
        statusBar = new StatusBar(vm);
        setBottom(statusBar);
        getChildren().add(tokens.node());
        WindowFlows.installDragAndDrop(this, files);

        vm.documents().addListener((ListChangeListener<DocumentViewModel>) c -> docTabs.sync());
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
            statusBar.updateStatus();
            if (b != null) {
                focusGrid();
            }
        });
        vm.statusProperty().addListener((o, a, b) -> statusBar.updateStatus());
        description = new ActiveTabDescription(tabs, stage, vm, statusBar, inspector);
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
            docTabs.views().forEach(v -> v.lectureProperty().set(b));
            settings.putBoolean("lecture", b);
            refreshChartStyle();
        });
        sidePanels.addListener((o, a, b) -> layoutSidePanels());
        sideBySide.addListener((o, a, b) -> {
            docTabs.views().forEach(v -> v.sideBySideProperty().set(b));
            settings.putBoolean("sideBySide", b);
        });
        sideBySide.set(settings.getBoolean("sideBySide", false));
        presentation.set(settings.getBoolean("lecture", false));
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

    private EditorViewModel ed() {
        return vm.getActive().editor();
    }

    private DocumentView view() {
        return docTabs.viewOf(vm.getActive());
    }

    Stage stage() {
        return stage;
    }

    MainDialogs dialogs() {
        return dialogs;
    }

    void focusSearch() {
        menus.focusSearch();
    }

    // ------------------------------------------------------------------ layout

    static String shape(NormalFormGame g) {
        return StatusBar.shape(g);
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

    // ------------------------------------------------------------------ documents

    /** The view of a document (for tests and the tour). */
    public DocumentView viewOf(DocumentViewModel d) {
        return docTabs.viewOf(d);
    }

    /** Puts the keyboard focus in the active document's grid once it is on screen. */
    public void focusGrid() {
        docTabs.focusGrid();
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

    void closeActive() {
        DocumentViewModel d = vm.getActive();
        if (d != null && confirmClose(d)) {
            vm.close(d);
        }
    }

    /**
     * Saves the active document to {@code target} as Save as does once its file chooser answered
     * (the format from the file name); the keyboard focus returns to the grid. True if written.
     */
    public boolean saveAs(Path target) {
        return files.saveAs(target);
    }

    /** Asks about unsaved changes; true if the document may close. */
    public boolean confirmClose(DocumentViewModel d) {
        return flows.confirmClose(d);
    }

    /** Asks about all unsaved documents before quitting; true if the app may exit (the session ends cleanly). */
    public boolean confirmQuit() {
        return flows.confirmQuit();
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

    void exportDialog() {
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

    /** The unsaved-changes dialog, not yet shown (tests and the tour). */
    public Dialog<?> unsavedDialogFor(String name) {
        return dialogs.unsavedDialog(name);
    }

    /** The Ctrl+G dialog, not yet shown (tests and the tour). */
    public Dialog<?> randomDialogFor() {
        return dialogs.random(vm.getActive() != null, System.currentTimeMillis() % 100000);
    }

    void randomDialog() {
        flows.randomDialog();
    }

    /** Generates a random game in the background and puts it in the open editor (tests and the tour). */
    public void randomGame(int rows, int cols, long lo, long hi, long seed) {
        randomGame(rows, cols, lo, hi, seed, vm.getActive() == null);
    }

    /** Generates a random game in the background (large games take a moment), in a new tab or the open editor. */
    public void randomGame(int rows, int cols, long lo, long hi, long seed, boolean newTab) {
        flows.randomGame(rows, cols, lo, hi, seed, newTab);
    }

    /** Offers autosaves and the other documents of a session that ended without quitting. */
    public void offerRecovery() {
        flows.offerRecovery();
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

    void toggleTheme() {
        applyTheme(getScene(), vm.themeProperty().get().other());
    }

    private void refreshChartStyle() {
        screenStyle = tokens.read(presentation.get() ? 21 : 17, 1);
        lab.chartStyleProperty().set(screenStyle);
        for (DocumentView v : docTabs.views()) {
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
