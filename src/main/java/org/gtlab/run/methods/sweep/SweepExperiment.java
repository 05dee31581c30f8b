package org.gtlab.run.methods.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.gtlab.run.Experiment;
import org.gtlab.run.Json;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;
import org.gtlab.sweep.PhaseDiagram;
import org.gtlab.sweep.SweepEngine;

/**
 * A sweep as an {@link Experiment}: each step computes the next chunk of cells of the
 * {@link SweepEngine}'s progressive refinement; every snapshot carries the whole map so far (payload
 * {@code grid}: y rows of x values, NaN where unknown; payload {@code computed}: 1 where final), so the
 * picture sharpens live. Checkpoints save the map and the refinement position; the cell cache makes
 * a resumed or widened sweep recompute nothing.
 *
 * <p>Metrics: {@code cells_computed}, {@code cells}, {@code level}, {@code progress}.
 */
public final class SweepExperiment implements Experiment<SweepEngine.State>, MapExperiment {

    /** Cells computed so far. */
    public static final MetricSpec CELLS_COMPUTED = MetricSpec.linear("cells_computed", "Cells computed", "cells",
            MetricSpec.Goal.NONE, "cells whose metric was computed (final); the others are filled from agreeing corners");
    /** Cells of the grid. */
    public static final MetricSpec CELLS = MetricSpec.linear("cells", "Cells", "cells", MetricSpec.Goal.NONE,
            "nx · ny");
    /** Refinement level. */
    public static final MetricSpec LEVEL = MetricSpec.linear("level", "Level", "", MetricSpec.Goal.NONE,
            "0 = coarse grid; each level halves the stride");
    /** Share done. */
    public static final MetricSpec PROGRESS = MetricSpec.linear("progress", "Progress", "", MetricSpec.Goal.NONE,
            "(levels done + share of the current level) / levels");
    /** The metrics, in column order. */
    public static final List<MetricSpec> METRICS = List.of(CELLS_COMPUTED, CELLS, LEVEL, PROGRESS);
    /** Payload: the map so far. */
    public static final String GRID = "grid";
    /** Payload: 1 where a cell is computed. */
    public static final String COMPUTED = "computed";

    private static final List<String> NAMES = METRICS.stream().map(MetricSpec::name).toList();

    private final SweepDefinition definition;
    private final SweepEngine engine;
    private final List<org.gtlab.sweep.MapOverlay> overlays;

    SweepExperiment(SweepDefinition definition, SweepEngine engine) {
        this(definition, engine, List.of());
    }

    private SweepExperiment(SweepDefinition definition, SweepEngine engine, List<org.gtlab.sweep.MapOverlay> overlays) {
        this.definition = definition;
        this.engine = engine;
        this.overlays = List.copyOf(overlays);
    }

    /**
     * A sweep of a stand-alone model's map with the overlays the map declares (contours, bands, points;
     * drawn over the map on screen and in every export).
     */
    public SweepExperiment(SweepEngine engine, List<org.gtlab.sweep.MapOverlay> overlays) {
        this(null, engine, overlays);
    }

    /** The overlays the map declares (empty for a game sweep). */
    @Override
    public List<org.gtlab.sweep.MapOverlay> overlays() {
        return overlays;
    }

    /** A sweep of a stand-alone model's map (no game, no inner method: {@link #definition()} is null). */
    public SweepExperiment(SweepEngine engine) {
        this(null, engine);
    }

    public SweepDefinition definition() {
        return definition;
    }

    public SweepEngine engine() {
        return engine;
    }

    @Override
    public org.gtlab.sweep.Axis xAxis() {
        return engine.x();
    }

    @Override
    public org.gtlab.sweep.Axis yAxis() {
        return engine.y();
    }

    @Override
    public org.gtlab.sweep.SweepMetric mapMetric() {
        return engine.metric();
    }

    @Override
    public SweepEngine.State start(long seed) {
        return engine.start(seed);
    }

    @Override
    public SweepEngine.State step(SweepEngine.State state) {
        return engine.step(state);
    }

    @Override
    public boolean isFinished(SweepEngine.State state) {
        return state.finished();
    }

    @Override
    public Snapshot observe(SweepEngine.State st, long step) {
        int nx = engine.x().n();
        int ny = engine.y().n();
        double[] v = st.values();
        boolean[] c = st.computed();
        double[][] grid = new double[ny][nx];
        double[][] done = new double[ny][nx];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                grid[j][i] = v[j * nx + i];
                done[j][i] = c[j * nx + i] ? 1 : 0;
            }
        }
        return Snapshot.of(step, NAMES, new double[] {st.computedCount(), nx * ny, st.level(), engine.progress(st)},
                Map.of(GRID, Payload.rows(grid), COMPUTED, Payload.rows(done)));
    }

    /** The map of a state. */
    public PhaseDiagram diagram(SweepEngine.State st) {
        return engine.diagram(st);
    }

    /** The map of a snapshot of this sweep. */
    @Override
    public PhaseDiagram diagram(Snapshot s) {
        double[][] g = s.payload(GRID).toArray();
        double[][] c = s.payload(COMPUTED).toArray();
        int nx = engine.x().n();
        double[] v = new double[g.length * nx];
        boolean[] b = new boolean[v.length];
        for (int j = 0; j < g.length; j++) {
            for (int i = 0; i < nx; i++) {
                v[j * nx + i] = g[j][i];
                b[j * nx + i] = c[j][i] != 0;
            }
        }
        return new PhaseDiagram(engine.x(), engine.y(), engine.metric(), v, b, engine.seedCount());
    }

    @Override
    public JsonNode save(SweepEngine.State st) {
        ObjectNode o = Json.object();
        o.set("values", Json.vector(st.values()));
        boolean[] c = st.computed();
        double[] cd = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            cd[i] = c[i] ? 1 : 0;
        }
        o.set("computed", Json.vector(cd));
        o.put("level", st.level());
        o.put("stride", st.stride());
        ArrayNode p = Json.array();
        for (int cell : SweepEngine.pending(st)) {
            p.add(cell);
        }
        o.set("pending", p);
        o.put("next", SweepEngine.next(st));
        double[] r = SweepEngine.range(st);
        o.set("lo", Json.number(r[0]));
        o.set("hi", Json.number(r[1]));
        o.put("seed", SweepEngine.seed(st));
        return o;
    }

    @Override
    public SweepEngine.State load(JsonNode j) {
        double[] v = Json.toVector(Json.field(j, "values"));
        double[] cd = Json.toVector(Json.field(j, "computed"));
        boolean[] c = new boolean[cd.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = cd[i] != 0;
        }
        JsonNode p = Json.field(j, "pending");
        int[] pending = new int[p.size()];
        for (int i = 0; i < pending.length; i++) {
            pending[i] = p.get(i).asInt();
        }
        return engine.restore(v, c, Json.field(j, "level").asInt(), Json.field(j, "stride").asInt(), pending,
                Json.field(j, "next").asInt(), Json.toDouble(Json.field(j, "lo")), Json.toDouble(Json.field(j, "hi")),
                Json.field(j, "seed").asLong());
    }

    @Override
    public String toString() {
        return "sweep of " + engine.metric().name() + " over " + engine.x().name() + " × " + engine.y().name();
    }
}
