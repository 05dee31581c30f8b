package org.gtlab.chart.layout;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PayoffTable;

import java.awt.Font;
import java.awt.Graphics2D;

/**
 * Geometry of a drawn {@link PayoffTable}, in the units of the target (points for files, pixels
 * on screen): where each column starts, the row height, and the header sizes. The editor uses it
 * to find the cell under the mouse and to place its text field.
 *
 * <p>Column widths fit the widest text of the column; for tables with more than
 * {@value #SAMPLE_LIMIT} cells only every k-th row is measured (the layout then stays fast for a
 * 500×500 game, and the widest texts are still found in the usual case of uniform widths).
 */
public final class TableLayout {

    static final int SAMPLE_LIMIT = 8_000;

    public final Font font;
    public final Font bold;
    public final double padX;
    public final double padY;
    /** y of the top of the column-player band (below the title). */
    public final double top;
    public final double titleHeight;
    public final double bandHeight;
    public final double headerHeight;
    public final double rowHeight;
    public final double rowHeaderWidth;
    public final double[] columnWidths;
    /** x of the left edge of column j, relative to the end of the row headers; length columns + 1. */
    public final double[] columnX;
    public final double captionHeight;
    public final double ascent;
    public final double separatorWidth;

    private TableLayout(Font font, Font bold, double padX, double padY, double titleHeight, double bandHeight,
            double headerHeight, double rowHeight, double rowHeaderWidth, double[] columnWidths,
            double captionHeight, double ascent, double separatorWidth) {
        this.font = font;
        this.bold = bold;
        this.padX = padX;
        this.padY = padY;
        this.top = titleHeight;
        this.titleHeight = titleHeight;
        this.bandHeight = bandHeight;
        this.headerHeight = headerHeight;
        this.rowHeight = rowHeight;
        this.rowHeaderWidth = rowHeaderWidth;
        this.columnWidths = columnWidths;
        this.columnX = new double[columnWidths.length + 1];
        for (int j = 0; j < columnWidths.length; j++) {
            columnX[j + 1] = columnX[j] + columnWidths[j];
        }
        this.captionHeight = captionHeight;
        this.ascent = ascent;
        this.separatorWidth = separatorWidth;
    }

    /** Measures {@code table} with the fonts of {@code style} on {@code g}. */
    public static TableLayout of(PayoffTable table, ChartStyle style, Graphics2D g) {
        Font font = new Font(style.fontFamily(), Font.PLAIN, 12).deriveFont((float) style.scaledFontSize());
        Font bold = font.deriveFont(Font.BOLD);
        Metrics fm = Metrics.of(g, font);
        Metrics fb = Metrics.of(g, bold);
        double em = style.scaledFontSize();
        double padX = 0.8 * em;
        double padY = 0.45 * em;
        double lineH = fm.getAscent() + fm.getDescent();
        double rowH = Math.ceil(lineH + 2 * padY);
        double sep = fm.stringWidth(", ");
        int rows = table.rows();
        int cols = table.columns();
        double[] widths = new double[cols];
        int step = 1;
        long cells = (long) rows * cols;
        if (cells > SAMPLE_LIMIT) {
            step = (int) Math.max(1, cells / SAMPLE_LIMIT);
        }
        for (int j = 0; j < cols; j++) {
            double w = fb.stringWidth(table.columnLabel(j));
            for (int i = 0; i < rows; i += step) {
                w = Math.max(w, textsWidth(table.texts(i, j), fm, sep));
            }
            if (step > 1) {
                w = Math.max(w, textsWidth(table.texts(rows - 1, j), fm, sep));
            }
            widths[j] = Math.ceil(Math.max(w + 2 * padX, 3.5 * em));
        }
        double rowHeaderW = fb.stringWidth(table.rowPlayer());
        for (int i = 0; i < rows; i++) {
            rowHeaderW = Math.max(rowHeaderW, fb.stringWidth(table.rowLabel(i)));
        }
        rowHeaderW = Math.ceil(rowHeaderW + 2 * padX);
        double titleH = table.title().isEmpty() ? 0 : Math.ceil(lineH * 1.2 + padY * 2);
        double captionH = table.caption().isEmpty() ? 0 : Math.ceil(lineH + padY * 2);
        double bandH = rowH;
        return new TableLayout(font, bold, padX, padY, titleH, bandH, rowH, rowH, rowHeaderW, widths, captionH,
                fm.getAscent(), sep);
    }

    public static double cellWidth(PayoffTable.Cell c, Metrics fm, double sep) {
        return textsWidth(c.texts(), fm, sep);
    }

    static double textsWidth(java.util.List<String> texts, Metrics fm, double sep) {
        double w = 0;
        for (String t : texts) {
            w += fm.stringWidth(t);
        }
        return w + sep * Math.max(0, texts.size() - 1);
    }

    /**
     * Where player p's text starts inside a cell of width {@code cellWidth}, and its width:
     * {@code {offset, width}} (texts are centred as {@code TableRenderer} draws them).
     */
    public double[] entrySpan(PayoffTable.Cell c, int p, double cellWidth, Graphics2D g) {
        Metrics fm = Metrics.of(g, font);
        double total = cellWidth(c, fm, separatorWidth);
        double x = (cellWidth - total) / 2;
        for (int q = 0; q < p; q++) {
            x += fm.stringWidth(c.texts().get(q)) + separatorWidth;
        }
        return new double[] {x, fm.stringWidth(c.texts().get(p))};
    }

    /** The plain font of the table (for text fields placed over cells). */
    public Font font() {
        return font;
    }

    /** Total width of the table (row headers plus all columns). */
    public double width() {
        return rowHeaderWidth + columnX[columnX.length - 1];
    }

    /** Total height: title, player band, column headers, rows and caption. */
    public double height(int rows) {
        return top + bandHeight + headerHeight + rows * rowHeight + captionHeight;
    }

    /** y where row 0 starts (below the headers). */
    public double bodyTop() {
        return top + bandHeight + headerHeight;
    }
}
