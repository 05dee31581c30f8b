package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gtlab.run.Json;
import org.gtlab.run.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gtlab run} in a child JVM (issue 16 §13, issue 9 acceptance): a run that exhausts the heap
 * ends with exit 1 and one line; SIGTERM ({@link Process#destroy()}) stops a run and a seed group,
 * leaving valid partial outputs. Generous process timeouts, no assertions on speed.
 */
class RunProcessTest {

    private static final long TIMEOUT_S = 120;

    private static Process start(Path dir, String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.gtlab.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(dir.resolve("stdout.txt").toFile());
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        String corpus = System.getenv("GTLAB_CORPUS");
        if (corpus != null) {
            pb.environment().put("GTLAB_CORPUS", corpus);
        }
        return pb.start();
    }

    private static List<String> stderr(Path dir) throws Exception {
        return Files.readAllLines(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    }

    /** Waits (polling, bounded by the process timeout) until the condition holds or the process ends. */
    private static void awaitCondition(Process p, java.util.concurrent.Callable<Boolean> c) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline && p.isAlive() && !c.call()) {
            Thread.sleep(50);
        }
    }

    private static String exited(Process p, Path dir) {
        try {
            return "exit " + p.exitValue() + ": " + String.join("\n", stderr(dir)) + " / "
                    + Files.readString(dir.resolve("stdout.txt"));
        } catch (Exception e) {
            return e.toString();
        }
    }

    @Test
    void aRunThatExhaustsTheHeapEndsWithExitOneAndOneLine(@TempDir Path dir) throws Exception {
        Process p = start(dir, "64m", "run", "--game", "rock-paper-scissors", "--method", "fp", "--steps", "100000000",
                "--report-every", "1", "--force", "-q", "--out", dir.resolve("out").toString());
        boolean ended = p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the process hung");
        List<String> err = stderr(dir);
        assertEquals(1, p.exitValue(), String.join("\n", err));
        assertEquals(1, err.size(), String.join("\n", err));
        assertTrue(err.get(0).startsWith("gtlab: ") && err.get(0).contains("out of memory"), err.get(0));
    }

    @Test
    void sigtermStopsARunAndLeavesValidPartialOutputs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process p = start(dir, "256m", "run", "--game", "rock-paper-scissors", "--method", "fp", "--steps", "2000000000",
                "--report-every", "10000", "--force", "--out", out.toString());
        // the progress line appears once the run is under way (no terminal: one line every 2 s)
        awaitCondition(p, () -> stderr(dir).stream().anyMatch(l -> l.contains("steps/s") && !l.contains(" 0 steps/s")));
        assertTrue(p.isAlive(), () -> exited(p, dir));
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS), "SIGTERM did not stop the run");
        String csv = Files.readString(out.resolve("metrics.csv"));
        RunRecord snaps = RunRecord.fromJson(Json.parse(Files.readString(out.resolve("snapshots.json"))));
        assertTrue(snaps.size() >= 1);
        assertEquals(csv, snaps.toCsv(), "metrics.csv and snapshots.json hold the same snapshots");
        String[] lines = csv.split("\n");
        assertTrue(lines[0].startsWith("step,nash_conv,"), lines[0]);
        int columns = lines[0].split(",").length;
        for (int i = 1; i < lines.length; i++) {
            assertEquals(columns, lines[i].split(",").length, "row " + i);
        }
        assertTrue(stderr(dir).stream().anyMatch(l -> l.startsWith("cancelled: ")), String.join("\n", stderr(dir)));
        try (var files = Files.list(out)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "temporary files left");
        }
    }

    @Test
    void sigtermCancelsASeedGroupLeavingCompleteRowsOfCompletedSeeds(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path seeds = out.resolve("seeds.csv");
        Process p = start(dir, "256m", "run", "--game", "fxp-example", "--method", "fxp", "--seeds", "10000", "--out",
                out.toString());
        awaitCondition(p, () -> Files.exists(seeds) && Files.readAllLines(seeds).size() >= 4);
        assertTrue(p.isAlive(), () -> exited(p, dir));
        p.destroy(); // SIGTERM, like Ctrl+C
        assertTrue(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS), "SIGTERM did not stop the seed group");
        String text = Files.readString(seeds);
        assertTrue(text.endsWith("\n"), "the last row is complete");
        String[] lines = text.split("\n");
        assertEquals(SeedGroupRun.HEADER, lines[0]);
        Set<Long> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",");
            assertEquals(4, f.length, lines[i]);
            assertTrue(seen.add(Long.parseLong(f[0])), "seed " + f[0] + " twice");
            double e = Double.parseDouble(f[1]);
            assertTrue(e >= 0, lines[i]);
            assertTrue(Long.parseLong(f[2]) > 0, lines[i]);
            assertTrue(Set.of("global", "local", "other").contains(f[3]), lines[i]);
        }
        String cancelled = stderr(dir).stream().filter(l -> l.startsWith("cancelled: ")).findFirst().orElse("");
        Matcher m = Pattern.compile("cancelled: (\\d+) of 10000 seeds completed").matcher(cancelled);
        assertTrue(m.find(), String.join("\n", stderr(dir)));
        assertEquals(Integer.parseInt(m.group(1)), lines.length - 1, "rows = completed seeds");
        assertFalse(Files.exists(out.resolve("summary.csv")), "no summary of a cancelled group");
        assertTrue(new File(out.toFile(), "recipe.json").isFile());
    }
}
