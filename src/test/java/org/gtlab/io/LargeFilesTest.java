package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;

/**
 * Issue 16 §11's bound: a file under 1 MB — valid or hostile — is read or refused (with a
 * GameFormatException) in under 1 s and 100 MB of allocation. Each file is read once to warm up,
 * then measured.
 */
class LargeFilesTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int MB = 1 << 20;

    @Test
    void oneMegabyteFilesAreReadOrRefusedWithinTheBounds() {
        Map<String, String[]> files = new LinkedHashMap<>(); // name -> {format, text}
        NormalFormGame big = game(180, 180);
        files.put("valid payoff-version .nfg", new String[] {"NFG", NfgWriter.toString(big, NfgWriter.Form.PAYOFF)});
        files.put("valid outcome-version .nfg", new String[] {"NFG", NfgWriter.toString(big, NfgWriter.Form.OUTCOME)});
        files.put("valid .json", new String[] {"JSON", JsonGameFormat.toJson(big)});
        files.put("valid lrsnash", new String[] {"LRS", LrsnashFormat.write(game(300, 300))});
        String header = "NFG 1 R \"\" { \"A\" \"B\" } { 400 400 }\n";
        files.put("1e999 repeated", new String[] {"NFG", header + "1e999 ".repeat((MB - header.length()) / 6)});
        files.put("1000-digit numbers", new String[] {"NFG", header + ("7".repeat(1000) + " ").repeat(1000)});
        files.put("20,000,000 declared profiles", new String[] {"NFG",
            "NFG 1 R \"\" { \"A\" } { 20000000 }\n" + "1 ".repeat(MB / 2 - 40)});
        files.put("deep JSON nesting", new String[] {"JSON", "{\"format\":\"gtlab-game\",\"x\":" + "[".repeat(MB - 40)});
        files.put("long JSON number", new String[] {"JSON", "{\"format\":\"gtlab-game\",\"x\":" + "9".repeat(MB - 40)});
        files.put("JSON counts", new String[] {"JSON", "{\"format\":\"gtlab-game\",\"version\":1,\"players\":[\"A\",\"B\"],"
            + "\"strategies\":[4472,4472],\"payoffLayout\":\"profiles\",\"payoffs\":[[" + "1,".repeat(MB / 2 - 100)
            + "1],[1]]}"});
        files.put("long .nfg token", new String[] {"NFG", "NFG 1 R \"\" { \"A\" } { 1 } " + "1".repeat(MB - 40)});
        files.put("lrsnash sizes", new String[] {"LRS", "4000 4000\n" + "1 ".repeat(MB / 2 - 20)});
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, String[]> e : files.entrySet()) {
            GameFileFuzzer.Format f = GameFileFuzzer.Format.valueOf(e.getValue()[0]);
            String text = e.getValue()[1];
            assertTrue(text.length() <= MB, e.getKey() + " is " + text.length() + " characters");
            String outcome = read(f, text); // warm-up
            long id = Thread.currentThread().getId();
            long b0 = THREADS.getThreadAllocatedBytes(id);
            // CPU time of this thread, not wall-clock: what the reader costs, whatever the machine's load
            long t0 = THREADS.getCurrentThreadCpuTime();
            read(f, text);
            long ns = THREADS.getCurrentThreadCpuTime() - t0;
            long bytes = THREADS.getThreadAllocatedBytes(id) - b0;
            report.append(String.format("%-30s %-8s %5d ms %4d MB%n", e.getKey(), outcome, ns / 1_000_000, bytes / MB));
            assertTrue(ns < 1_000_000_000L, e.getKey() + " took " + ns / 1_000_000 + " ms of CPU");
            assertTrue(b0 < 0 || bytes < 100L * MB, e.getKey() + " allocated " + bytes / MB + " MB");
        }
        System.out.print("large files:\n" + report);
    }

    /** "read" or "refused"; anything but a GameFormatException fails the test. */
    private static String read(GameFileFuzzer.Format f, String text) {
        try {
            f.read(text);
            return "read";
        } catch (GameFormatException e) {
            return "refused";
        }
    }

    private static NormalFormGame game(int m, int n) {
        Rational[][] a = new Rational[m][n];
        Rational[][] b = new Rational[m][n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Rational.of(r.nextInt(100));
                b[i][j] = Rational.of(r.nextInt(100));
            }
        }
        return NormalFormGame.bimatrix(a, b);
    }
}
