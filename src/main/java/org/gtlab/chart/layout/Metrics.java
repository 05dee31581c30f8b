package org.gtlab.chart.layout;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;

/**
 * Text metrics of one font on one {@link Graphics2D}. Selects the font on the graphics before
 * every measurement, because some Graphics2D bridges (FXGraphics2D) measure with the currently
 * selected font whatever font the metrics object was asked for.
 */
public final class Metrics {

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

    /** The style's plain or bold font at its scaled size: what every renderer and layout draws text with. */
    public static Font font(org.gtlab.chart.model.ChartStyle s, boolean bold) {
        Font f = new Font(s.fontFamily(), bold ? Font.BOLD : Font.PLAIN, 12);
        return f.deriveFont((float) s.scaledFontSize());
    }

    /** Metrics of a font on a graphics. */
    public static Metrics of(Graphics2D g, Font font) {
        return new Metrics(g, font);
    }

    private FontMetrics select() {
        if (!font.equals(g.getFont())) {
            g.setFont(font);
        }
        return g.getFontMetrics();
    }

    /** Width of {@code s}; remembered, so that a table with many equal numbers is measured fast. */
    public int stringWidth(String s) {
        Integer w = cache.get(s);
        if (w == null) {
            w = select().stringWidth(s);
            if (cache.size() < 100_000) {
                cache.put(s, w);
            }
        }
        return w;
    }

    public int getAscent() {
        return ascent;
    }

    public int getDescent() {
        return descent;
    }
}
