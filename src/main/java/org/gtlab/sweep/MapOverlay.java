package org.gtlab.sweep;

import java.util.List;
import java.util.Objects;

/**
 * An overlay a two-parameter map declares beside its metric (for example the coopetition maps of spec
 * coopetition.md §8: the contour a* = 2·a*_FR, the 15.04 contour, the historical 15–50 % band): an
 * iso-line {@code field = level}, a band {@code lo ≤ field ≤ hi}, or labelled points, in the map's
 * parameter coordinates. The field is the map's own value when {@link #field()} is null, else a
 * per-point function of the two axis values (e.g. a* ÷ a*_FR), evaluated on the same grid as the map.
 * The geometry (marching squares, band cells) is computed by {@code figure.PhaseDiagramFigure} with
 * {@code chart.model.Contours}, so a contour is accurate to within one cell.
 *
 * @param label  what the overlay is ("a* = 2·a*_FR", "15–50 % band")
 * @param kind   iso-line, band or points
 * @param lo     the level (iso-line) or the band's lower end; NaN for points
 * @param hi     the level (iso-line) or the band's upper end; NaN for points
 * @param field  the function whose level set or band is drawn, or null for the map's value
 * @param points labelled points (POINTS only)
 */
public record MapOverlay(String label, Kind kind, double lo, double hi, Field field, List<Point> points) {

    /** Overlay kinds. */
    public enum Kind {
        ISOLINE, BAND, POINTS
    }

    /** A pure function of the two axis values (thread-safe). */
    @FunctionalInterface
    public interface Field {
        double at(double x, double y);
    }

    /** A labelled point in parameter coordinates. */
    public record Point(String label, double x, double y) {
    }

    /** @throws IllegalArgumentException for a NaN level, an empty band or points without points */
    public MapOverlay {
        Objects.requireNonNull(kind, "kind");
        label = Objects.requireNonNullElse(label, "");
        points = List.copyOf(Objects.requireNonNullElse(points, List.<Point>of()));
        if (kind != Kind.POINTS && (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi)) {
            throw new IllegalArgumentException("overlay \"" + label + "\": needs lo ≤ hi, got [" + lo + ", " + hi + "]");
        }
        if (kind == Kind.ISOLINE && lo != hi) {
            throw new IllegalArgumentException("overlay \"" + label + "\": an iso-line has one level, got " + lo
                    + " and " + hi);
        }
    }

    /** The iso-line {@code field = level} (field null: the map's value). */
    public static MapOverlay isoline(String label, double level, Field field) {
        return new MapOverlay(label, Kind.ISOLINE, level, level, field, List.of());
    }

    /** The band {@code lo ≤ field ≤ hi} (field null: the map's value). */
    public static MapOverlay band(String label, double lo, double hi, Field field) {
        return new MapOverlay(label, Kind.BAND, lo, hi, field, List.of());
    }

    /** Labelled points. */
    public static MapOverlay points(String label, List<Point> points) {
        return new MapOverlay(label, Kind.POINTS, Double.NaN, Double.NaN, null, points);
    }

    /** The same overlay at other levels (what a recipe may edit). */
    public MapOverlay withLevels(double newLo, double newHi) {
        return new MapOverlay(label, kind, newLo, newHi, field, points);
    }
}
