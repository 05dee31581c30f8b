package org.gtlab.learn.team;

import java.util.Collections;
import java.util.Map;

/**
 * What every team learner state of this package holds the same way: the cumulative oracle step
 * count, the done flag and the metrics, all fixed at construction (the metrics map is wrapped
 * unmodifiable and not changed afterwards). The learners' states add their own fields and build
 * their metrics, starting from {@link Evaluated#metrics(long, double)}, before calling this
 * constructor.
 */
abstract class AbstractTeamState implements TeamLearnerState {

    private final long step;
    private final boolean done;
    private final Map<String, Double> metrics;

    AbstractTeamState(long step, boolean done, Map<String, Double> metrics) {
        this.step = step;
        this.done = done;
        this.metrics = Collections.unmodifiableMap(metrics);
    }

    @Override
    public final long step() {
        return step;
    }

    @Override
    public final boolean done() {
        return done;
    }

    @Override
    public final Map<String, Double> metrics() {
        return metrics;
    }
}
