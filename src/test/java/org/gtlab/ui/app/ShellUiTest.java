package org.gtlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.gtlab.game.GameCatalog;
import org.gtlab.io.GameFiles;
import org.gtlab.io.GameFormatException;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.common.Settings;
import org.gtlab.ui.editor.PayoffGrid;
import org.gtlab.ui.handles.MainWindowHandle;
import org.gtlab.ui.solve.EquilibriumRow;
import org.gtlab.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The shell as a new user meets it, on a 1280×800 stage (issue 16, points 2–5, 7, 8 and 10): no
 * silent failure, dialogs that fit, focus and keyboard, readable results, lecture mode and what
 * is remembered across sessions.
 */
@Tag("ui")
@Timeout(value = 90, unit = java.util.concurrent.TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@ExtendWith(ApplicationExtension.class)
class ShellUiTest {

    @TempDir
    static Path home;

    /** The stage size: 1280×800, or GTLAB_SHOT_SIZE (e.g. 1920x1080) when making screenshots. */
    static final double W;
    static final double H;

    static {
        String size = System.getenv().getOrDefault("GTLAB_SHOT_SIZE", "1280x800");
        W = Double.parseDouble(size.substring(0, size.indexOf('x')));
        H = Double.parseDouble(size.substring(size.indexOf('x') + 1));
    }

    private MainWindow window;
    private MainViewModel vm;
    private Stage stage;
    private Path settingsFile;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory(home, "session");
        settingsFile = dir.resolve("settings.properties");
        org.gtlab.run.RunExecutor runs = org.gtlab.run.RunExecutor.synchronous();
        vm = new MainViewModel(new AppServices(new FxBackgroundExecutor(), () -> runs,
                org.gtlab.run.methods.StandardMethods.catalog(), Solvers.all(), new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(dir.resolve("recovery")), new Settings(settingsFile)));
        window = new MainWindow(vm, stage);
        Scene scene = new Scene(window, W, H);
        window.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Saves the window (or the dialog's window) to {@code $GTLAB_SHOTS/WxH-shell-name.png} when that
     * variable is set: the screenshot script of issue 16 (scripts/screenshots.sh).
     */
    static void shot(FxRobot robot, Scene scene, String name) {
        shot(scene, name);
    }

    static void shot(Scene scene, String name) {
        String dir = System.getenv("GTLAB_SHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        try {
            img[0] = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("snapshot failed", e);
        }
        try {
            Path d = Path.of(dir);
            Files.createDirectories(d);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png",
                    d.resolve((int) W + "x" + (int) H + "-shell-" + name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Labels under {@code root} that show their text shortened ("…"): narrower than their text needs. */
    static List<String> shortenedLabels(Node root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof javafx.scene.control.Labeled l && l.isVisible() && l.getScene() != null
                    && visibleInTree(l) && l.getText() != null && !l.getText().isEmpty() && l.getWidth() > 0
                    && (l.isWrapText() ? l.getHeight() + 0.5 < l.prefHeight(l.getWidth())
                            : l.getWidth() + 0.5 < l.prefWidth(-1))) {
                out.add("'" + l.getText() + "' " + Math.round(l.getWidth()) + " < " + Math.round(l.prefWidth(-1)));
            }
        }
        return out;
    }

    private static boolean visibleInTree(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The showing dialog whose pane has this id, or null. */
    private static DialogPane dialog(String id) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                    && id.equals(p.getId())) {
                return p;
            }
        }
        return null;
    }

    private DialogPane awaitDialog(MainWindowHandle h, String id) {
        h.await(() -> dialog(id) != null);
        return dialog(id);
    }

    /** Every text of labels under {@code n}. */
    private static String texts(Node n) {
        StringBuilder b = new StringBuilder();
        if (n instanceof DialogPane p) {
            b.append(p.getHeaderText()).append('\n').append(p.getContentText()).append('\n');
        }
        for (Node x : n.lookupAll(".label")) {
            if (x instanceof Label l && l.getText() != null) {
                b.append(l.getText()).append('\n');
            }
        }
        return b.toString();
    }

    /** The dialog window fits the 1280×800 screen, is resizable, centred on the owner, and its buttons are inside it. */
    private void assertFits(DialogPane p) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        shot(p.getScene(), "dialog-" + p.getId());
        Window w = p.getScene().getWindow();
        assertTrue(((Stage) w).isResizable(), "dialog is resizable");
        assertTrue(w.getX() >= 0 && w.getY() >= 0 && w.getX() + w.getWidth() <= W + 0.5
                && w.getY() + w.getHeight() <= H + 0.5, "dialog inside the " + W + "×" + H + " screen: " + w.getX() + ","
                + w.getY() + " " + w.getWidth() + "×" + w.getHeight());
        double cx = w.getX() + w.getWidth() / 2;
        double ownerCx = stage.getX() + stage.getWidth() / 2;
        assertTrue(Math.abs(cx - ownerCx) < 10, "centred on the owner: " + cx + " vs " + ownerCx);
        ButtonBar bar = (ButtonBar) p.lookup(".button-bar");
        Bounds b = bar.localToScene(bar.getBoundsInLocal());
        assertTrue(b.getMaxY() <= p.getScene().getHeight() + 0.5 && b.getHeight() > 0,
                "buttons visible: bar ends at " + b.getMaxY() + " of " + p.getScene().getHeight());
    }

    // ------------------------------------------------------------------ 2. no silent failure

    @Test
    void aMalformedFileOpenedFromAnywhereShowsFileLineColumnAndTheCliMessage(FxRobot robot) throws Exception {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        Path bad = home.resolve("broken.nfg");
        Files.writeString(bad, "NFG 1 R \"broken\" { \"P1\" \"P2\" } { 2 2 }\n\n1 2 3 oops\n");
        String cli;
        try {
            GameFiles.load(bad);
            throw new AssertionError("the file should be malformed");
        } catch (GameFormatException e) {
            cli = e.getMessage();
        }
        assertTrue(cli.matches("(?s).*broken\\.nfg:\\d+:\\d+: .*"), cli);
        // Ctrl+O and drag-and-drop end in the same open(); recent files through the menu
        robot.interact(() -> window.open(bad));
        DialogPane p = awaitDialog(h, "problemDialog");
        assertTrue(texts(p).contains(cli), "the dialog shows the CLI's message:\n" + texts(p));
        assertFits(p);
        robot.interact(() -> p.getScene().getWindow().hide());
        assertTrue(vm.documents().isEmpty(), "nothing opened");

        robot.interact(() -> vm.recent().add(bad));
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu recent = (Menu) bar.getMenus().get(0).getItems().stream().filter(m -> "openRecent".equals(m.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> recent.getItems().get(0).fire());
        DialogPane again = awaitDialog(h, "problemDialog");
        assertTrue(texts(again).contains(cli));
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains(cli), "and in the status bar");
    }

    /** A drag-and-drop gesture's board holding {@code file}, as the OS hands it to the window. */
    private static javafx.scene.input.Dragboard boardWith(Path file) {
        com.sun.javafx.tk.TKClipboard peer = com.sun.javafx.tk.Toolkit.getToolkit().createLocalClipboard();
        peer.putContent(new javafx.util.Pair<>(javafx.scene.input.DataFormat.FILES, List.of(file.toFile())));
        return com.sun.javafx.scene.input.DragboardHelper.createDragboard(peer);
    }

    @Test
    void aMalformedFileDroppedOnTheWindowShowsFileLineColumnAndTheCliMessage(FxRobot robot) throws Exception {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        Path bad = home.resolve("dropped.nfg");
        Files.writeString(bad, "NFG 1 R \"dropped\" { \"P1\" \"P2\" } { 2 2 }\n\n1 2 3 oops\n");
        String cli;
        try {
            GameFiles.load(bad);
            throw new AssertionError("the file should be malformed");
        } catch (GameFormatException e) {
            cli = e.getMessage();
        }
        assertTrue(cli.matches("(?s).*dropped\\.nfg:\\d+:\\d+: .*"), cli);
        boolean[] accepted = new boolean[2];
        robot.interact(() -> {
            javafx.scene.input.Dragboard db = boardWith(bad);
            accepted[0] = window.getOnDragOver() != null && db.hasFiles();
            javafx.scene.input.DragEvent drop = new javafx.scene.input.DragEvent(
                    javafx.scene.input.DragEvent.DRAG_DROPPED, db, 600, 400, 600, 400,
                    javafx.scene.input.TransferMode.COPY, null, window, null);
            javafx.event.Event.fireEvent(window, drop);
            accepted[1] = window.getOnDragDropped() != null;
        });
        assertTrue(accepted[0] && accepted[1], "the window takes dropped files");
        DialogPane p = awaitDialog(h, "problemDialog");
        assertTrue(texts(p).contains(cli), "the dialog shows the CLI's message:\n" + texts(p));
        assertFits(p);
        assertTrue(vm.documents().isEmpty(), "nothing opened");
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains(cli), "and the status bar says it");
    }

    @Test
    void savingAGameWithAnInvalidCellIsRefusedBeforeAnyFileChooserNamingTheCells(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        robot.interact(() -> h.active().editor().commit(0, 1, 0, "x?"));
        int windows = Window.getWindows().size();
        robot.interact(() -> window.run("saveAs"));
        DialogPane p = awaitDialog(h, "problemDialog");
        String t = texts(p);
        assertTrue(t.contains("Player 1's payoff at (Boxing, Ballet): \"x?\""), t);
        assertEquals(windows + 1, Window.getWindows().size(), "only the problem dialog opened (no file chooser)");
        assertTrue(h.active().isDirty());
    }

    @Test
    void aRefusedActionSaysWhyInTheStatusBarAtOnce(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.run("save"));
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("open or create a game first"));
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        robot.interact(() -> window.run("rowUp"));
        assertEquals("Cannot move the row further up", robot.lookup("#status").queryAs(Label.class).getText());
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> window.run("paste"));
        assertEquals("Nothing pasted: the clipboard holds no text", robot.lookup("#status").queryAs(Label.class).getText());
        robot.interact(() -> h.active().editor().renameStrategy(0, 0, "Ballet"));
        h.await(() -> robot.lookup("#status").queryAs(Label.class).getText()
                .equals("Player 1 already has a strategy called \"Ballet\""));
    }

    // ------------------------------------------------------------------ 3. dialogs that fit

    @Test
    void shortcutListIsASearchableTableWithHumanKeyNamesThatFits(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.run("shortcuts"));
        DialogPane p = awaitDialog(h, "shortcutsDialog");
        assertFits(p);
        @SuppressWarnings("unchecked")
        TableView<String[]> table = (TableView<String[]>) p.lookup("#shortcutTable");
        int all = table.getItems().size();
        assertTrue(all > 40, "every shortcut listed: " + all);
        for (String[] r : table.getItems()) {
            assertFalse(r[0].matches(".*[A-Z]{2,}.*") && !r[0].matches(".*\\bF\\d+.*"), "human key name: " + r[0]);
        }
        assertTrue(table.getItems().stream().anyMatch(r -> r[0].equals("Ctrl+]") && r[1].equals("Next equilibrium")));
        TextField search = (TextField) p.lookup("#shortcutSearch");
        robot.interact(() -> search.setText("equilibri"));
        assertTrue(table.getItems().size() >= 2 && table.getItems().size() < all);
        assertTrue(table.getItems().stream().allMatch(r -> (r[0] + r[1]).toLowerCase().contains("equilibri")));
    }

    @Test
    void recoveryRandomAndExportDialogsFitWithTheirButtonsVisible(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add("file: /tmp/game-" + i + ".nfg");
        }
        AtomicReference<Dialog<Boolean>> rec = new AtomicReference<>();
        robot.interact(() -> {
            rec.set(window.recoveryDialogFor(List.of(), many));
            rec.get().show();
        });
        assertFits(awaitDialog(h, "recoveryDialog"));
        assertTrue(robot.lookup(".button").match((Button b) -> "Recover".equals(b.getText())).tryQuery().isPresent());
        robot.interact(() -> rec.get().close());

        robot.interact(() -> window.randomDialogFor().show());
        assertFits(awaitDialog(h, "randomDialog"));
        robot.interact(() -> dialog("randomDialog").getScene().getWindow().hide());

        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        AtomicReference<Dialog<?>> ex = new AtomicReference<>();
        robot.interact(() -> {
            ex.set(window.exportDialogFor());
            ex.get().getDialogPane().setId("exportDialog");
            ex.get().show();
        });
        assertFits(awaitDialog(h, "exportDialog"));
    }

    /** Asks {@link MainWindow#confirmClose} later on the FX thread (its dialog waits in a nested loop). */
    private AtomicReference<Boolean> askToClose(FxRobot robot, DocumentViewModel d) {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        robot.interact(() -> javafx.application.Platform.runLater(() -> answer.set(window.confirmClose(d))));
        return answer;
    }

    @Test
    void theUnsavedChangesDialogFitsEscCancelsAndEveryChoiceDoesWhatItSays(FxRobot robot) throws Exception {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        Path saved = home.resolve("unsaved-stag.json");
        GameFiles.save(saved, GameCatalog.get("stag-hunt").game());
        robot.interact(() -> window.open(saved));
        h.await(() -> vm.documents().size() == 1);
        DocumentViewModel doc = h.active();
        robot.interact(() -> doc.editor().commit(0, 0, 0, "11"));
        assertTrue(doc.isDirty());
        String before = Files.readString(saved);

        // Esc = Cancel: the document stays open with its edit
        AtomicReference<Boolean> answer = askToClose(robot, doc);
        DialogPane p = awaitDialog(h, "unsavedDialog");
        assertFits(p);
        assertTrue(texts(p).contains("unsaved-stag"), "the dialog names the document:\n" + texts(p));
        List<String> buttons = new ArrayList<>();
        for (javafx.scene.control.ButtonType t : p.getButtonTypes()) {
            Button b = (Button) p.lookupButton(t);
            Bounds bb = b.localToScene(b.getBoundsInLocal());
            assertTrue(b.isVisible() && bb.getMinX() >= 0 && bb.getMaxX() <= p.getScene().getWidth() + 0.5
                    && bb.getMaxY() <= p.getScene().getHeight() + 0.5, b.getText() + " inside the dialog: " + bb);
            assertEquals(List.of(), shortenedLabels(b), "button text whole");
            buttons.add(b.getText());
        }
        assertEquals(java.util.Set.of("Save", "Don't save", "Cancel"), new java.util.HashSet<>(buttons));
        robot.interact(() -> p.getScene().getWindow().requestFocus());
        robot.push(KeyCode.ESCAPE);
        h.await(() -> answer.get() != null);
        assertFalse(answer.get(), "Esc cancels the close");
        assertTrue(dialog("unsavedDialog") == null, "the dialog is gone");
        assertTrue(doc.isDirty() && vm.documents().contains(doc));
        assertEquals(before, Files.readString(saved), "nothing written");

        // Don't save: may close, the file keeps its old content
        AtomicReference<Boolean> discard = askToClose(robot, doc);
        DialogPane p2 = awaitDialog(h, "unsavedDialog");
        robot.interact(() -> p2.getButtonTypes().stream().map(p2::lookupButton).map(Button.class::cast)
                .filter(b -> b.getText().equals("Don't save")).findFirst().orElseThrow().fire());
        h.await(() -> discard.get() != null);
        assertTrue(discard.get(), "Don't save lets the document close");
        assertEquals(before, Files.readString(saved), "and writes nothing");

        // Save: the file is written and the document may close
        AtomicReference<Boolean> save = askToClose(robot, doc);
        DialogPane p3 = awaitDialog(h, "unsavedDialog");
        robot.interact(() -> p3.getButtonTypes().stream().map(p3::lookupButton).map(Button.class::cast)
                .filter(b -> b.getText().equals("Save")).findFirst().orElseThrow().fire());
        h.await(() -> save.get() != null);
        assertTrue(save.get(), "Save lets the document close once written");
        assertFalse(doc.isDirty());
        assertEquals(org.gtlab.math.Rational.of(11), GameFiles.load(saved).payoff(0, 0, 0), "the edit was saved");
    }

    // ------------------------------------------------------------------ 4. focus and keyboard

    @Test
    void afterNewAndTabSwitchesFocusIsInTheGridSoAPasteLandsInTheGame(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.run("search"));
        h.await(() -> stage.getScene().getFocusOwner() != null
                && !(stage.getScene().getFocusOwner() instanceof PayoffGrid));
        robot.interact(() -> window.run("new"));
        h.await(() -> stage.getScene().getFocusOwner() instanceof PayoffGrid);
        robot.interact(() -> {
            var c = new javafx.scene.input.ClipboardContent();
            c.putString("7\t8\n9\t10");
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.push(KeyCode.CONTROL, KeyCode.V);
        h.settle();
        assertEquals(org.gtlab.math.Rational.of(10), h.active().game().payoff(0, 1, 1), "the paste went into the grid");

        DocumentViewModel first = h.active();
        robot.interact(() -> window.openCatalog(GameCatalog.get("stag-hunt")));
        robot.interact(() -> window.run("search"));
        robot.interact(() -> vm.activeProperty().set(first));
        h.await(() -> stage.getScene().getFocusOwner() == window.viewOf(first).grid());
    }

    @Test
    void afterOpenAndSaveAsFocusIsInTheGrid(FxRobot robot) throws Exception {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        Path file = home.resolve("focus-stag.json");
        GameFiles.save(file, GameCatalog.get("stag-hunt").game());
        robot.interact(() -> window.run("search"));
        h.await(() -> !(stage.getScene().getFocusOwner() instanceof PayoffGrid));
        robot.interact(() -> window.open(file));
        h.await(() -> vm.documents().size() == 1);
        h.await(() -> stage.getScene().getFocusOwner() == window.viewOf(h.active()).grid());

        robot.interact(() -> window.run("search"));
        h.await(() -> !(stage.getScene().getFocusOwner() instanceof PayoffGrid));
        Path copy = home.resolve("focus-copy.nfg");
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = window.saveAs(copy));
        assertTrue(ok[0] && Files.exists(copy), "saved as " + copy);
        h.await(() -> stage.getScene().getFocusOwner() == window.viewOf(h.active()).grid());
        assertEquals(copy, h.active().getFile());
    }

    @Test
    void ctrlEndAndCtrlHomeJumpOnALargeGrid(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.randomGame(40, 30, 0, 9, 7, true));
        h.await(() -> h.active() != null && h.active().editor().rows() == 40);
        robot.interact(() -> window.viewOf(h.active()).grid().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.END);
        h.settle();
        assertEquals(39, h.active().editor().cursorRowProperty().get());
        assertEquals(29, h.active().editor().cursorColumnProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        h.settle();
        assertEquals(0, h.active().editor().cursorRowProperty().get());
        assertEquals(0, h.active().editor().cursorColumnProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        h.settle();
        assertEquals(29, h.active().editor().cursorColumnProperty().get());
    }

    @Test
    void viewMenuListsEveryViewWithItsShortcutAndCtrlGOpensANewTab(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst().orElseThrow();
        for (String id : List.of("matrixView", "diagramView", "dynamicsView", "phaseView", "sideBySide", "present",
                "sidePanels")) {
            MenuItem item = view.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            assertNotNull(item.getAccelerator(), id + " has a shortcut");
        }
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        DocumentViewModel bos = h.active();
        var game = bos.game();
        robot.interact(() -> javafx.application.Platform.runLater(() -> window.run("random")));
        DialogPane p = awaitDialog(h, "randomDialog");
        CheckBox newTab = (CheckBox) p.lookup("#randomNewTab");
        assertTrue(newTab.isSelected() && !newTab.isDisabled(), "a new tab is the default");
        robot.interact(() -> ((Button) p.lookupButton(p.getButtonTypes().get(0))).fire());
        h.await(() -> vm.documents().size() == 2);
        assertSame(game, bos.game(), "the open game was not replaced");
        assertTrue(h.active() != bos);
        // every view of a document (its tabs) has its item: the menu lists them all
        javafx.scene.control.TabPane views = window.viewOf(h.active()).views();
        List<String> itemTexts = view.getItems().stream().map(MenuItem::getText).filter(java.util.Objects::nonNull).toList();
        for (javafx.scene.control.Tab t : views.getTabs()) {
            assertTrue(itemTexts.stream().anyMatch(x -> x.toLowerCase().startsWith(t.getText().toLowerCase())),
                    "the View menu lists the " + t.getText() + " view: " + itemTexts);
        }
        robot.interact(() -> window.run("phaseView"));
        assertTrue(views.getSelectionModel().getSelectedIndex() == 3, "Ctrl+5 shows the phase diagrams");
    }

    // ------------------------------------------------------------------ 5. results a person can read

    @Test
    void equilibriaReadAsStrategyNamesAndCanBeCopiedAsCsvAndLatex(FxRobot robot) throws Exception {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        h.await(() -> h.active().solve().rows().size() == 3);
        var rows = h.active().solve().rows();
        var g = h.active().game();
        List<String> named = rows.stream().map(r -> r.namedText(g, false)).toList();
        assertTrue(named.contains("(Boxing, Boxing)"), named.toString());
        assertTrue(named.contains("(3/5 Boxing + 2/5 Ballet, 2/5 Boxing + 3/5 Ballet)"), named.toString());
        @SuppressWarnings("unchecked")
        TableView<EquilibriumRow> table = robot.lookup("#equilibria").queryAs(TableView.class);
        assertEquals(named.get(0), table.getColumns().get(1).getCellData(0), "the table shows the names");
        robot.interact(() -> window.viewOf(h.active()).solvePanel().fullVectorsProperty().set(true));
        assertEquals(rows.get(0).profileText(false), table.getColumns().get(1).getCellData(0), "expandable full vector");

        robot.interact(() -> window.run("copyEquilibria"));
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(4, copied[0].strip().split("\n").length, copied[0]);
        assertTrue(copied[0].contains("(Boxing, Boxing)"));
        Path csv = home.resolve("eq.csv");
        Path tex = home.resolve("eq.tex");
        boolean[] ok = new boolean[2];
        robot.interact(() -> {
            ok[0] = window.viewOf(h.active()).solvePanel().writeList(true, csv);
            ok[1] = window.viewOf(h.active()).solvePanel().writeList(false, tex);
        });
        assertTrue(ok[0] && ok[1]);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(4, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"(3/5 Boxing + 2/5 Ballet, 2/5 Boxing + 3/5 Ballet)\"")),
                lines.toString());
        String latex = Files.readString(tex);
        assertTrue(latex.contains("\\tfrac{3}{5}\\,\\mbox{Boxing}") && latex.contains("\\toprule"), latex);
    }

    @Test
    void inspectorFollowsDecimalsPureCellsAreMarkedWithALegendAndMethodsOutOfScopeSayWhy(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        h.await(() -> h.active().solve().rows().size() == 3);
        int mixed = 0;
        while (h.active().solve().rows().get(mixed).pure()) {
            mixed++;
        }
        int m = mixed;
        robot.interact(() -> h.active().solve().selectedProperty().set(m));
        h.await(() -> robot.lookup("#inspectorStrategy1").tryQuery().isPresent());
        assertEquals("(3/5, 2/5)", robot.lookup("#inspectorStrategy1").queryAs(Label.class).getText());
        robot.interact(() -> h.active().editor().decimalsProperty().set(true));
        h.await(() -> "(0.6, 0.4)".equals(robot.lookup("#inspectorStrategy1").queryAs(Label.class).getText()));

        var solve = h.active().solve();
        assertTrue(solve.pureEquilibrium(0, 0) && solve.pureEquilibrium(1, 1));
        assertFalse(solve.pureEquilibrium(0, 1));
        javafx.scene.layout.Pane legend = robot.lookup("#gridLegend").queryAs(javafx.scene.layout.Pane.class);
        assertTrue(legend.isVisible() && texts(legend).contains("pure equilibrium")
                && texts(legend).contains("selected equilibrium's support") && texts(legend).contains("best reply"));

        robot.interact(() -> window.openCatalog(GameCatalog.get("three-player-matching-pennies")));
        var s3 = h.active().solve();
        var enummixed = s3.methods().stream().filter(x -> x.name().equals("enummixed")).findFirst().orElseThrow();
        assertTrue(s3.whyNot(enummixed).contains("two-player"), s3.whyNot(enummixed));
        assertNull(s3.whyNot(s3.methodProperty().get()), "the chosen method applies");
        h.await(() -> !s3.runningProperty().get());
        Label placeholder = (Label) robot.lookup("#equilibria").queryAs(TableView.class).getPlaceholder();
        assertFalse(s3.failedProperty().get() && placeholder.getText().contains("found no equilibria"));
    }

    @Test
    void methodsOutOfScopeAreDisabledInThePickerWithTheReasonInATooltip(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("three-player-matching-pennies")));
        h.await(() -> !h.active().solve().runningProperty().get());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.gtlab.solve.NashSolver> picker =
                robot.lookup("#methodPicker").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(picker::show);
        h.settle();
        javafx.scene.control.ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> "enummixed".equals(c.getText())).query();
        assertTrue(cell.isDisabled(), "enummixed cannot be chosen for a 3-player game");
        assertNotNull(cell.getTooltip());
        assertTrue(cell.getTooltip().getText().startsWith("Not available: ")
                && cell.getTooltip().getText().contains("two-player"), cell.getTooltip().getText());
        robot.interact(picker::hide);
    }

    @Test
    void aLargeGamesEquilibriumReadsAsItsSupportsWithTheFullVectorOnDemand(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        int n = org.gtlab.ui.solve.EquilibriumRow.NAMED_LIMIT + 2;
        robot.interact(() -> window.randomGame(n, n, 0, 9, 5, true));
        h.await(() -> h.active() != null && h.active().editor().rows() == n);
        var solve = h.active().solve();
        robot.interact(solve::solve);
        h.await(() -> !solve.runningProperty().get() && !solve.rows().isEmpty());
        var g = h.active().game();
        String named = solve.rows().get(0).namedText(g, false);
        assertTrue(named.startsWith("support "), "supports only for a " + n + "×" + n + " game: " + named);
        @SuppressWarnings("unchecked")
        TableView<EquilibriumRow> table = robot.lookup("#equilibria").queryAs(TableView.class);
        assertEquals(named, table.getColumns().get(1).getCellData(0));
        robot.interact(() -> window.viewOf(h.active()).solvePanel().fullVectorsProperty().set(true));
        assertEquals(solve.rows().get(0).profileText(false), table.getColumns().get(1).getCellData(0),
                "the full vector on demand");
    }

    @Test
    void theCatalogDescriptionIsMarkedOriginalOnceThePayoffsAreEdited(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        String original = h.active().game().comment();
        assertFalse(original.isBlank());
        assertEquals(original, h.active().describedGame().comment());
        robot.interact(() -> h.active().editor().commit(0, 0, 0, "9"));
        assertTrue(h.active().describedGame().comment().startsWith(DocumentViewModel.ORIGINAL_PREFIX));
        h.await(() -> robot.lookup("#gameDescription").queryAs(Label.class).getText()
                .startsWith(DocumentViewModel.ORIGINAL_PREFIX));
    }

    // ------------------------------------------------------------------ 6. big games

    @Test
    void aBigGameDefaultsToFindOneAndAsksWithTheEstimateBeforeAnExactEnumeration(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.randomGame(40, 40, 0, 99, 11, true));
        h.await(() -> h.active() != null && h.active().editor().rows() == 40);
        var solve = h.active().solve();
        CheckBox one = robot.lookup("#findOne").queryAs(CheckBox.class);
        assertTrue(one.isSelected() && solve.findOneProperty().get(), "find one is the default on a large game");
        assertEquals("lcp", solve.methodProperty().get().name());
        robot.interact(() -> {
            one.setSelected(false);
            solve.methodProperty().set(solve.methods().stream().filter(m -> m.name().equals("enummixed"))
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#solveButton");
        h.await(() -> solve.confirmationProperty().get() != null);
        Node bar = robot.lookup("#solveConfirm").query();
        assertTrue(bar.isVisible());
        String q = robot.lookup("#solveConfirmText").queryAs(Label.class).getText();
        assertTrue(q.contains("enummixed") && q.contains("would take about") && q.contains("bases") && q.contains("Run it anyway?"), q);
        shot(stage.getScene(), "08-solve-confirmation");
        assertTrue(solve.rows().isEmpty(), "nothing ran before the confirmation");
        robot.clickOn("#solveConfirmOne");
        h.await(() -> !solve.runningProperty().get() && solve.rows().size() == 1);
        assertEquals("lcp", solve.methodProperty().get().name());
        assertFalse(bar.isVisible());
    }

    @Test
    void aLongSolveShowsProgressAndCanBeCancelled(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.randomGame(40, 40, 0, 99, 12, true));
        h.await(() -> h.active() != null && h.active().editor().rows() == 40);
        var solve = h.active().solve();
        robot.interact(() -> {
            solve.findOneProperty().set(false);
            solve.methodProperty().set(solve.methods().stream().filter(m -> m.name().equals("enummixed"))
                    .findFirst().orElseThrow());
            solve.solve();
        });
        h.await(() -> solve.confirmationProperty().get() != null);
        robot.clickOn("#solveConfirmRun");
        h.await(() -> solve.runningProperty().get());
        Label progress = robot.lookup("#solveProgressText").queryAs(Label.class);
        assertTrue(progress.isVisible());
        h.await(() -> progress.getText().contains("found") && progress.getText().contains(" of "));
        shot(stage.getScene(), "08b-solve-progress");
        assertTrue(robot.lookup("#cancelSolve").query().isVisible());
        robot.clickOn("#cancelSolve");
        h.await(() -> !solve.runningProperty().get());
        assertEquals("Cancelled", solve.statusProperty().get());
        assertFalse(progress.isVisible());
        assertTrue(solve.rows().isEmpty());
    }

    // ------------------------------------------------------------------ 7, 8, 10. lecture mode, layout, recovery

    @Test
    void lectureModeHidesSidePanelsShowsSideBySideAndIsRemembered(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        assertTrue(robot.lookup("#catalog").tryQuery().isPresent());
        robot.push(KeyCode.F11);
        h.settle();
        assertTrue(window.presentationProperty().get());
        assertTrue(robot.lookup("#catalog").tryQuery().isEmpty(), "side panels hidden");
        assertTrue(robot.lookup("#inspector").tryQuery().isEmpty());
        robot.interact(() -> window.run("sideBySide"));
        Node both = robot.lookup("#sideBySide").query();
        assertTrue(both.lookup("#payoffGrid") != null && both.lookup("#diagramView") != null,
                "matrix and diagram side by side");
        robot.interact(() -> window.applyTheme(stage.getScene(), Theme.DARK));
        Settings again = new Settings(settingsFile);
        assertTrue(again.getBoolean("lecture", false));
        assertTrue(again.getBoolean("sideBySide", false));
        assertEquals("DARK", again.get("theme", ""));
        robot.push(KeyCode.F11);
        h.settle();
        assertTrue(robot.lookup("#catalog").tryQuery().isPresent(), "side panels back");
        assertFalse(new Settings(settingsFile).getBoolean("lecture", true));
    }

    /** The services of the next start: the same files, the settings read again from disk. */
    private AppServices restarted() {
        AppServices s = vm.services();
        return new AppServices(s.background(), s.runs(), s.methods(), s.solvers(), s.recent(), s.recovery(),
                new Settings(settingsFile));
    }

    @Test
    void themeLectureModeSideBySideAndThePanelWidthsAreRestoredByTheNextStart(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        javafx.scene.control.SplitPane split = robot.lookup("#mainSplit").queryAs(javafx.scene.control.SplitPane.class);
        double before = split.getDividerPositions()[0];
        Node divider = split.lookupAll(".split-pane-divider").iterator().next();
        robot.drag(divider, javafx.scene.input.MouseButton.PRIMARY).dropBy(60, 0);
        h.settle();
        assertTrue(split.getDividerPositions()[0] > before + 0.02, "the catalog was dragged wider: " + before + " -> "
                + split.getDividerPositions()[0]);
        h.await(() -> Math.abs(new Settings(settingsFile).getDouble("layout.left", 0) - split.getDividerPositions()[0]) < 1e-9
                && Math.abs(new Settings(settingsFile).getDouble("layout.right", 0) - split.getDividerPositions()[1]) < 1e-9);
        double[] wanted = split.getDividerPositions().clone();
        robot.interact(() -> {
            window.applyTheme(stage.getScene(), Theme.DARK);
            window.sideBySideProperty().set(true);
        });
        // the next start: a new window over the same settings file, as GtLabApp builds it
        MainWindow[] next = new MainWindow[1];
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            MainViewModel vm2 = new MainViewModel(restarted());
            next[0] = new MainWindow(vm2, second[0]);
            Scene scene = new Scene(next[0], W, H);
            next[0].applyTheme(scene, next[0].rememberedTheme());
            second[0].setScene(scene);
            second[0].show();
        });
        h.settle();
        robot.interact(() -> {
            assertEquals(Theme.DARK, next[0].rememberedTheme());
            assertEquals(Theme.DARK, next[0].model().themeProperty().get(), "the dark theme is back");
            assertTrue(next[0].sideBySideProperty().get(), "side by side is back");
            assertFalse(next[0].presentationProperty().get());
            double[] pos = ((javafx.scene.control.SplitPane) next[0].lookup("#mainSplit")).getDividerPositions();
            assertEquals(wanted[0], pos[0], 0.01, "the catalog's width is back");
            assertEquals(wanted[1], pos[1], 0.01, "the inspector's width is back");
            second[0].close();
        });
        // and lecture mode
        robot.interact(() -> window.presentationProperty().set(true));
        robot.interact(() -> {
            MainWindow third = new MainWindow(new MainViewModel(restarted()),
                    new Stage());
            assertTrue(third.presentationProperty().get(), "lecture mode is back");
            assertFalse(third.sidePanelsProperty().get());
        });
    }

    @Test
    void lectureModeGrowsTheMatrixAndDiagramsToFillTheViewWithEveryLabelWhole(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        h.await(() -> h.active().solve().rows().size() == 3);
        DocumentView v = window.viewOf(h.active());
        PayoffGrid grid = v.grid();
        double before = grid.tableSize().getWidth();
        assertEquals(1, grid.fitScale(), 1e-9, "outside lecture mode the table keeps its size");
        robot.push(KeyCode.F11);
        h.settle();
        h.await(() -> grid.fitScale() > 1.5);
        var size = grid.tableSize();
        assertTrue(size.getWidth() > 1.5 * before, "the matrix grew: " + before + " -> " + size.getWidth());
        assertTrue(size.getWidth() >= 0.8 * (grid.getWidth() - 24) || size.getHeight() >= 0.8 * (grid.getHeight() - 24),
                "the matrix fills its view: " + size + " in " + grid.getWidth() + "×" + grid.getHeight());
        assertTrue(size.getWidth() <= grid.getWidth() && size.getHeight() <= grid.getHeight(), "and stays inside it");
        shot(robot, stage.getScene(), "05c-presentation");
        robot.interact(() -> window.sideBySideProperty().set(true));
        h.settle();
        h.await(() -> v.diagrams().getWidth() > 0 && grid.fitScale() > 1.2);
        Node diagram0 = robot.lookup("#diagram0").query();
        assertTrue(diagram0.getBoundsInParent().getWidth() > 250 && diagram0.getBoundsInParent().getHeight() > 250,
                "the square fills its share of the view: " + diagram0.getBoundsInParent());
        shot(robot, stage.getScene(), "05d-lecture-side-by-side");
        assertEquals(0, v.diagrams().shortenedLabels(), "no diagram title, axis or legend label is shortened");
        assertEquals(List.of(), shortenedLabels(window), "no label of the window is shortened");
        robot.interact(() -> {
            window.sideBySideProperty().set(false);
            window.presentationProperty().set(false);
        });
        h.await(() -> grid.fitScale() == 1);
    }

    /** A tab's content that describes itself, as the Dynamics tab and the labs do. */
    static final class StubDescribedTab extends javafx.scene.layout.StackPane
            implements org.gtlab.ui.workspace.TabDescription {
        String title = "Stub lab";
        String status = "2 runs · 1 active";
        String inspector = "Game: stub\nRuns: 2";
        long version = 1;

        @Override
        public String tabTitle() {
            return title;
        }

        @Override
        public String statusLine() {
            return status;
        }

        @Override
        public String inspectorText() {
            return inspector;
        }

        @Override
        public long descriptionVersion() {
            return version;
        }
    }

    @Test
    void titleStatusAndInspectorDescribeTheActiveTabAndFollowItsChanges(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        h.await(() -> stage.getTitle() != null && stage.getTitle().equals("GT Lab — Battle of the Sexes"));
        javafx.scene.control.TabPane tabs = robot.lookup("#documents").queryAs(javafx.scene.control.TabPane.class);
        StubDescribedTab stub = new StubDescribedTab();
        javafx.scene.control.Tab top = new javafx.scene.control.Tab("Stub", stub);
        robot.interact(() -> {
            tabs.getTabs().add(top);
            tabs.getSelectionModel().select(top);
        });
        Label status = robot.lookup("#status").queryAs(Label.class);
        h.await(() -> "GT Lab — Stub lab".equals(stage.getTitle()) && "2 runs · 1 active".equals(status.getText()));
        h.await(() -> robot.lookup("#inspectorDescription").tryQuery().isPresent());
        assertTrue(texts(robot.lookup("#inspectorDescription").query()).contains("Runs: 2"));
        // a change is picked up once its version moves (polled)
        robot.interact(() -> {
            stub.status = "2 runs · 0 active";
            stub.inspector = "Game: stub\nRuns: 2 (done)";
        });
        h.settle();
        assertEquals("2 runs · 1 active", status.getText(), "nothing is re-read before the version changes");
        robot.interact(() -> stub.version++);
        h.await(() -> "2 runs · 0 active".equals(status.getText()));
        assertTrue(texts(robot.lookup("#inspectorDescription").query()).contains("Runs: 2 (done)"));
        // back to the document: today's behaviour
        robot.interact(() -> tabs.getSelectionModel().select(0));
        h.await(() -> "GT Lab — Battle of the Sexes".equals(stage.getTitle()));
        assertTrue(robot.lookup("#inspectorDescription").tryQuery().isEmpty());
        assertTrue(robot.lookup("#inspector").tryQuery().isPresent());
        // a described inner tab of a document counts too
        DocumentView v = window.viewOf(h.active());
        StubDescribedTab inner = new StubDescribedTab();
        inner.title = "Battle of the Sexes · inner";
        javafx.scene.control.Tab innerTab = new javafx.scene.control.Tab("Inner", inner);
        robot.interact(() -> {
            v.views().getTabs().add(innerTab);
            v.views().getSelectionModel().select(innerTab);
        });
        h.await(() -> "GT Lab — Battle of the Sexes · inner".equals(stage.getTitle()));
        robot.interact(() -> v.showMatrix());
        h.await(() -> "GT Lab — Battle of the Sexes".equals(stage.getTitle()));
    }

    @Test
    void theToolbarIsNotTruncatedAt1280(FxRobot robot) {
        HBox bar = robot.lookup(".main-toolbar").queryAs(HBox.class);
        for (Node n : bar.getChildren()) {
            if (n instanceof Button b) {
                assertTrue(b.getWidth() + 0.5 >= b.prefWidth(-1), b.getText() + " is cut: " + b.getWidth());
            }
        }
    }

    @Test
    void afterACrashSavedDocumentsAreReopenedAndRecoveredGamesAreSolved(FxRobot robot) throws Exception {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        Path saved = home.resolve("stag.json");
        GameFiles.save(saved, GameCatalog.get("stag-hunt").game());
        robot.interact(() -> window.open(saved));
        h.await(() -> vm.documents().size() == 1);
        robot.interact(() -> window.openCatalog(GameCatalog.get("battle-of-the-sexes")));
        robot.interact(() -> h.active().editor().commit(0, 0, 0, "5"));
        robot.interact(() -> vm.autosave());
        // "crash": a second session with the same files
        MainViewModel next = new MainViewModel(vm.services());
        List<String> lost = next.lostSessionDocuments();
        assertEquals(List.of("file: " + saved.toAbsolutePath()), lost);
        var items = next.recoverable();
        assertEquals(1, items.size());
        robot.interact(() -> {
            next.recover(items);
            next.reopenSession(lost);
        });
        h.await(() -> next.documents().size() == 2);
        DocumentViewModel recovered = next.documents().get(0);
        h.await(() -> recovered.solve().solvedGameProperty().get() == recovered.game());
        assertEquals(3, recovered.solve().rows().size(), "the recovered small game was solved again");
        robot.interact(next::endSession);
        assertTrue(new MainViewModel(vm.services()).lostSessionDocuments().isEmpty(), "a clean quit forgets them");
    }
}
