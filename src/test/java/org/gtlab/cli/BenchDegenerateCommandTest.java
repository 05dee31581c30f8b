package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CPU column of {@code gtlab bench degenerate} reads lrsnash's own timing line. */
class BenchDegenerateCommandTest {

    @Test
    void readsTheUserTimeFromLrsnashsLastLine() {
        String out = "2  1/2  1/2  1\n\n*Number of equilibria found: 3\n"
                + "*lrsnash:lrslib v.7.1 2021.6.2(64bit,lrsgmp.h,hybrid arithmetic)\n"
                + "*11.055u 0.280s 3460Kb 0 flts 0 swaps 0 blks-in 25176 blks-out \n";
        assertEquals(11055.0, BenchDegenerateCommand.lrsnashUserMillis(out), 1e-9);
        assertEquals(0.0, BenchDegenerateCommand.lrsnashUserMillis("no timing line\n"), 0.0);
    }
}
