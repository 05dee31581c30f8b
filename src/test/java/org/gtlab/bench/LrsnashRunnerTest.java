package org.gtlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LrsnashRunnerTest {

    @Test
    void readsTheCpuTimeLrsnashReportsAboutItself() {
        String out = "2  1  0  3\n1  0  0  1  4\n\n*Number of equilibria found: 1\n"
                + "*lrsnash:lrslib v.7.1 2021.6.2(64bit,lrsgmp.h,hybrid arithmetic)\n"
                + "*0.068u 0.004s 2624Kb 0 flts 0 swaps 0 blks-in 24 blks-out\n";
        assertEquals(0.072, LrsnashRunner.cpu(out), 1e-12);
        assertTrue(Double.isNaN(LrsnashRunner.cpu("*Number of equilibria found: 0\n")));
    }
}
