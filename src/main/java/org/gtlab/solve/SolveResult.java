package org.gtlab.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;

/**
 * What a {@link NashSolver} found: exact equilibrium profiles in a deterministic order, and where
 * the method provides them the maximal Nash subsets (each a list of extreme equilibria whose
 * convex hull, as a product set, consists of equilibria), the zero-sum value for the row player,
 * and the steps of a dominance elimination. Immutable.
 */
public final class SolveResult {

    private final String method;
    private final List<StrategyProfile> equilibria;
    private final List<List<StrategyProfile>> maximalNashSubsets;
    private final Rational value;
    private final List<DominanceStep> dominanceSteps;

    private SolveResult(String method, List<StrategyProfile> equilibria, List<List<StrategyProfile>> subsets,
            Rational value, List<DominanceStep> steps) {
        this.method = method;
        this.equilibria = List.copyOf(equilibria);
        List<List<StrategyProfile>> s = new ArrayList<>();
        for (List<StrategyProfile> l : subsets) {
            s.add(List.copyOf(l));
        }
        this.maximalNashSubsets = Collections.unmodifiableList(s);
        this.value = value;
        this.dominanceSteps = List.copyOf(steps);
    }

    public static SolveResult of(String method, List<StrategyProfile> equilibria) {
        return new SolveResult(method, equilibria, List.of(), null, List.of());
    }

    public static SolveResult withSubsets(String method, List<StrategyProfile> equilibria,
            List<List<StrategyProfile>> maximalNashSubsets) {
        return new SolveResult(method, equilibria, maximalNashSubsets, null, List.of());
    }

    public static SolveResult withValue(String method, List<StrategyProfile> equilibria, Rational value) {
        return new SolveResult(method, equilibria, List.of(), value, List.of());
    }

    public static SolveResult withDominance(String method, List<StrategyProfile> equilibria,
            List<DominanceStep> steps) {
        return new SolveResult(method, equilibria, List.of(), null, steps);
    }

    /**
     * This result with only the first {@code n} equilibria (all when {@code n} is 0 or at least
     * their number); maximal Nash subsets are dropped when equilibria are, since they describe the
     * full set. Value and dominance steps are kept.
     */
    public SolveResult firstEquilibria(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of equilibria must be non-negative, got " + n);
        }
        if (n == 0 || n >= equilibria.size()) {
            return this;
        }
        return new SolveResult(method, equilibria.subList(0, n), List.of(), value, dominanceSteps);
    }

    public String method() {
        return method;
    }

    public List<StrategyProfile> equilibria() {
        return equilibria;
    }

    public List<List<StrategyProfile>> maximalNashSubsets() {
        return maximalNashSubsets;
    }

    /** The value of a zero-sum game for the row player, when the method computes one. */
    public Optional<Rational> value() {
        return Optional.ofNullable(value);
    }

    public List<DominanceStep> dominanceSteps() {
        return dominanceSteps;
    }
}
