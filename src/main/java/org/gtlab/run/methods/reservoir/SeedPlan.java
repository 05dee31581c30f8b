package org.gtlab.run.methods.reservoir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gtlab.run.Experiment;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;

/**
 * The run of one seed index of a BRG experiment as a fixed number of steps (spec §5): step k computes row k
 * (one condition: an α, an agent, an H, a d) from the seed and a per-seed context built lazily on the first
 * step that needs it (the trained and habituated agent), so {@code start} is cheap and a run can be cancelled
 * at step 0. Rows depend only on (seed, k): the same seed gives the same rows whatever thread runs it.
 * Snapshots report {@link Plan#metrics} of the rows so far and the rows as the payload {@code "rows"}.
 *
 * @param <C> the per-seed context
 */
final class SeedPlan<C> implements Experiment<SeedPlan.State<C>> {

    /** Seed, rows done and the context (null until a step needs it; read-only afterwards). */
    record State<C>(long seed, List<double[]> rows, C context) {
        State {
            rows = List.copyOf(rows);
        }
    }

    /** What one experiment computes. */
    interface Plan<C> {
        /** Number of rows. */
        int steps();

        /** The context for row k, given the current one (null at first); may return the same. */
        C context(C current, long seed, int k);

        /** Row k. */
        double[] row(C context, long seed, int k);

        /** Metric values (in the declared order) from the rows so far (possibly none). */
        double[] metrics(List<double[]> rows);

        /** Extra payloads besides "rows" (none by default). */
        default Map<String, Payload> payloads(C context, List<double[]> rows) {
            return Map.of();
        }
    }

    private final Plan<C> plan;
    private final List<String> names;

    private final boolean rowsPayload;

    SeedPlan(Plan<C> plan, List<String> names) {
        this(plan, names, true);
    }

    /** @param rowsPayload false for long runs (one row per round): snapshots then carry the metrics only */
    SeedPlan(Plan<C> plan, List<String> names, boolean rowsPayload) {
        this.plan = plan;
        this.names = List.copyOf(names);
        this.rowsPayload = rowsPayload;
    }

    @Override
    public State<C> start(long seed) {
        return new State<>(seed, List.of(), null);
    }

    @Override
    public State<C> step(State<C> s) {
        int k = s.rows().size();
        if (k >= plan.steps()) {
            return s;
        }
        C c = plan.context(s.context(), s.seed(), k);
        List<double[]> next = new ArrayList<>(s.rows());
        next.add(plan.row(c, s.seed(), k));
        return new State<>(s.seed(), next, c);
    }

    @Override
    public boolean isFinished(State<C> s) {
        return s.rows().size() >= plan.steps();
    }

    @Override
    public Snapshot observe(State<C> s, long step) {
        List<double[]> rows = s.rows();
        Map<String, Payload> p = new java.util.LinkedHashMap<>();
        if (!rows.isEmpty() && rowsPayload) {
            p.put("rows", Payload.rows(rows.toArray(new double[0][])));
        }
        if (!rows.isEmpty()) {
            p.putAll(plan.payloads(s.context(), rows));
        }
        return Snapshot.of(step, names, plan.metrics(rows), p);
    }
}
