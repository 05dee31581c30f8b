package org.gtlab.chart.model;

import java.awt.Color;

/**
 * Continuous colour maps. {@link #viridis(double)} is the perceptually uniform, colour-blind-safe
 * map of matplotlib (S. van der Walt and N. Smith, 2015), approximated by linear interpolation in
 * sRGB between its values at 0, 1/8, …, 1 (maximum error a few units per channel).
 */
public final class ColorMaps {

    private static final int[] VIRIDIS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962,
        0xADDC30, 0xFDE725};

    /** Upper end used for speed colours on a light background (the last yellows are too pale). */
    public static final double SPEED_TOP = 0.85;
    /** Lower end used for speed colours on a dark background (the first purples are too dark). */
    public static final double SPEED_BOTTOM_DARK = 0.3;

    private ColorMaps() {
    }

    /** Viridis at {@code t} (clipped to [0, 1]; NaN gives the colour at 0). */
    public static Color viridis(double t) {
        double u = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(u));
        double f = u - i;
        Color a = new Color(VIRIDIS[i]);
        Color b = new Color(VIRIDIS[i + 1]);
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /**
     * The colour of a field arrow: viridis on {@code [0, SPEED_TOP]} at {@code speed / maxSpeed}
     * (dark = slow, green = fast).
     */
    public static Color speed(double speed, double maxSpeed) {
        return speed(speed, maxSpeed, false);
    }

    /** As {@link #speed(double, double)}; on a dark background viridis on {@code [SPEED_BOTTOM_DARK, 1]}. */
    public static Color speed(double speed, double maxSpeed, boolean darkBackground) {
        double t = maxSpeed > 0 ? speed / maxSpeed : 0;
        return darkBackground ? viridis(SPEED_BOTTOM_DARK + (1 - SPEED_BOTTOM_DARK) * t) : viridis(SPEED_TOP * t);
    }

    /** True if a colour's relative luminance (ITU-R BT.709 weights on sRGB) is below one half. */
    public static boolean isDark(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255 < 0.5;
    }
}
