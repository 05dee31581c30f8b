package org.gtlab.chart.render;

import org.gtlab.chart.layout.Metrics;
import org.gtlab.chart.layout.TableLayout;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PayoffTable;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a {@link PayoffTable} on a {@link Graphics2D}: the column player's name above the column
 * labels, the row player's name in the corner, each cell's payoffs "a, b" in the players'
 * colours, best-response marks as underlines in the marking player's colour, the support of a
 * selected equilibrium as a tint, eliminated strategies greyed.
 *
 * <p>Supports a viewport (first visible row and column, frozen headers) so that the editor can
 * draw only what is visible.
 */
public final class TableRenderer {

    private TableRenderer() {
    }

    /** Draws the whole table with its top-left corner at (0, 0). */
    public static void draw(Graphics2D g, PayoffTable t, ChartStyle s, TableLayout l) {
        draw(g, t, s, l, 0, 0, l.width(), l.height(t.rows()), true);
    }

    /**
     * Draws the part of the table that fits in {@code viewW × viewH}, starting with row
     * {@code firstRow} and column {@code firstCol} below and right of the frozen headers.
     *
     * @param paintBackground fill the view with the style's background first
     */
    public static void draw(Graphics2D g, PayoffTable t, ChartStyle s, TableLayout l, int firstRow, int firstCol,
            double viewW, double viewH, boolean paintBackground) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        if (paintBackground) {
            g.setColor(s.background());
            g.fill(new Rectangle2D.Double(0, 0, viewW, viewH));
        }
        Metrics fm = Metrics.of(g, l.font);
        Metrics fb = Metrics.of(g, l.bold);
        double sc = s.scale();
        int rows = t.rows();
        int cols = t.columns();
        double bodyTop = l.bodyTop();
        double x0 = l.rowHeaderWidth;
        double xShift = l.columnX[Math.min(firstCol, cols)];
        int lastCol = firstCol;
        while (lastCol < cols && x0 + l.columnX[lastCol] - xShift < viewW) {
            lastCol++;
        }
        int lastRow = Math.min(rows, firstRow + (int) Math.ceil(Math.max(0, viewH - bodyTop) / l.rowHeight) + 1);
        double tableRight = Math.min(viewW, x0 + l.columnX[lastCol] - xShift);
        double tableBottom = Math.min(viewH, bodyTop + (lastRow - firstRow) * l.rowHeight);

        // title
        if (l.titleHeight > 0) {
            g.setFont(l.bold);
            g.setColor(s.foreground());
            g.drawString(t.title(), (float) 0, (float) (l.padY + fb.getAscent()));
        }
        // header backgrounds
        g.setColor(s.headerFill());
        g.fill(new Rectangle2D.Double(0, l.top, tableRight, l.bandHeight + l.headerHeight));
        g.fill(new Rectangle2D.Double(0, bodyTop, x0, tableBottom - bodyTop));

        // row and column tints (under the text)
        Color hl = alpha(s.highlight(), 0.75);
        for (int i = firstRow; i < lastRow; i++) {
            double y = bodyTop + (i - firstRow) * l.rowHeight;
            PayoffTable.LineState st = t.rowState(i);
            if (st != PayoffTable.LineState.NORMAL) {
                g.setColor(st == PayoffTable.LineState.GREYED ? s.greyedFill() : hl);
                g.fill(new Rectangle2D.Double(0, y, tableRight, l.rowHeight));
            }
        }
        for (int j = firstCol; j < lastCol; j++) {
            double x = x0 + l.columnX[j] - xShift;
            PayoffTable.LineState st = t.columnState(j);
            if (st != PayoffTable.LineState.NORMAL) {
                g.setColor(st == PayoffTable.LineState.GREYED ? s.greyedFill() : hl);
                g.fill(new Rectangle2D.Double(x, l.top + l.bandHeight, l.columnWidths[j],
                        tableBottom - l.top - l.bandHeight));
            }
        }
        // cells; clipped only when the view cuts the table (the editor's viewport): a whole table
        // (every export) sets no clip, as SVG renderers that drop clipped text would lose the payoffs
        boolean cut = firstRow > 0 || firstCol > 0 || lastCol < cols || lastRow < rows
                || x0 + l.columnX[cols] - xShift > viewW + 1e-9 || bodyTop + (rows - firstRow) * l.rowHeight > viewH + 1e-9;
        Shape oldClip = g.getClip();
        if (cut) {
            g.clip(new Rectangle2D.Double(x0, bodyTop, Math.max(0, tableRight - x0), Math.max(0, tableBottom - bodyTop)));
        }
        for (int i = firstRow; i < lastRow; i++) {
            double y = bodyTop + (i - firstRow) * l.rowHeight;
            boolean rowGrey = t.rowState(i) == PayoffTable.LineState.GREYED;
            for (int j = firstCol; j < lastCol; j++) {
                double x = x0 + l.columnX[j] - xShift;
                boolean grey = rowGrey || t.columnState(j) == PayoffTable.LineState.GREYED;
                drawCell(g, t, t.cell(i, j), s, l, fm, x, y, l.columnWidths[j], grey, sc);
            }
        }
        if (cut) {
            g.setClip(oldClip);
        }

        // rules
        g.setStroke(new BasicStroke((float) (0.75 * sc)));
        g.setColor(s.grid());
        for (int i = firstRow; i <= lastRow && i <= rows; i++) {
            double y = bodyTop + (i - firstRow) * l.rowHeight;
            if (y <= tableBottom + 0.5) {
                g.draw(new Line2D.Double(0, y, tableRight, y));
            }
        }
        for (int j = firstCol; j <= lastCol; j++) {
            double x = x0 + l.columnX[j] - xShift;
            if (x <= tableRight + 0.5) {
                g.draw(new Line2D.Double(x, l.top + l.bandHeight, x, tableBottom));
            }
        }
        g.draw(new Line2D.Double(0, l.top, tableRight, l.top));
        g.draw(new Line2D.Double(0, l.top, 0, tableBottom));
        g.draw(new Line2D.Double(x0, l.top, x0, tableBottom));
        g.draw(new Line2D.Double(0, l.top + l.bandHeight, x0, l.top + l.bandHeight));
        g.setStroke(new BasicStroke((float) (1.2 * sc)));
        g.setColor(s.muted());
        g.draw(new Line2D.Double(0, bodyTop, tableRight, bodyTop));
        g.draw(new Line2D.Double(x0, l.top + l.bandHeight, x0, tableBottom));

        // headers text
        g.setFont(l.bold);
        double textDy = l.padY + fb.getAscent();
        g.setColor(s.player(t.colourOf(0)));
        drawClipped(g, t.rowPlayer(), l.padX, l.top + l.bandHeight + textDy, x0 - l.padX);
        g.setColor(s.player(t.colourOf(1)));
        double bandX = x0 + l.padX;
        drawClipped(g, t.columnPlayer(), bandX, l.top + textDy, Math.max(bandX + 1, tableRight - l.padX));
        for (int j = firstCol; j < lastCol; j++) {
            double x = x0 + l.columnX[j] - xShift;
            String lab = t.columnLabel(j);
            double w = fb.stringWidth(lab);
            g.setColor(t.columnState(j) == PayoffTable.LineState.GREYED ? s.muted() : s.foreground());
            if (cut) {
                Shape c2 = g.getClip();
                g.clip(new Rectangle2D.Double(x0, l.top, Math.max(0, tableRight - x0), l.bandHeight + l.headerHeight));
                g.drawString(lab, (float) (x + (l.columnWidths[j] - w) / 2), (float) (l.top + l.bandHeight + textDy));
                g.setClip(c2);
            } else {
                g.drawString(lab, (float) (x + (l.columnWidths[j] - w) / 2), (float) (l.top + l.bandHeight + textDy));
            }
        }
        for (int i = firstRow; i < lastRow; i++) {
            double y = bodyTop + (i - firstRow) * l.rowHeight;
            if (y > viewH) {
                break;
            }
            g.setColor(t.rowState(i) == PayoffTable.LineState.GREYED ? s.muted() : s.foreground());
            drawClipped(g, t.rowLabel(i), l.padX, y + textDy, x0 - l.padX);
        }
        // caption
        if (l.captionHeight > 0 && lastRow == rows) {
            g.setFont(l.font);
            g.setColor(s.muted());
            g.drawString(t.caption(), 0f, (float) (tableBottom + l.padY + fm.getAscent()));
        }
    }

    private static void drawCell(Graphics2D g, PayoffTable t, PayoffTable.Cell c, ChartStyle s, TableLayout l,
            Metrics fm, double x, double y, double w, boolean grey, double sc) {
        if (c.tinted()) {
            g.setColor(s.highlight());
            g.fill(new Rectangle2D.Double(x, y, w, l.rowHeight));
        }
        double total = TableLayout.cellWidth(c, fm, l.separatorWidth);
        double tx = x + (w - total) / 2;
        double ty = y + l.padY + l.ascent;
        g.setFont(l.font);
        int n = c.texts().size();
        for (int p = 0; p < n; p++) {
            String txt = c.texts().get(p);
            double tw = fm.stringWidth(txt);
            Color col = c.invalid(p) ? s.error() : grey ? s.muted() : s.player(t.colourOf(p));
            g.setColor(col);
            g.drawString(txt, (float) tx, (float) ty);
            if (c.mark(p) && !grey) {
                g.setStroke(new BasicStroke((float) (1.6 * sc), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                double uy = ty + Math.max(2.0, fm.getDescent() * 0.6);
                g.draw(new Line2D.Double(tx - 1, uy, tx + tw + 1, uy));
            }
            if (c.invalid(p)) {
                g.setStroke(new BasicStroke((float) (1.0 * sc), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {2f, 2f}, 0f));
                double uy = ty + Math.max(2.0, fm.getDescent() * 0.6);
                g.draw(new Line2D.Double(tx, uy, tx + tw, uy));
            }
            tx += tw;
            if (p < n - 1) {
                g.setColor(grey ? s.muted() : s.foreground());
                g.drawString(", ", (float) tx, (float) ty);
                tx += l.separatorWidth;
            }
        }
        boolean anyInvalid = false;
        for (int p = 0; p < n; p++) {
            anyInvalid |= c.invalid(p);
        }
        if (anyInvalid) {
            g.setColor(s.error());
            g.setStroke(new BasicStroke((float) (1.5 * sc)));
            g.draw(new Rectangle2D.Double(x + 1, y + 1, w - 2, l.rowHeight - 2));
        }
    }

    private static void drawClipped(Graphics2D g, String text, double x, double baseline, double maxX) {
        Metrics fm = Metrics.of(g, g.getFont());
        String s = text;
        if (x + fm.stringWidth(s) > maxX && s.length() > 1) {
            while (s.length() > 1 && x + fm.stringWidth(s + "…") > maxX) {
                s = s.substring(0, s.length() - 1);
            }
            s = s + "…";
        }
        g.drawString(s, (float) x, (float) baseline);
    }

    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * a));
    }

    /** The style's plain or bold font at its scaled size (see {@link Metrics#font}). */
    public static Font font(ChartStyle s, boolean bold) {
        return Metrics.font(s, bold);
    }
}
