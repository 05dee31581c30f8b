package org.gtlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real app (SIGKILL) after an edit, starts it again and checks that the unsaved edit,
 * including a typed non-number, is offered back. Runs the app headless (Monocle) in child JVMs.
 */
@Tag("slow")
class CrashRecoveryTest {

    @TempDir
    Path tmp;

    private ProcessBuilder app(String mode) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                TourMain.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("GTLAB_HOME", tmp.resolve("home").toString());
        pb.environment().put("GTLAB_TOUR", tmp.resolve("tour-" + mode).toString());
        pb.environment().put("GTLAB_TOUR_MODE", mode);
        pb.redirectErrorStream(true);
        return pb;
    }

    @Test
    void killedMidEditTheAppOffersTheUnsavedEditsBack() throws Exception {
        Process first = app("edit").start();
        boolean saved = false;
        StringBuilder log = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(first.getInputStream(),
                StandardCharsets.UTF_8))) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while (System.nanoTime() < end && (line = r.readLine()) != null) {
                log.append(line).append('\n');
                if (line.contains("edited and autosaved")) {
                    saved = true;
                    break;
                }
            }
            assertTrue(saved, "the app did not report its autosave:\n" + log);
            first.destroyForcibly();
            assertTrue(first.waitFor(20, TimeUnit.SECONDS));
        }
        Process second = app("recover").redirectOutput(new File(tmp.resolve("second.log").toString())).start();
        assertTrue(second.waitFor(60, TimeUnit.SECONDS), "second start did not finish");
        String out = Files.readString(tmp.resolve("tour-recover").resolve("recovered.txt"));
        assertTrue(out.contains("recovered=1"), out);
        assertTrue(out.contains("payoff=7"), out);
        assertTrue(out.contains("text=typo?"), out);
        assertTrue(out.contains("dirty=true"), out);
        assertEquals(0, second.exitValue(), Files.readString(tmp.resolve("second.log")));
    }
}
