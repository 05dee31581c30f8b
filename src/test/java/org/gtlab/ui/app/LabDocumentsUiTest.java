package org.gtlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.gtlab.game.GameCatalog;
import org.gtlab.io.RepeatedFiles;
import org.gtlab.repeated.RepeatedDocument;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.common.Settings;
import org.gtlab.ui.handles.MainWindowHandle;
import org.gtlab.ui.repeated.RepeatedLabView;
import org.gtlab.ui.theme.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A lab's own documents through the shell (issue 13 §4 with the lab platform's LabRoom hook):
 * File ▸ Open (and recent files, drag-and-drop: one path) of a repeated-game document opens the
 * Repeated games lab on it instead of the matrix editor; File ▸ New repeated game opens the lab with
 * a new document; a broken document is refused with its file:line:column in the dialog, nothing opened
 * in the editor.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LabDocumentsUiTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(home, "session");
        org.gtlab.run.RunExecutor runs = org.gtlab.run.RunExecutor.synchronous();
        vm = new MainViewModel(new AppServices(new FxBackgroundExecutor(), () -> runs,
                org.gtlab.run.methods.StandardMethods.catalog(), Solvers.all(), new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(dir.resolve("recovery")), new Settings(dir.resolve("settings.properties"))));
        window = new MainWindow(vm, stage);
        window.lab().useExecutor(() -> runs);
        Scene scene = new Scene(window, 1280, 800);
        window.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    private Tab selectedTab(FxRobot robot) {
        return robot.lookup("#documents").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
    }

    @Test
    void openingARepeatedGameDocumentOpensTheRepeatedGamesLabOnIt(FxRobot robot) throws Exception {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        Path f = home.resolve("stag-repeated.json");
        RepeatedDocument d = RepeatedDocument.of(GameCatalog.get("stag-hunt").game()).with(17, 1.0, 0.0,
                java.util.List.of("tit-for-tat", "defector"));
        RepeatedFiles.write(d, f);
        robot.interact(() -> window.open(f));
        h.settle();
        Tab t = selectedTab(robot);
        assertNotNull(t);
        assertEquals("labRoomTab-repeated-games", t.getId(), "the lab's tab, not a matrix document");
        RepeatedLabView v = (RepeatedLabView) t.getContent();
        assertEquals(f, v.viewModel().documentPathProperty().get());
        assertEquals(17, v.viewModel().turnsProperty().get(), "the document's horizon");
        assertEquals(0, vm.documents().size(), "nothing opened in the matrix editor");
        assertTrue(vm.recent().files().contains(f), "the document is in the recent files");
    }

    @Test
    void fileNewRepeatedGameOpensTheLabWithANewDocument(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        MenuItem item = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "new-repeated-games".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("New repeated game", item.getText());
        robot.interact(item::fire);
        h.settle();
        Tab t = selectedTab(robot);
        assertEquals("labRoomTab-repeated-games", t.getId());
        RepeatedLabView v = (RepeatedLabView) t.getContent();
        assertEquals(null, v.viewModel().documentPathProperty().get(), "a new, unsaved document");
    }

    @Test
    void aBrokenRepeatedGameDocumentIsRefusedWithItsPosition(FxRobot robot) throws Exception {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        Path f = home.resolve("broken-repeated.json");
        Files.writeString(f, "{\"format\": \"gtlab-repeated-game\", \"version\": 1}");
        robot.interact(() -> window.open(f));
        h.settle();
        assertNotNull(vm.problemProperty().get(), "a dialog says why");
        String said = vm.problemProperty().get().message();
        assertTrue(said.contains("broken-repeated.json:1:"), said);
        assertTrue(said.contains("stage"), said);
        assertEquals(0, vm.documents().size());
    }
}
