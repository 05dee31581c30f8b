package org.gtlab.game;

import java.util.Arrays;
import java.util.List;

import org.gtlab.math.Rational;

/**
 * An exact mixed strategy: probabilities {@code p[0..k-1]}, each ≥ 0, summing to exactly 1.
 * Immutable.
 */
public final class MixedStrategy {

    private final Rational[] p;

    private MixedStrategy(Rational[] p) {
        this.p = p;
    }

    /**
     * A mixed strategy from exact probabilities.
     *
     * @throws IllegalArgumentException if a probability is negative or they do not sum to 1
     */
    public static MixedStrategy of(Rational... probabilities) {
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("a mixed strategy needs at least one probability");
        }
        Rational sum = Rational.ZERO;
        for (int i = 0; i < probabilities.length; i++) {
            Rational r = probabilities[i];
            if (r == null || r.signum() < 0) {
                throw new IllegalArgumentException("probability " + (i + 1) + " is " + r + ", must be ≥ 0");
            }
            sum = sum.add(r);
        }
        if (!sum.equals(Rational.ONE)) {
            throw new IllegalArgumentException("probabilities sum to " + sum + ", expected 1");
        }
        return new MixedStrategy(probabilities.clone());
    }

    /** Parses each entry with {@link Rational#parse(String)}. */
    public static MixedStrategy parse(String... probabilities) {
        return of(Arrays.stream(probabilities).map(Rational::parse).toArray(Rational[]::new));
    }

    /** Parses each entry with {@link Rational#parse(String)}. */
    public static MixedStrategy parse(List<String> probabilities) {
        return parse(probabilities.toArray(new String[0]));
    }

    /**
     * The normalised vector {@code w / Σw} of non-negative weights (not all zero).
     */
    public static MixedStrategy normalize(Rational... weights) {
        Rational sum = Rational.ZERO;
        for (Rational w : weights) {
            if (w.signum() < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            sum = sum.add(w);
        }
        if (sum.isZero()) {
            throw new IllegalArgumentException("all weights are zero");
        }
        Rational[] p = new Rational[weights.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = weights[i].divide(sum);
        }
        return new MixedStrategy(p);
    }

    /** The pure strategy {@code i} out of {@code k}. */
    public static MixedStrategy pure(int k, int i) {
        Rational[] p = new Rational[k];
        Arrays.fill(p, Rational.ZERO);
        p[i] = Rational.ONE;
        return new MixedStrategy(p);
    }

    /** The uniform mix over {@code k} strategies. */
    public static MixedStrategy uniform(int k) {
        Rational[] p = new Rational[k];
        Arrays.fill(p, Rational.of(1, k));
        return new MixedStrategy(p);
    }

    public int size() {
        return p.length;
    }

    public Rational probability(int i) {
        return p[i];
    }

    public Rational[] probabilities() {
        return p.clone();
    }

    public double[] toDoubles() {
        double[] d = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            d[i] = p[i].doubleValue();
        }
        return d;
    }

    /** Indices with positive probability. */
    public int[] support() {
        return java.util.stream.IntStream.range(0, p.length).filter(i -> p[i].signum() > 0).toArray();
    }

    /** True if one strategy has probability 1. */
    public boolean isPure() {
        return support().length == 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MixedStrategy && Arrays.equals(p, ((MixedStrategy) o).p);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(p);
    }

    /** {@code [1/3, 1/3, 1/3]}. */
    @Override
    public String toString() {
        return Arrays.toString(p);
    }
}
