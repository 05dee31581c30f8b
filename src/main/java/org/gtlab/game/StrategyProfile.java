package org.gtlab.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gtlab.math.Rational;

/** An exact mixed-strategy profile: one {@link MixedStrategy} per player. Immutable. */
public final class StrategyProfile implements Comparable<StrategyProfile> {

    private final List<MixedStrategy> strategies;

    private StrategyProfile(List<MixedStrategy> strategies) {
        this.strategies = List.copyOf(strategies);
    }

    public static StrategyProfile of(MixedStrategy... strategies) {
        return new StrategyProfile(Arrays.asList(strategies));
    }

    public static StrategyProfile of(List<MixedStrategy> strategies) {
        return new StrategyProfile(strategies);
    }

    /** The pure profile {@code s} in a game of the given shape. */
    public static StrategyProfile pure(int[] shape, int... s) {
        List<MixedStrategy> l = new ArrayList<>();
        for (int p = 0; p < shape.length; p++) {
            l.add(MixedStrategy.pure(shape[p], s[p]));
        }
        return new StrategyProfile(l);
    }

    /** Parses {@code [[p…], [q…], …]} given as nested string lists (corpus and JSON form). */
    public static StrategyProfile parse(List<List<String>> probabilities) {
        List<MixedStrategy> l = new ArrayList<>();
        for (List<String> s : probabilities) {
            l.add(MixedStrategy.parse(s));
        }
        return new StrategyProfile(l);
    }

    public int numPlayers() {
        return strategies.size();
    }

    public MixedStrategy get(int p) {
        return strategies.get(p);
    }

    public List<MixedStrategy> strategies() {
        return strategies;
    }

    /** Probabilities as doubles, {@code [player][strategy]}. */
    public double[][] toDoubles() {
        double[][] d = new double[strategies.size()][];
        for (int p = 0; p < d.length; p++) {
            d[p] = strategies.get(p).toDoubles();
        }
        return d;
    }

    /** All probabilities, player 1's first (Gambit's order for {@code NE,…} lines). */
    public List<Rational> flatten() {
        List<Rational> all = new ArrayList<>();
        for (MixedStrategy s : strategies) {
            all.addAll(Arrays.asList(s.probabilities()));
        }
        return all;
    }

    /** Lexicographic order on the flattened probabilities (for deterministic output). */
    @Override
    public int compareTo(StrategyProfile o) {
        List<Rational> a = flatten();
        List<Rational> b = o.flatten();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StrategyProfile && strategies.equals(((StrategyProfile) o).strategies);
    }

    @Override
    public int hashCode() {
        return strategies.hashCode();
    }

    @Override
    public String toString() {
        return strategies.toString();
    }
}
