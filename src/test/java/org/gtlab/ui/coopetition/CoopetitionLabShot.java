package org.gtlab.ui.coopetition;

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
import org.gtlab.run.RunExecutor;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.workspace.LabContext;

/**
 * Screenshot of the coopetition lab in a real 1280×800 window (test code, for docs/): opens the lab
 * on the S-LCD case, draws map 8 (log) and runs the Apache phases, then saves the window to
 * {@code $GTLAB_SHOTS/coopetition-lab.png} and exits. Run under Xvfb with JavaFX on the class path:
 * {@code java -cp target/classes:target/test-classes:DEPS org.gtlab.ui.coopetition.CoopetitionLabShot$Main}.
 */
public final class CoopetitionLabShot extends Application {

    @Override
    public void start(Stage stage) {
        RunExecutor runs = RunExecutor.synchronous();
        LabContext ctx = new LabContext(() -> runs, StandardMethods.catalog(), new DirectExecutor(), () -> null,
                new SimpleObjectProperty<>(ChartStyle.paper()));
        CoopetitionLabView view = new CoopetitionLabView(ctx);
        Scene scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.setTitle("GT Lab — Coopetition lab");
        stage.show();
        view.model().startRun("apache", java.util.Map.of(), 42);
        view.model().mapIdProperty().set("8-log");
        view.model().startMap(64, 64);
        PauseTransition p = new PauseTransition(Duration.seconds(3));
        p.setOnFinished(e -> {
            try {
                String dir = System.getenv().getOrDefault("GTLAB_SHOTS", "target");
                Path out = Path.of(dir, "coopetition-lab.png");
                Files.createDirectories(out.getParent());
                javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.toFile());
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            if (System.getenv("GTLAB_SHOT_STAY") == null) {
                Platform.exit();
            }
        });
        p.play();
    }

    /** Launcher that is not an Application subclass (JavaFX on the class path). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(CoopetitionLabShot.class, args);
        }
    }
}
