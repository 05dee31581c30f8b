package org.gtlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.gtlab.game.GameCatalog;
import org.gtlab.solve.catalog.Solvers;
import org.gtlab.ui.app.MainViewModel;
import org.gtlab.ui.app.MainWindow;
import org.gtlab.ui.common.FxBackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.dynamics.DynamicsView;
import org.gtlab.ui.dynamics.PortraitViewModel;
import org.gtlab.ui.theme.Theme;

/**
 * Screenshots of the Dynamics view and the payoff-slider frame-rate measurement (not a unit test).
 * Run under Xvfb with real glass:
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" java -cp target/classes:target/test-classes:<deps>
 * org.gtlab.bench.DynamicsViewShots\$Main OUT_DIR [WIDTHxHEIGHT] [dark]}. Writes PNGs and
 * {@code fps.txt} to OUT_DIR, then quits.
 *
 * <p>Frame rate: for 4 s the slider of a 3×3 game (rock–paper–scissors, replicator, basins on) is
 * moved on every JavaFX pulse; a frame is a new portrait drawn on the canvas. Reported: portraits per
 * second, the pulse rate and the mean compute time of one portrait.
 */
public final class DynamicsViewShots extends Application {

    private static Path out;
    private static double width = 1280;
    private static double height = 800;
    private static boolean dark;

    /** Entry point (a class that does not extend Application, so that JavaFX loads from the class path). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            DynamicsViewShots.main(args);
        }
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "target/shots");
        if (args.length > 1) {
            String[] wh = args[1].split("x");
            width = Double.parseDouble(wh[0]);
            height = Double.parseDouble(wh[1]);
        }
        dark = args.length > 2 && args[2].equals("dark");
        launch(args);
    }

    private MainWindow window;
    private MainViewModel vm;
    private Stage stage;
    private final List<Runnable> steps = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();
    private String suffix;
    private boolean measuring;

    @Override
    public void start(Stage s) throws IOException {
        stage = s;
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("gtlab-shots");
        vm = new MainViewModel(new FxBackgroundExecutor(), Solvers.all(), new RecentFiles(home.resolve("recent.txt")),
                new RecoveryStore(home.resolve("recovery")));
        window = new MainWindow(vm, stage);
        Scene scene = new Scene(window, width, height);
        window.applyTheme(scene, dark ? Theme.DARK : Theme.LIGHT);
        suffix = "-" + (int) width + "x" + (int) height + (dark ? "-dark" : "");
        stage.setScene(scene);
        stage.setTitle("GT Lab");
        stage.show();

        steps.add(() -> {
            window.openCatalog(GameCatalog.get("rock-paper-scissors"));
            window.viewOf(vm.getActive()).showDynamics();
        });
        steps.add(() -> measureFps("no runs"));
        steps.add(() -> {
            window.openCatalog(GameCatalog.get("coordination-3x3"));
            window.viewOf(vm.getActive()).showDynamics();
        });
        steps.add(() -> measureFps("coordination 3x3 with stable vertices, no runs"));
        steps.add(() -> shot("00-coordination"));
        steps.add(() -> window.openCatalog(GameCatalog.get("rock-paper-scissors")));
        steps.add(() -> {
            DynamicsView d = dyn();
            d.model().portrait().click(new double[] {0.6, 0.3, 0.1});
            d.model().launcher().selectMethod("fp");
            d.model().launcher().stepsProperty().set("20000000");
            d.startRun();
            d.model().launcher().selectMethod("hedge");
            d.model().launcher().stepsProperty().set("20000000");
            d.model().launcher().field("init").textProperty().set("random");
            d.startRun();
        });
        steps.add(() -> shot("01-dynamics-rps"));
        steps.add(() -> measureFps("2 runs active"));
        steps.add(() -> {
            DynamicsView d = dyn();
            d.model().runs().cancelAll();
            window.openCatalog(GameCatalog.get("battle-of-the-sexes"));
            window.viewOf(vm.getActive()).showDynamics();
        });
        steps.add(() -> {
            DynamicsView d = dyn();
            d.model().portrait().click(new double[] {0.2, 0.9});
            d.model().launcher().selectMethod("replicator");
            d.model().launcher().field("init").textProperty().set("0.3,0.7;0.7,0.3");
            d.startRun();
            d.model().launcher().seedProperty().set("2");
            d.model().launcher().field("init").textProperty().set("random");
            d.startRun();
        });
        steps.add(() -> shot("02-dynamics-bos"));
        steps.add(() -> {
            window.openCatalog(GameCatalog.get("hawk-dove"));
            window.viewOf(vm.getActive()).showDynamics();
        });
        steps.add(() -> {
            DynamicsView d = dyn();
            d.model().portrait().click(new double[] {0.1});
            d.model().portrait().click(new double[] {0.9});
            d.model().launcher().selectMethod("replicator");
            d.startRun();
            d.model().launcher().seedProperty().set("2");
            d.model().launcher().field("init").textProperty().set("random");
            d.startRun();
            d.model().launcher().selectMethod("fp");
            d.startRun();
        });
        steps.add(() -> shot("03-dynamics-hawk-dove"));
        steps.add(() -> {
            try {
                Files.writeString(out.resolve("fps" + suffix + ".txt"), report.toString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            System.out.print(report);
            Platform.exit();
            System.exit(0);
        });
        next(2.5);
    }

    private DynamicsView dyn() {
        return window.viewOf(vm.getActive()).dynamics();
    }

    private void next(double seconds) {
        if (steps.isEmpty()) {
            return;
        }
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> {
            Runnable r = steps.remove(0);
            measuring = false;
            r.run();
            if (!measuring) {
                next(2.0);
            }
        });
        p.play();
    }

    private void shot(String name) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                    out.resolve(name + suffix + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void measureFps(String what) {
        DynamicsView d = dyn();
        PortraitViewModel p = d.model().portrait();
        measuring = true;
        long frames0 = d.portraitFrames();
        long ticks0 = d.ticks();
        double fm0 = d.frameMillis();
        long computed0 = p.computedCount();
        long[] pulses = {0};
        long start = System.nanoTime();
        double lo = p.minProperty().get();
        double hi = p.maxProperty().get();
        AnimationTimer t = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses[0]++;
                double phase = (now - start) / 1e9;
                // sweep the slider back and forth once every 2 s
                double u = 0.5 - 0.5 * Math.cos(Math.PI * phase);
                p.valueProperty().set(lo + (hi - lo) * u);
                if (now - start > 4_000_000_000L) {
                    stop();
                    double secs = (now - start) / 1e9;
                    long frames = d.portraitFrames() - frames0;
                    report.append(String.format(Locale.ROOT,
                            "payoff slider, 3x3 game (replicator, %s, " + what + "): %.1f portraits/s drawn over %.1f s "
                                    + "(%d portraits, %d pulses = %.1f pulses/s, %d computed, last compute %.1f ms)%n",
                            p.basinsProperty().get() ? "basins on" : "basins off", frames / secs, secs, frames,
                            pulses[0], pulses[0] / secs, p.computedCount() - computed0, p.lastMillis()));
                    long tk = d.ticks() - ticks0;
                    report.append(String.format(Locale.ROOT, "   run sampling on the FX thread: %d ticks, %.2f ms each%n",
                            tk, tk == 0 ? 0 : (d.frameMillis() - fm0) / tk));
                    next(0.5);
                }
            }
        };
        t.start();
    }
}
