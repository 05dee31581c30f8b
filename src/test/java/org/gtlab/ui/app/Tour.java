package org.gtlab.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import javax.imageio.ImageIO;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.gtlab.game.GameCatalog;
import org.gtlab.solve.NashSolver;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.ui.theme.Theme;

/**
 * A scripted walk through the real window for screenshots and measurements
 * ({@code GTLAB_TOUR=DIR}): battle of the sexes with best replies and the mixed equilibrium
 * selected, its diagrams (light and dark), the dark theme, a three-player game, and a random 15×15 game solved
 * while a frame monitor records the longest gap between JavaFX pulses. Writes PNGs, exports and
 * {@code timings.txt} to DIR, then quits.
 */
final class Tour {

    private final MainWindow window;
    private final MainViewModel vm;
    private final Stage stage;
    private final Path dir;
    private final LongSupplier ready;
    private final List<Runnable> steps = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();
    private long maxGapNanos;
    private long lastFrame;
    private boolean monitoring;
    private javafx.scene.control.Dialog<?> exportDialog;
    private long t500;

    Tour(MainWindow window, MainViewModel vm, Stage stage, Path dir, LongSupplier ready) {
        this.window = window;
        this.vm = vm;
        this.stage = stage;
        this.dir = dir;
        this.ready = ready;
    }

    void start() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + dir, e);
        }
        String mode = System.getenv("GTLAB_TOUR_MODE");
        if ("edit".equals(mode)) {
            crashEdit();
            return;
        }
        if ("recover".equals(mode)) {
            crashRecover();
            return;
        }
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (monitoring && lastFrame != 0) {
                    maxGapNanos = Math.max(maxGapNanos, now - lastFrame);
                }
                lastFrame = now;
            }
        };
        frames.start();
        steps.add(() -> shot("01-start"));
        steps.add(() -> {
            report.append("window usable after JVM start: ").append(ready.getAsLong()).append(" ms\n");
            window.openCatalog(GameCatalog.get("battle-of-the-sexes"));
            vm.getActive().editor().bestResponseMarksProperty().set(true);
        });
        steps.add(() -> {
            var s = vm.getActive().solve();
            if (s.rows().size() > 2) {
                s.selectedProperty().set(1);
            }
        });
        steps.add(() -> {
            shot("02-battle-of-the-sexes");
            window.exportMatrix(ExportFormat.PDF, dir.resolve("bos-matrix.pdf"));
            window.exportMatrix(ExportFormat.LATEX, dir.resolve("bos-matrix.tex"));
            window.exportMatrix(ExportFormat.SVG, dir.resolve("bos-matrix.svg"));
            window.exportMatrix(ExportFormat.PNG, dir.resolve("bos-matrix.png"));
        });
        steps.add(() -> {
            exportDialog = window.exportDialogFor();
            exportDialog.show();
        });
        steps.add(() -> {
            shotOf(exportDialog.getDialogPane().getScene(), "02b-export-dialog");
            exportDialog.close();
            showDialog(window.shortcutsDialog());
        });
        steps.add(() -> shotDialog("02c-shortcuts-dialog"));
        steps.add(() -> showDialog(window.randomDialogFor()));
        steps.add(() -> shotDialog("02d-random-dialog"));
        steps.add(() -> showDialog(window.unsavedDialogFor("Battle of the Sexes")));
        steps.add(() -> shotDialog("02e-unsaved-dialog"));
        steps.add(() -> showDialog(window.recoveryDialogFor(List.of(), List.of("file: /home/teacher/lecture-3.nfg",
                "file: /home/teacher/homework/prisoners-dilemma.json", "catalog: stag-hunt"))));
        steps.add(() -> shotDialog("02f-recovery-dialog"));
        steps.add(() -> {
            try {
                Path bad = dir.resolve("broken.nfg");
                Files.writeString(bad, "NFG 1 R \"broken\" { \"P1\" \"P2\" } { 2 2 }\n\n1 2 3 oops\n");
                window.open(bad);
            } catch (IOException e) {
                report.append("could not write broken.nfg: ").append(e).append('\n');
            }
        });
        steps.add(() -> {
            for (javafx.stage.Window w : new ArrayList<>(javafx.stage.Window.getWindows())) {
                if (w != stage && w.isShowing() && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane) {
                    shotOf(w.getScene(), "02g-open-error-dialog");
                    ((javafx.stage.Stage) w).close();
                }
            }
            window.viewOf(vm.getActive()).showDiagrams();
        });
        steps.add(() -> shot("03-diagrams"));
        steps.add(() -> window.applyTheme(stage.getScene(), Theme.DARK));
        steps.add(() -> {
            shot("03b-diagrams-dark");
            window.viewOf(vm.getActive()).showMatrix();
        });
        steps.add(() -> shot("04-dark"));
        steps.add(() -> {
            window.applyTheme(stage.getScene(), Theme.LIGHT);
            window.openCatalog(GameCatalog.get("three-player-matching-pennies"));
            vm.getActive().editor().bestResponseMarksProperty().set(true);
        });
        steps.add(() -> {
            shot("05-three-players");
            window.viewOf(vm.getActive()).showDiagrams();
        });
        steps.add(() -> {
            shot("05a-three-players-diagrams");
            window.viewOf(vm.getActive()).showMatrix();
        });
        steps.add(() -> {
            window.openCatalog(GameCatalog.get("gibbons-2x3"));
            var s = vm.getActive().solve();
            s.methods().stream().filter(m -> m.name().equals("dominance")).findFirst()
                    .ifPresent(m -> s.methodProperty().set(m));
        });
        steps.add(() -> vm.getActive().solve().stepForward());
        steps.add(() -> shot("05b-dominance-stepper"));
        steps.add(() -> window.presentationProperty().set(true));
        steps.add(() -> {
            shot("05c-presentation");
            window.openCatalog(GameCatalog.get("battle-of-the-sexes"));
            window.sideBySideProperty().set(true);
        });
        steps.add(() -> {
            shot("05d-lecture-side-by-side");
            window.presentationProperty().set(false);
        });
        steps.add(() -> {
            shot("05e-side-by-side");
            window.sideBySideProperty().set(false);
        });
        steps.add(() -> {
            vm.newDocument();
            vm.getActive().editor().randomGame(15, 15, 0, 99, 15);
            vm.getActive().solve().autoSolveProperty().set(false);
        });
        solveStep = steps.size();
        steps.add(this::solveLarge);
        steps.add(() -> {
            maxGapNanos = 0;
            lastFrame = 0;
            monitoring = true;
            t500 = System.nanoTime();
            window.randomGame(500, 500, 0, 99, 500);
        });
        steps.add(() -> {
            var ed = vm.getActive().editor();
            ed.bestResponseMarksProperty().set(true);
            ed.moveCursor(250, 250, false);
            window.viewOf(vm.getActive()).grid().ensureCursorVisible();
        });
        steps.add(() -> {
            monitoring = false;
            report.append(String.format(Locale.ROOT, "500x500 random game generated, marked and scrolled to the"
                    + " middle; game in editor: %s; longest FX frame gap %.1f ms%n",
                    vm.getActive().editor().rows() == 500, maxGapNanos / 1e6));
            shot("07-random-500x500");
            finish();
        });
        run(0);
    }

    /**
     * Crash test, first half: opens battle of the sexes, changes a payoff and types a non-number,
     * waits for the autosave, then says so on standard error and waits to be killed.
     */
    private void crashEdit() {
        PauseTransition p = new PauseTransition(Duration.millis(500));
        p.setOnFinished(e -> {
            window.openCatalog(GameCatalog.get("battle-of-the-sexes"));
            var ed = vm.getActive().editor();
            ed.commit(0, 0, 0, "7");
            ed.commit(1, 1, 1, "typo?");
            PauseTransition wait = new PauseTransition(Duration.seconds(GtLabApp.AUTOSAVE_SECONDS + 1));
            wait.setOnFinished(x -> System.err.println("GT Lab tour: edited and autosaved"));
            wait.play();
        });
        p.play();
    }

    /** Crash test, second half: recovers what the killed app left and writes what came back. */
    private void crashRecover() {
        var items = vm.recoverable();
        vm.recover(items);
        StringBuilder b = new StringBuilder("recovered=" + items.size() + "\n");
        if (vm.getActive() != null) {
            var ed = vm.getActive().editor();
            b.append("payoff=").append(ed.getGame().payoff(0, 0, 0)).append('\n');
            b.append("text=").append(ed.text(1, 1, 1)).append('\n');
            b.append("dirty=").append(vm.getActive().isDirty()).append('\n');
        }
        try {
            Files.writeString(dir.resolve("recovered.txt"), b.toString());
        } catch (IOException e) {
            System.err.println("GT Lab tour: " + e);
        }
        Platform.exit();
    }

    private void run(int i) {
        if (i >= steps.size()) {
            return;
        }
        PauseTransition p = new PauseTransition(Duration.millis(i == 0 ? 1200 : 900));
        p.setOnFinished(e -> {
            try {
                steps.get(i).run();
            } catch (RuntimeException ex) {
                report.append("step ").append(i).append(" failed: ").append(ex).append('\n');
            }
            if (i < steps.size() - 1 && !waitsForSolve(i)) {
                run(i + 1);
            }
        });
        p.play();
    }

    private int stepsAfterSolve;

    private boolean waitsForSolve(int i) {
        return i == solveStep;
    }

    private int solveStep = -1;

    private void solveLarge() {
        stepsAfterSolve = solveStep + 1;
        var solve = vm.getActive().solve();
        List<NashSolver> methods = new ArrayList<>(solve.methods());
        solveNext(methods, 0);
    }

    private void solveNext(List<NashSolver> methods, int i) {
        var solve = vm.getActive().solve();
        if (i >= methods.size()) {
            shot("06-random-15x15");
            run(stepsAfterSolve);
            return;
        }
        NashSolver m = methods.get(i);
        solve.autoSolveProperty().set(false);
        solve.methodProperty().set(m);
        maxGapNanos = 0;
        lastFrame = 0;
        monitoring = true;
        long t0 = System.nanoTime();
        solve.solve();
        PauseTransition poll = new PauseTransition(Duration.millis(100));
        poll.setOnFinished(e -> {
            double secs = (System.nanoTime() - t0) / 1e9;
            if (solve.runningProperty().get() && secs < 10) {
                poll.playFromStart();
                return;
            }
            boolean cancelled = solve.runningProperty().get();
            if (cancelled) {
                solve.cancel();
            }
            monitoring = false;
            report.append(String.format(Locale.ROOT, "15x15 random (seed 15), %s: %s after %.2f s; longest FX frame gap"
                    + " %.1f ms%n", m.name(), cancelled ? "cancelled" : solve.statusProperty().get(), secs,
                    maxGapNanos / 1e6));
            solveNext(methods, i + 1);
        });
        poll.play();
    }

    private javafx.scene.control.Dialog<?> shownDialog;

    private void showDialog(javafx.scene.control.Dialog<?> d) {
        shownDialog = d;
        d.show();
    }

    private void shotDialog(String name) {
        shotOf(shownDialog.getDialogPane().getScene(), name);
        shownDialog.close();
        if (shownDialog.isShowing()) {
            shownDialog.getDialogPane().getScene().getWindow().hide();
        }
    }

    private void shot(String name) {
        shotOf(stage.getScene(), name);
    }

    private void shotOf(javafx.scene.Scene scene, String name) {
        WritableImage img = scene.snapshot(null);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            report.append("screenshot ").append(name).append(" failed: ").append(e).append('\n');
        }
    }

    private void finish() {
        try {
            Path load = Path.of("/proc/loadavg");
            if (Files.isReadable(load)) {
                report.append("machine load average (1, 5, 15 min) at the end: ")
                        .append(Files.readString(load).strip()).append(" on ")
                        .append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
            }
            if (vm.solvers().isEmpty()) {
                report.append("no solvers registered in this build\n");
            }
            Files.writeString(dir.resolve("timings.txt"), report.toString());
        } catch (IOException e) {
            System.err.println("GT Lab tour: " + e);
        }
        System.err.print(report);
        for (DocumentViewModel d : List.copyOf(vm.documents())) {
            vm.recovery().delete(d.id());
        }
        Platform.exit();
    }
}
