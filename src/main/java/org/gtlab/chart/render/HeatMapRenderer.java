package org.gtlab.chart.render;

import org.gtlab.chart.layout.Metrics;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a {@link HeatMapChart} on a {@link Graphics2D}: square cells centred in the box, row labels
 * on the left, column labels on top (turned upright when they do not fit side by side), a colour bar
 * with its range on the right, title above and caption below. Labels are thinned out (every k-th)
 * when cells are smaller than the text; numbers are printed in cells they fit in. A logarithmic map
 * ({@link HeatMapChart.Scale#LOG}) gets a colour bar even in log10 of the value with a tick at every
 * decade ({@link HeatMapChart#decades}) and, when some cell is ≤ 0 (greyed), a grey swatch with
 * {@link #NON_POSITIVE_NOTE} below the bar.
 */
public final class HeatMapRenderer {

    /** Largest cell side, in multiples of the font size (small matrices do not fill huge boxes). */
    static final double MAX_CELL_EM = 4.5;

    private HeatMapRenderer() {
    }

    /** Where things go in a {@code w × h} box. */
    public static final class Layout {
        /** Left and top edge of the cell grid. */
        public final double gridX;
        public final double gridY;
        /** Side of one (square) cell. */
        public final double cell;
        /** Whether column labels are drawn upright (rotated by −90°). */
        public final boolean verticalColumnLabels;
        /** Every k-th row / column label is drawn. */
        public final int rowLabelStep;
        public final int columnLabelStep;
        /** Colour bar rectangle. */
        public final Rectangle2D bar;
        final Font font;
        final Font small;
        final Font bold;

        private Layout(double gridX, double gridY, double cell, boolean vertical, int rowStep, int colStep,
                Rectangle2D bar, Font font, Font small, Font bold) {
            this.gridX = gridX;
            this.gridY = gridY;
            this.cell = cell;
            this.verticalColumnLabels = vertical;
            this.rowLabelStep = rowStep;
            this.columnLabelStep = colStep;
            this.bar = bar;
            this.font = font;
            this.small = small;
            this.bold = bold;
        }

        /** The cell under a point, {@code {row, column}}, or null. */
        public int[] cellAt(HeatMapChart c, double x, double y) {
            int j = (int) Math.floor((x - gridX) / cell);
            int i = (int) Math.floor((y - gridY) / cell);
            if (x < gridX || y < gridY || i >= c.rows() || j >= c.columns()) {
                return null;
            }
            return new int[] {i, j};
        }
    }

    /** The layout of {@code c} in a {@code w × h} box. */
    public static Layout layout(Graphics2D g, HeatMapChart c, ChartStyle s, double w, double h) {
        double em = s.scaledFontSize();
        Font font = TableRenderer.font(s, false);
        Font bold = TableRenderer.font(s, true);
        Font small = font.deriveFont((float) (em * 0.85));
        Metrics fm = Metrics.of(g, small);
        double lineH = fm.getAscent() + fm.getDescent();
        Metrics fmf = Metrics.of(g, font);
        double lineF = fmf.getAscent() + fmf.getDescent();
        double rowLabelW = 0;
        for (String l : c.rowLabels()) {
            rowLabelW = Math.max(rowLabelW, fm.stringWidth(l));
        }
        double colLabelW = 0;
        for (String l : c.columnLabels()) {
            colLabelW = Math.max(colLabelW, fm.stringWidth(l));
        }
        // colour bar: bar, tick labels, value label
        double tickW = tickWidth(c, fm);
        double barW = em * 0.9;
        double right = em * 0.8 + barW + em * 0.3 + tickW + (c.valueLabel().isEmpty() ? 0 : em * 0.4 + lineH) + em * 0.5;
        if (c.categorical()) {
            // legend: a swatch and the name of each category present
            double nameW = 0;
            for (int k : c.categoriesPresent()) {
                nameW = Math.max(nameW, fm.stringWidth(c.categories().get(k)));
            }
            right = em * 0.8 + barW + em * 0.4 + Math.min(nameW, em * 16) + em * 0.5;
        }
        double top = em * 0.5 + (c.title().isEmpty() ? 0 : lineF * 1.3);
        double bottom = em * 0.5 + (c.caption().isEmpty() ? 0 : lineH + em * 0.4);
        double left = em * 0.5 + (c.rowTitle().isEmpty() ? 0 : lineH + em * 0.3) + rowLabelW + em * 0.4;
        double colTitleH = c.columnTitle().isEmpty() ? 0 : lineH + em * 0.2;
        int rows = c.rows();
        int cols = c.columns();
        // first try horizontal column labels
        double availW = Math.max(10, w - left - right);
        double availH0 = Math.max(10, h - top - bottom - colTitleH - lineH - em * 0.3);
        double cell = Math.min(Math.min(availW / cols, availH0 / rows), MAX_CELL_EM * em);
        boolean vertical = colLabelW + em * 0.4 > cell;
        if (vertical) {
            double availH = Math.max(10, h - top - bottom - colTitleH - Math.min(colLabelW, em * 8) - em * 0.4);
            cell = Math.min(Math.min(availW / cols, availH / rows), MAX_CELL_EM * em);
        }
        cell = Math.max(1, cell);
        int rowStep = Math.max(1, (int) Math.ceil(lineH / cell));
        int colStep = vertical ? Math.max(1, (int) Math.ceil(lineH / cell)) : 1;
        double headerH = colTitleH + (vertical ? Math.min(colLabelW, em * 8) + em * 0.4 : lineH + em * 0.3);
        double gridW = cell * cols;
        double gridH = cell * rows;
        double blockW = left + gridW + right;
        double blockH = top + headerH + gridH + bottom;
        double ox = Math.max(0, (w - blockW) / 2);
        double oy = Math.max(0, (h - blockH) / 2);
        double gridX = ox + left;
        double gridY = oy + top + headerH;
        double barH = Math.max(em * 3, Math.min(gridH, em * 12));
        Rectangle2D bar = new Rectangle2D.Double(gridX + gridW + em * 0.8, gridY + (gridH - barH) / 2, barW, barH);
        return new Layout(gridX, gridY, cell, vertical, rowStep, colStep, bar, font, small, bold);
    }

    /** Draws {@code c} into the box {@code (0, 0, w, h)}. */
    public static void draw(Graphics2D g, HeatMapChart c, ChartStyle s, double w, double h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(s.background());
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        Layout l = layout(g, c, s, w, h);
        double em = s.scaledFontSize();
        double sc = s.scale();
        int rows = c.rows();
        int cols = c.columns();
        double gridW = l.cell * cols;
        double gridH = l.cell * rows;
        Metrics fm = Metrics.of(g, l.small);
        double lineH = fm.getAscent() + fm.getDescent();

        // title
        if (!c.title().isEmpty()) {
            Metrics fb = Metrics.of(g, l.bold);
            g.setFont(l.bold);
            g.setColor(s.foreground());
            String title = clip(c.title(), fb, w - em);
            double tw = fb.stringWidth(title);
            double cx = Math.min(w - tw / 2.0 - em * 0.3, Math.max(tw / 2.0 + em * 0.3, l.gridX + gridW / 2));
            g.drawString(title, (float) (cx - tw / 2.0), (float) (em * 0.5 + fb.getAscent()));
        }
        // cells
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                Color col = c.colour(c.value(i, j), s.background());
                g.setColor(col == null ? s.greyedFill() : col);
                g.fill(new Rectangle2D.Double(l.gridX + j * l.cell, l.gridY + i * l.cell, l.cell + 0.5, l.cell + 0.5));
            }
        }
        // cell separators when cells are large enough to see them
        if (l.cell >= 6) {
            g.setColor(s.background());
            g.setStroke(new BasicStroke((float) Math.min(1.0 * sc, l.cell * 0.08)));
            for (int i = 1; i < rows; i++) {
                double y = l.gridY + i * l.cell;
                g.draw(new Line2D.Double(l.gridX, y, l.gridX + gridW, y));
            }
            for (int j = 1; j < cols; j++) {
                double x = l.gridX + j * l.cell;
                g.draw(new Line2D.Double(x, l.gridY, x, l.gridY + gridH));
            }
        }
        g.setColor(s.grid());
        g.setStroke(new BasicStroke((float) (0.8 * sc)));
        g.draw(new Rectangle2D.Double(l.gridX, l.gridY, gridW, gridH));
        drawOverlays(g, c, s, l, fm);
        // numbers
        if (c.showValues()) {
            Font nf = l.small;
            Metrics nm = fm;
            if (l.cell < lineH * 1.05) {
                nf = null;
            } else {
                // all numbers or none: a map with some cells labelled and others not reads as missing data
                for (int i = 0; i < rows && nf != null; i++) {
                    for (int j = 0; j < cols; j++) {
                        if (nm.stringWidth(HeatMapChart.format(c.value(i, j))) > l.cell - 2 * sc) {
                            nf = null;
                            break;
                        }
                    }
                }
            }
            if (nf != null) {
                g.setFont(nf);
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        double v = c.value(i, j);
                        String t = HeatMapChart.format(v);
                        double tw = nm.stringWidth(t);
                        if (t.isEmpty()) {
                            continue;
                        }
                        Color fill = c.colour(v, s.background());
                        g.setColor(HeatMapChart.textOn(fill == null ? s.greyedFill() : fill));
                        g.drawString(t, (float) (l.gridX + j * l.cell + (l.cell - tw) / 2),
                                (float) (l.gridY + i * l.cell + (l.cell + nm.getAscent() - nm.getDescent()) / 2));
                    }
                }
            }
        }
        // row labels
        g.setFont(l.small);
        g.setColor(s.foreground());
        for (int i = 0; i < rows; i += l.rowLabelStep) {
            String t = c.rowLabels().get(i);
            g.drawString(t, (float) (l.gridX - em * 0.4 - fm.stringWidth(t)),
                    (float) (l.gridY + i * l.cell + (l.cell + fm.getAscent() - fm.getDescent()) / 2));
        }
        // column labels
        for (int j = 0; j < cols; j += l.columnLabelStep) {
            String t = c.columnLabels().get(j);
            double cx = l.gridX + j * l.cell + l.cell / 2;
            if (l.verticalColumnLabels) {
                AffineTransform old = g.getTransform();
                g.translate(cx + (fm.getAscent() - fm.getDescent()) / 2.0, l.gridY - em * 0.4);
                g.rotate(-Math.PI / 2);
                g.drawString(clip(t, fm, em * 8), 0f, 0f);
                g.setTransform(old);
            } else {
                g.drawString(t, (float) (cx - fm.stringWidth(t) / 2.0), (float) (l.gridY - em * 0.3 - fm.getDescent()));
            }
        }
        // axis titles
        g.setColor(s.muted());
        double labelsTop = l.verticalColumnLabels ? l.gridY - em * 0.4 - maxWidth(fm, c.columnLabels(), em * 8)
                : l.gridY - em * 0.3 - lineH;
        if (!c.columnTitle().isEmpty()) {
            String t = c.columnTitle();
            g.drawString(t, (float) (l.gridX + gridW / 2 - fm.stringWidth(t) / 2.0),
                    (float) (labelsTop - em * 0.2 - fm.getDescent()));
        }
        if (!c.rowTitle().isEmpty()) {
            String t = c.rowTitle();
            double x = l.gridX - em * 0.4 - maxWidth(fm, c.rowLabels(), Double.MAX_VALUE) - em * 0.3 - fm.getDescent();
            AffineTransform old = g.getTransform();
            g.translate(x, l.gridY + gridH / 2 + fm.stringWidth(t) / 2.0);
            g.rotate(-Math.PI / 2);
            g.drawString(t, 0f, 0f);
            g.setTransform(old);
        }
        // colour bar, or the legend of a categorical map
        if (c.categorical()) {
            drawLegend(g, c, s, l, fm);
        } else {
            drawBar(g, c, s, l, fm);
        }
        // caption
        if (!c.caption().isEmpty()) {
            g.setColor(s.muted());
            g.setFont(l.small);
            String t = clip(c.caption(), fm, w - em);
            double cx = Math.max(fm.stringWidth(t) / 2.0 + em * 0.3, l.gridX + gridW / 2);
            cx = Math.min(cx, w - fm.stringWidth(t) / 2.0 - em * 0.3);
            g.drawString(t, (float) (cx - fm.stringWidth(t) / 2.0),
                    (float) (l.gridY + gridH + em * 0.4 + fm.getAscent()));
        }
    }

    /** Dash pattern of the k-th iso-line (solid, dashed, dotted, dash-dot, cycling). */
    static float[] dash(int k, double sc) {
        float u = (float) (3 * sc);
        return switch (k % 4) {
            case 1 -> new float[] {2 * u, u};
            case 2 -> new float[] {u * 0.4f, u * 0.6f};
            case 3 -> new float[] {2 * u, u * 0.7f, u * 0.4f, u * 0.7f};
            default -> null;
        };
    }

    /**
     * The overlay layer: bands shaded (the foreground at 18 % opacity; their edges are the iso-lines a map
     * declares beside them), iso-lines
     * in the foreground colour (a dash pattern per line) over a thin background halo, labelled points as
     * ringed dots; every layer's label beside it (iso-line: at its rightmost end; band: at its central
     * cell).
     */
    private static void drawOverlays(Graphics2D g, HeatMapChart c, ChartStyle s, Layout l, Metrics fm) {
        if (c.overlays().isEmpty()) {
            return;
        }
        double sc = s.scale();
        double em = s.scaledFontSize();
        java.awt.Shape oldClip = g.getClip();
        g.clip(new Rectangle2D.Double(l.gridX, l.gridY, l.cell * c.columns(), l.cell * c.rows()));
        int line = 0;
        Color fg = s.foreground();
        for (HeatMapChart.Overlay o : c.overlays()) {
            if (o.kind() == HeatMapChart.Overlay.Kind.BAND) {
                // one path of all band cells, filled once (no seams where cells meet)
                boolean[][] in = o.cells();
                java.awt.geom.Path2D.Double area = new java.awt.geom.Path2D.Double();
                for (int i = 0; i < in.length; i++) {
                    for (int j = 0; j < in[i].length; j++) {
                        if (in[i][j]) {
                            area.append(new Rectangle2D.Double(l.gridX + j * l.cell, l.gridY + i * l.cell, l.cell,
                                    l.cell), false);
                        }
                    }
                }
                g.setColor(new Color(fg.getRed(), fg.getGreen(), fg.getBlue(), 46));
                g.fill(area);
            } else if (o.kind() == HeatMapChart.Overlay.Kind.ISOLINE) {
                double[] seg = o.segments();
                segments(g, seg, l, new BasicStroke((float) (3.2 * sc), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
                        new Color(s.background().getRed(), s.background().getGreen(), s.background().getBlue(), 170));
                segments(g, seg, l, new BasicStroke((float) (1.6 * sc), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                        10f, dash(line, sc), 0f), fg);
                line++;
            }
        }
        g.setClip(oldClip);
        g.setFont(l.small);
        for (HeatMapChart.Overlay o : c.overlays()) {
            if (o.kind() == HeatMapChart.Overlay.Kind.POINTS) {
                for (HeatMapChart.Overlay.Mark m : o.marks()) {
                    double px = l.gridX + m.x() * l.cell;
                    double py = l.gridY + m.y() * l.cell;
                    double r = 3.5 * sc;
                    g.setColor(s.background());
                    g.fill(new java.awt.geom.Ellipse2D.Double(px - r - sc, py - r - sc, 2 * (r + sc), 2 * (r + sc)));
                    g.setColor(fg);
                    g.fill(new java.awt.geom.Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
                    halo(g, s, m.label(), px + r + em * 0.2, py - r, fm);
                }
                continue;
            }
            double[] at = o.labelAnchor();
            if (at == null || o.label().isEmpty()) {
                continue;
            }
            double px = l.gridX + at[0] * l.cell;
            double py = l.gridY + at[1] * l.cell;
            double tw = fm.stringWidth(o.label());
            // keep the label inside the grid
            px = Math.max(l.gridX + em * 0.2, Math.min(px - tw - em * 0.2, l.gridX + l.cell * c.columns() - tw - em * 0.2));
            py = Math.max(l.gridY + fm.getAscent(), Math.min(py, l.gridY + l.cell * c.rows() - fm.getDescent()));
            halo(g, s, o.label(), px, py, fm);
        }
    }

    private static void segments(Graphics2D g, double[] seg, Layout l, BasicStroke stroke, Color colour) {
        g.setStroke(stroke);
        g.setColor(colour);
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        for (int k = 0; k + 3 < seg.length; k += 4) {
            p.moveTo(l.gridX + seg[k] * l.cell, l.gridY + seg[k + 1] * l.cell);
            p.lineTo(l.gridX + seg[k + 2] * l.cell, l.gridY + seg[k + 3] * l.cell);
        }
        g.draw(p);
    }

    /** Text in the foreground colour on a translucent background box (readable over any cell colour). */
    private static void halo(Graphics2D g, ChartStyle s, String t, double x, double y, Metrics fm) {
        double tw = fm.stringWidth(t);
        Color b = s.background();
        g.setColor(new Color(b.getRed(), b.getGreen(), b.getBlue(), 200));
        g.fill(new Rectangle2D.Double(x - 1.5, y - fm.getAscent() - 1, tw + 3, fm.getAscent() + fm.getDescent() + 2));
        g.setColor(s.foreground());
        g.drawString(t, (float) x, (float) y);
    }

    /** One swatch and name per category present, top down from the top of the grid. */
    private static void drawLegend(Graphics2D g, HeatMapChart c, ChartStyle s, Layout l, Metrics fm) {
        double em = s.scaledFontSize();
        double sw = l.bar.getWidth();
        double lineH = Math.max(sw, fm.getAscent() + fm.getDescent()) + em * 0.3;
        double x = l.bar.getX();
        double y = l.gridY;
        g.setFont(l.small);
        for (int k : c.categoriesPresent()) {
            g.setColor(c.colour(k, s.background()));
            g.fill(new Rectangle2D.Double(x, y, sw, sw));
            g.setColor(s.grid());
            g.setStroke(new BasicStroke((float) (0.8 * s.scale())));
            g.draw(new Rectangle2D.Double(x, y, sw, sw));
            g.setColor(s.foreground());
            String t = clip(c.categories().get(k), fm, em * 16);
            g.drawString(t, (float) (x + sw + em * 0.4), (float) (y + (sw + fm.getAscent() - fm.getDescent()) / 2));
            y += lineH;
        }
    }

    private static void drawBar(Graphics2D g, HeatMapChart c, ChartStyle s, Layout l, Metrics fm) {
        Rectangle2D b = l.bar;
        double em = s.scaledFontSize();
        int steps = 64;
        for (int k = 0; k < steps; k++) {
            double t0 = (double) k / steps;
            double v = c.barValue(1 - (t0 + 0.5 / steps));
            g.setColor(c.colour(v, s.background()));
            g.fill(new Rectangle2D.Double(b.getX(), b.getY() + t0 * b.getHeight(), b.getWidth(),
                    b.getHeight() / steps + 0.5));
        }
        g.setColor(s.grid());
        g.setStroke(new BasicStroke((float) (0.8 * s.scale())));
        g.draw(b);
        g.setFont(l.small);
        g.setColor(s.foreground());
        double tx = b.getMaxX() + em * 0.3;
        double asc = fm.getAscent() - fm.getDescent();
        if (c.scale() == HeatMapChart.Scale.LOG) {
            logTicks(g, c, s, b, fm, tx);
        } else {
            g.drawString(HeatMapChart.format(c.max()), (float) tx, (float) (b.getY() + asc));
            g.drawString(HeatMapChart.format(c.min()), (float) tx, (float) b.getMaxY());
        }
        if (c.scale() == HeatMapChart.Scale.DIVERGING) {
            double y0 = b.getY() + b.getHeight() * c.max() / (c.max() - c.min());
            g.draw(new Line2D.Double(b.getX() - 2, y0, b.getMaxX() + 2, y0));
            if (y0 - b.getY() > asc * 2 && b.getMaxY() - y0 > asc * 2) {
                g.drawString("0", (float) tx, (float) (y0 + asc / 2));
            }
        }
        if (!c.valueLabel().isEmpty()) {
            double tickW = tickWidth(c, fm);
            String t = clip(c.valueLabel(), fm, Math.max(b.getHeight(), em * 10));
            AffineTransform old = g.getTransform();
            g.setColor(s.muted());
            g.translate(tx + tickW + em * 0.4 + fm.getAscent(), b.getCenterY() + fm.stringWidth(t) / 2.0);
            g.rotate(-Math.PI / 2);
            g.drawString(t, 0f, 0f);
            g.setTransform(old);
        }
    }

    /** Widest colour-bar tick label: the ends, or the decades (and the "≤ 0" note) of a logarithmic map. */
    static double tickWidth(HeatMapChart c, Metrics fm) {
        double w = Math.max(fm.stringWidth(HeatMapChart.format(c.min())), fm.stringWidth(HeatMapChart.format(c.max())));
        if (c.scale() == HeatMapChart.Scale.LOG && !c.categorical()) {
            for (double d : HeatMapChart.decades(c.min(), c.max())) {
                w = Math.max(w, fm.stringWidth(HeatMapChart.format(d)));
            }
            if (c.hasNonPositive()) {
                w = Math.max(w, fm.stringWidth(NON_POSITIVE_NOTE));
            }
        }
        return w;
    }

    /** The legend note of a logarithmic map's greyed cells (values with no logarithm). */
    public static final String NON_POSITIVE_NOTE = "≤ 0 (no log)";

    /**
     * The ticks of a logarithmic colour bar: a tick and label at each decade (labels thinned to every
     * k-th decade when they would overlap; the ends are labelled when no decade falls in the range), and,
     * when some value is ≤ 0, a greyed swatch below the bar with {@link #NON_POSITIVE_NOTE}.
     */
    private static void logTicks(Graphics2D g, HeatMapChart c, ChartStyle s, Rectangle2D b, Metrics fm, double tx) {
        double asc = fm.getAscent() - fm.getDescent();
        double[] dec = HeatMapChart.decades(c.min(), c.max());
        double lineH = fm.getAscent() + fm.getDescent();
        double span = b.getHeight() * (dec.length > 1 ? (c.barPosition(dec[dec.length - 1]) - c.barPosition(dec[0]))
                / (dec.length - 1) : 1);
        int every = Math.max(1, (int) Math.ceil(lineH / Math.max(1e-9, span)));
        for (int k = 0; k < dec.length; k++) {
            double y = b.getMaxY() - c.barPosition(dec[k]) * b.getHeight();
            g.draw(new Line2D.Double(b.getMaxX() - b.getWidth() * 0.3, y, b.getMaxX() + 2, y));
            if (k % every == 0) {
                double ty = Math.max(b.getY() + asc, Math.min(b.getMaxY(), y + asc / 2));
                g.drawString(HeatMapChart.format(dec[k]), (float) tx, (float) ty);
            }
        }
        if (c.hasNonPositive()) {
            double em = s.scaledFontSize();
            double side = b.getWidth();
            double y = b.getMaxY() + em * 0.6;
            g.setColor(s.greyedFill());
            g.fill(new Rectangle2D.Double(b.getX(), y, side, side));
            g.setColor(s.grid());
            g.draw(new Rectangle2D.Double(b.getX(), y, side, side));
            g.setColor(s.foreground());
            g.drawString(NON_POSITIVE_NOTE, (float) tx, (float) (y + (side + asc) / 2));
        }
    }

    private static double maxWidth(Metrics fm, java.util.List<String> labels, double cap) {
        double m = 0;
        for (String s : labels) {
            m = Math.max(m, fm.stringWidth(s));
        }
        return Math.min(m, cap);
    }

    /** {@code t} shortened with "…" to at most {@code max} wide. */
    static String clip(String t, Metrics fm, double max) {
        if (fm.stringWidth(t) <= max) {
            return t;
        }
        String s = t;
        while (s.length() > 1 && fm.stringWidth(s + "…") > max) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
