package org.gtlab.ui.qre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;
import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.figure.QreFigure;
import org.gtlab.io.recipe.RecipeKind;
import org.gtlab.io.recipe.Recipes;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.solve.logit.LogitSolver;
import org.gtlab.ui.app.StandardLabs;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.LabRoom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The QRE lab at 1280×800 on the synchronous background executor: registered, it refuses to work
 * without an open game (a visible message), draws each player's logit branch ending at the
 * solver's limit (matching pennies: ½,½ all along; battle of the sexes: the limit the solver
 * selects), shows chicken's published max-welfare CE (Aumann 1974: ½ on (C,C), ¼ on each of
 * (C,D), (D,C), 0 on (D,D)), and exports the QRE figure with a {@code qre} recipe.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class QreLabUiTest {

    /** Chicken as in CorrelatedEquilibriaTest (Aumann 1974): (C,C) 6,6; (C,D) 2,7; (D,C) 7,2; (D,D) 0,0. */
    static final NormalFormGame CHICKEN = NormalFormGame.bimatrix(new long[][] {{6, 2}, {7, 0}},
            new long[][] {{6, 7}, {2, 0}});

    @TempDir
    Path dir;

    private final AtomicReference<NormalFormGame> active = new AtomicReference<>();
    private QreLabView view;

    @Start
    void start(Stage stage) {
        LabRoom room = StandardLabs.all().stream().filter(r -> r.id().equals("qre")).findFirst()
                .orElseThrow(() -> new AssertionError("the QRE lab is not registered"));
        RunExecutor runs = RunExecutor.synchronous();
        LabContext ctx = new LabContext(() -> runs, StandardMethods.catalog(), new DirectExecutor(), active::get,
                new SimpleObjectProperty<>(ChartStyle.paper()));
        view = (QreLabView) room.open(ctx);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private void open(FxRobot robot, NormalFormGame g) {
        active.set(g);
        robot.clickOn("#qre-use-active");
    }

    private static double last(XYChart.Series s) {
        return s.y(s.size() - 1);
    }

    @Test
    void withoutAGameTheLabRefusesVisibly(FxRobot robot) {
        Label m = robot.lookup("#qre-message").queryAs(Label.class);
        assertEquals(QreLabModel.NO_GAME, m.getText());
        assertTrue(m.isVisible());
        assertNull(view.model().resultProperty().get());
        assertTrue(view.chartCanvases().isEmpty());
    }

    @Test
    void matchingPenniesBranchIsOneHalfAllAlong(FxRobot robot) {
        open(robot, GameCatalog.get("matching-pennies").game());
        assertFalse(view.model().runningProperty().get());
        assertEquals(2, view.chartCanvases().size());
        for (int p = 0; p < 2; p++) {
            XYChart c = view.shownChart(p);
            assertTrue(c.x().log());
            assertEquals(2, c.series().size());
            for (XYChart.Series s : c.series()) {
                assertTrue(s.size() > 10);
                for (int i = 0; i < s.size(); i++) {
                    assertEquals(0.5, s.y(i), 1e-9, "player " + p + " at lambda " + s.x(i));
                }
            }
            assertEquals("1/2", c.markers().get(0).label());
            assertEquals(XYChart.Shape.DIAMOND, c.markers().get(0).shape());
        }
        assertTrue(robot.lookup("#qre-message").queryAs(Label.class).getText().contains("(1/2, 1/2); (1/2, 1/2)"));
    }

    @Test
    void battleOfTheSexesBranchEndsAtTheSolversLimit(FxRobot robot) {
        NormalFormGame bos = GameCatalog.get("battle-of-the-sexes").game();
        open(robot, bos);
        LogitSolver.Limit limit = LogitSolver.limit(bos, org.gtlab.solve.logit.LogitBranch.Options.DEFAULT);
        assertTrue(limit.maxRegret() <= 1e-9, "limit regret " + limit.maxRegret());
        for (int p = 0; p < 2; p++) {
            XYChart c = view.shownChart(p);
            // λ starts after 0 and reaches the solver's 10⁶
            assertTrue(c.series().get(0).x(c.series().get(0).size() - 1) >= 1e6 - 1);
            for (int j = 0; j < 2; j++) {
                // the drawn branch ends within O(1/λ) of the limit, and the marker is the limit itself
                assertEquals(limit.profile()[p][j], last(c.series().get(j)), 1e-4, "player " + p + " strategy " + j);
                assertEquals(limit.profile()[p][j], c.markers().get(j).y(), 0);
            }
            // and starts near the uniform profile (λ → 0)
            assertEquals(0.5, c.series().get(0).y(0), 0.05);
        }
        // the branch's limit is a Nash equilibrium of BoS; its exact text is the marker's label
        assertTrue(limit.exact().isPresent());
        assertEquals(limit.exact().get().get(0).probability(0).toString(), view.shownChart(0).markers().get(0).label());
    }

    @Test
    void chickenShowsThePublishedMaxWelfareCorrelatedEquilibrium(FxRobot robot) {
        open(robot, CHICKEN);
        assertEquals("1/2", text(robot, "#ce-welfare-0-0"));
        assertEquals("1/4", text(robot, "#ce-welfare-0-1"));
        assertEquals("1/4", text(robot, "#ce-welfare-1-0"));
        assertEquals("0", text(robot, "#ce-welfare-1-1"));
        String summary = text(robot, "#ce-welfare-summary");
        assertTrue(summary.contains("21/4") && summary.contains("welfare 21/2"), summary);
        // max entropy: symmetric, all four cells shown as decimals
        assertEquals(text(robot, "#ce-entropy-0-1"), text(robot, "#ce-entropy-1-0"));
        assertTrue(text(robot, "#ce-entropy-summary").contains("entropy"));
    }

    @Test
    void qreFigureExportsWithARecipeThatReMakesIt(FxRobot robot) throws Exception {
        NormalFormGame bos = GameCatalog.get("battle-of-the-sexes").game();
        open(robot, bos);
        Path png = dir.resolve("qre.png");
        Path recipe = view.model().export(1, png);
        assertTrue(Files.size(png) > 1000);
        var r = Recipes.read(recipe, StandardMethods.catalog());
        assertEquals(RecipeKind.QRE, r.kind());
        XYChart again = (XYChart) org.gtlab.io.recipe.FigureMaker.chart(r, StandardMethods.catalog());
        XYChart shown = view.shownChart(1);
        assertEquals(shown.series().size(), again.series().size());
        for (int j = 0; j < shown.series().size(); j++) {
            assertArrayEquals(shown.series().get(j).ys(), again.series().get(j).ys(), 0);
            assertArrayEquals(shown.series().get(j).xs(), again.series().get(j).xs(), 0);
        }
        assertEquals(QreFigure.chart(bos, QreFigure.trace(bos), 1).caption(), again.caption());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
