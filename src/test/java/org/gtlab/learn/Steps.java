package org.gtlab.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gtlab.learn.team.SeedOutcomes;
import org.gtlab.learn.team.TeamLearner;
import org.gtlab.learn.team.TeamLearnerState;

/**
 * Test helper: steps learners directly (learners have no loops of their own; in the app and CLI the
 * run executor steps them). Deterministic, single-threaded.
 */
public final class Steps {

    private Steps() {
    }

    /** {@code n} steps from {@code start(seed)}. */
    public static LearnerState run(Learner l, long seed, long n) {
        LearnerState s = l.start(seed);
        for (long i = 0; i < n; i++) {
            s = l.step(s);
        }
        return s;
    }

    /** From the uniform policy to the end. */
    public static <S extends TeamLearnerState> S toEnd(TeamLearner<S> l) {
        return toEnd(l, l.start());
    }

    /** From {@code s} to the end. */
    public static <S extends TeamLearnerState> S toEnd(TeamLearner<S> l, S s) {
        while (!l.isFinished(s)) {
            s = l.step(s);
        }
        return s;
    }

    /** From {@code s} to the end, appending every state's metrics (the start state's first) to {@code sink}. */
    public static <S extends TeamLearnerState> S toEnd(TeamLearner<S> l, S s, List<Map<String, Double>> sink) {
        sink.add(s.metrics());
        while (!l.isFinished(s)) {
            s = l.step(s);
            sink.add(s.metrics());
        }
        return s;
    }

    /** Every state from {@code s} to the final one. */
    public static <S extends TeamLearnerState> List<S> trajectory(TeamLearner<S> l, S s) {
        List<S> out = new ArrayList<>();
        out.add(s);
        while (!l.isFinished(s)) {
            s = l.step(s);
            out.add(s);
        }
        return out;
    }

    /**
     * Seeds 0..n−1 of a team learner from each seed's random initial policy, run to the end and
     * summarised (what {@code gtlab run --seeds} does through a run group).
     *
     * @throws IllegalArgumentException if n &lt; 1
     */
    public static <S extends TeamLearnerState> SeedOutcomes.Summary seeds(SeedOutcomes o, SeedOutcomes.Init init,
            TeamLearner<S> l, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one seed, got " + n);
        }
        List<SeedOutcomes.SeedResult> results = new ArrayList<>();
        for (long seed = 0; seed < n; seed++) {
            S end = toEnd(l, l.start(SeedOutcomes.initialPolicy(init, l.game(), seed)));
            results.add(o.result(seed, end.teamExploitability(), end.step()));
        }
        return o.summarise(results);
    }
}
