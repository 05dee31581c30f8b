package org.gtlab.cli;

import java.util.Locale;

import org.gtlab.run.Experiment;
import org.gtlab.run.RunSpec;
import org.gtlab.run.Snapshot;

/**
 * The up-front estimate of a run given explicit {@code --steps}/{@code --report-every}: the memory
 * of its record (snapshots × the size of the first snapshot) against the heap, and — for more than
 * a million steps — its duration from a short probe of at most 1,000 steps or 50 ms. A run that
 * would not fit in the heap or would run for more than a day is refused with the estimate unless
 * {@code --force}, the way exact enumerations that would run for hours are refused.
 */
final class RunBudget {

    /** Longest run accepted without --force. */
    static final double MAX_SECONDS = 24 * 3600;
    /** Share of the heap the record may take without --force. */
    static final double HEAP_SHARE = 0.5;

    private RunBudget() {
    }

    /**
     * @throws IllegalArgumentException with the estimate if the run is too large
     */
    static void check(RunSpec spec) {
        Experiment<?> e = spec.experiment();
        check(e, spec);
    }

    private static <S> void check(Experiment<S> e, RunSpec spec) {
        long steps = spec.limits().maxSteps();
        long every = spec.limits().reportEvery();
        S s = e.start(spec.seed());
        Snapshot first = e.observe(s, 0);
        long numbers = first.metricCount();
        for (org.gtlab.run.Payload pl : first.payloads().values()) {
            for (int r = 0; r < pl.rowCount(); r++) {
                numbers += pl.row(r).length + 2;
            }
        }
        double bytesPerSnapshot = 96 + 12.0 * numbers;
        double snapshots = (double) (steps / every) + 2;
        double bytes = snapshots * bytesPerSnapshot;
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > HEAP_SHARE * heap) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "this run would record about %s snapshots (%,.0f steps, one every %,d) needing about %s, but the "
                            + "heap holds %s; use a larger --report-every or fewer --steps, or --force to try anyway",
                    count(snapshots), (double) steps, every, size(bytes), size(heap)));
        }
        if (steps <= 1_000_000) {
            return;
        }
        long t0 = System.nanoTime();
        long done = 0;
        while (done < 1000 && System.nanoTime() - t0 < 50_000_000L && !e.isFinished(s)) {
            s = e.step(s);
            done++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (done == 0 || e.isFinished(s)) {
            return;
        }
        double estimate = steps * seconds / done;
        if (estimate > MAX_SECONDS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "this run of %,d steps would take about %s (%,.0f steps/s measured); use fewer --steps, or "
                            + "--force to run anyway", steps, duration(estimate), done / seconds));
        }
    }

    private static String count(double n) {
        return n < 1e15 ? String.format(Locale.ROOT, "%,.0f", n) : String.format(Locale.ROOT, "%.2g", n);
    }

    private static String size(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
        int u = 0;
        while (bytes >= 1024 && u < units.length - 1) {
            bytes /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.0f %s", bytes, units[u]);
    }

    private static String duration(double seconds) {
        if (seconds < 3600 * 48) {
            return String.format(Locale.ROOT, "%.0f hours", seconds / 3600);
        }
        double years = seconds / (365.25 * 86400);
        return years < 2 ? String.format(Locale.ROOT, "%.0f days", seconds / 86400)
                : years < 1e6 ? String.format(Locale.ROOT, "%,.0f years", years)
                        : String.format(Locale.ROOT, "%.2g years", years);
    }
}
