package org.gtlab.reservoir;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SOFT checks of spec brg.md §11 (seed-sensitive, report-only in the spec): each asserts the spec's stated
 * band on the full 20-seed runs. Tagged "soft" and "reproduce": not in the default run nor CI; failures are reported with
 * the measured value in the lab's closing note, never hidden by a wider tolerance.
 */
@Tag("soft")
@Tag("reproduce")
class ReservoirSoftTest {

    private static void assertSoft(List<Reproduction.Result> rs) {
        List<String> bad = new ArrayList<>();
        for (Reproduction.Result r : rs) {
            if (r.level() == Reproduction.Level.SOFT && !r.pass()) {
                bad.add(r.line());
            }
        }
        assertTrue(bad.isEmpty(), "SOFT bands missed:\n" + String.join("\n", bad));
    }

    @Test
    void exp2Soft() {
        assertSoft(Reproduction.exp2(20, 21, true));
    }

    @Test
    void exp6Soft() {
        assertSoft(Reproduction.exp6(20));
    }

    @Test
    void exp7Soft() {
        assertSoft(Reproduction.exp7(20));
    }

    @Test
    void exp4Soft() {
        assertSoft(Reproduction.exp4(20, 300, 15));
    }

    @Test
    void exp8Soft() {
        assertSoft(Reproduction.exp8(20, new int[] {5, 10, 15, 20, 30, 50, 75, 100}, 11, true));
    }

    @Test
    void exp9Soft() {
        assertSoft(Reproduction.exp9(20, new int[] {5, 10, 20, 30, 50, 75}, new int[] {10, 50, 100, 200, 500}));
    }

    @Test
    void exp10Soft() {
        assertSoft(Reproduction.exp10(20, true));
    }

    @Test
    void exp5Soft() {
        assertSoft(Reproduction.exp5(20, new int[] {0, 10, 25, 50, 100, 200}, 11));
    }
}
