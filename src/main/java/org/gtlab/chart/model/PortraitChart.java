package org.gtlab.chart.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A phase portrait of a population dynamic, as a picture: the state space (a segment, a triangle or
 * a square), the vector field as arrows coloured by speed, trajectories, rest points, exact
 * equilibria and shaded basins of attraction. The model knows nothing about games or dynamics: the
 * UI fills it with numbers. Immutable.
 *
 * <p>Points are given in <em>natural coordinates</em> of the {@link Kind} (see
 * {@link PortraitGeometry}): for {@link Kind#LINE} the share {@code x₁} of the first strategy; for
 * {@link Kind#SIMPLEX} the three shares {@code (x₁, x₂, x₃)} (barycentric coordinates, summing
 * to 1); for {@link Kind#SQUARE} the pair {@code (x₁, y₁)} — population 1's share of its first
 * strategy and population 2's share of its first strategy.
 *
 * @param title      drawn above (may be empty)
 * @param caption    drawn below, e.g. game and dynamic (may be empty)
 * @param kind       the state space
 * @param labels     LINE: the names of strategy 1 and strategy 2 (the right end, x₁ = 1, is "all
 *                   strategy 1"); SIMPLEX: the three vertex labels (e₁, e₂, e₃); SQUARE: the x-axis
 *                   label and the y-axis label
 * @param field      vector-field arrows
 * @param curves     trajectories (drawn over the field)
 * @param points     rest points and equilibria (drawn on top)
 * @param basins     basins of attraction, or null
 */
public record PortraitChart(String title, String caption, Kind kind, List<String> labels, List<Arrow> field,
        List<Curve> curves, List<Point> points, Basins basins) implements Chart {

    /** The state space drawn. */
    public enum Kind {
        /** One population with two strategies: the segment [0, 1] of x₁. */
        LINE(1, 2),
        /** One population with three strategies: the triangle. */
        SIMPLEX(3, 3),
        /** Two populations with two strategies each: the unit square of (x₁, y₁). */
        SQUARE(2, 2);

        private final int dimension;
        private final int labelCount;

        Kind(int dimension, int labelCount) {
            this.dimension = dimension;
            this.labelCount = labelCount;
        }

        /** Number of natural coordinates of a point. */
        public int dimension() {
            return dimension;
        }

        /** Number of labels. */
        public int labelCount() {
            return labelCount;
        }
    }

    /** How a point is drawn. */
    public enum PointKind {
        /** Asymptotically stable rest point: filled disc. */
        STABLE,
        /** Unstable rest point (source or saddle): hollow circle. */
        UNSTABLE,
        /** Non-hyperbolic rest point (a centre): hollow circle with a dot. */
        NEUTRAL,
        /** Exact Nash equilibrium from a solver: diamond outline. */
        EQUILIBRIUM
    }

    public PortraitChart {
        title = Objects.requireNonNullElse(title, "");
        caption = Objects.requireNonNullElse(caption, "");
        Objects.requireNonNull(kind, "kind");
        labels = List.copyOf(labels);
        if (labels.size() != kind.labelCount()) {
            throw new IllegalArgumentException(kind + " portrait needs " + kind.labelCount() + " labels, got "
                    + labels.size());
        }
        field = List.copyOf(field);
        curves = List.copyOf(curves);
        points = List.copyOf(points);
        for (Arrow a : field) {
            check(kind, a.at, "arrow");
            checkLength(kind, a.direction, "arrow direction");
        }
        for (Curve c : curves) {
            for (double[] p : c.points) {
                checkLength(kind, p, "curve point");
            }
        }
        for (Point p : points) {
            checkLength(kind, p.at, "point");
        }
        if (basins != null && basins.kind() != kind) {
            throw new IllegalArgumentException("basins of a " + basins.kind() + " portrait on a " + kind + " portrait");
        }
    }

    private static void check(Kind kind, double[] p, String what) {
        checkLength(kind, p, what);
    }

    private static void checkLength(Kind kind, double[] p, String what) {
        if (p.length != kind.dimension()) {
            throw new IllegalArgumentException(what + " has " + p.length + " coordinates, a " + kind
                    + " portrait needs " + kind.dimension());
        }
    }

    /** The largest arrow speed (0 without arrows): the top of the colour scale. */
    public double maxSpeed() {
        double m = 0;
        for (Arrow a : field) {
            m = Math.max(m, a.speed);
        }
        return m;
    }

    /** A copy with other curves (for example a clicked trajectory added). */
    public PortraitChart withCurves(List<Curve> newCurves) {
        return new PortraitChart(title, caption, kind, labels, field, newCurves, points, basins);
    }

    /** A copy with other basins. */
    public PortraitChart withBasins(Basins newBasins) {
        return new PortraitChart(title, caption, kind, labels, field, curves, points, newBasins);
    }

    /** A copy with other title and caption. */
    public PortraitChart withText(String newTitle, String newCaption) {
        return new PortraitChart(newTitle, newCaption, kind, labels, field, curves, points, basins);
    }

    /**
     * An arrow of the vector field.
     *
     * @param at        position (natural coordinates)
     * @param direction the velocity in natural coordinates (only its direction is drawn)
     * @param speed     the speed, mapped to colour
     */
    public record Arrow(double[] at, double[] direction, double speed) {
        public Arrow {
            at = at.clone();
            direction = direction.clone();
            if (!(speed >= 0) || Double.isInfinite(speed)) {
                throw new IllegalArgumentException("arrow speed must be finite and ≥ 0, got " + speed);
            }
        }

        @Override
        public double[] at() {
            return at.clone();
        }

        @Override
        public double[] direction() {
            return direction.clone();
        }

        public double at(int i) {
            return at[i];
        }

        public double direction(int i) {
            return direction[i];
        }
    }

    /**
     * A trajectory.
     *
     * @param name   what it is ("from (0.5, 0.3, 0.2)", a run's name); may be empty
     * @param points the states in order (natural coordinates)
     * @param colour index into the style's series colours; −1 for the foreground colour
     * @param arrow  whether to draw an arrowhead showing the direction of motion
     */
    public record Curve(String name, List<double[]> points, int colour, boolean arrow) {
        public Curve {
            name = Objects.requireNonNullElse(name, "");
            List<double[]> c = new ArrayList<>(points.size());
            for (double[] p : points) {
                c.add(p.clone());
            }
            points = List.copyOf(c);
        }

        @Override
        public List<double[]> points() {
            List<double[]> c = new ArrayList<>(points.size());
            for (double[] p : points) {
                c.add(p.clone());
            }
            return c;
        }

        public int size() {
            return points.size();
        }

        public double[] point(int i) {
            return points.get(i);
        }
    }

    /**
     * A marked point.
     *
     * @param at    position (natural coordinates)
     * @param kind  how it is drawn
     * @param label text shown next to it (may be empty)
     */
    public record Point(double[] at, PointKind kind, String label) {
        public Point {
            at = at.clone();
            Objects.requireNonNull(kind, "kind");
            label = Objects.requireNonNullElse(label, "");
        }

        @Override
        public double[] at() {
            return at.clone();
        }

        public double at(int i) {
            return at[i];
        }
    }

    /**
     * Basins of attraction sampled on the lattice {@link PortraitGeometry#lattice(Kind, int)} of
     * resolution n: {@code labels[k]} is the attractor reached from lattice point k, or −1. Each
     * lattice cell ({@link PortraitGeometry#cells}) is shaded with the attractor most of its corners
     * reach.
     *
     * @param kind       the state space
     * @param resolution the lattice resolution n ≥ 1
     * @param labels     one label per lattice point
     * @param colours    colour index (into the style's series colours) of each attractor
     */
    public record Basins(Kind kind, int resolution, int[] labels, List<Integer> colours) {
        public Basins {
            Objects.requireNonNull(kind, "kind");
            if (resolution < 1) {
                throw new IllegalArgumentException("basin resolution must be ≥ 1, got " + resolution);
            }
            int n = PortraitGeometry.latticeSize(kind, resolution);
            if (labels.length != n) {
                throw new IllegalArgumentException("basins of resolution " + resolution + " need " + n
                        + " labels, got " + labels.length);
            }
            labels = labels.clone();
            colours = List.copyOf(colours);
            for (int l : labels) {
                if (l < -1 || l >= colours.size()) {
                    throw new IllegalArgumentException("basin label " + l + " is not −1 or an attractor index below "
                            + colours.size());
                }
            }
        }

        @Override
        public int[] labels() {
            return labels.clone();
        }

        /** The label of lattice point k. */
        public int label(int k) {
            return labels[k];
        }

        /** The label shading cell {@code cell}: the most frequent non-negative corner label (ties: lowest). */
        public int cellLabel(int[] cell) {
            int best = -1;
            int bestCount = 0;
            for (int i = 0; i < cell.length; i++) {
                int l = labels[cell[i]];
                if (l < 0) {
                    continue;
                }
                int count = 0;
                for (int j = 0; j < cell.length; j++) {
                    if (labels[cell[j]] == l) {
                        count++;
                    }
                }
                if (count > bestCount || count == bestCount && l < best) {
                    best = l;
                    bestCount = count;
                }
            }
            return best;
        }
    }
}
