package org.gtlab.run.methods.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gtlab.compute.Backends;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.Config;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.Experiment;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameKind;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Param;
import org.gtlab.run.Snapshot;
import org.gtlab.sweep.Axis;
import org.gtlab.sweep.CellCache;
import org.gtlab.sweep.SweepEngine;

/**
 * The {@code sweep} method of the catalog, once for normal-form games and once for team games: a
 * two-parameter map of a per-cell metric ({@link SweepDefinition}) by progressive refinement
 * ({@link SweepEngine}), run as a {@link SweepExperiment}. Parameters: {@code x}, {@code y} (axes
 * {@code NAME:LO:HI:N[:log|:int]}), {@code metric}, {@code method} (the inner method), {@code set}
 * (fixed values {@code NAME=VALUE,…}), {@code seeds} (seeds per cell: the run seed and the following
 * ones), {@code steps} (inner run length; 0 = the method's default), {@code backend}, {@code refine},
 * {@code tolerance}, {@code chunk}, {@code horizon}, {@code starts}, {@code target}, {@code cache}
 * (directory of the cell cache; empty = memory only).
 */
public final class SweepMethods {

    private SweepMethods() {
    }

    /** The two sweep methods (normal-form, team), running inner methods from {@code catalog}. */
    public static List<ExperimentFactory> all(MethodCatalog catalog) {
        return List.of(new Method(catalog, GameKind.NORMAL_FORM), new Method(catalog, GameKind.TEAM));
    }

    private static String checkAxis(String t) {
        try {
            Axis.parse(t);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The typed configuration of the {@code sweep} method (see the class comment for each field).
     * Two declarations share the record: {@link #NORMAL_FORM} and {@link #TEAM} differ only in their
     * defaults (a stag-hunt equilibria map; an FXP-example map of the global-NE share).
     */
    public record SweepConfig(String x, String y, String metric, String method, String set, long seeds, long steps,
            String backend, boolean refine, double tolerance, long chunk, double horizon, long starts, String target,
            String cache) {

        /** Defaults for normal-form games. */
        public static final ConfigSchema<SweepConfig> NORMAL_FORM = schema(GameKind.NORMAL_FORM,
                "payoff[1][2][1]:0:6:7", "payoff[2][1][2]:0:6:7", "equilibria", "replicator");
        /** Defaults for team games. */
        public static final ConfigSchema<SweepConfig> TEAM = schema(GameKind.TEAM, "C:1:3:3", "eps:0.05:0.3:3",
                "ne_share", "fxp");

        /** @throws IllegalArgumentException naming the field and its allowed values */
        public SweepConfig {
            NORMAL_FORM.check(x, y, metric, method, set, seeds, steps, backend, refine, tolerance, chunk, horizon, starts,
                    target, cache);
        }

        private static ConfigSchema<SweepConfig> schema(GameKind kind, String x, String y, String metric, String method) {
            List<Param> p = new ArrayList<>();
            p.add(Param.text("x", x, SweepMethods::checkAxis, "x axis NAME:LO:HI:N[:log|:int]"));
            p.add(Param.text("y", y, SweepMethods::checkAxis, "y axis NAME:LO:HI:N[:log|:int]"));
            p.add(Param.text("metric", metric, t -> t.matches("[A-Za-z0-9_]+") ? null : "not a metric name",
                    "per-cell metric (gtlab sweep --list)"));
            p.add(Param.text("method", method, t -> t.matches("[A-Za-z0-9_+-]+") ? null : "not a method name",
                    "the method run in each cell"));
            p.add(Param.text("set", "", t -> {
                try {
                    SweepDefinition.parseSet(t);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }, "fixed values NAME=VALUE,… of game or method parameters"));
            p.add(Param.integer("seeds", 1, 1, 10_000, "seeds per cell (the run seed and the next ones)"));
            p.add(Param.integer("steps", kind == GameKind.TEAM ? 0 : 200, 0, 100_000_000,
                    "inner run length in steps (0: the method's default)"));
            p.add(Param.choice("backend", "java", Backends.NAMES, "compute backend for batched cells"));
            p.add(Param.bool("refine", true, "coarse grid first, then subdivide where neighbours differ"));
            p.add(Param.real("tolerance", 0.02, 0, true, 1, true,
                    "continuous metrics: corners agree within this share of the coarse value range"));
            p.add(Param.integer("chunk", 0, 0, 1_000_000,
                    "cells per step (0: 4096 for batched kernel metrics and regions, else 64)"));
            p.add(Param.real("horizon", 50, 0, false, 1e6, true, "outcome/basin: time the dynamic runs"));
            p.add(Param.integer("starts", 200, 1, 100_000, "basin: start points per cell"));
            p.add(Param.text("target", "1,1", t -> t.matches("\\s*\\d+\\s*,\\s*\\d+\\s*") ? null
                    : "write I,J (1-based pure profile)", "basin: the pure profile whose basin is measured"));
            p.add(Param.text("cache", "", t -> t.contains("@@") ? "not a directory name" : null,
                    "directory of the on-disk cell cache (empty: in memory)"));
            return ConfigSchema.of(SweepConfig.class, p);
        }
    }

    private static final class Method implements ExperimentFactory {
        private final MethodCatalog catalog;
        private final GameKind kind;
        private final ConfigSchema<SweepConfig> schema;

        Method(MethodCatalog catalog, GameKind kind) {
            this.catalog = catalog;
            this.kind = kind;
            this.schema = kind == GameKind.TEAM ? SweepConfig.TEAM : SweepConfig.NORMAL_FORM;
        }

        @Override
        public ConfigSchema<?> schema() {
            return schema;
        }

        @Override
        public String name() {
            return "sweep";
        }

        @Override
        public String title() {
            return kind == GameKind.TEAM ? "Phase diagram (team games)" : "Phase diagram";
        }

        @Override
        public String description() {
            return "Maps a per-cell metric (equilibria, 2×2 region, long-run outcome, basin share, a method's final "
                    + "metric, a team learner's verdict) over two parameters, coarse first and refined where "
                    + "neighbouring cells differ.";
        }

        @Override
        public boolean needsGame() {
            return true;
        }

        @Override
        public GameKind gameKind() {
            return kind;
        }

        @Override
        public String checkGame(GameSpec game) {
            if (kind == GameKind.TEAM) {
                return game.isTeam() ? null : "it is not a team game";
            }
            return game.isTeam() ? "it is a team game and this sweep needs a normal-form game" : null;
        }

        @Override
        public List<Param> params() {
            return schema.params();
        }

        @Override
        public Limits defaultLimits() {
            return new Limits(10_000_000, 1, 0);
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            return SweepExperiment.METRICS;
        }

        @Override
        public Experiment<?> create(Config config, NormalFormGame game, Limits limits) {
            return create(config, game == null ? null : GameSpec.of(game), limits);
        }

        @Override
        public Experiment<?> create(Config c, GameSpec game, Limits limits) {
            SweepDefinition d = new SweepDefinition(c, game, catalog);
            String dir = c.text("cache").strip();
            CellCache cache = dir.isEmpty() ? CellCache.inMemory() : CellCache.onDisk(Path.of(dir), cacheKey(c, game));
            int chunk = (int) c.integer("chunk");
            SweepEngine e = new SweepEngine(d.x(), d.y(), d.metric(), d.cells(), (int) c.integer("seeds"), c.bool("refine"),
                    c.real("tolerance"), chunk == 0 ? d.defaultChunk() : chunk, cache, Backends.workers());
            return new SweepExperiment(d, e);
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
        public String toString() {
            return "sweep";
        }
    }

    /**
     * The cache identity of a sweep: a hash of everything that decides a cell's value except the axes'
     * ranges (game, inner method, metric, fixed values, parameters of the metric).
     */
    static String cacheKey(Config c, GameSpec game) {
        StringBuilder sb = new StringBuilder();
        sb.append(game.toJson().toString()).append('|').append(Axis.parse(c.text("x")).name()).append('|')
                .append(Axis.parse(c.text("y")).name());
        for (String k : List.of("metric", "method", "set", "steps", "horizon", "starts", "target")) {
            sb.append('|').append(k).append('=').append(c.asMap().get(k));
        }
        return Long.toHexString(fnv(sb.toString()));
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
