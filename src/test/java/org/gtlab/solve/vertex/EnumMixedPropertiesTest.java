package org.gtlab.solve.vertex;

import org.gtlab.solve.SolveResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of enummixed on small random games, many of them degenerate (payoffs 0..2): the
 * output equals the brute-force oracle, every profile is Nash, the maximal Nash subsets are
 * maximal bicliques covering all extreme equilibria, and the result is invariant under positive
 * affine payoff transforms and follows permutations of strategies.
 */
class EnumMixedPropertiesTest {

    private static final EnumMixedSolver SOLVER = new EnumMixedSolver();

    @Provide
    Arbitrary<NormalFormGame> games() {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 4);
        Arbitrary<Integer> range = Arbitraries.of(1, 2, 2, 9, 99);
        return Combinators.combine(size, size, range, Arbitraries.longs()).as((m, n, hi, seed) -> {
            java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
            long[][] a = new long[m][n];
            long[][] b = new long[m][n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = rng.nextLong(hi + 1);
                    b[i][j] = rng.nextLong(hi + 1);
                }
            }
            return NormalFormGame.bimatrix(a, b);
        });
    }

    @Property(tries = 400, seed = "20261207")
    void equalsBruteForceAndEveryProfileIsNash(@ForAll("games") NormalFormGame g) {
        SolveResult r = SOLVER.solve(g);
        Set<StrategyProfile> got = new HashSet<>(r.equilibria());
        if (!got.equals(BruteForceExtremeEquilibria.of(g))) {
            throw new AssertionError("differs from brute force on " + g);
        }
        for (StrategyProfile p : r.equilibria()) {
            if (!Evaluation.isNash(g, p)) {
                throw new AssertionError("not Nash: " + p);
            }
        }
        if (r.equilibria().isEmpty()) {
            throw new AssertionError("every game has an equilibrium");
        }
    }

    @Property(tries = 300, seed = "20261207")
    void maximalSubsetsAreMaximalBicliquesCoveringAllEquilibria(@ForAll("games") NormalFormGame g) {
        SolveResult r = SOLVER.solve(g);
        Set<StrategyProfile> eq = new HashSet<>(r.equilibria());
        Set<StrategyProfile> covered = new HashSet<>();
        Set<Set<StrategyProfile>> seen = new HashSet<>();
        for (List<StrategyProfile> s : r.maximalNashSubsets()) {
            Set<MixedStrategy> xs = new HashSet<>();
            Set<MixedStrategy> ys = new HashSet<>();
            for (StrategyProfile p : s) {
                xs.add(p.get(0));
                ys.add(p.get(1));
            }
            if (xs.size() * ys.size() != s.size() || !eq.containsAll(s) || !seen.add(new HashSet<>(s))) {
                throw new AssertionError("not a biclique of extreme equilibria (or repeated): " + s);
            }
            // maximal: no other x is joined to every y, no other y to every x
            for (StrategyProfile p : r.equilibria()) {
                if (!xs.contains(p.get(0)) && ys.stream().allMatch(y -> eq.contains(StrategyProfile.of(p.get(0), y)))) {
                    throw new AssertionError("not maximal, could add x " + p.get(0));
                }
                if (!ys.contains(p.get(1)) && xs.stream().allMatch(x -> eq.contains(StrategyProfile.of(x, p.get(1))))) {
                    throw new AssertionError("not maximal, could add y " + p.get(1));
                }
            }
            covered.addAll(s);
        }
        if (!covered.equals(eq)) {
            throw new AssertionError("subsets do not cover the extreme equilibria");
        }
    }

    @Property(tries = 200, seed = "20261207")
    void invariantUnderPositiveAffineTransforms(@ForAll("games") NormalFormGame g,
            @ForAll @IntRange(min = 1, max = 7) int num, @ForAll @IntRange(min = 1, max = 5) int den,
            @ForAll @IntRange(min = -50, max = 50) int shiftA, @ForAll @IntRange(min = -50, max = 50) int shiftB) {
        Rational scale = Rational.of(num, den);
        Rational[][] a = g.matrix(0);
        Rational[][] b = g.matrix(1);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                a[i][j] = a[i][j].multiply(scale).add(Rational.of(shiftA));
                b[i][j] = b[i][j].multiply(Rational.of(den, num)).add(Rational.of(shiftB, 3));
            }
        }
        SolveResult r1 = SOLVER.solve(g);
        SolveResult r2 = SOLVER.solve(NormalFormGame.bimatrix(a, b));
        if (!r1.equilibria().equals(r2.equilibria()) || !r1.maximalNashSubsets().equals(r2.maximalNashSubsets())) {
            throw new AssertionError("affine transform changed the result");
        }
    }

    @Property(tries = 200, seed = "20261207")
    void followsPermutationsOfStrategies(@ForAll("games") NormalFormGame g, @ForAll long seed) {
        int m = g.numStrategies(0);
        int n = g.numStrategies(1);
        int[] pr = permutation(m, seed);
        int[] pc = permutation(n, ~seed);
        NormalFormGame h = g.restrict(new int[][] {pr, pc}); // new strategy k = old pr[k]
        Set<StrategyProfile> mapped = new HashSet<>();
        for (StrategyProfile p : SOLVER.solve(g).equilibria()) {
            mapped.add(StrategyProfile.of(permute(p.get(0), pr), permute(p.get(1), pc)));
        }
        if (!mapped.equals(new HashSet<>(SOLVER.solve(h).equilibria()))) {
            throw new AssertionError("permuting strategies did not permute the equilibria");
        }
    }

    private static MixedStrategy permute(MixedStrategy s, int[] perm) {
        Rational[] p = new Rational[perm.length];
        for (int k = 0; k < perm.length; k++) {
            p[k] = s.probability(perm[k]);
        }
        return MixedStrategy.of(p);
    }

    private static int[] permutation(int n, long seed) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        java.util.Collections.shuffle(l, new java.util.Random(seed));
        return l.stream().mapToInt(Integer::intValue).toArray();
    }
}
