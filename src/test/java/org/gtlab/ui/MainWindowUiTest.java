package org.gtlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.gtlab.eval.Evaluation;
import org.gtlab.math.Rational;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.app.ErrorHandler;
import org.gtlab.ui.app.MainViewModel;
import org.gtlab.ui.app.MainWindow;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.ui.handles.MainWindowHandle;
import org.gtlab.ui.solve.EquilibriumRow;
import org.gtlab.ui.theme.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;

/** Whole flows through the real window, headless under Monocle (mvn test), or under Xvfb with -Dgui. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(new FxBackgroundExecutor(), Solvers.all(), new RecentFiles(home.resolve("recent.txt")),
                new RecoveryStore(home.resolve("recovery")));
        window = new MainWindow(vm, stage);
        Scene scene = new Scene(window, 1280, 800);
        window.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.setTitle("GT Lab");
        stage.show();
    }

    @Test
    void catalogGameEditSolveMarksHighlightExportUndo(FxRobot robot) throws Exception {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        h.openFromCatalog("Battle of the Sexes");
        verifyThat("#payoffGrid", NodeMatchers.isVisible());
        h.await(() -> h.active().solve().rows().size() == 3);
        var original = h.active().game();

        // change a payoff by typing into the grid: cursor starts on player 1's payoff of the first cell
        h.typeInGrid("5");
        assertEquals(Rational.of(5), h.active().game().payoff(0, 0, 0));
        // the equilibria are recomputed for the new game (small games re-solve on every edit)
        h.await(() -> h.active().solve().solvedGameProperty().get() == h.active().game()
                && !h.active().solve().runningProperty().get());
        assertEquals(3, h.active().solve().rows().size());
        for (EquilibriumRow r : h.active().solve().rows()) {
            assertTrue(Evaluation.isNash(h.active().game(), r.profile()));
        }
        assertTrue(h.active().solve().rows().stream().anyMatch(r -> r.profileText(false).startsWith("(3/5, 2/5)  (2/7, 5/7)")),
                "the mixed equilibrium moved: player 2 now mixes 2/7, 5/7");

        // best-response marks on
        robot.clickOn("#marksToggle");
        assertTrue(h.active().editor().bestResponseMarksProperty().get());

        // selecting an equilibrium highlights its support
        // the row cell showing row 0 (lookup order is the scene graph's, not the rows')
        robot.clickOn(robot.lookup("#equilibria .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.getIndex() == 0).findFirst().orElseThrow());
        h.settle();
        assertEquals(0, h.active().solve().selectedProperty().get());
        EquilibriumRow first = h.active().solve().rows().get(0);
        int row = first.profile().get(0).support()[0];
        assertEquals(org.gtlab.chart.model.PayoffTable.LineState.HIGHLIGHTED, h.active().solve().row(row));

        // export the matrix to PDF and LaTeX
        Path pdf = home.resolve("bos.pdf");
        Path tex = home.resolve("bos.tex");
        robot.interact(() -> {
            window.exportMatrix(ExportFormat.PDF, pdf);
            window.exportMatrix(ExportFormat.LATEX, tex);
        });
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
        String latex = Files.readString(tex);
        assertTrue(latex.contains("\\underline{$5$}"), "the edited, marked payoff is in the LaTeX");
        // one recipe per exported file (the PDF's and the TeX's do not overwrite each other)
        assertTrue(Files.exists(home.resolve("bos.pdf.recipe.json")));
        assertTrue(Files.exists(home.resolve("bos.tex.recipe.json")));

        // undo the change with the keyboard (focus back on the grid, as after a click)
        robot.interact(() -> window.viewOf(h.active()).grid().requestFocus());
        h.shortcut(KeyCode.Z);
        assertEquals(Rational.of(3), h.active().game().payoff(0, 0, 0), "undo: " + h.active().editor().messageProperty().get());
        assertSame(original, h.active().game());
        h.shortcut(KeyCode.Y);
        assertEquals(Rational.of(5), h.active().game().payoff(0, 0, 0));
    }

    @Test
    void aNonNumberIsMarkedInPlaceAndTheGameIsKept(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> vm.newDocument());
        h.settle();
        var before = h.active().game();
        h.typeInGrid("abc");
        assertSame(before, h.active().game());
        assertEquals("abc", h.active().editor().text(0, 0, 0));
        Label msg = robot.lookup("#editorMessage").queryAs(Label.class);
        assertTrue(msg.getText().contains("not a number"), msg.getText());
        assertTrue(msg.getStyleClass().contains("warning"));
    }

    @Test
    void anUncaughtErrorShowsAShortMessageAndKeepsTheWork(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        robot.interact(() -> vm.newDocument().editor().commit(0, 0, 0, "4"));
        ErrorHandler handler = new ErrorHandler(vm, window.getScene().getWindow());
        robot.interact(() -> handler.uncaughtException(Thread.currentThread(), new IllegalStateException("boom")));
        h.settle();
        assertTrue(vm.statusProperty().get().startsWith("Internal error: IllegalStateException: boom"),
                vm.statusProperty().get());
        assertEquals(1, vm.documents().size());
        assertEquals(Rational.of(4), h.active().game().payoff(0, 0, 0));
        assertEquals(1, new RecoveryStore(home.resolve("recovery")).list().stream()
                .filter(r -> r.id().equals(h.active().id())).count(), "autosaved at once");
        robot.lookup(".dialog-pane").queryAll().forEach(n -> robot.interact(() -> n.getScene().getWindow().hide()));
    }

    @Test
    void themeSwitchesToDarkAndBackWithTheShortcut(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        h.shortcut(KeyCode.SHIFT, KeyCode.T);
        assertEquals(Theme.DARK, vm.themeProperty().get());
        h.shortcut(KeyCode.SHIFT, KeyCode.T);
        assertEquals(Theme.LIGHT, vm.themeProperty().get());
    }

    @Test
    void copyPutsTheMatrixOrTheShownDiagramOnTheClipboardAsLatex(FxRobot robot) {
        MainWindowHandle h = new MainWindowHandle(robot, window);
        h.openFromCatalog("Battle of the Sexes");
        h.await(() -> h.active().solve().rows().size() == 3);
        robot.interact(() -> window.actions().get("copyLatex").run().run());
        String matrix = clipboardText(robot);
        assertTrue(matrix.contains("\\begin{tabular}"), matrix);
        robot.interact(() -> window.viewOf(h.active()).showDiagrams());
        h.settle();
        robot.interact(() -> window.actions().get("copyLatex").run().run());
        String diagram = clipboardText(robot);
        assertTrue(diagram.contains("\\begin{tikzpicture}"), diagram);
        robot.interact(() -> window.actions().get("copyImage").run().run());
        boolean[] image = new boolean[1];
        robot.interact(() -> image[0] = javafx.scene.input.Clipboard.getSystemClipboard().hasImage());
        assertTrue(image[0], "an image is on the clipboard");
    }

    private static String clipboardText(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return out[0] == null ? "" : out[0];
    }
}
