package org.gtlab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.gtlab.compute.Backends;
import org.gtlab.compute.Workers;
import org.gtlab.game.GameCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.sweep.PhaseDiagramView;
import org.gtlab.ui.sweep.PhaseDiagramViewModel;

/**
 * Speed harness (not a unit test) for "first coarse picture on screen ≤ 100 ms": the Phase diagram
 * view in a window (a real display, e.g. Xvfb), the app's kind of background executor; Start is
 * pressed (its button fired) and the time until the view has drawn the first whole picture
 * ({@link PhaseDiagramViewModel#firstDrawnMillis()}) is read, per case cold (the JVM's first sweep of
 * it) and warm. Run one metric per JVM: {@code DISPLAY=:N java -cp … org.gtlab.bench.PhaseDiagramScreenBench
 * REPS METRIC} (equilibria, region, outcome or nash_conv); a run of all four cases in one JVM stalled
 * once after the first case on Xvfb at load ≈ 20 (not investigated).
 */
public final class PhaseDiagramScreenBench {

    private PhaseDiagramScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Workers workers = new Workers(Runtime.getRuntime().availableProcessors(), "gtlab-run");
        Backends.install(workers);
        RunExecutor runs = RunExecutor.background(workers);
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        String[][] cases = {
            {"stag-hunt", "equilibria", "replicator", "payoff[1][2][1]:0:6:33", "payoff[2][1][2]:0:6:33"},
            {"stag-hunt", "region", "replicator", "payoff[1][2][1]:0:6:33", "payoff[2][1][2]:0:6:33"},
            {"coordination-3x3", "outcome", "replicator", "payoff[1][1][1]:0:2:256", "payoff[2][2][2]:0:2:256"},
            {"stag-hunt", "nash_conv", "fp", "payoff[1][2][1]:0:6:33", "payoff[2][1][2]:0:6:33"},
        };
        for (String[] c : cases) {
            if (args.length > 1 && !c[1].equals(args[1])) {
                continue; // only the metric asked for
            }
            List<Double> t = new ArrayList<>();
            AtomicReference<PhaseDiagramView> view = new AtomicReference<>();
            AtomicReference<Stage> stage = new AtomicReference<>();
            onFx(() -> {
                PhaseDiagramViewModel vm = new PhaseDiagramViewModel(StandardMethods.catalog(), runs,
                        GameCatalog.get(c[0]).game(), c[0]);
                vm.methodProperty().set(c[2]);
                vm.metricProperty().set(c[1]);
                vm.xProperty().set(c[3]);
                vm.yProperty().set(c[4]);
                PhaseDiagramView v = new PhaseDiagramView(vm);
                Stage s = new Stage();
                s.setScene(new Scene(v, 1280, 800));
                s.show();
                view.set(v);
                stage.set(s);
            });
            Thread.sleep(500);
            for (int r = 0; r < reps; r++) {
                PhaseDiagramViewModel vm = view.get().model();
                onFx(() -> ((Button) view.get().lookup("#sweepStart")).fire());
                long t0 = System.nanoTime();
                while (vm.firstDrawnMillis() < 0) {
                    Thread.sleep(1);
                    if (System.nanoTime() - t0 > 60_000_000_000L) {
                        throw new IllegalStateException("no picture after 60 s: " + vm.statusProperty().get());
                    }
                }
                t.add(vm.firstDrawnMillis());
                onFx(vm::cancel);
                long c0 = System.nanoTime();
                while (vm.runningProperty().get()) {
                    Thread.sleep(5);
                    if (System.nanoTime() - c0 > 20_000_000_000L) {
                        throw new IllegalStateException("still running 20 s after cancel: " + vm.statusProperty().get());
                    }
                }
                Thread.sleep(100);
            }
            onFx(() -> stage.get().close());
            double cold = t.get(0);
            double[] warm = t.subList(1, t.size()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-18s %-10s %-10s %s: Start → first picture on screen: cold %7.1f ms,"
                    + " warm median %6.1f ms (min %6.1f, max %6.1f)%n", c[0], c[1], c[2], c[3].replaceAll(".*:", "")
                    + "²", cold, warm[warm.length / 2], warm[0], warm[warm.length - 1]);
        }
        runs.close();
        workers.close();
        Platform.exit();
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
