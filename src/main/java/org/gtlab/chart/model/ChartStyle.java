package org.gtlab.chart.model;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * Colours, fonts and line widths for drawing a chart. The desktop app builds one from its CSS
 * tokens ({@code -gt-*}) so that the screen follows the theme; exports use {@link #paper()}
 * (white background) by default. Sizes are in points (1/72 inch); {@link #scale()} enlarges fonts
 * and lines (presentation mode). Immutable.
 *
 * @param background   page background
 * @param foreground   text and axes
 * @param muted        secondary text (labels, captions, greyed-out entries)
 * @param grid         table rules and grid lines
 * @param headerFill   fill of table headers
 * @param highlight    tint of an equilibrium's support (rows/columns)
 * @param greyedFill   fill of eliminated rows/columns
 * @param accent       selection and focus
 * @param error        invalid entries
 * @param players      one colour per player (player 1 first)
 * @param fontFamily   a logical or installed family ("SansSerif")
 * @param fontSize     base font size, points
 * @param scale        multiplies fonts and line widths (1 normal, 1.5 presentation)
 */
public record ChartStyle(Color background, Color foreground, Color muted, Color grid, Color headerFill,
        Color highlight, Color greyedFill, Color accent, Color error, List<Color> players, String fontFamily,
        double fontSize, double scale) {

    public ChartStyle {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(muted, "muted");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(headerFill, "headerFill");
        Objects.requireNonNull(highlight, "highlight");
        Objects.requireNonNull(greyedFill, "greyedFill");
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(error, "error");
        players = List.copyOf(players);
        if (players.isEmpty()) {
            throw new IllegalArgumentException("a style needs at least one player colour");
        }
        if (!(fontSize > 0) || !(scale > 0)) {
            throw new IllegalArgumentException("font size and scale must be positive, got " + fontSize + " and " + scale);
        }
    }

    /** White background, black text, Okabe–Ito players: for papers and slides. */
    public static ChartStyle paper() {
        return new ChartStyle(Color.WHITE, new Color(0x1F2328), new Color(0x656D76), new Color(0xD0D7DE),
                new Color(0xF6F8FA), new Color(0xFFF1B8), new Color(0xEAEEF2), new Color(0x0969DA),
                new Color(0xCF222E), Palette.SERIES, "SansSerif", 11, 1);
    }

    /** Dark background variant (dark theme on screen). */
    public static ChartStyle dark() {
        return new ChartStyle(new Color(0x0D1117), new Color(0xE6EDF3), new Color(0x8D96A0), new Color(0x30363D),
                new Color(0x161B22), new Color(0x4D3F0B), new Color(0x21262D), new Color(0x4493F8),
                new Color(0xF85149), List.of(new Color(0x56B4E9), new Color(0xF08A4B), new Color(0x2BC79A),
                        new Color(0xE29CC4), new Color(0xF0B838), new Color(0x8ECFF2), new Color(0xE6EDF3),
                        new Color(0xF0E442)), "SansSerif", 11, 1);
    }

    /** Player p's colour (cycling if there are more players than colours). */
    public Color player(int p) {
        return players.get(Math.floorMod(p, players.size()));
    }

    public ChartStyle withScale(double newScale) {
        return new ChartStyle(background, foreground, muted, grid, headerFill, highlight, greyedFill, accent, error,
                players, fontFamily, fontSize, newScale);
    }

    public ChartStyle withFont(String family, double size) {
        return new ChartStyle(background, foreground, muted, grid, headerFill, highlight, greyedFill, accent, error,
                players, family, size, scale);
    }

    /** The base font size times the scale, in points. */
    public double scaledFontSize() {
        return fontSize * scale;
    }
}
