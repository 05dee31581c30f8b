package org.gtlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.gtlab.run.Checkpoint;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.Snapshot;

/**
 * The files and the stderr progress line of {@code gtlab run}: atomic writes (a temporary file in
 * the same folder, then a move, so a reader — or a run killed mid-write — never leaves half a file),
 * the checkpoint writer and the progress line.
 */
final class RunOutput {

    private RunOutput() {
    }

    static String read(Path p) throws IOException {
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no such file: " + p);
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** Writes through a temporary file and a move, so a reader never sees half a file. */
    static void write(Path target, String text) throws IOException {
        org.gtlab.io.AtomicFiles.write(target, text);
    }

    /** Writes every periodic checkpoint to {@code target} (atomically). */
    static RunListener checkpointWriter(Path target) {
        return new RunListener() {
            @Override
            public void checkpoint(RunHandle run, Checkpoint c) {
                try {
                    write(target, c.toJsonString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The stderr progress line of a single run, at most 5 updates per second (one per 2 s without a terminal). */
    static final class Progress implements RunListener {
        private final PrintWriter err;
        private final boolean quiet;
        private final boolean terminal = System.console() != null;
        private long last;
        private boolean dirty;

        Progress(PrintWriter err, boolean quiet) {
            this.err = err;
            this.quiet = quiet;
        }

        @Override
        public void snapshot(RunHandle run, Snapshot s) {
            if (quiet) {
                return;
            }
            long now = System.nanoTime();
            RunSpec spec = run.spec().orElse(null);
            // the method says what it counts (a tournament counts matches; its step limit is only a cap)
            org.gtlab.run.ProgressCount count = spec == null
                    ? org.gtlab.run.ProgressCount.steps(s.step(), run.limits().maxSteps())
                    : spec.factory().count(spec.params(), run.limits(), s.step());
            boolean end = count.complete() || s.step() >= run.limits().maxSteps();
            if (now - last < (terminal ? 200_000_000L : 2_000_000_000L) && !end && last != 0) {
                return;
            }
            last = now;
            MetricSpec shown = spec == null ? null : headline(spec);
            String line = String.format(Locale.ROOT, "%s  %s  %,.0f steps/s", run.name(), count.text()
                    + (shown == null || !s.hasMetric(shown.name()) ? ""
                            : String.format(Locale.ROOT, "  %s %.4g", shown.name(), s.metric(shown.name()))),
                    run.stepsPerSecond());
            if (terminal) {
                err.print("\r" + line + "   ");
                dirty = true;
            } else {
                err.println(line);
            }
            err.flush();
        }

        /** The metric to show: the first one to minimise (NashConv, exploitability), else the first. */
        private static MetricSpec headline(RunSpec spec) {
            java.util.List<MetricSpec> all = spec.metrics();
            for (MetricSpec m : all) {
                if (m.goal() == MetricSpec.Goal.MINIMISE) {
                    return m;
                }
            }
            return all.isEmpty() ? null : all.get(0);
        }

        void end() {
            if (dirty) {
                err.println();
                err.flush();
                dirty = false;
            }
        }
    }
}
