package org.gtlab.coopetition.phase;

import java.util.List;
import java.util.Objects;

/**
 * One two-parameter map of spec §8: two axes, a per-cell function and the contours the spec names.
 * The per-cell function is pure and thread-safe, so a sweep layer can evaluate cells in any order
 * and on any worker; {@link #grid} evaluates a full grid on the caller's thread.
 *
 * @param id       "1" … "13" with a suffix where one spec map has two panels ("8-log", "9-share")
 * @param title    what the map shows
 * @param x        horizontal axis
 * @param y        vertical axis
 * @param value    the cell value's label
 * @param cell     the per-cell function (x, y) → value
 * @param contours contour lines to overlay
 * @param points   labelled points to overlay (e.g. the Apache phases)
 * @param bands    regions to shade (cells whose field lies in a range, e.g. the 15–50 % historical band)
 * @param logColour true if the spec asks for a logarithmic colour scale (map 1: "log colour scale")
 */
public record CoopetitionMap(String id, String title, Axis x, Axis y, String value, Cell cell, List<Contour> contours,
        List<Point> points, List<Band> bands, boolean logColour) {

    /** A map on a linear colour scale. */
    public CoopetitionMap(String id, String title, Axis x, Axis y, String value, Cell cell, List<Contour> contours,
            List<Point> points, List<Band> bands) {
        this(id, title, x, y, value, cell, contours, points, bands, false);
    }

    /** This map with a logarithmic (true) or linear colour scale. */
    public CoopetitionMap withLogColour(boolean log) {
        return new CoopetitionMap(id, title, x, y, value, cell, contours, points, bands, log);
    }

    public CoopetitionMap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cell, "cell");
        contours = List.copyOf(contours);
        points = List.copyOf(points);
        bands = List.copyOf(bands);
    }

    /** A map without bands. */
    public CoopetitionMap(String id, String title, Axis x, Axis y, String value, Cell cell, List<Contour> contours,
            List<Point> points) {
        this(id, title, x, y, value, cell, contours, points, List.of());
    }

    /** This map with these bands. */
    public CoopetitionMap withBands(List<Band> b) {
        return new CoopetitionMap(id, title, x, y, value, cell, contours, points, b, logColour);
    }

    /**
     * A band: the cells where {@code lo ≤ field ≤ hi}.
     *
     * @param label legend text
     * @param lo    lower end
     * @param hi    upper end (≥ lo)
     * @param field the function (often the cell function itself)
     */
    public record Band(String label, double lo, double hi, Cell field) {
        public Band {
            if (!(lo <= hi)) {
                throw new IllegalArgumentException("band " + label + " needs lo ≤ hi, got [" + lo + ", " + hi + "]");
            }
        }
    }

    /** A per-cell function. */
    @FunctionalInterface
    public interface Cell {
        double at(double x, double y);
    }

    /**
     * An axis.
     *
     * @param name    parameter name
     * @param min     lower end
     * @param max     upper end
     * @param integer true if the parameter is an integer (team size): cells round to the nearest integer
     */
    public record Axis(String name, double min, double max, boolean integer) {
        public Axis {
            if (!(max > min)) {
                throw new IllegalArgumentException("axis " + name + " needs min < max, got [" + min + ", " + max + "]");
            }
        }

        /** The k-th of {@code count} equally spaced values from min to max. */
        public double value(int k, int count) {
            double v = count == 1 ? min : min + (max - min) * k / (count - 1);
            return integer ? Math.rint(v) : v;
        }
    }

    /**
     * A contour: where {@code field} crosses {@code level}.
     *
     * @param label legend text
     * @param level the level
     * @param field the function whose level set is drawn (often the cell function itself)
     */
    public record Contour(String label, double level, Cell field) {
    }

    /**
     * A labelled point.
     *
     * @param label text
     * @param x     x
     * @param y     y
     */
    public record Point(String label, double x, double y) {
    }

    /**
     * The grid of values computed on a worker budget: rows split into parts run by {@code workers}
     * (null: the caller's thread); each cell is the per-cell function, so the grid equals
     * {@link #grid(int, int)} exactly.
     *
     * @throws IllegalArgumentException for fewer than 2 cells per axis
     */
    public double[][] grid(int nx, int ny, org.gtlab.compute.Workers workers) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("a map needs at least 2×2 cells, got " + nx + "×" + ny);
        }
        double[][] v = new double[ny][nx];
        int parts = workers == null ? 1 : Math.min(ny, 4 * workers.size());
        org.gtlab.compute.Workers.runParts(workers, parts, p -> {
            for (int j = p; j < ny; j += parts) {
                double yv = y.value(j, ny);
                for (int i = 0; i < nx; i++) {
                    v[j][i] = cell.at(x.value(i, nx), yv);
                }
            }
        });
        return v;
    }

    /**
     * The grid of values: rows = y values (from min), columns = x values.
     *
     * @throws IllegalArgumentException for fewer than 2 cells per axis
     */
    public double[][] grid(int nx, int ny) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("a map needs at least 2×2 cells, got " + nx + "×" + ny);
        }
        double[][] v = new double[ny][nx];
        for (int j = 0; j < ny; j++) {
            double yv = y.value(j, ny);
            for (int i = 0; i < nx; i++) {
                v[j][i] = cell.at(x.value(i, nx), yv);
            }
        }
        return v;
    }
}
