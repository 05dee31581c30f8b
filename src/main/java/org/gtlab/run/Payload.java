package org.gtlab.run;

import java.util.Arrays;

/**
 * An immutable block of numbers attached to a {@link Snapshot}: a vector (one row), a matrix
 * (equal rows) or a ragged array — a mixed profile with one row per player, a population's
 * weights, a heat-map tile. Accessors return copies.
 */
public final class Payload {

    private final double[][] rows;

    private Payload(double[][] rows) {
        this.rows = rows;
    }

    /** One row. */
    public static Payload vector(double... values) {
        return new Payload(new double[][] {values.clone()});
    }

    /** Rows of any lengths (copied). */
    public static Payload rows(double[][] rows) {
        double[][] c = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i].clone();
        }
        return new Payload(c);
    }

    /** Number of rows. */
    public int rowCount() {
        return rows.length;
    }

    /** Row i (a copy). */
    public double[] row(int i) {
        return rows[i].clone();
    }

    /** Entry (i, j). */
    public double get(int i, int j) {
        return rows[i][j];
    }

    /** All rows (a deep copy). */
    public double[][] toArray() {
        double[][] c = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Payload && Arrays.deepEquals(rows, ((Payload) o).rows);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(rows);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(rows);
    }
}
