package org.gtlab.ui.qre;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.workspace.LabContext;

/**
 * Screenshot of the QRE lab in a real 1280×800 window (test code, for docs/): opens the lab on
 * chicken (Aumann's payoffs), saves the window to {@code $GTLAB_SHOTS/qre-lab.png} and exits. Run
 * under Xvfb: {@code java -cp target/classes:target/test-classes:DEPS org.gtlab.ui.qre.QreLabShot$Main}.
 */
public final class QreLabShot extends Application {

    @Override
    public void start(Stage stage) {
        RunExecutor runs = RunExecutor.synchronous();
        NormalFormGame chicken = NormalFormGame.bimatrix(new long[][] {{6, 2}, {7, 0}}, new long[][] {{6, 7}, {2, 0}})
                .withStrategyLabels(java.util.List.of(java.util.List.of("Chicken", "Dare"),
                        java.util.List.of("Chicken", "Dare")));
        LabContext ctx = new LabContext(() -> runs, StandardMethods.catalog(), new DirectExecutor(), () -> chicken,
                new SimpleObjectProperty<>(ChartStyle.paper()));
        QreLabView view = new QreLabView(ctx);
        Scene scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.setTitle("GT Lab — QRE & correlated equilibria");
        stage.show();
        PauseTransition p = new PauseTransition(Duration.seconds(2));
        p.setOnFinished(e -> {
            try {
                String dir = System.getenv().getOrDefault("GTLAB_SHOTS", "target");
                Path out = Path.of(dir, "qre-lab.png");
                Files.createDirectories(out.getParent());
                javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.toFile());
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            Platform.exit();
        });
        p.play();
    }

    /** Launcher that is not an Application subclass (JavaFX on the class path). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(QreLabShot.class, args);
        }
    }
}
