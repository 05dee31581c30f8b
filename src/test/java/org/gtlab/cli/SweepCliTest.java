package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's bad-input acceptance on the command line: an unknown parameter or metric, a zero or
 * negative log range, a log axis of zero width, a grid of more than 4,000,000 cells and a metric that
 * does not fit the method are each refused with exit code 2 and one line on stderr naming what is
 * wrong, before anything runs (nothing on stdout, the output folder not even created).
 */
class SweepCliTest {

    @Test
    void badInputIsOneLineAndExitTwoBeforeAnythingRuns(@TempDir Path dir) {
        String[][] cases = {
            {"unknown parameter \"gamma\"", "--x", "gamma:0:1:5", "--metric", "equilibria"},
            {"unknown metric \"nonsense\"", "--metric", "nonsense"},
            {"a log range needs lo > 0", "--x", "mutation:0:1:5:log", "--metric", "outcome"},
            {"a log range needs lo > 0", "--x", "mutation:-2:1:5:log", "--metric", "outcome"},
            {"need lo ≠ hi", "--x", "mutation:0.1:0.1:5:log", "--metric", "outcome"},
            {"must be 1 … 2000, got 2001", "--x", "payoff[1][1][1]:0:1:2001", "--y", "payoff[1][2][2]:0:1:2000",
                "--metric", "region"},
            {"does not fit method fp", "--method", "fp", "--metric", "basin"},
        };
        int k = 0;
        for (String[] c : cases) {
            Path out = dir.resolve("out" + k++);
            List<String> args = new ArrayList<>(List.of("sweep", "--game", "stag-hunt"));
            args.addAll(List.of(c).subList(1, c.length));
            args.addAll(List.of("--out", out.toString()));
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            String err = r.err().strip();
            assertTrue(err.contains(c[0]), err);
            assertEquals(1, err.lines().count(), "one line: " + err);
            assertEquals("", r.out(), "nothing ran");
            assertFalse(Files.exists(out), "nothing written for " + c[0]);
        }
    }
}
