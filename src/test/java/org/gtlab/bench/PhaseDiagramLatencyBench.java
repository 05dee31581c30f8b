package org.gtlab.bench;

import java.util.Arrays;
import java.util.Locale;
import org.gtlab.compute.Backends;
import org.gtlab.compute.Workers;
import org.gtlab.game.GameCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.sweep.PhaseDiagramViewModel;

/**
 * Speed harness (not a unit test) for issue 10's "first coarse picture on screen ≤ 100 ms": the
 * Phase diagram view model on a background executor over the app's kind of worker budget, timed from
 * {@code start()} (the Start button) to the snapshot that completes the first picture, as the view
 * model records it. Cold (first sweep of the JVM) and warm medians; read {@code uptime} alongside.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.gtlab.bench.PhaseDiagramLatencyBench}.
 */
public final class PhaseDiagramLatencyBench {

    private PhaseDiagramLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Workers workers = new Workers(Runtime.getRuntime().availableProcessors(), "gtlab-run");
        Backends.install(workers);
        try (RunExecutor runs = RunExecutor.background(workers)) {
            String[][] cases = {
                {"stag-hunt", "equilibria", "replicator", "payoff[1][2][1]:0:6:33", "payoff[2][1][2]:0:6:33"},
                {"stag-hunt", "region", "replicator", "payoff[1][2][1]:0:6:33", "payoff[2][1][2]:0:6:33"},
                {"coordination-3x3", "outcome", "replicator", "payoff[1][1][1]:0:2:256", "payoff[2][2][2]:0:2:256"},
                {"stag-hunt", "nash_conv", "fp", "payoff[1][2][1]:0:6:33", "payoff[2][1][2]:0:6:33"},
            };
            for (String[] c : cases) {
                double[] t = new double[reps];
                double[] setup = new double[reps];
                for (int r = 0; r < reps; r++) {
                    PhaseDiagramViewModel vm = new PhaseDiagramViewModel(StandardMethods.catalog(), runs,
                            GameCatalog.get(c[0]).game(), c[0]);
                    vm.metricProperty().set(c[1]);
                    vm.methodProperty().set(c[2]);
                    vm.xProperty().set(c[3]);
                    vm.yProperty().set(c[4]);
                    long t0 = System.nanoTime();
                    if (!vm.start()) {
                        throw new IllegalStateException(vm.statusProperty().get());
                    }
                    setup[r] = (System.nanoTime() - t0) / 1e6;
                    while (vm.firstPictureMillis() < 0) {
                        Thread.onSpinWait();
                    }
                    t[r] = (System.nanoTime() - t0) / 1e6; // from the Start button, whatever the model counts

                    vm.cancel();
                    while (vm.runningProperty().get()) {
                        vm.poll();
                        Thread.sleep(1);
                    }
                }
                double cold = t[0];
                double[] warm = Arrays.copyOfRange(t, 1, reps);
                Arrays.sort(warm);
                System.out.printf(Locale.ROOT, "%-18s %-10s %-10s first picture: cold %7.1f ms, warm median %6.1f ms"
                        + " (min %6.1f, max %6.1f); start() itself %5.1f ms cold%n", c[0], c[1], c[2], cold,
                        warm[warm.length / 2], warm[0], warm[warm.length - 1], setup[0]);
            }
        }
        workers.close();
    }
}
