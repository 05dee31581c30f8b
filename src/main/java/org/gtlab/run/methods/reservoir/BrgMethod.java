package org.gtlab.run.methods.reservoir;

import java.util.List;
import java.util.function.Function;

import org.gtlab.game.NormalFormGame;
import org.gtlab.run.Config;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.Experiment;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodPreset;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Param;
import org.gtlab.run.Snapshot;

/**
 * A BRG catalog method (spec brg.md §5): no game, a typed config record, presets, declared metrics, and a
 * planned number of steps (progress = steps done / planned). The run's seed is the seed index i of the
 * experiment's seed formula; {@code gtlab run --seeds N} runs seeds 0..N−1 as one group.
 *
 * @param <R> the config record
 */
final class BrgMethod<R extends Record> implements ExperimentFactory {

    private final String name;
    private final String title;
    private final String description;
    private final ConfigSchema<R> schema;
    private final List<MethodPreset> presets;
    private final List<MetricSpec> metrics;
    private final Function<R, Integer> planned;
    private final Function<R, Experiment<?>> build;

    BrgMethod(String name, String title, String description, ConfigSchema<R> schema, List<MethodPreset> presets,
            List<MetricSpec> metrics, Function<R, Integer> planned, Function<R, Experiment<?>> build) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.schema = schema;
        this.presets = List.copyOf(presets);
        this.metrics = List.copyOf(metrics);
        this.planned = planned;
        this.build = build;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean needsGame() {
        return false;
    }

    @Override
    public List<Param> params() {
        return schema.params();
    }

    @Override
    public ConfigSchema<R> schema() {
        return schema;
    }

    @Override
    public List<MethodPreset> presets() {
        return presets;
    }

    @Override
    public Limits defaultLimits() {
        return new Limits(10_000_000, 1, 0);
    }

    @Override
    public List<MetricSpec> metrics(Config config, GameSpec game) {
        return metrics;
    }

    /** The planned number of steps of this configuration. */
    int planned(Config c) {
        return planned.apply(schema.from(c));
    }

    @Override
    public double progress(Config config, Limits limits, Snapshot latest) {
        if (latest == null) {
            return 0;
        }
        long plan = Math.min(planned(config), limits.maxSteps());
        return plan == 0 ? 1 : Math.min(1, latest.step() / (double) plan);
    }

    @Override
    public Experiment<?> create(Config config, NormalFormGame game, Limits limits) {
        if (game != null) {
            throw new IllegalArgumentException(name + " takes no game");
        }
        return build.apply(schema.from(config));
    }

    /** The typed config of a validated config. */
    R record(Config c) {
        return schema.from(c);
    }

    @Override
    public String toString() {
        return name;
    }
}
