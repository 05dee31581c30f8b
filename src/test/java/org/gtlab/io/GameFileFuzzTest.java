package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §11, "files that cannot hurt": mutations of the corpus files never end in anything but a
 * {@link GameFormatException}, and no input takes a second or 100 MB. 10⁴ inputs here, 10⁵ in the
 * slow test. The time bound is the acceptance criterion (each input parses in microseconds
 * to milliseconds, so a second is a generous bound, not a benchmark).
 */
class GameFileFuzzTest {

    private static final long ONE_SECOND = 1_000_000_000L;
    private static final long HUNDRED_MB = 100L << 20;

    @Test
    void tenThousandMutatedFilesAreReadOrRefusedCleanly() {
        check(new GameFileFuzzer(16_11L).run(10_000));
    }

    @Test
    @Tag("slow")
    void hundredThousandMutatedFilesAreReadOrRefusedCleanly() {
        check(new GameFileFuzzer(2026_12_07L).run(100_000));
    }

    private static void check(GameFileFuzzer.Result r) {
        System.out.println("fuzz: " + r + "; slowest input: " + r.slowest);
        assertEquals(0, r.failures.size(), () -> r.failures.size() + " undocumented exceptions, first: "
                + String.join("\n", r.failures.subList(0, Math.min(10, r.failures.size()))));
        assertTrue(r.refused > r.inputs / 10, "the mutations should break most files: " + r);
        assertTrue(r.refused < r.inputs, "some mutations keep a valid file: " + r);
        assertTrue(r.maxNanos < ONE_SECOND, "an input took over 1 s of CPU: " + r + "; " + r.slowest);
        assertTrue(r.maxBytes < HUNDRED_MB, "an input allocated over 100 MB: " + r);
    }
}
