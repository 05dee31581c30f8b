package org.gtlab.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;

/**
 * Text metrics of one font on one {@link Graphics2D}. Selects the font on the graphics before
 * every measurement, because some Graphics2D bridges (FXGraphics2D) measure with the currently
 * selected font whatever font the metrics object was asked for.
 */
final class Metrics {

    private final Graphics2D g;
    private final Font font;
    private final int ascent;
    private final int descent;
    private final java.util.Map<String, Integer> cache = new java.util.HashMap<>();

    private Metrics(Graphics2D g, Font font) {
        this.g = g;
        this.font = font;
        FontMetrics fm = select();
        this.ascent = fm.getAscent();
        this.descent = fm.getDescent();
    }

    static Metrics of(Graphics2D g, Font font) {
        return new Metrics(g, font);
    }

    private FontMetrics select() {
        if (!font.equals(g.getFont())) {
            g.setFont(font);
        }
        return g.getFontMetrics();
    }

    /** Width of {@code s}; remembered, so that a table with many equal numbers is measured fast. */
    int stringWidth(String s) {
        Integer w = cache.get(s);
        if (w == null) {
            w = select().stringWidth(s);
            if (cache.size() < 100_000) {
                cache.put(s, w);
            }
        }
        return w;
    }

    int getAscent() {
        return ascent;
    }

    int getDescent() {
        return descent;
    }
}
