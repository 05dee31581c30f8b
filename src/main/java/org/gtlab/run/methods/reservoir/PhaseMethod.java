package org.gtlab.run.methods.reservoir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gtlab.reservoir.Agent;
import org.gtlab.reservoir.Experiments;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.Experiment;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.MethodPreset;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Param;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;
import org.gtlab.sweep.Axis;
import org.gtlab.sweep.CellCache;
import org.gtlab.sweep.CellFunction;
import org.gtlab.sweep.SweepEngine;
import org.gtlab.sweep.SweepMetric;

/**
 * {@code brg-phase}: the (d × τ_env) phase diagram of spec §5 Exp 9 / §6 as a sweep of the sweep room
 * ({@link SweepEngine}, no refinement: every cell computed). Axes are the declared values
 * ({@link Axis#of list axes}): x = the defection-block lengths L (τ_env), y = the reservoir sizes d; the metric {@code advantage} of a
 * cell and seed index i is the sentinel's minus pure TfT's cumulative payoff on Coop(500) → Defect(L) →
 * Coop(500) for the agent of seed 2000 + 1000i + 100000d (λ_reg scaled, reused for every L), combined over
 * the seeds by the mean. Snapshots carry the grid so far ({@code grid}), its SEM ({@code sem}) and the
 * fraction of losing seeds ({@code losing}) from the per-seed values in the engine's cache.
 * CSV reference: every cell positive; ≈72 at (d = 10, L = 10); ≈36–39 at L = 10 and ≈18–21 at L = 500 for
 * d ≥ 20; slope in L ≈ −0.035 to −0.039 per block round.
 */
final class PhaseMethod {

    private PhaseMethod() {
    }

    /** brg-phase config. */
    public record PhaseConfig(String dims, String lengths, int seeds) {
        public static final ConfigSchema<PhaseConfig> SCHEMA = ConfigSchema.of(PhaseConfig.class,
                Param.text("dims", "5,10,20,30,50,75", ReservoirMethods::checkDims, "reservoir sizes d (rows)"),
                Param.text("lengths", "10,50,100,200,500", ReservoirMethods::checkLengths,
                        "defection-block lengths L = τ_env (columns)"),
                Param.integer("seeds", 20, 1, 10_000, "seeds per cell (seed indices run, run + 1, …)"));

        public PhaseConfig {
            SCHEMA.check(dims, lengths, seeds);
        }
    }

    static final MetricSpec CELLS = MetricSpec.linear("cells_computed", "Cells computed", "cells", MetricSpec.Goal.NONE,
            "cells of the d × L grid whose seeds are all done");
    static final MetricSpec MIN = MetricSpec.linear("min_advantage", "Smallest cell", "", MetricSpec.Goal.NONE,
            "min over computed cells of the seed-mean advantage");
    static final MetricSpec MAX = MetricSpec.linear("max_advantage", "Largest cell", "", MetricSpec.Goal.NONE,
            "max over computed cells of the seed-mean advantage");
    static final List<MetricSpec> METRICS = List.of(CELLS, MIN, MAX);

    static ExperimentFactory create() {
        return new BrgMethod<>("brg-phase", "BRG Exp 9: (d × τ_env) phase diagram",
                "Sentinel minus TfT cumulative payoff on Coop(500) → Defect(L) → Coop(500) over d × L, mean over seeds "
                        + "(spec §5 Exp 9, §6; a sweep of the sweep room). CSV: all cells positive, a soft crossover "
                        + "(peak ≈72 at d = 10), decreasing in L — no phase boundary, contrary to the paper.",
                PhaseConfig.SCHEMA, List.of(
                        MethodPreset.of("paper", "Paper grid, 20 seeds", "", "6 × 5 cells"),
                        MethodPreset.of("quick", "d ∈ {10, 30}, L ∈ {10, 100, 500}, 4 seeds",
                                "dims=10;30, lengths=10;100;500, seeds=4", "decomposition check grid")),
                METRICS, c -> cells(c), c -> new PhaseExperiment(c));
    }

    static int cells(PhaseConfig c) {
        return dims(c).length * lengths(c).length;
    }

    static int[] dims(PhaseConfig c) {
        return ReservoirMethods.parseInts(c.dims().replace(';', ','), "d", 1, 2000);
    }

    static int[] lengths(PhaseConfig c) {
        return ReservoirMethods.parseInts(c.lengths().replace(';', ','), "L", 1, 1_000_000);
    }

    /** The cell function: agents cached per (d, seed index) so every L reuses the habituated agent. */
    static final class Cells implements CellFunction {
        private final int[] dims;
        private final int[] lengths;
        private final Map<Long, Agent> agents = new HashMap<>();

        Cells(int[] dims, int[] lengths) {
            this.dims = dims;
            this.lengths = lengths;
        }

        @Override
        public synchronized double[] evaluate(double[] xs, double[] ys, long seed) {
            double[] out = new double[xs.length];
            for (int k = 0; k < xs.length; k++) {
                int d = (int) ys[k]; // the axes carry the declared values (d, L), not their indices
                int l = (int) xs[k];
                long s = Experiments.seedExp9((int) seed, d);
                Agent a = agents.computeIfAbsent(s, key -> Agent.build(Agent.Config.defaults(d).withScaledLambda(), key));
                out[k] = Experiments.block(a, s, l).advantage();
            }
            return out;
        }
    }

    /** The sweep as a run: one engine step per cell (all seeds). */
    static final class PhaseExperiment implements Experiment<SweepEngine.State>,
            org.gtlab.run.methods.sweep.MapExperiment {
        private final SweepEngine engine;
        private final int seeds;

        PhaseExperiment(PhaseConfig c) {
            int[] d = dims(c);
            int[] l = lengths(c);
            this.seeds = c.seeds();
            // axes of the declared values, so labels, hover, CSV and exports show d and L themselves
            Axis x = Axis.of("L", java.util.Arrays.stream(l).asDoubleStream().toArray());
            Axis y = Axis.of("d", java.util.Arrays.stream(d).asDoubleStream().toArray());
            this.engine = new SweepEngine(x, y, SweepMetric.continuous("advantage", "sentinel − TfT cumulative payoff"),
                    new Cells(d, l), c.seeds(), false, 0, 1, CellCache.inMemory());
        }

        SweepEngine engine() {
            return engine;
        }

        @Override
        public Axis xAxis() {
            return engine.x();
        }

        @Override
        public Axis yAxis() {
            return engine.y();
        }

        @Override
        public SweepMetric mapMetric() {
            return engine.metric();
        }

        /** The seed-mean advantage map of a snapshot (cells without all their seeds done are NaN). */
        @Override
        public org.gtlab.sweep.PhaseDiagram diagram(Snapshot s) {
            double[][] g = s.payload("grid").toArray();
            int nx = engine.x().n();
            double[] v = new double[engine.y().n() * nx];
            boolean[] c = new boolean[v.length];
            for (int j = 0; j < g.length; j++) {
                for (int i = 0; i < nx; i++) {
                    v[j * nx + i] = g[j][i];
                    c[j * nx + i] = Double.isFinite(g[j][i]);
                }
            }
            return new org.gtlab.sweep.PhaseDiagram(engine.x(), engine.y(), engine.metric(), v, c, seeds);
        }

        @Override
        public SweepEngine.State start(long seed) {
            return engine.start(seed);
        }

        @Override
        public SweepEngine.State step(SweepEngine.State s) {
            return engine.step(s);
        }

        @Override
        public boolean isFinished(SweepEngine.State s) {
            return s.finished();
        }

        @Override
        public Snapshot observe(SweepEngine.State st, long step) {
            int nx = engine.x().n();
            int ny = engine.y().n();
            double[] v = st.values();
            boolean[] c = st.computed();
            double[][] grid = new double[ny][nx];
            double[][] sem = new double[ny][nx];
            double[][] losing = new double[ny][nx];
            double lo = Double.NaN;
            double hi = Double.NaN;
            long first = SweepEngine.seed(st);
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    grid[j][i] = v[j * nx + i];
                    sem[j][i] = Double.NaN;
                    losing[j][i] = Double.NaN;
                    if (!c[j * nx + i]) {
                        continue;
                    }
                    lo = Double.isNaN(lo) ? grid[j][i] : Math.min(lo, grid[j][i]);
                    hi = Double.isNaN(hi) ? grid[j][i] : Math.max(hi, grid[j][i]);
                    double s1 = 0;
                    double s2 = 0;
                    int lose = 0;
                    for (int k = 0; k < seeds; k++) {
                        Double a = engine.cache().get(engine.x().value(i), engine.y().value(j), first + k);
                        double z = a == null ? Double.NaN : a;
                        s1 += z;
                        s2 += z * z;
                        lose += z < 0 ? 1 : 0;
                    }
                    double m = s1 / seeds;
                    sem[j][i] = seeds > 1 ? Math.sqrt(Math.max(0, s2 / seeds - m * m) / (seeds - 1)) : 0;
                    losing[j][i] = lose / (double) seeds;
                }
            }
            return Snapshot.of(step, ReservoirMethods.names(METRICS), new double[] {st.computedCount(), lo, hi},
                    Map.of("grid", Payload.rows(grid), "sem", Payload.rows(sem), "losing", Payload.rows(losing)));
        }
    }
}
