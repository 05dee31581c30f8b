package org.gtlab.run.methods.coopetition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gtlab.run.Experiment;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;

/**
 * An experiment of a known number of rows (trials, table rows, sweep blocks, phases): step k computes
 * row k from the seed alone (so rows are independent of scheduling), and every snapshot reports the
 * summary of the rows so far. Finished after the last row. States are immutable lists.
 *
 * @param <R> the row type
 */
final class PlannedExperiment<R> implements Experiment<PlannedExperiment.Rows<R>> {

    /** The state: the seed and the rows done. */
    record Rows<R>(long seed, List<R> rows) {
        Rows {
            rows = List.copyOf(rows);
        }
    }

    /** Computes row k for a seed. */
    interface RowFunction<R> {
        R row(long seed, int k);
    }

    /** The summary of the rows so far, in the order of the metric names. */
    interface Summary<R> {
        double[] of(List<R> rows);
    }

    /** Payloads of the rows so far. */
    interface Payloads<R> {
        Map<String, Payload> of(List<R> rows);
    }

    private final int planned;
    private final RowFunction<R> rows;
    private final List<String> names;
    private final Summary<R> summary;
    private final Payloads<R> payloads;

    PlannedExperiment(int planned, RowFunction<R> rows, List<String> names, Summary<R> summary, Payloads<R> payloads) {
        this.planned = planned;
        this.rows = rows;
        this.names = List.copyOf(names);
        this.summary = summary;
        this.payloads = payloads;
    }

    @Override
    public Rows<R> start(long s) {
        return new Rows<>(s, List.of());
    }

    @Override
    public Rows<R> step(Rows<R> state) {
        List<R> done = state.rows();
        if (done.size() >= planned) {
            return state;
        }
        List<R> next = new ArrayList<>(done.size() + 1);
        next.addAll(done);
        next.add(rows.row(state.seed(), done.size()));
        return new Rows<>(state.seed(), next);
    }

    @Override
    public boolean isFinished(Rows<R> state) {
        return state.rows().size() >= planned;
    }

    @Override
    public Snapshot observe(Rows<R> state, long step) {
        List<R> done = state.rows();
        double[] v = summary.of(done);
        return Snapshot.of(step, names, v, payloads == null || done.isEmpty() ? Map.of() : payloads.of(done));
    }
}
