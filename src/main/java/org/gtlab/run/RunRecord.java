package org.gtlab.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * All snapshots of a run, in step order, for export and drawing. Immutable: a running run hands out
 * a new view of the snapshots so far each time ({@link RunHandle#record()}), without copying.
 *
 * <p>CSV ({@link #toCsv()}): a header row {@code step,<metric>,…} with the union of all metric names
 * in order of first appearance, then one row per snapshot; numbers in Java's shortest round-trip
 * form ({@link Double#toString(double)}, NaN as {@code NaN}), empty cells for metrics a snapshot
 * lacks, {@code \n} line ends. Identical snapshots give identical bytes.
 */
public final class RunRecord {

    /** The empty record. */
    public static final RunRecord EMPTY = new RunRecord(new Snapshot[0], 0);

    private final Snapshot[] items;
    private final int size;
    private List<String> names;

    RunRecord(Snapshot[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /**
     * A record of these snapshots.
     *
     * @throws IllegalArgumentException if the steps are not strictly increasing
     */
    public static RunRecord of(List<Snapshot> snapshots) {
        Snapshot[] a = snapshots.toArray(new Snapshot[0]);
        for (int i = 1; i < a.length; i++) {
            if (a[i].step() <= a[i - 1].step()) {
                throw new IllegalArgumentException("snapshot steps must increase: " + a[i - 1].step() + " then "
                        + a[i].step());
            }
        }
        return new RunRecord(a, a.length);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Snapshot i. */
    public Snapshot get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("snapshot " + i + " of " + size);
        }
        return items[i];
    }

    /** The last snapshot, or null if empty. */
    public Snapshot last() {
        return size == 0 ? null : items[size - 1];
    }

    /** The snapshots as an unmodifiable list. */
    public List<Snapshot> snapshots() {
        return new AbstractList<>() {
            @Override
            public Snapshot get(int i) {
                return RunRecord.this.get(i);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The snapshots with step ≤ {@code step}. */
    public RunRecord upTo(long step) {
        int n = size;
        while (n > 0 && items[n - 1].step() > step) {
            n--;
        }
        return n == size ? this : new RunRecord(items, n);
    }

    /** Union of the metric names, in order of first appearance. */
    public List<String> metricNames() {
        List<String> n = names;
        if (n == null) {
            Set<String> all = new LinkedHashSet<>();
            List<String> prev = null;
            for (int i = 0; i < size; i++) {
                List<String> m = items[i].metricNames();
                if (m != prev) {
                    all.addAll(m);
                    prev = m;
                }
            }
            n = List.copyOf(all);
            names = n;
        }
        return n;
    }

    /** The step of every snapshot. */
    public long[] steps() {
        long[] s = new long[size];
        for (int i = 0; i < size; i++) {
            s[i] = items[i].step();
        }
        return s;
    }

    /** One metric over the record (NaN where a snapshot lacks it). */
    public double[] series(String metric) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            Snapshot s = items[i];
            int k = s.metricNames().indexOf(metric);
            v[i] = k < 0 ? Double.NaN : s.metric(k);
        }
        return v;
    }

    /**
     * At most {@code maxPoints} snapshots for drawing: the first, the last, and evenly spaced ones
     * between (index {@code round(i (n − 1) / (maxPoints − 1))}).
     *
     * @throws IllegalArgumentException if {@code maxPoints < 2}
     */
    public RunRecord decimate(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints must be ≥ 2, got " + maxPoints);
        }
        if (size <= maxPoints) {
            return this;
        }
        Snapshot[] out = new Snapshot[maxPoints];
        for (int i = 0; i < maxPoints; i++) {
            out[i] = items[(int) Math.round((double) i * (size - 1) / (maxPoints - 1))];
        }
        return new RunRecord(out, maxPoints);
    }

    /** The CSV text. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        writeCsv(sb);
        return sb.toString();
    }

    /** Writes the CSV. */
    public void writeCsv(Appendable out) {
        try {
            List<String> cols = metricNames();
            out.append("step");
            for (String c : cols) {
                out.append(',').append(csvField(c));
            }
            out.append('\n');
            for (int i = 0; i < size; i++) {
                Snapshot s = items[i];
                out.append(Long.toString(s.step()));
                boolean same = s.metricNames().equals(cols);
                for (int c = 0; c < cols.size(); c++) {
                    out.append(',');
                    int k = same ? c : s.metricNames().indexOf(cols.get(c));
                    if (k >= 0) {
                        out.append(Double.toString(s.metric(k)));
                    }
                }
                out.append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** The snapshots as a JSON array ({@link Snapshot#toJson()}). */
    public ArrayNode toJson() {
        ArrayNode a = Json.array();
        for (int i = 0; i < size; i++) {
            a.add(items[i].toJson());
        }
        return a;
    }

    /**
     * The inverse of {@link #toJson()}.
     *
     * @throws IllegalArgumentException if the JSON is not an array of snapshots
     */
    public static RunRecord fromJson(JsonNode n) {
        if (n == null || !n.isArray()) {
            throw new IllegalArgumentException("expected an array of snapshots, got " + n);
        }
        List<Snapshot> l = new ArrayList<>(n.size());
        for (JsonNode s : n) {
            l.add(Snapshot.fromJson(s));
        }
        return of(l);
    }

    /** Same snapshots (bit-identical metrics). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RunRecord)) {
            return false;
        }
        RunRecord r = (RunRecord) o;
        return size == r.size && Arrays.equals(items, 0, size, r.items, 0, r.size);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < size; i++) {
            h = 31 * h + items[i].hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        return "RunRecord[" + size + " snapshots" + (size == 0 ? "" : ", steps " + items[0].step() + "…" + last().step())
                + "]";
    }

    /** Append-only buffer behind a running run's record: one writer, any number of readers. */
    static final class Buffer {
        private Snapshot[] items;
        private int size;
        private volatile RunRecord view;

        Buffer(RunRecord initial) {
            this.items = Arrays.copyOf(initial.items, Math.max(16, initial.size * 2));
            this.size = initial.size;
            this.view = new RunRecord(items, size);
        }

        void add(Snapshot s) {
            if (size > 0 && s.step() <= items[size - 1].step()) {
                throw new IllegalStateException("snapshot step " + s.step() + " after " + items[size - 1].step());
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, Math.max(16, size * 2));
            }
            items[size++] = s;
            view = new RunRecord(items, size);
        }

        RunRecord view() {
            return view;
        }

        /**
         * Drops every snapshot (after an OutOfMemoryError: frees the heap so that the failure can
         * be reported and the process can end; the run's data is lost anyway).
         */
        void drop() {
            // no allocation here: the heap may be full until the old array is unreachable
            items = NO_ITEMS;
            size = 0;
            view = EMPTY;
        }

        private static final Snapshot[] NO_ITEMS = new Snapshot[0];
    }
}
