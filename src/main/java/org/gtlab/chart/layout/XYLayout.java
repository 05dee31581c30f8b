package org.gtlab.chart.layout;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every part of an {@link XYChart} goes in a {@code w × h} box, measured with the fonts it is
 * drawn in (one layout for the screen, SVG, PDF and PNG; {@code XYRenderer} only paints it).
 *
 * <p>Rules:
 * <ul>
 *   <li>tick density follows the pixels: the densest 1-2-5 step whose labels keep one em apart on
 *       the x axis (a quarter em on the y axis) and whose ticks are at least {@link #xSpacing} or
 *       {@link #ySpacing} apart ({@link Ticks#fit});</li>
 *   <li>axis labels fit: the x label may use the whole width, the rotated y label the plot height (plus one line);
 *       longer labels wrap at a space into two lines, and what still does not fit ends in "…"
 *       (beside a short, wide plot such a y label is written horizontally above the plot instead);</li>
 *   <li>the legend goes in a framed box in a corner of the plot where it covers no line, marker
 *       or label (north-east first); failing that below the plot, or to its right when that leaves
 *       a clearly larger plot (square charts: a larger side; others: a larger 1.6 : 1 plot);</li>
 *   <li>square charts keep a square plot, centred in the space left;</li>
 *   <li>marker labels are placed around their marker, inside the plot, avoiding other labels,
 *       markers and the drawn lines where possible ({@link #placeLabels}).</li>
 * </ul>
 * All coordinates are in the units of the box (pixels on screen, points in exports), y down.
 */
public final class XYLayout {

    /** Where the legend is. */
    public enum LegendPlace { NONE, INSIDE, BELOW, RIGHT }

    /** A line of text: left end and baseline. */
    public record Text(String text, double x, double baseline) {
    }

    /** One legend entry: the line sample starts at x, the text's top is y. */
    public record LegendEntry(XYChart.Series series, String text, double x, double y) {
    }

    /** A marker's label: the text (maybe shortened), its box (with padding) and where to draw it. */
    public record MarkerLabel(int marker, String text, Rectangle2D box, double x, double baseline) {
    }

    public final double em;
    public final double ascent;
    public final double descent;
    public final double lineH;
    public final double pad;
    public final double tickGap;
    public final double swatch;
    public final Rectangle2D plot;
    public final List<Double> xTicks;
    public final List<Double> yTicks;
    public final Text title;
    public final List<Text> xLabel;
    public final List<String> yLabel;
    /** The y label written horizontally above the plot (when it fits nowhere else), or null. */
    public final Text yLabelTop;
    /** Baseline x of the first (leftmost) line of the rotated y label. */
    public final double yLabelX;
    public final List<Text> caption;
    public final LegendPlace legendPlace;
    public final List<LegendEntry> legend;
    /** The framed legend box inside the plot (legend place INSIDE), or null. */
    public final Rectangle2D legendBox;
    public final List<MarkerLabel> markerLabels;
    private final XYChart chart;
    private final Metrics fm;

    /** Radius of a marker before the style's scale, in points. */
    public static final double MARKER_RADIUS = 3.6;

    /** Screen x of data value v in the plot rectangle p. */
    public static double px(XYChart c, Rectangle2D p, double v) {
        return p.getMinX() + c.x().fraction(v) * p.getWidth();
    }

    /** Screen y of data value v in the plot rectangle p. */
    public static double py(XYChart c, Rectangle2D p, double v) {
        return p.getMaxY() - c.y().fraction(v) * p.getHeight();
    }

    private XYLayout(Builder b) {
        em = b.em;
        ascent = b.ascent;
        descent = b.descent;
        lineH = b.lineH;
        pad = b.pad;
        tickGap = b.tickGap;
        swatch = b.swatch;
        plot = b.plot;
        xTicks = List.copyOf(b.xTicks);
        yTicks = List.copyOf(b.yTicks);
        title = b.title;
        xLabel = List.copyOf(b.xLabel);
        yLabel = List.copyOf(b.yLabel);
        yLabelTop = b.yLabelTop;
        yLabelX = b.yLabelX;
        caption = List.copyOf(b.caption);
        legendPlace = b.place;
        legend = List.copyOf(b.legend);
        legendBox = b.legendBox;
        markerLabels = List.copyOf(b.markerLabels);
        chart = b.chart;
        fm = b.fm;
        score = b.score;
    }

    private final double score;

    /** The layout of {@code c} in {@code (0, 0, w, h)}, measured on {@code g}. */
    public static XYLayout of(Graphics2D g, XYChart c, ChartStyle s, double w, double h) {
        Font f = Metrics.font(s, false);
        Font fb = Metrics.font(s, true);
        Metrics fm = Metrics.of(g, f);
        Metrics fmb = Metrics.of(g, fb);
        boolean named = c.series().stream().anyMatch(x -> !x.name().isEmpty());
        if (!c.legend() || !named) {
            return new Builder(c, s, fm, fmb, w, h, LegendPlace.NONE).build();
        }
        XYLayout inside = new Builder(c, s, fm, fmb, w, h, LegendPlace.INSIDE).build();
        if (inside.score > 0) {
            return inside;
        }
        XYLayout below = new Builder(c, s, fm, fmb, w, h, LegendPlace.BELOW).build();
        XYLayout right = new Builder(c, s, fm, fmb, w, h, LegendPlace.RIGHT).build();
        return right.score > below.score * 1.08 ? right : below;
    }

    /** Least distance between x ticks on an axis {@code length} long: 2.8 em, or an eighth of the axis. */
    public static double xSpacing(double em, double length) {
        return Math.max(2.8 * em, length / 8);
    }

    /** Least distance between y ticks on an axis {@code length} long: 2.1 em, or a seventh of the axis. */
    public static double ySpacing(double em, double length) {
        return Math.max(2.1 * em, length / 7);
    }

    /** Marker radius for a style: 3.6 points times the scale, at least 0.3 em (large screen fonts). */
    public static double markerRadius(ChartStyle s) {
        return Math.max(MARKER_RADIUS * s.scale(), 0.3 * s.scaledFontSize());
    }

    /** Label of x tick i. */
    public String xTickLabel(int i) {
        return Ticks.label(xTicks.get(i), chart.x());
    }

    /** Label of y tick i. */
    public String yTickLabel(int i) {
        return Ticks.label(yTicks.get(i), chart.y());
    }

    /** Screen x of x tick i. */
    public double xTickPos(int i) {
        return plot.getMinX() + chart.x().fraction(xTicks.get(i)) * plot.getWidth();
    }

    /** Screen y of y tick i. */
    public double yTickPos(int i) {
        return plot.getMaxY() - chart.y().fraction(yTicks.get(i)) * plot.getHeight();
    }

    /** The box of x tick label i (centred under its tick). */
    public Rectangle2D xTickBox(int i) {
        double wl = fm.stringWidth(xTickLabel(i));
        return new Rectangle2D.Double(xTickPos(i) - wl / 2, plot.getMaxY() + tickGap, wl, lineH);
    }

    /** The box of y tick label i (right-aligned left of the plot, centred on its tick). */
    public Rectangle2D yTickBox(int i) {
        double wl = fm.stringWidth(yTickLabel(i));
        return new Rectangle2D.Double(plot.getMinX() - tickGap - wl, yTickPos(i) - lineH / 2, wl, lineH);
    }

    /** Box of the rotated y label (empty rectangle if there is none). */
    public Rectangle2D yLabelBox() {
        if (yLabel.isEmpty()) {
            return new Rectangle2D.Double();
        }
        double len = TextFit.width(fm, yLabel);
        return new Rectangle2D.Double(yLabelX - ascent, plot.getCenterY() - len / 2, yLabel.size() * lineH, len);
    }

    /** Width of {@code s} in the chart's plain font. */
    public double width(String s) {
        return fm.stringWidth(s);
    }

    /** Width of one legend entry (sample, gap, text). */
    public double entryWidth(String text) {
        return swatch + 0.4 * em + fm.stringWidth(text);
    }

    private static final class Builder {
        final XYChart chart;
        final Metrics fm;
        final Metrics fmb;
        final double w;
        final double h;
        final LegendPlace place;
        final double em;
        final double ascent;
        final double descent;
        final double lineH;
        final double pad;
        final double tickGap;
        final double swatch;
        final double sc;
        final double markerRadius;
        Rectangle2D plot;
        List<Double> xTicks = List.of();
        List<Double> yTicks = List.of();
        Text title;
        List<Text> xLabel = new ArrayList<>();
        List<String> yLabel = List.of();
        Text yLabelTop;
        Rectangle2D legendBox;
        double legendGap;
        double yLabelX;
        List<Text> caption = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        List<MarkerLabel> markerLabels = new ArrayList<>();
        double score;

        Builder(XYChart c, ChartStyle s, Metrics fm, Metrics fmb, double w, double h, LegendPlace place) {
            this.chart = c;
            this.fm = fm;
            this.fmb = fmb;
            this.w = w;
            this.h = h;
            this.place = place;
            this.em = s.scaledFontSize();
            this.ascent = fm.getAscent();
            this.descent = fm.getDescent();
            this.lineH = ascent + descent;
            this.pad = 0.5 * em;
            this.tickGap = 0.35 * em;
            this.swatch = 1.8 * em;
            this.sc = s.scale();
            this.markerRadius = markerRadius(s);
        }

        XYLayout build() {
            XYChart c = chart;
            double textW = Math.max(1, w - 2 * pad);
            // title and caption: fixed by the width alone
            String titleText = c.title().isEmpty() ? "" : TextFit.ellipsize(fmb, c.title(), textW);
            double titleH = titleText.isEmpty() ? 0 : fmb.getAscent() + fmb.getDescent() + 0.3 * em;
            List<String> capLines = TextFit.wrap(fm, c.caption(), textW, 2);
            double capH = capLines.isEmpty() ? 0 : capLines.size() * lineH + 0.4 * em;
            List<String> xLines = TextFit.wrap(fm, c.x().label(), textW, 2);
            double xLabH = xLines.isEmpty() ? 0 : 0.25 * em + xLines.size() * lineH;
            // legend texts and their block
            List<XYChart.Series> named = new ArrayList<>();
            for (XYChart.Series ser : c.series()) {
                if (!ser.name().isEmpty()) {
                    named.add(ser);
                }
            }
            List<String> names = new ArrayList<>();
            double maxName = place == LegendPlace.RIGHT || place == LegendPlace.INSIDE ? Math.max(6 * em, 0.4 * w)
                    : textW - swatch - 0.4 * em;
            for (XYChart.Series ser : named) {
                names.add(TextFit.ellipsize(fm, ser.name(), maxName));
            }
            List<List<Integer>> rows = new ArrayList<>();
            double colW = 0;
            if (place == LegendPlace.BELOW) {
                rows = pack(names, textW);
            } else if (place == LegendPlace.RIGHT || place == LegendPlace.INSIDE) {
                for (int i = 0; i < names.size(); i++) {
                    rows.add(List.of(i));
                    colW = Math.max(colW, entryWidth(names.get(i)));
                }
            }
            double legendBelowH = place == LegendPlace.BELOW ? 0.45 * em + rows.size() * lineH : 0;

            double top0 = pad + titleH + lineH / 2;
            double bottomFixed = tickGap + lineH + xLabH + legendBelowH + (capH > 0 ? capH : 0) + pad;
            // iterate: tick labels set the margins, the margins set the tick density; a y label
            // that does not fit beside a short, wide plot even in two lines goes above it
            List<Double> yt = List.of();
            List<Double> xt = List.of();
            List<String> yLines = List.of();
            boolean yTop = false;
            double[] m = null;
            for (int iter = 0; iter < 8; iter++) {
                m = margins(yt, xt, yLines, yTop, top0, bottomFixed, colW, m == null ? 0 : m[4]);
                double pw = m[4];
                double ph = m[5];
                List<Double> nyt = Ticks.fit(c.y(), ph, t -> lineH, 0.25 * em, ySpacing(em, ph));
                List<Double> nxt = Ticks.fit(c.x(), pw, fm::stringWidth, 1.0 * em, xSpacing(em, pw));
                List<String> nyl = yTop ? List.of() : TextFit.wrap(fm, c.y().label(), ph + lineH, 2);
                if (!yTop && nyl.stream().anyMatch(t -> t.endsWith(TextFit.ELLIPSIS)) && pw >= 1.6 * ph
                        && !c.y().label().endsWith(TextFit.ELLIPSIS)) {
                    yTop = true;
                    nyl = List.of();
                }
                boolean same = nyt.equals(yt) && nxt.equals(xt) && nyl.equals(yLines);
                yt = nyt;
                xt = nxt;
                yLines = nyl;
                if (same) {
                    break;
                }
            }
            // final margins from the final labels (ticks refitted if they moved the plot)
            m = margins(yt, xt, yLines, yTop, top0, bottomFixed, colW, m[4]);
            double left = m[0];
            double right = m[1];
            double top = m[2];
            double legendGap = m[3];
            double pw = m[4];
            double ph = m[5];
            yt = Ticks.fit(c.y(), ph, t -> lineH, 0.25 * em, ySpacing(em, ph));
            xt = Ticks.fit(c.x(), pw, fm::stringWidth, 1.0 * em, xSpacing(em, pw));
            xTicks = xt;
            yTicks = yt;
            yLabel = yLines;
            // plot rectangle: the square is centred in the space left (with its legend beside it)
            double availW = Math.max(10, w - left - right);
            double availH = Math.max(10, h - top - bottomFixed);
            double x0 = left;
            double y0 = top;
            if (c.square()) {
                x0 += (availW - pw) / 2;
                y0 += (availH - ph) / 2;
            }
            plot = new Rectangle2D.Double(x0, y0, pw, ph);
            // y label: left of the tick labels, block centred on the plot; or above the plot
            double yTickW = maxWidth(yt, c.y());
            yLabelX = x0 - tickGap - yTickW - 0.3 * em - yLines.size() * lineH + ascent;
            if (yTop) {
                String t = TextFit.ellipsize(fm, c.y().label(), textW);
                double tw = fm.stringWidth(t);
                yLabelTop = new Text(t, clampX(x0 - tickGap - yTickW, tw), y0 - lineH / 2 - 0.2 * em - descent);
            }
            this.legendGap = legendGap;
            // title, x label, legend, caption
            if (!titleText.isEmpty()) {
                double tw = fmb.stringWidth(titleText);
                title = new Text(titleText, clampX(plot.getCenterX() - tw / 2, tw), pad + fmb.getAscent() + (y0 - top));
            }
            double y = plot.getMaxY() + tickGap + lineH + (xLines.isEmpty() ? 0 : 0.25 * em);
            for (String l : xLines) {
                double lw = fm.stringWidth(l);
                xLabel.add(new Text(l, clampX(plot.getCenterX() - lw / 2, lw), y + ascent));
                y += lineH;
            }
            if (place == LegendPlace.BELOW) {
                // rows left-aligned in one block, the block centred under the plot
                y += 0.45 * em;
                double blockW = 0;
                for (List<Integer> row : rows) {
                    blockW = Math.max(blockW, rowWidth(names, row));
                }
                double bx = clampX(plot.getCenterX() - blockW / 2, blockW);
                for (List<Integer> row : rows) {
                    double x = bx;
                    for (int i : row) {
                        legend.add(new LegendEntry(named.get(i), names.get(i), x, y));
                        x += entryWidth(names.get(i)) + 1.2 * em;
                    }
                    y += lineH;
                }
            } else if (place == LegendPlace.RIGHT) {
                double ly = plot.getMinY();
                for (int i = 0; i < names.size(); i++) {
                    legend.add(new LegendEntry(named.get(i), names.get(i), plot.getMaxX() + legendGap, ly));
                    ly += lineH;
                }
            }
            // the caption follows the block (a centred square carries it along)
            double cy = y + 0.4 * em + ascent;
            for (String l : capLines) {
                double lw = fm.stringWidth(l);
                caption.add(new Text(l, clampX(plot.getCenterX() - lw / 2, lw), cy));
                cy += lineH;
            }
            score = c.square() ? pw : Math.min(pw, 1.6 * ph);
            boolean shortened = false;
            for (int i = 0; i < names.size(); i++) {
                shortened |= !names.get(i).equals(named.get(i).name());
            }
            if (place == LegendPlace.RIGHT && (names.size() * lineH > ph || shortened)) {
                score = 0;
            }
            markerLabels = placeLabels(c, plot, fm, em, lineH, ascent, markerRadius, sc);
            if (place == LegendPlace.INSIDE) {
                Rectangle2D box = shortened ? null : insideLegend(named, names, colW);
                score = box == null ? 0 : Double.POSITIVE_INFINITY;
                if (box != null) {
                    legendBox = box;
                    double ly = box.getY() + 0.3 * em;
                    for (int i = 0; i < names.size(); i++) {
                        legend.add(new LegendEntry(named.get(i), names.get(i), box.getX() + 0.4 * em, ly));
                        ly += lineH;
                    }
                }
            }
            return new XYLayout(this);
        }

        /**
         * A corner of the plot where the legend box crosses no drawn line, marker or marker label
         * and covers at most half of the plot (north-east, north-west, south-east, south-west
         * tried in turn), or null.
         */
        private Rectangle2D insideLegend(List<XYChart.Series> named, List<String> names, double colW) {
            double bw = colW + 0.8 * em;
            double bh = names.size() * lineH + 0.6 * em;
            double inset = 0.4 * em;
            Rectangle2D p = plot;
            if (bw + 2 * inset > p.getWidth() || bh + 2 * inset > p.getHeight()
                    || bw * bh > p.getWidth() * p.getHeight() / 2) {
                return null;
            }
            double[][] corners = {
                {p.getMaxX() - inset - bw, p.getMinY() + inset}, {p.getMinX() + inset, p.getMinY() + inset},
                {p.getMaxX() - inset - bw, p.getMaxY() - inset - bh}, {p.getMinX() + inset, p.getMaxY() - inset - bh}};
            List<Segment> segs = segments(chart, p, sc);
            for (double[] cxy : corners) {
                Rectangle2D b = new Rectangle2D.Double(cxy[0], cxy[1], bw, bh);
                boolean clean = true;
                for (Segment sg : segs) {
                    double grow = sg.halfWidth() + 0.2 * em;
                    Rectangle2D fat = new Rectangle2D.Double(b.getX() - grow, b.getY() - grow, b.getWidth() + 2 * grow,
                            b.getHeight() + 2 * grow);
                    if (fat.intersectsLine(sg.line()) || fat.contains(sg.line().getP1())) {
                        clean = false;
                        break;
                    }
                }
                for (XYChart.Marker mk : chart.markers()) {
                    double mx = px(chart, p, mk.x());
                    double my = py(chart, p, mk.y());
                    double d = 1.4 * markerRadius;
                    clean &= !b.intersects(mx - d, my - d, 2 * d, 2 * d);
                }
                for (MarkerLabel ml : markerLabels) {
                    clean &= !b.intersects(ml.box());
                }
                if (clean) {
                    return b;
                }
            }
            return null;
        }

        /** Widest tick label of an axis. */
        private double maxWidth(List<Double> ticks, XYChart.Axis a) {
            double mw = 0;
            for (double v : ticks) {
                mw = Math.max(mw, fm.stringWidth(Ticks.label(v, a)));
            }
            return mw;
        }

        /**
         * Margins for the given labels: {left, right, top, legend gap, plot width, plot height}
         * ({@code prevPw}: the plot width the x ticks were fitted to, for the last label's overhang).
         */
        private double[] margins(List<Double> yt, List<Double> xt, List<String> yLines, boolean yTop, double top0,
                double bottomFixed, double colW, double prevPw) {
            XYChart c = chart;
            double left = pad + (yLines.isEmpty() ? 0 : yLines.size() * lineH + 0.3 * em) + maxWidth(yt, c.y())
                    + tickGap;
            double top = top0 + (yTop ? lineH + 0.2 * em : 0);
            double overhang = 0;
            if (!xt.isEmpty()) {
                double lastV = xt.get(xt.size() - 1);
                double lw = fm.stringWidth(Ticks.label(lastV, c.x()));
                overhang = Math.max(0, lw / 2 - (1 - c.x().fraction(lastV)) * prevPw);
            }
            double right;
            double legendGap = 0;
            if (place == LegendPlace.RIGHT) {
                legendGap = Math.max(0.9 * em, overhang + 0.3 * em);
                right = legendGap + colW + pad;
            } else {
                right = Math.max(em, overhang + 0.4 * em);
            }
            double pw = Math.max(10, w - left - right);
            double ph = Math.max(10, h - top - bottomFixed);
            if (c.square()) {
                pw = Math.min(pw, ph);
                ph = pw;
            }
            return new double[] {left, right, top, legendGap, pw, ph};
        }

        private double clampX(double x, double width) {
            return Math.max(pad, Math.min(x, w - pad - width));
        }

        private double entryWidth(String text) {
            return swatch + 0.4 * em + fm.stringWidth(text);
        }

        private double rowWidth(List<String> names, List<Integer> row) {
            double rw = 0;
            for (int i : row) {
                rw += entryWidth(names.get(i));
            }
            return rw + 1.2 * em * (row.size() - 1);
        }

        /** Legend entries in rows no wider than {@code max}. */
        private List<List<Integer>> pack(List<String> names, double max) {
            List<List<Integer>> rows = new ArrayList<>();
            List<Integer> cur = new ArrayList<>();
            double x = 0;
            for (int i = 0; i < names.size(); i++) {
                double ew = entryWidth(names.get(i));
                if (!cur.isEmpty() && x + 1.2 * em + ew > max) {
                    rows.add(cur);
                    cur = new ArrayList<>();
                    x = 0;
                }
                x += (cur.isEmpty() ? 0 : 1.2 * em) + ew;
                cur.add(i);
            }
            if (!cur.isEmpty()) {
                rows.add(cur);
            }
            return rows;
        }
    }

    /**
     * Places the marker labels of {@code c} on a plot at {@code p}: each label tries eight spots
     * around its marker (north-east first), then eight a little farther out (above and below
     * first), and takes the one with the least penalty: leaving the plot costs most, then covering
     * an earlier label, then covering a marker, then every drawn line segment it crosses (lines
     * counted with their stroke width). A label wider than the plot is shortened with "…"; a label
     * that fits nowhere inside is pushed inside.
     */
    public static List<MarkerLabel> placeLabels(XYChart c, Rectangle2D p, Metrics fm, double em, double lineH,
            double ascent, double r, double lineScale) {
        List<MarkerLabel> out = new ArrayList<>();
        if (c.markers().stream().allMatch(m -> m.label().isEmpty())) {
            return out;
        }
        List<Segment> segs = segments(c, p, lineScale);
        List<Rectangle2D> markers = new ArrayList<>();
        for (XYChart.Marker m : c.markers()) {
            double x = px(c, p, m.x());
            double y = py(c, p, m.y());
            double d = 1.4 * r;
            markers.add(new Rectangle2D.Double(x - d, y - d, 2 * d, 2 * d));
        }
        double padX = 0.2 * em;
        for (int k = 0; k < c.markers().size(); k++) {
            XYChart.Marker m = c.markers().get(k);
            if (m.label().isEmpty()) {
                continue;
            }
            String text = TextFit.ellipsize(fm, m.label(), Math.max(em, p.getWidth() - 2 * padX - 2));
            double bw = fm.stringWidth(text) + 2 * padX;
            double bh = lineH;
            double x = px(c, p, m.x());
            double y = py(c, p, m.y());
            // two rings of eight spots: close to the marker first, then a little farther out
            double[][] spots = new double[16][];
            for (int ring = 0; ring < 2; ring++) {
                double d = 1.45 * r + 0.1 * em + ring * 0.7 * em;
                double[][] ringSpots = ring == 0 ? new double[][] {
                    {x + d, y - d - bh}, {x - d - bw, y - d - bh}, {x + d, y + d}, {x - d - bw, y + d},
                    {x + d + 0.15 * em, y - bh / 2}, {x - d - 0.15 * em - bw, y - bh / 2},
                    {x - bw / 2, y - d - bh}, {x - bw / 2, y + d}}
                    : new double[][] {
                        {x - bw / 2, y - d - bh}, {x - bw / 2, y + d}, {x + d, y - d - bh}, {x - d - bw, y - d - bh},
                        {x + d, y + d}, {x - d - bw, y + d}, {x + d + 0.15 * em, y - bh / 2},
                        {x - d - 0.15 * em - bw, y - bh / 2}};
                System.arraycopy(ringSpots, 0, spots, ring * 8, 8);
            }
            Rectangle2D inner = new Rectangle2D.Double(p.getX() + 1, p.getY() + 1, p.getWidth() - 2,
                    p.getHeight() - 2);
            Rectangle2D best = null;
            double bestScore = Double.POSITIVE_INFINITY;
            for (int i = 0; i < spots.length; i++) {
                Rectangle2D b = new Rectangle2D.Double(spots[i][0], spots[i][1], bw, bh);
                double score = i < 8 ? i : 20 + i;
                score += 1e6 * (b.getWidth() * b.getHeight() - area(b.createIntersection(inner)));
                for (MarkerLabel o : out) {
                    score += 1e4 * area(b.createIntersection(o.box()));
                }
                for (int j = 0; j < markers.size(); j++) {
                    score += 1e2 * area(b.createIntersection(markers.get(j)));
                }
                for (Segment s : segs) {
                    double grow = s.halfWidth() + 0.5;
                    Rectangle2D fat = new Rectangle2D.Double(b.getX() - grow, b.getY() - grow, b.getWidth() + 2 * grow,
                            b.getHeight() + 2 * grow);
                    if (fat.intersectsLine(s.line())) {
                        score += 400;
                    }
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = b;
                }
            }
            if (!inner.contains(best)) {
                double bx = Math.max(inner.getMinX(), Math.min(best.getX(), inner.getMaxX() - bw));
                double by = Math.max(inner.getMinY(), Math.min(best.getY(), inner.getMaxY() - bh));
                best = new Rectangle2D.Double(bx, by, bw, bh);
            }
            out.add(new MarkerLabel(k, text, best, best.getX() + padX, best.getY() + ascent));
        }
        return out;
    }

    private static double area(Rectangle2D r) {
        return r.getWidth() > 0 && r.getHeight() > 0 ? r.getWidth() * r.getHeight() : 0;
    }

    /** A drawn line piece and half its stroke width. */
    private record Segment(Line2D line, double halfWidth) {
    }

    /** The drawn series as screen segments (at most about 4000, evenly thinned). */
    private static List<Segment> segments(XYChart c, Rectangle2D p, double sc) {
        List<Segment> segs = new ArrayList<>();
        int total = 0;
        for (XYChart.Series s : c.series()) {
            total += s.size();
        }
        int stride = Math.max(1, total / 4000);
        for (XYChart.Series s : c.series()) {
            double px = Double.NaN;
            double py = Double.NaN;
            int n = s.size();
            for (int i = 0; i < n; i = i == n - 1 ? n : Math.min(i + stride, n - 1)) {
                double xv = s.x(i);
                double yv = s.y(i);
                boolean ok = Double.isFinite(xv) && Double.isFinite(yv) && !(c.x().log() && xv <= 0)
                        && !(c.y().log() && yv <= 0);
                if (!ok) {
                    px = Double.NaN;
                    continue;
                }
                double sx = px(c, p, xv);
                double sy = py(c, p, yv);
                if (!Double.isNaN(px)) {
                    segs.add(new Segment(new Line2D.Double(px, py, sx, sy), s.width() * sc / 2));
                }
                px = sx;
                py = sy;
            }
        }
        return segs;
    }
}
