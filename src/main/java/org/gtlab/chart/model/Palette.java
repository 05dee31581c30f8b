package org.gtlab.chart.model;

import java.awt.Color;
import java.util.List;

/**
 * The colour-blind-safe Okabe–Ito palette (M. Okabe and K. Ito, "Color Universal Design", 2002;
 * also B. Wong, "Points of view: Color blindness", Nature Methods 8, 441, 2011), and the fixed
 * assignment of its colours to players: player 1 is always blue, player 2 vermillion, player 3
 * bluish green, player 4 reddish purple, then the remaining colours.
 */
public final class Palette {

    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    /** The eight Okabe–Ito colours in their usual order (black first). */
    public static final List<Color> OKABE_ITO = List.of(BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE,
            VERMILLION, REDDISH_PURPLE);

    /** Series colours in plotting order (black and yellow last: weak on white). */
    public static final List<Color> SERIES = List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE,
            SKY_BLUE, BLACK, YELLOW);

    /** Names used for the TikZ colour definitions, parallel to {@link #SERIES}. */
    public static final List<String> SERIES_NAMES = List.of("gtblue", "gtvermillion", "gtgreen", "gtpurple",
            "gtorange", "gtskyblue", "gtblack", "gtyellow");

    private Palette() {
    }

    /** Player {@code p}'s colour (0-based), the same in every view and export. */
    public static Color player(int p) {
        return SERIES.get(Math.floorMod(p, SERIES.size()));
    }

    /** Series {@code i}'s colour (0-based). */
    public static Color series(int i) {
        return SERIES.get(Math.floorMod(i, SERIES.size()));
    }

    /** {@code #RRGGBB}. */
    public static String hex(Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** Parses {@code #RRGGBB} or {@code #RRGGBBAA}. */
    public static Color parseHex(String s) {
        String h = s.strip();
        if (h.startsWith("#")) {
            h = h.substring(1);
        }
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("not a colour: \"" + s + "\" (expected #RRGGBB)");
        }
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        int a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) : 255;
        return new Color(r, g, b, a);
    }

    /** {@code c} mixed with {@code base}: {@code t = 0} gives base, {@code t = 1} gives c. */
    public static Color mix(Color c, Color base, double t) {
        return new Color(
                (int) Math.round(base.getRed() + t * (c.getRed() - base.getRed())),
                (int) Math.round(base.getGreen() + t * (c.getGreen() - base.getGreen())),
                (int) Math.round(base.getBlue() + t * (c.getBlue() - base.getBlue())));
    }
}
