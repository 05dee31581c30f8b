package org.gtlab.run.methods;

import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.run.Config;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.Experiment;
import org.gtlab.run.GameSpec;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.Limits;
import org.gtlab.run.Param;

/**
 * The catalog data every method of this package has: name, title, description, typed config
 * declaration ({@link ConfigSchema}: the record and its parameters) and default limits, for a method that needs a game. Immutable. {@link #normalForm} makes a complete
 * normal-form method from a builder; team methods subclass it ({@link TeamMethods}).
 */
abstract class MethodEntry implements ExperimentFactory {

    /** Builds the experiment of a normal-form method from its typed config for a (non-null) game. */
    interface Builder<R extends Record> {
        Experiment<?> build(R config, NormalFormGame game, Limits limits);
    }

    /** The metric columns of a normal-form method on a game. */
    interface MetricsOf<R extends Record> {
        List<MetricSpec> of(R config, NormalFormGame game);
    }

    private final String name;
    private final String title;
    private final String description;
    private final ConfigSchema<?> schema;
    private final Limits limits;

    MethodEntry(String name, String title, String description, ConfigSchema<?> schema, Limits limits) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.schema = schema;
        this.limits = limits;
    }

    /**
     * A method on normal-form games: it accepts every normal-form game (the default
     * {@code checkGame}s, which refuse team games) and its experiments come from {@code builder};
     * creating one without a game throws "&lt;name&gt; needs a game".
     */
    static <R extends Record> ExperimentFactory normalForm(String name, String title, String description,
            ConfigSchema<R> schema, Limits limits, MetricsOf<R> metrics, Builder<R> builder) {
        return new MethodEntry(name, title, description, schema, limits) {
            @Override
            public List<MetricSpec> metrics(Config config, GameSpec game) {
                if (game == null) {
                    throw new IllegalArgumentException(name + " needs a game");
                }
                return metrics.of(schema.from(config), game.game());
            }

            @Override
            public Experiment<?> create(Config config, NormalFormGame game, Limits l) {
                if (game == null) {
                    throw new IllegalArgumentException(name + " needs a game");
                }
                return builder.build(schema.from(config), game, l);
            }
        };
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final boolean needsGame() {
        return true;
    }

    @Override
    public final List<Param> params() {
        return schema.params();
    }

    @Override
    public final ConfigSchema<?> schema() {
        return schema;
    }

    @Override
    public final Limits defaultLimits() {
        return limits;
    }

    /** The name (what a list of methods shows). */
    @Override
    public String toString() {
        return name;
    }
}
