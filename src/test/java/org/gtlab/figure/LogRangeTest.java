package org.gtlab.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LogRangeTest {

    @Test
    void widensToWholeDecades() {
        assertArrayEquals(new double[] {1e-3, 1}, LogRange.decades(0.003, 0.5), 1e-15);
        assertArrayEquals(new double[] {1e-6, 100}, LogRange.decades(2.5e-6, 42), 1e-18);
    }

    @Test
    void atLeastOneDecadeAndADefaultWithoutData() {
        assertArrayEquals(new double[] {1, 10}, LogRange.decades(1, 1), 1e-15);
        assertArrayEquals(new double[] {1e-3, 1},
                LogRange.decades(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), 1e-15);
    }
}
