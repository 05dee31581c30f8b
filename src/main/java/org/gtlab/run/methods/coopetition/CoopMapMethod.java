package org.gtlab.run.methods.coopetition;

import java.util.List;

import org.gtlab.coopetition.phase.CoopetitionMap;
import org.gtlab.coopetition.tr3.WelfareMode;
import org.gtlab.run.Config;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.Experiment;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodPreset;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Param;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.gtlab.sweep.CoopetitionMapCells;

/**
 * {@code coop-map}: one of the 13 two-parameter maps of spec §8 drawn by the sweep engine (coarse grid
 * first, refined where neighbours differ), a stand-alone model without a game. Each step computes a
 * chunk of cells; the snapshots are the sweep's ({@link SweepExperiment#METRICS}, payload
 * {@code grid}), so the run list, the lab's live map and {@code gtlab sweep --method coop-map} show it
 * like any phase diagram. Cell values are the map's per-cell function ({@link CoopetitionMapCells}).
 */
final class CoopMapMethod extends CoopetitionMethods.Base<CoopMapMethod.MapConfig> {

    /**
     * The typed config: map id, cells per axis (integer axes get at most one cell per integer),
     * teammate-welfare mode of the TR-3 maps and progressive refinement.
     */
    public record MapConfig(String map, long nx, long ny, WelfareMode welfare, boolean refine) {
        public static final ConfigSchema<MapConfig> SCHEMA = ConfigSchema.of(MapConfig.class,
                Param.choice("map", "1", CoopetitionMapCells.ids(), "which map of spec §8"),
                Param.integer("nx", 64, 2, 2000, "cells along x"),
                Param.integer("ny", 64, 2, 2000, "cells along y (integer axes: at most one per integer)"),
                Param.choice("welfare", "summed", List.of("summed", "averaged"),
                        "TR-3 maps: teammate welfare summed (paper-faithful) or averaged (repository v1.x variant)"),
                Param.bool("refine", true, "coarse grid first, then subdivide where neighbours differ"));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public MapConfig {
            SCHEMA.check(map, nx, ny, welfare, refine);
        }

        /** The map. */
        public CoopetitionMap coopetitionMap() {
            return CoopetitionMapCells.map(map, welfare);
        }
    }

    CoopMapMethod() {
        super("coop-map", "Coopetition map (phase diagram)", "One of the 13 two-parameter maps of Pant & Yu's "
                + "models (spec §8): TR-3 from closed forms, TR-1 by one equilibrium solve per cell, TR-2 from the "
                + "trust update; drawn by the sweep engine with progressive refinement.", MapConfig.SCHEMA);
    }

    @Override
    public List<MethodPreset> presets() {
        return List.of(MethodPreset.of("effort", "Map 1: effort over θ × n; cell (0.9, 5) = 3.6160 [R, D]",
                "map=1", "contour a* = 2·a*_FR"),
                MethodPreset.of("differentiation", "Map 2: differentiation over β × n; cell (0.55, 4) = 15.04 [P, R]",
                        "map=2", "contours 2.0 and 15.04"),
                MethodPreset.of("cooperation-log", "Map 8 (log): cooperation increase; cell (0.65, 0.5) = 33.93 % [D]",
                        "map=8-log", "the 15–50 % historical band"));
    }

    @Override
    int planned(MapConfig c) {
        return 1;
    }

    @Override
    public double progress(Config config, Limits limits, Snapshot latest) {
        return latest == null ? 0 : Math.max(0, Math.min(1, latest.metric("progress")));
    }

    @Override
    public boolean hasPlannedLength(Config config) {
        return false;
    }

    @Override
    public List<MetricSpec> metrics(Config config, GameSpec game) {
        return SweepExperiment.METRICS;
    }

    @Override
    Experiment<?> build(MapConfig c) {
        CoopetitionMap m = c.coopetitionMap();
        return new SweepExperiment(CoopetitionMapCells.engine(m, (int) c.nx(), (int) c.ny(), c.refine()),
                CoopetitionMapCells.overlays(m));
    }
}
