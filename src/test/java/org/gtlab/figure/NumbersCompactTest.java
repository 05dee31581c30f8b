package org.gtlab.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Numbers#compact} with the settings of the run list (sci) and the lab table (shortNumber). */
class NumbersCompactTest {

    @Test
    void runListSettings() {
        assertEquals("—", Numbers.compact(Double.NaN, "—", 1e-2, 3, 2));
        assertEquals("0", Numbers.compact(0.0, "—", 1e-2, 3, 2));
        assertEquals("1.5", Numbers.compact(1.5, "—", 1e-2, 3, 2));
        assertEquals("0.012", Numbers.compact(0.012, "—", 1e-2, 3, 2));
        assertEquals("-123", Numbers.compact(-123.0, "—", 1e-2, 3, 2));
        assertEquals("3.20e-4", Numbers.compact(3.2e-4, "—", 1e-2, 3, 2));
        assertEquals("1.50e6", Numbers.compact(1.5e6, "—", 1e-2, 3, 2));
    }

    @Test
    void labTableSettings() {
        assertEquals("", Numbers.compact(Double.NaN, "", 1e-3, 4, 1));
        assertEquals("1.486", Numbers.compact(1.4862, "", 1e-3, 4, 1));
        assertEquals("0.005", Numbers.compact(0.005, "", 1e-3, 4, 1));
        assertEquals("9.4e-5", Numbers.compact(9.4e-5, "", 1e-3, 4, 1));
        assertEquals("2.5e12", Numbers.compact(2.5e12, "", 1e-3, 4, 1));
    }
}
