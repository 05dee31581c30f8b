package org.gtlab.ui.selfplay;

import org.gtlab.ui.workspace.OpenGameEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.gtlab.ui.workspace.RunListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.gtlab.chart.fx.ChartCanvas;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.selfplay.Preference;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.theme.Theme;
import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.RunRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The self-play lab at 1280 × 800 on the synchronous executor: the three-rater preset's winner and
 * rankings, precise refusals of a bad matrix and of unequal rankings, SPPO / optimistic runs drawn
 * on the simplex and as lines, Kuhn learners drawn by NashConv in the shared run list, the
 * "open in the editor" request, and cancelling on close. With {@code GTLAB_SHOTS=DIR} the window is
 * photographed.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SelfPlayLabTest {

    private final RunExecutor runs = RunExecutor.synchronous();
    private SelfPlayView view;
    private Stage stage;
    private final AtomicReference<OpenGameEvent> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        LabContext ctx = new LabContext(() -> runs, StandardMethods.catalog(), new DirectExecutor(), () -> null,
                new SimpleObjectProperty<>(ChartStyle.paper()));
        view = (SelfPlayView) new SelfPlayLab().open(ctx);
        StackPane root = new StackPane(view);
        root.addEventHandler(OpenGameEvent.OPEN_GAME, opened::set);
        Scene scene = new Scene(root, 1280, 800);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.setTitle("GT Lab — Self-play");
        stage.show();
    }

    @Test
    void preferenceModeShowsTheWinnerRefusesBadInputAndRunsLive(FxRobot robot) throws Exception {
        TextArea rank = robot.lookup("#preferenceRankings").queryAs(TextArea.class);
        assertTrue(rank.getText().contains("0.5000") && rank.getText().contains("0.2000")
                && rank.getText().contains("0.3000"), rank.getText());
        assertTrue(rank.getText().contains("Borda picks b"), rank.getText());
        // a bad matrix: P_12 + P_21 = 1.1 names the entries
        TextArea m = robot.lookup("#preferenceMatrix").queryAs(TextArea.class);
        Label msg = robot.lookup("#preferenceMessage").queryAs(Label.class);
        fx(() -> {
            m.setText("0.5 0.7 0.4\n0.4 0.5 0.75\n0.6 0.25 0.5\n");
            robot.lookup("#useMatrix").queryAs(Button.class).fire();
        });
        assertTrue(msg.getText().contains("P(1,2) + P(2,1)") && msg.getText().contains("expected 1"), msg.getText());
        fx(() -> {
            m.setText("0.5 0.6\n0.4 x\n");
            robot.lookup("#useMatrix").queryAs(Button.class).fire();
        });
        assertEquals("line 2, column 5: \"x\" is not a number", msg.getText());
        // rankings of unequal length
        TextArea r = robot.lookup("#raterRankings").queryAs(TextArea.class);
        fx(() -> {
            r.setText("0.5: a > b > c\n0.5: b > a\n");
            robot.lookup("#useRankings").queryAs(Button.class).fire();
        });
        assertTrue(msg.getText().contains("line 2 ranks 2 options") && msg.getText().contains("equal length"),
                msg.getText());
        fx(() -> {
            r.setText("0.40: a > b > c\n0.35: b > c > a\n0.25: c > a > b\n");
            robot.lookup("#useRankings").queryAs(Button.class).fire();
        });
        assertEquals(0.65, view.model().preference().get(0, 1), 1e-12);
        // SPPO exact, η = 0.3, 3000 steps: the simplex with the winner
        fx(() -> {
            robot.lookup("#preferenceEta").queryAs(TextField.class).setText("0.3");
            robot.lookup("#runPreference").queryAs(Button.class).fire();
        });
        RunRow sppo = view.model().runs().rows().get(0);
        assertEquals(RunStatus.COMPLETED, sppo.currentStatus());
        settle();
        ChartCanvas canvas = robot.lookup("#selfPlayPreferenceChart").queryAs(ChartCanvas.class);
        PortraitChart simplex = (PortraitChart) canvas.chartProperty().get();
        assertNotNull(simplex);
        assertEquals(2, simplex.curves().size());
        assertEquals(0.5, simplex.points().get(0).at(0), 1e-7, "the winner x* is marked");
        double[] avg = simplex.curves().get(1).point(simplex.curves().get(1).size() - 1);
        assertEquals(0.5, avg[0], 0.02, "the average closes in on x*");
        assertTrue(sppo.record().last().metric("kl_last") > sppo.record().get(0).metric("kl_last"),
                "plain Hedge's last iterate drifts away");
        shot("selfplay-hedge");
        // optimistic Hedge: the last iterate converges too
        fx(() -> {
            robot.lookup("#preferenceLearner").queryAs(ComboBox.class).getSelectionModel()
                    .select(SelfPlayLabModel.PreferenceLearner.OPTIMISTIC);
            robot.lookup("#preferenceEta").queryAs(TextField.class).setText("auto");
            robot.lookup("#runPreference").queryAs(Button.class).fire();
        });
        settle();
        RunRow opt = view.model().runs().rows().get(1);
        assertTrue(opt.record().last().metric("kl_last") < 1e-9, "optimistic last iterate: "
                + opt.record().last().metric("kl_last"));
        shot("selfplay-optimistic");
        fx(() -> robot.lookup("#preferenceLines").queryAs(ToggleButton.class).fire());
        settle();
        XYChart lines = (XYChart) canvas.chartProperty().get();
        assertEquals(6, lines.series().size(), "x_t and x̄_t of each option");
        assertEquals("iterates", view.model().preferenceRecipe(true).text("item", null));
        assertEquals(2, robot.lookup("#selfPlayRuns").queryAs(RunListView.class).rowViews().size());
        // bad η: one message naming it
        fx(() -> {
            robot.lookup("#preferenceEta").queryAs(TextField.class).setText("-1");
            robot.lookup("#runPreference").queryAs(Button.class).fire();
        });
        assertTrue(msg.getText().contains("eta"), msg.getText());
        assertEquals(2, view.model().runs().rows().size(), "a refused run is not listed");
    }

    @Test
    void kuhnModeRunsTheEstimatorsNfspAndXfpAndOffersTheNormalForm(FxRobot robot) throws Exception {
        fx(() -> robot.lookup("#selfPlayModes").queryAs(TabPane.class).getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ComboBox<SelfPlayLabModel.Estimator> est = robot.lookup("#advantageEstimator").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<SelfPlayLabModel.KuhnLearner> learner = robot.lookup("#kuhnLearner").queryAs(ComboBox.class);
        TextField steps = robot.lookup("#kuhnSteps").queryAs(TextField.class);
        fx(() -> {
            steps.setText("300");
            est.setValue(SelfPlayLabModel.Estimator.MARS);
            robot.lookup("#runKuhn").queryAs(Button.class).fire();
            est.setValue(SelfPlayLabModel.Estimator.RAE);
            robot.lookup("#runKuhn").queryAs(Button.class).fire();
            learner.setValue(SelfPlayLabModel.KuhnLearner.NFSP);
            steps.setText("20");
            robot.lookup("#runKuhn").queryAs(Button.class).fire();
            learner.setValue(SelfPlayLabModel.KuhnLearner.XFP);
            steps.setText("300");
            robot.lookup("#runKuhn").queryAs(Button.class).fire();
        });
        assertTrue(est.isDisabled(), "the estimator belongs to REINFORCE");
        settle();
        List<RunRow> rows = view.model().runs().rows();
        assertEquals(4, rows.size());
        assertEquals(List.of("reinforce", "reinforce", "nfsp", "xfp"), rows.stream().map(x -> x.spec().method()).toList());
        assertEquals("mars", rows.get(0).spec().params().asMap().get("baseline"));
        rows.forEach(x -> assertEquals(RunStatus.COMPLETED, x.currentStatus(), x.name()));
        XYChart nc = (XYChart) robot.lookup("#selfPlayKuhnChart").queryAs(ChartCanvas.class).chartProperty().get();
        assertEquals(4, nc.series().size());
        assertTrue(rows.get(3).record().last().metric("nash_conv") < 0.05, "XFP after 300 iterations");
        assertNull(view.model().preferenceRecipe(false), "a Kuhn run has no simplex");
        shot("selfplay-kuhn");
        fx(() -> robot.lookup("#openKuhnNormalForm").queryAs(Button.class).fire());
        assertNotNull(opened.get());
        assertEquals(27, opened.get().game().numStrategies(0));
        assertEquals(64, opened.get().game().numStrategies(1));
        // the seed papers without a game mechanism are listed in the lab, one line each with why (spec §9)
        String papers = robot.lookup("#seedPapersText").queryAs(javafx.scene.control.Label.class).getText();
        assertEquals(org.gtlab.selfplay.SeedPapers.withoutGameMechanism().size() + 1, papers.strip().split("\n").length);
        for (org.gtlab.selfplay.SeedPapers.Paper p : org.gtlab.selfplay.SeedPapers.withoutGameMechanism()) {
            assertTrue(papers.contains(p.name() + " (") && papers.contains(p.why()), p.name());
        }
    }

    @Test
    void closingTheLabCancelsItsRuns() {
        // a run paused at its first snapshot stays active until the tab closes
        view.model().runs().addRunListener(new org.gtlab.run.RunListener() {
            @Override
            public void snapshot(org.gtlab.run.RunHandle run, org.gtlab.run.Snapshot s) {
                if (s.step() == 0) {
                    run.pause();
                }
            }
        });
        fx(() -> view.model().startPreference(SelfPlayLabModel.PreferenceLearner.SPPO_EXACT, Double.NaN, 1000, 1));
        RunRow r = view.model().runs().rows().get(0);
        assertTrue(r.isActive(), r.currentStatus().toString());
        fx(view::close);
        assertEquals(RunStatus.CANCELLED, r.currentStatus());
    }

    @Test
    void theParsersNameTheLineAndTheEntry() {
        Preference p = SelfPlayLabModel.parseMatrix("# three raters\n1/2 13/20 2/5\n7/20 1/2 3/4\n3/5 1/4 1/2\n");
        assertEquals(0.65, p.get(0, 1), 1e-15);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SelfPlayLabModel.parseMatrix(
                "0.5 0.5\n0.5 0.4")).getMessage().contains("P(2,2)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SelfPlayLabModel.parseMatrix(
                "0.5 0.5 0.5\n0.5 0.5")).getMessage().contains("row 1 has 3 entries"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SelfPlayLabModel.parseRankings(
                "0.5: a > b\n0.5: a > d")).getMessage().contains("line 2: option \"d\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SelfPlayLabModel.parseRankings(
                "0.5: a > b\n0.4: b > a")).getMessage().contains("sum to"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SelfPlayLabModel.parseRankings(
                "a > b")).getMessage().startsWith("line 1"));
    }

    private static void fx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(20_000, r);
    }

    private void settle() {
        fx(() -> view.model().runs().tick());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name) throws IOException {
        String dir = System.getenv("GTLAB_SHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path d = Path.of(dir);
        Files.createDirectories(d);
        WritableImage[] img = new WritableImage[1];
        fx(() -> img[0] = stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", d.resolve(name + ".png").toFile());
    }
}
