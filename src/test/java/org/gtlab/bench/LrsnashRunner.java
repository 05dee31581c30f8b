package org.gtlab.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.io.LrsnashFormat;

/** Runs the external {@code lrsnash} (lrslib) on a game, for cross-checks and benchmarks. */
public final class LrsnashRunner {

    /** Output and wall-clock time of one run. */
    public record Run(String output, List<StrategyProfile> equilibria, double seconds) {
    }

    private LrsnashRunner() {
    }

    /** The lrsnash executable on the PATH (or {@code LRSNASH}), if any. */
    public static Optional<Path> find() {
        String env = System.getenv("LRSNASH");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "lrsnash");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs lrsnash on the game (written to a temporary file) and parses its equilibria.
     *
     * @throws IllegalStateException if lrsnash is missing, fails or takes longer than the timeout
     */
    public static Run run(NormalFormGame game, long timeoutSeconds) {
        Path exe = find().orElseThrow(() -> new IllegalStateException("lrsnash not found on PATH"));
        try {
            Path in = Files.createTempFile("gtlab-lrsnash", ".txt");
            Path out = Files.createTempFile("gtlab-lrsnash", ".out");
            try {
                Files.writeString(in, LrsnashFormat.write(game), StandardCharsets.US_ASCII);
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(exe.toString(), in.toString())
                        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("lrsnash took more than " + timeoutSeconds + " s");
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("lrsnash exited with " + p.exitValue());
                }
                String text = Files.readString(out, StandardCharsets.US_ASCII);
                return new Run(text, LrsnashFormat.parse(text, game), secs);
            } finally {
                Files.deleteIfExists(in);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for lrsnash", e);
        }
    }
}
