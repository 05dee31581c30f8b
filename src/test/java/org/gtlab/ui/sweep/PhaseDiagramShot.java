package org.gtlab.ui.sweep;

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
 * Screenshot of Lab ▸ Phase diagram without a game (test code, for docs/): coopetition map
 * {@code $GTLAB_MAP} (default 2) drawn with its contours in a 1280×800 window, saved to
 * {@code $GTLAB_SHOTS/phase-diagram-coop-map.png} (or {@code $GTLAB_SHOT_NAME.png}; window {@code $GTLAB_SIZE}, e.g.
 * 800x560; {@code GTLAB_LECTURE=1} for lecture mode's larger font). Run under Xvfb with JavaFX on the class path:
 * {@code java -cp target/classes:target/test-classes:DEPS org.gtlab.ui.sweep.PhaseDiagramShot$Main}.
 */
public final class PhaseDiagramShot extends Application {

    @Override
    public void start(Stage stage) {
        RunExecutor runs = RunExecutor.synchronous();
        LabContext ctx = new LabContext(() -> runs, StandardMethods.catalog(), new DirectExecutor(), () -> null,
                new SimpleObjectProperty<>(ChartStyle.paper()));
        PhaseDiagramView view = (PhaseDiagramView) new PhaseDiagramLab().open(ctx);
        String[] size = System.getenv().getOrDefault("GTLAB_SIZE", "1280x800").split("x");
        Scene scene = new Scene(view, Double.parseDouble(size[0]), Double.parseDouble(size[1]));
        if (System.getenv("GTLAB_LECTURE") != null) {
            // lecture mode's look: the main window's "presentation" class and its larger font (21 px)
            view.getStyleClass().add("presentation");
            view.setStyle("-fx-font-size: 21px;");
        }
        stage.setScene(scene);
        stage.setTitle("GT Lab — Phase diagram");
        stage.show();
        view.model().metricProperty().set(System.getenv().getOrDefault("GTLAB_MAP", "2"));
        view.model().start();
        PauseTransition p = new PauseTransition(Duration.seconds(2));
        p.setOnFinished(e -> {
            try {
                String dir = System.getenv().getOrDefault("GTLAB_SHOTS", "target");
                Path out = Path.of(dir, System.getenv().getOrDefault("GTLAB_SHOT_NAME", "phase-diagram-coop-map")
                        + ".png");
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
            Application.launch(PhaseDiagramShot.class, args);
        }
    }
}
